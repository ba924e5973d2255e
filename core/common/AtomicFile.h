#pragma once

#include "core/common/FileIo.h"

#include <sys/types.h>

namespace charthouse {

// A file written beside its target (".NAME.charthouse-RANDOM.tmp") and renamed over it only when every byte was
// written and synced: a full disk or a crash leaves the old file as it was. Not committed → the temporary file is
// removed.
class AtomicFile
{
public:
    static Result<AtomicFile> create(const QString &target, mode_t mode = 0644);
    AtomicFile(AtomicFile &&other) noexcept;
    AtomicFile &operator=(AtomicFile &&) = delete;
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;
    ~AtomicFile();

    Result<void> write(QByteArrayView data);
    // fsync, close, rename over the target, fsync the directory.
    Result<void> commit();

    // What temporary files for target start with, for removing those a killed process left.
    static QString tempPrefix(const QString &target);

private:
    AtomicFile(QString target, QString tempPath, fileio::UniqueFd fd);

    QString m_target;
    QString m_tempPath;
    fileio::UniqueFd m_fd;
};

// One call for a small file: create, write, commit.
Result<void> writeFileAtomically(const QString &path, QByteArrayView data, mode_t mode = 0644);

} // namespace charthouse
