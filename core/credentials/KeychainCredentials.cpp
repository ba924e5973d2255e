#include "core/credentials/KeychainCredentials.h"

#include "core/common/Logging.h"
#include "core/credentials/Keychain.h"

namespace charthouse {

KeychainCredentials::KeychainCredentials(UsernameFor usernameFor) : m_usernameFor(std::move(usernameFor)) { }

void KeychainCredentials::find(const QString &host, QObject *context, Found found)
{
    const QString username = m_usernameFor ? m_usernameFor(host) : QString();
    if (username.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [found] { found(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    Keychain::read(host, context, [username, found](Result<std::optional<QString>> password) {
        if (!password) {
            qCWarning(lcRegistry).noquote() << password.error().message();
            return found(std::nullopt);
        }
        if (!*password)
            return found(std::nullopt);
        found(Credentials {username, **password});
    });
}

} // namespace charthouse
