// Push and pull against a real docker-registry, watched from the job's thread (the GUI thread in the app):
// progress moves byte by byte during a blob, the disk work (reading, writing, hashing, the layout, the
// commit) runs on the thread pool, and the event loop keeps turning while another holder keeps the cache
// locked. (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/cache/ChartCache.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/SaveJob.h"
#include "tests/support/JobTestSupport.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <thread>

using namespace charthouse;
using namespace charthouse::test;

namespace {

Reference ref(const QString &text)
{
    return *Reference::parse(text);
}

// What the jobs log about their disk work, and whether it was logged on the main thread.
struct LoggedWork
{
    QString message;
    bool onMainThread = false;
};
QMutex loggedMutex;
QList<LoggedWork> loggedWork;
QThread *mainThread = nullptr;

void captureJobLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (!context.category || QByteArrayView(context.category) != "charthouse.jobs")
        return;
    QMutexLocker lock(&loggedMutex);
    loggedWork.append({message, QThread::currentThread() == mainThread});
}

// Every (done, total) a job reported.
struct ProgressLog
{
    QList<std::pair<qint64, qint64>> reports;
    explicit ProgressLog(Job &job)
    {
        QObject::connect(&job, &Job::progress, &job, [this](qint64 done, qint64 total) {
            reports.append({done, total});
        });
    }
};

// Holds the cache's lock from another thread (as another process would) for `ms`, starting now.
class LockHolder
{
public:
    LockHolder(const QString &cacheRoot, int ms)
    {
        QSemaphore locked;
        m_thread = std::thread([this, cacheRoot, ms, &locked] {
            // The cache's own lock: an flock() on the lock file, as CacheLock takes it.
            const int fd = ::open(QFile::encodeName(cacheRoot + QStringLiteral("/.charthouse.lock")).constData(),
                O_RDWR | O_CREAT | O_CLOEXEC, 0644);
            m_locked = fd >= 0 && ::flock(fd, LOCK_EX) == 0;
            locked.release();
            QThread::msleep(static_cast<unsigned long>(ms));
            if (fd >= 0)
                ::close(fd);
        });
        locked.acquire();
    }
    ~LockHolder() { m_thread.join(); }
    bool locked() const { return m_locked; }

private:
    std::thread m_thread;
    bool m_locked = false;
};

// Counts the main thread's event-loop turns: the longest gap between two ticks shows a blocked loop.
class Ticker
{
public:
    Ticker()
    {
        m_clock.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longestGap = qMax(m_longestGap, m_clock.restart());
            ++m_ticks;
        });
        m_timer.start();
    }
    qint64 longestGap() const { return qMax(m_longestGap, m_clock.elapsed()); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestGap = 0;
    int m_ticks = 0;
};

} // namespace

class TestRegistryTransfers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QString m_source; // a cache holding the big chart
    Reference m_ref;
    qint64 m_blobBytes = 0; // config + layer

    QString freshCache(const QString &name)
    {
        const QString root = m_tmp.path() + QLatin1Char('/') + name;
        return ChartCache(root).ensureLayout().ok() ? root : QString();
    }

    // The reports went up to total: several in between (bytes inside a blob), never backwards, all with one
    // total.
    static void checkProgress(const ProgressLog &log, qint64 total)
    {
        QVERIFY(!log.reports.isEmpty());
        QCOMPARE(log.reports.first(), (std::pair<qint64, qint64> {0, total}));
        QCOMPARE(log.reports.last(), (std::pair<qint64, qint64> {total, total}));
        int inBetween = 0;
        for (qsizetype i = 0; i < log.reports.size(); ++i) {
            QCOMPARE(log.reports[i].second, total);
            if (i > 0)
                QVERIFY2(log.reports[i].first > log.reports[i - 1].first,
                    qPrintable(QStringLiteral("%1 after %2")
                                   .arg(log.reports[i].first)
                                   .arg(log.reports[i - 1].first)));
            if (log.reports[i].first > 0 && log.reports[i].first < total)
                ++inBetween;
        }
        qDebug("%d progress reports between 0 and %lld", inBetween, total);
        // Per whole blob there would be one (the config); per chunk there are many.
        QVERIFY2(inBetween >= 4,
            qPrintable(QStringLiteral("%1 reports between 0 and %2").arg(inBetween).arg(total)));
    }

private slots:
    void initTestCase()
    {
        mainThread = QThread::currentThread();
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        qputenv("HELM_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/helm")).toUtf8());
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        // A chart of a few MiB that gzip can't shrink (two files: each stays under the per-file limit).
        QByteArray noise(6 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char(QRandomGenerator::global()->generate());
        const QString chart
            = makeChart(m_tmp.path() + QStringLiteral("/src"), QStringLiteral("big"), QStringLiteral("1.0.0"),
                {{QStringLiteral("files/noise.bin"), noise.left(3 * 1024 * 1024)},
                    {QStringLiteral("files/noise2.bin"), noise.mid(3 * 1024 * 1024)}});
        m_source = m_tmp.path() + QStringLiteral("/source");
        m_ref = ref(m_registry->host() + QStringLiteral("/charts/big:1.0.0"));
        SaveJob save(m_source, chart, m_ref, {});
        QVERIFY2(runToEnd(save), save.error() ? qPrintable(save.error()->message()) : "");
        m_blobBytes = save.result()->layer.size;
        QVERIFY(m_blobBytes > 6 * 1024 * 1024);
        ChartStore store(m_source);
        auto details = store.details(m_ref);
        QVERIFY(details.ok());
        m_blobBytes += details->manifest.config.size;
    }

    void pushReportsBytesDuringABlob()
    {
        RegistryClient client;
        PushJob push(m_source, m_ref, &client);
        ProgressLog log(push);
        QVERIFY2(runToEnd(push), push.error() ? qPrintable(push.error()->message()) : "");
        checkProgress(log, m_blobBytes);
    }

    void pullReportsBytesDuringABlob()
    {
        const QString target = freshCache(QStringLiteral("pull-progress"));
        QVERIFY(!target.isEmpty());
        RegistryClient client;
        PullJob pull(target, m_ref, &client);
        ProgressLog log(pull);
        QVERIFY2(runToEnd(pull), pull.error() ? qPrintable(pull.error()->message()) : "");
        checkProgress(log, m_blobBytes);
    }

    void diskWorkRunsOnTheThreadPool()
    {
        const QString target
            = m_tmp.path() + QStringLiteral("/pull-threads"); // no layout yet: the job makes it
        QLoggingCategory::setFilterRules(QStringLiteral("charthouse.jobs.debug=true"));
        {
            QMutexLocker lock(&loggedMutex);
            loggedWork.clear();
        }
        const auto previous = qInstallMessageHandler(captureJobLog);
        RegistryClient client;
        PushJob push(m_source, m_ref, &client);
        const bool pushed = runToEnd(push);
        PullJob pull(target, m_ref, &client);
        const bool pulled = runToEnd(pull);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(pushed);
        QVERIFY2(pulled, pull.error() ? qPrintable(pull.error()->message()) : "");

        QMutexLocker lock(&loggedMutex);
        QStringList onMain;
        int read = 0, written = 0, layout = 0, committed = 0;
        for (const LoggedWork &work : std::as_const(loggedWork)) {
            if (work.onMainThread)
                onMain.append(work.message);
            read += work.message.startsWith(QLatin1String("read and verified blob")) ? 1 : 0;
            written += work.message.startsWith(QLatin1String("wrote and verified blob")) ? 1 : 0;
            layout += work.message.startsWith(QLatin1String("preparing the cache layout")) ? 1 : 0;
            committed += work.message.startsWith(QLatin1String("committed")) ? 1 : 0;
        }
        QCOMPARE(read, 2); // config and layer, read and hashed for the push
        QCOMPARE(written, 2); // and written and hashed by the pull
        QCOMPARE(layout, 1);
        QCOMPARE(committed, 1);
        QVERIFY2(onMain.isEmpty(), qPrintable(onMain.join(QLatin1Char('\n'))));
    }

    void eventLoopTurnsWhileTheCacheIsLocked()
    {
        // Another holder keeps the cache locked for 3 s: the pull waits for it (for the layout), but on the
        // thread pool, so the job's thread keeps handling events. Then it completes normally.
        const QString target = freshCache(QStringLiteral("pull-locked"));
        QVERIFY(!target.isEmpty());
        RegistryClient client;
        PullJob pull(target, m_ref, &client);
        QElapsedTimer clock;
        Ticker ticker;
        clock.start();
        {
            LockHolder holder(target, 3000);
            QVERIFY(holder.locked());
            QVERIFY2(runToEnd(pull), pull.error() ? qPrintable(pull.error()->message()) : "");
        }
        QVERIFY2(clock.elapsed() >= 2500,
            qPrintable(QString::number(clock.elapsed()))); // it did wait for the lock
        QVERIFY2(ticker.longestGap() < 1000,
            qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(ticker.longestGap())));
        QVERIFY(ticker.ticks() > 50);
        const ChartCache source(m_source);
        QCOMPARE(pull.result()->manifest.digest, source.chartManifest(*source.resolve(m_ref)).digest);
        QCOMPARE(QDir(target + QStringLiteral("/ingest")).entryList(QDir::Files), QStringList());
    }

    void cancelWhileWaitingForTheLockLeavesTheCacheAsItWas()
    {
        const QString target = freshCache(QStringLiteral("pull-locked-cancel"));
        QVERIFY(!target.isEmpty());
        const QStringList before = listTree(target);
        RegistryClient client;
        PullJob pull(target, m_ref, &client);
        QElapsedTimer clock;
        {
            LockHolder holder(target, 3000);
            QVERIFY(holder.locked());
            QTimer::singleShot(500, &pull, [&pull] { pull.cancel(); });
            clock.start();
            QVERIFY(!runToEnd(pull));
            QVERIFY2(
                clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed()))); // not after the lock
            QCOMPARE(pull.state(), Job::State::Cancelled);
        }
        blockingPool().waitForDone(); // the layout step, freed by the lock's release
        QCOMPARE(listTree(target), before);
    }
};

QTEST_GUILESS_MAIN(TestRegistryTransfers)
#include "test_registry_transfers.moc"
