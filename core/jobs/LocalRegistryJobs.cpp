#include "core/jobs/LocalRegistryJobs.h"

namespace charthouse {

StartLocalRegistryJob::StartLocalRegistryJob(
    LocalRegistry registry, LocalRegistryOptions options, QObject *parent)
    : Job(parent), m_registry(std::move(registry)), m_options(std::move(options))
{ }

QString StartLocalRegistryJob::title() const
{
    return tr("Start a local registry on %1").arg(m_registry.address());
}

void StartLocalRegistryJob::run()
{
    // Polls until the registry answers (up to seconds): on the pool for waits.
    runBlockingAndFinish<LocalRegistryState>(
        [registry = m_registry, options = m_options] { return registry.start(options); }, m_result);
}

StopLocalRegistryJob::StopLocalRegistryJob(LocalRegistry registry, QObject *parent)
    : Job(parent), m_registry(std::move(registry))
{ }

QString StopLocalRegistryJob::title() const
{
    return tr("Stop the local registry on %1").arg(m_registry.address());
}

void StopLocalRegistryJob::run()
{
    // Waits for the process to end (up to seconds): on the pool for waits.
    runBlockingAndFinish<LocalRegistryState>([registry = m_registry] { return registry.stop(); }, m_result);
}

} // namespace charthouse
