#pragma once

#include "core/registry/RegistryOptions.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace charthouse {

// Where a registry client finds the credentials for a host: the keychain, Docker's and Helm's config files,
// docker-credential-* helpers, or a chain of these. Passed to the client, never read from globals by it.
class CredentialSource
{
public:
    using Found = std::function<void(std::optional<Credentials>)>;
    virtual ~CredentialSource() = default;
    // Asynchronous: never blocks the calling thread (a helper process runs while the event loop turns).
    // found is called exactly once, on context's thread, unless context is destroyed first; nullopt: none.
    virtual void find(const QString &host, QObject *context, Found found) = 0;
};

} // namespace charthouse
