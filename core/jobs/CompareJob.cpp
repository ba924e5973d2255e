#include "core/jobs/CompareJob.h"

namespace charthouse {

CompareJob::CompareJob(
    QString cacheRoot, QString oldSpec, QString newSpec, CompareParts parts, QObject *parent)
    : Job(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_oldSpec(std::move(oldSpec)),
      m_newSpec(std::move(newSpec)),
      m_parts(parts)
{ }

QString CompareJob::title() const
{
    return tr("Compare %1 with %2").arg(m_oldSpec, m_newSpec);
}

void CompareJob::run()
{
    runAndFinish<ChartDiff>(
        [cacheRoot = m_cacheRoot, oldSpec = m_oldSpec, newSpec = m_newSpec, parts = m_parts,
            cancel = cancelFlag()]() -> Result<ChartDiff> {
            auto oldChart = ChartSource::load(oldSpec, cacheRoot);
            if (!oldChart)
                return oldChart.error();
            if (cancel->load())
                return cancelledError();
            auto newChart = ChartSource::load(newSpec, cacheRoot);
            if (!newChart)
                return newChart.error();
            return ChartComparer(parts).compare(*oldChart, *newChart, cancel.get());
        },
        m_result);
}

} // namespace charthouse
