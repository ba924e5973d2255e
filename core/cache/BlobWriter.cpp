#include "core/cache/BlobWriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace charthouse {

namespace {

void unlinkPath(const QString &path)
{
    ::unlink(QFile::encodeName(path).constData());
}

} // namespace

// ---- StagedBlob ----

StagedBlob::StagedBlob(QString path, Digest digest, qint64 size, fileio::UniqueFd lock)
    : m_path(std::move(path)), m_digest(std::move(digest)), m_size(size), m_lock(std::move(lock))
{ }

StagedBlob::StagedBlob(StagedBlob &&other) noexcept
    : m_path(std::exchange(other.m_path, {})), m_digest(other.m_digest), m_size(other.m_size),
      m_lock(std::move(other.m_lock))
{ }

StagedBlob &StagedBlob::operator=(StagedBlob &&other) noexcept
{
    if (this != &other) {
        discard();
        m_path = std::exchange(other.m_path, {});
        m_digest = other.m_digest;
        m_size = other.m_size;
        m_lock = std::move(other.m_lock);
    }
    return *this;
}

StagedBlob::~StagedBlob()
{
    discard();
}

void StagedBlob::discard()
{
    // Unlinked while still locked, so no other process sees it as abandoned half-way.
    if (!m_path.isEmpty())
        unlinkPath(std::exchange(m_path, {}));
    m_lock.close();
}

void StagedBlob::release()
{
    m_path.clear();
    m_lock.close();
}

// ---- BlobWriter ----

Result<std::unique_ptr<BlobWriter>> BlobWriter::create(const QString &ingestDir)
{
    const QString path = QStringLiteral("%1/%2%3-%4")
                             .arg(ingestDir, namePrefix())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    fileio::UniqueFd fd(
        ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644));
    if (!fd.isOpen())
        return fileio::osError(path, errno);
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
        const int errnum = errno;
        unlinkPath(path);
        return fileio::osError(path, errnum);
    }
    return std::unique_ptr<BlobWriter>(new BlobWriter(path, std::move(fd)));
}

BlobWriter::BlobWriter(QString path, fileio::UniqueFd fd) : m_path(std::move(path)), m_fd(std::move(fd)) { }

BlobWriter::~BlobWriter()
{
    if (m_fd.isOpen()) { // not handed over to a StagedBlob
        unlinkPath(m_path);
        m_fd.close();
    }
}

Result<void> BlobWriter::write(QByteArrayView data)
{
    if (auto written = fileio::writeAll(m_fd.get(), data, m_path); !written)
        return written;
    m_hash.add(data);
    // Start writing the bytes back now, without waiting: the fsync at finish() then has little left to do, and
    // the disk works while the network delivers the rest. (Advice only: a failure shows at that fsync.)
    ::sync_file_range(m_fd.get(), m_written, data.size(), SYNC_FILE_RANGE_WRITE);
    m_written += data.size();
    return {};
}

Result<StagedBlob> BlobWriter::finish(const Digest &expectedDigest, qint64 expectedSize)
{
    if (::fsync(m_fd.get()) != 0)
        return fileio::osError(m_path, errno);
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
    // Read-only, as Helm leaves its blobs.
    if (::fchmod(m_fd.get(), 0444) != 0)
        return fileio::osError(m_path, errno);
    return StagedBlob(m_path, actual, m_written, std::move(m_fd));
}

bool BlobWriter::isAbandoned(const QString &path)
{
    fileio::UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
    if (!fd.isOpen())
        return errno == ELOOP; // a link here is nobody's work in progress
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return true;
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
        return false; // its writer is alive
    // Between a writer's create and its flock() the file is briefly unlocked: a young file whose process still
    // runs is left alone.
    const qint64 pid = QFileInfo(path).fileName().section(QLatin1Char('-'), 1, 1).toLongLong();
    const bool ownerGone = pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH);
    const bool young = QDateTime::currentSecsSinceEpoch() - st.st_mtime < 10;
    return ownerGone || !young;
}

} // namespace charthouse
