#pragma once

#include "core/chart/ArchiveLimits.h"
#include "core/compare/ChartDiff.h"
#include "core/compare/ChartSource.h"

#include <QCoreApplication>

#include <atomic>

namespace charthouse {

struct CompareLimits
{
    // A file larger than this is refused rather than diffed (the loaders' own limit by default).
    qint64 maxFileSize = ArchiveLimits {}.maxFileSize;
    // Edits per file before its diff turns approximate (see diffLines).
    int maxEdits = 2000;
    // Lines of context around each change, as diff -u.
    int context = 3;
    // What the paths and values of one values.yaml may take in memory (see flattenValues).
    qint64 maxValuesBytes = 64LL << 20;
};

// Compares two loaded charts, part by part. Synchronous and thread-safe (no state but its settings): the
// CompareJob runs it on the thread pool.
class ChartComparer
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartComparer)
public:
    explicit ChartComparer(CompareParts parts = allCompareParts(), CompareLimits limits = {});

    Result<ChartDiff> compare(const ChartSource &oldChart, const ChartSource &newChart,
        const std::atomic_bool *cancel = nullptr) const;

private:
    Result<void> compareValuesAndImages(
        const ChartSource &oldChart, const ChartSource &newChart, ChartDiff &diff) const;
    Result<void> compareFiles(const ChartSource &oldChart, const ChartSource &newChart, ChartDiff &diff,
        const std::atomic_bool *cancel) const;
    Result<void> checkSize(const ChartFile &file, const QString &label) const;

    CompareParts m_parts;
    CompareLimits m_limits;
};

} // namespace charthouse
