#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace charthouse {

// Registry passwords in the OS keychain (Secret Service on Linux) through QtKeychain, with its insecure
// plain-file fallback off. Service "charthouse", key = registry host. Asynchronous: the callback runs once,
// on the calling thread, after the keychain answered.
class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::Keychain)
public:
    using Done = std::function<void(Result<void>)>;
    // nullopt: nothing stored for that host.
    using ReadDone = std::function<void(Result<std::optional<QString>>)>;

    static void read(const QString &host, QObject *context, ReadDone done);
    static void write(const QString &host, const QString &password, QObject *context, Done done);
    static void remove(const QString &host, QObject *context, Done done);
};

} // namespace charthouse
