#pragma once

#include "core/common/Result.h"
#include "core/registry/RegistryOptions.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace charthouse {

class RegistrySession;

// Asks a registry's token service for a Bearer token (the 401 challenge's realm, service and scope) and
// stores it in the session. Redirects are followed here, under the registry requests' rules (at most 10 hops,
// never HTTPS to HTTP): Qt would forward the raw Authorization header — the password — to any host the
// service names. Basic credentials go only to the realm's origin; the answer is cut off at 4 MiB; a silent or
// dripping service ends like any registry request.
class TokenRequest : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString host; // the registry the token is for
        QString scope;
        QUrl registryUrl; // the request that was challenged: an HTTPS registry never asks a service over HTTP
    };
    using Done = std::function<void(Result<void>)>;

    // done is called exactly once, unless parent is destroyed first.
    static TokenRequest *start(RegistrySession &session, QNetworkAccessManager *network,
        const TransferLimits &limits, const Target &target, const QMap<QString, QString> &challenge,
        QObject *parent, Done done);
    // Ends the request; done receives a cancellation.
    void abort();
    ~TokenRequest() override;

private:
    TokenRequest(RegistrySession &session, QNetworkAccessManager *network, const TransferLimits &limits,
        Target target, QObject *parent, Done done);
    void request(const QUrl &url, int hops);
    void take(QNetworkReply *reply, const QByteArray &body, const QUrl &url, int hops);
    void finish(Result<void> result);

    RegistrySession &m_session;
    QNetworkAccessManager *m_network;
    TransferLimits m_limits;
    Target m_target;
    QUrl m_realm;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    bool m_aborted = false;
};

} // namespace charthouse
