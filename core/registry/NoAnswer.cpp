#include "core/registry/NoAnswer.h"

#include <QCoreApplication>

namespace charthouse {

namespace {

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError: return true;
    default: return false;
    }
}

// An HTTPS attempt that failed like this before the handshake completed met a server that does not speak TLS.
bool isTlsProtocolFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::RemoteHostClosedError
        || error == QNetworkReply::ProtocolFailure
        // Requests queued on the same failed HTTPS connection end like this (nothing of ours aborted them).
        || error == QNetworkReply::OperationCanceledError;
}

} // namespace

NoAnswerVerdict judge(const NoAnswer &f)
{
    using Step = NoAnswerVerdict::Step;
    const auto failWith = [](Error error) { return NoAnswerVerdict {Step::Fail, std::move(error)}; };
    if (f.stall == TransferWatch::Stall::Idle) {
        // Not retried (4 × 30 s), and never taken for "speaks plain HTTP".
        const QString seconds = QString::number(f.idleTimeoutMs / 1000.0);
        if (f.status == 0)
            return failWith(
                Error(Error::Code::Network,
                    QCoreApplication::translate(
                        "charthouse::RegistryCall", "cannot reach %1: no answer within %2 s")
                        .arg(f.host, seconds))
                    .withHint(f.https && !f.encrypted ? Error::Hint::ClientCertificate : Error::Hint::None,
                        f.host));
        return failWith(Error(Error::Code::Network,
            QCoreApplication::translate("charthouse::RegistryCall",
                "%1: the registry stopped sending after %2 bytes: nothing within %3 s")
                .arg(f.host)
                .arg(f.received)
                .arg(seconds)));
    }
    if (f.stall == TransferWatch::Stall::Slow)
        return failWith(Error(Error::Code::Network,
            QCoreApplication::translate("charthouse::RegistryCall",
                "%1: the transfer moved %2 bytes in %3 s, below the speed limit of %4 bytes")
                .arg(f.host)
                .arg(f.slowBytes)
                .arg(f.limits.lowSpeedWindowMs / 1000.0)
                .arg(f.limits.lowSpeedBytes))
                            .withHint(Error::Hint::SpeedLimit));
    // A loopback registry whose HTTPS fails with a TLS protocol error speaks plain HTTP (Docker's rule) —
    // unless its certificate was the problem.
    if (f.mayFallBackToPlainHttp && !f.certificateRejected && !f.encrypted && f.status == 0
        && isTlsProtocolFailure(f.error))
        return {Step::TryPlainHttp, std::nullopt};
    if (isTransient(f.error) && f.mayRetry)
        return {Step::Retry, std::nullopt};
    if (f.status != 0) // the answer began and the connection ended: say how far it got
        return failWith(Error(Error::Code::Network,
            f.expected >= 0 ? QCoreApplication::translate(
                "charthouse::RegistryCall", "%1: the connection closed after %2 of %3 bytes")
                                  .arg(f.host)
                                  .arg(f.received)
                                  .arg(f.expected)
                            : QCoreApplication::translate(
                                "charthouse::RegistryCall", "%1: the connection closed after %2 bytes")
                                  .arg(f.host)
                                  .arg(f.received)));
    Error failure(Error::Code::Network,
        QCoreApplication::translate("charthouse::RegistryCall", "cannot reach %1: %2")
            .arg(f.host, f.errorString));
    if (f.certificateRejected)
        return failWith(failure.withHint(Error::Hint::PrivateCa, f.host));
    if (f.https && !f.encrypted && f.error == QNetworkReply::SslHandshakeFailedError)
        return failWith(failure.withHint(Error::Hint::PlainHttp, f.host)); // it answered, but not in TLS
    return failWith(failure);
}

} // namespace charthouse
