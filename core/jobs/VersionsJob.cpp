#include "core/jobs/VersionsJob.h"

#include "core/chart/TagOrder.h"

namespace charthouse {

namespace {

// What the disk knows before the registry is asked: read in one go, so describing a version the metadata cache
// holds needs no further trip to the thread pool.
struct LocalState
{
    MetadataCache::SeenTags seen;
    QHash<QString, Digest> cachedTags;
    QHash<Digest, RemoteVersion> known;
    QSet<QString> blobsOnDisk;
};

// Fetched blobs are written in batches of this many (one trip to the thread pool each).
constexpr qsizetype writeBatch = 64;

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

qint64 VersionsJob::configLimit() const
{
    return qMin(maxConfigSize, client() ? client()->transferLimits().maxLayerSize : maxConfigSize);
}

void VersionsJob::run()
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    // The disk and the tag list at once.
    if (m_listOnly) {
        m_localReady = true;
    } else {
        runInBackground<LocalState>(
            [metadata = m_metadata, root = m_chartCacheRoot, repository = m_repository,
                limit = configLimit()]() -> Result<LocalState> {
                LocalState local {metadata.lastSeen(repository), cachedTagsOf(root, repository), {}, {}};
                for (const Digest &digest : std::as_const(local.seen.tags))
                    if (!local.known.contains(digest))
                        if (auto version = describeFromMetadataCache(metadata, digest, limit))
                            local.known.insert(digest, std::move(*version));
                local.blobsOnDisk = metadata.blobs();
                return local;
            },
            [this](Result<LocalState> local) {
                if (stopped())
                    return;
                m_seen = std::move(local->seen.tags);
                m_seenCheckedAt = local->seen.checkedAt;
                m_trustSeen = isSeenFresh(m_seenCheckedAt);
                m_cachedTags = std::move(local->cachedTags);
                m_known = std::move(local->known);
                m_blobsOnDisk = std::move(local->blobsOnDisk);
                m_localReady = true;
                emitRemembered();
                proceedWhenReady();
            });
    }
    track(client()->listTags(m_repository, [this](Result<QStringList> tags) {
        if (stopped())
            return;
        if (!tags)
            return fail(tags.error());
        m_tags = std::move(*tags);
        proceedWhenReady();
    }));
}

void VersionsJob::emitRemembered()
{
    if (m_tags || m_seen.isEmpty())
        return; // the registry answered first: what it says is shown instead
    QList<RemoteVersion> remembered;
    for (const QString &tag : TagOrder::newestFirst(m_seen.keys())) {
        const auto known = m_known.constFind(m_seen.value(tag));
        if (known == m_known.cend())
            continue;
        RemoteVersion version = *known;
        version.tag = tag;
        version.isPrerelease = TagOrder::isPrerelease(tag);
        remembered.append(std::move(version));
    }
    if (!remembered.isEmpty())
        Q_EMIT this->remembered(remembered);
}

bool VersionsJob::isSeenFresh(const QDateTime &checkedAt) const
{
    if (m_revalidate || !m_clock || !checkedAt.isValid())
        return false;
    const qint64 age = checkedAt.secsTo(m_clock());
    return age >= 0 && age < m_freshness.count(); // a clock set back makes the map stale, not fresher
}

// A row the fresh map names, described from the metadata cache. false: not known there (asked for instead).
bool VersionsJob::describeFromSeen(int row)
{
    RemoteVersion &version = m_versions[row];
    const auto known = m_known.constFind(m_seen.value(version.tag));
    if (!m_trustSeen || !m_seen.contains(version.tag) || known == m_known.cend())
        return false;
    const QString tag = version.tag;
    const bool isPrerelease = version.isPrerelease;
    version = *known;
    version.tag = tag;
    version.isPrerelease = isPrerelease;
    ++m_requests.fromMetadataCache;
    ++m_done;
    return true;
}

void VersionsJob::proceedWhenReady()
{
    if (!m_localReady || !m_tags)
        return;
    for (const QString &tag : TagOrder::newestFirst(*m_tags)) {
        RemoteVersion version;
        version.tag = tag;
        version.isPrerelease = TagOrder::isPrerelease(tag);
        m_versions.append(std::move(version));
    }
    if (!m_listOnly)
        for (int row = 0; row < m_versions.size(); ++row)
            if (!describeFromSeen(row))
                m_queue.append(row);
    Q_EMIT listed();
    if (m_listOnly) {
        m_result = m_versions;
        return finish({});
    }
    if (m_queue.isEmpty())
        return complete();
    reportProgress(m_done, m_versions.size());
    // A few versions at a time, each its manifest (or digest) then its config: at most the client's transfer
    // limit of requests in flight.
    for (int i = 0; i < client()->maxConcurrentTransfers() && m_next < m_queue.size(); ++i)
        startNext();
}

void VersionsJob::startNext()
{
    const int row = m_queue.at(m_next++);
    // Asking for the digest pays only where the metadata cache can describe what it names.
    if (m_seen.contains(m_versions.at(row).tag) && m_known.contains(m_seen.value(m_versions.at(row).tag)))
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
        const auto known = digest ? m_known.constFind(*digest) : m_known.cend();
        if (known == m_known.cend()) // moved to a manifest not on disk, no digest header, or gone: fetch it
            return fetchManifest(row);
        ++m_requests.fromMetadataCache;
        RemoteVersion version = *known;
        version.tag = m_versions.at(row).tag;
        version.isPrerelease = m_versions.at(row).isPrerelease;
        rowDone(row, std::move(version));
    }));
}

void VersionsJob::fetchManifest(int row)
{
    ++m_requests.manifestsFetched;
    track(client()->fetchManifest(
        m_repository.withTag(m_versions.at(row).tag), [this, row](Result<FetchedManifest> fetched) {
            if (stopped())
                return;
            if (!fetched)
                return rowFailed(row, fetched.error());
            // Its digest was checked by the client. A manifest is a few hundred bytes: read here.
            auto manifest = parseChartManifest(fetched->bytes, configLimit());
            if (!manifest)
                return rowFailed(row, manifest.error(), fetched->digest);
            if (m_blobsOnDisk.contains(manifest->config.digest.hex()))
                return readConfig(row, std::move(fetched->bytes), std::move(*manifest));
            fetchConfig(row, std::move(fetched->bytes), std::move(*manifest));
        }));
}

void VersionsJob::fetchConfig(int row, QByteArray manifestBytes, Manifest manifest)
{
    ++m_requests.configsFetched;
    const Descriptor config = manifest.config;
    track(client()->fetchSmallBlob(m_repository, config, configLimit(),
        [this, row, manifestBytes, manifest](Result<QByteArray> bytes) {
            if (stopped())
                return;
            if (!bytes)
                return rowFailed(row, bytes.error(), Digest::of(manifestBytes));
            describe(row, manifestBytes, manifest, *bytes); // its digest and size were checked as it arrived
        }));
}

// A config another version (or another repository) shares, on disk already.
void VersionsJob::readConfig(int row, QByteArray manifestBytes, Manifest manifest)
{
    runInBackground<std::optional<QByteArray>>(
        [metadata = m_metadata, digest = manifest.config.digest, limit = configLimit()]() {
            return Result<std::optional<QByteArray>>(metadata.read(digest, limit));
        },
        [this, row, manifestBytes, manifest](Result<std::optional<QByteArray>> bytes) {
            if (stopped())
                return;
            if (!*bytes) // gone or damaged since the listing: from the registry then
                return fetchConfig(row, manifestBytes, manifest);
            describe(row, manifestBytes, manifest, **bytes);
        });
}

void VersionsJob::describe(
    int row, const QByteArray &manifestBytes, const Manifest &manifest, const QByteArray &configBytes)
{
    RemoteVersion version = m_versions.at(row);
    version.digest = Digest::of(manifestBytes);
    if (const auto described = describeFrom(version, manifest, configBytes); !described)
        return rowFailed(row, described.error(), version.digest);
    // Kept only once they described a chart: the metadata cache holds no manifest of something else.
    keep(manifestBytes);
    keep(configBytes);
    rowDone(row, std::move(version));
}

void VersionsJob::rowFailed(int row, const Error &problem, const Digest &digest)
{
    RemoteVersion version = m_versions.at(row);
    version.digest = digest;
    version.problem = problem;
    rowDone(row, std::move(version));
}

void VersionsJob::rowDone(int row, RemoteVersion version)
{
    m_versions[row] = std::move(version);
    ++m_done;
    reportProgress(m_done, m_versions.size());
    Q_EMIT described(row);
    if (m_next < m_queue.size())
        startNext();
    else if (m_done == m_versions.size())
        complete();
}

void VersionsJob::keep(QByteArray bytes)
{
    const QString hex = Digest::of(bytes).hex();
    if (!m_metadata.isEnabled() || m_blobsOnDisk.contains(hex))
        return;
    m_blobsOnDisk.insert(hex); // once: a config many versions share is written one time
    m_wroteBlobs = true;
    m_toKeep.append(std::move(bytes));
    if (m_toKeep.size() >= writeBatch)
        flushKept({});
}

// Writes what was fetched on the thread pool; `then` runs once no write is under way.
void VersionsJob::flushKept(std::function<void()> then)
{
    if (then)
        m_afterWrites = std::move(then);
    if (!m_toKeep.isEmpty()) {
        ++m_writing;
        runInBackground<bool>(
            [metadata = m_metadata, blobs = std::exchange(m_toKeep, {})]() -> Result<bool> {
                for (const QByteArray &blob : blobs)
                    metadata.write(blob);
                return true;
            },
            [this](Result<bool>) {
                --m_writing;
                flushKept({});
            });
    }
    if (m_writing == 0 && m_afterWrites)
        std::exchange(m_afterWrites, nullptr)();
}

void VersionsJob::complete()
{
    markCacheBadges(m_versions, m_cachedTags);
    QHash<QString, Digest> seen;
    for (const RemoteVersion &version : std::as_const(m_versions))
        if (version.isDescribed())
            seen.insert(version.tag, version.digest);
    // Not trusted: every tag was asked about just now, so the map is confirmed as of now. Trusted: it keeps the
    // time the registry last confirmed it (new tags aside), so the window runs out.
    const QDateTime checkedAt = m_trustSeen ? m_seenCheckedAt : (m_clock ? m_clock() : QDateTime());
    flushKept([this, record = MetadataCache::SeenTags {seen, checkedAt}] {
        runInBackground<bool>(
            [metadata = m_metadata, repository = m_repository, record, wrote = m_wroteBlobs]() -> Result<bool> {
                metadata.rememberSeen(repository, record);
                if (wrote)
                    metadata.trim(); // within the size limit again, off the GUI thread
                return true;
            },
            [this](Result<bool>) {
                if (stopped())
                    return;
                m_result = m_versions;
                finish({});
            });
    });
}

} // namespace charthouse
