#include "core/chart/ChartArchiveReader.h"

#include "core/chart/ChartDirectoryLoader.h"
#include "core/chart/GzipStream.h"
#include "core/chart/PrintableText.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <limits>
#include <memory>
#include <sys/stat.h>

namespace charthouse {

namespace {

struct ReaderDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

Error unsafe(const QString &entry, const QString &why)
{
    return Error(Error::Code::Unsafe,
        QCoreApplication::translate("charthouse::ChartArchiveReader", "unsafe chart archive: \"%1\" %2")
            .arg(printable(entry), why));
}

// Checks one entry name and splits it into its components; leading "./" and empty or "." parts are dropped.
Result<QStringList> entryComponents(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')))
        return unsafe(
            name, QCoreApplication::translate("charthouse::ChartArchiveReader", "is an absolute path"));
    if (name.contains(QLatin1Char('\\')))
        return unsafe(
            name, QCoreApplication::translate("charthouse::ChartArchiveReader", "contains a backslash"));
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (drive.match(name).hasMatch())
        return unsafe(name,
            QCoreApplication::translate("charthouse::ChartArchiveReader", "starts with a drive letter"));
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return unsafe(name,
                QCoreApplication::translate(
                    "charthouse::ChartArchiveReader", "refers to a parent directory (..)"));
        if (!part.isEmpty() && part != QLatin1String("."))
            parts.append(part);
    }
    if (!parts.isEmpty() && drive.match(parts.constLast()).hasMatch())
        return unsafe(
            name, QCoreApplication::translate("charthouse::ChartArchiveReader", "contains a drive letter"));
    return parts;
}

QString typeName(mode_t type)
{
    switch (type) {
    case AE_IFLNK: return QCoreApplication::translate("charthouse::ChartArchiveReader", "is a symbolic link");
    case AE_IFCHR:
    case AE_IFBLK: return QCoreApplication::translate("charthouse::ChartArchiveReader", "is a device");
    case AE_IFIFO:
        return QCoreApplication::translate("charthouse::ChartArchiveReader", "is a named pipe (FIFO)");
    case AE_IFSOCK: return QCoreApplication::translate("charthouse::ChartArchiveReader", "is a socket");
    default: return QCoreApplication::translate("charthouse::ChartArchiveReader", "is not a regular file");
    }
}

la_ssize_t readDecompressed(archive *a, void *source, const void **buffer)
{
    auto *gzip = static_cast<GzipStream *>(source);
    const QByteArrayView piece = gzip->next();
    if (gzip->error()) {
        archive_set_error(a, EIO, "the gzip stream failed its checks");
        return -1;
    }
    *buffer = piece.data();
    return piece.size();
}

// What libarchive says, or at least something: an error must never end in an empty reason.
QString reason(archive *a)
{
    const char *text = archive_error_string(a);
    return text && *text
        ? QString::fromUtf8(text)
        : QCoreApplication::translate("charthouse::ChartArchiveReader", "libarchive gives no reason");
}

// How much decompressed tar to allow: the file data limit plus headers and padding for every entry allowed,
// so a gzip bomb (even after the tar's end) stops early while any package within the limits gets through.
qint64 tarBudget(const ArchiveLimits &limits)
{
    constexpr qint64 perEntry = 4096;
    constexpr qint64 slack = 1024 * 1024;
    const qint64 max = std::numeric_limits<qint64>::max();
    if (limits.maxEntries >= (max - slack) / perEntry)
        return max;
    const qint64 overhead = (limits.maxEntries + 1) * perEntry + slack;
    return limits.maxTotalSize >= max - overhead ? max : limits.maxTotalSize + overhead;
}

// A path that is a file and also the directory of another file can't be written out (export would fail
// midway), so such a package is refused when read. A directory source can't have one: a name in a directory
// is either a file or a directory.
std::optional<Error> fileAndDirectory(const ChartFiles &files)
{
    QHash<QString, QString> directories; // directory → one file inside it
    for (const ChartFile &file : files) {
        for (qsizetype slash = file.path.indexOf(QLatin1Char('/')); slash >= 0;
             slash = file.path.indexOf(QLatin1Char('/'), slash + 1))
            directories.insert(file.path.left(slash), file.path);
    }
    for (const ChartFile &file : files) {
        if (const auto inside = directories.constFind(file.path); inside != directories.cend())
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("charthouse::ChartArchiveReader",
                    "\"%1\" is both a file and a directory in the chart package (it holds \"%2\"), so it "
                    "could "
                    "not be written out")
                    .arg(printable(file.path), printable(*inside)));
    }
    return std::nullopt;
}

} // namespace

Result<ChartArchive> ChartArchiveReader::read(const QByteArray &tgz, const ArchiveLimits &limits)
{
    if (const auto why = GzipStream::notGzip(tgz))
        return Error(Error::Code::InvalidInput, tr("not a chart package (gzip'd tar): %1").arg(*why));
    // We decompress, not libarchive: its gzip filter checks neither the trailer nor what follows the stream.
    GzipStream gzip(tgz, tarBudget(limits));
    std::unique_ptr<archive, ReaderDeleter> reader(archive_read_new());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open(reader.get(), &gzip, nullptr, readDecompressed, nullptr) != ARCHIVE_OK) {
        if (gzip.error())
            return *gzip.error();
        if (gzip.produced() == 0)
            return Error(Error::Code::InvalidInput, tr("the chart package is empty"));
        return Error(Error::Code::InvalidInput,
            tr("not a chart package (gzip'd tar): %1")
                .arg(tr("what it holds is not a tar archive (%1)").arg(reason(reader.get()))));
    }

    ChartArchive chart;
    QSet<QString> seen;
    qint64 total = 0;
    qint64 entries = 0;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    archive_entry *entry = nullptr;
    while (true) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (gzip.error())
            return *gzip.error();
        // ARCHIVE_RETRY too: a header where the previous entry's size says one starts fails its checksum, and
        // the "entry" libarchive then returns is not one.
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return Error(Error::Code::Corrupt,
                tr("the archive is truncated or damaged: %1")
                    .arg(status == ARCHIVE_RETRY
                            ? tr("a header is not valid where the entry before it says it ends (%1)")
                                  .arg(reason(reader.get()))
                            : reason(reader.get())));
        if (++entries > limits.maxEntries)
            return Error(Error::Code::TooLarge,
                tr("the chart package has more than %1 entries").arg(limits.maxEntries));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const char *raw = archive_entry_pathname(entry);
        const QString name = utf8 ? QString::fromUtf8(utf8) : QString::fromUtf8(raw ? raw : "");
        if (name.isEmpty())
            return unsafe(name, tr("has no name"));
        auto parts = entryComponents(name);
        if (!parts)
            return parts.error();
        const mode_t type = archive_entry_filetype(entry);
        if (archive_entry_hardlink(entry) || archive_entry_symlink(entry))
            return unsafe(name, tr("is a link; chart packages may not contain links"));
        if (type == AE_IFDIR) {
            if (!parts->isEmpty()) {
                if (chart.topDir.isEmpty())
                    chart.topDir = parts->first();
                else if (parts->first() != chart.topDir)
                    return unsafe(
                        name, tr("is outside the chart's top directory \"%1\"").arg(printable(chart.topDir)));
            }
            continue;
        }
        if (type != AE_IFREG)
            return unsafe(name, typeName(type));
        if (parts->size() < 2) {
            if (!parts->isEmpty() && parts->first() == QLatin1String("Chart.yaml"))
                return unsafe(
                    name, tr("is at the archive root: Chart.yaml must be inside the chart's directory"));
            return unsafe(name, tr("is outside any chart directory"));
        }
        if (chart.topDir.isEmpty())
            chart.topDir = parts->first();
        else if (parts->first() != chart.topDir)
            return unsafe(
                name, tr("is outside the chart's top directory \"%1\"").arg(printable(chart.topDir)));
        const QString path = parts->mid(1).join(QLatin1Char('/'));
        if (seen.contains(path))
            return unsafe(name, tr("appears twice in the package"));
        seen.insert(path);

        QByteArray data;
        while (true) {
            const la_ssize_t n
                = archive_read_data(reader.get(), buffer.data(), static_cast<size_t>(buffer.size()));
            if (gzip.error())
                return *gzip.error();
            if (n < 0)
                return Error(Error::Code::Corrupt,
                    tr("the chart package is damaged at \"%1\": %2")
                        .arg(printable(name), reason(reader.get())));
            if (n == 0)
                break;
            if (data.size() + n > limits.maxFileSize)
                return Error(Error::Code::TooLarge,
                    tr("\"%1\" expands to more than the limit of %2 bytes per file")
                        .arg(printable(name))
                        .arg(limits.maxFileSize));
            total += n;
            if (total > limits.maxTotalSize)
                return Error(Error::Code::TooLarge,
                    tr("the chart package expands to more than the limit of %1 bytes")
                        .arg(limits.maxTotalSize));
            data.append(buffer.constData(), n);
        }
        chart.files.append({path, std::move(data)});
    }
    if (auto ok = gzip.finish(); !ok)
        return ok.error();
    if (chart.files.isEmpty())
        return Error(Error::Code::InvalidInput, tr("the chart package is empty"));
    if (!seen.contains(QStringLiteral("Chart.yaml")))
        return Error(Error::Code::InvalidInput,
            tr("the chart package has no Chart.yaml in its directory \"%1\"").arg(printable(chart.topDir)));
    if (auto clash = fileAndDirectory(chart.files))
        return *clash;
    sortChartFiles(chart.files);
    return chart;
}

Result<ChartArchive> ChartArchiveReader::readFile(const QString &path, const ArchiveLimits &limits)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return Error(Error::Code::InvalidInput, tr("%1 is not a chart directory or a .tgz file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? Error::Code::Io : Error::Code::NotFound,
            QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (!file.isSequential() && file.size() > limits.maxTotalSize)
        return Error(Error::Code::TooLarge,
            tr("%1 is larger than the limit of %2 bytes").arg(path).arg(limits.maxTotalSize));
    return read(file.read(limits.maxTotalSize + 1), limits);
}

} // namespace charthouse
