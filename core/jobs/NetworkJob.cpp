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

void NetworkJob::fail(const Error &error)
{
    if (stopped())
        return;
    abortCalls();
    discardPartialWork();
    finish(error);
}

void NetworkJob::onCancel()
{
    abortCalls();
    discardPartialWork();
    finish(cancelledError());
}

} // namespace charthouse
