#pragma once

#include "core/common/Result.h"
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
    // All or nothing: a failed write (a full disk) leaves the settings file as it was.
    static Result<void> remember(const QString &host, const QString &username, const RegistryOptions &options);
    static Result<void> forget(const QString &host);

    // For every transfer: the largest layer and the speed limit (the CLI's flags override them).
    static TransferLimits transferLimits();
    static Result<void> setTransferLimits(const TransferLimits &limits);
};

} // namespace charthouse
