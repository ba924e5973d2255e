#pragma once

#include "core/credentials/KeychainCredentials.h"

#include <QProcessEnvironment>

#include <memory>

namespace charthouse {

// Where a user's own registry logins are, for both faces: Charthouse's keychain entry (user name from
// usernameFor), then Docker's and Helm's config files and their helpers as found from environment and home.
std::shared_ptr<CredentialSource> userCredentialSource(const QProcessEnvironment &environment,
    const QString &home, KeychainCredentials::UsernameFor usernameFor);

} // namespace charthouse
