// A registry over TLS with a test CA: refused without it (and the message says what to do), accepted with
// --ca-file, and with --insecure-skip-tls-verify. Certificates are made by openssl in the test.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "tests/registry/TokenIssuer.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

class TestRegistryTls : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QString m_ca;

    bool openssl(const QStringList &args)
    {
        const ProcessResult r = run(QStringLiteral("openssl"), args);
        if (r.exitCode != 0)
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.exitCode == 0;
    }
    ProcessResult cli(const QStringList &args)
    {
        const QString home = m_tmp.path() + QStringLiteral("/home");
        return run(cliPath(), QStringList {QStringLiteral("--cache"), m_tmp.path() + QStringLiteral("/cache")} + args,
                   {QStringLiteral("HOME=") + home, QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/.config"),
                    QStringLiteral("DOCKER_CONFIG=") + home + QStringLiteral("/.docker")});
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl missing");
        const QString d = m_tmp.path();
        m_ca = d + QStringLiteral("/ca.pem");
        QVERIFY(writeTree(d, {{QStringLiteral("san.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n"}}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"), QStringLiteral("-out"), m_ca,
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Charthouse Test CA")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), d + QStringLiteral("/server.key"), QStringLiteral("-out"), d + QStringLiteral("/server.csr"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("/server.csr"),
                         QStringLiteral("-CA"), m_ca, QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-out"), d + QStringLiteral("/server.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-extfile"), d + QStringLiteral("/san.cnf")}));
        m_registry = std::make_unique<RegistryServer>(
            RegistryServer::Options::tls(d + QStringLiteral("/server.pem"), d + QStringLiteral("/server.key")));
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        const QString chart = makeChart(d + QStringLiteral("/src"), QStringLiteral("tlschart"), QStringLiteral("1.0.0"));
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), chart, m_registry->host() + QStringLiteral("/tls/tlschart:1.0.0")}).exitCode, 0);
    }

    void unknownCaIsRefusedWithAHint()
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("push"), m_registry->host() + QStringLiteral("/tls/tlschart:1.0.0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QByteArray(QByteArray("Error: cannot reach ") + m_registry->host().toUtf8())) && r.err.contains("--ca-file")
                     && r.err.contains("--insecure-skip-tls-verify"),
                 r.err.constData());
    }

    void caFileIsTrusted()
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("push"), QStringLiteral("--ca-file"), m_ca,
                                     m_registry->host() + QStringLiteral("/tls/tlschart:1.0.0")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("1.0.0: pushed to remote"));
    }

    void clientCertificates()
    {
        const QString d = m_tmp.path();
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), d + QStringLiteral("/client.key"), QStringLiteral("-out"), d + QStringLiteral("/client.csr"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=charthouse-client")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("/client.csr"),
                         QStringLiteral("-CA"), m_ca, QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-out"), d + QStringLiteral("/client.pem"), QStringLiteral("-days"), QStringLiteral("2")}));
        RegistryServer::Options options = RegistryServer::Options::tls(d + QStringLiteral("/server.pem"), d + QStringLiteral("/server.key"));
        options.tlsClientCa = m_ca;
        RegistryServer mutual(options);
        QString why;
        QVERIFY2(mutual.start(&why), qPrintable(why));
        const QString repo = mutual.host() + QStringLiteral("/tls/tlschart");
        // (Without a certificate the TLS 1.3 handshake is refused only after it seems done: the client then waits
        // for its 30 s timeout, too long for this test; the message names --cert-file.)
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--ca-file"), m_ca, QStringLiteral("--cert-file"),
                 d + QStringLiteral("/client.pem"), QStringLiteral("--key-file"), d + QStringLiteral("/client.key"), repo});
        QVERIFY2(r.err.contains("not found") || r.exitCode == 0, r.err.constData()); // through TLS to the registry's own answer
        QVERIFY2(r.err.contains("NAME_UNKNOWN"), r.err.constData());
    }

    void bearerRealmOverPlainHttpIsRefusedForAnHttpsRegistry()
    {
        TokenIssuer issuer(QStringLiteral("u"), QStringLiteral("p"));
        QString why;
        QVERIFY2(issuer.start(&why), qPrintable(why)); // its realm is http://127.0.0.1:PORT/token
        RegistryServer::Options options = RegistryServer::Options::tls(m_tmp.path() + QStringLiteral("/server.pem"), m_tmp.path() + QStringLiteral("/server.key"));
        options.tokenRealm = issuer.realm();
        options.tokenService = TokenIssuer::service();
        options.tokenIssuer = TokenIssuer::issuer();
        options.tokenCertificate = issuer.certificate();
        RegistryServer registry(options);
        QVERIFY2(registry.start(&why), qPrintable(why));
        // The CLI talks to the registry in another process; the issuer answers in this one's event loop, which is
        // not running — so it must not even be asked.
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--ca-file"), m_ca,
                                     QStringLiteral("-u"), QStringLiteral("u"), QStringLiteral("--password-stdin"),
                                     registry.host() + QStringLiteral("/x/y")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refusing to ask a token service over plain HTTP for an HTTPS registry"), r.err.constData());
        QCOMPARE(issuer.tokensIssued, 0);
    }

    void skipVerifyWorksWhenAskedFor()
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--insecure-skip-tls-verify"),
                                     m_registry->host() + QStringLiteral("/tls/tlschart")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("1.0.0\n"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryTls)
#include "test_registry_tls.moc"
