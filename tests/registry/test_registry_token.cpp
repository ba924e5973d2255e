// distribution with `auth: token` and a token issuer in the test that signs with a test key: login, push and pull
// through Bearer tokens fetched with Basic credentials, tokens reused across requests, wrong password and anonymous
// access refused in words.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/SaveJob.h"
#include "tests/registry/TokenIssuer.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/JobTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {


Result<void> ping(RegistryClient &client, const QString &host)
{
    std::optional<Result<void>> outcome;
    QEventLoop loop;
    client.ping(host, [&](Result<void> r) {
        outcome.emplace(r);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace

class TestRegistryToken : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<TokenIssuer> m_issuer;
    std::unique_ptr<RegistryServer> m_registry;
    RegistryOptions plain() const
    {
        RegistryOptions o;
        o.plainHttp = true;
        return o;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl missing");
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        m_issuer = std::make_unique<TokenIssuer>(QStringLiteral("tokenuser"), QStringLiteral("Token-Pass-2"));
        QString why;
        QVERIFY2(m_issuer->start(&why), qPrintable(why));
        RegistryServer::Options options;
        options.tokenRealm = m_issuer->realm();
        options.tokenService = TokenIssuer::service();
        options.tokenIssuer = TokenIssuer::issuer();
        options.tokenCertificate = m_issuer->certificate();
        m_registry = std::make_unique<RegistryServer>(options);
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
    }

    void loginWithToken()
    {
        RegistryClient client;
        client.setOptions(m_registry->host(), plain());
        client.setCredentials(m_registry->host(), Credentials {QStringLiteral("tokenuser"), QStringLiteral("Token-Pass-2")});
        auto ok = ping(client, m_registry->host());
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message()));
        QVERIFY(m_issuer->tokensIssued >= 1);
    }

    void wrongPasswordAndAnonymousAreRefused()
    {
        RegistryClient client;
        client.setOptions(m_registry->host(), plain());
        client.setCredentials(m_registry->host(), Credentials {QStringLiteral("tokenuser"), QStringLiteral("nope")});
        auto wrong = ping(client, m_registry->host());
        QCOMPARE(wrong.error().code(), Error::Code::Unauthorized);
        QCOMPARE(wrong.error().message(), m_registry->host() + QStringLiteral(": the user name or password was not accepted"));

        RegistryClient anonymous;
        anonymous.setOptions(m_registry->host(), plain());
        anonymous.setCredentials(m_registry->host(), std::nullopt);
        PullJob pull(m_tmp.path() + QStringLiteral("/anon"), *Reference::parse(m_registry->host() + QStringLiteral("/t/c:1.0.0")), &anonymous);
        QVERIFY(!runToEnd(pull));
        QVERIFY2(pull.error()->message().contains(QStringLiteral("authentication required")), qPrintable(pull.error()->message()));
    }

    void pushAndPullReuseTokens()
    {
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/src"), QStringLiteral("tokened"), QStringLiteral("1.0.0"));
        const QString cache = m_tmp.path() + QStringLiteral("/cache");
        const Reference ref = *Reference::parse(m_registry->host() + QStringLiteral("/team/tokened:1.0.0"));
        SaveJob save(cache, chart, ref, {});
        QVERIFY(runToEnd(save));

        RegistryClient client;
        client.setOptions(m_registry->host(), plain());
        client.setCredentials(m_registry->host(), Credentials {QStringLiteral("tokenuser"), QStringLiteral("Token-Pass-2")});
        const int before = m_issuer->tokensIssued;
        PushJob push(cache, ref, &client);
        QVERIFY2(runToEnd(push), push.error() ? qPrintable(push.error()->message()) : "");
        // Seven requests; tokens per scope are cached, so only a few are issued (concurrent first requests may
        // each fetch one).
        const int forPush = m_issuer->tokensIssued - before;
        QVERIFY2(forPush >= 1 && forPush <= 2, qPrintable(QString::number(forPush)));
        QVERIFY(m_issuer->scopesAsked.contains(QStringLiteral("repository:team/tokened:pull,push")));

        PullJob pull(m_tmp.path() + QStringLiteral("/pulled"), ref, &client);
        QVERIFY2(runToEnd(pull), pull.error() ? qPrintable(pull.error()->message()) : "");
        QCOMPARE(pull.result()->manifest.digest, push.result()->summary.manifest.digest);
    }
};

QTEST_GUILESS_MAIN(TestRegistryToken)
#include "test_registry_token.moc"
