#pragma once

#include "core/jobs/Job.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// Deletes (or, dry run, lists) the cache's blobs that no chart uses.
class PruneJob : public Job
{
    Q_OBJECT
public:
    PruneJob(QString cacheRoot, bool dryRun, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<PruneReport> &result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_cacheRoot;
    bool m_dryRun = false;
    std::optional<PruneReport> m_result;
};

} // namespace charthouse
