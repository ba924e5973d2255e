#pragma once

#include "core/oci/Digest.h"
#include "core/oci/Reference.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace charthouse {

// The small blobs of remote charts (manifests and config blobs), kept on disk by digest so that listing a
// repository's versions a second time reads them here instead of from the registry. Content-addressed, so it
// can never be stale: a blob is found only under the digest of its bytes, and is checked against it when read.
// Also keeps, per repository, the tags and digests of the last listing and when they were last checked against
// the registry: within a freshness window a listing trusts that map (tags move, so it is checked again on
// refresh or once the window passed); content is never trusted from it, only from the blobs by digest.
//
// Bounded: after writes, trim() removes the least recently used blobs (a read counts as a use) beyond the size
// limit, and anything in the blob directory that is not a blob (foreign names, links, directories, stale
// temporaries). A blob whose bytes no longer match its name is removed when read.
//
// Its own directory (the apps use $XDG_CACHE_HOME/charthouse/remote), never Helm's cache. Safe across threads
// and processes: files are written beside their place and renamed into it. Nothing here is synced to disk: a
// torn blob fails its digest check and is fetched again.
class MetadataCache
{
public:
    // sizeLimit: the most its blobs may take on disk after trim() (0: no limit).
    explicit MetadataCache(QString root, qint64 sizeLimit = 0);

    // What the apps pass: enough for tens of thousands of versions (a manifest or config is a few KiB).
    static constexpr qint64 defaultSizeLimit = 64 * 1024 * 1024;

    // $XDG_CACHE_HOME/charthouse/remote, else ~/.cache/charthouse/remote.
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    bool isEnabled() const { return !m_root.isEmpty(); } // an empty root keeps nothing

    // The blob's bytes, verified; nullopt when missing, larger than maxSize or damaged (a damaged one goes).
    std::optional<QByteArray> read(const Digest &digest, qint64 maxSize) const;
    qint64 sizeLimit() const { return m_sizeLimit; }
    // The hex digests of the blobs it holds (one directory listing).
    QSet<QString> blobs() const;
    // Keeps data under its own digest. A failure only means it will be fetched again next time.
    bool write(QByteArrayView data) const;

    // The tags (as the registry lists them) and their manifest digests last seen in the repository, and when the
    // registry last confirmed them (invalid: never).
    struct SeenTags
    {
        QHash<QString, Digest> tags;
        QDateTime checkedAt;
    };
    SeenTags lastSeen(const Reference &repository) const;
    // Replaces the record, written beside it and renamed into place. false: not kept (the next visit checks all).
    bool rememberSeen(const Reference &repository, const SeenTags &seen) const;
    // Removes what is not a blob from the blob directory, then the least recently used blobs until the rest
    // fit the size limit. Slow-ish (a directory listing and a stat a file): call it off the GUI thread.
    // Returns how many files went.
    int trim() const;
    // The repositories of a registry whose versions were listed here before (REPOSITORY, without the host).
    QStringList knownRepositories(const QString &host) const;

private:
    QString blobPath(const Digest &digest) const;
    QString seenPath(const Reference &repository) const;

    QString m_root;
    qint64 m_sizeLimit = 0;
};

} // namespace charthouse
