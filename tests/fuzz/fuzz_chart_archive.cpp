// The chart package reader on arbitrary bytes: registry layers, cache blobs and .tgz files all end up here.
#include "core/chart/ChartArchiveReader.h"
#include "tests/fuzz/FuzzInput.h"

using namespace charthouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Small limits keep an execution fast while still reading every seed whole; the limit checks themselves
    // are what a decompression bomb has to get past.
    ArchiveLimits limits;
    limits.maxFileSize = 64 * 1024;
    limits.maxTotalSize = 256 * 1024;
    limits.maxEntries = 64;
    const auto archive = ChartArchiveReader::read(fuzzBytes(data, size), limits);
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
