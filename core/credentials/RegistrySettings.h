#pragma once

#include "core/registry/RegistryOptions.h"

#include <QStringList>

namespace charthouse {

// What is not secret about the registries a user logged in to: user name and connection options, in the app's
// settings (QSettings "Charthouse/charthouse", under $XDG_CONFIG_HOME). Passwords never go here.
class RegistrySettings
{
public:
    static QStringList knownHosts();
    static QString username(const QString &host);
    static RegistryOptions options(const QString &host);
    static void remember(const QString &host, const QString &username, const RegistryOptions &options);
    static void forget(const QString &host);
};

} // namespace charthouse
