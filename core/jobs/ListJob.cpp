#include "core/jobs/ListJob.h"

#include <QMetaObject>
#include <QPointer>

#include <memory>

namespace charthouse {

ListJob::ListJob(QString cacheRoot, QObject *parent) : Job(parent), m_cacheRoot(std::move(cacheRoot)) { }

QString ListJob::title() const
{
    return tr("List charts");
}

void ListJob::streamBatches(BatchGate gate)
{
    m_stream = true;
    m_gate = std::move(gate);
}

void ListJob::run()
{
    ChartBatchSink sink;
    if (m_stream) {
        // The batches go through a relay on this thread that the worker keeps alive, since the job itself may
        // be deleted while the worker reads; posted in order, ahead of the result, so every batch arrives before
        // finished().
        std::shared_ptr<QObject> relay(new QObject, [](QObject *object) { object->deleteLater(); });
        sink = [relay, job = QPointer<ListJob>(this), gate = m_gate](const QList<ChartSummary> &batch) {
            QMetaObject::invokeMethod(relay.get(), [job, batch] {
                if (job)
                    Q_EMIT job->chartsRead(batch);
            });
            if (gate)
                gate();
        };
    }
    runAndFinish<ChartListing>(
        [cacheRoot = m_cacheRoot, sink, gate = m_gate]() -> Result<ChartListing> {
            if (gate)
                gate(); // before the first batch too
            ChartStore store(cacheRoot);
            return store.list(sink);
        },
        m_result);
}

} // namespace charthouse
