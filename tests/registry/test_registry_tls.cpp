// A registry over TLS with a test CA: refused without it (and the message says what to do), accepted with
// --ca-file, and with --insecure-skip-tls-verify. Certificates are made by openssl in the test.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/registry/RegistryClient.h"
#include "tests/registry/TokenIssuer.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
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
        return run(cliPath(),
            QStringList {QStringLiteral("--cache"), m_tmp.path() + QStringLiteral("/cache")} + args,
            homeEnvironment(home));
    }

    // A client certificate signed by the test CA with an EC (P-256) key; returns false if openssl can't.
    bool makeEcClient()
    {
        const QString d = m_tmp.path();
        if (QFile::exists(d + QStringLiteral("/client-ec.pem")))
            return true;
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), d + QStringLiteral("/client-ec.key"),
                   QStringLiteral("-out"), d + QStringLiteral("/client-ec.csr"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=charthouse-ec-client")})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                d + QStringLiteral("/client-ec.csr"), QStringLiteral("-CA"), m_ca, QStringLiteral("-CAkey"),
                d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                d + QStringLiteral("/client-ec.pem"), QStringLiteral("-days"), QStringLiteral("2")});
    }
    RegistryServer::Options mutualTls() const
    {
        RegistryServer::Options options = RegistryServer::Options::tls(
            m_tmp.path() + QStringLiteral("/server.pem"), m_tmp.path() + QStringLiteral("/server.key"));
        options.tlsClientCa = m_ca;
        return options;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl missing");
        const QString d = m_tmp.path();
        m_ca = d + QStringLiteral("/ca.pem");
        QVERIFY(writeTree(d, {{QStringLiteral("san.cnf"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n"}}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            d + QStringLiteral("/ca.key"), QStringLiteral("-out"), m_ca, QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Charthouse Test CA")}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), d + QStringLiteral("/server.key"),
            QStringLiteral("-out"), d + QStringLiteral("/server.csr"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            d + QStringLiteral("/server.csr"), QStringLiteral("-CA"), m_ca, QStringLiteral("-CAkey"),
            d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
            d + QStringLiteral("/server.pem"), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-extfile"), d + QStringLiteral("/san.cnf")}));
        m_registry = std::make_unique<RegistryServer>(RegistryServer::Options::tls(
            d + QStringLiteral("/server.pem"), d + QStringLiteral("/server.key")));
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        const QString chart
            = makeChart(d + QStringLiteral("/src"), QStringLiteral("tlschart"), QStringLiteral("1.0.0"));
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), chart,
                         m_registry->host() + QStringLiteral("/tls/tlschart:1.0.0")})
                     .exitCode,
            0);
    }

    void unknownCaIsRefusedWithAHint()
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("push"),
            m_registry->host() + QStringLiteral("/tls/tlschart:1.0.0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.startsWith(QByteArray(QByteArray("Error: cannot reach ") + m_registry->host().toUtf8()))
                && r.err.contains("--ca-file") && r.err.contains("--insecure-skip-tls-verify"),
            r.err.constData());
    }

    void caFileIsTrusted()
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("push"),
            QStringLiteral("--ca-file"), m_ca, m_registry->host() + QStringLiteral("/tls/tlschart:1.0.0")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("1.0.0: pushed to remote"));
    }

    void clientCertificates()
    {
        const QString d = m_tmp.path();
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), d + QStringLiteral("/client.key"),
            QStringLiteral("-out"), d + QStringLiteral("/client.csr"), QStringLiteral("-subj"),
            QStringLiteral("/CN=charthouse-client")}));
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            d + QStringLiteral("/client.csr"), QStringLiteral("-CA"), m_ca, QStringLiteral("-CAkey"),
            d + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
            d + QStringLiteral("/client.pem"), QStringLiteral("-days"), QStringLiteral("2")}));
        RegistryServer::Options options = RegistryServer::Options::tls(
            d + QStringLiteral("/server.pem"), d + QStringLiteral("/server.key"));
        options.tlsClientCa = m_ca;
        RegistryServer mutual(options);
        QString why;
        QVERIFY2(mutual.start(&why), qPrintable(why));
        const QString repo = mutual.host() + QStringLiteral("/tls/tlschart");
        // (Without a certificate the TLS 1.3 handshake is refused only after it seems done: the client then
        // waits for its 30 s timeout, too long for this test; the message names --cert-file.)
        const ProcessResult r
            = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--ca-file"), m_ca,
                QStringLiteral("--cert-file"), d + QStringLiteral("/client.pem"),
                QStringLiteral("--key-file"), d + QStringLiteral("/client.key"), repo});
        QVERIFY2(r.err.contains("not found") || r.exitCode == 0,
            r.err.constData()); // through TLS to the registry's own answer
        QVERIFY2(r.err.contains("NAME_UNKNOWN"), r.err.constData());
    }

    void bearerRealmOverPlainHttpIsRefusedForAnHttpsRegistry()
    {
        TokenIssuer issuer(QStringLiteral("u"), QStringLiteral("p"));
        QString why;
        QVERIFY2(issuer.start(&why), qPrintable(why)); // its realm is http://127.0.0.1:PORT/token
        RegistryServer::Options options = RegistryServer::Options::tls(
            m_tmp.path() + QStringLiteral("/server.pem"), m_tmp.path() + QStringLiteral("/server.key"));
        options.tokenRealm = issuer.realm();
        options.tokenService = TokenIssuer::service();
        options.tokenIssuer = TokenIssuer::issuer();
        options.tokenCertificate = issuer.certificate();
        RegistryServer registry(options);
        QVERIFY2(registry.start(&why), qPrintable(why));
        // The CLI talks to the registry in another process; the issuer answers in this one's event loop,
        // which is not running — so it must not even be asked.
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("tags"),
            QStringLiteral("--ca-file"), m_ca, QStringLiteral("-u"), QStringLiteral("u"),
            QStringLiteral("--password-stdin"), registry.host() + QStringLiteral("/x/y")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refusing to ask a token service over plain HTTP for an HTTPS registry"),
            r.err.constData());
        QCOMPARE(issuer.tokensIssued, 0);
    }

    void ecClientKeysAreUsed()
    {
        // The key is tried as RSA, then as EC: an EC key must not be silently dropped (the handshake would
        // then go without a certificate and the registry refuse it).
        QVERIFY(makeEcClient());
        RegistryServer mutual(mutualTls());
        QString why;
        QVERIFY2(mutual.start(&why), qPrintable(why));
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("tags"),
            QStringLiteral("--ca-file"), m_ca, QStringLiteral("--cert-file"),
            m_tmp.path() + QStringLiteral("/client-ec.pem"), QStringLiteral("--key-file"),
            m_tmp.path() + QStringLiteral("/client-ec.key"), mutual.host() + QStringLiteral("/tls/none")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains("NAME_UNKNOWN"), r.err.constData()); // through TLS to the registry's own answer
    }

    void unusableClientKeyIsExplained()
    {
        QVERIFY(makeEcClient());
        const QString key = m_tmp.path() + QStringLiteral("/not-a-key.pem");
        QVERIFY(writeTree(m_tmp.path(),
            {{QStringLiteral("not-a-key.pem"),
                "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n"}}));
        const ProcessResult r
            = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--ca-file"), m_ca,
                QStringLiteral("--cert-file"), m_tmp.path() + QStringLiteral("/client-ec.pem"),
                QStringLiteral("--key-file"), key, m_registry->host() + QStringLiteral("/tls/tlschart")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("Error: ") && r.err.contains(key.toUtf8())
                && r.err.contains("neither an RSA nor an EC private key"),
            r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void tokenServiceGetsTheClientCertificate()
    {
        // A token service over HTTPS that, like the registry, wants a client certificate (EC here): the token
        // request must carry the same TLS configuration as the registry's requests.
        QVERIFY(makeEcClient());
        TokenIssuer issuer(QStringLiteral("u"), QStringLiteral("p"));
        issuer.useTls(
            m_tmp.path() + QStringLiteral("/server.pem"), m_tmp.path() + QStringLiteral("/server.key"), m_ca);
        QString why;
        QVERIFY2(issuer.start(&why), qPrintable(why));
        QVERIFY(issuer.realm().startsWith(QStringLiteral("https://")));
        RegistryServer::Options options = mutualTls();
        options.tokenRealm = issuer.realm();
        options.tokenService = TokenIssuer::service();
        options.tokenIssuer = TokenIssuer::issuer();
        options.tokenCertificate = issuer.certificate();
        RegistryServer registry(options);
        QVERIFY2(registry.start(&why), qPrintable(why));

        RegistryClient client;
        RegistryOptions tls;
        tls.caFile = m_ca;
        tls.certFile = m_tmp.path() + QStringLiteral("/client-ec.pem");
        tls.keyFile = m_tmp.path() + QStringLiteral("/client-ec.key");
        tls.timeoutMs = 5000; // without the fix the token request waits for a TLS answer that never comes
        tls.maxAttempts = 1;
        client.setOptions(registry.host(), tls);
        client.setCredentials(registry.host(), Credentials {QStringLiteral("u"), QStringLiteral("p")});
        std::optional<Result<void>> outcome;
        QEventLoop loop; // the issuer answers on this thread's event loop
        client.ping(registry.host(), [&](Result<void> r) {
            outcome.emplace(r);
            loop.quit();
        });
        if (!outcome)
            loop.exec();
        QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(outcome->error().message()));
        QVERIFY(issuer.tokensIssued >= 1);
        QVERIFY(issuer.clientCertificatesSeen >= 1);
    }

    void skipVerifyWorksWhenAskedFor()
    {
        const ProcessResult r = cli(
            {QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--insecure-skip-tls-verify"),
                m_registry->host() + QStringLiteral("/tls/tlschart")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("1.0.0\n"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryTls)
#include "test_registry_tls.moc"
