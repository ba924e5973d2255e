#pragma once

#include "core/jobs/Job.h"
#include "core/registry/RegistryClient.h"

#include <QPointer>

namespace charthouse {

// A job that talks to registries through a shared RegistryClient. It tracks its calls so cancel(), a failure
// or the job's destruction aborts whatever is still in flight, and a late callback never reaches a gone job.
class NetworkJob : public Job
{
    Q_OBJECT
public:
    NetworkJob(RegistryClient *client, QObject *parent);
    ~NetworkJob() override;

protected:
    RegistryClient *client() const { return m_client; }
    // Keeps the call to abort it later; returns it.
    RegistryCall *track(RegistryCall *call);
    // Ends the job with an error and aborts the other calls.
    void fail(const Error &error);
    // Callbacks of aborted calls return early when this is true.
    bool stopped() const { return m_stopping || isFinished(); }
    void onCancel() override;
    // Called when the job stops early (failure or cancel), after its calls were aborted: drop partial
    // downloads, then call done() on this job's thread, which finishes the job. May be asynchronous
    // (background work still running, files to delete on the thread pool); finished() is emitted only once
    // done() ran, so the disk is as it was when a failed or cancelled job reports.
    virtual void discardPartialWork(std::function<void()> done) { done(); }

private:
    void abortCalls();
    void stop(const Error &error);
    QPointer<RegistryClient> m_client;
    QList<QPointer<RegistryCall>> m_calls;
    bool m_stopping = false;
};

} // namespace charthouse
