#pragma once

#include "core/chart/ArchiveLimits.h"
#include "core/chart/ChartFile.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace charthouse {

struct ChartArchive
{
    QString topDir; // the single top directory every entry lives under
    ChartFiles files; // paths relative to topDir, Chart.yaml first
};

// Reads a chart package (.tgz) into memory, refusing anything hostile: absolute paths, '..', drive letters
// and backslashes, links of any kind, devices, entries outside the single top directory, Chart.yaml missing
// or at the archive root, duplicates, and more data than the limits allow (counted as it is decompressed).
class ChartArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartArchiveReader)
public:
    static Result<ChartArchive> read(const QByteArray &tgz, const ArchiveLimits &limits = {});
    static Result<ChartArchive> readFile(const QString &path, const ArchiveLimits &limits = {});
};

} // namespace charthouse
