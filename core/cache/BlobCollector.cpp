#include "core/cache/BlobCollector.h"

#include "core/cache/ChartCache.h"
#include "core/common/AtomicFile.h"
#include "core/common/Logging.h"
#include "core/oci/Manifest.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace charthouse {

namespace {

constexpr qint64 maxManifestSize = 4 * 1024 * 1024;
constexpr qint64 maxIntentSize = 1024 * 1024;

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

void BlobCollector::collect(const Index &index, const QSet<Digest> &candidates) const
{
    if (candidates.isEmpty())
        return;
    auto used = referenced(index);
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
