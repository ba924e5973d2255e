#include "core/jobs/CompareJob.h"

namespace charthouse {

CompareJob::CompareJob(
    QString cacheRoot, QString oldSpec, QString newSpec, CompareParts parts, QObject *parent)
    : CompareJob(CompareSide {cacheRoot, std::move(oldSpec)}, CompareSide {cacheRoot, std::move(newSpec)}, parts,
        parent)
{ }

CompareJob::CompareJob(CompareSide oldSide, CompareSide newSide, CompareParts parts, QObject *parent)
    : Job(parent), m_old(std::move(oldSide)), m_new(std::move(newSide)), m_parts(parts)
{ }

QString CompareJob::title() const
{
    return tr("Compare %1 with %2").arg(m_old.spec, m_new.spec);
}

void CompareJob::run()
{
    runInBackground<Outcome>(
        [oldSide = m_old, newSide = m_new, parts = m_parts, cancel = cancelFlag()]() -> Result<Outcome> {
            auto oldChart = ChartSource::load(oldSide.spec, oldSide.storeRoot);
            if (!oldChart)
                return oldChart.error();
            if (cancel->load())
                return cancelledError();
            auto newChart = ChartSource::load(newSide.spec, newSide.storeRoot);
            if (!newChart)
                return newChart.error();
            auto diff = ChartComparer(parts).compare(*oldChart, *newChart, cancel.get());
            if (!diff)
                return diff.error();
            return Outcome {std::move(*diff), {std::move(*oldChart), std::move(*newChart)}};
        },
        [this](Result<Outcome> outcome) {
            if (!outcome)
                return finish(outcome.error());
            m_result = std::move(outcome->diff);
            m_charts = std::move(outcome->charts);
            finish({});
        });
}

} // namespace charthouse
