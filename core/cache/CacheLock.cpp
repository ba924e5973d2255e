#include "core/cache/CacheLock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace charthouse {

namespace {

// Who holds a flock on the file: /proc/locks lines read "1: FLOCK  ADVISORY  WRITE 1234 fd:01:56789 0 EOF".
QString holderOf(int fd)
{
    struct stat st {};
    QFile locks(QStringLiteral("/proc/locks"));
    if (::fstat(fd, &st) != 0 || !locks.open(QIODevice::ReadOnly))
        return {};
    const QByteArray inode = QByteArray::number(static_cast<qulonglong>(st.st_ino));
    const QByteArray device = QByteArray::number(major(st.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(st.st_dev), 16).rightJustified(2, '0') + ':' + inode;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields[1] == "FLOCK" && fields[5] == device) {
            const QByteArray pid = fields[4];
            QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid)));
            const QString name
                = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll().trimmed()) : QString();
            return name.isEmpty() ? QString::fromLatin1(pid)
                                  : QStringLiteral("%1 (%2)").arg(QString::fromLatin1(pid), name);
        }
    }
    return {};
}

} // namespace

Result<CacheLock> CacheLock::acquire(const QString &root, const std::atomic_bool *cancel, int timeoutMs)
{
    const QString path = root + QLatin1Char('/') + fileName();
    // O_NONBLOCK and the regular-file check: a FIFO planted here must not hang the open.
    fileio::UniqueFd fd(::open(QFile::encodeName(path).constData(),
        O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, 0644));
    if (!fd.isOpen()) {
        const Error why = fileio::osError(path, errno);
        return Error(why.code(), tr("cannot open the cache lock: %1").arg(why.message()));
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        return fileio::osError(path, errno);
    if (!S_ISREG(st.st_mode))
        return Error(Error::Code::Unsafe,
            tr("%1: the cache lock is %2, not a regular file").arg(path, fileio::describeKind(path)));

    // Short, jittered polls rather than a blocking flock(): the wait can be cancelled and has a deadline, and
    // with writers coming one after another a waiter still gets its turn.
    QElapsedTimer waited;
    waited.start();
    while (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR)
            continue;
        if (errno != EWOULDBLOCK)
            return Error(Error::Code::Io, tr("cannot lock the cache: %1").arg(fileio::osError(path, errno).message()));
        if (cancel && cancel->load())
            return Error(Error::Code::Cancelled, tr("cancelled while waiting for the cache lock"));
        if (waited.elapsed() >= timeoutMs) {
            const QString holder = holderOf(fd.get());
            const QString seconds = QString::number(timeoutMs / 1000);
            return Error(Error::Code::Conflict,
                holder.isEmpty() ? tr("the chart cache is busy: its lock is still held after %1 s").arg(seconds)
                                 : tr("the chart cache is busy: process %1 still holds its lock after %2 s")
                                       .arg(holder, seconds));
        }
        QThread::msleep(QRandomGenerator::global()->bounded(2, 12));
    }
    return CacheLock(std::move(fd));
}

QByteArray CacheLock::note() const
{
    QByteArray note(maxNoteSize, Qt::Uninitialized);
    const ssize_t got = ::pread(m_fd.get(), note.data(), static_cast<size_t>(note.size()), 0);
    note.resize(got > 0 ? got : 0);
    return note;
}

Result<void> CacheLock::setNote(QByteArrayView note)
{
    const QString path = fileName();
    if (note.size() > maxNoteSize)
        return Error(Error::Code::TooLarge, tr("a cache lock note is limited to %1 bytes").arg(maxNoteSize));
    if (::ftruncate(m_fd.get(), 0) != 0 || ::lseek(m_fd.get(), 0, SEEK_SET) != 0)
        return fileio::osError(path, errno);
    return fileio::writeAll(m_fd.get(), note, path);
}

} // namespace charthouse
