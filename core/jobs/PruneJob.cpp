#include "core/jobs/PruneJob.h"

namespace charthouse {

PruneJob::PruneJob(QString cacheRoot, bool dryRun, QObject *parent)
    : Job(parent), m_cacheRoot(std::move(cacheRoot)), m_dryRun(dryRun)
{ }

QString PruneJob::title() const
{
    return m_dryRun ? tr("Look for unused blobs") : tr("Remove unused blobs");
}

void PruneJob::run()
{
    // Pruning holds the cache lock, which another process may hold first: on the pool for waits.
    runBlockingAndFinish<PruneReport>(
        [cacheRoot = m_cacheRoot, dryRun = m_dryRun, cancel = cancelFlag()]() -> Result<PruneReport> {
            return ChartStore(cacheRoot).prune(dryRun, ChartStore::defaultPruneAgeSeconds, cancel.get());
        },
        m_result);
}

} // namespace charthouse
