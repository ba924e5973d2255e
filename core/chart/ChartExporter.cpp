#include "core/chart/ChartExporter.h"

#include "core/chart/ChartMetadata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

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

Result<void> writeTree(const QString &root, const ChartFiles &files)
{
    for (const ChartFile &file : files) {
        if (!isSafeRelativePath(file.path))
            return Error(Error::Code::Unsafe,
                QCoreApplication::translate(
                    "charthouse::ChartExporter", "refusing to write \"%1\": not a plain relative path")
                    .arg(file.path));
        const QString target = root + QLatin1Char('/') + file.path;
        if (!QDir().mkpath(QFileInfo(target).path()))
            return Error(Error::Code::Io,
                QCoreApplication::translate("charthouse::ChartExporter", "%1: cannot create the directory")
                    .arg(QFileInfo(target).path()));
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(Error::Code::Io, QStringLiteral("%1: %2").arg(target, out.errorString()));
        if (out.write(file.data) != file.data.size())
            return Error(Error::Code::Io, QStringLiteral("%1: %2").arg(target, out.errorString()));
    }
    return {};
}

QString siblingName(const QString &target, const char *purpose)
{
    const QFileInfo info(target);
    return info.path()
        + QStringLiteral("/.%1.charthouse-%2-%3")
              .arg(info.fileName(), QLatin1String(purpose))
              .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

bool renamePath(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

Result<QString> ChartExporter::exportTo(
    const QString &destDir, const QString &name, const ChartFiles &files, bool force)
{
    if (!isPlainChartName(name))
        return Error(Error::Code::Unsafe, tr("refusing to export a chart named \"%1\"").arg(name));
    const QString target = QDir::cleanPath(destDir + QLatin1Char('/') + name);
    const QFileInfo existing(target);
    const bool exists = existing.exists() || existing.isSymLink();
    if (exists && !force)
        return Error(Error::Code::Conflict, tr("%1 already exists; use --force to replace it").arg(target));
    if (!QDir().mkpath(destDir))
        return Error(Error::Code::Io, tr("%1: cannot create the directory").arg(destDir));

    const QString staging = siblingName(target, "export");
    auto written = writeTree(staging, files);
    if (!written) {
        QDir(staging).removeRecursively();
        return written.error();
    }
    QString backup;
    if (exists) {
        backup = siblingName(target, "old");
        if (!renamePath(target, backup)) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            QDir(staging).removeRecursively();
            return Error(Error::Code::Io, tr("%1: cannot move it aside: %2").arg(target, why));
        }
    }
    if (!renamePath(staging, target)) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (!backup.isEmpty())
            renamePath(backup, target);
        QDir(staging).removeRecursively();
        return Error(Error::Code::Io, QStringLiteral("%1: %2").arg(target, why));
    }
    if (!backup.isEmpty()) {
        if (QFileInfo(backup).isSymLink() || !QFileInfo(backup).isDir())
            QFile::remove(backup);
        else
            QDir(backup).removeRecursively();
    }
    return target;
}

} // namespace charthouse
