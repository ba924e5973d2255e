#pragma once

#include "core/cache/MetadataCache.h"
#include "core/common/Clock.h"
#include "core/jobs/NetworkJob.h"
#include "core/jobs/RemoteVersion.h"

namespace charthouse {

// Lists every version of a remote chart repository, newest first (TagOrder), each described from its manifest
// and config blob (RemoteVersion), with badges against the local chart cache. Manifests and configs are fetched
// a few at a time (the client's transfer limit), with a pull's checks: the manifest against its digest, the
// config against its digest and a size limit. What was fetched is kept in the metadata cache by digest.
//
// The tag → digest map of the last listing is trusted while fresh (checked against the registry less than the
// freshness window ago, by the clock passed in): a tag it names whose manifest and config the metadata cache
// holds is described from there, before listed(), with no request. So a second visit costs the tag list, and
// only new tags are fetched. Tags move: when the map is stale, or on a refresh (setRevalidate), every known tag
// is asked for by digest (a HEAD: the registry's Docker-Content-Digest), and one that moved costs its manifest
// (and config, if new). Content is never taken from the map, only from blobs by digest.
//
// One version that cannot be described (not a chart, deleted meanwhile, too large) carries its problem; the
// job fails only when the tags cannot be listed.
class VersionsJob : public NetworkJob
{
    Q_OBJECT
public:
    // chartCacheRoot: the local chart cache, for the badges (empty: none).
    VersionsJob(Reference repository, RegistryClient *client, MetadataCache metadata,
        QString chartCacheRoot = {}, QObject *parent = nullptr);

    QString title() const override;
    // Only the tags, sorted: one request, no version described (no digest, no badges).
    void setListOnly(bool listOnly) { m_listOnly = listOnly; }
    // How long a listing's tag → digest map is trusted without asking the registry again, by `clock`. Without a
    // clock it is never trusted (every known tag HEADed).
    void setFreshness(Clock clock, std::chrono::seconds window)
    {
        m_clock = std::move(clock);
        m_freshness = window;
    }
    // Ask for every known tag's digest whatever the map's age (the user's Refresh).
    void setRevalidate(bool revalidate) { m_revalidate = revalidate; }
    // What the apps pass to setFreshness.
    static constexpr std::chrono::seconds defaultFreshness {10 * 60};
    const Reference &repository() const { return m_repository; }
    // Every version, newest first, from listed() on; each filled in by the time described(row) is emitted;
    // badges set once the job succeeded.
    const QList<RemoteVersion> &versions() const { return m_versions; }
    // Set when the job succeeded: versions().
    const std::optional<QList<RemoteVersion>> &result() const { return m_result; }

    // What the listing cost, for tests and benchmarks.
    struct Requests
    {
        int digestsAsked = 0; // HEAD of a manifest
        int manifestsFetched = 0;
        int configsFetched = 0;
        int fromMetadataCache = 0; // versions described without fetching anything
    };
    const Requests &requests() const { return m_requests; }

    // The most a config blob may be (a Helm config is a few KiB; the client's layer limit applies too).
    static constexpr qint64 maxConfigSize = 1024 * 1024;

Q_SIGNALS:
    // listed(): every version has its tag; those the fresh map describes are filled in already.
    // Before the registry answers: the versions as the last visit saw them, described from the metadata cache
    // (newest first; no badges). Not emitted on a first visit. A window can show these at once and replace them
    // with versions() as they come; nothing here was checked against the registry yet.
    void remembered(const QList<charthouse::RemoteVersion> &versions);
    void listed();
    void described(int row);

protected:
    void run() override;

private:
    void emitRemembered();
    void proceedWhenReady();
    bool isSeenFresh(const QDateTime &checkedAt) const;
    bool describeFromSeen(int row);
    void startNext();
    void askDigest(int row);
    void fetchManifest(int row);
    void fetchConfig(int row, QByteArray manifestBytes, Manifest manifest);
    void readConfig(int row, QByteArray manifestBytes, Manifest manifest);
    void describe(int row, const QByteArray &manifestBytes, const Manifest &manifest, const QByteArray &configBytes);
    void rowFailed(int row, const Error &problem, const Digest &digest = {});
    void rowDone(int row, RemoteVersion version);
    void keep(QByteArray bytes);
    void flushKept(std::function<void()> then);
    void complete();
    qint64 configLimit() const;

    Reference m_repository;
    MetadataCache m_metadata;
    QString m_chartCacheRoot;
    // From the disk, read once before the tags arrive (job thread only after that).
    bool m_localReady = false;
    std::optional<QStringList> m_tags;
    QHash<QString, Digest> m_seen; // tag → digest last time
    QDateTime m_seenCheckedAt; // when the registry last confirmed m_seen
    bool m_trustSeen = false; // fresh: m_seen describes its tags without asking
    Clock m_clock;
    std::chrono::seconds m_freshness {0};
    bool m_revalidate = false;
    QList<int> m_queue; // rows to ask the registry about, in order
    QHash<QString, Digest> m_cachedTags; // the local chart cache's
    QHash<Digest, RemoteVersion> m_known; // what the metadata cache describes, by manifest digest
    QSet<QString> m_blobsOnDisk; // hex digests the metadata cache holds
    QList<QByteArray> m_toKeep; // fetched manifests and configs, written to the metadata cache in batches
    int m_writing = 0;
    bool m_wroteBlobs = false;
    std::function<void()> m_afterWrites;
    QList<RemoteVersion> m_versions;
    std::optional<QList<RemoteVersion>> m_result;
    Requests m_requests;
    int m_next = 0;
    int m_done = 0;
    bool m_listOnly = false;
};

} // namespace charthouse
