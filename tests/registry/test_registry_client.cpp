// The registry client and the push/pull jobs against a real docker-registry: errors in words, pagination,
// the transfer limit, cancellation that leaves the cache as it was, and no secret in the logs.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/cache/ChartCache.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/SaveJob.h"
#include "core/oci/MediaTypes.h"
#include "core/chart/ChartMetadata.h"
#include "core/registry/AuthChallenge.h"
#include "core/registry/RegistryClient.h"
#include "tests/support/RegistryCalls.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/JobTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QtTest>

#include <clocale>

using namespace charthouse;
using namespace charthouse::test;

namespace {

Reference ref(const QString &text)
{
    return *Reference::parse(text);
}

QStringList logged;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logged.append(message);
}

} // namespace

class TestRegistryClient : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QString host() const { return m_registry->host(); }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        qputenv("HELM_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/helm")).toUtf8());
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
    }

    void challengesParse()
    {
        const auto challenges = AuthChallenge::parse(
            "Bearer realm=\"https://auth.example/token\",service=\"registry.example\",scope=\"repository:a/b:pull,push\", Basic realm=\"x\"");
        QCOMPARE(challenges.size(), 2);
        QCOMPARE(challenges[0].scheme, QStringLiteral("bearer"));
        QCOMPARE(challenges[0].params.value(QStringLiteral("scope")), QStringLiteral("repository:a/b:pull,push"));
        QCOMPARE(challenges[1].scheme, QStringLiteral("basic"));
        QCOMPARE(AuthChallenge::parse("Basic realm=\"a \\\"quoted\\\" realm\"")[0].params.value(QStringLiteral("realm")),
                 QStringLiteral("a \"quoted\" realm"));
    }

    void caseRulesHoldUnderTurkish()
    {
        // Under tr_TR a locale-aware lower case of "I" is a dotless "ı": scheme names, parameter names and hosts
        // must compare the same as in English.
        QVERIFY2(std::setlocale(LC_ALL, "tr_TR.UTF-8"), "locale tr_TR.UTF-8 is not installed: run scripts/install-deps.sh --with-tests");
        const auto challenges = AuthChallenge::parse("BEARER REALM=\"https://auth.example/token\",SCOPE=\"x\", BASIC realm=\"I\"");
        const bool localhost = isLoopbackHost(QStringLiteral("LOCALHOST:5000"));
        const bool origin = sameOrigin(QUrl(QStringLiteral("https://REGISTRY.EXAMPLE.IO/v2/")), QUrl(QStringLiteral("https://registry.example.io:443/")));
        const QString yes = goYamlPlainScalarAsString(QStringLiteral("YES"));
        std::setlocale(LC_ALL, "C");
        QCOMPARE(challenges.size(), 2);
        QCOMPARE(challenges[0].scheme, QStringLiteral("bearer"));
        QCOMPARE(challenges[0].params.value(QStringLiteral("scope")), QStringLiteral("x"));
        QCOMPARE(challenges[1].scheme, QStringLiteral("basic"));
        QVERIFY(localhost);
        QVERIFY(origin);
        QCOMPARE(yes, QStringLiteral("true"));
    }

    void pingAndErrorsInWords()
    {
        RegistryClient client;
        QVERIFY(awaitCall<void>([&](auto done) { return client.ping(host(), done); }).ok());
        auto missing = awaitCall<FetchedManifest>([&](auto done) { return client.fetchManifest(ref(host() + QStringLiteral("/nope/chart:1.0.0")), done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
        QVERIFY2(missing.error().message().startsWith(host() + QStringLiteral(": ")) && missing.error().message().contains(QStringLiteral("nope/chart")),
                 qPrintable(missing.error().message()));
        auto unreachable = awaitCall<void>([&](auto done) { return client.ping(QStringLiteral("127.0.0.1:%1").arg(freePort()), done); });
        QCOMPARE(unreachable.error().code(), Error::Code::Network);
        QVERIFY(unreachable.error().message().startsWith(QStringLiteral("cannot reach 127.0.0.1:")));
    }

    void pushPullRoundTripAndTagPages()
    {
        const QString cache = m_tmp.path() + QStringLiteral("/cache");
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/src"), QStringLiteral("paged"), QStringLiteral("1.0.0"));
        const Reference r = ref(host() + QStringLiteral("/charts/paged:1.0.0"));
        SaveJob save(cache, chart, r, {});
        QVERIFY(runToEnd(save));
        RegistryClient client;
        PushJob push(cache, r, &client);
        QVERIFY2(runToEnd(push), push.error() ? qPrintable(push.error()->message()) : "");
        QCOMPARE(push.result()->layers, 1);

        // 150 tags of one manifest: the registry pages them (n=100) and the client follows the Link header.
        ChartCache c(cache);
        const Descriptor manifest = *c.resolve(r);
        const QByteArray bytes = *c.readBlob(manifest, 1 << 20);
        for (int i = 0; i < 149; ++i) {
            auto put = awaitCall<Digest>([&](auto done) {
                return client.putManifest(r.withTag(QStringLiteral("t%1").arg(i)), QString::fromLatin1(MediaTypes::ociManifest), bytes, done);
            });
            QVERIFY(put.ok());
            QCOMPARE(*put, manifest.digest);
        }
        auto tags = awaitCall<QStringList>([&](auto done) { return client.listTags(*Reference::parseRepository(r.name()), done); });
        QVERIFY(tags.ok());
        QCOMPARE(tags->size(), 150);
        QVERIFY(tags->contains(QStringLiteral("1.0.0")) && tags->contains(QStringLiteral("t148")));
        auto repositories = awaitCall<QStringList>([&](auto done) { return client.catalog(host(), done); });
        QVERIFY2(repositories.ok(), repositories.ok() ? "" : qPrintable(repositories.error().message()));
        QVERIFY(repositories->contains(QStringLiteral("charts/paged")));

        // Pull into a second cache: the same manifest bytes and chart.
        const QString other = m_tmp.path() + QStringLiteral("/cache2");
        PullJob pull(other, r.withTag(QStringLiteral("t7")), &client);
        QVERIFY2(runToEnd(pull), pull.error() ? qPrintable(pull.error()->message()) : "");
        QCOMPARE(pull.result()->manifest.digest, manifest.digest);
        QCOMPARE(pull.result()->name, QStringLiteral("paged"));

        auto deleted = awaitCall<void>([&](auto done) { return client.deleteManifest(*Reference::parseRepository(r.name()), manifest.digest, done); });
        QVERIFY2(deleted.ok(), deleted.ok() ? "" : qPrintable(deleted.error().message()));
    }

    void blobsKnownInAnotherRepositoryAreMounted()
    {
        const QString cache = m_tmp.path() + QStringLiteral("/mountcache");
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/mountsrc"), QStringLiteral("shared"), QStringLiteral("1.0.0"));
        const Reference first = ref(host() + QStringLiteral("/team-a/shared:1.0.0"));
        const Reference second = ref(host() + QStringLiteral("/team-b/shared:1.0.0"));
        SaveJob saveFirst(cache, chart, first, SaveOptions {true, {}, {}});
        SaveJob saveSecond(cache, chart, second, SaveOptions {true, {}, {}}); // legacy: no timestamp, same blobs
        QVERIFY(runToEnd(saveFirst) && runToEnd(saveSecond));
        RegistryClient client;
        PushJob pushFirst(cache, first, &client);
        QVERIFY(runToEnd(pushFirst));
        QCOMPARE(client.mountedBlobs(), 0);
        PushJob pushSecond(cache, second, &client);
        QVERIFY2(runToEnd(pushSecond), pushSecond.error() ? qPrintable(pushSecond.error()->message()) : "");
        QCOMPARE(client.mountedBlobs(), 2); // config and layer
    }

    void transferLimitIsRespected()
    {
        RegistryClient client;
        client.setMaxConcurrentTransfers(2);
        const Reference repo = ref(host() + QStringLiteral("/limits/blobs:x"));
        int pending = 8;
        int failures = 0;
        QEventLoop loop;
        for (int i = 0; i < 8; ++i) {
            const QByteArray data = QByteArray(512 * 1024, char('a' + i));
            client.uploadBlob(repo, {QStringLiteral("application/octet-stream"), Digest::of(data), data.size(), {}, {}}, data,
                              [&](Result<bool> r) {
                                  failures += r.ok() ? 0 : 1;
                                  QVERIFY(client.activeTransfers() <= 2);
                                  if (--pending == 0)
                                      loop.quit();
                              });
        }
        loop.exec();
        QCOMPARE(failures, 0);
        QCOMPARE(client.peakTransfers(), 2);
    }

    void cancelledPullLeavesTheCacheAsItWas()
    {
        // A chart with a large (incompressible) file, so the pull is still running when cancelled.
        QByteArray noise(24 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char(QRandomGenerator::global()->generate());
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/big"), QStringLiteral("big"), QStringLiteral("1.0.0"),
                                        {{QStringLiteral("files/noise.bin"), noise.left(5 * 1024 * 1024 - 1)},
                                         {QStringLiteral("files/noise2.bin"), noise.mid(5 * 1024 * 1024, 5 * 1024 * 1024 - 1)}});
        const QString source = m_tmp.path() + QStringLiteral("/bigcache");
        const Reference r = ref(host() + QStringLiteral("/charts/big:1.0.0"));
        SaveJob save(source, chart, r, {});
        QVERIFY(runToEnd(save));
        RegistryClient client;
        PushJob push(source, r, &client);
        QVERIFY(runToEnd(push));

        const QString target = m_tmp.path() + QStringLiteral("/pullcache");
        QVERIFY(ChartCache(target).ensureLayout().ok());
        const QStringList before = listTree(target);
        PullJob pull(target, r, &client);
        QObject::connect(&pull, &Job::progress, &pull, [&pull](qint64 done, qint64) {
            if (done > 0)
                pull.cancel();
        });
        QVERIFY(!runToEnd(pull));
        QCOMPARE(pull.state(), Job::State::Cancelled);
        QTest::qWait(100);
        QCOMPARE(listTree(target), before);
    }

    void secretsNeverReachTheLog()
    {
        RegistryServer secured(RegistryServer::Options::htpasswd(QStringLiteral("logger"), QStringLiteral("Very-Secret-9")));
        QString why;
        if (!secured.start(&why))
            QSKIP(qPrintable(why));
        QLoggingCategory::setFilterRules(QStringLiteral("charthouse.*=true\nqt.network.*=true"));
        logged.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        RegistryClient client;
        client.setCredentials(secured.host(), Credentials {QStringLiteral("logger"), QStringLiteral("Very-Secret-9")});
        auto ok = awaitCall<void>([&](auto done) { return client.ping(secured.host(), done); });
        client.setCredentials(secured.host(), Credentials {QStringLiteral("logger"), QStringLiteral("Wrong-Secret-7")});
        auto wrong = awaitCall<void>([&](auto done) { return client.ping(secured.host(), done); });
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ok.ok());
        QVERIFY(!wrong.ok());
        QVERIFY(!logged.isEmpty());
        const QString all = logged.join(QLatin1Char('\n')) + wrong.error().message();
        for (const QString &secret : {QStringLiteral("Very-Secret-9"), QStringLiteral("Wrong-Secret-7"),
                                      QString::fromLatin1(QByteArray("logger:Very-Secret-9").toBase64())})
            QVERIFY2(!all.contains(secret), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "test_registry_client.moc"
