#include "core/jobs/VerifyJob.h"

#include "core/provenance/ProvenanceVerifier.h"

namespace charthouse {

VerifyJob::VerifyJob(QString cacheRoot, Reference ref, QString keyringPath, QObject *parent)
    : Job(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_ref(std::move(ref)),
      m_keyringPath(std::move(keyringPath))
{ }

QString VerifyJob::title() const
{
    return tr("Verify %1").arg(m_ref.toString());
}

void VerifyJob::run()
{
    // Reading and hashing are quick; GnuPG runs as child processes this thread waits for: the pool for waits.
    runBlockingAndFinish<ChartVerification>(
        [cacheRoot = m_cacheRoot, ref = m_ref, keyring = m_keyringPath]() -> Result<ChartVerification> {
            auto chart = ChartStore(cacheRoot).withProvenance(ref);
            if (!chart)
                return chart.error();
            auto check
                = ProvenanceVerifier(keyring).verify(chart->archive, chart->provenance, chart->fileName);
            if (!check)
                return check.error();
            return ChartVerification {std::move(chart->summary), std::move(*check)};
        },
        m_result);
}

} // namespace charthouse
