#pragma once

#include "core/registry/RegistryOptions.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace charthouse {

// One run of a docker-credential-* helper as Docker runs it: `<program> get`, the host on stdin, JSON with
// "Username" and "Secret" on stdout. Asynchronous, with QProcess's signals only: the event loop turns while
// the helper runs. done(nullopt) when the helper does not start, exits non-zero, prints more than maxOutput
// bytes or no JSON object with a Secret, or is still running after timeout (then it is killed). Its stderr is
// discarded and nothing it prints is logged. done is called once, on context's thread, never from inside
// run(), never after context was destroyed; a helper still running when context is destroyed is killed. Call
// run() on context's thread.
class CredentialHelper
{
public:
    using Done = std::function<void(std::optional<Credentials>)>;
    static constexpr qint64 maxOutput = 64 * 1024;

    static void run(const QString &program, const QString &host, const QProcessEnvironment &environment,
        std::chrono::milliseconds timeout, QObject *context, Done done);
};

} // namespace charthouse
