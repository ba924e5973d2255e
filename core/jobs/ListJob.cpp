#include "core/jobs/ListJob.h"

namespace charthouse {

ListJob::ListJob(QString cacheRoot, QObject *parent) : Job(parent), m_cacheRoot(std::move(cacheRoot)) { }

QString ListJob::title() const
{
    return tr("List charts");
}

void ListJob::run()
{
    runAndFinish<ChartListing>(
        [cacheRoot = m_cacheRoot]() -> Result<ChartListing> {
            ChartStore store(cacheRoot);
            return store.list();
        },
        m_result);
}

} // namespace charthouse
