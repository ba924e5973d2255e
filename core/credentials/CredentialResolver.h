#pragma once

#include "core/common/Result.h"
#include "core/registry/RegistryOptions.h"

#include <QObject>

#include <functional>
#include <optional>

namespace charthouse {

// Finds the credentials for a registry before a transfer starts: the keychain (user name from the settings),
// else Docker's and Helm's config files. A keychain that is not there is not an error here: transfers to
// registries that need no login still work. A thin wrapper over userCredentialSource() with the process's
// environment, until the sources are handed to RegistryClient; done is never called from inside resolve().
class CredentialResolver
{
public:
    using Done = std::function<void(std::optional<Credentials>)>;
    static void resolve(const QString &host, QObject *context, Done done);
};

} // namespace charthouse
