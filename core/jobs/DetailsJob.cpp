#include "core/jobs/DetailsJob.h"

namespace charthouse {

DetailsJob::DetailsJob(QString cacheRoot, Reference ref, QObject *parent, bool withFiles)
    : Job(parent), m_cacheRoot(std::move(cacheRoot)), m_ref(std::move(ref)), m_withFiles(withFiles)
{ }

QString DetailsJob::title() const
{
    return tr("Read %1").arg(m_ref.toString());
}

void DetailsJob::run()
{
    runAndFinish<ChartDetails>(
        [cacheRoot = m_cacheRoot, ref = m_ref, withFiles = m_withFiles]() -> Result<ChartDetails> {
            ChartStore store(cacheRoot);
            auto details = store.details(ref);
            if (!details || !withFiles)
                return details;
            auto files = store.files(ref);
            if (!files)
                return files.error();
            details->files = std::move(*files);
            return details;
        },
        m_result);
}

} // namespace charthouse
