// A fault-injecting proxy in front of a real registry (with htpasswd): each fault ends in success after a
// retry or in a clear error, and the cache is as it was. Redirects to another origin carry no credentials.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/cache/ChartCache.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/SaveJob.h"
#include "tests/registry/FaultProxy.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/JobTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {


const Credentials user {QStringLiteral("faulty"), QStringLiteral("Faulty-Pass-1")};

} // namespace

Q_DECLARE_METATYPE(charthouse::test::FaultProxy::Fault)

class TestRegistryFaults : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QByteArray m_layer;
    Digest m_layerDigest;
    QByteArray m_config;
    Digest m_configDigest;
    int m_n = 0;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        m_registry = std::make_unique<RegistryServer>(RegistryServer::Options::htpasswd(user.username, user.password));
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        QByteArray noise(256 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char(QRandomGenerator::global()->generate());
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/src"), QStringLiteral("faulty"), QStringLiteral("1.0.0"),
                                        {{QStringLiteral("files/noise.bin"), noise}});
        const QString cache = m_tmp.path() + QStringLiteral("/source-cache");
        const Reference ref = *Reference::parse(m_registry->host() + QStringLiteral("/charts/faulty:1.0.0"));
        SaveJob save(cache, chart, ref, {});
        QVERIFY(runToEnd(save));
        m_layerDigest = save.result()->layer.digest;
        m_layer = *ChartCache(cache).readBlob(save.result()->layer, 1 << 24);
        auto details = ChartStore(cache).details(ref);
        QVERIFY(details.ok());
        m_config = details->configJson;
        m_configDigest = details->manifest.config.digest;
        RegistryClient client;
        client.setCredentials(m_registry->host(), user);
        PushJob push(cache, ref, &client);
        QVERIFY2(runToEnd(push), push.error() ? qPrintable(push.error()->message()) : "");
    }

    void pullThroughFaults_data()
    {
        QTest::addColumn<FaultProxy::Fault>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QString>("message");
        QTest::newRow("corrupted blob") << FaultProxy::Fault::CorruptBlob << 1 << false << QStringLiteral("does not match its digest");
        QTest::newRow("truncated blob, every time") << FaultProxy::Fault::TruncateBlob << 100 << false << QStringLiteral("the connection closed after ");
        QTest::newRow("reset mid-blob, once") << FaultProxy::Fault::ResetMidBlob << 1 << true << QString();
        QTest::newRow("wrong Docker-Content-Digest") << FaultProxy::Fault::WrongManifestDigest << 1 << false
                                                     << QStringLiteral("does not match the registry's Docker-Content-Digest");
        QTest::newRow("429 then fine") << FaultProxy::Fault::TooManyRequests << 1 << true << QString();
        QTest::newRow("429 for ever") << FaultProxy::Fault::TooManyRequests << 100 << false << QStringLiteral("too many requests");
        QTest::newRow("two 500s then fine") << FaultProxy::Fault::ServerError << 2 << true << QString();
        QTest::newRow("500 for ever") << FaultProxy::Fault::ServerError << 100 << false << QStringLiteral("the registry answered HTTP 500: upstream exploded");
    }
    void pullThroughFaults()
    {
        QFETCH(FaultProxy::Fault, fault);
        QFETCH(int, times);
        QFETCH(bool, succeeds);
        QFETCH(QString, message);
        FaultProxy proxy(m_registry->host());
        QVERIFY(proxy.listen());
        proxy.setFault(fault, times);
        const QString cache = m_tmp.path() + QStringLiteral("/pull%1").arg(++m_n);
        QVERIFY(ChartCache(cache).ensureLayout().ok());
        const QStringList before = listTree(cache);

        RegistryClient client;
        client.setCredentials(proxy.host(), user);
        RegistryOptions options;
        options.plainHttp = true;
        client.setOptions(proxy.host(), options);
        QElapsedTimer timer;
        timer.start();
        PullJob pull(cache, *Reference::parse(proxy.host() + QStringLiteral("/charts/faulty:1.0.0")), &client);
        const bool ok = runToEnd(pull);
        QVERIFY(proxy.faultsApplied() > 0);
        if (succeeds) {
            QVERIFY2(ok, pull.error() ? qPrintable(pull.error()->message()) : "");
            QCOMPARE(pull.result()->layer.digest, m_layerDigest);
            if (fault == FaultProxy::Fault::TooManyRequests)
                QVERIFY2(timer.elapsed() >= 900, "Retry-After: 1 was not honoured");
            return;
        }
        QVERIFY(!ok);
        QVERIFY2(pull.error()->message().contains(message), qPrintable(pull.error()->message()));
        QVERIFY(!pull.error()->message().contains(user.password));
        QCOMPARE(listTree(cache), before); // nothing committed, nothing left in ingest/
    }

    void redirectToAnotherOriginCarriesNoCredentials()
    {
        RecordingOrigin origin;
        QVERIFY(origin.listen());
        origin.blobs.insert(m_layerDigest.toString().toLatin1(), m_layer);
        origin.blobs.insert(m_configDigest.toString().toLatin1(), m_config);
        FaultProxy proxy(m_registry->host());
        QVERIFY(proxy.listen());
        proxy.setRedirectOrigin(origin.origin());
        proxy.setFault(FaultProxy::Fault::RedirectBlob, 100);
        RegistryClient client;
        client.setCredentials(proxy.host(), user);
        RegistryOptions options;
        options.plainHttp = true;
        client.setOptions(proxy.host(), options);
        const QString cache = m_tmp.path() + QStringLiteral("/redirected");
        PullJob pull(cache, *Reference::parse(proxy.host() + QStringLiteral("/charts/faulty:1.0.0")), &client);
        QVERIFY2(runToEnd(pull), pull.error() ? qPrintable(pull.error()->message()) : "");
        QCOMPARE(pull.result()->layer.digest, m_layerDigest);
        QCOMPARE(origin.requests, 2);
        QCOMPARE(origin.authorizations, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRegistryFaults)
#include "test_registry_faults.moc"
