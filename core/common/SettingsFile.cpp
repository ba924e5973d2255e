#include "core/common/SettingsFile.h"

#include "core/common/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace charthouse {

namespace {

constexpr qint64 maxSettingsSize = 16 * 1024 * 1024;

QString scratchPath(const QString &path)
{
    return AtomicFile::tempPrefix(path)
        + QStringLiteral("%1.conf").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

QMap<QString, QVariant> contents(QSettings &settings)
{
    QMap<QString, QVariant> values;
    for (const QString &key : settings.allKeys())
        values.insert(key, settings.value(key));
    return values;
}

// A fresh QSettings on a new name: Qt caches settings files by name, so re-reading the same name could answer
// from memory instead of from the disk.
Result<QMap<QString, QVariant>> readBack(const QString &written, const QString &path)
{
    auto bytes = fileio::readRegularFile(written, maxSettingsSize, false);
    if (!bytes)
        return bytes.error();
    const QString copy = scratchPath(path);
    if (auto ok = writeFileAtomically(copy, *bytes, 0600); !ok)
        return ok.error();
    QMap<QString, QVariant> values;
    {
        QSettings check(copy, QSettings::IniFormat);
        values = contents(check);
    }
    ::unlink(QFile::encodeName(copy).constData());
    return values;
}

Error incomplete(const QString &path)
{
    // QSettings does not say why a write fell short; a full file system is the usual reason, and checkable.
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(QFileInfo(path).path()).constData(), &fs) == 0 && fs.f_bavail == 0)
        return fileio::osError(path, ENOSPC);
    return Error(Error::Code::Io,
        QCoreApplication::translate("charthouse::SettingsFile", "%1: the settings could not be written completely")
            .arg(path));
}

} // namespace

Result<void> changeSettingsFile(const QString &path, const std::function<void(QSettings &)> &change)
{
    if (auto made = fileio::makePath(QFileInfo(path).path()); !made)
        return made;
    const QString temp = scratchPath(path);
    auto cleanup = qScopeGuard([&temp] { ::unlink(QFile::encodeName(temp).constData()); });
    QByteArray old;
    if (fileio::fileKind(path) != fileio::FileKind::Missing) {
        auto bytes = fileio::readRegularFile(path, maxSettingsSize, true);
        if (!bytes)
            return bytes.error();
        old = *bytes;
    }
    if (auto copied = writeFileAtomically(temp, old, 0600); !copied)
        return copied;
    QMap<QString, QVariant> meant;
    {
        QSettings settings(temp, QSettings::IniFormat);
        change(settings);
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return incomplete(path);
        meant = contents(settings);
    }
    auto written = readBack(temp, path);
    if (!written)
        return written.error();
    if (*written != meant)
        return incomplete(path);
    fileio::UniqueFd fd(::open(QFile::encodeName(temp).constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.isOpen())
        return fileio::osError(path, errno);
    if (auto synced = fileio::syncAndClose(fd, path); !synced)
        return synced;
    if (auto renamed = fileio::renamePath(temp, path); !renamed)
        return renamed;
    cleanup.dismiss();
    return fileio::syncDirectory(QFileInfo(path).path());
}

} // namespace charthouse
