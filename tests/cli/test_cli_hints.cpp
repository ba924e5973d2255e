// An error's hint reaches the terminal in the CLI's words: the flag or the command to use. Core messages name
// no flag (tests/common/test_core_messages.cpp), so without this nothing would tell a CLI user about --force
// or
// --plain-http.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "app/cli/CliOutput.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestCliHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachHintNamesItsFlag_data()
    {
        QTest::addColumn<Error::Hint>("hint");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("expected");
        QTest::newRow("login") << Error::Hint::Login << QStringLiteral("localhost:5000")
                               << QStringLiteral(
                                      "message (run: charthouse-cli registry login localhost:5000)");
        QTest::newRow("plain http") << Error::Hint::PlainHttp << QStringLiteral("localhost:5000")
                                    << QStringLiteral("message (it speaks plain HTTP: use --plain-http)");
        QTest::newRow("private ca") << Error::Hint::PrivateCa << QStringLiteral("reg.example")
                                    << QStringLiteral(
                                           "message (for a private CA use --ca-file; to skip verification "
                                           "--insecure-skip-tls-verify)");
        QTest::newRow("client certificate")
            << Error::Hint::ClientCertificate << QStringLiteral("reg.example")
            << QStringLiteral("message (if the registry asks for a client certificate, give --cert-file and "
                              "--key-file)");
        QTest::newRow("no keychain")
            << Error::Hint::NoKeychain << QString()
            << QStringLiteral(
                   "message; use --username with --password-stdin to log in for one command without "
                   "storing anything");
        QTest::newRow("replace") << Error::Hint::Replace << QStringLiteral("/d/mychart")
                                 << QStringLiteral("message; use --force to replace it");
        QTest::newRow("layer size") << Error::Hint::LayerSizeLimit << QString()
                                    << QStringLiteral("message (raise the limit with --max-layer-size)");
        QTest::newRow("speed limit") << Error::Hint::SpeedLimit << QString()
                                     << QStringLiteral(
                                            "message (for a slow link lower --speed-limit; 0 turns it off)");
        QTest::newRow("local registry")
            << Error::Hint::StopLocalRegistry << QStringLiteral("127.0.0.1:5000")
            << QStringLiteral(
                   "message; stop it with \"charthouse-cli registry stop --address 127.0.0.1:5000\"");
    }

    void eachHintNamesItsFlag()
    {
        QFETCH(Error::Hint, hint);
        QFETCH(QString, subject);
        QFETCH(QString, expected);
        const Error error = Error(Error::Code::Io, QStringLiteral("message")).withHint(hint, subject);
        QCOMPARE(cli::errorText(error), expected);
        // The hint survives context added on the way up.
        QCOMPARE(cli::errorText(error.withContext(QStringLiteral("push x"))),
            QStringLiteral("push x: ") + expected);
    }

    void noHintIsTheBareMessage()
    {
        QCOMPARE(cli::errorText(Error(Error::Code::NotFound, QStringLiteral("no such chart"))),
            QStringLiteral("no such chart"));
    }

    // The whole way: core sets the hint (ChartExporter, Replace), the CLI words it.
    void exportOverAnExistingChartSaysForce()
    {
        QTemporaryDir tmp;
        const QString cache = tmp.path() + QStringLiteral("/cache");
        const QString chart = makeChart(
            tmp.path() + QStringLiteral("/src"), QStringLiteral("mychart"), QStringLiteral("0.1.0"));
        const QString ref = QStringLiteral("localhost:5000/myrepo/mychart:0.1.0");
        const QString dest = tmp.path() + QStringLiteral("/out");
        const QStringList exportArgs {QStringLiteral("--cache"), cache, QStringLiteral("chart"),
            QStringLiteral("export"), ref, QStringLiteral("-d"), dest};
        QCOMPARE(run(cliPath(),
                     {QStringLiteral("--cache"), cache, QStringLiteral("chart"), QStringLiteral("save"),
                         chart, ref})
                     .exitCode,
            0);
        QCOMPARE(run(cliPath(), exportArgs).exitCode, 0);
        const ProcessResult again = run(cliPath(), exportArgs);
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(QString::fromUtf8(again.err),
            QStringLiteral("Error: %1/mychart already exists; use --force to replace it\n").arg(dest));
        QCOMPARE(run(cliPath(), exportArgs + QStringList {QStringLiteral("--force")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliHints)
#include "test_cli_hints.moc"
