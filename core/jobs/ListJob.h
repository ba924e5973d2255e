#pragma once

#include "core/jobs/Job.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// Reads every tagged chart of the cache, as `chart list` shows them.
class ListJob : public Job
{
    Q_OBJECT
public:
    // Called on the listing's thread before the listing begins and after each batch is delivered; it may wait
    // (tests pace a listing with it).
    using BatchGate = std::function<void()>;

    ListJob(QString cacheRoot, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartListing> &result() const { return m_result; }

    // Before start(): deliver the charts in batches through chartsRead() as they are read (the window's first
    // rows), each batch before finished(). Off by default: the CLI prints the whole listing at once.
    void streamBatches(BatchGate gate = {});

Q_SIGNALS:
    // Good rows in listing order; together, every batch makes result()->charts.
    void chartsRead(const QList<charthouse::ChartSummary> &batch);

protected:
    void run() override;

private:
    QString m_cacheRoot;
    bool m_stream = false;
    BatchGate m_gate;
    std::optional<ChartListing> m_result;
};

} // namespace charthouse
