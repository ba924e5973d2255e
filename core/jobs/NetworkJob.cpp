#include "core/jobs/NetworkJob.h"

namespace charthouse {

NetworkJob::NetworkJob(RegistryClient *client, QObject *parent) : Job(parent), m_client(client) { }

NetworkJob::~NetworkJob()
{
    abortCalls();
}

RegistryCall *NetworkJob::track(RegistryCall *call)
{
    m_calls.append(call);
    return call;
}

void NetworkJob::abortCalls()
{
    m_stopping = true;
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<RegistryCall> &call : calls)
        if (call)
            call->cancel();
}

void NetworkJob::stop(const Error &error)
{
    abortCalls();
    discardPartialWork([this, error] { finish(error); });
}

void NetworkJob::fail(const Error &error)
{
    if (stopped())
        return;
    stop(error);
}

void NetworkJob::onCancel()
{
    if (stopped())
        return; // already stopping after a failure: that finish() follows
    stop(cancelledError());
}

} // namespace charthouse
