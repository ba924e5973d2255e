#pragma once

#include "core/jobs/Job.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// Reads every tagged chart of the cache, as `chart list` shows them.
class ListJob : public Job
{
    Q_OBJECT
public:
    ListJob(QString cacheRoot, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartListing> &result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_cacheRoot;
    std::optional<ChartListing> m_result;
};

} // namespace charthouse
