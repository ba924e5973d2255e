#include "core/jobs/RemoveJob.h"

namespace charthouse {

RemoveJob::RemoveJob(QString cacheRoot, Reference ref, QObject *parent)
    : Job(parent), m_cacheRoot(std::move(cacheRoot)), m_ref(std::move(ref))
{ }

QString RemoveJob::title() const
{
    return tr("Remove %1").arg(m_ref.toString());
}

void RemoveJob::run()
{
    // Untagging takes the cache lock, which another process may hold: on the pool for waits.
    runBlockingAndFinish<ChartSummary>(
        [cacheRoot = m_cacheRoot, ref = m_ref, cancel = cancelFlag()]() -> Result<ChartSummary> {
            ChartStore store(cacheRoot);
            return store.remove(ref, cancel.get());
        },
        m_result);
}

} // namespace charthouse
