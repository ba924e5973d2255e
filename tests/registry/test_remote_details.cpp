// The details of a remote chart version without the chart cache: fetched into a temporary content-addressed store
// with a pull's checks (layer size limit before download, digests), equal to the details of the same chart pulled
// into the cache, and nothing written into the Helm cache.
#include "core/jobs/DetailsJob.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/RemoteDetailsJob.h"
#include "core/jobs/SaveJob.h"
#include "tests/registry/FaultProxy.h"
#include "tests/support/JobTestSupport.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files += it.next().mid(root.size());
    return files;
}

RegistryOptions plainHttp() // what the proxy speaks
{
    RegistryOptions plain;
    plain.plainHttp = true;
    return plain;
}

QString messageOf(const Job &job)
{
    return job.error() ? job.error()->message() : QString();
}

} // namespace

class TestRemoteDetails : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QString m_helmCache; // where Helm's cache would be: must stay empty
    QString host() const { return m_registry->host(); }

    // Saves a chart into a private cache and pushes it under host/remote/web:version.
    Reference pushChart(const QString &version)
    {
        const QString cache = m_tmp.path() + QStringLiteral("/source-cache");
        const Reference ref = *Reference::parse(host() + QStringLiteral("/remote/web:") + version);
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/src-") + version, QStringLiteral("web"), version);
        SaveJob save(cache, chart, ref, {});
        if (!runToEnd(save))
            qWarning() << messageOf(save);
        RegistryClient client;
        PushJob push(cache, ref, &client);
        if (!runToEnd(push))
            qWarning() << messageOf(push);
        return ref;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_helmCache = m_tmp.path() + QStringLiteral("/xdg-cache");
        QDir().mkpath(m_helmCache);
        qputenv("XDG_CACHE_HOME", m_helmCache.toUtf8());
        qputenv("HELM_CACHE_HOME", (m_helmCache + QStringLiteral("/helm")).toUtf8());
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
    }

    void remoteDetailsEqualThoseOfThePulledChart()
    {
        const Reference ref = pushChart(QStringLiteral("1.2.0"));
        RegistryClient client;
        const QString store = m_tmp.path() + QStringLiteral("/remote-store");
        RemoteDetailsJob remote(ref, &client, store);
        QVERIFY2(runToEnd(remote), qPrintable(messageOf(remote)));
        const ChartDetails &seen = *remote.result();
        // Content-addressed: the manifest and every blob under blobs/sha256 by digest.
        QVERIFY(QFile::exists(store + QStringLiteral("/blobs/sha256/") + seen.summary.manifest.digest.hex()));
        for (const Descriptor &layer : seen.manifest.layers)
            QVERIFY(QFile::exists(store + QStringLiteral("/blobs/sha256/") + layer.digest.hex()));

        const QString cache = m_tmp.path() + QStringLiteral("/pulled-cache");
        PullJob pull(cache, ref, &client);
        QVERIFY2(runToEnd(pull), qPrintable(messageOf(pull)));
        DetailsJob cached(cache, ref, nullptr, true);
        QVERIFY2(runToEnd(cached), qPrintable(messageOf(cached)));
        const ChartDetails &local = *cached.result();

        QCOMPARE(seen.manifestJson, local.manifestJson);
        QCOMPARE(seen.configJson, local.configJson);
        QCOMPARE(seen.summary.manifest.digest, local.summary.manifest.digest);
        QCOMPARE(seen.summary.layer.digest, local.summary.layer.digest);
        QCOMPARE(seen.summary.name, local.summary.name);
        QCOMPARE(seen.summary.version, local.summary.version);
        QCOMPARE(seen.manifest.layers.size(), local.manifest.layers.size());
        for (qsizetype i = 0; i < seen.manifest.layers.size(); ++i)
            QCOMPARE(seen.manifest.layers.at(i).digest, local.manifest.layers.at(i).digest);
        QCOMPARE(seen.metadata.name, local.metadata.name);
        QCOMPARE(seen.metadata.version, local.metadata.version);
        QCOMPARE(seen.metadata.description, local.metadata.description);
        QVERIFY(!seen.files.isEmpty());
        QCOMPARE(seen.files, local.files); // Chart.yaml, values.yaml, templates, README
        QVERIFY(std::any_of(seen.files.begin(), seen.files.end(), [](const ChartFile &f) { return f.path == QLatin1String("Chart.yaml"); }));

        QVERIFY2(filesUnder(m_helmCache).isEmpty(), qPrintable(filesUnder(m_helmCache).join(QLatin1Char(' '))));
    }

    void anOversizedLayerIsRefusedBeforeDownload()
    {
        const Reference ref = pushChart(QStringLiteral("1.3.0"));
        FaultProxy proxy(host());
        QVERIFY(proxy.listen());
        RegistryClient client;
        client.setOptions(proxy.host(), plainHttp());
        TransferLimits limits;
        limits.maxLayerSize = 64;
        client.setTransferLimits(limits);
        const QString store = m_tmp.path() + QStringLiteral("/store-oversized");
        RemoteDetailsJob remote(*Reference::parse(proxy.host() + QStringLiteral("/remote/web:1.3.0")), &client, store);
        QVERIFY(!runToEnd(remote));
        QVERIFY2(remote.error()->code() == Error::Code::TooLarge, qPrintable(remote.error()->message()));
        for (const QString &request : std::as_const(proxy.requestLog))
            QVERIFY2(!request.contains(QStringLiteral("/blobs/")), qPrintable(request));
        QVERIFY(filesUnder(store + QStringLiteral("/blobs")).isEmpty());
        QVERIFY(filesUnder(m_helmCache).isEmpty());
    }

    void aWrongDigestIsRefused()
    {
        const Reference ref = pushChart(QStringLiteral("1.4.0"));
        FaultProxy proxy(host());
        QVERIFY(proxy.listen());
        proxy.setFault(FaultProxy::Fault::CorruptBlob, 100);
        RegistryClient client;
        client.setOptions(proxy.host(), plainHttp());
        const QString store = m_tmp.path() + QStringLiteral("/store-corrupt");
        RemoteDetailsJob remote(*Reference::parse(proxy.host() + QStringLiteral("/remote/web:1.4.0")), &client, store);
        QVERIFY(!runToEnd(remote));
        QVERIFY2(remote.error()->code() == Error::Code::Corrupt, qPrintable(remote.error()->message()));
        QVERIFY(proxy.faultsApplied() > 0);
        QVERIFY(!remote.result());
        QVERIFY2(filesUnder(store + QStringLiteral("/blobs")).isEmpty(), qPrintable(filesUnder(store).join(QLatin1Char(' '))));
        QVERIFY(filesUnder(m_helmCache).isEmpty());
    }

    void cancelWhilePullingFinishesCancelled()
    {
        const Reference ref = pushChart(QStringLiteral("1.5.0"));
        RegistryClient client;
        RemoteDetailsJob remote(ref, &client, m_tmp.path() + QStringLiteral("/store-cancel"));
        QTimer::singleShot(0, &remote, [&] { remote.cancel(); });
        QVERIFY(!runToEnd(remote));
        QCOMPARE(remote.state(), Job::State::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestRemoteDetails)
#include "test_remote_details.moc"
