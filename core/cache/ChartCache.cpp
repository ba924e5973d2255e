#include "core/cache/ChartCache.h"

#include "core/common/Logging.h"
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace charthouse {

namespace {

constexpr char ingestPrefix[] = "charthouse-";
constexpr int lockTimeoutMs = 60'000;
constexpr qint64 maxIndexSize = 256LL * 1024 * 1024;
constexpr qint64 maxManifestSize = 4 * 1024 * 1024;

Error ioError(const QString &what, const QString &why)
{
    return Error(Error::Code::Io, QStringLiteral("%1: %2").arg(what, why));
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    if (file.write(data) != data.size())
        return ioError(path, file.errorString());
    if (!file.commit())
        return ioError(path, file.errorString());
    return {};
}

Result<qsizetype> findTag(const Index &index, const Reference &ref)
{
    const qsizetype at = index.findRef(ref.toString());
    if (at < 0)
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("charthouse::ChartCache", "chart not found: %1").arg(ref.toString()));
    return at;
}

bool processIsGone(qint64 pid)
{
    return ::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH;
}

} // namespace

// ---- StagedBlob ----

StagedBlob::StagedBlob(QString path, Digest digest, qint64 size)
    : m_path(std::move(path)), m_digest(std::move(digest)), m_size(size)
{ }

StagedBlob::StagedBlob(StagedBlob &&other) noexcept
    : m_path(std::exchange(other.m_path, {})), m_digest(other.m_digest), m_size(other.m_size)
{ }

StagedBlob &StagedBlob::operator=(StagedBlob &&other) noexcept
{
    if (this != &other) {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
        m_path = std::exchange(other.m_path, {});
        m_digest = other.m_digest;
        m_size = other.m_size;
    }
    return *this;
}

StagedBlob::~StagedBlob()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

// ---- BlobWriter ----

BlobWriter::BlobWriter(QString path) : m_file(std::move(path)) { }

BlobWriter::~BlobWriter()
{
    if (!m_finished) {
        m_file.close();
        m_file.remove();
    }
}

Result<void> BlobWriter::write(QByteArrayView data)
{
    if (m_file.write(data.data(), data.size()) != data.size())
        return ioError(m_file.fileName(), m_file.errorString());
    m_hash.add(data);
    m_written += data.size();
    return {};
}

Result<StagedBlob> BlobWriter::finish(const Digest &expectedDigest, qint64 expectedSize)
{
    const QString path = m_file.fileName();
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
        return ioError(path, m_file.errorString());
    m_file.close();
    const Digest actual = m_hash.result();
    if (expectedSize >= 0 && m_written != expectedSize)
        return Error(Error::Code::Corrupt,
            tr("blob %1 has %2 bytes, expected %3")
                .arg(expectedDigest.isValid() ? expectedDigest.toString() : actual.toString())
                .arg(m_written)
                .arg(expectedSize));
    if (expectedDigest.isValid() && actual != expectedDigest)
        return Error(Error::Code::Corrupt,
            tr("blob content does not match its digest %1 (got %2)")
                .arg(expectedDigest.toString(), actual.toString()));
    m_finished = true;
    return StagedBlob(path, actual, m_written);
}

// ---- ChartCache ----

class ChartCache::Lock
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartCache)
public:
    explicit Lock(const QString &root) : m_file(root + QStringLiteral("/.charthouse.lock"))
    {
        m_file.setStaleLockTime(0); // stale only when the owner is gone, however long it works
    }
    Result<void> acquire()
    {
        // Short, jittered polls rather than QLockFile's growing sleeps: with writers coming one after
        // another, a waiter that sleeps longer each time can miss every free moment for a minute.
        QElapsedTimer waited;
        waited.start();
        while (!m_file.tryLock(0)) {
            if (m_file.error() != QLockFile::LockFailedError)
                return ioError(m_file.fileName(), tr("cannot create the cache lock"));
            if (waited.elapsed() >= lockTimeoutMs) {
                qint64 pid = 0;
                QString host, app;
                m_file.getLockInfo(&pid, &host, &app);
                return Error(Error::Code::Conflict,
                    tr("the chart cache is busy: waited a minute for its lock, now held by process %1 (%2)")
                        .arg(pid)
                        .arg(app));
            }
            QThread::msleep(QRandomGenerator::global()->bounded(2, 12));
        }
        return {};
    }

private:
    QLockFile m_file;
};

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

Result<void> ChartCache::ensureLayout()
{
    const QFileInfo rootInfo(m_root);
    if (rootInfo.exists() && !rootInfo.isDir())
        return Error(Error::Code::InvalidInput, tr("the cache %1 is not a directory").arg(m_root));
    QDir dir;
    for (const char *sub : {"/blobs/sha256", "/ingest"}) {
        if (!dir.mkpath(m_root + QLatin1String(sub)))
            return ioError(m_root + QLatin1String(sub), tr("cannot create the directory"));
    }
    Lock lock(m_root);
    if (auto locked = lock.acquire(); !locked)
        return locked;
    const QString layoutPath = m_root + QStringLiteral("/oci-layout");
    if (!QFileInfo::exists(layoutPath)) {
        if (auto ok = writeFileAtomically(layoutPath, R"({"imageLayoutVersion":"1.0.0"})"); !ok)
            return ok;
    }
    if (!QFileInfo::exists(indexPath())) {
        if (auto ok = writeIndex(Index {}); !ok)
            return ok;
    }
    cleanIngest();
    return {};
}

void ChartCache::cleanIngest()
{
    // Only our own files: charthouse-<pid>-<random>, left by a process that no longer runs.
    QDirIterator it(m_root + QStringLiteral("/ingest"), {QLatin1String(ingestPrefix) + QLatin1Char('*')},
        QDir::Files | QDir::Hidden | QDir::System);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        const qint64 pid = name.section(QLatin1Char('-'), 1, 1).toLongLong();
        const bool old = it.fileInfo().lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600;
        if (pid != QCoreApplication::applicationPid() && (pid <= 0 || processIsGone(pid) || old)) {
            qCInfo(lcCache) << "removing leftover" << path;
            QFile::remove(path);
        }
    }
}

Result<std::unique_ptr<BlobWriter>> ChartCache::createBlobWriter()
{
    const QString path = QStringLiteral("%1/ingest/%2%3-%4")
                             .arg(m_root, QLatin1String(ingestPrefix))
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    std::unique_ptr<BlobWriter> writer(new BlobWriter(path));
    if (!writer->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return ioError(path, writer->m_file.errorString());
    return writer;
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
    const Reference &ref, std::vector<StagedBlob> staged, const Descriptor &manifest)
{
    Lock lock(m_root);
    if (auto locked = lock.acquire(); !locked)
        return locked.error();
    // Read the index first: a damaged index is reported, never overwritten.
    auto index = readIndex();
    if (!index)
        return index.error();

    for (StagedBlob &blob : staged) {
        const QString target = blobPath(blob.digest());
        const QFileInfo existing(target);
        if (existing.exists() && existing.size() == blob.size())
            continue; // same content already there (the staged copy is dropped)
        QFile::setPermissions(
            blob.path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (::rename(QFile::encodeName(blob.path()).constData(), QFile::encodeName(target).constData()) != 0)
            return ioError(target, QString::fromLocal8Bit(std::strerror(errno)));
        blob.release();
    }

    Descriptor entry = manifest;
    const QString refName = ref.toString();
    entry.annotations.insert(QString::fromLatin1(Annotations::refName), refName);
    std::optional<Descriptor> replaced;
    if (const qsizetype at = index->findRef(refName); at >= 0) {
        replaced = index->manifests[at];
        index->manifests[at] = entry; // in place, as Helm's store does
    } else {
        index->manifests.append(entry);
    }
    if (auto written = writeIndex(*index); !written)
        return written.error();
    if (replaced && replaced->digest != entry.digest) {
        // The tag is saved; failing to tidy up the old version's blobs must not fail the save.
        if (auto collected = collectGarbage(*index, *replaced); !collected)
            qCWarning(lcCache) << collected.error().message();
    }
    return entry;
}

Result<void> ChartCache::writeIndex(const Index &index)
{
    return writeFileAtomically(indexPath(), index.toJson());
}

Result<Index> ChartCache::readIndex() const
{
    QFile file(indexPath());
    if (!file.exists()) {
        if (!QFileInfo::exists(m_root + QStringLiteral("/oci-layout")))
            return Index {}; // no cache here yet (or an empty directory): nothing saved
        return Error(Error::Code::Corrupt, tr("%1 has no index.json: it is not a chart cache").arg(m_root));
    }
    if (!file.open(QIODevice::ReadOnly))
        return ioError(file.fileName(), file.errorString());
    if (file.size() > maxIndexSize)
        return Error(Error::Code::TooLarge, tr("%1 is larger than 256 MiB").arg(file.fileName()));
    return Index::parse(file.readAll(), file.fileName());
}

Result<QList<TaggedManifest>> ChartCache::tags() const
{
    auto index = readIndex();
    if (!index)
        return index.error();
    QList<TaggedManifest> tags;
    tags.reserve(index->manifests.size());
    for (qsizetype i = 0; i < index->manifests.size(); ++i) {
        const QString name = index->refName(i);
        if (!name.isEmpty())
            tags.append({name, index->manifests[i]});
    }
    return tags;
}

Result<Descriptor> ChartCache::resolve(const Reference &ref) const
{
    auto index = readIndex();
    if (!index)
        return index.error();
    auto at = findTag(*index, ref);
    if (!at)
        return at.error();
    return index->manifests[*at];
}

bool ChartCache::hasBlob(const Digest &digest) const
{
    return QFileInfo::exists(blobPath(digest));
}

Result<QByteArray> ChartCache::readBlob(const Descriptor &descriptor, qint64 maxSize) const
{
    const QString name = descriptor.digest.toString();
    if (descriptor.size > maxSize)
        return Error(Error::Code::TooLarge,
            tr("blob %1 is %2 bytes, more than the limit of %3").arg(name).arg(descriptor.size).arg(maxSize));
    QFile file(blobPath(descriptor.digest));
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return Error(Error::Code::NotFound, tr("blob %1 is missing from the cache").arg(name));
        return ioError(file.fileName(), file.errorString());
    }
    if (file.size() != descriptor.size)
        return Error(Error::Code::Corrupt,
            tr("blob %1 in the cache has %2 bytes, expected %3 (damaged?)")
                .arg(name)
                .arg(file.size())
                .arg(descriptor.size));
    QByteArray data = file.readAll();
    if (Digest::of(data) != descriptor.digest)
        return Error(Error::Code::Corrupt,
            tr("blob %1 in the cache does not match its digest (modified on disk?)").arg(name));
    return data;
}

Result<QDateTime> ChartCache::blobModified(const Digest &digest) const
{
    const QFileInfo info(blobPath(digest));
    if (!info.exists())
        return Error(Error::Code::NotFound, tr("blob %1 is missing from the cache").arg(digest.toString()));
    return info.lastModified().toUTC();
}

Result<void> ChartCache::untag(const Reference &ref)
{
    Lock lock(m_root);
    if (auto locked = lock.acquire(); !locked)
        return locked;
    auto index = readIndex();
    if (!index)
        return index.error();
    auto at = findTag(*index, ref);
    if (!at)
        return at.error();
    const Descriptor removed = index->manifests.takeAt(*at);
    if (auto written = writeIndex(*index); !written)
        return written;
    return collectGarbage(*index, removed);
}

Result<void> ChartCache::collectGarbage(const Index &index, const Descriptor &removed)
{
    // Candidates: the removed manifest and what it references. Deleted only if no manifest left in the index
    // references them. If any remaining manifest can't be read, nothing is deleted: a stray blob is harmless,
    // a missing one is not. Blobs that were never ours to consider (other tools' orphans) stay.
    QSet<Digest> candidates {removed.digest};
    if (auto json = readBlob(removed, maxManifestSize)) {
        if (auto manifest = Manifest::parse(*json)) {
            candidates.insert(manifest->config.digest);
            for (const Descriptor &layer : manifest->layers)
                candidates.insert(layer.digest);
        }
    }
    QSet<Digest> referenced;
    for (const Descriptor &entry : index.manifests) {
        referenced.insert(entry.digest);
        auto json = readBlob(entry, maxManifestSize);
        auto manifest = json ? Manifest::parse(*json) : Result<Manifest>(json.error());
        if (!manifest) {
            qCWarning(lcCache) << "keeping blobs: cannot read a remaining manifest:"
                               << manifest.error().message();
            return {};
        }
        referenced.insert(manifest->config.digest);
        for (const Descriptor &layer : manifest->layers)
            referenced.insert(layer.digest);
    }
    for (const Digest &digest : std::as_const(candidates)) {
        if (!referenced.contains(digest) && QFileInfo::exists(blobPath(digest))
            && !QFile::remove(blobPath(digest)))
            return ioError(blobPath(digest), tr("cannot delete the unused blob"));
    }
    return {};
}

} // namespace charthouse
