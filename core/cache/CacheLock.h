#pragma once

#include "core/common/FileIo.h"

#include <QCoreApplication>

#include <atomic>

namespace charthouse {

// The cache's write lock: an advisory flock() on <root>/.charthouse.lock, a file that is never deleted. The
// kernel drops the lock when its holder exits or is killed, so a lock never outlives its process, whatever
// state the file's content is in. Helm 3.0-3.6 takes no lock; every Charthouse write does.
class CacheLock
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::CacheLock)
public:
    static constexpr int defaultTimeoutMs = 60'000;

    // Waits for the lock (short jittered polls) until timeoutMs or *cancel.
    static Result<CacheLock> acquire(
        const QString &root, const std::atomic_bool *cancel = nullptr, int timeoutMs = defaultTimeoutMs);

    static QString fileName() { return QStringLiteral(".charthouse.lock"); }

    // A few bytes that holders of the lock leave the next one (up to maxNoteSize), kept in the lock file. A
    // note is a hint: one lost or damaged costs the next holder some work, never correctness.
    static constexpr qsizetype maxNoteSize = 256;
    QByteArray note() const;
    Result<void> setNote(QByteArrayView note);

private:
    explicit CacheLock(fileio::UniqueFd fd) : m_fd(std::move(fd)) { }
    fileio::UniqueFd m_fd; // closing it releases the lock
};

} // namespace charthouse
