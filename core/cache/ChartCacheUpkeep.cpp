// ChartCache's upkeep of the layout: creating it, finishing what dead processes left, and giving entries Helm
// 3.0-3.6 cannot read their legacy views. (The tags and blobs are in ChartCache.cpp.)
#include "core/cache/ChartCache.h"

#include "core/cache/LegacyView.h"
#include "core/common/AtomicFile.h"
#include "core/common/Logging.h"
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace charthouse {

namespace {

constexpr qint64 maxManifestSize = 4 * 1024 * 1024;

void unlinkPath(const QString &path)
{
    ::unlink(QFile::encodeName(path).constData());
}

} // namespace

Result<void> ChartCache::addLegacyViews(LockedIndex &locked)
{
    const QByteArray indexDigest = locked.index.digest().toString().toLatin1();
    if (locked.lock.note() == indexDigest)
        return {}; // Charthouse wrote (or checked) this very index.json
    Index repaired = locked.index.index();
    std::vector<StagedBlob> views;
    for (Descriptor &entry : repaired.manifests) {
        if (LegacyView::chartManifestOf(entry))
            continue;
        // A manifest that can't be read is left as it is: the listing names it.
        auto json = readBlob(entry, maxManifestSize);
        auto manifest = json ? Manifest::parse(*json) : Result<Manifest>(json.error());
        const auto view = manifest ? LegacyView::of(*manifest) : std::nullopt;
        if (!view)
            continue;
        const QByteArray viewJson = view->toJson();
        auto staged = stageBlob(viewJson);
        if (!staged)
            return staged.error();
        const Descriptor viewEntry {entry.mediaType, staged->digest(), staged->size(), entry.annotations, {}};
        qCInfo(lcCache) << "giving" << entry.annotations.value(QString::fromLatin1(Annotations::refName))
                        << "a legacy view for Helm 3.0-3.6";
        entry = LegacyView::entryFor(viewEntry, entry);
        views.push_back(std::move(*staged));
    }
    // Moved in only now, so that a failure leaves the cache as it was (and the staged copies go with `views`).
    std::vector<Digest> movedIn;
    auto undo = [&](const Error &error) -> Error {
        for (const Digest &digest : movedIn)
            unlinkPath(blobPath(digest));
        return error;
    };
    for (StagedBlob &view : views) {
        if (hasBlob(view.digest()))
            continue;
        if (auto moved = fileio::renamePath(view.path(), blobPath(view.digest())); !moved)
            return undo(moved.error());
        view.release();
        movedIn.push_back(view.digest());
    }
    if (!movedIn.empty()) {
        if (auto synced = fileio::syncDirectory(m_root + QStringLiteral("/blobs/sha256")); !synced)
            return undo(synced.error());
    }
    if (views.empty()) {
        if (auto noted = locked.lock.setNote(indexDigest); !noted)
            qCWarning(lcCache) << "cannot note the checked index:" << noted.error().message();
        return {};
    }
    EditableIndex written(std::move(repaired));
    if (auto ok = writeIndex(written, locked.lock); !ok)
        return undo(ok.error());
    locked.index = std::move(written);
    return {};
}

Result<void> ChartCache::checkDirectories() const
{
    if (m_directoriesChecked.load(std::memory_order_relaxed))
        return {};
    // The root may be a link (a user's ~/.cache often is); what is inside is never followed out of the cache.
    for (const char *sub : {"/blobs", "/blobs/sha256", "/ingest"}) {
        const QString path = m_root + QLatin1String(sub);
        const fileio::FileKind kind = fileio::fileKind(path);
        if (kind != fileio::FileKind::Directory && kind != fileio::FileKind::Missing)
            return Error(Error::Code::Unsafe,
                tr("%1 is %2, not a directory: refusing to use it").arg(path, fileio::describeKind(path)));
        if (kind == fileio::FileKind::Missing)
            return {}; // not created yet: checked again next time
    }
    m_directoriesChecked = true;
    return {};
}

Result<void> ChartCache::ensureLayout(const std::atomic_bool *cancel)
{
    const QFileInfo rootInfo(m_root);
    if (rootInfo.exists() && !rootInfo.isDir())
        return Error(Error::Code::InvalidInput, tr("the cache %1 is not a directory").arg(m_root));
    if (auto usable = checkDirectories(); !usable)
        return usable;
    for (const char *sub : {"/blobs/sha256", "/ingest"}) {
        if (auto made = fileio::makePath(m_root + QLatin1String(sub)); !made)
            return made;
    }
    auto locked = lock(cancel);
    if (!locked)
        return locked.error();
    const QString layoutPath = m_root + QStringLiteral("/oci-layout");
    if (fileio::fileKind(layoutPath) == fileio::FileKind::Missing) {
        if (auto ok = writeFileAtomically(layoutPath, R"({"imageLayoutVersion":"1.0.0"})"); !ok)
            return ok;
    }
    if (fileio::fileKind(indexPath()) == fileio::FileKind::Missing) {
        if (auto ok = writeIndex(EditableIndex {}, *locked); !ok)
            return ok;
    }
    // index.json is read only when a dead writer's intent needs it (with thousands of tags it takes long to
    // parse); the rest of tidyUp() is left to the write that follows, which reads it under its own lock.
    if (!BlobCollector(*this).hasIntents())
        cleanIngest();
    else if (auto index = readIndex())
        tidyUp(EditableIndex(std::move(*index)));
    else
        cleanIngest(); // a damaged index is reported by whoever reads it; leftovers can go regardless
    return {};
}

void ChartCache::tidyUp(const EditableIndex &index)
{
    if (const BlobCollector collector(*this); collector.hasIntents())
        collector.settleAbandonedIntents(index.index()); // every entry read only then
    cleanIngest();
    // Temporary files of index.json and oci-layout are written only under the lock we hold: any left is dead.
    const QDir root(m_root);
    for (const QString &target : QStringList {indexPath(), m_root + QStringLiteral("/oci-layout")}) {
        const QString prefix = QFileInfo(AtomicFile::tempPrefix(target)).fileName();
        for (const QString &name : root.entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System))
            unlinkPath(root.filePath(name));
    }
}

void ChartCache::cleanIngest()
{
    // Only our own files (charthouse-<pid>-<random>) whose writer is gone; Helm's ingest/ entries are its own.
    const QDir ingest(m_root + QStringLiteral("/ingest"));
    const QStringList names = ingest.entryList(
        {BlobWriter::namePrefix() + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (name.startsWith(BlobCollector::intentPrefix()))
            continue; // settled with the index in hand
        const QString path = ingest.filePath(name);
        if (BlobWriter::isAbandoned(path)) {
            qCInfo(lcCache) << "removing leftover" << path;
            unlinkPath(path);
        }
    }
}

} // namespace charthouse
