#pragma once

#include "core/common/Error.h"
#include "core/registry/RegistryOptions.h"
#include "core/registry/TransferWatch.h"

#include <QNetworkReply>

#include <optional>

namespace charthouse {

// What is known about a request that got no complete answer: nothing, or a body cut short.
struct NoAnswer
{
    QString host; // the registry
    bool https = false;
    bool mayFallBackToPlainHttp = false; // a loopback registry's own HTTPS request, not known to speak HTTPS,
                                         // nor configured, nor tried yet
    TransferWatch::Stall stall = TransferWatch::Stall::None;
    int status = 0; // 0: no answer began
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool encrypted = false; // the TLS handshake completed
    bool certificateRejected = false;
    qint64 received = 0;
    qint64 expected = -1; // the body's size if known
    qint64 slowBytes = 0; // with Stall::Slow: what moved in the last window
    bool mayRetry = false; // attempts are left
    int idleTimeoutMs = 0;
    TransferLimits limits;
};

// What to do about it: try plain HTTP (Docker's rule for loopback registries, only after a TLS protocol
// error, never a timeout), retry (a dropped connection; a timeout is not retried), or fail with words that
// say what happened — the same words every time for the same fault.
struct NoAnswerVerdict
{
    enum class Step { TryPlainHttp, Retry, Fail } step = Step::Fail;
    std::optional<Error> error; // with Fail
};

NoAnswerVerdict judge(const NoAnswer &facts);

} // namespace charthouse
