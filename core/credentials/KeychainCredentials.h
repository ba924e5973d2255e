#pragma once

#include "core/registry/CredentialSource.h"

#include <functional>

namespace charthouse {

// A login made in Charthouse: the user name from usernameFor (the faces pass RegistrySettings::username), the
// password from the OS keychain (Keychain). No user name: nullopt, and the keychain is not asked. A keychain
// error is logged (never a password) and counts as nothing found. found is never called from inside find().
class KeychainCredentials : public CredentialSource
{
public:
    using UsernameFor = std::function<QString(const QString &host)>;

    explicit KeychainCredentials(UsernameFor usernameFor);
    void find(const QString &host, QObject *context, Found found) override;

private:
    UsernameFor m_usernameFor;
};

} // namespace charthouse
