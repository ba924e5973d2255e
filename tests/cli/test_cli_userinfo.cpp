// A reference, repository, host or address typed as a URL or with user:password@ is refused by every command
// that takes one, and the password reaches neither stdout nor stderr: not the error, not the debug log
// (QT_LOGGING_RULES="charthouse.*=true"), not JSON output. Issue 10, item 5.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

namespace {

const QByteArray password = "s3cr3tPW";
const QString digest = QStringLiteral("@sha256:") + QString(64, QLatin1Char('a'));

// With a scheme, without one, and with the characters a raw password may hold ('/', '@', ':').
QStringList userinfoHosts()
{
    return {QStringLiteral("https://user:s3cr3tPW@127.0.0.1:5000"),
        QStringLiteral("user:s3cr3tPW@127.0.0.1:5000"), QStringLiteral("oci://user:s3cr3tPW@127.0.0.1:5000"),
        QStringLiteral("user:s3cr3tPW/x@127.0.0.1:5000"), QStringLiteral("user:s3cr3tPW@x@127.0.0.1:5000"),
        QStringLiteral("https://user:s3cr3tPW/x:1@127.0.0.1")};
}

} // namespace

class TestCliUserinfo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_chart;

    ProcessResult cli(const QStringList &args)
    {
        const QString home = m_tmp.path() + QStringLiteral("/home");
        return run(cliPath(),
            QStringList {QStringLiteral("--cache"), m_tmp.path() + QStringLiteral("/cache")} + args,
            homeEnvironment(home)
                + QStringList {QStringLiteral("QT_LOGGING_RULES=charthouse.*=true"),
                    // No keychain either: nothing may get far enough to ask one.
                    QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + m_tmp.path()
                        + QStringLiteral("/no-bus")},
            "x\n", 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_chart = makeChart(
            m_tmp.path() + QStringLiteral("/src"), QStringLiteral("mychart"), QStringLiteral("0.1.0"));
    }

    void refusedWithoutThePassword_data()
    {
        QTest::addColumn<QStringList>("args");
        int row = 0;
        auto add = [&row](const QString &what, const QStringList &args) {
            QTest::addRow("%d %s", row++, qPrintable(what)) << args;
        };
        for (const QString &host : userinfoHosts()) {
            add(QStringLiteral("login"),
                {QStringLiteral("registry"), QStringLiteral("login"), QStringLiteral("-u"),
                    QStringLiteral("me"), QStringLiteral("--password-stdin"), host});
            add(QStringLiteral("login, plain http"),
                {QStringLiteral("registry"), QStringLiteral("login"), QStringLiteral("--plain-http"),
                    QStringLiteral("-u"), QStringLiteral("me"), QStringLiteral("--password-stdin"), host});
            add(QStringLiteral("logout"), {QStringLiteral("registry"), QStringLiteral("logout"), host});
            const QString repository = host + QStringLiteral("/myrepo/mychart");
            add(QStringLiteral("tags"), {QStringLiteral("chart"), QStringLiteral("tags"), repository});
            add(QStringLiteral("tags, one-shot credentials"),
                {QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("-u"), QStringLiteral("me"),
                    QStringLiteral("--password-stdin"), repository});
            for (const QString &ref :
                QStringList {repository + QStringLiteral(":1.0"), repository + digest}) {
                add(QStringLiteral("save"), {QStringLiteral("chart"), QStringLiteral("save"), m_chart, ref});
                add(QStringLiteral("pull"), {QStringLiteral("chart"), QStringLiteral("pull"), ref});
                add(QStringLiteral("pull, one good ref first"),
                    {QStringLiteral("chart"), QStringLiteral("pull"),
                        QStringLiteral("127.0.0.1:1/myrepo/mychart:1.0"), ref});
                add(QStringLiteral("push"), {QStringLiteral("chart"), QStringLiteral("push"), ref});
                add(QStringLiteral("export"), {QStringLiteral("chart"), QStringLiteral("export"), ref});
                add(QStringLiteral("remove"), {QStringLiteral("chart"), QStringLiteral("remove"), ref});
                add(QStringLiteral("show"), {QStringLiteral("chart"), QStringLiteral("show"), ref});
                add(QStringLiteral("show json"),
                    {QStringLiteral("chart"), QStringLiteral("show"), QStringLiteral("--output"),
                        QStringLiteral("json"), ref});
            }
            for (const QString &command : {QStringLiteral("serve"), QStringLiteral("status"),
                     QStringLiteral("logs"), QStringLiteral("stop")})
                add(QStringLiteral("registry ") + command,
                    {QStringLiteral("registry"), command, QStringLiteral("--address"), host});
        }
    }

    void refusedWithoutThePassword()
    {
        QFETCH(QStringList, args);
        const ProcessResult r = cli(args);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2, r.err.constData());
        QVERIFY2(
            !r.out.contains(password) && !r.err.contains(password), QByteArray(r.out + r.err).constData());
        // Says what is wrong: no scheme, no credentials.
        QVERIFY2(r.err.startsWith("Error: ") && r.err.contains("without a scheme")
                && r.err.contains("credentials"),
            r.err.constData());
        QVERIFY2(r.err.contains("***"), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_tmp.path() + QStringLiteral("/cache/index.json")));
    }

    void aMistypedCommandDoesNotEchoThePassword()
    {
        const ProcessResult r
            = cli({QStringLiteral("https://user:s3cr3tPW@127.0.0.1:5000/myrepo/mychart:1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.out.contains(password) && !r.err.contains(password), r.err.constData());
    }

    // A digest reference is not mistaken for userinfo: it gets past parsing (and fails at the absent
    // registry).
    void aDigestIsNotUserinfo()
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("pull"),
            QStringLiteral("127.0.0.1:1/myrepo/mychart") + digest});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot reach 127.0.0.1:1"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliUserinfo)
#include "test_cli_userinfo.moc"
