#include "core/registry/RegistryClient.h"

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
constexpr qint64 streamChunk = 256 * 1024;

const char *const manifestAccept = "application/vnd.oci.image.manifest.v1+json, "
                                   "application/vnd.docker.distribution.manifest.v2+json, "
                                   "application/vnd.oci.image.index.v1+json";

QString origin(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

QString pullScope(const Reference &repository)
{
    return QStringLiteral("repository:%1:pull").arg(repository.repository());
}

QString pushScope(const Reference &repository)
{
    return QStringLiteral("repository:%1:pull,push").arg(repository.repository());
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

// ---- the pieces of one HTTP exchange ----

struct RegistryCall::Request
{
    QByteArray method = "GET";
    QString host; // the registry
    QString repository; // for error messages
    QUrl url; // absolute once the scheme is known; else a path relative to the registry
    QString scope; // token scope, e.g. repository:myrepo/mychart:pull
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    RegistryClient::Sink sink; // stream a successful body here instead of keeping it
    std::function<void()> restartSink;
    qint64 expectedSize = -1; // with a sink: the most the body may be
};

struct RegistryCall::Response
{
    int status = 0;
    QByteArray body;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

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

    QNetworkRequest request(realm);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_client->options(r.host).timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("charthouse/" CHARTHOUSE_VERSION));
    const auto credentials = m_client->m_credentials.constFind(r.host);
    if (credentials != m_client->m_credentials.constEnd()) {
        const QByteArray basic
            = (credentials->username + QLatin1Char(':') + credentials->password).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + basic);
    }
    if (realm.scheme() == QLatin1String("https")) {
        // The token service is part of the registry's deployment: the same CA, client certificate and
        // verification choice as the registry's own requests.
        auto ssl = tlsConfiguration(m_client->options(r.host));
        if (!ssl)
            return fail(exchange, ssl.error().withContext(r.host));
        request.setSslConfiguration(*ssl);
    }
    QNetworkReply *reply = m_client->m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, exchange, reply, scope] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        if (m_cancelled)
            return fail(exchange, cancelled());
        const Request &req = exchange->request;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(maxSmallBody);
        if (status == 401 || status == 403)
            return fail(exchange,
                Error(Error::Code::Unauthorized,
                    m_client->m_credentials.contains(req.host)
                        ? tr("%1: the user name or password was not accepted").arg(req.host)
                        : tr("%1: authentication required (run: charthouse-cli registry login %1)")
                              .arg(req.host)));
        if (status != 200)
            return fail(exchange,
                Error(Error::Code::Network,
                    tr("%1: the token service answered %2")
                        .arg(req.host,
                            status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString())));
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QString token = json.value(QLatin1String("token")).toString();
        if (token.isEmpty())
            token = json.value(QLatin1String("access_token")).toString();
        if (token.isEmpty())
            return fail(exchange,
                Error(Error::Code::Network, tr("%1: the token service gave no token").arg(req.host)));
        const int expiresIn = json.value(QLatin1String("expires_in")).toInt(60);
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qMax(10, expiresIn) - 5);
        m_client->m_tokens.insert(req.host + QLatin1Char(' ') + req.scope, {token, expires});
        issue(exchange);
    });
}

// ---- the client ----

RegistryClient::RegistryClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

RegistryClient::~RegistryClient()
{
    // Calls are children; delete them while this is still a RegistryClient (their destructors free slots).
    m_waiting.clear();
    const auto calls = findChildren<RegistryCall *>(Qt::FindDirectChildrenOnly);
    for (RegistryCall *call : calls)
        delete call;
}

void RegistryClient::setOptions(const QString &host, const RegistryOptions &options)
{
    m_options.insert(host, options);
    m_schemes.remove(host);
}

RegistryOptions RegistryClient::options(const QString &host) const
{
    return m_options.value(host);
}

void RegistryClient::setCredentials(const QString &host, const std::optional<Credentials> &credentials)
{
    m_resolved.insert(host);
    if (credentials)
        m_credentials.insert(host, *credentials);
    else
        m_credentials.remove(host);
    // Tokens were issued to the previous identity.
    for (auto it = m_tokens.begin(); it != m_tokens.end();)
        it = it.key().startsWith(host + QLatin1Char(' ')) ? m_tokens.erase(it) : std::next(it);
}

void RegistryClient::setMaxConcurrentTransfers(int max)
{
    m_maxTransfers = qMax(1, max);
}

QString RegistryClient::schemeFor(const QString &host) const
{
    if (const auto it = m_schemes.constFind(host); it != m_schemes.constEnd())
        return *it;
    return options(host).plainHttp ? QStringLiteral("http") : QStringLiteral("https");
}

QString RegistryClient::authorizationFor(const QString &host, const QString &scope) const
{
    const auto token = m_tokens.constFind(host + QLatin1Char(' ') + scope);
    if (token != m_tokens.constEnd() && token->expires > QDateTime::currentDateTimeUtc())
        return QStringLiteral("Bearer ") + token->value;
    const auto credentials = m_credentials.constFind(host);
    if (m_basicHosts.contains(host) && credentials != m_credentials.constEnd())
        return QStringLiteral("Basic ")
            + QString::fromLatin1(
                (credentials->username + QLatin1Char(':') + credentials->password).toUtf8().toBase64());
    return {};
}

void RegistryClient::acquireTransferSlot(RegistryCall *call, std::function<void()> go)
{
    if (m_activeTransfers < m_maxTransfers) {
        ++m_activeTransfers;
        m_peakTransfers = qMax(m_peakTransfers, m_activeTransfers);
        call->m_holdsSlot = true;
        go();
        return;
    }
    m_waiting.append({QPointer<RegistryCall>(call), std::move(go)});
}

void RegistryClient::releaseTransferSlot()
{
    --m_activeTransfers;
    while (!m_waiting.isEmpty()) {
        auto [call, go] = m_waiting.takeFirst();
        if (!call || call->isCancelled())
            continue;
        ++m_activeTransfers;
        m_peakTransfers = qMax(m_peakTransfers, m_activeTransfers);
        call->m_holdsSlot = true;
        QTimer::singleShot(0, call, go);
        return;
    }
}

template<typename T>
RegistryCall *RegistryClient::start(
    Done<T> done, std::function<void(RegistryCall *, Done<T>)> body, bool isTransfer)
{
    auto *call = new RegistryCall(this);
    QPointer<RegistryCall> guard(call);
    Done<T> finish = [guard, done](Result<T> result) {
        if (!guard || guard->m_completed)
            return;
        guard->m_completed = true;
        done(std::move(result));
        if (guard)
            guard->deleteLater();
    };
    call->m_abort = [finish](const Error &error) { finish(error); };
    QTimer::singleShot(0, call, [this, call, body, finish, isTransfer] {
        if (call->isCancelled())
            return;
        if (isTransfer)
            acquireTransferSlot(call, [call, body, finish] { body(call, finish); });
        else
            body(call, finish);
    });
    return call;
}

RegistryCall *RegistryClient::ping(const QString &host, Done<void> done)
{
    return start<void>(std::move(done), [host](RegistryCall *call, Done<void> finish) {
        RegistryCall::Request request;
        request.host = host;
        request.url = QUrl(QStringLiteral("/v2/"));
        call->exchange(request, [finish, host](Result<RegistryCall::Response> response) {
            if (!response)
                return finish(response.error());
            if (response->status == 200)
                return finish({});
            finish(registryError(response->status, response->body, host, {}));
        });
    });
}

RegistryCall *RegistryClient::fetchManifest(const Reference &ref, Done<FetchedManifest> done)
{
    return start<FetchedManifest>(std::move(done), [ref](RegistryCall *call, Done<FetchedManifest> finish) {
        RegistryCall::Request request;
        request.host = ref.registry();
        request.repository = ref.repository();
        request.scope = pullScope(ref);
        const QString what = ref.digest() ? ref.digest()->toString() : ref.tag();
        request.url = QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(ref.repository(), what));
        request.headers = {{"Accept", manifestAccept}};
        call->exchange(request, [finish, ref](Result<RegistryCall::Response> response) {
            if (!response)
                return finish(response.error());
            if (response->status != 200)
                return finish(
                    registryError(response->status, response->body, ref.registry(), ref.repository()));
            FetchedManifest manifest;
            manifest.bytes = response->body;
            manifest.mediaType = QString::fromLatin1(response->header("content-type"))
                                     .section(QLatin1Char(';'), 0, 0)
                                     .trimmed();
            manifest.digest = Digest::of(manifest.bytes);
            auto corrupt = [&ref](const QString &problem) {
                return Error(Error::Code::Corrupt,
                    tr("%1: the manifest of %2 %3").arg(ref.registry(), ref.toString(), problem));
            };
            if (ref.digest() && *ref.digest() != manifest.digest)
                return finish(corrupt(tr("does not match the digest asked for")));
            const QString claimed = QString::fromLatin1(response->header("docker-content-digest"));
            if (claimed.startsWith(QLatin1String("sha256:")) && claimed != manifest.digest.toString())
                return finish(corrupt(tr("does not match the registry's Docker-Content-Digest")));
            finish(std::move(manifest));
        });
    });
}

RegistryCall *RegistryClient::blobExists(const Reference &repository, const Digest &digest, Done<bool> done)
{
    return start<bool>(std::move(done), [repository, digest](RegistryCall *call, Done<bool> finish) {
        RegistryCall::Request request;
        request.method = "HEAD";
        request.host = repository.registry();
        request.repository = repository.repository();
        request.scope = pullScope(repository);
        request.url = QUrl(QStringLiteral("/v2/%1/blobs/%2").arg(repository.repository(), digest.toString()));
        call->exchange(request, [finish, repository](Result<RegistryCall::Response> response) {
            if (!response)
                return finish(response.error());
            if (response->status == 200)
                return finish(true);
            if (response->status == 404)
                return finish(false);
            finish(registryError(
                response->status, response->body, repository.registry(), repository.repository()));
        });
    });
}

RegistryCall *RegistryClient::fetchBlob(const Reference &repository, const Descriptor &blob, Sink sink,
    std::function<void()> restart, Done<void> done)
{
    return start<void>(
        std::move(done),
        [repository, blob, sink, restart](RegistryCall *call, Done<void> finish) {
            RegistryCall::Request request;
            request.host = repository.registry();
            request.repository = repository.repository();
            request.scope = pullScope(repository);
            request.url = QUrl(
                QStringLiteral("/v2/%1/blobs/%2").arg(repository.repository(), blob.digest.toString()));
            request.sink = sink;
            request.restartSink = restart;
            request.expectedSize = blob.size;
            call->exchange(request, [finish, repository](Result<RegistryCall::Response> response) {
                if (!response)
                    return finish(response.error());
                if (response->status != 200)
                    return finish(registryError(
                        response->status, response->body, repository.registry(), repository.repository()));
                finish({});
            });
        },
        true);
}

RegistryCall *RegistryClient::uploadBlob(const Reference &repository, const Descriptor &blob, QByteArray data,
    Done<bool> done, const QString &mountFrom)
{
    return start<bool>(
        std::move(done),
        [this, repository, blob, data, mountFrom](RegistryCall *call, Done<bool> finish) {
            const QString host = repository.registry();
            auto failWith = [finish, repository](const RegistryCall::Response &response) {
                finish(registryError(
                    response.status, response.body, repository.registry(), repository.repository()));
            };
            RegistryCall::Request head;
            head.method = "HEAD";
            head.host = host;
            head.repository = repository.repository();
            head.scope = pushScope(repository);
            head.url = QUrl(
                QStringLiteral("/v2/%1/blobs/%2").arg(repository.repository(), blob.digest.toString()));
            call->exchange(head,
                ([this, call, finish, failWith, head, blob, data, mountFrom](
                     Result<RegistryCall::Response> exists) {
                    if (!exists)
                        return finish(exists.error());
                    if (exists->status == 200)
                        return finish(false); // already there
                    RegistryCall::Request post = head;
                    post.method = "POST";
                    post.headers = {{"Content-Type", "application/octet-stream"}};
                    post.url = QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(head.repository));
                    if (!mountFrom.isEmpty() && mountFrom != head.repository) {
                        QUrlQuery mount;
                        mount.addQueryItem(QStringLiteral("mount"), blob.digest.toString());
                        mount.addQueryItem(QStringLiteral("from"), mountFrom);
                        post.url.setQuery(mount);
                        post.scope = head.scope + QStringLiteral(" repository:%1:pull").arg(mountFrom);
                    }
                    call->exchange(post,
                        ([this, call, finish, failWith, head, blob, data](
                             Result<RegistryCall::Response> started) {
                            if (!started)
                                return finish(started.error());
                            if (started->status
                                == 201) { // mounted: the registry linked the blob from the other repository
                                ++m_mounted;
                                return finish(false);
                            }
                            if (started->status != 202 || started->header("location").isEmpty())
                                return failWith(*started);
                            QUrl location
                                = started->url.resolved(QUrl::fromEncoded(started->header("location")));
                            QUrlQuery query(location);
                            query.addQueryItem(QStringLiteral("digest"), blob.digest.toString());
                            location.setQuery(query);
                            RegistryCall::Request put = head;
                            put.method = "PUT";
                            put.url = location;
                            put.body = data;
                            put.headers = {{"Content-Type", "application/octet-stream"},
                                {"Content-Length", QByteArray::number(data.size())}};
                            call->exchange(
                                put, ([finish, failWith, blob](Result<RegistryCall::Response> stored) {
                                    if (!stored)
                                        return finish(stored.error());
                                    if (stored->status != 201)
                                        return failWith(*stored);
                                    const QByteArray claimed = stored->header("docker-content-digest");
                                    if (!claimed.isEmpty() && claimed != blob.digest.toString().toLatin1())
                                        return finish(Error(Error::Code::Corrupt,
                                            tr("the registry stored the blob under another digest (%1, "
                                               "expected %2)")
                                                .arg(QString::fromLatin1(claimed), blob.digest.toString())));
                                    finish(true);
                                }));
                        }));
                }));
        },
        true);
}

RegistryCall *RegistryClient::putManifest(
    const Reference &ref, const QString &mediaType, QByteArray bytes, Done<Digest> done)
{
    return start<Digest>(std::move(done), [ref, mediaType, bytes](RegistryCall *call, Done<Digest> finish) {
        RegistryCall::Request request;
        request.method = "PUT";
        request.host = ref.registry();
        request.repository = ref.repository();
        request.scope = pushScope(ref);
        request.url = QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(ref.repository(), ref.tag()));
        request.body = bytes;
        request.headers = {{"Content-Type", mediaType.toLatin1()}};
        call->exchange(request, [finish, ref, bytes](Result<RegistryCall::Response> response) {
            if (!response)
                return finish(response.error());
            if (response->status != 201)
                return finish(
                    registryError(response->status, response->body, ref.registry(), ref.repository()));
            const Digest ours = Digest::of(bytes);
            const QByteArray claimed = response->header("docker-content-digest");
            if (!claimed.isEmpty() && claimed != ours.toString().toLatin1())
                return finish(Error(Error::Code::Corrupt,
                    tr("%1: the registry stored the manifest under another digest (%2, expected %3)")
                        .arg(ref.registry(), QString::fromLatin1(claimed), ours.toString())));
            finish(ours);
        });
    });
}

RegistryCall *RegistryClient::listTags(const Reference &repository, Done<QStringList> done)
{
    return listPaged(repository.registry(), repository.repository(), pullScope(repository),
        QStringLiteral("/v2/%1/tags/list?n=100").arg(repository.repository()), QStringLiteral("tags"),
        std::move(done));
}

RegistryCall *RegistryClient::catalog(const QString &host, Done<QStringList> done)
{
    return listPaged(host, {}, QStringLiteral("registry:catalog:*"), QStringLiteral("/v2/_catalog?n=100"),
        QStringLiteral("repositories"), std::move(done));
}

// GET a list, following `Link: <...>; rel="next"` pages on the same origin.
RegistryCall *RegistryClient::listPaged(const QString &host, const QString &repository, const QString &scope,
    const QString &firstPage, const QString &key, Done<QStringList> done)
{
    return start<QStringList>(std::move(done),
        [host, repository, scope, firstPage, key](RegistryCall *call, Done<QStringList> finish) {
            auto items = std::make_shared<QStringList>();
            auto page = std::make_shared<std::function<void(QUrl)>>();
            *page = [call, finish, host, repository, scope, key, items, page](QUrl url) {
                RegistryCall::Request request;
                request.host = host;
                request.repository = repository;
                request.scope = scope;
                request.url = url;
                call->exchange(request,
                    ([finish, host, repository, key, items, page](Result<RegistryCall::Response> response) {
                        if (!response || response->status != 200) {
                            *page = nullptr;
                            return finish(response
                                    ? registryError(response->status, response->body, host, repository)
                                    : response.error());
                        }
                        for (const QJsonValue &item :
                            QJsonDocument::fromJson(response->body).object().value(key).toArray())
                            items->append(item.toString());
                        static const QRegularExpression next(
                            QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"?next\"?"));
                        const auto match = next.match(QString::fromLatin1(response->header("link")));
                        if (match.hasMatch() && items->size() < 1'000'000) {
                            const QUrl nextUrl = response->url.resolved(QUrl(match.captured(1)));
                            if (nextUrl.authority() == response->url.authority())
                                return (*page)(nextUrl);
                        }
                        *page = nullptr;
                        finish(*items);
                    }));
            };
            (*page)(QUrl(firstPage));
        });
}

RegistryCall *RegistryClient::deleteManifest(
    const Reference &repository, const Digest &digest, Done<void> done)
{
    return start<void>(std::move(done), [repository, digest](RegistryCall *call, Done<void> finish) {
        RegistryCall::Request request;
        request.method = "DELETE";
        request.host = repository.registry();
        request.repository = repository.repository();
        request.scope = QStringLiteral("repository:%1:delete").arg(repository.repository());
        request.url
            = QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repository.repository(), digest.toString()));
        call->exchange(request, [finish, repository](Result<RegistryCall::Response> response) {
            if (!response)
                return finish(response.error());
            if (response->status == 202 || response->status == 200)
                return finish({});
            finish(registryError(
                response->status, response->body, repository.registry(), repository.repository()));
        });
    });
}

} // namespace charthouse
