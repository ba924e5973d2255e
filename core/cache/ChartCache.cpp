#include "core/cache/ChartCache.h"

#include "core/cache/CacheLock.h"
#include "core/cache/LegacyView.h"
#include "core/common/AtomicFile.h"
#include "core/common/Logging.h"
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace charthouse {

namespace {

constexpr qint64 maxIndexSize = 256LL * 1024 * 1024;
constexpr qint64 maxManifestSize = 4 * 1024 * 1024;

template<class AnIndex> // Index or EditableIndex
Result<qsizetype> findTag(const AnIndex &index, const Reference &ref)
{
    const qsizetype at = index.findRef(ref.toString());
    if (at < 0)
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("charthouse::ChartCache", "chart not found: %1").arg(ref.toString()));
    return at;
}

void unlinkPath(const QString &path)
{
    ::unlink(QFile::encodeName(path).constData());
}

} // namespace

ChartCache::ChartCache(QString root) : m_root(QDir::cleanPath(std::move(root))) { }

QString ChartCache::defaultRoot()
{
    const QString helmCache = qEnvironmentVariable("HELM_CACHE_HOME");
    if (!helmCache.isEmpty())
        return helmCache + QStringLiteral("/registry/cache");
    const QString xdgCache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (!xdgCache.isEmpty())
        return xdgCache + QStringLiteral("/helm/registry/cache");
    return QDir::homePath() + QStringLiteral("/.cache/helm/registry/cache");
}

QString ChartCache::indexPath() const
{
    return m_root + QStringLiteral("/index.json");
}

QString ChartCache::blobPath(const Digest &digest) const
{
    return m_root + QStringLiteral("/blobs/sha256/") + digest.hex();
}

Result<CacheLock> ChartCache::lock(const std::atomic_bool *cancel) const
{
    return CacheLock::acquire(m_root, cancel);
}

Result<ChartCache::LockedIndex> ChartCache::lockForWriting(const std::atomic_bool *cancel)
{
    auto locked = lock(cancel);
    if (!locked)
        return locked.error();
    // Read the index first: a damaged index is reported, never overwritten.
    auto json = readIndexBytes();
    if (!json)
        return json.error();
    const bool exists = json->has_value();
    EditableIndex index;
    if (exists) {
        auto parsed = EditableIndex::parse(std::move(**json), indexPath());
        if (!parsed)
            return parsed.error();
        index = std::move(*parsed);
    }
    if (auto usable = checkDirectories(); !usable)
        return usable.error();
    LockedIndex lockedIndex {std::move(*locked), std::move(index)};
    if (exists) { // else there is nothing to repair
        if (auto repaired = addLegacyViews(lockedIndex); !repaired)
            return repaired.error();
    }
    return lockedIndex;
}

Result<std::unique_ptr<BlobWriter>> ChartCache::createBlobWriter()
{
    if (auto usable = checkDirectories(); !usable)
        return usable.error();
    return BlobWriter::create(m_root + QStringLiteral("/ingest"));
}

Result<StagedBlob> ChartCache::stageBlob(QByteArrayView data)
{
    auto writer = createBlobWriter();
    if (!writer)
        return writer.error();
    if (auto written = (*writer)->write(data); !written)
        return written.error();
    return (*writer)->finish();
}

Result<Descriptor> ChartCache::commitTag(
    const Reference &ref, std::vector<StagedBlob> staged, const Descriptor &newEntry, const std::atomic_bool *cancel)
{
    auto locked = lockForWriting(cancel);
    if (!locked)
        return locked.error();
    tidyUp(locked->index);

    // Edited in place: a copy kept for the undo would copy all of a large index.json's bytes on the first edit.
    EditableIndex updated = std::move(locked->index);
    Descriptor entry = newEntry;
    const QString refName = ref.toString();
    entry.annotations.insert(QString::fromLatin1(Annotations::refName), refName);
    QSet<Digest> mayBeUnused;
    const qsizetype at = updated.findRef(refName);
    std::optional<Descriptor> replaced;
    if (at >= 0) {
        replaced = updated.entry(at);
        updated.replace(at, entry); // in place, as Helm's store does
        if (replaced->digest != entry.digest
            || LegacyView::chartManifestOf(*replaced) != LegacyView::chartManifestOf(entry))
            mayBeUnused = blobsOf(*replaced);
    } else {
        updated.append(entry);
    }
    // The index as it was, for an undo (rare): the edit taken back.
    const auto previous = [&] {
        EditableIndex old = updated;
        if (replaced)
            old.replace(at, *replaced);
        else
            old.remove(old.index().manifests.size() - 1);
        return old.index();
    };
    const bool replacing = !mayBeUnused.isEmpty();

    std::vector<StagedBlob *> incoming;
    for (StagedBlob &blob : staged) {
        struct stat st {};
        const QByteArray target = QFile::encodeName(blobPath(blob.digest()));
        if (::lstat(target.constData(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == blob.size())
            continue; // same content already there (the staged copy is dropped)
        incoming.push_back(&blob);
        mayBeUnused.insert(blob.digest());
    }

    // From here a death leaves an intent that the next lock holder settles (see BlobCollector).
    BlobCollector collector(*this);
    auto intent = collector.recordIntent(mayBeUnused);
    if (!intent)
        return intent.error();
    auto undo = [&](const Error &error) -> Error {
        collector.settleIntent(*intent, previous()); // the old index: what was moved in goes again
        return error;
    };
    for (StagedBlob *blob : incoming) {
        if (auto moved = fileio::renamePath(blob->path(), blobPath(blob->digest())); !moved)
            return undo(moved.error());
        blob->release();
    }
    if (auto synced = fileio::syncDirectory(m_root + QStringLiteral("/blobs/sha256")); !synced)
        return undo(synced.error());
    if (auto written = writeIndex(updated, locked->lock); !written)
        return undo(written.error());
    if (replacing)
        collector.settleIntent(*intent, updated.index()); // the old version's blobs that nothing else uses go
    else if (!intent->isEmpty())
        unlinkPath(*intent); // every incoming blob is the new manifest's
    return entry;
}

QSet<Digest> ChartCache::blobsOf(const Descriptor &entry) const
{
    // A manifest that can't be read still names itself; what it referenced then stays (a harmless stray).
    QSet<Digest> digests;
    for (const Descriptor &manifest : {entry, chartManifest(entry)}) {
        digests.insert(manifest.digest);
        if (auto json = readBlob(manifest, maxManifestSize)) {
            if (auto parsed = Manifest::parse(*json)) {
                digests.insert(parsed->config.digest);
                for (const Descriptor &layer : parsed->layers)
                    digests.insert(layer.digest);
            }
        }
    }
    return digests;
}

Result<void> ChartCache::writeIndex(const EditableIndex &index, CacheLock &lock)
{
    if (auto written = writeFileAtomically(indexPath(), index.json()); !written)
        return written;
    if (auto noted = lock.setNote(index.digest().toString().toLatin1()); !noted)
        qCWarning(lcCache) << "cannot note the index written:" << noted.error().message();
    return {};
}

Result<Index> ChartCache::readIndex() const
{
    auto json = readIndexBytes();
    if (!json)
        return json.error();
    if (!json->has_value())
        return Index {};
    return Index::parse(**json, indexPath());
}

Result<std::optional<QByteArray>> ChartCache::readIndexBytes() const
{
    switch (fileio::fileKind(indexPath())) {
    case fileio::FileKind::Missing:
        if (fileio::fileKind(m_root + QStringLiteral("/oci-layout")) == fileio::FileKind::Missing)
            return std::optional<QByteArray>(); // no cache here yet (or an empty directory): nothing saved
        return Error(Error::Code::Corrupt, tr("%1 has no index.json: it is not a chart cache").arg(m_root));
    case fileio::FileKind::Regular:
        break;
    default:
        return Error(Error::Code::Corrupt,
            tr("%1 is %2, not a regular file: the cache is damaged")
                .arg(indexPath(), fileio::describeKind(indexPath())));
    }
    // Room for a save's new entry (a few hundred bytes) in place, without a copy of a large index.
    auto json = fileio::readRegularFile(indexPath(), maxIndexSize, false, 64 * 1024);
    if (!json)
        return json.error();
    return std::optional<QByteArray>(std::move(*json));
}

Result<ChartCache::IndexFile> ChartCache::readIndexFile(bool withDigest) const
{
    auto json = readIndexBytes();
    if (!json)
        return json.error();
    if (!json->has_value())
        return IndexFile {}; // no cache here yet
    auto index = Index::parse(**json, indexPath());
    if (!index)
        return index.error();
    return IndexFile {std::move(*index), withDigest ? Digest::of(**json) : Digest()};
}

Result<Digest> ChartCache::indexDigest() const
{
    if (fileio::fileKind(indexPath()) == fileio::FileKind::Missing)
        return Digest();
    // Room for a save's new entry (a few hundred bytes) in place, without a copy of a large index.
    auto json = fileio::readRegularFile(indexPath(), maxIndexSize, false, 64 * 1024);
    if (!json)
        return json.error();
    return Digest::of(*json);
}

Result<QList<TaggedManifest>> ChartCache::tags() const
{
    auto index = readIndex();
    if (!index)
        return index.error();
    return taggedManifests(*index);
}

QList<TaggedManifest> ChartCache::taggedManifests(const Index &index)
{
    QList<TaggedManifest> tags;
    tags.reserve(index.manifests.size());
    for (qsizetype i = 0; i < index.manifests.size(); ++i) {
        const QString name = index.refName(i);
        if (!name.isEmpty())
            tags.append({name, index.manifests[i]});
    }
    return tags;
}

Result<Descriptor> ChartCache::resolve(const Reference &ref) const
{
    auto index = readIndex();
    if (!index)
        return index.error();
    auto at = findTag(*index, ref);
    if (at)
        return index->manifests[*at];
    // REPO@sha256:… (as Helm 3.18+ takes it): the chart of that repository whose manifest has that digest,
    // under whatever tag it was saved or pulled (the tag too, when one is given).
    if (ref.digest()) {
        for (qsizetype i = 0; i < index->manifests.size(); ++i) {
            const Descriptor &entry = index->manifests[i];
            if (entry.digest != *ref.digest() && LegacyView::chartManifestOf(entry) != *ref.digest())
                continue;
            const auto cached = Reference::parse(index->refName(i));
            if (cached && cached->name() == ref.name() && (ref.tag().isEmpty() || cached->tag() == ref.tag()))
                return index->manifests[i];
        }
    }
    return at.error();
}

Descriptor ChartCache::chartManifest(const Descriptor &entry) const
{
    const auto digest = LegacyView::chartManifestOf(entry);
    if (!digest)
        return entry;
    // Its size is the file's: readBlob then verifies the digest, which is what names it.
    struct stat st {};
    const bool present = ::lstat(QFile::encodeName(blobPath(*digest)).constData(), &st) == 0;
    return Descriptor {QString::fromLatin1(MediaTypes::ociManifest), *digest, present ? qint64(st.st_size) : 0, {}, {}};
}

bool ChartCache::hasBlob(const Digest &digest) const
{
    return fileio::fileKind(blobPath(digest)) == fileio::FileKind::Regular;
}

Result<QByteArray> ChartCache::readBlob(const Descriptor &descriptor, qint64 maxSize) const
{
    const QString name = descriptor.digest.toString();
    if (descriptor.size > maxSize)
        return Error(Error::Code::TooLarge,
            tr("blob %1 is %2 bytes, more than the limit of %3").arg(name).arg(descriptor.size).arg(maxSize));
    if (auto usable = checkDirectories(); !usable)
        return usable.error();
    const QString path = blobPath(descriptor.digest);
    if (fileio::fileKind(path) == fileio::FileKind::Missing)
        return Error(Error::Code::NotFound, tr("blob %1 is missing from the cache").arg(name));
    // One byte over the expected size is enough to tell a longer file.
    auto data = fileio::readRegularFile(path, descriptor.size + 1, false);
    if (!data && data.error().code() != Error::Code::TooLarge)
        return Error(data.error().code(), tr("blob %1 cannot be read: %2").arg(name, data.error().message()));
    const qint64 actualSize = data ? data->size() : QFileInfo(path).size();
    if (actualSize != descriptor.size)
        return Error(Error::Code::Corrupt,
            tr("blob %1 in the cache has %2 bytes, expected %3 (damaged?)")
                .arg(name)
                .arg(actualSize)
                .arg(descriptor.size));
    if (Digest::of(*data) != descriptor.digest)
        return Error(Error::Code::Corrupt,
            tr("blob %1 in the cache does not match its digest (modified on disk?)").arg(name));
    return std::move(*data);
}

Result<QDateTime> ChartCache::blobModified(const Digest &digest) const
{
    struct stat st {};
    if (::lstat(QFile::encodeName(blobPath(digest)).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return Error(Error::Code::NotFound, tr("blob %1 is missing from the cache").arg(digest.toString()));
    return QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec, Qt::UTC).addMSecs(st.st_mtim.tv_nsec / 1'000'000);
}

Result<void> ChartCache::untag(const Reference &ref, const std::atomic_bool *cancel)
{
    auto locked = lockForWriting(cancel);
    if (!locked)
        return locked.error();
    tidyUp(locked->index);
    auto at = findTag(locked->index, ref);
    if (!at)
        return at.error();
    EditableIndex updated = locked->index;
    const Descriptor removed = updated.entry(*at);
    updated.remove(*at);
    BlobCollector collector(*this);
    auto intent = collector.recordIntent(blobsOf(removed));
    if (!intent)
        return intent.error();
    if (auto written = writeIndex(updated, locked->lock); !written) {
        unlinkPath(*intent); // nothing was deleted yet
        return written;
    }
    // The tag is gone; a blob that cannot be deleted stays as a harmless stray (prune reports it).
    collector.settleIntent(*intent, updated.index());
    return {};
}

Result<PruneReport> ChartCache::prune(bool dryRun, qint64 minAgeSeconds, const std::atomic_bool *cancel)
{
    if (fileio::fileKind(indexPath()) == fileio::FileKind::Missing
        && fileio::fileKind(m_root + QStringLiteral("/oci-layout")) == fileio::FileKind::Missing)
        return PruneReport {}; // no cache: nothing to prune, and nothing to create
    auto locked = lockForWriting(cancel);
    if (!locked)
        return locked.error();
    auto report = BlobCollector(*this).prune(locked->index.index(), dryRun, minAgeSeconds);
    if (report && !dryRun)
        tidyUp(locked->index); // settles the intents whose blobs prune just removed, and cleans ingest/
    return report;
}

} // namespace charthouse
