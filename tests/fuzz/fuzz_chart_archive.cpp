// The chart package reader on arbitrary bytes: registry layers, cache blobs and .tgz files all end up here.
#include "core/chart/ChartArchiveReader.h"
#include "tests/fuzz/FuzzInput.h"

#include <algorithm>
#include <cstring>

using namespace charthouse;

namespace {

// Mutations of a plain tar almost always break a header checksum, and libarchive then stops before our checks
// see the entry. Setting every header's checksum right lets the fuzzer reach names, types and sizes. Gzip'd
// input (what registries serve) is left alone.
void fixTarChecksums(QByteArray &tar)
{
    if (tar.startsWith("\x1f\x8b"))
        return;
    for (qsizetype at = 0; at + 512 <= tar.size();) {
        char *header = tar.data() + at;
        if (std::all_of(header, header + 512, [](char c) { return c == 0; }))
            return; // the end-of-archive blocks
        std::memset(header + 148, ' ', 8);
        unsigned sum = 0;
        for (int i = 0; i < 512; ++i)
            sum += static_cast<unsigned char>(header[i]);
        std::snprintf(header + 148, 8, "%06o", sum & 0777777);
        bool ok = false;
        const qint64 size = QByteArray(header + 124, static_cast<qsizetype>(strnlen(header + 124, 12)))
                                .trimmed()
                                .toLongLong(&ok, 8);
        if (!ok || size < 0 || size > tar.size())
            return;
        at += 512 + (size + 511) / 512 * 512;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Small limits keep an execution fast while still reading every seed whole; the limit checks themselves
    // are what a decompression bomb has to get past.
    ArchiveLimits limits;
    limits.maxFileSize = 64 * 1024;
    limits.maxTotalSize = 256 * 1024;
    limits.maxEntries = 64;
    QByteArray bytes = fuzzBytes(data, size);
    fixTarChecksums(bytes);
    const auto archive = ChartArchiveReader::read(bytes, limits);
    if (archive) {
        fuzzCheck(!archive->topDir.isEmpty(), "a chart archive was read without a top directory");
        fuzzCheck(!archive->files.isEmpty() && archive->files.first().path == QLatin1String("Chart.yaml"),
            "Chart.yaml is not the first file of a chart archive read");
        qint64 total = 0;
        for (const ChartFile &file : archive->files) {
            fuzzCheck(file.data.size() <= limits.maxFileSize, "a file is larger than maxFileSize");
            total += file.data.size();
        }
        fuzzCheck(total <= limits.maxTotalSize, "the files are larger than maxTotalSize");
    }
    return 0;
}
