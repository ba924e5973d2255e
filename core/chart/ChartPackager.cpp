#include "core/chart/ChartPackager.h"

#include "core/chart/ChartDirectoryLoader.h"

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <memory>

namespace charthouse {

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t appendToBuffer(archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)
        ->append(static_cast<const char *>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

Error archiveError(archive *a)
{
    return Error(Error::Code::Internal,
        QCoreApplication::translate("charthouse::ChartPackager", "packaging failed: %1")
            .arg(QString::fromUtf8(archive_error_string(a))));
}

// gzip with zlib's default header: no name, mtime 0.
Result<QByteArray> gzip(const QByteArray &data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error(Error::Code::Internal,
            QCoreApplication::translate("charthouse::ChartPackager", "gzip: cannot initialise zlib"));
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const auto produced = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return Error(Error::Code::Internal,
            QCoreApplication::translate("charthouse::ChartPackager", "gzip: compression failed"));
    out.truncate(produced);
    return out;
}

} // namespace

Result<QByteArray> ChartPackager::package(const QString &chartName, const ChartFiles &unsortedFiles)
{
    ChartFiles files = unsortedFiles;
    sortChartFiles(files);
    QByteArray tar;
    std::unique_ptr<archive, ArchiveDeleter> writer(archive_write_new());
    archive_write_set_format_pax_restricted(writer.get()); // plain ustar unless a name needs PAX
    archive_write_set_bytes_in_last_block(writer.get(), 1);
    if (archive_write_open(writer.get(), &tar, nullptr, appendToBuffer, nullptr) != ARCHIVE_OK)
        return archiveError(writer.get());
    for (const ChartFile &file : files) {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        const QByteArray name = (chartName + QLatin1Char('/') + file.path).toUtf8();
        archive_entry_set_pathname_utf8(entry.get(), name.constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), file.data.size());
        archive_entry_set_mtime(entry.get(), 0, 0);
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return archiveError(writer.get());
        if (archive_write_data(writer.get(), file.data.constData(), static_cast<size_t>(file.data.size()))
            != file.data.size())
            return archiveError(writer.get());
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return archiveError(writer.get());
    return gzip(tar);
}

} // namespace charthouse
