#include "core/common/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace charthouse {

QString AtomicFile::tempPrefix(const QString &target)
{
    const QFileInfo info(target);
    return info.path() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".charthouse-");
}

Result<AtomicFile> AtomicFile::create(const QString &target, mode_t mode)
{
    const QString temp = tempPrefix(target)
        + QStringLiteral("%1.tmp").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    fileio::UniqueFd fd(
        ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode));
    if (!fd.isOpen())
        return fileio::osError(target, errno);
    return AtomicFile(target, temp, std::move(fd));
}

AtomicFile::AtomicFile(QString target, QString tempPath, fileio::UniqueFd fd)
    : m_target(std::move(target)), m_tempPath(std::move(tempPath)), m_fd(std::move(fd))
{ }

AtomicFile::AtomicFile(AtomicFile &&other) noexcept
    : m_target(std::move(other.m_target)), m_tempPath(std::exchange(other.m_tempPath, {})),
      m_fd(std::move(other.m_fd))
{ }

AtomicFile::~AtomicFile()
{
    m_fd.close();
    if (!m_tempPath.isEmpty())
        ::unlink(QFile::encodeName(m_tempPath).constData());
}

Result<void> AtomicFile::write(QByteArrayView data)
{
    // Errors name the target: the temporary name means nothing to the user.
    return fileio::writeAll(m_fd.get(), data, m_target);
}

Result<void> AtomicFile::commit()
{
    if (auto closed = fileio::syncAndClose(m_fd, m_target); !closed)
        return closed;
    if (auto renamed = fileio::renamePath(m_tempPath, m_target); !renamed)
        return renamed;
    m_tempPath.clear();
    return fileio::syncDirectory(QFileInfo(m_target).path());
}

Result<void> writeFileAtomically(const QString &path, QByteArrayView data, mode_t mode)
{
    auto file = AtomicFile::create(path, mode);
    if (!file)
        return file.error();
    if (auto written = file->write(data); !written)
        return written;
    return file->commit();
}

} // namespace charthouse
