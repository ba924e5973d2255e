#pragma once

#include "core/oci/Digest.h"
#include "core/oci/Reference.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace charthouse {

// The small blobs of remote charts (manifests and config blobs), kept on disk by digest so that listing a
// repository's versions a second time reads them here instead of from the registry. Content-addressed, so it
// can never be stale: a blob is found only under the digest of its bytes, and is checked against it when read.
// Also keeps, per repository, the tags and digests last seen there: a hint of which tags are worth asking for by
// digest only (HEAD) — never trusted for content, since tags move.
//
// Its own directory (the apps use $XDG_CACHE_HOME/charthouse/remote), never Helm's cache. Safe across threads
// and processes: files are written beside their place and renamed into it. Nothing here is synced to disk: a
// torn blob fails its digest check and is fetched again.
class MetadataCache
{
public:
    explicit MetadataCache(QString root);

    // $XDG_CACHE_HOME/charthouse/remote, else ~/.cache/charthouse/remote.
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    bool isEnabled() const { return !m_root.isEmpty(); } // an empty root keeps nothing

    // The blob's bytes, verified; nullopt when missing, larger than maxSize or damaged (a damaged one goes).
    std::optional<QByteArray> read(const Digest &digest, qint64 maxSize) const;
    // The hex digests of the blobs it holds (one directory listing).
    QSet<QString> blobs() const;
    // Keeps data under its own digest. A failure only means it will be fetched again next time.
    bool write(QByteArrayView data) const;

    // The tags (as the registry lists them) and their manifest digests last seen in the repository.
    QHash<QString, Digest> lastSeen(const Reference &repository) const;
    void rememberSeen(const Reference &repository, const QHash<QString, Digest> &tags) const;
    // The repositories of a registry whose versions were listed here before (REPOSITORY, without the host).
    QStringList knownRepositories(const QString &host) const;

private:
    QString blobPath(const Digest &digest) const;
    QString seenPath(const Reference &repository) const;

    QString m_root;
};

} // namespace charthouse
