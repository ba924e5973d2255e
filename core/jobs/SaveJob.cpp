#include "core/jobs/SaveJob.h"

namespace charthouse {

SaveJob::SaveJob(QString cacheRoot, QString source, Reference ref, SaveOptions options, QObject *parent)
    : Job(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_source(std::move(source)),
      m_ref(std::move(ref)),
      m_options(options)
{ }

QString SaveJob::title() const
{
    return tr("Save %1").arg(m_ref.toString());
}

void SaveJob::run()
{
    // The commit waits for the cache lock, which another process may hold: on the pool for waits.
    runBlockingAndFinish<ChartSummary>(
        [cacheRoot = m_cacheRoot, source = m_source, ref = m_ref, options = m_options,
            cancel = cancelFlag()]() -> Result<ChartSummary> {
            ChartStore store(cacheRoot);
            return store.save(source, ref, options, cancel.get());
        },
        m_result);
}

} // namespace charthouse
