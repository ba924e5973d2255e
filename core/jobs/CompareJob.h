#pragma once

#include "core/compare/ChartComparer.h"
#include "core/jobs/Job.h"

namespace charthouse {

// One side of a comparison: a chart directory or .tgz path, or else a reference to a chart in the store at
// storeRoot (the Helm cache, or a temporary store a remote version was fetched into).
struct CompareSide
{
    QString storeRoot;
    QString spec;
};

// The two charts as loaded, for a view that shows whole files beside the diff.
struct ComparedCharts
{
    ChartSource oldChart;
    ChartSource newChart;
};

// Loads two charts (each a cached reference, a chart directory or a .tgz: see ChartSource::load) and compares
// them: `chart diff` and the compare window.
class CompareJob : public Job
{
    Q_OBJECT
public:
    CompareJob(QString cacheRoot, QString oldSpec, QString newSpec, CompareParts parts = allCompareParts(),
        QObject *parent = nullptr);
    CompareJob(CompareSide oldSide, CompareSide newSide, CompareParts parts = allCompareParts(),
        QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartDiff> &result() const { return m_result; }
    // Set with result(): the charts compared.
    const std::optional<ComparedCharts> &charts() const { return m_charts; }

protected:
    void run() override;

private:
    struct Outcome
    {
        ChartDiff diff;
        ComparedCharts charts;
    };

    CompareSide m_old;
    CompareSide m_new;
    CompareParts m_parts;
    std::optional<ChartDiff> m_result;
    std::optional<ComparedCharts> m_charts;
};

} // namespace charthouse
