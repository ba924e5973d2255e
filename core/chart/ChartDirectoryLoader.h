#pragma once

#include "core/chart/ArchiveLimits.h"
#include "core/chart/ChartFile.h"
#include "core/chart/ChartMetadata.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace charthouse {

struct LoadedChart
{
    ChartMetadata metadata;
    ChartFiles files; // Chart.yaml first, then by path
};

// Reads a chart directory as Helm's loader does (.helmignore, symlinks followed), refusing what could leak or
// hang: links that resolve outside the chart, symlink loops, FIFOs, sockets and devices; files over the
// limits.
class ChartDirectoryLoader
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartDirectoryLoader)
public:
    static Result<LoadedChart> load(const QString &dir, qint64 maxFileSize = ArchiveLimits {}.maxFileSize,
        qint64 maxTotalSize = ArchiveLimits {}.maxTotalSize);
};

// Orders files the way charts are packaged: Chart.yaml first, then by path (byte order, like Go).
void sortChartFiles(ChartFiles &files);
// Parses Chart.yaml (and requirements.yaml) from a file set; errors name `where`.
Result<ChartMetadata> metadataFromFiles(const ChartFiles &files, const QString &where);

} // namespace charthouse
