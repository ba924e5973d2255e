// A cache that fights back: stale locks, FIFOs and links where files should be, odd index entries, blobs left by
// killed writers, and a CLI stopped by a signal. Each case hung, lost data or misled on the code before it.
#include "core/cache/BlobCollector.h"
#include "core/cache/ChartCache.h"
#include "core/store/ChartStore.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <csignal>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

using namespace charthouse;
using namespace charthouse::test;

namespace {

const QString refA = QStringLiteral("localhost:5000/r/a:1");
const QString refB = QStringLiteral("localhost:5000/r/b:1");

Reference ref(const QString &text)
{
    return *Reference::parse(text);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList blobNames(const QString &root)
{
    return QDir(root + QStringLiteral("/blobs/sha256")).entryList(QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot);
}

QStringList ingestNames(const QString &root)
{
    return QDir(root + QStringLiteral("/ingest")).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

void setAge(const QString &path, qint64 seconds)
{
    struct utimbuf times {};
    times.actime = times.modtime = static_cast<time_t>(QDateTime::currentSecsSinceEpoch() - seconds);
    ::utime(QFile::encodeName(path).constData(), &times);
}

} // namespace

class TestCacheHostile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;

    QString freshRoot() { return m_tmp.path() + QStringLiteral("/c%1").arg(++m_n); }

    // A cache with charts a and b saved through the store.
    QString cacheWithTwoCharts()
    {
        const QString root = freshRoot();
        ChartStore store(root);
        for (const QString &r : {refA, refB}) {
            const QString chart = makeChart(m_tmp.path() + QStringLiteral("/src%1").arg(++m_n),
                r.section(QLatin1Char('/'), 2).section(QLatin1Char(':'), 0, 0), QStringLiteral("1.0.0"));
            auto saved = store.save(chart, ref(r), {});
            if (!saved)
                qFatal("%s", qPrintable(saved.error().message()));
        }
        return root;
    }

    // The chart's own manifest, the one Charthouse reads (index.json may point at its legacy view).
    QString manifestPath(const QString &root, const QString &r)
    {
        const ChartCache cache(root);
        return cache.blobPath(cache.chartManifest(*cache.resolve(ref(r))).digest);
    }

private slots:
    void leftoverEmptyLockFileBlocksNothing()
    {
        // A killed process used to leave an empty .charthouse.lock that blocked every write for good.
        const QString root = cacheWithTwoCharts();
        QFile lock(root + QStringLiteral("/.charthouse.lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.close();
        QElapsedTimer timer;
        timer.start();
        auto removed = ChartStore(root).remove(ref(refA));
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().message()));
        QVERIFY2(timer.elapsed() < 5000, "a leftover lock file made the write wait");
    }

    void lockHeldElsewhereWaitsAndCancels()
    {
        const QString root = cacheWithTwoCharts();
        const int fd = ::open(QFile::encodeName(root + QStringLiteral("/.charthouse.lock")).constData(), O_RDWR | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX), 0);
        std::atomic_bool cancel = false;
        QTimer::singleShot(300, [&cancel] { cancel = true; });
        auto waited = QtConcurrent::run([&] { return ChartStore(root).remove(ref(refA), &cancel); });
        QElapsedTimer timer;
        timer.start();
        while (!waited.isFinished() && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        ::close(fd);
        QVERIFY(waited.isFinished());
        QCOMPARE(waited.result().error().code(), Error::Code::Cancelled);
        QVERIFY(ChartCache(root).resolve(ref(refA)).ok());
    }

    void fifoInsteadOfIndexFailsAtOnce()
    {
        const QString root = cacheWithTwoCharts();
        QFile::remove(root + QStringLiteral("/index.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("/index.json")).constData(), 0644), 0);
        QElapsedTimer timer;
        timer.start();
        auto listed = ChartStore(root).list();
        QVERIFY(!listed.ok());
        QVERIFY2(listed.error().message().contains(QStringLiteral("FIFO")), qPrintable(listed.error().message()));
        auto saved = ChartStore(root).save(makeChart(m_tmp.path() + QStringLiteral("/x"), QStringLiteral("x"), QStringLiteral("1.0.0")), ref(QStringLiteral("localhost:5000/r/x:1")), {});
        QVERIFY(!saved.ok());
        QVERIFY(timer.elapsed() < 5000);
    }

    void fifoInsteadOfBlobFailsAtOnce()
    {
        const QString root = cacheWithTwoCharts();
        ChartStore store(root);
        const QString manifest = manifestPath(root, refA);
        QFile::remove(manifest);
        QCOMPARE(::mkfifo(QFile::encodeName(manifest).constData(), 0644), 0);
        QElapsedTimer timer;
        timer.start();
        auto listed = store.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->charts.size(), 1); // b is still there
        QCOMPARE(listed->problems.size(), 1);
        QVERIFY2(listed->problems[0].message().contains(QStringLiteral("FIFO")), qPrintable(listed->problems[0].message()));
        QVERIFY(!store.exportTo(ref(refA), m_tmp.path() + QStringLiteral("/out%1").arg(++m_n), false).ok());
        QVERIFY(store.remove(ref(refA)).ok()); // removing the damaged chart is how a user gets rid of it
        QVERIFY(timer.elapsed() < 5000);
    }

    void linkOutOfTheCacheIsNeverRead()
    {
        const QString root = cacheWithTwoCharts();
        const QString manifest = manifestPath(root, refA);
        // Same bytes outside the cache, so only the link itself can be the reason for refusing.
        const QString outside = m_tmp.path() + QStringLiteral("/outside-manifest");
        QFile::copy(manifest, outside);
        QFile::remove(manifest);
        QVERIFY(QFile::link(outside, manifest));
        auto listed = ChartStore(root).list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->charts.size(), 1);
        QVERIFY2(listed->problems.value(0, Error(Error::Code::Internal, {})).message().contains(QStringLiteral("symbolic link")),
                 qPrintable(listed->problems.value(0, Error(Error::Code::Internal, {})).message()));

        // A linked blobs/ directory is refused as a whole.
        const QString root2 = cacheWithTwoCharts();
        const QString moved = m_tmp.path() + QStringLiteral("/moved-blobs%1").arg(m_n);
        QVERIFY(QDir().rename(root2 + QStringLiteral("/blobs"), moved));
        QVERIFY(QFile::link(moved, root2 + QStringLiteral("/blobs")));
        auto listed2 = ChartStore(root2).list();
        QVERIFY(listed2.ok());
        QCOMPARE(listed2->charts.size(), 0);
        QCOMPARE(listed2->problems.size(), 2);
        QVERIFY(listed2->problems[0].message().contains(QStringLiteral("symbolic link")));
    }

    void oddIndexEntryHidesNothingAndSurvivesWrites()
    {
        const QString root = cacheWithTwoCharts();
        QByteArray index = readFile(root + QStringLiteral("/index.json"));
        const QByteArray odd = "{\"mediaType\":\"x\",\"digest\":\"sha256:nothex\",\"size\":1}";
        index.replace(QByteArray("\"manifests\":["), QByteArray(QByteArray("\"manifests\":[") + odd + ","));
        {
            QFile f(root + QStringLiteral("/index.json"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(index);
        }
        ChartStore store(root);
        auto listed = store.list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->charts.size(), 2);
        QCOMPARE(listed->problems.size(), 1);
        QVERIFY(listed->problems[0].message().contains(QStringLiteral("sha256:nothex")) || listed->problems[0].message().contains(QStringLiteral("digest")));
        QVERIFY(store.remove(ref(refA)).ok());
        QVERIFY(readFile(root + QStringLiteral("/index.json")).contains("sha256:nothex"));
        QCOMPARE(store.list()->charts.size(), 1);
    }

    void removeWithADirectoryForABlobSaysWhatHappened()
    {
        const QString root = cacheWithTwoCharts();
        ChartCache cache(root);
        auto manifest = ChartStore(root).details(ref(refA));
        QVERIFY(manifest.ok());
        const QString layer = cache.blobPath(manifest->manifest.layers[0].digest);
        QFile::remove(layer);
        QVERIFY(QDir().mkdir(layer));
        // The tag goes, and the command says it went: the directory is left as a stray for the user to see.
        auto removed = ChartStore(root).remove(ref(refA));
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().message()));
        QVERIFY(!cache.resolve(ref(refA)).ok());
        QVERIFY(cache.resolve(ref(refB)).ok());
    }

    void blobsOfADeadWriterAreCollectedByTheNextWrite()
    {
        const QString root = cacheWithTwoCharts();
        ChartCache cache(root);
        const QStringList before = blobNames(root);
        // What a writer killed between moving its blobs in and writing index.json leaves: blobs and its intent.
        const QByteArray orphan = "orphaned layer";
        const QString orphanPath = cache.blobPath(Digest::of(orphan));
        {
            QFile f(orphanPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(orphan);
        }
        auto intent = BlobCollector(cache).recordIntent({Digest::of(orphan), ChartCache(root).resolve(ref(refB))->digest});
        QVERIFY(intent.ok());
        // A stray of unknown origin (Helm may be writing it) is left by normal writes.
        const QString stray = cache.blobPath(Digest::of(QByteArrayView("stray")));
        {
            QFile f(stray);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("stray");
        }
        QVERIFY(ChartStore(root).save(makeChart(m_tmp.path() + QStringLiteral("/c"), QStringLiteral("c"), QStringLiteral("1.0.0")),
                                      ref(QStringLiteral("localhost:5000/r/c:1")), {}).ok());
        QVERIFY(!QFileInfo::exists(orphanPath));
        QVERIFY(QFileInfo::exists(stray));
        QVERIFY(ChartCache(root).resolve(ref(refB)).ok()); // listed in the intent but in use: kept
        auto b = ChartStore(root).exportTo(ref(refB), m_tmp.path() + QStringLiteral("/outb%1").arg(++m_n), false);
        QVERIFY(b.ok());
        QCOMPARE(ingestNames(root), QStringList());
        for (const QString &name : before)
            QVERIFY(blobNames(root).contains(name));
    }

    void pruneListsAndRemovesOnlyOldUnusedBlobs()
    {
        const QString root = cacheWithTwoCharts();
        ChartCache cache(root);
        const QStringList used = blobNames(root);
        auto write = [&](const QByteArray &content, qint64 age) {
            const QString path = cache.blobPath(Digest::of(content));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(content);
            f.close();
            setAge(path, age);
            return Digest::of(content);
        };
        const Digest old = write("old stray", 3600);
        const Digest recent = write("recent stray", 10);
        ChartStore store(root);
        auto dry = store.prune(true, ChartStore::defaultPruneAgeSeconds);
        QVERIFY(dry.ok());
        QCOMPARE(dry->removed.size(), 1);
        QCOMPARE(dry->removed[0].digest, old);
        QCOMPARE(dry->removed[0].size, 9);
        QCOMPARE(dry->keptRecent.size(), 1);
        QCOMPARE(dry->keptRecent[0].digest, recent);
        QVERIFY(cache.hasBlob(old)); // a dry run removes nothing
        auto pruned = store.prune(false, ChartStore::defaultPruneAgeSeconds);
        QVERIFY(pruned.ok());
        QCOMPARE(pruned->removed.size(), 1);
        QVERIFY(!cache.hasBlob(old));
        QVERIFY(cache.hasBlob(recent));
        for (const QString &name : used)
            QVERIFY(blobNames(root).contains(name));
        QCOMPARE(store.list()->charts.size(), 2);

        // When a manifest cannot be read nobody can tell what it uses: nothing is removed.
        QFile::remove(manifestPath(root, refA));
        setAge(cache.blobPath(recent), 3600);
        auto refused = store.prune(false, ChartStore::defaultPruneAgeSeconds);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("none was removed")));
        QVERIFY(cache.hasBlob(recent));
    }

    void exportKilledHalfWayIsRecovered()
    {
        // A process killed (pid 2^22+1: never running) after moving the old copy aside and before putting the new
        // one in place: the old copy comes back, its staging directory goes.
        const QString root = cacheWithTwoCharts();
        const QString dest = m_tmp.path() + QStringLiteral("/exports%1").arg(++m_n);
        QVERIFY(writeTree(dest + QStringLiteral("/.a.charthouse-old-4194305-0011"), {{QStringLiteral("Chart.yaml"), "old copy"}}));
        QVERIFY(writeTree(dest + QStringLiteral("/.a.charthouse-export-4194305-0022"), {{QStringLiteral("Chart.yaml"), "half"}}));
        QVERIFY(writeTree(dest + QStringLiteral("/.a.charthouse-export-1-0033"), {{QStringLiteral("Chart.yaml"), "pid 1 runs"}}));
        ChartStore store(root);
        auto again = store.exportTo(ref(refA), dest, false);
        QCOMPARE(again.error().code(), Error::Code::Conflict); // the user's old copy is back: replacing it needs force
        QCOMPARE(readFile(dest + QStringLiteral("/a/Chart.yaml")), QByteArray("old copy"));
        QCOMPARE(QDir(dest).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList {QStringLiteral(".a.charthouse-export-1-0033"), QStringLiteral("a")}));
        QVERIFY(store.exportTo(ref(refA), dest, true).ok());
        QVERIFY(readFile(dest + QStringLiteral("/a/Chart.yaml")).contains("name: a"));
    }

    void cancelledExportLeavesNothing()
    {
        const QString root = cacheWithTwoCharts();
        const QString dest = m_tmp.path() + QStringLiteral("/cancelled%1").arg(++m_n);
        const std::atomic_bool cancel = true;
        auto exported = ChartStore(root).exportTo(ref(refA), dest, false, {}, &cancel);
        QCOMPARE(exported.error().code(), Error::Code::Cancelled);
        QCOMPARE(QDir(dest).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void cliStoppedBySignalUndoesAndSaysSo_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void cliStoppedBySignalUndoesAndSaysSo()
    {
        // The save waits for a lock that this test holds; the signal must end it promptly, with 128+signal,
        // and leave the cache as it was.
        QFETCH(int, signal);
        const QString root = cacheWithTwoCharts();
        const QByteArray index = readFile(root + QStringLiteral("/index.json"));
        const QStringList blobs = blobNames(root);
        const int fd = ::open(QFile::encodeName(root + QStringLiteral("/.charthouse.lock")).constData(), O_RDWR | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX), 0);
        QProcess cli;
        cli.start(cliPath(), {QStringLiteral("--cache"), root, QStringLiteral("chart"), QStringLiteral("save"),
                              makeChart(m_tmp.path() + QStringLiteral("/s%1").arg(++m_n), QStringLiteral("s"), QStringLiteral("1.0.0")),
                              QStringLiteral("localhost:5000/r/s:1")});
        QVERIFY(cli.waitForStarted());
        QTest::qWait(700);
        QCOMPARE(cli.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(cli.processId()), signal);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(cli.waitForFinished(10000));
        ::close(fd);
        QVERIFY2(timer.elapsed() < 3000, "the signal did not stop the command promptly");
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 128 + signal);
        QCOMPARE(readFile(root + QStringLiteral("/index.json")), index);
        QCOMPARE(blobNames(root), blobs);
        QCOMPARE(ingestNames(root), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCacheHostile)
#include "test_cache_hostile.moc"
