#include "core/jobs/VersionsJob.h"

#include "core/chart/TagOrder.h"

namespace charthouse {

namespace {

struct LocalState
{
    QHash<QString, Digest> seen;
    QHash<QString, Digest> cachedTags;
};

} // namespace

VersionsJob::VersionsJob(Reference repository, RegistryClient *client, MetadataCache metadata,
    QString chartCacheRoot, QObject *parent)
    : NetworkJob(client, parent),
      m_repository(std::move(repository)),
      m_metadata(std::move(metadata)),
      m_chartCacheRoot(std::move(chartCacheRoot))
{ }

QString VersionsJob::title() const
{
    return tr("List versions of %1").arg(m_repository.name());
}

void VersionsJob::run()
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    runInBackground<LocalState>(
        [metadata = m_metadata, root = m_chartCacheRoot, repository = m_repository]() -> Result<LocalState> {
            return LocalState {metadata.lastSeen(repository), cachedTagsOf(root, repository)};
        },
        [this](Result<LocalState> local) {
            if (stopped())
                return;
            m_seen = std::move(local->seen);
            m_cachedTags = std::move(local->cachedTags);
            listTags();
        });
}

void VersionsJob::listTags()
{
    track(client()->listTags(m_repository, [this](Result<QStringList> tags) {
        if (stopped())
            return;
        if (!tags)
            return fail(tags.error());
        for (const QString &tag : TagOrder::newestFirst(*tags)) {
            RemoteVersion version;
            version.tag = tag;
            version.isPrerelease = TagOrder::isPrerelease(tag);
            m_versions.append(std::move(version));
        }
        Q_EMIT listed();
        if (m_listOnly) {
            m_result = m_versions;
            return finish({});
        }
        if (m_versions.isEmpty())
            return complete();
        reportProgress(0, m_versions.size());
        // A few versions at a time, each its manifest then its config: at most the client's transfer limit
        // of requests in flight.
        for (int i = 0; i < client()->maxConcurrentTransfers() && m_next < m_versions.size(); ++i)
            startNext();
    }));
}

void VersionsJob::startNext()
{
    const int row = m_next++;
    if (m_seen.contains(m_versions.at(row).tag))
        askDigest(row);
    else
        fetchManifest(row);
}

void VersionsJob::askDigest(int row)
{
    ++m_requests.digestsAsked;
    track(client()->manifestDigest(m_repository.withTag(m_versions.at(row).tag), [this, row](Result<Digest> digest) {
        if (stopped())
            return;
        if (!digest) // no digest header, or the tag went: ask for the manifest itself, which says which
            return fetchManifest(row);
        m_versions[row].digest = *digest;
        describe(row, {}, {});
    }));
}

void VersionsJob::fetchManifest(int row)
{
    ++m_requests.manifestsFetched;
    const Reference ref = m_repository.withTag(m_versions.at(row).tag);
    track(client()->fetchManifest(ref, [this, row, ref](Result<FetchedManifest> fetched) {
        if (stopped())
            return;
        if (!fetched) {
            RemoteVersion version = m_versions.at(row);
            version.problem = fetched.error();
            return rowDone(row, std::move(version));
        }
        describe(row, std::move(fetched->bytes), {});
    }));
}

qint64 VersionsJob::configLimit() const
{
    return qMin(maxConfigSize, client() ? client()->transferLimits().maxLayerSize : maxConfigSize);
}

void VersionsJob::describe(int row, QByteArray manifestBytes, QByteArray configBytes)
{
    const bool fromCacheOnly = manifestBytes.isEmpty() && configBytes.isEmpty();
    runInBackground<DescribeStep>(
        [metadata = m_metadata, version = m_versions.at(row), manifestBytes, configBytes,
            limit = configLimit()]() -> Result<DescribeStep> {
            return describeVersion(metadata, version, manifestBytes, configBytes, limit);
        },
        [this, row, fromCacheOnly](Result<DescribeStep> step) {
            if (stopped())
                return;
            switch (step->need) {
            case DescribeStep::Need::Manifest: return fetchManifest(row);
            case DescribeStep::Need::Config:
                return fetchConfig(row, std::move(step->manifestBytes), step->config);
            case DescribeStep::Need::Nothing:
                if (fromCacheOnly && step->version->isDescribed())
                    ++m_requests.fromMetadataCache;
                return rowDone(row, std::move(*step->version));
            }
        });
}

void VersionsJob::fetchConfig(int row, QByteArray manifestBytes, const Descriptor &config)
{
    ++m_requests.configsFetched;
    track(client()->fetchSmallBlob(m_repository, config, configLimit(),
        [this, row, manifestBytes](Result<QByteArray> bytes) {
            if (stopped())
                return;
            if (!bytes) {
                RemoteVersion version = m_versions.at(row);
                version.digest = Digest::of(manifestBytes);
                version.problem = bytes.error();
                return rowDone(row, std::move(version));
            }
            describe(row, manifestBytes, std::move(*bytes));
        }));
}

void VersionsJob::rowDone(int row, RemoteVersion version)
{
    m_versions[row] = std::move(version);
    ++m_done;
    reportProgress(m_done, m_versions.size());
    Q_EMIT described(row);
    if (m_next < m_versions.size())
        startNext();
    else if (m_done == m_versions.size())
        complete();
}

void VersionsJob::complete()
{
    markCacheBadges(m_versions, m_cachedTags);
    QHash<QString, Digest> seen;
    for (const RemoteVersion &version : std::as_const(m_versions))
        if (version.isDescribed())
            seen.insert(version.tag, version.digest);
    runInBackground<bool>(
        [metadata = m_metadata, repository = m_repository, seen]() -> Result<bool> {
            metadata.rememberSeen(repository, seen);
            return true;
        },
        [this](Result<bool>) {
            if (stopped())
                return;
            m_result = m_versions;
            finish({});
        });
}

} // namespace charthouse
