#include "core/credentials/CredentialResolver.h"

#include "core/credentials/RegistrySettings.h"
#include "core/credentials/UserCredentialSource.h"

#include <QDir>

namespace charthouse {

void CredentialResolver::resolve(const QString &host, QObject *context, Done done)
{
    userCredentialSource(
        QProcessEnvironment::systemEnvironment(), QDir::homePath(), &RegistrySettings::username)
        ->find(host, context, std::move(done));
}

} // namespace charthouse
