// charthouse-cli refuses command lines it would otherwise misread: half of the one-command credentials,
// --parallel that is not a number from 1 to 32 (exit 2, usage errors), and a --cache that is a regular file
// (exit 1, naming it). None of these reach a registry or change the cache.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

class TestCliArguments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_cache;

    ProcessResult cli(const QStringList &args, const QByteArray &input = {})
    {
        const QString home = m_tmp.path() + QStringLiteral("/home");
        return run(cliPath(), QStringList {QStringLiteral("--cache"), m_cache} + args,
            {QStringLiteral("HOME=") + home,
                QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
                QStringLiteral("DOCKER_CONFIG=") + home + QStringLiteral("/.docker")},
            input, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cache = m_tmp.path() + QStringLiteral("/cache");
        const QString chart = makeChart(
            m_tmp.path() + QStringLiteral("/src"), QStringLiteral("mychart"), QStringLiteral("0.1.0"));
        // Nothing listens on this port: a command that got past its checks would fail with exit 1, not 2.
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), chart,
                         QStringLiteral("127.0.0.1:1/myrepo/mychart:1.0.0")})
                     .exitCode,
            0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString ref = QStringLiteral("127.0.0.1:1/myrepo/mychart:1.0.0");
        const QString repo = QStringLiteral("127.0.0.1:1/myrepo/mychart");
        const QString userWithoutPassword = QStringLiteral("--username needs --password-stdin");
        const QString passwordWithoutUser = QStringLiteral("--password-stdin needs --username");
        QTest::newRow("push -u") << QStringList {QStringLiteral("chart"), QStringLiteral("push"),
            QStringLiteral("-u"), QStringLiteral("me"), ref}
                                 << userWithoutPassword;
        QTest::newRow("pull --username") << QStringList {QStringLiteral("chart"), QStringLiteral("pull"),
            QStringLiteral("--username"), QStringLiteral("me"), ref}
                                         << userWithoutPassword;
        QTest::newRow("tags -u") << QStringList {QStringLiteral("chart"), QStringLiteral("tags"),
            QStringLiteral("-u"), QStringLiteral("me"), repo}
                                 << userWithoutPassword;
        QTest::newRow("push --password-stdin") << QStringList {QStringLiteral("chart"),
            QStringLiteral("push"), QStringLiteral("--password-stdin"), ref}
                                               << passwordWithoutUser;
        QTest::newRow("pull --password-stdin") << QStringList {QStringLiteral("chart"),
            QStringLiteral("pull"), QStringLiteral("--password-stdin"), ref}
                                               << passwordWithoutUser;
        QTest::newRow("tags --password-stdin") << QStringList {QStringLiteral("chart"),
            QStringLiteral("tags"), QStringLiteral("--password-stdin"), repo}
                                               << passwordWithoutUser;
        QTest::newRow("tags empty -u") << QStringList {QStringLiteral("chart"), QStringLiteral("tags"),
            QStringLiteral("-u"), QString(), QStringLiteral("--password-stdin"), repo}
                                       << passwordWithoutUser;
        for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("33"),
                 QStringLiteral("-1"), QStringLiteral("4x"), QStringLiteral("1.5"), QString()}) {
            QTest::newRow(qPrintable(QStringLiteral("push --parallel '%1'").arg(bad))) << QStringList {
                QStringLiteral("chart"), QStringLiteral("push"), QStringLiteral("--parallel"), bad,
                ref} << QStringLiteral("--parallel needs a whole number from 1 to 32, not \"%1\"").arg(bad);
            QTest::newRow(qPrintable(QStringLiteral("pull --parallel '%1'").arg(bad))) << QStringList {
                QStringLiteral("chart"), QStringLiteral("pull"), QStringLiteral("--parallel=") + bad,
                ref} << QStringLiteral("--parallel needs a whole number from 1 to 32, not \"%1\"").arg(bad);
        }
        for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-1"),
                 QStringLiteral("1.5GiB"), QStringLiteral("10XB"), QStringLiteral("99999999999999999999"), QString()})
            QTest::newRow(qPrintable(QStringLiteral("pull --max-layer-size '%1'").arg(bad))) << QStringList {
                QStringLiteral("chart"), QStringLiteral("pull"), QStringLiteral("--max-layer-size"), bad, ref}
                << QStringLiteral("--max-layer-size needs a size such as 104857600, 500MiB or 2GiB, not \"%1\"").arg(bad);
        for (const QString &bad : {QStringLiteral("slow"), QStringLiteral("-5"), QString()})
            QTest::newRow(qPrintable(QStringLiteral("push --speed-limit '%1'").arg(bad))) << QStringList {
                QStringLiteral("chart"), QStringLiteral("push"), QStringLiteral("--speed-limit"), bad, ref}
                << QStringLiteral("--speed-limit needs a number of bytes (0 turns it off), not \"%1\"").arg(bad);
        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("3601"), QStringLiteral("1m")})
            QTest::newRow(qPrintable(QStringLiteral("tags --speed-time '%1'").arg(bad))) << QStringList {
                QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--speed-time"), bad, repo}
                << QStringLiteral("--speed-time needs a whole number of seconds from 1 to 3600, not \"%1\"").arg(bad);
        // Signing and verifying flags: checked before any work, nothing written.
        const QString dir = QStringLiteral("chartdir");
        QTest::newRow("save --key without --sign") << QStringList {QStringLiteral("chart"), QStringLiteral("save"), dir,
            ref, QStringLiteral("--key"), QStringLiteral("me")} << QStringLiteral("--key is for signing: give --sign too");
        QTest::newRow("save --sign without --key") << QStringList {QStringLiteral("chart"), QStringLiteral("save"), dir,
            ref, QStringLiteral("--sign")} << QStringLiteral("--key is required for signing a package");
        QTest::newRow("verify --sign") << QStringList {QStringLiteral("chart"), QStringLiteral("verify"), ref,
            QStringLiteral("--sign")} << QStringLiteral("unknown flag --sign for \"chart verify\"");
        QTest::newRow("verify two refs") << QStringList {QStringLiteral("chart"), QStringLiteral("verify"), ref, ref}
                                         << QStringLiteral("\"chart verify\" expects 1 argument(s), got 2");
        QTest::newRow("push --keyring") << QStringList {QStringLiteral("chart"), QStringLiteral("push"), ref,
            QStringLiteral("--keyring"), QStringLiteral("k.gpg")} << QStringLiteral("unknown flag --keyring for \"chart push\"");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto before = readTree(m_cache);
        const ProcessResult r = cli(args, "secret\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.startsWith("Error: ") && QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readTree(m_cache), before);
    }

    void parallelInRangeIsAccepted_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("1") << QStringLiteral("1");
        QTest::newRow("32") << QStringLiteral("32");
    }

    void parallelInRangeIsAccepted()
    {
        QFETCH(QString, value);
        // Past the command line: the push fails at the (absent) registry, exit 1.
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("push"),
            QStringLiteral("--parallel"), value, QStringLiteral("127.0.0.1:1/myrepo/mychart:1.0.0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot reach 127.0.0.1:1"), r.err.constData());
    }

    void bothCredentialFlagsAreAccepted()
    {
        const ProcessResult r = cli(
            {QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("-u"), QStringLiteral("me"),
                QStringLiteral("--password-stdin"), QStringLiteral("127.0.0.1:1/myrepo/mychart")},
            "secret\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot reach 127.0.0.1:1"), r.err.constData());
        QVERIFY(!r.err.contains("secret"));
    }

    void cacheThatIsAFileIsAnError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList {QStringLiteral("chart"), QStringLiteral("list")};
        QTest::newRow("list json") << QStringList {
            QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")};
        QTest::newRow("show") << QStringList {
            QStringLiteral("chart"), QStringLiteral("show"), QStringLiteral("localhost:5000/a/b:1")};
        QTest::newRow("remove") << QStringList {
            QStringLiteral("chart"), QStringLiteral("remove"), QStringLiteral("localhost:5000/a/b:1")};
    }

    void cacheThatIsAFileIsAnError()
    {
        QFETCH(QStringList, args);
        const QString file = m_tmp.path() + QStringLiteral("/a-regular-file");
        QVERIFY(writeTree(m_tmp.path(), {{QStringLiteral("a-regular-file"), "not a cache\n"}}));
        const ProcessResult r = run(cliPath(), QStringList {QStringLiteral("--cache"), file} + args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            QString::fromUtf8(r.err), QStringLiteral("Error: the cache %1 is not a directory\n").arg(file));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readTree(m_tmp.path()).value(QStringLiteral("a-regular-file")), QByteArray("not a cache\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "test_cli_arguments.moc"
