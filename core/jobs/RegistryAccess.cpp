#include "core/jobs/RegistryAccess.h"

#include "core/credentials/RegistrySettings.h"
#include "core/credentials/UserCredentialSource.h"

namespace charthouse {

void useUserRegistries(RegistryClient &client, const QProcessEnvironment &environment, const QString &home)
{
    client.setOptionsSource(&RegistrySettings::options);
    client.setTransferLimits(RegistrySettings::transferLimits());
    client.setCredentialSource(userCredentialSource(environment, home, &RegistrySettings::username));
}

} // namespace charthouse
