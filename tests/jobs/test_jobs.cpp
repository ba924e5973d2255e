// Jobs: finished() exactly once, results and errors as values, cancel, and the store operations behind them.
#include "core/jobs/CompareJob.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/ListJob.h"
#include "core/jobs/PruneJob.h"
#include "core/jobs/RemoveJob.h"
#include "core/jobs/SaveJob.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <memory>

using namespace charthouse;
using namespace charthouse::test;

namespace {
Reference ref(const QString &text)
{
    return *Reference::parse(text);
}

// Starts the job and waits for finished(); returns how many times it fired (must be 1).
int runToEnd(Job &job)
{
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    if (spy.isEmpty() && !spy.wait(30000))
        return 0;
    QTest::qWait(20);  // a second emission would show up here
    return static_cast<int>(spy.count());
}
} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void saveListExportRemove()
    {
        const QString cache = m_tmp.path() + QStringLiteral("/cache1");
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/src1"), QStringLiteral("demo"),
                                        QStringLiteral("1.2.3"));
        SaveJob save(cache, chart, ref(QStringLiteral("localhost:5000/r/demo:1.2.3")), SaveOptions{});
        QCOMPARE(runToEnd(save), 1);
        QCOMPARE(save.state(), Job::State::Succeeded);
        QVERIFY(save.result());
        QCOMPARE(save.result()->name, QStringLiteral("demo"));
        QCOMPARE(save.result()->version, QStringLiteral("1.2.3"));
        QVERIFY(!save.result()->isLegacyLayer());

        ListJob list(cache);
        QCOMPARE(runToEnd(list), 1);
        QCOMPARE(list.result()->charts.size(), 1);
        QCOMPARE(list.result()->charts.first().manifest.digest, save.result()->manifest.digest);

        ExportJob exportJob(cache, ref(QStringLiteral("localhost:5000/r/demo:1.2.3")),
                            m_tmp.path() + QStringLiteral("/out1"), false);
        QCOMPARE(runToEnd(exportJob), 1);
        QCOMPARE(exportJob.state(), Job::State::Succeeded);
        QCOMPARE(readTree(exportJob.result()->directory), readTree(chart));

        RemoveJob remove(cache, ref(QStringLiteral("localhost:5000/r/demo:1.2.3")));
        QCOMPARE(runToEnd(remove), 1);
        QCOMPARE(remove.state(), Job::State::Succeeded);
        RemoveJob again(cache, ref(QStringLiteral("localhost:5000/r/demo:1.2.3")));
        QCOMPARE(runToEnd(again), 1);
        QCOMPARE(again.state(), Job::State::Failed);
        QCOMPARE(again.error()->code(), Error::Code::NotFound);
    }

    void failureIsAValueAndChangesNothing()
    {
        const QString cache = m_tmp.path() + QStringLiteral("/cache2");
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/src2"), QStringLiteral("bad"),
                                        QStringLiteral("1.2.3.4"));  // not a version, to Helm either
        SaveJob save(cache, chart, ref(QStringLiteral("localhost:5000/r/bad:1")), SaveOptions{});
        QCOMPARE(runToEnd(save), 1);
        QCOMPARE(save.state(), Job::State::Failed);
        QVERIFY(save.error()->message().contains(QStringLiteral("1.2.3.4")));
        QVERIFY(!save.result());
        QVERIFY(!QFileInfo::exists(cache));
    }

    void compareFinishesOnceWithADiffOrAnError()
    {
        // One job for `chart diff` and the compare window: a cached chart against a directory, then a missing path.
        const QString cache = m_tmp.path() + QStringLiteral("/cache-compare");
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/src-compare"), QStringLiteral("cmp"),
                                        QStringLiteral("1.0.0"), {{QStringLiteral("values.yaml"), "a: 1\n"}});
        SaveJob save(cache, chart, ref(QStringLiteral("localhost:5000/r/cmp:1.0.0")), SaveOptions{});
        QCOMPARE(runToEnd(save), 1);
        const QString changed = makeChart(m_tmp.path() + QStringLiteral("/src-compare2"), QStringLiteral("cmp"),
                                          QStringLiteral("1.0.0"), {{QStringLiteral("values.yaml"), "a: 2\n"}});
        CompareJob compare(cache, QStringLiteral("localhost:5000/r/cmp:1.0.0"), changed);
        QCOMPARE(runToEnd(compare), 1);
        QCOMPARE(compare.state(), Job::State::Succeeded);
        QVERIFY(!compare.result()->isEqual());
        QCOMPARE(compare.result()->values.size(), 1);
        QCOMPARE(compare.result()->values.first().path, QStringLiteral("a"));
        QVERIFY(compare.result()->oldLabel.startsWith(QStringLiteral("localhost:5000/r/cmp")));

        CompareJob same(cache, chart, QStringLiteral("localhost:5000/r/cmp:1.0.0"), ComparePart::Values);
        QCOMPARE(runToEnd(same), 1);
        QVERIFY(same.result()->isEqual());

        CompareJob missing(cache, chart, m_tmp.path() + QStringLiteral("/nowhere"));
        QCOMPARE(runToEnd(missing), 1);
        QCOMPARE(missing.state(), Job::State::Failed);
        QCOMPARE(missing.error()->code(), Error::Code::NotFound);
        QVERIFY(!missing.result());
    }

    void compareReadsEachSideFromItsOwnStore()
    {
        // A remote version fetched into a temporary store (RemoteDetailsJob) compares against the cache's copy
        // without entering the cache.
        const QString cache = m_tmp.path() + QStringLiteral("/cache-sides");
        const QString store = m_tmp.path() + QStringLiteral("/temp-store-sides");
        const QString oldChart = makeChart(m_tmp.path() + QStringLiteral("/src-sides1"), QStringLiteral("sides"),
                                           QStringLiteral("1.0.0"), {{QStringLiteral("values.yaml"), "a: 1\n"}});
        const QString newChart = makeChart(m_tmp.path() + QStringLiteral("/src-sides2"), QStringLiteral("sides"),
                                           QStringLiteral("1.1.0"), {{QStringLiteral("values.yaml"), "a: 1\n"}});
        SaveJob inCache(cache, oldChart, ref(QStringLiteral("localhost:5000/r/sides:1.0.0")), SaveOptions{});
        QCOMPARE(runToEnd(inCache), 1);
        SaveJob inStore(store, newChart, ref(QStringLiteral("localhost:5000/r/sides:1.1.0")), SaveOptions{});
        QCOMPARE(runToEnd(inStore), 1);
        const QStringList cacheBefore = listTree(cache);

        auto fromStore = ChartSource::fromStore(store, ref(QStringLiteral("localhost:5000/r/sides:1.1.0")));
        QVERIFY2(fromStore, qPrintable(fromStore ? QString() : fromStore.error().message()));
        QCOMPARE(fromStore->kind, ChartSourceKind::Cached);
        QCOMPARE(fromStore->metadata.version, QStringLiteral("1.1.0"));
        QVERIFY(!ChartSource::fromStore(cache, ref(QStringLiteral("localhost:5000/r/sides:1.1.0"))));

        CompareJob compare(CompareSide {cache, QStringLiteral("localhost:5000/r/sides:1.0.0")},
                           CompareSide {store, QStringLiteral("localhost:5000/r/sides:1.1.0")});
        QCOMPARE(runToEnd(compare), 1);
        QVERIFY2(compare.state() == Job::State::Succeeded, qPrintable(compare.error() ? compare.error()->message() : QString()));
        QVERIFY(!compare.result()->isEqual());
        QCOMPARE(compare.result()->metadata.first().field, QStringLiteral("version"));
        QVERIFY(compare.result()->manifest); // both sides are stores: manifests compared too
        QVERIFY(!compare.result()->chartYamlText.isEmpty());
        QVERIFY(compare.charts());
        QCOMPARE(compare.charts()->newChart.metadata.version, QStringLiteral("1.1.0"));
        QCOMPARE(listTree(cache), cacheBefore);
    }

    void cancelBeforeStartFinishesOnce()
    {
        SaveJob save(m_tmp.path() + QStringLiteral("/cache3"), m_tmp.path(),
                     ref(QStringLiteral("localhost:5000/r/x:1")), SaveOptions{});
        QSignalSpy spy(&save, &Job::finished);
        save.cancel();
        save.start();
        save.cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(save.state(), Job::State::Cancelled);
        QCOMPARE(save.error()->code(), Error::Code::Cancelled);
    }

    void deletingARunningJobIsSafe()
    {
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/src4"), QStringLiteral("gone"),
                                        QStringLiteral("1.0.0"));
        auto *save = new SaveJob(m_tmp.path() + QStringLiteral("/cache4"), chart,
                                 ref(QStringLiteral("localhost:5000/r/gone:1")), SaveOptions{});
        save->start();
        delete save;  // the watcher dies with it; the background result must go nowhere
        QTest::qWait(500);
        QThreadPool::globalInstance()->waitForDone();
        blockingPool().waitForDone();
    }

    void waitingForTheLockLeavesListingFree()
    {
        // CI's machine has 2 cores, so the global pool 2 threads: jobs that wait for another process's cache
        // lock must not take them, or the table's listing waits behind them (for up to the lock's 60 s).
        QThreadPool *global = QThreadPool::globalInstance();
        const int threads = global->maxThreadCount();
        global->setMaxThreadCount(2);
        const auto restore = qScopeGuard([global, threads] { global->setMaxThreadCount(threads); });

        const QString cache = m_tmp.path() + QStringLiteral("/cache5");
        ChartStore store(cache);
        for (const QString &name : {QStringLiteral("one"), QStringLiteral("two")})
            QVERIFY(store.save(makeChart(m_tmp.path() + QStringLiteral("/src5"), name, QStringLiteral("1.0.0")),
                ref(QStringLiteral("localhost:5000/r/%1:1").arg(name)), SaveOptions {}));
        const QString three
            = makeChart(m_tmp.path() + QStringLiteral("/src5"), QStringLiteral("three"), QStringLiteral("1.0.0"));

        // Another process holds the lock (flock locks an open file, so a second open() of ours is "another").
        int fd = ::open(QFile::encodeName(cache + QStringLiteral("/.charthouse.lock")).constData(),
            O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        QVERIFY(fd >= 0);
        const auto release = [&fd] {
            if (fd >= 0)
                ::close(std::exchange(fd, -1));
        };
        const auto releaseAtEnd = qScopeGuard(release);
        QCOMPARE(::flock(fd, LOCK_EX), 0);

        std::vector<std::unique_ptr<Job>> waiting;
        waiting.push_back(std::make_unique<RemoveJob>(cache, ref(QStringLiteral("localhost:5000/r/one:1"))));
        waiting.push_back(std::make_unique<RemoveJob>(cache, ref(QStringLiteral("localhost:5000/r/two:1"))));
        waiting.push_back(
            std::make_unique<SaveJob>(cache, three, ref(QStringLiteral("localhost:5000/r/three:1")), SaveOptions {}));
        waiting.push_back(std::make_unique<PruneJob>(cache, false));
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (const auto &job : waiting) {
            spies.push_back(std::make_unique<QSignalSpy>(job.get(), &Job::finished));
            job->start();
        }
        QTest::qWait(300); // all of them reach the lock

        ListJob list(cache); // listing reads index.json and blobs: it takes no lock
        QSignalSpy listed(&list, &Job::finished);
        QElapsedTimer clock;
        clock.start();
        list.start();
        QVERIFY2(listed.wait(5000), qPrintable(QStringLiteral("the listing waited behind the lock's waiters")));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(list.state(), Job::State::Succeeded);
        QCOMPARE(list.result()->charts.size(), 2);
        for (const auto &job : waiting)
            QVERIFY2(job->state() == Job::State::Running, qPrintable(job->title())); // still waiting

        release();
        for (size_t i = 0; i < waiting.size(); ++i) {
            QVERIFY(!spies[i]->isEmpty() || spies[i]->wait(30000));
            QVERIFY2(waiting[i]->state() == Job::State::Succeeded,
                qPrintable(waiting[i]->title() + QLatin1Char(' ')
                    + (waiting[i]->error() ? waiting[i]->error()->message() : QString())));
        }
        ListJob after(cache);
        QCOMPARE(runToEnd(after), 1);
        QCOMPARE(after.result()->charts.size(), 1);
        QCOMPARE(after.result()->charts.first().name, QStringLiteral("three"));
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "test_jobs.moc"
