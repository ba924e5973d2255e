#include "core/credentials/UserCredentialSource.h"

#include "core/credentials/ChainedCredentials.h"
#include "core/credentials/DockerConfigCredentials.h"

namespace charthouse {

std::shared_ptr<CredentialSource> userCredentialSource(
    const QProcessEnvironment &environment, const QString &home, KeychainCredentials::UsernameFor usernameFor)
{
    return std::make_shared<ChainedCredentials>(
        ChainedCredentials::Sources {std::make_shared<KeychainCredentials>(std::move(usernameFor)),
            std::make_shared<DockerConfigCredentials>(
                DockerConfigLocations::fromEnvironment(environment, home))});
}

} // namespace charthouse
