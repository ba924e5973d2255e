#pragma once

#include "core/registry/RegistryClient.h"

#include <QEventLoop>

namespace charthouse::test {

// Runs one RegistryClient call to its answer on a local event loop:
// awaitCall<Digest>([&](auto done) { return client.putManifest(ref, type, bytes, done); }).
template<typename T> Result<T> awaitCall(const std::function<RegistryCall *(RegistryClient::Done<T>)> &start)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    start([&](Result<T> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace charthouse::test
