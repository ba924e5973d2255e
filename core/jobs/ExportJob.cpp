#include "core/jobs/ExportJob.h"

namespace charthouse {

ExportJob::ExportJob(QString cacheRoot, Reference ref, QString destDir, bool force, QObject *parent)
    : Job(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_ref(std::move(ref)),
      m_destDir(std::move(destDir)),
      m_force(force)
{ }

QString ExportJob::title() const
{
    return tr("Export %1").arg(m_ref.toString());
}

void ExportJob::run()
{
    runAndFinish<ExportedChart>(
        [cacheRoot = m_cacheRoot, ref = m_ref, destDir = m_destDir, force = m_force,
            cancel = cancelFlag()]() -> Result<ExportedChart> {
            ChartStore store(cacheRoot);
            return store.exportTo(ref, destDir, force, {}, cancel.get());
        },
        m_result);
}

} // namespace charthouse
