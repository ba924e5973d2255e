#pragma once

#include "core/common/FileIo.h"
#include "core/oci/Digest.h"

#include <QCoreApplication>

namespace charthouse {

// A blob written into ingest/ and checked, waiting to be committed into blobs/. Removed from ingest/ when
// dropped without being committed, so a failed or cancelled operation leaves nothing behind. Its file stays
// open and flock()ed until then: that lock, which the kernel drops when the process dies, is how another
// process tells a file in use from a dead process's leftover.
class StagedBlob
{
public:
    StagedBlob(QString path, Digest digest, qint64 size, fileio::UniqueFd lock);
    StagedBlob(StagedBlob &&other) noexcept;
    StagedBlob &operator=(StagedBlob &&other) noexcept;
    StagedBlob(const StagedBlob &) = delete;
    StagedBlob &operator=(const StagedBlob &) = delete;
    ~StagedBlob();

    const QString &path() const { return m_path; }
    const Digest &digest() const { return m_digest; }
    qint64 size() const { return m_size; }
    void release(); // the file was moved into blobs/

private:
    void discard();
    QString m_path;
    Digest m_digest;
    qint64 m_size = 0;
    fileio::UniqueFd m_lock;
};

// Streams one blob into ingest/ while hashing it; finish() syncs it and checks it against what was expected.
// Every write, fsync and close result is checked: a full disk fails here, never later as a short blob.
class BlobWriter
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::BlobWriter)
public:
    // Creates ingest/charthouse-<pid>-<random> under root, locked for as long as it is ours.
    static Result<std::unique_ptr<BlobWriter>> create(const QString &ingestDir);
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;
    ~BlobWriter();

    Result<void> write(QByteArrayView data);
    qint64 written() const { return m_written; }
    // expected: the digest and size the blob must have (from a manifest); leave digest invalid to accept any.
    Result<StagedBlob> finish(const Digest &expectedDigest = {}, qint64 expectedSize = -1);

    // Whether an ingest file is a leftover of a process that is gone (nobody holds its lock), to be removed.
    static bool isAbandoned(const QString &path);
    static QString namePrefix() { return QStringLiteral("charthouse-"); }

private:
    BlobWriter(QString path, fileio::UniqueFd fd);
    QString m_path;
    fileio::UniqueFd m_fd;
    Sha256Stream m_hash;
    qint64 m_written = 0;
};

} // namespace charthouse
