// SIGKILL at random moments: charthouse-cli save, remove and pull killed after a random delay, again and
// again, on one cache. Afterwards nothing that was saved is lost, no lock is stuck, and one normal write (or
// `chart prune`) leaves no blob that index.json does not reference.
#include "tests/faults/FaultSupport.h"
#include "tests/support/RegistryServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

using namespace charthouse::test;

namespace {

struct Source
{
    QString kind; // "small", "mid", "big": the chart name
    QString dir;
    QMap<QString, QByteArray> files;
};

// One series of commands on one cache, each killed after a random delay unless it finished first.
class KillSeries
{
public:
    KillSeries(QString cache, const QList<Source> &sources, QString registryHost, quint32 seed)
        : m_cache(std::move(cache)), m_sources(sources), m_registry(std::move(registryHost)), m_random(seed)
    { }

    // Refs that must be in the cache, each with the sources whose files it may export to.
    QMap<QString, QSet<int>> expected;
    int kills = 0;
    QMap<QString, int> killsByOp;
    int attempts = 0;
    int stuckLocks = 0;
    QStringList problems;

    QString pullRef(int source) const
    {
        return QStringLiteral("%1/kill/%2:1.0.0").arg(m_registry, m_sources[source].kind);
    }

    // Runs commands until `targetKills` of them were killed (or the time budget is spent).
    void run(int targetKills, qint64 budgetMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (kills < targetKills && clock.elapsed() < budgetMs)
            step();
        if (kills < targetKills)
            problems << QStringLiteral("only %1 kills within %2 s").arg(kills).arg(budgetMs / 1000);
    }

    // A normal save, not killed: it must finish within 10 s. Returns false (and counts a stuck lock)
    // otherwise.
    bool normalSave(int source, const QString &ref, QString *why)
    {
        QElapsedTimer clock;
        clock.start();
        const ProcessResult r = cliIn(
            m_cache, {QStringLiteral("chart"), QStringLiteral("save"), m_sources[source].dir, ref}, 10000);
        if (r.exitCode != 0) {
            *why = QStringLiteral("a normal save failed after %1 ms (exit %2): %3")
                       .arg(clock.elapsed())
                       .arg(r.exitCode)
                       .arg(QString::fromUtf8(r.err).trimmed());
            return false;
        }
        expected[ref] = {source};
        return true;
    }

    // Kills at the moments that leave blobs no manifest uses: a save right after its first blob is moved into
    // blobs/ (before index.json names it), a save that replaces a tag and a remove right after index.json is
    // replaced (before the old version's blobs are deleted).
    void targeted()
    {
        const QString blobs = m_cache + QStringLiteral("/blobs/sha256");
        const QString ref = QStringLiteral("localhost:5000/targeted/fresh:%1");
        const QStringList save {QStringLiteral("chart"), QStringLiteral("save")};
        const int first = freshSource();
        runKillable(QStringLiteral("save fresh"), save + QStringList {m_sources[first].dir, ref.arg(first)},
            Trigger {blobs, {}});

        // Replace a tag: the old version's blobs become unused once index.json is written.
        const int older = freshSource();
        const int newer = freshSource();
        const QString replaced = ref.arg(older);
        if (cliIn(m_cache, save + QStringList {m_sources[older].dir, replaced}).exitCode == 0)
            expected[replaced] = {older};
        const auto outcome
            = runKillable(QStringLiteral("save fresh"), save + QStringList {m_sources[newer].dir, replaced},
                Trigger {m_cache, QStringLiteral("index.json")});
        if (outcome.killed && expected.contains(replaced))
            expected[replaced].insert(newer);
        else if (outcome.result.exitCode == 0)
            expected[replaced] = {newer};

        const int removed = freshSource();
        const QString gone = ref.arg(removed);
        if (cliIn(m_cache, save + QStringList {m_sources[removed].dir, gone}).exitCode == 0) {
            runKillable(QStringLiteral("remove"), {QStringLiteral("chart"), QStringLiteral("remove"), gone},
                Trigger {m_cache, QStringLiteral("index.json")});
        }
        expected.remove(gone);
    }

    // The expected refs that do not list or do not export to one of their sources, each with why.
    QStringList lostCharts() const
    {
        QString why;
        const auto refs = listedRefs(m_cache, &why);
        if (!refs)
            return {QStringLiteral("all %1 charts: %2").arg(expected.size()).arg(why)};
        QStringList lost;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!refs->contains(it.key())) {
                lost << QStringLiteral("%1 is not listed").arg(it.key());
                continue;
            }
            const auto files = exportedFiles(m_cache, it.key(), &why);
            bool matches = false;
            for (int source : it.value())
                matches = matches || (files && *files == m_sources[source].files);
            if (!matches)
                lost << QStringLiteral("%1 does not export to its chart: %2")
                            .arg(it.key(), files ? QStringLiteral("different files") : why);
        }
        return lost;
    }

    QString killsText() const
    {
        return QStringLiteral("%1 kills in %2 commands (save %3, remove %4, pull %5)")
            .arg(kills)
            .arg(attempts)
            .arg(killsByOp.value(QStringLiteral("save")))
            .arg(killsByOp.value(QStringLiteral("remove")))
            .arg(killsByOp.value(QStringLiteral("pull")));
    }

    // Plants an unused blob of unknown origin (complete, named by its digest), two days old, as a Helm killed
    // long ago may have left it. Returns its hex digest, or empty on failure.
    QString plantOrphan(quint32 seed) const
    {
        const QByteArray data = randomText(2048, seed);
        const QString hex
            = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        if (!writeTree(m_cache + QStringLiteral("/blobs/sha256"), {{hex, data}}))
            return {};
        QFile blob(m_cache + QStringLiteral("/blobs/sha256/") + hex);
        if (!blob.open(QIODevice::ReadWrite)
            || !blob.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime))
            return {};
        return hex;
    }

    // The orphan blobs now, each also a problem.
    QStringList orphansAfter(const QString &what)
    {
        QString why;
        const QStringList orphans = orphanBlobs(m_cache, &why);
        if (!why.isEmpty())
            problems << why;
        for (const QString &orphan : orphans)
            problems << QStringLiteral("orphan blob after %1: %2").arg(what, orphan);
        return orphans;
    }

    void printDelays() const
    {
        for (auto it = m_maxDelay.cbegin(); it != m_maxDelay.cend(); ++it)
            qInfo("  %s: killed after 0..%d ms", qPrintable(it.key()), it.value());
    }

private:
    QString m_cache;
    QList<Source> m_sources;
    QString m_registry;
    QRandomGenerator m_random;
    QMap<QString, int> m_maxDelay; // per kind of command, from an uninterrupted run of it
    QTemporaryDir m_fresh;

    void step()
    {
        const quint32 dice = m_random.bounded(100);
        if (dice < 40)
            save();
        else if (dice < 65)
            remove();
        else
            pull();
        ++attempts;
    }

    int sourceOfKind(const QString &kind, int variant = 0) const
    {
        for (int i = 0; i < m_sources.size(); ++i) {
            if (m_sources[i].kind == kind && variant-- == 0)
                return i;
        }
        return -1;
    }

    void save()
    {
        // Two versions each of the small and the big chart under a few tags, so tags are replaced (and the
        // old version's blobs collected) as well as added.
        const int source = int(m_random.bounded(m_sources.size()));
        const QString ref = QStringLiteral("localhost:5000/kill/%1:t%2")
                                .arg(m_sources[source].kind)
                                .arg(m_random.bounded(4));
        const auto outcome = runKillable(QStringLiteral("save ") + m_sources[source].kind,
            {QStringLiteral("chart"), QStringLiteral("save"), m_sources[source].dir, ref});
        if (outcome.killed) {
            // The old version or the new one; a save never removes a tag.
            if (expected.contains(ref))
                expected[ref].insert(source);
        } else if (outcome.result.exitCode == 0) {
            expected[ref] = {source};
        } else {
            unexpected(QStringLiteral("save ") + ref, outcome.result);
        }
    }

    void remove()
    {
        QString ref;
        if (!expected.isEmpty() && m_random.bounded(4) != 0) {
            const QStringList refs = expected.keys();
            ref = refs[int(m_random.bounded(refs.size()))];
        } else {
            ref = QStringLiteral("localhost:5000/kill/small:t%1").arg(m_random.bounded(4));
        }
        if (ref.contains(QStringLiteral("/keep/")))
            return; // the untouched charts stay untouched
        const bool wasExpected = expected.contains(ref);
        const auto outcome
            = runKillable(QStringLiteral("remove"), {QStringLiteral("chart"), QStringLiteral("remove"), ref});
        expected.remove(ref); // gone, or (when killed) perhaps gone
        if (!outcome.killed && outcome.result.exitCode != 0
            && (wasExpected || !outcome.result.err.contains("chart not found")))
            unexpected(QStringLiteral("remove ") + ref, outcome.result);
    }

    void pull()
    {
        const QString kind = QStringList {QStringLiteral("small"), QStringLiteral("mid"),
            QStringLiteral("big"), QStringLiteral("big")}[int(m_random.bounded(4))];
        const int source = sourceOfKind(kind);
        const QString ref = pullRef(source);
        const auto outcome = runKillable(QStringLiteral("pull ") + kind,
            {QStringLiteral("chart"), QStringLiteral("pull"), ref, QStringLiteral("--plain-http")});
        if (outcome.killed)
            return; // a pulled tag always has the same content: whatever was there stays valid
        if (outcome.result.exitCode == 0)
            expected[ref] = {source};
        else
            unexpected(QStringLiteral("pull ") + ref, outcome.result);
    }

    void unexpected(const QString &what, const ProcessResult &r)
    {
        problems << QStringLiteral("%1 failed without being killed (exit %2): %3")
                        .arg(what)
                        .arg(r.exitCode)
                        .arg(QString::fromUtf8(r.err).trimmed());
    }

    // True when the event came while the process still runs.
    static bool waitForEvent(int watch, const QString &name, QProcess &process)
    {
        QElapsedTimer clock;
        clock.start();
        alignas(inotify_event) char buffer[4096];
        while (clock.elapsed() < 120000 && !process.waitForFinished(0)) {
            pollfd ready {watch, POLLIN, 0};
            if (::poll(&ready, 1, 1) <= 0)
                continue;
            const ssize_t got = ::read(watch, buffer, sizeof buffer);
            for (ssize_t at = 0; at < got;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                if (name.isEmpty() || (event->len > 0 && QFile::decodeName(event->name) == name))
                    return true;
                at += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
        return false;
    }

    // A chart whose content no other has, so that saving it writes new blobs.
    int freshSource()
    {
        const int n = int(m_sources.size());
        Source s;
        s.kind = QStringLiteral("fresh");
        s.dir = makeChart(m_fresh.path() + QStringLiteral("/%1").arg(n), s.kind,
            QStringLiteral("1.0.%1").arg(n),
            {{QStringLiteral("values.yaml"), randomText(256 * 1024, 1000 + quint32(n))}});
        s.files = readTree(s.dir);
        m_sources << s;
        return n;
    }

    struct Outcome
    {
        bool killed = false;
        ProcessResult result;
    };

    // Kills the command after a random delay or, with `trigger`, the moment a file `trigger->name` (any name
    // if empty) is created or moved into the directory `trigger->dir`.
    struct Trigger
    {
        QString dir;
        QString name;
    };

    Outcome runKillable(const QString &kind, const QStringList &args, std::optional<Trigger> trigger = {})
    {
        const int watch = trigger ? ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC) : -1;
        if (watch >= 0)
            ::inotify_add_watch(watch, QFile::encodeName(trigger->dir).constData(), IN_CREATE | IN_MOVED_TO);
        const auto closeWatch = qScopeGuard([watch] {
            if (watch >= 0)
                ::close(watch);
        });
        QProcess process;
        process.start(cliPath(), QStringList {QStringLiteral("--cache"), m_cache} + args);
        Outcome outcome;
        if (!process.waitForStarted(10000)) {
            problems << QStringLiteral("cannot start charthouse-cli: ") + process.errorString();
            return outcome;
        }
        if (trigger) {
            if (watch < 0 || !waitForEvent(watch, trigger->name, process)) {
                process.waitForFinished(120000);
            } else {
                process.kill();
                process.waitForFinished(-1);
                outcome.killed = process.exitStatus() == QProcess::CrashExit;
            }
        } else if (!m_maxDelay.contains(kind)) {
            // The first of its kind runs to the end: its time sets the range the later kills fall in.
            QElapsedTimer clock;
            clock.start();
            process.waitForFinished(120000);
            m_maxDelay.insert(kind, std::max<int>(5, int(clock.elapsed() * 11 / 10)));
        } else if (!process.waitForFinished(int(m_random.bounded(m_maxDelay.value(kind) + 1)))) {
            process.kill(); // SIGKILL
            process.waitForFinished(-1);
            outcome.killed = process.exitStatus() == QProcess::CrashExit;
        }
        outcome.result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.result.out = process.readAllStandardOutput();
        outcome.result.err = process.readAllStandardError();
        if (outcome.killed) {
            ++kills;
            ++killsByOp[kind.section(QLatin1Char(' '), 0, 0)];
            afterKill(kind);
        }
        return outcome;
    }

    // A kill must leave an index that parses and no lock that blocks the next writer.
    void afterKill(const QString &kind)
    {
        QFile index(m_cache + QStringLiteral("/index.json"));
        if (index.exists()) {
            QJsonParseError error {};
            if (!index.open(QIODevice::ReadOnly) || QJsonDocument::fromJson(index.readAll(), &error).isNull())
                problems << QStringLiteral("index.json does not parse after killing %1: %2")
                                .arg(kind, error.errorString());
        }
        const QStringList locks = QDir(m_cache).entryList(
            {QStringLiteral("*lock*"), QStringLiteral(".*lock*")}, QDir::Files | QDir::Hidden | QDir::System);
        if (locks.isEmpty())
            return;
        // A lock left by the dead process: the next writer must get past it.
        QElapsedTimer clock;
        clock.start();
        const QString probe = QStringLiteral("localhost:5000/probe/small:p%1").arg(attempts);
        const ProcessResult r = cliIn(m_cache,
            {QStringLiteral("chart"), QStringLiteral("save"),
                m_sources[sourceOfKind(QStringLiteral("small"))].dir, probe},
            10000);
        if (r.exitCode == 0) {
            expected[probe] = {sourceOfKind(QStringLiteral("small"))};
            return;
        }
        ++stuckLocks;
        QStringList contents;
        for (const QString &lock : locks) {
            QFile f(m_cache + QLatin1Char('/') + lock);
            f.open(QIODevice::ReadOnly);
            const QByteArray data = f.readAll();
            contents << QStringLiteral("%1 (%2 bytes: \"%3\")")
                            .arg(lock)
                            .arg(data.size())
                            .arg(QString::fromUtf8(data.simplified()));
        }
        problems << QStringLiteral(
            "stuck lock after killing %1: a save waited %2 ms and failed (%3); lock files: %4")
                        .arg(kind)
                        .arg(clock.elapsed())
                        .arg(QString::fromUtf8(r.err).trimmed())
                        .arg(contents.join(QStringLiteral(", ")));
        for (const QString &lock : locks)
            QFile::remove(m_cache + QLatin1Char('/') + lock); // so the series can go on
    }
};

} // namespace

class TestKillLoop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QList<Source> m_sources;
    std::unique_ptr<RegistryServer> m_registry;
    quint32 m_seed = 0;
    QStringList m_summary;

    Source source(const QString &name, const QString &version, const QMap<QString, QByteArray> &extra)
    {
        Source s;
        s.kind = name;
        s.dir = makeChart(
            m_work.path() + QStringLiteral("/src/%1-%2").arg(name, version), name, version, extra);
        s.files = readTree(s.dir);
        return s;
    }

    // A cache with three charts that no command of the series touches.
    void keepCharts(const QString &cache, KillSeries &series)
    {
        for (const QString &kind : {QStringLiteral("small"), QStringLiteral("mid"), QStringLiteral("big")}) {
            int index = 0;
            while (m_sources[index].kind != kind)
                ++index;
            const QString ref = QStringLiteral("localhost:5000/keep/%1:1.0.0").arg(kind);
            const ProcessResult r
                = cliIn(cache, {QStringLiteral("chart"), QStringLiteral("save"), m_sources[index].dir, ref});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            series.expected[ref] = {index};
        }
    }

    bool startRegistry(QString *why)
    {
        if (m_registry)
            return true;
        m_registry = std::make_unique<RegistryServer>();
        if (!m_registry->start(why)) {
            m_registry.reset();
            return false;
        }
        const QString pushCache = m_work.path() + QStringLiteral("/push-cache");
        for (const Source &s : std::as_const(m_sources)) {
            if (s.files.value(QStringLiteral("Chart.yaml")).contains("version: 1.0.0")) {
                const QString ref = QStringLiteral("%1/kill/%2:1.0.0").arg(m_registry->host(), s.kind);
                for (const QStringList &args :
                    {QStringList {QStringLiteral("chart"), QStringLiteral("save"), s.dir, ref},
                        QStringList {QStringLiteral("chart"), QStringLiteral("push"), ref,
                            QStringLiteral("--plain-http")}}) {
                    const ProcessResult r = cliIn(pushCache, args);
                    if (r.exitCode != 0) {
                        *why = QStringLiteral("setting up the registry failed: ") + QString::fromUtf8(r.err);
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static void verifyNoProblems(const QStringList &problems)
    {
        for (const QString &problem : problems)
            qInfo("  %s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problems; first: %2").arg(problems.size()).arg(problems.value(0))));
    }

    void print(const QString &line)
    {
        qInfo("%s", qPrintable(line));
        m_summary << line;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        bool fromEnv = false;
        m_seed = quint32(qEnvironmentVariableIntValue("CHARTHOUSE_KILL_SEED", &fromEnv));
        if (!fromEnv)
            m_seed = 20260301;
        qInfo("kill seed %u (set CHARTHOUSE_KILL_SEED to replay another)", m_seed);
        // Version 1.0.0 of each is the one pushed to the registry; the small and big ones have a second
        // version so that a save can replace a tag with different content.
        m_sources << source(QStringLiteral("small"), QStringLiteral("1.0.0"),
            {{QStringLiteral("values.yaml"), randomText(4 * 1024, 11)}})
                  << source(QStringLiteral("small"), QStringLiteral("1.1.0"),
                         {{QStringLiteral("values.yaml"), randomText(5 * 1024, 12)}})
                  << source(QStringLiteral("mid"), QStringLiteral("1.0.0"),
                         {{QStringLiteral("values.yaml"), randomText(300 * 1024, 13)}})
                  << source(QStringLiteral("big"), QStringLiteral("1.0.0"),
                         {{QStringLiteral("values.yaml"), randomText(3 * 1024 * 1024, 14)},
                             {QStringLiteral("files/data.txt"), randomText(512 * 1024, 15)}})
                  << source(QStringLiteral("big"), QStringLiteral("1.1.0"),
                         {{QStringLiteral("values.yaml"), randomText(3 * 1024 * 1024, 16)}});
        for (const Source &s : std::as_const(m_sources))
            QVERIFY(!s.dir.isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString &line : std::as_const(m_summary))
            qInfo("summary: %s", qPrintable(line));
    }

    // What a SIGKILL leaves when it lands between creating the lock file and writing the owner into it: an
    // empty lock file. The next save must get past it within 10 s.
    void emptyLockFileLeftByKill()
    {
        const QString cache = m_work.path() + QStringLiteral("/empty-lock");
        KillSeries series(cache, m_sources, QString(), m_seed);
        keepCharts(cache, series);
        // (Where the lock file stays between writers, it is emptied instead: the same state.)
        QFile lock(cache + QStringLiteral("/.charthouse.lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.close();
        QString why;
        const bool saved = series.normalSave(0, QStringLiteral("localhost:5000/after/small:1"), &why);
        print(QStringLiteral("empty lock file: %1")
                  .arg(saved ? QStringLiteral("a save afterwards succeeded") : why));
        QVERIFY2(saved, qPrintable(why));
        QCOMPARE(series.lostCharts(), QStringList());
    }

    void killLoop()
    {
        QString why;
        if (!startRegistry(&why))
            QSKIP(qPrintable(why));
        const QString cache = m_work.path() + QStringLiteral("/kill-loop");
        KillSeries series(cache, m_sources, m_registry->host(), m_seed);
        keepCharts(cache, series);
        series.run(100, underSanitizer() ? 170000 : 120000);
        series.targeted();
        series.printDelays();

        const QStringList lost = series.lostCharts();
        for (const QString &chart : lost)
            series.problems << QStringLiteral("lost after the kills: ") + chart;
        const QStringList orphansBefore = orphanBlobs(cache, &why);
        QString saveProblem;
        if (!series.normalSave(0, QStringLiteral("localhost:5000/after/small:1"), &saveProblem)) {
            ++series.stuckLocks;
            series.problems << saveProblem;
        }
        const QStringList orphansAfter = series.orphansAfter(QStringLiteral("a normal save"));
        const QStringList ingest
            = QDir(cache + QStringLiteral("/ingest"))
                  .entryList({QStringLiteral("charthouse-*")}, QDir::Files | QDir::Hidden);
        for (const QString &file : ingest)
            series.problems << QStringLiteral("left in ingest/ after a normal save: ") + file;
        const QStringList lostAfter = series.lostCharts();
        for (const QString &chart : lostAfter) {
            if (!lost.contains(chart))
                series.problems << QStringLiteral("lost after the normal save: ") + chart;
        }

        print(QStringLiteral("kill loop (seed %1): %2; charts lost: %3 "
                             "(after the normal save: %4); stuck locks: %5; orphan blobs before the normal "
                             "save: %6, after: %7; ingest leftovers after: %8")
                  .arg(m_seed)
                  .arg(series.killsText())
                  .arg(lost.size())
                  .arg(lostAfter.size())
                  .arg(series.stuckLocks)
                  .arg(orphansBefore.size())
                  .arg(orphansAfter.size())
                  .arg(ingest.size()));
        verifyNoProblems(series.problems);
    }

    void pruneAfterKills()
    {
        QString why;
        if (!startRegistry(&why))
            QSKIP(qPrintable(why));
        const QString cache = m_work.path() + QStringLiteral("/prune");
        KillSeries series(cache, m_sources, m_registry->host(), m_seed + 1);
        keepCharts(cache, series);
        series.run(30, underSanitizer() ? 90000 : 60000);
        series.targeted();

        const QString strayHex = series.plantOrphan(99);
        QVERIFY(!strayHex.isEmpty());
        const QStringList orphansBefore = orphanBlobs(cache, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(orphansBefore.contains(strayHex));
        const QStringList blobsBefore = blobFiles(cache);

        const ProcessResult dry = cliIn(
            cache, {QStringLiteral("chart"), QStringLiteral("prune"), QStringLiteral("--dry-run")}, 30000);
        if (dry.exitCode != 0)
            series.problems << QStringLiteral("chart prune --dry-run exited %1: %2")
                                   .arg(dry.exitCode)
                                   .arg(QString::fromUtf8(dry.err).trimmed());
        for (const QString &orphan : orphansBefore) {
            if (dry.exitCode == 0 && !dry.out.contains(orphan.toLatin1()))
                series.problems << QStringLiteral("chart prune --dry-run does not list the orphan ") + orphan;
        }
        if (blobFiles(cache) != blobsBefore)
            series.problems << QStringLiteral("chart prune --dry-run changed blobs/: ")
                    + listingDiff(blobsBefore, blobFiles(cache));

        const ProcessResult pruned = cliIn(cache, {QStringLiteral("chart"), QStringLiteral("prune")}, 30000);
        if (pruned.exitCode != 0)
            series.problems << QStringLiteral("chart prune exited %1: %2")
                                   .arg(pruned.exitCode)
                                   .arg(QString::fromUtf8(pruned.err).trimmed());
        const QStringList orphansAfter = series.orphansAfter(QStringLiteral("chart prune"));
        const QStringList lost = series.lostCharts(); // prune must not take a referenced blob
        for (const QString &chart : lost)
            series.problems << QStringLiteral("lost after the kills and prune: ") + chart;

        print(QStringLiteral("prune series (seed %1): %2; stuck locks: "
                             "%3; orphan blobs before prune: %4 (%5 from the kills + 1 planted, two days "
                             "old), after: %6; charts "
                             "lost: %7")
                  .arg(m_seed + 1)
                  .arg(series.killsText())
                  .arg(series.stuckLocks)
                  .arg(orphansBefore.size())
                  .arg(orphansBefore.size() - 1)
                  .arg(orphansAfter.size())
                  .arg(lost.size()));
        verifyNoProblems(series.problems);
    }
};

QTEST_GUILESS_MAIN(TestKillLoop)
#include "test_kill_loop.moc"
