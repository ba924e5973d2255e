#include "core/registry/TokenRequest.h"

#include "core/common/Logging.h"
#include "core/registry/Redirects.h"
#include "core/registry/RegistryLimits.h"
#include "core/registry/RegistrySession.h"
#include "core/registry/TransferWatch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace charthouse {

TokenRequest::TokenRequest(RegistrySession &session, QNetworkAccessManager *network,
    const TransferLimits &limits, Target target, QObject *parent, Done done)
    : QObject(parent),
      m_session(session),
      m_network(network),
      m_limits(limits),
      m_target(std::move(target)),
      m_done(std::move(done))
{ }

TokenRequest *TokenRequest::start(RegistrySession &session, QNetworkAccessManager *network,
    const TransferLimits &limits, const Target &target, const QMap<QString, QString> &challenge,
    QObject *parent, Done done)
{
    auto *self = new TokenRequest(session, network, limits, target, parent, std::move(done));
    QUrl realm(challenge.value(QStringLiteral("realm")));
    const auto failLater = [self](Error error) {
        QTimer::singleShot(0, self, [self, error] { self->finish(error); });
        return self;
    };
    if (!realm.isValid() || realm.host().isEmpty()
        || (realm.scheme() != QLatin1String("https") && realm.scheme() != QLatin1String("http")))
        return failLater(
            Error(Error::Code::Network, tr("%1: the token service address is not valid").arg(target.host)));
    if (target.registryUrl.scheme() == QLatin1String("https") && realm.scheme() != QLatin1String("https"))
        return failLater(Error(Error::Code::Unsafe,
            tr("%1: refusing to ask a token service over plain HTTP for an HTTPS registry")
                .arg(target.host)));
    realm.setUserInfo({});
    QUrlQuery query(realm);
    if (challenge.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), challenge.value(QStringLiteral("service")));
    const QString scope = target.scope.isEmpty() ? challenge.value(QStringLiteral("scope")) : target.scope;
    for (const QString &s : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        query.addQueryItem(QStringLiteral("scope"), s);
    realm.setQuery(query);
    self->m_realm = realm;
    self->request(realm, 0);
    return self;
}

TokenRequest::~TokenRequest()
{
    // Deleted with its call: the transfer stops, and nothing is reported to the half-destroyed parent.
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TokenRequest::abort()
{
    if (m_aborted || !m_done)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // the reply's end reports the cancellation
    else
        finish(Error(Error::Code::Cancelled, tr("cancelled")));
}

void TokenRequest::finish(Result<void> result)
{
    if (!m_done)
        return;
    Done done = std::exchange(m_done, {});
    deleteLater();
    done(std::move(result));
}

void TokenRequest::request(const QUrl &url, int hops)
{
    const QString &host = m_target.host;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("charthouse/" CHARTHOUSE_VERSION));
    if (const QByteArray basic = m_session.tokenServiceAuthorization(host, url, m_realm); !basic.isEmpty())
        request.setRawHeader("Authorization", basic);
    if (url.scheme() == QLatin1String("https")) {
        // The token service is part of the registry's deployment: the same CA, client certificate and
        // verification choice as the registry's own requests.
        auto ssl = m_session.tls(host);
        if (!ssl)
            return finish(ssl.error().withContext(host));
        request.setSslConfiguration(*ssl);
    }
    qCDebug(lcRegistry) << "GET" << url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) << "(token)";
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    reply->setReadBufferSize(64 * 1024);
    auto *watch = new TransferWatch(reply, m_session.options(host).timeoutMs, m_limits);
    // A token answer is small: one that grows past the limit is cut off, never buffered whole.
    auto body = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QIODevice::readyRead, this, [reply, body, tooLarge] {
        while (reply->bytesAvailable() > 0 && !*tooLarge) {
            body->append(reply->read(64 * 1024));
            if (body->size() > maxSmallBody) {
                *tooLarge = true;
                reply->abort();
            }
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, hops, watch, body, tooLarge] {
        reply->deleteLater();
        if (m_aborted)
            return finish(Error(Error::Code::Cancelled, tr("cancelled")));
        if (*tooLarge)
            return finish(Error(Error::Code::TooLarge,
                tr("%1: the token service's answer is larger than %2 bytes")
                    .arg(url.authority())
                    .arg(maxSmallBody)));
        if (watch->stall() != TransferWatch::Stall::None)
            return finish(Error(Error::Code::Network,
                watch->stall() == TransferWatch::Stall::Idle
                    ? tr("cannot reach the token service %1: no answer within %2 s")
                          .arg(url.authority())
                          .arg(m_session.options(m_target.host).timeoutMs / 1000)
                    : tr("the token service %1 sent %2 bytes in %3 s, slower than the limit")
                          .arg(url.authority())
                          .arg(watch->bytesInLastWindow())
                          .arg(m_limits.lowSpeedWindowMs / 1000))
                              .withHint(watch->stall() == TransferWatch::Stall::Slow ? Error::Hint::SpeedLimit
                                                                                     : Error::Hint::None));
        take(reply, *body, url, hops);
    });
}

void TokenRequest::take(QNetworkReply *reply, const QByteArray &body, const QUrl &url, int hops)
{
    const QString &host = m_target.host;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        auto next = redirectTarget(url, reply->rawHeader("Location"), hops + 1, url.authority());
        if (!next)
            return finish(next.error());
        return request(*next, hops + 1);
    }
    if ((status == 401 || status == 403) && !sameOrigin(url, m_realm))
        return finish(Error(Error::Code::Unauthorized,
            tr("%1: the token service sent us to %2, which refused access (HTTP %3)")
                .arg(host, url.authority())
                .arg(status)));
    if (status == 401 || status == 403) {
        if (m_session.hasCredentials(host))
            return finish(Error(
                Error::Code::Unauthorized, tr("%1: the user name or password was not accepted").arg(host))
                              .withHint(Error::Hint::Login, host));
        return finish(Error(Error::Code::Unauthorized, tr("%1: authentication required").arg(host))
                          .withHint(Error::Hint::Login, host));
    }
    if (status != 200)
        return finish(Error(Error::Code::Network,
            tr("%1: the token service answered %2")
                .arg(host, status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString())));
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString token = json.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = json.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        return finish(Error(Error::Code::Network, tr("%1: the token service gave no token").arg(host)));
    m_session.storeToken(host, m_target.scope, token, json.value(QLatin1String("expires_in")).toInt(60));
    finish({});
}

} // namespace charthouse
