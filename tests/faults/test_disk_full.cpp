// A full disk, for real: save, pull and export run on a small tmpfs filled so that exactly F bytes are free,
// for F in 4 KiB steps around what the command needs. After every run, either it worked completely, or it
// failed, said "no space left", and left the old state exactly as it was with nothing lying around.
#include "tests/faults/FaultSupport.h"
#include "tests/support/RegistryServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace charthouse::test;

namespace {

struct Chart
{
    QString ref;
    QString dir;
    QMap<QString, QByteArray> files;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QString levelsText(const QList<qint64> &levels)
{
    if (levels.isEmpty())
        return QStringLiteral("none");
    QStringList parts;
    for (qint64 level : levels)
        parts << QString::number(level / 1024);
    return parts.join(QLatin1Char(' ')) + QStringLiteral(" KiB");
}

QString messageProblem(const ProcessResult &r)
{
    const QString err = QString::fromUtf8(r.err);
    QStringList problems;
    if (!err.contains(QStringLiteral("no space left"), Qt::CaseInsensitive))
        problems << QStringLiteral("stderr does not say \"no space left\"");
    if (err.contains(QStringLiteral("unknown error"), Qt::CaseInsensitive))
        problems << QStringLiteral("stderr says \"Unknown error\"");
    if (problems.isEmpty())
        return {};
    return problems.join(QStringLiteral(", ")) + QStringLiteral(": ") + err.trimmed();
}

// The outcome of each free-space level of one sweep.
struct Tally
{
    QList<qint64> tried, succeeded, failedCleanly;
    QStringList problems;

    // `stepProblems` are what the caller found wrong with the state after the run; a failed run must also
    // have exited (not crashed) and said why.
    void record(const QString &name, qint64 free, const ProcessResult &r, QStringList stepProblems)
    {
        if (r.exitCode < 0)
            stepProblems << QStringLiteral("crashed or hung: ") + QString::fromUtf8(r.err);
        if (r.exitCode != 0) {
            if (const QString bad = messageProblem(r); !bad.isEmpty())
                stepProblems << bad;
        }
        if (stepProblems.isEmpty()) {
            (r.exitCode == 0 ? succeeded : failedCleanly) << free;
            return;
        }
        problems << QStringLiteral("%1 with %2 KiB free exited %3 (\"%4\"): %5")
                        .arg(name)
                        .arg(free / 1024)
                        .arg(r.exitCode)
                        .arg(QString::fromUtf8(r.exitCode == 0 ? r.out : r.err).trimmed())
                        .arg(stepProblems.join(QStringLiteral("; ")));
    }
};

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work; // the normal disk
    std::unique_ptr<Tmpfs> m_tmpfs;
    QString m_pristine; // a cache with two charts, off the tmpfs
    QList<Chart> m_old;
    Chart m_big; // the third chart: saved and pulled
    // Exported: large files first and small ones last (Chart.yaml, then by path), so the disk fills up while
    // the small, buffered files are written; and an earlier version of it for export --force.
    Chart m_web;
    Chart m_webOld;
    QStringList m_summary;

    QString tmpfsCache() const { return m_tmpfs->path() + QStringLiteral("/cache"); }

    static Chart chart(const QString &parent, const QString &name, const QString &version, const QString &ref,
        const QMap<QString, QByteArray> &extra = {})
    {
        Chart c;
        c.ref = ref;
        c.dir = makeChart(parent, name, version, extra);
        c.files = readTree(c.dir);
        return c;
    }

    // Free-space levels: two coarse ones well below, then 4 KiB steps from 8 KiB below "the blobs fit" to
    // 16 KiB above "everything fits".
    static QList<qint64> levels(qint64 blobBytes, qint64 totalBytes)
    {
        QList<qint64> out;
        out << 0 << pageRounded(blobBytes / 2);
        for (qint64 free = std::max<qint64>(0, blobBytes - 8 * 1024); free <= totalBytes + 16 * 1024;
             free += pageSize) {
            if (!out.contains(free))
                out << free;
        }
        return out;
    }

    // What a cache command adds to the pristine cache, measured on the normal disk: page-rounded new blobs
    // and the new index.json.
    bool measure(
        const QString &name, const QStringList &args, qint64 *blobBytes, qint64 *indexBytes, QString *why)
    {
        const QString cache = m_work.path() + QStringLiteral("/measure-") + name;
        if (!copyTree(m_pristine, cache)) {
            *why = QStringLiteral("cannot copy the pristine cache");
            return false;
        }
        const ProcessResult r = cliIn(cache, args);
        if (r.exitCode != 0) {
            *why = QStringLiteral("%1 with plenty of space failed: %2").arg(name, QString::fromUtf8(r.err));
            return false;
        }
        const QStringList before = blobFiles(m_pristine);
        *blobBytes = 0;
        for (const QString &blob : blobFiles(cache)) {
            if (!before.contains(blob))
                *blobBytes += pageRounded(QFileInfo(cache + QStringLiteral("/blobs/sha256/") + blob).size());
        }
        *indexBytes = pageRounded(QFileInfo(cache + QStringLiteral("/index.json")).size());
        return true;
    }

    // Runs a cache-writing command at each free-space level on the tmpfs cache restored from the pristine
    // copy.
    void sweepCache(const QString &name, const QStringList &args, const Chart &added)
    {
        qint64 blobBytes = 0;
        qint64 indexBytes = 0;
        QString why;
        QVERIFY2(measure(name, args, &blobBytes, &indexBytes, &why), qPrintable(why));
        const qint64 total = blobBytes + indexBytes + pageSize; // + the lock file
        Tally tally;
        tally.tried = levels(blobBytes, total);
        qInfo(
            "%s: new blobs take %lld KiB, the new index %lld KiB, everything %lld KiB; free space tried: %s",
            qPrintable(name), blobBytes / 1024, indexBytes / 1024, total / 1024,
            qPrintable(levelsText(tally.tried)));

        const QByteArray pristineIndex = readFile(m_pristine + QStringLiteral("/index.json"));
        const QStringList pristineListing = listTree(m_pristine);
        for (qint64 free : std::as_const(tally.tried)) {
            const QString cache = tmpfsCache();
            m_tmpfs->removeFiller();
            QVERIFY(removeTree(cache));
            QVERIFY(copyTree(m_pristine, cache));
            QVERIFY2(m_tmpfs->leaveFree(free, &why), qPrintable(why));

            const ProcessResult r = cliIn(cache, args);
            // The state as the command left it, before any check runs another command.
            const QByteArray index = readFile(cache + QStringLiteral("/index.json"));
            const QStringList listing = listTree(cache);
            const QStringList ingest = ingestFiles(cache);
            m_tmpfs->removeFiller();

            QStringList stepProblems;
            if (r.exitCode == 0) {
                stepProblems << checkCharts(cache, m_old + QList<Chart> {added});
                if (!ingest.isEmpty())
                    stepProblems << QStringLiteral("files left in ingest/: ") + ingest.join(QLatin1Char(' '));
            } else {
                if (index != pristineIndex)
                    stepProblems << QStringLiteral("index.json changed (%1 bytes, was %2)")
                                        .arg(index.size())
                                        .arg(pristineIndex.size());
                if (listing != pristineListing)
                    stepProblems << QStringLiteral("files left over or lost: ")
                            + listingDiff(pristineListing, listing);
                stepProblems << checkCharts(cache, m_old);
            }
            tally.record(name, free, r, stepProblems);
        }
        report(name, tally);
    }

    // Every chart lists and exports to exactly its source files.
    QStringList checkCharts(const QString &cache, const QList<Chart> &charts)
    {
        QStringList problems;
        QString why;
        const auto refs = listedRefs(cache, &why);
        if (!refs)
            return {why};
        for (const Chart &c : charts) {
            if (!refs->contains(c.ref)) {
                problems << QStringLiteral("%1 is not listed").arg(c.ref);
                continue;
            }
            const auto files = exportedFiles(cache, c.ref, &why);
            if (!files)
                problems << why;
            else if (*files != c.files)
                problems << QStringLiteral("%1 exports different files (%2)")
                                .arg(c.ref, describe(*files, c.files));
        }
        return problems;
    }

    static QString describe(const QMap<QString, QByteArray> &got, const QMap<QString, QByteArray> &want)
    {
        QStringList parts;
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            if (!got.contains(it.key()))
                parts << QStringLiteral("%1 missing").arg(it.key());
            else if (got.value(it.key()) != it.value())
                parts << QStringLiteral("%1 has %2 bytes, want %3")
                             .arg(it.key())
                             .arg(got.value(it.key()).size())
                             .arg(it.value().size());
        }
        for (auto it = got.cbegin(); it != got.cend(); ++it) {
            if (!want.contains(it.key()))
                parts << QStringLiteral("%1 extra").arg(it.key());
        }
        return parts.join(QStringLiteral(", "));
    }

    void report(const QString &name, const Tally &tally)
    {
        const QString line
            = QStringLiteral("%1: %2 levels tried, %3 succeeded completely (%4), %5 failed cleanly "
                             "(%6), %7 broke the rules")
                  .arg(name)
                  .arg(tally.tried.size())
                  .arg(tally.succeeded.size())
                  .arg(levelsText(tally.succeeded))
                  .arg(tally.failedCleanly.size())
                  .arg(levelsText(tally.failedCleanly))
                  .arg(tally.problems.size());
        qInfo("%s", qPrintable(line));
        m_summary << line;
        for (const QString &problem : tally.problems)
            qInfo("  %s", qPrintable(problem));
        QVERIFY2(tally.problems.isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 levels broke the rules; first: %3")
                           .arg(tally.problems.size())
                           .arg(tally.tried.size())
                           .arg(tally.problems.value(0))));
    }

    // Exports the web chart onto the tmpfs at each level; with `force`, over an earlier export of its old
    // version.
    void sweepExport(const QString &name, bool force)
    {
        const QString cache = m_work.path() + QStringLiteral("/export-cache");
        const QString dest = m_tmpfs->path() + QStringLiteral("/dest");
        const QString chartName = QStringLiteral("web");
        const QString earlier = m_work.path() + QStringLiteral("/earlier-export");
        if (!QFileInfo::exists(cache)) {
            QVERIFY(copyTree(m_pristine, cache));
            QCOMPARE(cliIn(cache, {QStringLiteral("chart"), QStringLiteral("save"), m_web.dir, m_web.ref})
                         .exitCode,
                0);
            QCOMPARE(
                cliIn(cache, {QStringLiteral("chart"), QStringLiteral("save"), m_webOld.dir, m_webOld.ref})
                    .exitCode,
                0);
            const ProcessResult r = cliIn(cache,
                {QStringLiteral("chart"), QStringLiteral("export"), m_webOld.ref, QStringLiteral("-d"),
                    earlier});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(readTree(earlier + QLatin1Char('/') + chartName), m_webOld.files);
        }
        const QStringList args {
            QStringLiteral("chart"), QStringLiteral("export"), m_web.ref, QStringLiteral("-d"), dest};
        const qint64 bytes = pagesOf(m_web.files);
        Tally tally;
        tally.tried = levels(bytes, bytes);
        qInfo("%s: the chart's files take %lld KiB; free space tried: %s", qPrintable(name), bytes / 1024,
            qPrintable(levelsText(tally.tried)));

        QString why;
        for (qint64 free : std::as_const(tally.tried)) {
            m_tmpfs->removeFiller();
            QVERIFY(removeTree(dest));
            QVERIFY(QDir().mkpath(dest));
            if (force)
                QVERIFY(copyTree(earlier, dest));
            const QMap<QString, QByteArray> before = readTree(dest);
            const QStringList beforeListing = listTree(dest);
            QVERIFY2(m_tmpfs->leaveFree(free, &why), qPrintable(why));

            ProcessResult r = cliIn(cache, force ? args + QStringList {QStringLiteral("--force")} : args);
            const QMap<QString, QByteArray> after = readTree(dest);
            const QStringList listing = listTree(dest);
            m_tmpfs->removeFiller();

            QStringList stepProblems;
            if (r.exitCode == 0) {
                QMap<QString, QByteArray> want;
                for (auto it = m_web.files.cbegin(); it != m_web.files.cend(); ++it)
                    want.insert(chartName + QLatin1Char('/') + it.key(), it.value());
                if (after != want)
                    stepProblems
                        << QStringLiteral("the export is not the chart (%1)").arg(describe(after, want));
                // Only the chart's own entries: no staging or backup copy beside it.
                QStringList wantListing {chartName};
                for (const QString &entry : listTree(m_web.dir))
                    wantListing << chartName + QLatin1Char('/') + entry;
                wantListing.sort();
                if (listing != wantListing)
                    stepProblems << QStringLiteral("unexpected entries in the destination: ")
                            + listingDiff(wantListing, listing);
            } else {
                if (after != before)
                    stepProblems
                        << QStringLiteral("the destination changed (%1)").arg(describe(after, before));
                if (listing != beforeListing)
                    stepProblems << QStringLiteral("files left over or lost in the destination: ")
                            + listingDiff(beforeListing, listing);
            }
            tally.record(name, free, r, stepProblems);
        }
        report(name, tally);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_tmpfs = std::make_unique<Tmpfs>(4 * 1024 * 1024);
        QString why;
        if (!m_tmpfs->mount(&why))
            QSKIP(qPrintable(why));
        qInfo("tmpfs of 4 MiB on %s", qPrintable(m_tmpfs->path()));

        const QString src = m_work.path() + QStringLiteral("/src");
        m_old << chart(src + QStringLiteral("/a"), QStringLiteral("alpha"), QStringLiteral("1.0.0"),
            QStringLiteral("localhost:5000/faults/alpha:1.0.0"),
            {{QStringLiteral("values.yaml"), randomText(6 * 1024, 1)}})
              << chart(src + QStringLiteral("/b"), QStringLiteral("beta"), QStringLiteral("2.0.0"),
                     QStringLiteral("localhost:5000/faults/beta:2.0.0"));
        m_big = chart(src + QStringLiteral("/c"), QStringLiteral("big"), QStringLiteral("1.0.0"),
            QStringLiteral("localhost:5000/faults/big:1.0.0"),
            {{QStringLiteral("values.yaml"), randomText(100 * 1024, 3)},
                {QStringLiteral("templates/extra.yaml"), randomText(12 * 1024, 4)}});
        m_web = chart(src + QStringLiteral("/e"), QStringLiteral("web"), QStringLiteral("1.0.0"),
            QStringLiteral("localhost:5000/faults/web:1.0.0"),
            {{QStringLiteral("crds/bundle.yaml"), randomText(96 * 1024, 6)},
                {QStringLiteral("templates/deployment.yaml"), randomText(3 * 1024, 7)},
                {QStringLiteral("templates/service.yaml"), randomText(1024, 8)},
                {QStringLiteral("values.yaml"), randomText(2 * 1024, 9)}});
        m_webOld = chart(src + QStringLiteral("/f"), QStringLiteral("web"), QStringLiteral("0.9.0"),
            QStringLiteral("localhost:5000/faults/web:0.9.0"),
            {{QStringLiteral("crds/bundle.yaml"), randomText(80 * 1024, 10)},
                {QStringLiteral("values.yaml"), randomText(1024, 11)}});
        for (const Chart *c : {&m_old[0], &m_old[1], &m_big, &m_web, &m_webOld})
            QVERIFY(!c->dir.isEmpty());

        m_pristine = m_work.path() + QStringLiteral("/pristine");
        for (const Chart &c : std::as_const(m_old)) {
            const ProcessResult r
                = cliIn(m_pristine, {QStringLiteral("chart"), QStringLiteral("save"), c.dir, c.ref});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QCOMPARE(checkCharts(m_pristine, m_old), QStringList());
        QCOMPARE(ingestFiles(m_pristine), QStringList());
    }

    void cleanupTestCase()
    {
        for (const QString &line : std::as_const(m_summary))
            qInfo("summary: %s", qPrintable(line));
        m_tmpfs.reset(); // unmount before the directories go
    }

    void save()
    {
        sweepCache(QStringLiteral("save"),
            {QStringLiteral("chart"), QStringLiteral("save"), m_big.dir, m_big.ref}, m_big);
    }

    void pull()
    {
        RegistryServer registry;
        QString why;
        if (!registry.start(&why))
            QSKIP(qPrintable(why));
        const QString source = m_work.path() + QStringLiteral("/push-cache");
        Chart pulled = m_big;
        pulled.ref = registry.host() + QStringLiteral("/faults/big:1.0.0");
        QCOMPARE(
            cliIn(source, {QStringLiteral("chart"), QStringLiteral("save"), m_big.dir, pulled.ref}).exitCode,
            0);
        const ProcessResult pushed = cliIn(source,
            {QStringLiteral("chart"), QStringLiteral("push"), pulled.ref, QStringLiteral("--plain-http")});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        sweepCache(QStringLiteral("pull"),
            {QStringLiteral("chart"), QStringLiteral("pull"), pulled.ref, QStringLiteral("--plain-http")},
            pulled);
    }

    // A cache an earlier Charthouse wrote (index.json pointing straight at alpha's modern manifest): the save
    // also gives that entry its legacy view for Helm 3.0-3.6, and a full disk at any point of either leaves the
    // cache as it was.
    void saveRepairingAnEarlierEntry()
    {
        const QString earlier = m_work.path() + QStringLiteral("/pristine-earlier");
        QVERIFY(copyTree(m_pristine, earlier));
        const QString indexPath = earlier + QStringLiteral("/index.json");
        QJsonObject index = QJsonDocument::fromJson(readFile(indexPath)).object();
        QJsonArray entries = index[QStringLiteral("manifests")].toArray();
        QJsonObject entry = entries[0].toObject();
        QJsonObject annotations = entry[QStringLiteral("annotations")].toObject();
        const QString modern = annotations.take(QStringLiteral("io.charthouse.chart-manifest")).toString();
        QVERIFY(modern.startsWith(QStringLiteral("sha256:")));
        entry[QStringLiteral("digest")] = modern;
        entry[QStringLiteral("size")] = QFileInfo(earlier + QStringLiteral("/blobs/sha256/") + modern.mid(7)).size();
        entry[QStringLiteral("annotations")] = annotations;
        entries[0] = entry;
        index[QStringLiteral("manifests")] = entries;
        QFile file(indexPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.write(QJsonDocument(index).toJson(QJsonDocument::Compact)) > 0);
        file.close();

        const QString pristine = std::exchange(m_pristine, earlier);
        sweepCache(QStringLiteral("save repairing"),
            {QStringLiteral("chart"), QStringLiteral("save"), m_big.dir, m_big.ref}, m_big);
        m_pristine = pristine;
    }

    void exportToEmptyDestination() { sweepExport(QStringLiteral("export"), false); }

    void exportForceOverEarlierCopy() { sweepExport(QStringLiteral("export --force"), true); }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "test_disk_full.moc"
