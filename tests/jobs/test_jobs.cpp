// Jobs: finished() exactly once, results and errors as values, cancel, and the store operations behind them.
#include "core/jobs/ExportJob.h"
#include "core/jobs/ListJob.h"
#include "core/jobs/RemoveJob.h"
#include "core/jobs/SaveJob.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

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
                                        QStringLiteral("1.0"));  // not SemVer 2
        SaveJob save(cache, chart, ref(QStringLiteral("localhost:5000/r/bad:1")), SaveOptions{});
        QCOMPARE(runToEnd(save), 1);
        QCOMPARE(save.state(), Job::State::Failed);
        QVERIFY(save.error()->message().contains(QStringLiteral("1.0")));
        QVERIFY(!save.result());
        QVERIFY(!QFileInfo::exists(cache));
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
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "test_jobs.moc"
