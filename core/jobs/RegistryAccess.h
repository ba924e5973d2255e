#pragma once

#include "core/registry/RegistryClient.h"

#include <QProcessEnvironment>

namespace charthouse {

// The user's registries for a client: options (plain HTTP, TLS files) and transfer limits from the saved
// settings, and credentials from the keychain, then Docker's and Helm's config files and credential helpers
// as found from `environment` and `home` (the faces pass the process's). Both faces call this once for their
// client; a one-shot login (CLI credentials) is set on the client directly and wins.
void useUserRegistries(RegistryClient &client, const QProcessEnvironment &environment, const QString &home);

} // namespace charthouse
