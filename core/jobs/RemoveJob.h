#pragma once

#include "core/jobs/Job.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// Untags a chart and deletes the blobs nothing else references.
class RemoveJob : public Job
{
    Q_OBJECT
public:
    RemoveJob(QString cacheRoot, Reference ref, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartSummary> &result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_cacheRoot;
    Reference m_ref;
    std::optional<ChartSummary> m_result;
};

} // namespace charthouse
