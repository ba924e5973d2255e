// Two charthouse-cli processes saving 50 charts each into one cache at the same time: the cross-process lock
// must keep every tag and leave a valid index.
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

class TestCliConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoProcessesSaveFiftyEach()
    {
        QTemporaryDir tmp;
        const QString cache = tmp.path() + QStringLiteral("/cache");
        const QString chartA = makeChart(tmp.path() + QStringLiteral("/a"), QStringLiteral("alpha"),
                                         QStringLiteral("1.0.0"));
        const QString chartB = makeChart(tmp.path() + QStringLiteral("/b"), QStringLiteral("beta"),
                                         QStringLiteral("2.0.0"));
        QVERIFY(!chartA.isEmpty() && !chartB.isEmpty());

        auto saver = [&](const QString &chart, const QString &repo) {
            auto *p = new QProcess(this);
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("for i in $(seq 0 49); do \"$0\" --cache \"$1\" chart save \"$2\" "
                                     "\"localhost:5000/%1:$i.0.0\" >/dev/null || exit 1; done")
                          .arg(repo),
                      cliPath(), cache, chart});
            return p;
        };
        QProcess *first = saver(chartA, QStringLiteral("team-a/alpha"));
        QProcess *second = saver(chartB, QStringLiteral("team-b/beta"));
        QVERIFY(first->waitForFinished(240000));
        QVERIFY(second->waitForFinished(240000));
        QVERIFY2(first->exitCode() == 0, first->readAll().constData());
        QVERIFY2(second->exitCode() == 0, second->readAll().constData());

        const ProcessResult listed = run(cliPath(), {QStringLiteral("--cache"), cache, QStringLiteral("chart"),
                                                     QStringLiteral("list"), QStringLiteral("--output"),
                                                     QStringLiteral("json")});
        QCOMPARE(listed.err, QByteArray());
        QCOMPARE(listed.exitCode, 0);
        QSet<QString> refs;
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array())
            refs.insert(row.toObject().value(QStringLiteral("ref")).toString());
        QCOMPARE(refs.size(), 100);
        for (int i = 0; i < 50; ++i) {
            QVERIFY(refs.contains(QStringLiteral("localhost:5000/team-a/alpha:%1.0.0").arg(i)));
            QVERIFY(refs.contains(QStringLiteral("localhost:5000/team-b/beta:%1.0.0").arg(i)));
        }
        QJsonParseError parseError{};
        QFile index(cache + QStringLiteral("/index.json"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QVERIFY(!QJsonDocument::fromJson(index.readAll(), &parseError).isNull());
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(QDir(cache + QStringLiteral("/ingest")).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "test_cli_concurrency.moc"
