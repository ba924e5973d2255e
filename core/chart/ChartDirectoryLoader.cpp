#include "core/chart/ChartDirectoryLoader.h"

#include "core/chart/HelmIgnore.h"
#include "core/chart/PrintableText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>

namespace charthouse {

namespace {

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartDirectoryLoader)
public:
    Walker(QString root, HelmIgnore ignore, qint64 maxFileSize, qint64 maxTotalSize)
        : m_root(std::move(root)),
          m_ignore(std::move(ignore)),
          m_maxFileSize(maxFileSize),
          m_maxTotalSize(maxTotalSize)
    { }

    Result<void> walk(const QString &physicalDir, const QString &relativeDir, QStringList &stack);
    ChartFiles files;

private:
    Result<void> visit(const QString &path, const QString &relative, QStringList &stack);
    QString m_root; // canonical
    HelmIgnore m_ignore;
    qint64 m_maxFileSize;
    qint64 m_maxTotalSize;
    qint64 m_total = 0;
};

Error refused(Error::Code code, const QString &message)
{
    return Error(code, message);
}

// lstat/stat failed: say why in the system's words, and call a loop a loop (Qt's canonicalFilePath() does
// not always notice one, so stat is where it shows).
Error unreadable(const QString &relative, int error)
{
    if (error == ELOOP)
        return refused(Error::Code::Unsafe,
            QCoreApplication::translate("charthouse::ChartDirectoryLoader", "%1 is a symbolic link loop (%2)")
                .arg(printable(relative), qt_error_string(error)));
    return refused(Error::Code::Io,
        QCoreApplication::translate("charthouse::ChartDirectoryLoader", "%1: cannot read it (%2)")
            .arg(printable(relative), qt_error_string(error)));
}

bool isInside(const QString &path, const QString &root)
{
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

Result<void> Walker::walk(const QString &physicalDir, const QString &relativeDir, QStringList &stack)
{
    QDir dir(physicalDir);
    QStringList names = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    for (const QString &name : names) {
        const QString relative = relativeDir.isEmpty() ? name : relativeDir + QLatin1Char('/') + name;
        if (auto ok = visit(physicalDir + QLatin1Char('/') + name, relative, stack); !ok)
            return ok;
    }
    return {};
}

Result<void> Walker::visit(const QString &path, const QString &relative, QStringList &stack)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) != 0)
        return unreadable(relative, errno);
    QString physical = path;
    if (S_ISLNK(st.st_mode)) {
        const QString target = QFileInfo(path).canonicalFilePath();
        if (target.isEmpty())
            return refused(Error::Code::Unsafe,
                tr("%1 is a symbolic link to %2, which does not exist (or loops)")
                    .arg(printable(relative), printable(QFileInfo(path).symLinkTarget())));
        if (!isInside(target, m_root))
            return refused(Error::Code::Unsafe,
                tr("%1 is a symbolic link to %2, outside the chart")
                    .arg(printable(relative), printable(target)));
        if (::stat(native.constData(), &st) != 0)
            return unreadable(relative, errno);
        physical = target;
    }
    const bool isDir = S_ISDIR(st.st_mode);
    if (m_ignore.ignored(relative, isDir))
        return {};
    if (isDir) {
        const QString canonical = QFileInfo(physical).canonicalFilePath();
        if (stack.contains(canonical))
            return refused(Error::Code::Unsafe,
                tr("%1 is a symbolic link loop (it leads back to %2)")
                    .arg(printable(relative), printable(canonical)));
        stack.append(canonical);
        auto ok = walk(physical, relative, stack);
        stack.removeLast();
        return ok;
    }
    if (!S_ISREG(st.st_mode)) {
        const QString kind = S_ISFIFO(st.st_mode)          ? tr("a named pipe (FIFO)")
            : S_ISSOCK(st.st_mode)                         ? tr("a socket")
            : (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) ? tr("a device")
                                                           : tr("not a regular file");
        return refused(Error::Code::Unsafe,
            tr("%1 is %2; a chart may only contain regular files").arg(printable(relative), kind));
    }
    if (st.st_size > m_maxFileSize)
        return refused(Error::Code::TooLarge,
            tr("%1 is %2 bytes, over the limit of %3 bytes per file")
                .arg(printable(relative))
                .arg(st.st_size)
                .arg(m_maxFileSize));
    m_total += st.st_size;
    if (m_total > m_maxTotalSize)
        return refused(Error::Code::TooLarge,
            tr("the chart is over the limit of %1 bytes in all (at %2)")
                .arg(m_maxTotalSize)
                .arg(printable(relative)));
    QFile file(physical);
    if (!file.open(QIODevice::ReadOnly))
        return refused(Error::Code::Io, QStringLiteral("%1: %2").arg(printable(path), file.errorString()));
    QByteArray data = file.read(m_maxFileSize + 1);
    if (data.size() > m_maxFileSize)
        return refused(Error::Code::TooLarge,
            tr("%1 grew over the limit of %2 bytes per file").arg(printable(relative)).arg(m_maxFileSize));
    files.append({relative, std::move(data)});
    return {};
}

const ChartFile *findFile(const ChartFiles &files, const QString &path)
{
    for (const ChartFile &f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

} // namespace

void sortChartFiles(ChartFiles &files)
{
    std::sort(files.begin(), files.end(), [](const ChartFile &a, const ChartFile &b) {
        const bool aChart = a.path == QLatin1String("Chart.yaml");
        const bool bChart = b.path == QLatin1String("Chart.yaml");
        if (aChart != bChart)
            return aChart;
        return a.path.toUtf8() < b.path.toUtf8();
    });
}

Result<ChartMetadata> metadataFromFiles(const ChartFiles &files, const QString &where)
{
    const ChartFile *chartYaml = findFile(files, QStringLiteral("Chart.yaml"));
    if (!chartYaml)
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("charthouse::ChartDirectoryLoader", "no Chart.yaml in %1")
                .arg(where));
    auto metadata = ChartMetadata::fromChartYaml(chartYaml->data, where + QStringLiteral("/Chart.yaml"));
    if (!metadata)
        return metadata.error();
    if (const ChartFile *requirements = findFile(files, QStringLiteral("requirements.yaml"))) {
        if (auto ok = metadata->applyRequirementsYaml(
                requirements->data, where + QStringLiteral("/requirements.yaml"));
            !ok)
            return ok.error();
    }
    return metadata;
}

Result<LoadedChart> ChartDirectoryLoader::load(
    const QString &dirPath, qint64 maxFileSize, qint64 maxTotalSize)
{
    const QFileInfo info(dirPath);
    if (!info.exists())
        return Error(Error::Code::NotFound, tr("%1: no such file or directory").arg(dirPath));
    if (!info.isDir())
        return Error(Error::Code::InvalidInput, tr("%1 is not a directory").arg(dirPath));
    const QString root = info.canonicalFilePath();
    if (!QFileInfo::exists(root + QStringLiteral("/Chart.yaml")))
        return Error(Error::Code::InvalidInput, tr("no Chart.yaml in %1").arg(dirPath));

    HelmIgnore ignore = HelmIgnore::defaults();
    const QString ignorePath = root + QStringLiteral("/.helmignore");
    if (QFileInfo(ignorePath).isFile()) {
        QFile file(ignorePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, QStringLiteral("%1: %2").arg(ignorePath, file.errorString()));
        auto parsed = HelmIgnore::parse(
            file.read(maxFileSize), QDir(dirPath).filePath(QStringLiteral(".helmignore")));
        if (!parsed)
            return parsed.error();
        ignore = std::move(*parsed);
    }

    Walker walker(root, std::move(ignore), maxFileSize, maxTotalSize);
    QStringList stack {root};
    if (auto ok = walker.walk(root, {}, stack); !ok)
        return ok.error().withContext(QDir::cleanPath(dirPath));
    auto metadata = metadataFromFiles(walker.files, QDir::cleanPath(dirPath));
    if (!metadata)
        return metadata.error();
    sortChartFiles(walker.files);
    return LoadedChart {std::move(*metadata), std::move(walker.files)};
}

} // namespace charthouse
