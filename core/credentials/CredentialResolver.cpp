#include "core/credentials/CredentialResolver.h"

#include "core/common/Logging.h"
#include "core/credentials/DockerConfig.h"
#include "core/credentials/Keychain.h"
#include "core/credentials/RegistrySettings.h"

namespace charthouse {

void CredentialResolver::resolve(const QString &host, QObject *context, Done done)
{
    const QString username = RegistrySettings::username(host);
    if (username.isEmpty())
        return done(DockerConfig::find(host));
    Keychain::read(host, context, [host, username, done](Result<std::optional<QString>> password) {
        if (password && *password)
            return done(Credentials {username, **password});
        if (!password)
            qCWarning(lcRegistry) << password.error().message();
        done(DockerConfig::find(host));
    });
}

} // namespace charthouse
