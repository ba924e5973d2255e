#pragma once

#include "core/common/Result.h"
#include "core/oci/Descriptor.h"
#include "core/oci/Index.h"
#include "core/oci/Reference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <memory>
#include <vector>

namespace charthouse {

// A blob written into ingest/ and checked, waiting to be committed into blobs/. Removed from ingest/ when
// dropped without being committed, so a failed or cancelled operation leaves nothing behind.
class StagedBlob
{
public:
    StagedBlob(QString path, Digest digest, qint64 size);
    StagedBlob(StagedBlob &&other) noexcept;
    StagedBlob &operator=(StagedBlob &&other) noexcept;
    StagedBlob(const StagedBlob &) = delete;
    StagedBlob &operator=(const StagedBlob &) = delete;
    ~StagedBlob();

    const QString &path() const { return m_path; }
    const Digest &digest() const { return m_digest; }
    qint64 size() const { return m_size; }
    void release() { m_path.clear(); } // ownership of the file moved elsewhere

private:
    QString m_path;
    Digest m_digest;
    qint64 m_size = 0;
};

// Streams one blob into ingest/ while hashing it; finish() checks it against what was expected.
class BlobWriter
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::BlobWriter)
public:
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;
    ~BlobWriter();

    Result<void> write(QByteArrayView data);
    qint64 written() const { return m_written; }
    // expected: the digest and size the blob must have (from a manifest); leave digest invalid to accept any.
    Result<StagedBlob> finish(const Digest &expectedDigest = {}, qint64 expectedSize = -1);

private:
    friend class ChartCache;
    explicit BlobWriter(QString path);
    QFile m_file;
    Sha256Stream m_hash;
    qint64 m_written = 0;
    bool m_finished = false;
};

struct TaggedManifest
{
    QString refName; // as stored in index.json
    Descriptor manifest;
};

// The local chart cache: an OCI image layout exactly like Helm 3.0-3.6 keeps
// (oci-layout, index.json, blobs/sha256/, ingest/). Safe across threads and processes: every
// read-modify-write of index.json holds a QLockFile and replaces the file atomically; blobs arrive
// through ingest/ and are verified before they are renamed into place.
class ChartCache
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartCache)
public:
    explicit ChartCache(QString root);

    // --cache, else $HELM_CACHE_HOME/registry/cache, else $XDG_CACHE_HOME/helm/registry/cache,
    // else ~/.cache/helm/registry/cache.
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    QString indexPath() const;
    QString blobPath(const Digest &digest) const;

    // Creates the layout if missing and removes ingest/ leftovers of our crashed processes.
    Result<void> ensureLayout();

    Result<std::unique_ptr<BlobWriter>> createBlobWriter();
    Result<StagedBlob> stageBlob(QByteArrayView data);

    // Moves the staged blobs into blobs/ and points refName at manifest, replacing an older tag of that name
    // (and deleting what only the replaced manifest used). Returns the descriptor stored in index.json.
    Result<Descriptor> commitTag(
        const Reference &ref, std::vector<StagedBlob> staged, const Descriptor &manifest);

    Result<Index> readIndex() const;
    Result<QList<TaggedManifest>> tags() const;
    Result<Descriptor> resolve(const Reference &ref) const;
    bool hasBlob(const Digest &digest) const;
    // Reads a blob, refusing one larger than maxSize and verifying size and digest.
    Result<QByteArray> readBlob(const Descriptor &descriptor, qint64 maxSize) const;
    Result<QDateTime> blobModified(const Digest &digest) const;

    // Removes the tag; deletes the blobs of its manifest that no remaining manifest references.
    Result<void> untag(const Reference &ref);

private:
    class Lock;
    Result<void> writeIndex(const Index &index);
    Result<void> collectGarbage(const Index &index, const Descriptor &removed);
    void cleanIngest();

    QString m_root;
};

} // namespace charthouse
