#pragma once

// Inside the registry client: the request and response of one HTTP exchange, shared by RegistryCall (which
// sends, retries, authenticates and follows redirects) and RegistryClient (which builds the requests of the
// API). Not for use outside core/registry.
#include "core/registry/ContentDigestCheck.h"
#include "core/registry/RegistryCall.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace charthouse {

// What a manifest GET or HEAD accepts: the OCI and Docker image manifests, and an index (refused later, by name).
inline constexpr char manifestAcceptTypes[] = "application/vnd.oci.image.manifest.v1+json, "
                                              "application/vnd.docker.distribution.manifest.v2+json, "
                                              "application/vnd.oci.image.index.v1+json";

class TransferWatch;

struct RegistryCall::Request
{
    using Sink = std::function<Result<void>(QByteArrayView chunk)>;
    QByteArray method = "GET";
    QString host; // the registry
    QString repository; // for error messages
    QUrl url; // absolute once the scheme is known; else a path relative to the registry
    QString scope; // token scope, e.g. repository:myrepo/mychart:pull
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Sink sink; // stream a successful body here instead of keeping it
    std::function<bool()> sinkFull; // with a sink: true while the reader wants no more bytes for now
    std::function<void()> restartSink;
    qint64 expectedSize = -1; // with a sink: the most the body may be
    QByteArray verifiedDigest; // with a sink: the digest the reader checks the body against itself
};

struct RegistryCall::Response
{
    int status = 0;
    QByteArray body; // at most maxSmallBody; of an error answer, its first maxErrorBody bytes
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct RegistryCall::Exchange
{
    Request request;
    std::function<void(Result<Response>)> done;
    QUrl url; // where the request goes now (after redirects)
    int attempt = 0;
    int redirects = 0;
    bool authTried = false;
    bool schemeFallbackTried = false;

    // Of the current attempt.
    QPointer<QNetworkReply> reply;
    TransferWatch *watch = nullptr; // the reply's child
    bool encrypted = false; // the TLS handshake completed
    bool certificateRejected = false; // the server speaks TLS; its certificate did not verify
    bool paused = false; // the reader is full: bytes wait in the socket
    bool finishedWhilePaused = false;
    bool errorBodyCut = false; // an error answer longer than maxErrorBody: kept its start, stopped reading
    qint64 received = 0;
    QByteArray body;
    std::optional<ContentDigestCheck> digest; // the answer's Docker-Content-Digest, checked against the body
    std::optional<Error> failure; // found while reading: the sink failed, too large, a bad digest header

    void startAttempt()
    {
        reply = nullptr;
        watch = nullptr;
        encrypted = certificateRejected = paused = finishedWhilePaused = errorBodyCut = false;
        received = 0;
        body.clear();
        digest.reset();
        failure.reset();
    }
    int status() const
    {
        return reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }
    bool streaming() const { return request.sink && status() >= 200 && status() < 300; }
};

} // namespace charthouse
