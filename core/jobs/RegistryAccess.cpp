#include "core/jobs/RegistryAccess.h"

#include "core/credentials/CredentialResolver.h"
#include "core/credentials/RegistrySettings.h"

#include <QPointer>

namespace charthouse {

void prepareRegistry(
    RegistryClient &client, const QString &host, QObject *context, std::function<void()> then)
{
    if (!client.hasOptions(host))
        client.setOptions(host, RegistrySettings::options(host));
    if (client.credentialsResolved(host))
        return then();
    QPointer<RegistryClient> guard(&client);
    CredentialResolver::resolve(host, context, [guard, host, then](std::optional<Credentials> credentials) {
        if (guard && !guard->credentialsResolved(host))
            guard->setCredentials(host, credentials);
        then();
    });
}

} // namespace charthouse
