#include "core/chart/ChartExporter.h"

#include "core/chart/ChartMetadata.h"
#include "core/common/FileIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <csignal>
#include <fcntl.h>

namespace charthouse {

namespace {

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(),
        [](const QString &p) { return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."); });
}

// Writes every file under staging, checking each write, fsync and close: a full disk fails here and the staging
// directory is dropped, never renamed into place. Errors name the file as it will be (shownRoot), not the hidden
// staging directory.
Result<void> writeTree(
    const QString &staging, const QString &shownRoot, const ChartFiles &files, const std::atomic_bool *cancel)
{
    auto shown = [&](const Error &error) {
        QString message = error.message();
        message.replace(staging, shownRoot);
        return Error(error.code(), message);
    };
    QSet<QString> directories;
    for (const ChartFile &file : files) {
        if (cancel && cancel->load())
            return Error(Error::Code::Cancelled, QCoreApplication::translate("charthouse::ChartExporter", "cancelled"));
        if (!isSafeRelativePath(file.path))
            return Error(Error::Code::Unsafe,
                QCoreApplication::translate(
                    "charthouse::ChartExporter", "refusing to write \"%1\": not a plain relative path")
                    .arg(file.path));
        const QString target = staging + QLatin1Char('/') + file.path;
        const QString directory = QFileInfo(target).path();
        if (!directories.contains(directory)) {
            if (auto made = fileio::makePath(directory); !made)
                return shown(made.error());
            directories.insert(directory);
        }
        fileio::UniqueFd out(::open(QFile::encodeName(target).constData(),
            O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644));
        if (!out.isOpen())
            return shown(fileio::osError(target, errno));
        if (auto written = fileio::writeAll(out.get(), file.data, target); !written)
            return shown(written.error());
        if (auto closed = fileio::syncAndClose(out, target); !closed)
            return shown(closed.error());
    }
    for (const QString &directory : std::as_const(directories)) {
        if (auto synced = fileio::syncDirectory(directory); !synced)
            return shown(synced.error());
    }
    return {};
}

QString siblingPrefix(const QString &target)
{
    const QFileInfo info(target);
    return QStringLiteral(".%1.charthouse-").arg(info.fileName());
}

// ".NAME.charthouse-PURPOSE-PID-RANDOM" beside the target: hidden, and naming the process that owns it.
QString siblingName(const QString &target, const char *purpose)
{
    return QFileInfo(target).path() + QLatin1Char('/') + siblingPrefix(target)
        + QStringLiteral("%1-%2-%3")
              .arg(QLatin1String(purpose))
              .arg(QCoreApplication::applicationPid())
              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

bool processIsGone(qint64 pid)
{
    return pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH);
}

void removePath(const QString &path)
{
    if (fileio::fileKind(path) == fileio::FileKind::Directory)
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
}

// What an export killed half-way left beside this target: its staging directory goes, and an old copy it had
// moved aside comes back when nothing took its place.
void recoverInterruptedExports(const QString &target)
{
    const QDir dir(QFileInfo(target).path());
    const QString prefix = siblingPrefix(target);
    const QStringList names
        = dir.entryList({prefix + QLatin1Char('*')}, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QStringList parts = name.mid(prefix.size()).split(QLatin1Char('-'));
        if (parts.size() != 3 || !processIsGone(parts[1].toLongLong()))
            continue; // not ours, or its export is still running
        const QString path = dir.filePath(name);
        if (parts[0] == QLatin1String("old") && fileio::fileKind(target) == fileio::FileKind::Missing
            && fileio::renamePath(path, target))
            continue;
        removePath(path);
    }
}

} // namespace

Result<QString> ChartExporter::exportTo(const QString &destDir, const QString &name, const ChartFiles &files,
    bool force, const std::atomic_bool *cancel)
{
    if (!isPlainChartName(name))
        return Error(Error::Code::Unsafe, tr("refusing to export a chart named \"%1\"").arg(name));
    const QString target = QDir::cleanPath(destDir + QLatin1Char('/') + name);
    if (auto made = fileio::makePath(destDir); !made)
        return made.error();
    recoverInterruptedExports(target);
    const bool exists = fileio::fileKind(target) != fileio::FileKind::Missing;
    if (exists && !force)
        return Error(Error::Code::Conflict, tr("%1 already exists").arg(target))
            .withHint(Error::Hint::Replace, target);

    const QString staging = siblingName(target, "export");
    auto written = writeTree(staging, target, files, cancel);
    if (!written) {
        QDir(staging).removeRecursively();
        return written.error();
    }
    QString backup;
    if (exists) {
        backup = siblingName(target, "old");
        if (auto aside = fileio::renamePath(target, backup, target); !aside) {
            QDir(staging).removeRecursively();
            return Error(aside.error().code(), tr("cannot move the old copy aside: %1").arg(aside.error().message()));
        }
    }
    if (auto placed = fileio::renamePath(staging, target); !placed) {
        QDir(staging).removeRecursively();
        if (!backup.isEmpty()) {
            if (auto restored = fileio::renamePath(backup, target); !restored)
                return Error(placed.error().code(),
                    tr("%1; the old copy is kept as %2").arg(placed.error().message(), backup));
        }
        return placed.error();
    }
    const Result<void> synced = fileio::syncDirectory(QFileInfo(target).path());
    if (!backup.isEmpty())
        removePath(backup);
    if (!synced)
        return synced.error();
    return target;
}

} // namespace charthouse
