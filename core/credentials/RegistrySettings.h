#pragma once

#include "core/common/Result.h"
#include "core/registry/RegistryOptions.h"

#include <QHash>
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

    // Repositories the user added by hand (the registry browser's "Add repository…"), by registry host: where a
    // registry does not offer its catalog, these are listed with the ones known from the cache.
    static QHash<QString, QStringList> addedRepositories();
    static Result<void> addRepository(const QString &host, const QString &repository);

    // For every transfer: the largest layer and the speed limit (the CLI's flags override them).
    static TransferLimits transferLimits();
    static Result<void> setTransferLimits(const TransferLimits &limits);
};

} // namespace charthouse
