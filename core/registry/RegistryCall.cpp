// RegistryCall: one API operation's HTTP exchanges with a registry. Each exchange goes through named steps:
// send → read (bounded, streamed with backpressure) → onFinished, which hands over to onNoAnswer (timeouts,
// the plain-HTTP fallback of loopback registries, retries of dropped connections), onRedirect, onUnauthorized
// (Basic or a token, from RegistrySession and TokenRequest), retryLater (429 and 5xx) or deliver.
#include "core/registry/RegistryExchange.h"

#include "core/common/Logging.h"
#include "core/registry/AuthChallenge.h"
#include "core/registry/NoAnswer.h"
#include "core/registry/Redirects.h"
#include "core/registry/RegistryErrors.h"
#include "core/registry/RegistryLimits.h"
#include "core/registry/RegistrySession.h"
#include "core/registry/TokenRequest.h"
#include "core/registry/TransferWatch.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

namespace charthouse {

namespace {

Error cancelled()
{
    return Error(Error::Code::Cancelled, RegistryCall::tr("cancelled"));
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
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

QString shown(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

} // namespace

RegistryCall::RegistryCall(
    QObject *parent, RegistrySession &session, QNetworkAccessManager *network, const TransferLimits &limits)
    : QObject(parent), m_session(session), m_network(network), m_limits(limits)
{ }

RegistryCall::~RegistryCall()
{
    // A call deleted mid-exchange (its client going away) stops its transfer without reporting anything: the
    // reply's signals no longer reach this half-destroyed object.
    if (m_current && m_current->reply) {
        QNetworkReply *reply = m_current->reply;
        QObject::disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    if (m_onDestroyed)
        m_onDestroyed();
}

void RegistryCall::cancel()
{
    if (m_completed || m_cancelled)
        return;
    m_cancelled = true;
    if (m_token)
        m_token->abort(); // its completion reports the cancellation
    else if (m_current && m_current->reply && m_current->reply->isRunning())
        m_current->reply->abort(); // onFinished() reports the cancellation
    // Between two exchanges (a streamed upload waiting for its next piece) nothing is in flight to report it.
    else if (m_abort)
        m_abort(cancelled());
}

void RegistryCall::fail(const std::shared_ptr<Exchange> &exchange, const Error &error)
{
    if (m_current == exchange)
        m_current.reset();
    exchange->done(error);
}

void RegistryCall::exchange(Request request, std::function<void(Result<Response>)> done)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->request = std::move(request);
    exchange->done = std::move(done);
    exchange->url = exchange->request.url.isRelative()
        ? m_session.origin(exchange->request.host).resolved(exchange->request.url)
        : exchange->request.url;
    send(exchange);
}

void RegistryCall::send(const std::shared_ptr<Exchange> &exchange)
{
    if (m_cancelled)
        return fail(exchange, cancelled());
    m_current = exchange;
    Exchange &x = *exchange;
    const Request &r = x.request;
    QNetworkRequest request(x.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("charthouse/" CHARTHOUSE_VERSION));
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    if (const QByteArray authorization = m_session.authorization(r.host, x.url, r.scope);
        !authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (x.url.scheme() == QLatin1String("https")) {
        auto ssl = m_session.tls(r.host);
        if (!ssl)
            return fail(exchange, ssl.error().withContext(r.host));
        request.setSslConfiguration(*ssl);
    }
    // Qt chokes upload progress to one signal per 100 ms, which on a fast link means only the first and the
    // last; the jobs want the bytes as they go (downloads report every chunk too).
    if (!r.body.isEmpty())
        request.setAttribute(QNetworkRequest::EmitAllUploadProgressSignalsAttribute, true);
    x.startAttempt();
    qCDebug(lcRegistry) << r.method << shown(x.url);

    QNetworkReply *reply = nullptr;
    if (r.method == "GET")
        reply = m_network->get(request);
    else if (r.method == "HEAD")
        reply = m_network->head(request); // a custom "HEAD" would wait for a body that never comes
    else if (r.method == "PUT")
        reply = m_network->put(request, r.body);
    else if (r.method == "POST")
        reply = m_network->post(request, r.body);
    else if (r.method == "DELETE")
        reply = m_network->deleteResource(request);
    else
        reply = m_network->sendCustomRequest(request, r.method, r.body);
    x.reply = reply;
    // Qt holds at most this much of the body unread; while we do not read (backpressure), it stops reading
    // the socket.
    reply->setReadBufferSize(streamChunk);
    x.watch = new TransferWatch(reply, m_session.options(r.host).timeoutMs, m_limits);
    connect(reply, &QNetworkReply::encrypted, this, [exchange] { exchange->encrypted = true; });
    connect(reply, &QNetworkReply::sslErrors, this,
        [exchange](const QList<QSslError> &) { exchange->certificateRejected = true; });
    connect(reply, &QNetworkReply::metaDataChanged, this, [exchange, reply] {
        // Every answer that names its digest is checked against its content: the body received, or for a PUT
        // the body sent. A digest of another algorithm is refused rather than ignored.
        const int status = exchange->status();
        const QByteArray claimed = reply->rawHeader("Docker-Content-Digest");
        const QByteArray method = exchange->request.method;
        if (claimed.isEmpty() || status < 200 || status >= 300 || exchange->digest
            || (method != "GET" && method != "PUT"))
            return;
        auto check = ContentDigestCheck::fromHeader(claimed, exchange->request.host);
        if (!check) {
            exchange->failure = check.error();
            return reply->abort();
        }
        const QByteArray &verified = exchange->request.verifiedDigest;
        if (!verified.isEmpty() && claimed.trimmed().startsWith("sha256:")) {
            // A blob whose reader checks the same digest is hashed once, there; one that names another is refused.
            if (claimed.trimmed() == verified)
                return;
            exchange->failure = Error(Error::Code::Corrupt,
                tr("%1: the registry sent %2 when asked for %3")
                    .arg(exchange->request.host, QString::fromLatin1(claimed.trimmed()), QString::fromLatin1(verified)));
            return reply->abort();
        }
        exchange->digest = std::move(*check);
        if (method == "PUT")
            exchange->digest->add(exchange->request.body);
    });
    if (!r.body.isEmpty()) {
        connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (total > 0)
                Q_EMIT progress(sent, total);
        });
    }
    connect(reply, &QIODevice::readyRead, this, [this, exchange] { read(*exchange); });
    connect(reply, &QNetworkReply::finished, this, [this, exchange, reply] {
        if (exchange->reply != reply)
            return;
        if (exchange->paused && !m_cancelled && !exchange->failure) {
            // The last bytes still wait in Qt's buffer: they are read (and this step runs) on resume.
            exchange->finishedWhilePaused = true;
            return;
        }
        read(*exchange);
        onFinished(exchange);
    });
}

void RegistryCall::read(Exchange &x)
{
    QNetworkReply *reply = x.reply;
    if (!reply || x.paused || x.failure || x.errorBodyCut)
        return;
    const bool streaming = x.streaming();
    const bool success = x.status() >= 200 && x.status() < 300;
    const qint64 limit = success ? maxSmallBody : maxErrorBody;
    while (reply->bytesAvailable() > 0) {
        if (streaming && x.request.sinkFull && x.request.sinkFull()) {
            x.paused = true;
            x.watch->pause();
            return;
        }
        const QByteArray chunk = reply->read(streaming ? streamChunk : limit - x.body.size() + 1);
        x.received += chunk.size();
        if (x.digest && success)
            x.digest->add(chunk);
        if (streaming) {
            if (x.request.expectedSize >= 0 && x.received > x.request.expectedSize) {
                x.failure = Error(Error::Code::Corrupt,
                    tr("%1: the registry sent more than the %2 bytes the blob should have")
                        .arg(x.request.host)
                        .arg(x.request.expectedSize));
            } else if (auto ok = x.request.sink(chunk); !ok) {
                x.failure = ok.error();
            }
            if (x.failure)
                return reply->abort();
            Q_EMIT progress(x.received, x.request.expectedSize);
            continue;
        }
        x.body += chunk;
        if (x.body.size() > limit) {
            x.body.truncate(limit);
            if (success) {
                x.failure = Error(Error::Code::TooLarge,
                    tr("%1: the registry's answer is larger than %2 bytes").arg(x.request.host).arg(limit));
            } else {
                x.errorBodyCut = true; // its start says what went wrong; the rest is not waited for
            }
            return reply->abort();
        }
    }
}

void RegistryCall::resumeReading()
{
    const std::shared_ptr<Exchange> exchange = m_current;
    if (!exchange || !exchange->paused)
        return;
    exchange->paused = false;
    exchange->watch->resume();
    read(*exchange);
    if (exchange->finishedWhilePaused && !exchange->paused) {
        exchange->finishedWhilePaused = false;
        onFinished(exchange);
    }
}

void RegistryCall::onFinished(const std::shared_ptr<Exchange> &exchange)
{
    Exchange &x = *exchange;
    QNetworkReply *reply = x.reply;
    reply->deleteLater();
    if (m_cancelled)
        return fail(exchange, cancelled());
    if (x.failure)
        return fail(exchange, *x.failure);
    const Request &r = x.request;
    const int status = x.status();
    const QNetworkReply::NetworkError error = reply->error();
    qCDebug(lcRegistry) << r.method << shown(x.url) << "→" << status;

    // Transport errors (codes below 100) also end answers that began: a body cut short, a reset mid-blob.
    const bool transportFailure
        = error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
    if (status == 0 || (transportFailure && !x.errorBodyCut))
        return onNoAnswer(exchange);
    if (!m_session.schemeKnown(r.host) && sameOrigin(x.url, m_session.origin(r.host)))
        m_session.noteScheme(r.host, x.url.scheme());

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location"))
        return onRedirect(exchange);
    if (status == 401 || status == 403) {
        // A CDN or blob store the registry sent us to is not the registry: its refusal is its own, and the
        // registry's credentials are not offered to it or to a token service it names.
        if (!sameOrigin(x.url, m_session.origin(r.host)))
            return fail(exchange,
                Error(Error::Code::Unauthorized,
                    tr("%1: %2, where the registry sent us, refused access (HTTP %3)")
                        .arg(r.host, x.url.authority())
                        .arg(status)));
        if (status == 401)
            return onUnauthorized(exchange);
    }
    if (isRetryableStatus(status) && x.attempt + 1 < m_session.options(r.host).maxAttempts)
        return retryLater(exchange);
    if (x.digest && !x.digest->matches() && !x.errorBodyCut) {
        const QString claimed = QString::fromLatin1(x.digest->claimed());
        return fail(exchange,
            Error(Error::Code::Corrupt,
                r.method == "PUT" ? tr(
                    "%1: the registry stored the content under another digest (%2) than the one it was sent")
                                        .arg(r.host, claimed)
                    : x.url.path().endsWith(claimed)
                    ? tr("%1: what the registry sent for %2 does not match its digest").arg(r.host, claimed)
                    : tr("%1: the answer for %2 does not match the registry's Docker-Content-Digest (%3)")
                          .arg(r.host, x.url.path(), claimed)));
    }
    deliver(exchange);
}

void RegistryCall::onNoAnswer(const std::shared_ptr<Exchange> &exchange)
{
    Exchange &x = *exchange;
    const Request &r = x.request;
    QNetworkReply *reply = x.reply;
    const RegistryOptions options = m_session.options(r.host);
    NoAnswer facts;
    facts.host = r.host;
    facts.https = x.url.scheme() == QLatin1String("https");
    // (Requests sent at the same time all fail alike; the first to end records the scheme.)
    const bool ourHost = x.url.authority() == r.host || sameOrigin(x.url, m_session.origin(r.host));
    facts.mayFallBackToPlainHttp = facts.https && ourHost && isLoopbackHost(r.host) && !options.plainHttp
        && !x.schemeFallbackTried && m_session.knownScheme(r.host) != QLatin1String("https");
    facts.stall = x.watch->stall();
    facts.status = x.status();
    facts.error = reply->error();
    facts.errorString = reply->errorString();
    facts.encrypted = x.encrypted;
    facts.certificateRejected = x.certificateRejected;
    facts.received = x.received;
    facts.expected = r.sink ? r.expectedSize : -1;
    bool known = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length >= 0)
        facts.expected = length;
    facts.slowBytes = x.watch->bytesInLastWindow();
    facts.mayRetry = x.attempt + 1 < options.maxAttempts;
    facts.idleTimeoutMs = options.timeoutMs;
    facts.limits = m_limits;

    const NoAnswerVerdict verdict = judge(facts);
    switch (verdict.step) {
    case NoAnswerVerdict::Step::TryPlainHttp:
        x.schemeFallbackTried = true;
        m_session.noteScheme(r.host, QStringLiteral("http"));
        x.url.setScheme(QStringLiteral("http"));
        return send(exchange);
    case NoAnswerVerdict::Step::Retry: return retryLater(exchange);
    case NoAnswerVerdict::Step::Fail: return fail(exchange, *verdict.error);
    }
}

void RegistryCall::onRedirect(const std::shared_ptr<Exchange> &exchange)
{
    Exchange &x = *exchange;
    auto next = redirectTarget(x.url, x.reply->rawHeader("Location"), ++x.redirects, x.request.host);
    if (!next)
        return fail(exchange, next.error());
    const int status = x.status();
    if (status == 303 || ((status == 301 || status == 302) && x.request.method == "POST")) {
        x.request.method = "GET";
        x.request.body.clear();
    }
    x.url = *next; // send() asks the session for this origin's credentials: none, unless it is the registry's
    send(exchange);
}

void RegistryCall::onUnauthorized(const std::shared_ptr<Exchange> &exchange)
{
    Exchange &x = *exchange;
    const Request &r = x.request;
    if (x.authTried) {
        if (m_session.hasCredentials(r.host))
            return fail(exchange,
                Error(Error::Code::Unauthorized,
                    tr("%1: the user name or password was not accepted").arg(r.host))
                    .withHint(Error::Hint::Login, r.host));
        return deliver(exchange); // the operation words the registry's refusal
    }
    x.authTried = true;
    const QList<AuthChallenge> challenges = AuthChallenge::parse(x.reply->rawHeader("WWW-Authenticate"));
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.scheme == QLatin1String("bearer")
            && challenge.params.contains(QStringLiteral("realm"))) {
            m_token = TokenRequest::start(m_session, m_network, m_limits, {r.host, r.scope, x.url},
                challenge.params, this, [this, exchange](Result<void> token) {
                    m_token = nullptr;
                    if (m_cancelled)
                        return fail(exchange, cancelled());
                    if (!token)
                        return fail(exchange, token.error());
                    send(exchange);
                });
            return;
        }
    }
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.scheme == QLatin1String("basic")) {
            if (!m_session.hasCredentials(r.host))
                return fail(exchange, registryError(401, {}, r.host, r.repository));
            m_session.useBasic(r.host);
            return send(exchange);
        }
    }
    fail(exchange, registryError(401, x.body, r.host, r.repository));
}

void RegistryCall::retryLater(const std::shared_ptr<Exchange> &exchange)
{
    Exchange &x = *exchange;
    const int delay = retryDelayMs(x.reply, x.attempt);
    ++x.attempt;
    qCInfo(lcRegistry) << "retrying" << x.request.method << "in" << delay << "ms, attempt" << x.attempt + 1;
    if (x.request.sink && x.request.restartSink)
        x.request.restartSink();
    QTimer::singleShot(delay, this, [this, exchange] { send(exchange); });
}

void RegistryCall::deliver(const std::shared_ptr<Exchange> &exchange)
{
    Exchange &x = *exchange;
    Response response;
    response.status = x.status();
    response.body = std::move(x.body);
    response.url = x.url;
    for (const auto &[name, value] : x.reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    if (m_current == exchange)
        m_current.reset();
    x.done(std::move(response));
}

} // namespace charthouse
