// RegistryCall: one API operation's HTTP exchanges with a registry — sending, retries of transient failures,
// the 401 → Basic or token dance, redirects, the plain-HTTP fallback for loopback registries and TLS options.
#include "core/registry/RegistryExchange.h"

#include "core/common/Logging.h"
#include "core/registry/AuthChallenge.h"
#include "core/registry/RegistryErrors.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>

namespace charthouse {

namespace {

constexpr qint64 maxSmallBody = 4 * 1024 * 1024;
constexpr int maxRedirects = 10;

// Credentials go only to the origin they were meant for: same scheme, host and port.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort) == b.port(defaultPort);
}
constexpr qint64 streamChunk = 256 * 1024;

QString origin(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

Error cancelled()
{
    return Error(
        Error::Code::Cancelled, QCoreApplication::translate("charthouse::RegistryCall", "cancelled"));
}

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
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

// On a loopback registry, an HTTPS attempt that fails like this means "it speaks plain HTTP".
bool suggestsPlainHttp(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ProtocolFailure
        || error == QNetworkReply::UnknownNetworkError
        // Requests queued on the same failed HTTPS connection end like this (we did not cancel them).
        || error == QNetworkReply::OperationCanceledError;
}

int retryDelayMs(QNetworkReply *reply, int attempt)
{
    const QByteArray retryAfter = reply ? reply->rawHeader("Retry-After") : QByteArray();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        if (ok)
            return qBound(0, seconds, 30) * 1000;
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (when.isValid())
            return static_cast<int>(
                qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when), qint64(30'000)));
    }
    const int base = 200 << qMin(attempt, 6);
    return base + static_cast<int>(QRandomGenerator::global()->bounded(base / 2 + 1));
}

// The TLS settings for a registry's options: used for the registry's own requests and its token service's.
Result<QSslConfiguration> tlsConfiguration(const RegistryOptions &options)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (extra.isEmpty())
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate(
                    "charthouse::RegistryCall", "cannot read a PEM certificate from the CA file %1")
                    .arg(options.caFile));
        ssl.setCaCertificates(ssl.caCertificates() + extra);
    }
    if (options.certFile.isEmpty() != options.keyFile.isEmpty())
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("charthouse::RegistryCall",
                "a client certificate needs both a certificate file and a key file (given only %1)")
                .arg(options.certFile.isEmpty() ? options.keyFile : options.certFile));
    if (!options.certFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(options.certFile, QSsl::Pem);
        if (certs.isEmpty())
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("charthouse::RegistryCall",
                    "cannot read a PEM certificate from the client certificate file %1")
                    .arg(options.certFile));
        QFile keyFile(options.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io,
                QCoreApplication::translate("charthouse::RegistryCall", "cannot read the client key %1: %2")
                    .arg(options.keyFile, keyFile.errorString()));
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            return Error(Error::Code::InvalidInput,
                QCoreApplication::translate("charthouse::RegistryCall",
                    "the client key %1 is neither an RSA nor an EC private key in PEM format (an encrypted "
                    "key is not supported)")
                    .arg(options.keyFile));
        ssl.setLocalCertificate(certs.first());
        ssl.setPrivateKey(key);
    }
    if (options.insecureSkipTlsVerify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}

} // namespace

bool isLoopbackHost(const QString &hostAndPort)
{
    QString host = hostAndPort;
    if (host.startsWith(QLatin1Char('['))) {
        host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

struct RegistryCall::Exchange
{
    Request request;
    QUrl url;
    int attempt = 0;
    int redirects = 0;
    QElapsedTimer clock; // since the request was sent: a timeout is not a "speaks plain HTTP" sign
    bool authTried = false;
    bool schemeFallbackTried = false;
    bool certificateRejected = false; // the server speaks TLS; its certificate did not verify
    qint64 received = 0;
    QByteArray body;
    std::optional<Error> sinkError;
    std::function<void(Result<Response>)> done;
};

RegistryCall::RegistryCall(RegistryClient *client) : QObject(client), m_client(client) { }

RegistryCall::~RegistryCall()
{
    if (m_holdsSlot && m_client)
        m_client->releaseTransferSlot();
}

void RegistryCall::cancel()
{
    if (m_completed || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // handleFinished() reports the cancellation
    else if (m_abort)
        m_abort(cancelled());
}

void RegistryCall::fail(const std::shared_ptr<Exchange> &exchange, const Error &error)
{
    exchange->done(error);
}

void RegistryCall::exchange(Request request, std::function<void(Result<Response>)> done)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->request = std::move(request);
    exchange->done = std::move(done);
    send(exchange);
}

void RegistryCall::send(std::shared_ptr<Exchange> exchange)
{
    if (exchange->request.url.isRelative()) {
        const QString host = exchange->request.host;
        exchange->url
            = QUrl(m_client->schemeFor(host) + QStringLiteral("://") + host).resolved(exchange->request.url);
    } else {
        exchange->url = exchange->request.url;
    }
    issue(exchange);
}

void RegistryCall::issue(std::shared_ptr<Exchange> exchange)
{
    if (m_cancelled)
        return fail(exchange, cancelled());
    const Request &r = exchange->request;
    const RegistryOptions options = m_client->options(r.host);
    QNetworkRequest request(exchange->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("charthouse/" CHARTHOUSE_VERSION));
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    const QUrl registryBase(m_client->schemeFor(r.host) + QStringLiteral("://") + r.host);
    if (origin(exchange->url) == origin(registryBase)) {
        const QString authorization = m_client->authorizationFor(r.host, r.scope);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization.toUtf8());
    }
    if (exchange->url.scheme() == QLatin1String("https")) {
        auto ssl = tlsConfiguration(options);
        if (!ssl)
            return fail(exchange, ssl.error().withContext(r.host));
        request.setSslConfiguration(*ssl);
    }
    // Qt chokes upload progress to one signal per 100 ms, which on a fast link means only the first and the
    // last; the jobs want the bytes as they go (downloads report every chunk too).
    if (!r.body.isEmpty())
        request.setAttribute(QNetworkRequest::EmitAllUploadProgressSignalsAttribute, true);
    exchange->received = 0;
    exchange->certificateRejected = false;
    exchange->body.clear();
    exchange->sinkError.reset();
    qCDebug(lcRegistry) << r.method << exchange->url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);

    exchange->clock.start();
    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *network = m_client->m_network;
    if (r.method == "GET")
        reply = network->get(request);
    else if (r.method == "HEAD")
        reply = network->head(request); // a custom "HEAD" would wait for a body that never comes
    else if (r.method == "PUT")
        reply = network->put(request, r.body);
    else if (r.method == "POST")
        reply = network->post(request, r.body);
    else if (r.method == "DELETE")
        reply = network->deleteResource(request);
    else
        reply = network->sendCustomRequest(request, r.method, r.body);
    m_reply = reply;
    // A streamed body arrives in pieces of at most this much, so the sink (and progress) sees it as it comes
    // rather than in one burst after Qt buffered megabytes.
    if (r.sink)
        reply->setReadBufferSize(streamChunk);
    connect(reply, &QNetworkReply::sslErrors, this,
        [exchange](const QList<QSslError> &) { exchange->certificateRejected = true; });
    if (!r.body.isEmpty()) {
        connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (total > 0)
                Q_EMIT progress(sent, total);
        });
    }
    connect(reply, &QIODevice::readyRead, this, [this, exchange, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray chunk = reply->readAll();
        exchange->received += chunk.size();
        const bool streaming = exchange->request.sink && status >= 200 && status < 300;
        if (streaming) {
            if (exchange->request.expectedSize >= 0 && exchange->received > exchange->request.expectedSize) {
                exchange->sinkError = Error(Error::Code::Corrupt,
                    tr("%1: the registry sent more than the %2 bytes the blob should have")
                        .arg(exchange->request.host)
                        .arg(exchange->request.expectedSize));
            } else if (auto ok = exchange->request.sink(chunk); !ok) {
                exchange->sinkError = ok.error();
            }
            if (exchange->sinkError) {
                reply->abort();
                return;
            }
            Q_EMIT progress(exchange->received, exchange->request.expectedSize);
            return;
        }
        if (exchange->body.size() + chunk.size() > maxSmallBody) {
            exchange->sinkError = Error(Error::Code::TooLarge,
                tr("%1: the registry's answer is larger than %2 bytes")
                    .arg(exchange->request.host)
                    .arg(maxSmallBody));
            reply->abort();
            return;
        }
        exchange->body += chunk;
    });
    connect(
        reply, &QNetworkReply::finished, this, [this, exchange, reply] { handleFinished(exchange, reply); });
}

void RegistryCall::handleFinished(std::shared_ptr<Exchange> exchange, QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    if (m_cancelled)
        return fail(exchange, cancelled());
    if (exchange->sinkError)
        return fail(exchange, *exchange->sinkError);
    const Request &r = exchange->request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    qCDebug(lcRegistry) << r.method << exchange->url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) << "→"
                        << status;

    // Transport errors (codes below 100) also end answers that began: a body cut short, a reset mid-blob.
    const bool transportFailure
        = error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
    if (status == 0 || transportFailure) {
        // No (complete) HTTP answer.
        const RegistryOptions options = m_client->options(r.host);
        const bool timedOut = error == QNetworkReply::OperationCanceledError
            && exchange->clock.elapsed() >= options.timeoutMs - 50;
        const bool ourHost = exchange->url.authority() == r.host
            || exchange->url.host() == QUrl(QStringLiteral("http://") + r.host).host();
        // A loopback registry that fails HTTPS like this speaks plain HTTP (Docker's rule); unless it has
        // already answered over HTTPS.
        if (exchange->url.scheme() == QLatin1String("https") && ourHost && isLoopbackHost(r.host)
            && !options.plainHttp && !exchange->schemeFallbackTried
            && m_client->m_schemes.value(r.host) != QLatin1String("https") && !exchange->certificateRejected
            && !timedOut && suggestsPlainHttp(error)) {
            exchange->schemeFallbackTried = true;
            m_client->m_schemes.insert(r.host, QStringLiteral("http"));
            exchange->url.setScheme(QStringLiteral("http"));
            return issue(exchange);
        }
        if (isTransient(error) && !timedOut
            && exchange->attempt + 1 < options.maxAttempts) // a timeout is not retried: 4 × 30 s
            return retryLater(exchange, reply);
        if (timedOut)
            return fail(exchange,
                Error(Error::Code::Network,
                    tr("cannot reach %1: no answer within %2 s%3")
                        .arg(r.host)
                        .arg(options.timeoutMs / 1000)
                        .arg(exchange->url.scheme() == QLatin1String("https")
                                ? tr(" (if the registry asks for a client certificate, give --cert-file and "
                                     "--key-file)")
                                : QString())));
        const bool tls = error == QNetworkReply::SslHandshakeFailedError || exchange->certificateRejected;
        return fail(exchange,
            Error(Error::Code::Network,
                tr("cannot reach %1: %2%3")
                    .arg(r.host, reply->errorString(),
                        tls ? tr(" (for a private CA use --ca-file; to skip verification "
                                 "--insecure-skip-tls-verify)")
                            : QString())));
    }
    if (!m_client->m_schemes.contains(r.host) && exchange->url.authority() == r.host)
        m_client->m_schemes.insert(r.host, exchange->url.scheme());

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        if (++exchange->redirects > maxRedirects)
            return fail(exchange, Error(Error::Code::Network, tr("%1: too many redirects").arg(r.host)));
        const QUrl next = exchange->url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (exchange->url.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https"))
            return fail(exchange,
                Error(Error::Code::Unsafe,
                    tr("%1: refusing a redirect from HTTPS to %2").arg(r.host, next.scheme().toUpper())));
        if (status == 303 || ((status == 301 || status == 302) && r.method == "POST")) {
            exchange->request.method = "GET";
            exchange->request.body.clear();
        }
        exchange->url = next;
        return issue(exchange);
    }
    if (status == 401 && !exchange->authTried) {
        exchange->authTried = true;
        return authenticate(exchange, reply);
    }
    if (status == 401 && m_client->m_credentials.contains(r.host))
        return fail(exchange,
            Error(
                Error::Code::Unauthorized, tr("%1: the user name or password was not accepted").arg(r.host)));
    if ((status == 429 || status == 500 || status == 502 || status == 503 || status == 504)
        && exchange->attempt + 1 < m_client->options(r.host).maxAttempts)
        return retryLater(exchange, reply);

    Response response;
    response.status = status;
    response.body = exchange->body;
    response.url = exchange->url;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    exchange->done(std::move(response));
}

void RegistryCall::retryLater(std::shared_ptr<Exchange> exchange, QNetworkReply *reply)
{
    const int delay = retryDelayMs(reply, exchange->attempt);
    ++exchange->attempt;
    qCInfo(lcRegistry) << "retrying" << exchange->request.method << "in" << delay << "ms, attempt"
                       << exchange->attempt + 1;
    if (exchange->request.sink && exchange->request.restartSink)
        exchange->request.restartSink();
    QTimer::singleShot(delay, this, [this, exchange] { issue(exchange); });
}

void RegistryCall::authenticate(std::shared_ptr<Exchange> exchange, QNetworkReply *reply)
{
    const Request &r = exchange->request;
    const QList<AuthChallenge> challenges = AuthChallenge::parse(reply->rawHeader("WWW-Authenticate"));
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.scheme == QLatin1String("bearer") && challenge.params.contains(QStringLiteral("realm")))
            return fetchToken(exchange, challenge.params);
    }
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.scheme == QLatin1String("basic")) {
            if (!m_client->m_credentials.contains(r.host))
                return fail(exchange, registryError(401, {}, r.host, r.repository));
            m_client->m_basicHosts.insert(r.host);
            return issue(exchange);
        }
    }
    fail(exchange, registryError(401, exchange->body, r.host, r.repository));
}

void RegistryCall::fetchToken(std::shared_ptr<Exchange> exchange, const QMap<QString, QString> &challenge)
{
    const Request &r = exchange->request;
    QUrl realm(challenge.value(QStringLiteral("realm")));
    if (!realm.isValid()
        || (realm.scheme() != QLatin1String("https") && realm.scheme() != QLatin1String("http")))
        return fail(exchange,
            Error(Error::Code::Network, tr("%1: the token service address is not valid").arg(r.host)));
    if (exchange->url.scheme() == QLatin1String("https") && realm.scheme() != QLatin1String("https"))
        return fail(exchange,
            Error(Error::Code::Unsafe,
                tr("%1: refusing to ask a token service over plain HTTP for an HTTPS registry").arg(r.host)));
    QUrlQuery query(realm);
    if (challenge.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), challenge.value(QStringLiteral("service")));
    const QString scope = r.scope.isEmpty() ? challenge.value(QStringLiteral("scope")) : r.scope;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        query.addQueryItem(QStringLiteral("scope"), s);
    realm.setQuery(query);
    requestToken(exchange, realm, realm, 0);
}

void RegistryCall::requestToken(std::shared_ptr<Exchange> exchange, const QUrl &url, const QUrl &realm, int hops)
{
    const Request &r = exchange->request;
    QNetworkRequest request(url);
    // Redirects are followed here, under the registry requests' rules: Qt would forward the raw Authorization
    // header (the password) to whatever host the token service names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_client->options(r.host).timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("charthouse/" CHARTHOUSE_VERSION));
    const auto credentials = m_client->m_credentials.constFind(r.host);
    if (credentials != m_client->m_credentials.constEnd() && sameOrigin(url, realm)) {
        const QByteArray basic
            = (credentials->username + QLatin1Char(':') + credentials->password).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + basic);
    }
    if (url.scheme() == QLatin1String("https")) {
        // The token service is part of the registry's deployment: the same CA, client certificate and
        // verification choice as the registry's own requests.
        auto ssl = tlsConfiguration(m_client->options(r.host));
        if (!ssl)
            return fail(exchange, ssl.error().withContext(r.host));
        request.setSslConfiguration(*ssl);
    }
    QNetworkReply *reply = m_client->m_network->get(request);
    m_reply = reply;
    // A token answer is small: one that grows past the limit is cut off, never buffered whole.
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, tooLarge](qint64 received, qint64) {
        if (received > maxSmallBody && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, exchange, reply, url, realm, hops, tooLarge] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        if (m_cancelled)
            return fail(exchange, cancelled());
        if (*tooLarge)
            return fail(exchange,
                Error(Error::Code::TooLarge,
                    tr("%1: the token service's answer is larger than %2 bytes")
                        .arg(url.authority())
                        .arg(maxSmallBody)));
        takeToken(exchange, reply, url, realm, hops);
    });
}

void RegistryCall::takeToken(
    std::shared_ptr<Exchange> exchange, QNetworkReply *reply, const QUrl &url, const QUrl &realm, int hops)
{
    const Request &req = exchange->request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        if (hops + 1 > maxRedirects)
            return fail(exchange, Error(Error::Code::Network, tr("%1: too many redirects").arg(url.authority())));
        const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (next.scheme() != QLatin1String("https")
            && (url.scheme() == QLatin1String("https") || next.scheme() != QLatin1String("http")))
            return fail(exchange,
                Error(Error::Code::Unsafe,
                    tr("%1: refusing a redirect from %2 to %3")
                        .arg(url.authority(), url.scheme().toUpper(), next.scheme().toUpper())));
        return requestToken(exchange, next, realm, hops + 1);
    }
    const QByteArray body = reply->read(maxSmallBody);
    if ((status == 401 || status == 403) && !sameOrigin(url, realm))
        return fail(exchange,
            Error(Error::Code::Unauthorized,
                tr("%1: the token service sent us to %2, which refused access (HTTP %3)")
                    .arg(req.host, url.authority())
                    .arg(status)));
    if (status == 401 || status == 403)
        return fail(exchange,
            Error(Error::Code::Unauthorized,
                m_client->m_credentials.contains(req.host)
                    ? tr("%1: the user name or password was not accepted").arg(req.host)
                    : tr("%1: authentication required (run: charthouse-cli registry login %1)").arg(req.host)));
    if (status != 200)
        return fail(exchange,
            Error(Error::Code::Network,
                tr("%1: the token service answered %2")
                    .arg(req.host, status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString())));
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString token = json.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = json.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        return fail(exchange, Error(Error::Code::Network, tr("%1: the token service gave no token").arg(req.host)));
    const int expiresIn = json.value(QLatin1String("expires_in")).toInt(60);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qMax(10, expiresIn) - 5);
    m_client->m_tokens.insert(req.host + QLatin1Char(' ') + req.scope, {token, expires});
    issue(exchange);
}
} // namespace charthouse
