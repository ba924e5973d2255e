#pragma once

#include "core/registry/RegistryClient.h"

#include <functional>

namespace charthouse {

// Before talking to a registry: its saved options (plain HTTP, TLS files) and its credentials (keychain, then
// Docker/Helm config files), unless the caller already set them on the client (e.g. one-shot CLI
// credentials).
void prepareRegistry(
    RegistryClient &client, const QString &host, QObject *context, std::function<void()> then);

} // namespace charthouse
