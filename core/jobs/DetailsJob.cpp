#include "core/jobs/DetailsJob.h"

namespace charthouse {

DetailsJob::DetailsJob(QString cacheRoot, Reference ref, QObject *parent)
    : Job(parent), m_cacheRoot(std::move(cacheRoot)), m_ref(std::move(ref))
{ }

QString DetailsJob::title() const
{
    return tr("Read %1").arg(m_ref.toString());
}

void DetailsJob::run()
{
    runAndFinish<ChartDetails>(
        [cacheRoot = m_cacheRoot, ref = m_ref]() -> Result<ChartDetails> {
            ChartStore store(cacheRoot);
            return store.details(ref);
        },
        m_result);
}

} // namespace charthouse
