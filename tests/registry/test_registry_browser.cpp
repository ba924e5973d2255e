// The registry browser's core against real docker-registry servers: a repository's versions listed newest first
// and described from manifests and configs, a second visit served by the metadata cache (counted by a proxy),
// badges against the local chart cache, the catalog and its fallback where a token service grants no catalog
// scope, delete with deletes enabled and disabled, copy within and across registries keeping the digest and the
// provenance layer, and retag.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/cache/ChartCache.h"
#include "core/jobs/CopyJob.h"
#include "core/jobs/DeleteJob.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/RepositoriesJob.h"
#include "core/jobs/SaveJob.h"
#include "core/jobs/VersionsJob.h"
#include "core/registry/BlobPipe.h"
#include "tests/registry/FaultProxy.h"
#include "tests/registry/TokenIssuer.h"
#include "tests/support/JobTestSupport.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/RemoteCharts.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

Reference repo(const QString &text)
{
    return *Reference::parseRepository(text);
}

QStringList tagsOf(const QList<RemoteVersion> &versions)
{
    QStringList tags;
    for (const RemoteVersion &v : versions)
        tags.append(v.tag);
    return tags;
}

const RemoteVersion *find(const QList<RemoteVersion> &versions, const QString &tag)
{
    for (const RemoteVersion &v : versions)
        if (v.tag == tag)
            return &v;
    return nullptr;
}

int count(const QStringList &log, const QString &prefix)
{
    return static_cast<int>(std::count_if(log.begin(), log.end(), [&](const QString &l) { return l.startsWith(prefix); }));
}

// Upload sessions the registry still holds open, over all its repositories: an _uploads/<id> with its startedat
// (without it distribution 2.8 answers BLOB_UPLOAD_UNKNOWN). A DELETE removes that and the data; distribution
// 2.8 leaves the hash state behind for its upload purger, which is no open session.
QStringList openUploads(const RegistryServer &server)
{
    QStringList sessions;
    QDirIterator it(server.storagePath(), {QStringLiteral("_uploads")}, QDir::Dirs, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QDir uploads(it.next());
        for (const QString &id : uploads.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (QFile::exists(uploads.filePath(id + QStringLiteral("/startedat"))))
                sessions += id + QLatin1Char('[') + QDir(uploads.filePath(id)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(',')) + QLatin1Char(']');
    }
    return sessions;
}

QByteArray bigLayer(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x);
    }
    return bytes;
}

QString messageOf(const Job &job)
{
    return job.error() ? job.error()->message() : QString();
}

} // namespace

class TestRegistryBrowser : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QString host() const { return m_registry->host(); }

    // A version with a chart layer of `size` pseudo-random bytes and a provenance layer.
    RemoteChart pushLarge(RegistryClient &client, const QString &repository, const QString &version, qint64 size)
    {
        RemoteChart chart {version, true};
        chart.layer = bigLayer(size);
        if (push(client, repository, version, chart).isEmpty())
            chart.layer.clear();
        return chart;
    }

    QByteArray push(RegistryClient &client, const QString &repository, const QString &tag, RemoteChart chart)
    {
        if (chart.version.isEmpty())
            chart.version = QString(tag).replace(QLatin1Char('_'), QLatin1Char('+'));
        QString why;
        const QByteArray bytes = pushRemoteChart(client, repo(host() + QLatin1Char('/') + repository), tag, chart, &why);
        if (bytes.isEmpty())
            qWarning() << why;
        return bytes;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
    }

    void versionsAreNewestFirstAndDescribed()
    {
        RegistryClient client;
        const QByteArray v110 = push(client, QStringLiteral("b/app"), QStringLiteral("1.10.0"), {});
        QVERIFY(!v110.isEmpty());
        for (const QString &tag : {QStringLiteral("1.0.0"), QStringLiteral("1.2.0"), QStringLiteral("2.0.0-rc.1"),
                 QStringLiteral("1.2.0_build.5")})
            QVERIFY(!push(client, QStringLiteral("b/app"), tag, {}).isEmpty());
        QVERIFY(!push(client, QStringLiteral("b/app"), QStringLiteral("1.3.0"), RemoteChart {QStringLiteral("1.3.0"), true}).isEmpty());
        RemoteChart notChart {QStringLiteral("0.1.0")};
        notChart.configMediaType = QStringLiteral("application/vnd.oci.image.config.v1+json");
        QVERIFY(!push(client, QStringLiteral("b/app"), QStringLiteral("notes"), notChart).isEmpty());
        QVERIFY(awaitCall<Digest>([&](auto done) {
            return client.putManifest(*Reference::parse(host() + QStringLiteral("/b/app:latest")),
                QString::fromLatin1(MediaTypes::ociManifest), v110, done);
        }).ok());

        VersionsJob job(repo(host() + QStringLiteral("/b/app")), &client, MetadataCache(m_tmp.path() + QStringLiteral("/meta1")));
        int described = 0;
        connect(&job, &VersionsJob::described, this, [&] { ++described; });
        QVERIFY2(runToEnd(job), qPrintable(messageOf(job)));
        const QList<RemoteVersion> &versions = *job.result();
        QCOMPARE(tagsOf(versions),
            (QStringList {QStringLiteral("2.0.0-rc.1"), QStringLiteral("1.10.0"), QStringLiteral("1.3.0"), QStringLiteral("1.2.0"),
                QStringLiteral("1.2.0_build.5"), QStringLiteral("1.0.0"), QStringLiteral("latest"), QStringLiteral("notes")}));
        QCOMPARE(described, versions.size());

        const RemoteVersion *rc = find(versions, QStringLiteral("2.0.0-rc.1"));
        QVERIFY(rc->isPrerelease && rc->isDescribed());
        const RemoteVersion *build = find(versions, QStringLiteral("1.2.0_build.5"));
        QCOMPARE(build->shownTag(), QStringLiteral("1.2.0+build.5"));
        QCOMPARE(build->version, QStringLiteral("1.2.0+build.5"));
        const RemoteVersion *signedVersion = find(versions, QStringLiteral("1.3.0"));
        QCOMPARE(signedVersion->name, QStringLiteral("app"));
        QCOMPARE(signedVersion->appVersion, QStringLiteral("app-1.3.0"));
        QCOMPARE(signedVersion->description, QStringLiteral("App 1.3.0"));
        QCOMPARE(signedVersion->created, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(signedVersion->hasProvenance);
        QCOMPARE(signedVersion->size, qint64(QByteArray("chart layer of 1.3.0").size()
                                               + QByteArray("-----BEGIN PGP SIGNED MESSAGE-----\n1.3.0").size()));
        QCOMPARE(find(versions, QStringLiteral("latest"))->digest, Digest::of(v110));
        QCOMPARE(find(versions, QStringLiteral("latest"))->version, QStringLiteral("1.10.0"));
        const RemoteVersion *notes = find(versions, QStringLiteral("notes"));
        QVERIFY(notes->problem);
        QVERIFY2(notes->problem->message().contains(QStringLiteral("not a Helm chart")), qPrintable(notes->problem->message()));
        QVERIFY(client.peakTransfers() <= client.maxConcurrentTransfers());
    }

    void secondVisitAsksOnlyForDigests()
    {
        RegistryClient pusher;
        for (int i = 0; i < 12; ++i)
            QVERIFY(!push(pusher, QStringLiteral("c/many"), QStringLiteral("0.%1.0").arg(i), {}).isEmpty());
        FaultProxy proxy(host());
        QVERIFY(proxy.listen());
        const Reference repository = repo(proxy.host() + QStringLiteral("/c/many"));
        const MetadataCache metadata(m_tmp.path() + QStringLiteral("/meta2"));
        RegistryOptions plain; // the proxy speaks plain HTTP only
        plain.plainHttp = true;

        RegistryClient first;
        first.setOptions(proxy.host(), plain);
        VersionsJob firstVisit(repository, &first, metadata);
        QVERIFY2(runToEnd(firstVisit), qPrintable(messageOf(firstVisit)));
        QCOMPARE(firstVisit.result()->size(), 12);
        QCOMPARE(count(proxy.requestLog, QStringLiteral("GET /v2/c/many/manifests/")), 12);
        QCOMPARE(count(proxy.requestLog, QStringLiteral("GET /v2/c/many/blobs/")), 12);
        QCOMPARE(count(proxy.requestLog, QStringLiteral("HEAD ")), 0);

        // A new client (a new process): only the tag list and one HEAD a tag reach the registry.
        proxy.requestLog.clear();
        RegistryClient second;
        second.setOptions(proxy.host(), plain);
        VersionsJob secondVisit(repository, &second, metadata);
        QList<RemoteVersion> remembered;
        connect(&secondVisit, &VersionsJob::remembered, this, [&](const QList<RemoteVersion> &v) { remembered = v; });
        QVERIFY2(runToEnd(secondVisit), qPrintable(messageOf(secondVisit)));
        QCOMPARE(count(proxy.requestLog, QStringLiteral("GET /v2/c/many/tags/list")), 1);
        QCOMPARE(count(proxy.requestLog, QStringLiteral("HEAD /v2/c/many/manifests/")), 12);
        QCOMPARE(count(proxy.requestLog, QStringLiteral("GET /v2/c/many/manifests/")), 0);
        QCOMPARE(count(proxy.requestLog, QStringLiteral("GET /v2/c/many/blobs/")), 0);
        QCOMPARE(secondVisit.requests().fromMetadataCache, 12);
        // The window could show the last visit's table before any answer: the same versions. (Unless the
        // registry answered first, which a loaded machine may make happen.)
        if (!remembered.isEmpty())
            QCOMPARE(tagsOf(remembered), tagsOf(*secondVisit.result()));
        for (int i = 0; i < 12; ++i)
            QCOMPARE(secondVisit.result()->at(i).version, firstVisit.result()->at(i).version);

        // A tag that moved is seen as moved: the HEAD names the new digest, whose manifest is fetched.
        QVERIFY(!push(pusher, QStringLiteral("c/many"), QStringLiteral("0.3.0"), RemoteChart {QStringLiteral("0.3.0"), true}).isEmpty());
        proxy.requestLog.clear();
        RegistryClient third;
        third.setOptions(proxy.host(), plain);
        VersionsJob thirdVisit(repository, &third, metadata);
        QVERIFY2(runToEnd(thirdVisit), qPrintable(messageOf(thirdVisit)));
        QCOMPARE(count(proxy.requestLog, QStringLiteral("GET /v2/c/many/manifests/")), 1);
        QVERIFY(find(*thirdVisit.result(), QStringLiteral("0.3.0"))->hasProvenance);
    }

    // Within the freshness window a visit trusts the tag → digest map of the last listing: the tag list is the one
    // request; tags moved meanwhile show their cached rows until a refresh (asked for, or the window passed)
    // HEADs every tag again.
    void freshVisitCostsOnlyTheTagListUntilRefreshed()
    {
        RegistryClient pusher;
        for (int i = 0; i < 6; ++i)
            QVERIFY(!push(pusher, QStringLiteral("c/fresh"), QStringLiteral("0.%1.0").arg(i), {}).isEmpty());
        FaultProxy proxy(host());
        QVERIFY(proxy.listen());
        const Reference repository = repo(proxy.host() + QStringLiteral("/c/fresh"));
        const MetadataCache metadata(m_tmp.path() + QStringLiteral("/meta-fresh"));
        RegistryOptions plain;
        plain.plainHttp = true;
        QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        const auto visit = [&](bool refresh) {
            proxy.requestLog.clear();
            auto client = std::make_unique<RegistryClient>(); // a new process each time
            client->setOptions(proxy.host(), plain);
            auto job = std::make_unique<VersionsJob>(repository, client.get(), metadata);
            job->setFreshness([&now] { return now; }, std::chrono::minutes(10));
            job->setRevalidate(refresh);
            const bool ok = runToEnd(*job);
            return std::make_tuple(ok, std::move(job), std::move(client));
        };
        auto [firstOk, first, firstClient] = visit(false);
        QVERIFY2(firstOk, qPrintable(messageOf(*first)));
        QCOMPARE(count(proxy.requestLog, QStringLiteral("GET /v2/c/fresh/manifests/")), 6);
        const Digest oldDigest = find(*first->result(), QStringLiteral("0.3.0"))->digest;

        // 0.3.0 moves to new content (with a provenance layer) behind the window's back.
        QVERIFY(!push(pusher, QStringLiteral("c/fresh"), QStringLiteral("0.3.0"), RemoteChart {QStringLiteral("0.3.0"), true}).isEmpty());
        now = now.addSecs(5 * 60);
        auto [secondOk, second, secondClient] = visit(false);
        QVERIFY2(secondOk, qPrintable(messageOf(*second)));
        QCOMPARE(proxy.requestLog, QStringList {QStringLiteral("GET /v2/c/fresh/tags/list?n=100")});
        QCOMPARE(second->requests().fromMetadataCache, 6);
        QCOMPARE(tagsOf(*second->result()), tagsOf(*first->result()));
        QCOMPARE(find(*second->result(), QStringLiteral("0.3.0"))->digest, oldDigest);

        // A new tag costs its own manifest and config, still no HEAD.
        QVERIFY(!push(pusher, QStringLiteral("c/fresh"), QStringLiteral("0.9.0"), {}).isEmpty());
        auto [newTagOk, newTag, newTagClient] = visit(false);
        QVERIFY2(newTagOk, qPrintable(messageOf(*newTag)));
        QCOMPARE(count(proxy.requestLog, QStringLiteral("GET /v2/c/fresh/tags/list")), 1);
        QCOMPARE(count(proxy.requestLog, QStringLiteral("GET /v2/c/fresh/manifests/0.9.0")), 1);
        QCOMPARE(count(proxy.requestLog, QStringLiteral("HEAD ")), 0);
        QCOMPARE(proxy.requestLog.size(), 3);
        QCOMPARE(find(*newTag->result(), QStringLiteral("0.3.0"))->digest, oldDigest);

        // Refresh: every tag HEADed, the moved one described anew.
        auto [refreshOk, refreshed, refreshedClient] = visit(true);
        QVERIFY2(refreshOk, qPrintable(messageOf(*refreshed)));
        QCOMPARE(count(proxy.requestLog, QStringLiteral("HEAD /v2/c/fresh/manifests/")), 7);
        const RemoteVersion *moved = find(*refreshed->result(), QStringLiteral("0.3.0"));
        QVERIFY(moved->digest != oldDigest);
        QVERIFY(moved->hasProvenance);

        // The refresh renewed the map: fresh again, one request, the new digest.
        now = now.addSecs(9 * 60);
        auto [afterOk, after, afterClient] = visit(false);
        QVERIFY2(afterOk, qPrintable(messageOf(*after)));
        QCOMPARE(proxy.requestLog.size(), 1);
        QCOMPARE(find(*after->result(), QStringLiteral("0.3.0"))->digest, moved->digest);

        // Once the window has passed, the visit revalidates by itself.
        now = now.addSecs(11 * 60);
        auto [staleOk, stale, staleClient] = visit(false);
        QVERIFY2(staleOk, qPrintable(messageOf(*stale)));
        QCOMPARE(count(proxy.requestLog, QStringLiteral("HEAD /v2/c/fresh/manifests/")), 7);
    }

    void badgesCompareWithTheChartCache()
    {
        const QString cache = m_tmp.path() + QStringLiteral("/badgecache");
        RegistryClient client;
        const QString name = host() + QStringLiteral("/d/web");
        for (const QString &version : {QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), QStringLiteral("2.0.0")}) {
            const QString chart = makeChart(m_tmp.path() + QStringLiteral("/badge-") + version, QStringLiteral("web"), version);
            SaveJob save(cache, chart, *Reference::parse(name + QLatin1Char(':') + version), {});
            QVERIFY(runToEnd(save));
            PushJob pushJob(cache, *Reference::parse(name + QLatin1Char(':') + version), &client);
            QVERIFY2(runToEnd(pushJob), qPrintable(messageOf(pushJob)));
        }
        // 2.0.0 leaves the cache; 1.0.0 there is another build than the registry's.
        QVERIFY(ChartCache(cache).untag(*Reference::parse(name + QStringLiteral(":2.0.0"))).ok());
        const QString rebuilt = makeChart(m_tmp.path() + QStringLiteral("/badge-rebuilt"), QStringLiteral("web"), QStringLiteral("1.0.0"),
            {{QStringLiteral("templates/extra.yaml"), "kind: ConfigMap\n"}});
        SaveJob resave(cache, rebuilt, *Reference::parse(name + QStringLiteral(":1.0.0")), {});
        QVERIFY(runToEnd(resave));

        VersionsJob job(repo(name), &client, MetadataCache(m_tmp.path() + QStringLiteral("/meta3")), cache);
        QVERIFY2(runToEnd(job), qPrintable(messageOf(job)));
        const QList<RemoteVersion> &versions = *job.result();
        QCOMPARE(tagsOf(versions), (QStringList {QStringLiteral("2.0.0"), QStringLiteral("1.1.0"), QStringLiteral("1.0.0")}));
        QVERIFY(!versions[0].cached && !versions[0].differs && !versions[0].olderThanNewest);
        QVERIFY(versions[1].cached && !versions[1].differs && versions[1].olderThanNewest);
        QVERIFY(versions[2].cached && versions[2].differs && versions[2].olderThanNewest);
    }

    void catalogListsRepositories()
    {
        RegistryClient client;
        QVERIFY(!push(client, QStringLiteral("e/one"), QStringLiteral("1.0.0"), {}).isEmpty());
        RepositoriesJob job(host(), &client, MetadataCache(m_tmp.path() + QStringLiteral("/meta4")));
        QStringList pages;
        connect(&job, &RepositoriesJob::found, this, [&](const QStringList &page) { pages += page; });
        QVERIFY2(runToEnd(job), qPrintable(messageOf(job)));
        QVERIFY(job.result()->fromCatalog);
        QVERIFY(job.result()->repositories.contains(QStringLiteral("e/one")));
        QCOMPARE(pages.size(), job.result()->repositories.size());
    }

    void deniedCatalogFallsBackToKnownRepositories()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl missing");
        TokenIssuer issuer(QStringLiteral("tokenuser"), QStringLiteral("Token-Pass-2"));
        issuer.withheldScopeTypes = {QStringLiteral("registry")};
        QString why;
        QVERIFY2(issuer.start(&why), qPrintable(why));
        RegistryServer::Options options;
        options.tokenRealm = issuer.realm();
        options.tokenService = TokenIssuer::service();
        options.tokenIssuer = TokenIssuer::issuer();
        options.tokenCertificate = issuer.certificate();
        RegistryServer tokenRegistry(options);
        QVERIFY2(tokenRegistry.start(&why), qPrintable(why));
        RegistryClient client;
        client.setCredentials(tokenRegistry.host(), Credentials {QStringLiteral("tokenuser"), QStringLiteral("Token-Pass-2")});
        QString pushWhy;
        const Reference listed = repo(tokenRegistry.host() + QStringLiteral("/seen/before"));
        QVERIFY2(!pushRemoteChart(client, listed, QStringLiteral("1.0.0"), {QStringLiteral("1.0.0")}, &pushWhy).isEmpty(), qPrintable(pushWhy));
        const MetadataCache metadata(m_tmp.path() + QStringLiteral("/meta5"));
        VersionsJob versions(listed, &client, metadata);
        QVERIFY2(runToEnd(versions), qPrintable(messageOf(versions)));
        // And one in the chart cache.
        const QString cache = m_tmp.path() + QStringLiteral("/tokencache");
        SaveJob save(cache, makeChart(m_tmp.path() + QStringLiteral("/tokensrc"), QStringLiteral("cached"), QStringLiteral("0.1.0")),
            *Reference::parse(tokenRegistry.host() + QStringLiteral("/in/cache:0.1.0")), {});
        QVERIFY(runToEnd(save));

        RepositoriesJob job(tokenRegistry.host(), &client, metadata, cache);
        QVERIFY2(runToEnd(job), qPrintable(messageOf(job)));
        QVERIFY(!job.result()->fromCatalog);
        QCOMPARE(job.result()->catalogError->code(), Error::Code::Unauthorized);
        QCOMPARE(job.result()->repositories, (QStringList {QStringLiteral("in/cache"), QStringLiteral("seen/before")}));
        QVERIFY(issuer.scopesAsked.contains(QStringLiteral("registry:catalog:*")));

        // An unreachable registry is an error, not an empty fallback.
        RepositoriesJob unreachable(QStringLiteral("127.0.0.1:%1").arg(freePort()), &client, metadata, cache);
        QVERIFY(!runToEnd(unreachable));
        QCOMPARE(unreachable.error()->code(), Error::Code::Network);
    }

    void deleteNamesSharedTagsThenDeletes()
    {
        RegistryClient client;
        const QByteArray bytes = push(client, QStringLiteral("f/del"), QStringLiteral("1.0.0"), {});
        QVERIFY(!push(client, QStringLiteral("f/del"), QStringLiteral("2.0.0"), {}).isEmpty());
        QVERIFY(awaitCall<Digest>([&](auto done) {
            return client.putManifest(*Reference::parse(host() + QStringLiteral("/f/del:stable")),
                QString::fromLatin1(MediaTypes::ociManifest), bytes, done);
        }).ok());
        DeletePlanJob plan(*Reference::parse(host() + QStringLiteral("/f/del:stable")), &client);
        QVERIFY2(runToEnd(plan), qPrintable(messageOf(plan)));
        QCOMPARE(plan.result()->digest, Digest::of(bytes));
        QCOMPARE(plan.result()->tags, (QStringList {QStringLiteral("1.0.0"), QStringLiteral("stable")}));
        DeleteJob del(plan.result()->repository, plan.result()->digest, &client);
        QVERIFY2(runToEnd(del), qPrintable(messageOf(del)));
        auto left = awaitCall<QStringList>([&](auto done) { return client.listTags(repo(host() + QStringLiteral("/f/del")), done); });
        QCOMPARE(*left, QStringList {QStringLiteral("2.0.0")});
    }

    void deleteRefusedWhereDeletesAreDisabled()
    {
        RegistryServer noDelete(RegistryServer::Options::withoutDeletes());
        QString why;
        QVERIFY2(noDelete.start(&why), qPrintable(why));
        QVERIFY2(!pushRemoteChart(repo(noDelete.host() + QStringLiteral("/g/keep")), QStringLiteral("1.0.0"), &why).isEmpty(), qPrintable(why));
        RegistryClient client;
        DeletePlanJob plan(*Reference::parse(noDelete.host() + QStringLiteral("/g/keep:1.0.0")), &client);
        QVERIFY2(runToEnd(plan), qPrintable(messageOf(plan)));
        DeleteJob del(plan.result()->repository, plan.result()->digest, &client);
        QVERIFY(!runToEnd(del));
        QCOMPARE(del.error()->code(), Error::Code::Unsupported);
        QVERIFY2(del.error()->message().contains(QStringLiteral("does not allow deleting")), qPrintable(del.error()->message()));
    }

    void copyWithinRegistryMountsAndKeepsDigest()
    {
        RegistryClient client;
        const QByteArray bytes = push(client, QStringLiteral("h/src"), QStringLiteral("1.0.0"), RemoteChart {QStringLiteral("1.0.0"), true});
        QVERIFY(!bytes.isEmpty());
        CopyJob copy(*Reference::parse(host() + QStringLiteral("/h/src:1.0.0")), *Reference::parse(host() + QStringLiteral("/h/promoted:1.0.0")), &client);
        QVERIFY2(runToEnd(copy), qPrintable(messageOf(copy)));
        QCOMPARE(copy.result()->digest, Digest::of(bytes));
        QCOMPARE(copy.result()->blobsSent, 0);
        QCOMPARE(copy.result()->blobsReused, 3);
        QCOMPARE(client.mountedBlobs(), 3); // config, chart layer, provenance
        auto copied = awaitCall<FetchedManifest>([&](auto done) { return client.fetchManifest(*Reference::parse(host() + QStringLiteral("/h/promoted:1.0.0")), done); });
        QCOMPARE(copied->bytes, bytes);
        const Manifest manifest = *Manifest::parse(bytes);
        for (const Descriptor &layer : manifest.layers)
            QVERIFY(*awaitCall<bool>([&](auto done) { return client.blobExists(repo(host() + QStringLiteral("/h/promoted")), layer.digest, done); }));

        // Retag: the same manifest under a new tag, nothing else moved.
        CopyJob tag(*Reference::parse(host() + QStringLiteral("/h/promoted:1.0.0")), *Reference::parse(host() + QStringLiteral("/h/promoted:stable")), &client);
        QVERIFY2(runToEnd(tag), qPrintable(messageOf(tag)));
        QCOMPARE(tag.result()->digest, Digest::of(bytes));
        QCOMPARE(tag.result()->blobsSent + tag.result()->blobsReused, 0);
        auto tags = awaitCall<QStringList>([&](auto done) { return client.listTags(repo(host() + QStringLiteral("/h/promoted")), done); });
        QCOMPARE(tags->size(), 2);
    }

    void copyAcrossRegistriesKeepsDigestAndProvenance()
    {
        RegistryServer other;
        QString why;
        QVERIFY2(other.start(&why), qPrintable(why));
        RegistryClient client;
        const QByteArray bytes = push(client, QStringLiteral("i/src"), QStringLiteral("3.1.0"), RemoteChart {QStringLiteral("3.1.0"), true});
        CopyJob copy(*Reference::parse(host() + QStringLiteral("/i/src:3.1.0")), *Reference::parse(other.host() + QStringLiteral("/mirror/app:3.1.0")), &client);
        QVERIFY2(runToEnd(copy), qPrintable(messageOf(copy)));
        QCOMPARE(copy.result()->digest, Digest::of(bytes));
        QCOMPARE(copy.result()->blobsSent, 3);
        // The copy is a chart there: its versions list reads it, provenance and all.
        VersionsJob versions(repo(other.host() + QStringLiteral("/mirror/app")), &client, MetadataCache(m_tmp.path() + QStringLiteral("/meta6")));
        QVERIFY2(runToEnd(versions), qPrintable(messageOf(versions)));
        QCOMPARE(versions.result()->size(), 1);
        QCOMPARE(versions.result()->first().digest, Digest::of(bytes));
        QVERIFY(versions.result()->first().hasProvenance);
        const Manifest manifest = *Manifest::parse(bytes);
        for (const Descriptor &blob : manifest.layers) {
            auto fetched = awaitCall<QByteArray>([&](auto done) {
                return client.fetchSmallBlob(repo(other.host() + QStringLiteral("/mirror/app")), blob, 1 << 20, done);
            });
            QVERIFY(fetched.ok());
        }
    }

    void copyAcrossRegistriesStreamsALargeLayerWithinTheWindow()
    {
        RegistryServer other;
        QString why;
        QVERIFY2(other.start(&why), qPrintable(why));
        RegistryClient client;
        RemoteChart chart {QStringLiteral("4.0.0"), true};
        chart.layer = bigLayer(20 * 1024 * 1024);
        const QByteArray bytes = push(client, QStringLiteral("j/src"), QStringLiteral("4.0.0"), chart);
        QVERIFY(!bytes.isEmpty());
        CopyJob copy(*Reference::parse(host() + QStringLiteral("/j/src:4.0.0")), *Reference::parse(other.host() + QStringLiteral("/mirror/big:4.0.0")), &client);
        qint64 lastDone = -1;
        connect(&copy, &Job::progress, this, [&](qint64 done, qint64) { QVERIFY(done >= lastDone); lastDone = done; });
        QVERIFY2(runToEnd(copy), qPrintable(messageOf(copy)));
        QCOMPARE(copy.result()->digest, Digest::of(bytes));
        QCOMPARE(copy.result()->blobsSent, 3);
        QVERIFY2(client.peakStreamedBytes() > 0 && client.peakStreamedBytes() <= BlobPipe::defaultWindow, qPrintable(QString::number(client.peakStreamedBytes())));
        const Manifest sent = *Manifest::parse(bytes);
        qint64 total = sent.config.size;
        for (const Descriptor &layer : sent.layers)
            total += layer.size;
        QCOMPARE(lastDone, total);
        auto copied = awaitCall<FetchedManifest>([&](auto done) { return client.fetchManifest(*Reference::parse(other.host() + QStringLiteral("/mirror/big:4.0.0")), done); });
        QVERIFY(copied.ok());
        QCOMPARE(copied->bytes, bytes);
        const Manifest manifest = *Manifest::parse(bytes);
        for (const Descriptor &blob : manifest.layers) {
            auto fetched = awaitCall<QByteArray>([&](auto done) {
                return client.fetchSmallBlob(repo(other.host() + QStringLiteral("/mirror/big")), blob, 32 << 20, done);
            });
            QVERIFY(fetched.ok());
            if (blob.mediaType == QLatin1String(MediaTypes::provenance))
                QVERIFY(fetched->startsWith("-----BEGIN PGP SIGNED MESSAGE-----"));
            else
                QCOMPARE(*fetched, chart.layer);
        }
        QTRY_VERIFY(openUploads(other).isEmpty());
    }

    void copyFromALyingSourceFailsAndLeavesNoTag()
    {
        RegistryServer other;
        QString why;
        QVERIFY2(other.start(&why), qPrintable(why));
        RegistryClient client;
        QVERIFY(!pushLarge(client, QStringLiteral("k/src"), QStringLiteral("4.1.0"), 6 << 20).layer.isEmpty());
        FaultProxy liar(host());
        QVERIFY(liar.listen());
        RegistryOptions plain; // the proxy speaks plain HTTP only
        plain.plainHttp = true;
        client.setOptions(liar.host(), plain);
        liar.setFault(FaultProxy::Fault::CorruptBlob, 100);
        CopyJob copy(*Reference::parse(liar.host() + QStringLiteral("/k/src:4.1.0")), *Reference::parse(other.host() + QStringLiteral("/mirror/lied:4.1.0")), &client);
        QVERIFY(!runToEnd(copy));
        QVERIFY2(copy.error()->code() == Error::Code::Corrupt, qPrintable(copy.error()->message()));
        QVERIFY(liar.faultsApplied() > 0);
        auto tag = awaitCall<Digest>([&](auto done) { return client.manifestDigest(*Reference::parse(other.host() + QStringLiteral("/mirror/lied:4.1.0")), done); });
        QVERIFY(!tag.ok());
        QTRY_VERIFY2(openUploads(other).isEmpty(), qPrintable(openUploads(other).join(QLatin1Char(' '))));
    }

    void cancelledCopyLeavesNoTagAndNoUpload()
    {
        RegistryServer other;
        QString why;
        QVERIFY2(other.start(&why), qPrintable(why));
        RegistryClient client;
        QVERIFY(!pushLarge(client, QStringLiteral("l/src"), QStringLiteral("4.2.0"), 20 << 20).layer.isEmpty());
        CopyJob copy(*Reference::parse(host() + QStringLiteral("/l/src:4.2.0")), *Reference::parse(other.host() + QStringLiteral("/mirror/gone:4.2.0")), &client);
        connect(&copy, &Job::progress, &copy, [&](qint64 done, qint64) {
            if (done > 6 * 1024 * 1024)
                copy.cancel();
        });
        QVERIFY(!runToEnd(copy));
        QCOMPARE(copy.state(), Job::State::Cancelled);
        auto tag = awaitCall<Digest>([&](auto done) { return client.manifestDigest(*Reference::parse(other.host() + QStringLiteral("/mirror/gone:4.2.0")), done); });
        QVERIFY(!tag.ok());
        QTRY_VERIFY2(openUploads(other).isEmpty(), qPrintable(openUploads(other).join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestRegistryBrowser)
#include "test_registry_browser.moc"
