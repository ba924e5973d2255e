#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <utility>

// Plain POSIX file access with every result checked, for files that must not tear or hang: the cache, exports,
// settings. Qt's QFile/QSaveFile lose some write errors (a failed flush inside QSaveFile::commit() still renames
// the temporary file into place), and open a FIFO blocking; these helpers do neither.
namespace charthouse::fileio {

// An owned file descriptor, closed on destruction (a close error there is lost: call close() to see it).
class UniqueFd
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : m_fd(fd) { }
    UniqueFd(UniqueFd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) { }
    UniqueFd &operator=(UniqueFd &&other) noexcept;
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    ~UniqueFd();

    int get() const { return m_fd; }
    bool isOpen() const { return m_fd >= 0; }
    // Closes now; returns errno (0 on success). Some file systems report a failed write only here.
    int close();

private:
    int m_fd = -1;
};

// "PATH: REASON" for an errno. A full disk or quota says "no space left on the file system mounted at M (TYPE)"
// and carries Error::Code::NoSpace, so each face can word it.
Error osError(const QString &path, int errnum);

// Opens a regular file for reading. Never blocks on a FIFO, never opens a device or a directory, and with
// followLinks false refuses a symbolic link (the cache holds none; one there may point anywhere).
Result<UniqueFd> openRegularFile(const QString &path, bool followLinks);

// Reads a whole regular file of at most maxSize bytes (see openRegularFile).
// spareCapacity: room reserved beyond the file's bytes, so that a caller that grows them a little (index.json's
// splice of one entry) does not copy them all.
Result<QByteArray> readRegularFile(
    const QString &path, qint64 maxSize, bool followLinks, qsizetype spareCapacity = 0);

// Reads from fd until the buffer is full or EOF; returns the bytes read.
Result<qint64> readSome(int fd, char *buffer, qint64 size, const QString &path);

// Writes all of data, retrying short writes and EINTR.
Result<void> writeAll(int fd, QByteArrayView data, const QString &path);

// fsync() and close() with their results checked.
Result<void> syncAndClose(UniqueFd &fd, const QString &path);

// Makes a rename or a new entry in dir durable.
Result<void> syncDirectory(const QString &dir);

// mkdir -p with the reason when it fails.
Result<void> makePath(const QString &path);

// rename(2), reporting the error against `to` (or shownAs: a hidden temporary name means nothing to a user).
Result<void> renamePath(const QString &from, const QString &to, const QString &shownAs = {});

// What lstat() says of path: whether it exists, and whether it is a regular file (not a link, FIFO, ...).
enum class FileKind { Missing, Regular, Directory, SymLink, Other };
FileKind fileKind(const QString &path);
// "a FIFO", "a directory", ... for messages about something that should have been a regular file.
QString describeKind(const QString &path);

} // namespace charthouse::fileio
