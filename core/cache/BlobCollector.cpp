#include "core/cache/BlobCollector.h"

#include "core/cache/ChartCache.h"
#include "core/common/AtomicFile.h"
#include "core/common/Logging.h"
#include "core/oci/Manifest.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <string_view>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace charthouse {

namespace {

constexpr qint64 maxManifestSize = 4 * 1024 * 1024;
constexpr qint64 maxIntentSize = 1024 * 1024;

// Whether json spells out, as "sha256:" and its hex digits, one of the hexes whose digest is still a candidate.
bool spellsOut(
    const QByteArray &json, const QList<std::pair<Digest, QByteArray>> &hexes, const QSet<Digest> &candidates)
{
    const std::string_view text(json.constData(), static_cast<size_t>(json.size()));
    constexpr std::string_view prefix = "sha256:";
    for (size_t at = text.find(prefix); at != std::string_view::npos; at = text.find(prefix, at + prefix.size())) {
        const std::string_view hex = text.substr(at + prefix.size(), 64);
        for (const auto &[digest, candidateHex] : hexes) {
            if (hex == std::string_view(candidateHex.constData(), static_cast<size_t>(candidateHex.size()))
                && candidates.contains(digest))
                return true;
        }
    }
    return false;
}

} // namespace

qint64 PruneReport::removedBytes() const
{
    qint64 total = 0;
    for (const Blob &blob : removed)
        total += blob.size;
    return total;
}

Result<QSet<Digest>> BlobCollector::referenced(const Index &index) const
{
    QSet<Digest> used;
    for (const Descriptor &entry : index.manifests) {
        // The entry's manifest and the chart manifest it may name (LegacyView.h): either unreadable, nobody can
        // tell what it uses.
        for (const Descriptor &manifest : {entry, m_cache.chartManifest(entry)}) {
            if (used.contains(manifest.digest))
                continue;
            used.insert(manifest.digest);
            auto json = m_cache.readBlob(manifest, maxManifestSize);
            if (!json)
                return json.error();
            auto parsed = Manifest::parse(*json);
            if (!parsed)
                return parsed.error().withContext(manifest.digest.toString());
            used.insert(parsed->config.digest);
            for (const Descriptor &layer : parsed->layers)
                used.insert(layer.digest);
        }
    }
    for (const Digest &digest : index.unparsedDigests())
        used.insert(digest); // an entry we cannot read may still be someone's: keep its manifest
    return used;
}

Result<QString> BlobCollector::recordIntent(const QSet<Digest> &digests) const
{
    if (digests.isEmpty())
        return QString(); // nothing to lose: no file to write
    QByteArray text;
    for (const Digest &digest : digests)
        text += digest.toString().toLatin1() + '\n';
    const QString path = m_cache.root() + QStringLiteral("/ingest/") + intentPrefix()
        + QString::number(QRandomGenerator::global()->generate64(), 16);
    if (auto written = writeFileAtomically(path, text); !written)
        return written.error();
    return path;
}

void BlobCollector::settleIntent(const QString &intentPath, const Index &index) const
{
    if (intentPath.isEmpty())
        return;
    auto text = fileio::readRegularFile(intentPath, maxIntentSize, false);
    if (text) {
        QSet<Digest> listed;
        for (const QByteArray &line : text->split('\n')) {
            if (auto digest = Digest::parse(QString::fromLatin1(line)))
                listed.insert(*digest);
        }
        collect(index, listed);
    }
    ::unlink(QFile::encodeName(intentPath).constData());
}

QStringList BlobCollector::intentFiles() const
{
    const QDir ingest(m_cache.root() + QStringLiteral("/ingest"));
    QStringList paths;
    for (const QString &name : ingest.entryList({intentPrefix() + QLatin1Char('*')}, QDir::Files | QDir::System))
        paths.append(ingest.filePath(name));
    return paths;
}

void BlobCollector::settleAbandonedIntents(const Index &index) const
{
    for (const QString &path : intentFiles()) {
        qCInfo(lcCache) << "finishing an interrupted write:" << path;
        settleIntent(path, index);
    }
}

bool BlobCollector::deleteBlob(const Digest &digest) const
{
    const QString path = m_cache.blobPath(digest);
    // unlink() never removes a directory: a directory where a blob should be is left for the user to see.
    if (::unlink(QFile::encodeName(path).constData()) == 0 || errno == ENOENT)
        return true;
    const Error why = fileio::osError(path, errno);
    qCWarning(lcCache).noquote() << "cannot delete the unused blob:" << why.message();
    return false;
}

Result<QSet<Digest>> BlobCollector::usedAmong(const Index &index, QSet<Digest> candidates) const
{
    QSet<Digest> used;
    auto take = [&](const Digest &digest) {
        if (candidates.remove(digest))
            used.insert(digest);
    };
    // What the entries name themselves needs no manifest read: their manifests and the chart manifests they name.
    QList<Descriptor> manifests;
    QSet<Digest> listed;
    for (const Descriptor &entry : index.manifests) {
        for (const Descriptor &manifest : {entry, m_cache.chartManifest(entry)}) {
            take(manifest.digest);
            if (!listed.contains(manifest.digest)) {
                listed.insert(manifest.digest);
                manifests.append(manifest);
            }
        }
    }
    for (const Digest &digest : index.unparsedDigests())
        take(digest);
    // The rest only a manifest's config or layers can use. A manifest whose bytes spell none of them out, and
    // that has no escape (which could spell a digit), uses none of them; only the others are parsed.
    QList<std::pair<Digest, QByteArray>> hexes;
    for (const Digest &digest : std::as_const(candidates))
        hexes.append({digest, digest.hex().toLatin1()});
    for (const Descriptor &manifest : manifests) {
        if (candidates.isEmpty())
            break; // every candidate is used
        auto json = m_cache.readBlob(manifest, maxManifestSize);
        if (!json)
            return json.error();
        if (!json->contains('\\') && !spellsOut(*json, hexes, candidates))
            continue;
        auto parsed = Manifest::parse(*json);
        if (!parsed)
            return parsed.error().withContext(manifest.digest.toString());
        take(parsed->config.digest);
        for (const Descriptor &layer : parsed->layers)
            take(layer.digest);
    }
    return used;
}

void BlobCollector::collect(const Index &index, const QSet<Digest> &candidates) const
{
    if (candidates.isEmpty())
        return;
    auto used = usedAmong(index, candidates);
    if (!used) {
        // A stray blob is harmless, a missing one is not.
        qCWarning(lcCache) << "keeping blobs: cannot read a remaining manifest:" << used.error().message();
        return;
    }
    for (const Digest &digest : candidates) {
        if (!used->contains(digest))
            deleteBlob(digest);
    }
}

Result<PruneReport> BlobCollector::prune(const Index &index, bool dryRun, qint64 minAgeSeconds) const
{
    auto used = referenced(index);
    if (!used)
        return Error(used.error().code(),
            tr("cannot tell which blobs are in use, so none was removed: %1").arg(used.error().message()));
    // What dead processes' intents name was written by Charthouse and may go at once.
    QSet<Digest> interrupted;
    for (const QString &path : intentFiles()) {
        if (auto text = fileio::readRegularFile(path, maxIntentSize, false)) {
            for (const QByteArray &line : text->split('\n'))
                if (auto digest = Digest::parse(QString::fromLatin1(line)))
                    interrupted.insert(*digest);
        }
    }
    PruneReport report;
    const QDir blobs(m_cache.root() + QStringLiteral("/blobs/sha256"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString &name : blobs.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
        auto digest = Digest::parse(QStringLiteral("sha256:") + name);
        if (!digest || used->contains(*digest))
            continue;
        struct stat st {};
        if (::lstat(QFile::encodeName(blobs.filePath(name)).constData(), &st) != 0)
            continue;
        const PruneReport::Blob blob {*digest, static_cast<qint64>(st.st_size)};
        if (now - st.st_mtime < minAgeSeconds && !interrupted.contains(*digest)) {
            report.keptRecent.append(blob);
            continue;
        }
        if (dryRun || deleteBlob(*digest))
            report.removed.append(blob);
    }
    return report; // the caller settles the intents afterwards, with the rest of its tidying up
}

} // namespace charthouse
