#pragma once

#include "core/jobs/Job.h"
#include "core/provenance/ProvenanceCheck.h"
#include "core/store/ChartStore.h"

namespace charthouse {

struct ChartVerification
{
    ChartSummary summary;
    ProvenanceCheck check;
};

// Checks a cached chart's provenance layer against a keyring, as `helm verify` checks CHART.tgz.prov.
class VerifyJob : public Job
{
    Q_OBJECT
public:
    VerifyJob(QString cacheRoot, Reference ref, QString keyringPath, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartVerification> &result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_cacheRoot;
    Reference m_ref;
    QString m_keyringPath;
    std::optional<ChartVerification> m_result;
};

} // namespace charthouse
