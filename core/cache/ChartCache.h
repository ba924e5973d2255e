#pragma once

#include "core/cache/BlobCollector.h"
#include "core/cache/BlobWriter.h"
#include "core/cache/CacheLock.h"
#include "core/common/Result.h"
#include "core/oci/Descriptor.h"
#include "core/oci/EditableIndex.h"
#include "core/oci/Index.h"
#include "core/oci/Reference.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace charthouse {


struct TaggedManifest
{
    QString refName; // as stored in index.json
    Descriptor manifest;
};

// The local chart cache: an OCI image layout exactly like Helm 3.0-3.6 keeps
// (oci-layout, index.json, blobs/sha256/, ingest/). Safe across threads and processes: every
// read-modify-write of index.json holds the cache lock (CacheLock) and replaces the file only once the new one
// is complete and synced; blobs arrive through ingest/ and are verified before they are renamed into place.
// index.json and blobs are opened only as regular files and never through a symbolic link.
//
// cancel: lock waits stop when it turns true.
class ChartCache
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartCache)
public:
    explicit ChartCache(QString root);
    ChartCache(const ChartCache &other) : m_root(other.m_root) { }

    // --cache, else $HELM_CACHE_HOME/registry/cache, else $XDG_CACHE_HOME/helm/registry/cache,
    // else ~/.cache/helm/registry/cache.
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    QString indexPath() const;
    QString blobPath(const Digest &digest) const;

    // Creates the layout if missing and removes what dead processes left behind.
    Result<void> ensureLayout(const std::atomic_bool *cancel = nullptr);

    Result<std::unique_ptr<BlobWriter>> createBlobWriter();
    Result<StagedBlob> stageBlob(QByteArrayView data);

    // Moves the staged blobs into blobs/ and points refName at entry (a manifest, or a legacy view of one: see
    // LegacyView.h), replacing an older tag of that name (and deleting what only the replaced one used).
    // Returns the descriptor stored in index.json.
    Result<Descriptor> commitTag(const Reference &ref, std::vector<StagedBlob> staged, const Descriptor &entry,
        const std::atomic_bool *cancel = nullptr);

    Result<Index> readIndex() const;
    struct IndexFile
    {
        Index index;
        Digest digest; // of index.json's bytes, when asked for (invalid when there is no file)
    };
    // index.json and, withDigest, the digest of the very bytes parsed (what a listing was made from).
    Result<IndexFile> readIndexFile(bool withDigest) const;
    // Only the digest of index.json's bytes (invalid when there is none): cheaper than parsing it.
    Result<Digest> indexDigest() const;
    Result<QList<TaggedManifest>> tags() const;
    static QList<TaggedManifest> taggedManifests(const Index &index);
    // The index entry of ref (REPO@sha256:… matches the chart's own manifest or the entry).
    Result<Descriptor> resolve(const Reference &ref) const;
    // The chart's own manifest of an index entry: the one its annotation names (LegacyView.h), else itself.
    Descriptor chartManifest(const Descriptor &entry) const;
    bool hasBlob(const Digest &digest) const;
    // Reads a blob, refusing one larger than maxSize and verifying size and digest.
    Result<QByteArray> readBlob(const Descriptor &descriptor, qint64 maxSize) const;
    Result<QDateTime> blobModified(const Digest &digest) const;

    // Removes the tag; deletes the blobs of its manifest that no remaining manifest references.
    Result<void> untag(const Reference &ref, const std::atomic_bool *cancel = nullptr);

    // Removes (or, dryRun, lists) blobs that nothing in index.json uses and that are older than minAgeSeconds
    // (what killed Charthouse processes left goes whatever its age).
    Result<PruneReport> prune(bool dryRun, qint64 minAgeSeconds, const std::atomic_bool *cancel = nullptr);

private:
    Result<CacheLock> lock(const std::atomic_bool *cancel) const;
    struct LockedIndex
    {
        CacheLock lock;
        EditableIndex index;
    };
    // The lock, then index.json and the layout's directories checked: how every write begins.
    Result<LockedIndex> lockForWriting(const std::atomic_bool *cancel);
    Result<void> checkDirectories() const;
    // index.json's bytes; nothing when there is no cache here yet.
    Result<std::optional<QByteArray>> readIndexBytes() const;
    // Replaces index.json and notes in the lock that it needs no repair.
    Result<void> writeIndex(const EditableIndex &index, CacheLock &lock);
    // With the lock held, unless the lock's note says index.json is as Charthouse last left it: gives every entry
    // Helm 3.0-3.6 cannot read its legacy view (LegacyView.h). Caches an earlier Charthouse wrote need it.
    Result<void> addLegacyViews(LockedIndex &locked);
    // The entry's manifest, the chart manifest it names, and the blobs they reference (as far as they can be
    // read).
    QSet<Digest> blobsOf(const Descriptor &entry) const;
    // With the lock held: finishes what dead processes left half-done.
    void tidyUp(const EditableIndex &index);
    void cleanIngest();

    QString m_root;
    // Set once checkDirectories() passed: one ChartCache serves one operation, which need not check per blob.
    mutable std::atomic_bool m_directoriesChecked = false;
};

} // namespace charthouse
