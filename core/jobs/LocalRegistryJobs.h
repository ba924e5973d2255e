#pragma once

#include "core/jobs/Job.h"
#include "core/registry/LocalRegistry.h"

namespace charthouse {

// Starts a local test registry (docker-registry) in the background and finishes once it answers.
class StartLocalRegistryJob : public Job
{
    Q_OBJECT
public:
    StartLocalRegistryJob(LocalRegistry registry, LocalRegistryOptions options, QObject *parent = nullptr);
    QString title() const override;
    const std::optional<LocalRegistryState> &result() const { return m_result; }

protected:
    void run() override;

private:
    LocalRegistry m_registry;
    LocalRegistryOptions m_options;
    std::optional<LocalRegistryState> m_result;
};

// Stops the local test registry on an address.
class StopLocalRegistryJob : public Job
{
    Q_OBJECT
public:
    explicit StopLocalRegistryJob(LocalRegistry registry, QObject *parent = nullptr);
    QString title() const override;
    const std::optional<LocalRegistryState> &result() const { return m_result; }

protected:
    void run() override;

private:
    LocalRegistry m_registry;
    std::optional<LocalRegistryState> m_result;
};

} // namespace charthouse
