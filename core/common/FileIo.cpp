#include "core/common/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace charthouse::fileio {

namespace {

// The translation context of this file's messages.
struct FileIo
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::FileIo)
};

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// The nearest existing ancestor's mount point: the highest directory on the same device.
QString mountPointOf(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    struct stat st {};
    while (::stat(native(current).constData(), &st) != 0) {
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            return QStringLiteral("/");
        current = parent;
    }
    const dev_t device = st.st_dev;
    for (;;) {
        const QString parent = QFileInfo(current).path();
        struct stat up {};
        if (parent == current || ::stat(native(parent).constData(), &up) != 0 || up.st_dev != device)
            return current;
        current = parent;
    }
}

QString fileSystemType(const QString &mountPoint)
{
    // /proc/self/mounts: "source target type options 0 0", target with spaces as \040. The last match wins
    // (mounts stack).
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    QString type;
    const QByteArray target = native(mountPoint).replace(" ", "\\040");
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() >= 3 && fields[1] == target)
            type = QString::fromLocal8Bit(fields[2]);
    }
    return type;
}

QString reasonText(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

} // namespace

UniqueFd &UniqueFd::operator=(UniqueFd &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

UniqueFd::~UniqueFd()
{
    close();
}

int UniqueFd::close()
{
    if (m_fd < 0)
        return 0;
    // Linux releases the descriptor even when close() fails, so it is never retried.
    const int result = ::close(std::exchange(m_fd, -1));
    return result == 0 ? 0 : errno;
}

Error osError(const QString &path, int errnum)
{
    if (errnum == ENOSPC || errnum == EDQUOT) {
        const QString mountPoint = mountPointOf(path);
        const QString type = fileSystemType(mountPoint);
        const QString where = type.isEmpty()
            ? FileIo::tr("no space left on the file system mounted at %1").arg(mountPoint)
            : FileIo::tr("no space left on the file system mounted at %1 (%2)").arg(mountPoint, type);
        return Error(Error::Code::NoSpace, QStringLiteral("%1: %2").arg(path, where));
    }
    if (errnum == ELOOP)
        return Error(Error::Code::Unsafe, FileIo::tr("%1: a symbolic link, or a loop of them").arg(path));
    return Error(errnum == ENOENT ? Error::Code::NotFound : Error::Code::Io,
        QStringLiteral("%1: %2").arg(path, reasonText(errnum)));
}

FileKind fileKind(const QString &path)
{
    struct stat st {};
    if (::lstat(native(path).constData(), &st) != 0)
        return FileKind::Missing;
    if (S_ISREG(st.st_mode))
        return FileKind::Regular;
    if (S_ISDIR(st.st_mode))
        return FileKind::Directory;
    if (S_ISLNK(st.st_mode))
        return FileKind::SymLink;
    return FileKind::Other;
}

QString describeKind(const QString &path)
{
    struct stat st {};
    if (::lstat(native(path).constData(), &st) != 0)
        return FileIo::tr("missing");
    if (S_ISDIR(st.st_mode))
        return FileIo::tr("a directory");
    if (S_ISLNK(st.st_mode))
        return FileIo::tr("a symbolic link");
    if (S_ISFIFO(st.st_mode))
        return FileIo::tr("a FIFO (named pipe)");
    if (S_ISSOCK(st.st_mode))
        return FileIo::tr("a socket");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return FileIo::tr("a device");
    return FileIo::tr("a regular file");
}

Result<UniqueFd> openRegularFile(const QString &path, bool followLinks)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followLinks ? 0 : O_NOFOLLOW);
    UniqueFd fd(::open(native(path).constData(), flags));
    if (!fd.isOpen()) {
        const int errnum = errno;
        if (errnum == ELOOP && !followLinks)
            return Error(Error::Code::Unsafe,
                FileIo::tr("%1: is a symbolic link, which is never followed here").arg(path));
        return osError(path, errnum);
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        return osError(path, errno);
    if (!S_ISREG(st.st_mode))
        return Error(Error::Code::Unsafe, FileIo::tr("%1: not a regular file but %2").arg(path, describeKind(path)));
    // Regular files never block; clear the flag so reads behave normally everywhere.
    if (::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK) != 0)
        return osError(path, errno);
    return fd;
}

Result<qint64> readSome(int fd, char *buffer, qint64 size, const QString &path)
{
    qint64 total = 0;
    while (total < size) {
        const ssize_t got = ::read(fd, buffer + total, static_cast<size_t>(size - total));
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return osError(path, errno);
        }
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

Result<QByteArray> readRegularFile(const QString &path, qint64 maxSize, bool followLinks, qsizetype spareCapacity)
{
    auto fd = openRegularFile(path, followLinks);
    if (!fd)
        return fd.error();
    struct stat st {};
    if (::fstat(fd->get(), &st) != 0)
        return osError(path, errno);
    if (st.st_size > maxSize)
        return Error(Error::Code::TooLarge,
            FileIo::tr("%1: %2 bytes, more than the limit of %3").arg(path).arg(st.st_size).arg(maxSize));
    // One byte more than the limit tells a file that grew since fstat() from one that did not.
    const auto wanted = static_cast<qsizetype>(st.st_size) + 1;
    QByteArray data;
    data.reserve(wanted + spareCapacity);
    data.resize(wanted);
    auto got = readSome(fd->get(), data.data(), data.size(), path);
    if (!got)
        return got.error();
    if (*got > maxSize)
        return Error(Error::Code::TooLarge, FileIo::tr("%1: grew past the limit of %2 bytes").arg(path).arg(maxSize));
    data.truncate(static_cast<qsizetype>(*got));
    return data;
}

Result<void> writeAll(int fd, QByteArrayView data, const QString &path)
{
    const char *at = data.data();
    qint64 left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, at, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return osError(path, errno);
        }
        if (written == 0)
            return osError(path, EIO);
        at += written;
        left -= written;
    }
    return {};
}

Result<void> syncAndClose(UniqueFd &fd, const QString &path)
{
    if (::fsync(fd.get()) != 0) {
        const int errnum = errno;
        fd.close();
        return osError(path, errnum);
    }
    if (const int errnum = fd.close(); errnum != 0)
        return osError(path, errnum);
    return {};
}

Result<void> syncDirectory(const QString &dir)
{
    UniqueFd fd(::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.isOpen())
        return osError(dir, errno);
    // Some file systems cannot sync a directory (EINVAL): nothing more can be done there, and it is no failure.
    if (::fsync(fd.get()) != 0 && errno != EINVAL && errno != EROFS)
        return osError(dir, errno);
    if (const int errnum = fd.close(); errnum != 0)
        return osError(dir, errnum);
    return {};
}

Result<void> makePath(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString current;
    for (const QString &part : clean.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        current += QLatin1Char('/') + part;
        if (::mkdir(native(current).constData(), 0755) == 0)
            continue;
        const int errnum = errno;
        struct stat st {};
        if (errnum == EEXIST && ::stat(native(current).constData(), &st) == 0 && S_ISDIR(st.st_mode))
            continue;
        if (errnum == EEXIST)
            return Error(Error::Code::Io,
                FileIo::tr("cannot create the directory %1: %2 is in the way").arg(current, describeKind(current)));
        const Error why = osError(current, errnum);
        return Error(why.code(), FileIo::tr("cannot create the directory %1").arg(why.message()));
    }
    return {};
}

Result<void> renamePath(const QString &from, const QString &to, const QString &shownAs)
{
    if (::rename(native(from).constData(), native(to).constData()) != 0)
        return osError(shownAs.isEmpty() ? to : shownAs, errno);
    return {};
}

} // namespace charthouse::fileio
