#include "core/jobs/RegistryAccess.h"

#include "core/credentials/CredentialResolver.h"
#include "core/credentials/RegistrySettings.h"

namespace charthouse {

namespace {

class UserCredentials : public CredentialSource
{
public:
    void find(const QString &host, QObject *context, Found found) override
    {
        CredentialResolver::resolve(host, context, std::move(found));
    }
};

} // namespace

void useUserRegistries(RegistryClient &client)
{
    client.setOptionsSource(&RegistrySettings::options);
    client.setTransferLimits(RegistrySettings::transferLimits());
    client.setCredentialSource(std::make_shared<UserCredentials>());
}

} // namespace charthouse
