#pragma once

#include "tests/support/RegistryServer.h"

#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>

namespace charthouse::test {

// A small Docker token service for distribution's `auth: token`: checks Basic credentials (or lets anonymous
// callers through with no access), grants the requested scopes, and signs RS256 JWTs with a test key
// (openssl).
class TokenIssuer : public QObject
{
    Q_OBJECT
public:
    TokenIssuer(QString user, QString password, QObject *parent = nullptr);
    // Before start(): serve HTTPS with this certificate and key; with clientCa, callers must show a
    // certificate signed by it (the TLS handshake fails without one).
    void useTls(QString certificate, QString key, QString clientCa = {});
    bool start(QString *why); // makes the key and certificate, listens
    QString realm() const
    {
        return QStringLiteral("%1://127.0.0.1:%2/token")
            .arg(m_tlsCertificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
            .arg(m_server ? m_server->serverPort() : 0);
    }
    QString certificate() const { return m_dir.path() + QStringLiteral("/signing.pem"); }
    static QString service() { return QStringLiteral("charthouse-test-registry"); }
    static QString issuer() { return QStringLiteral("charthouse-test-issuer"); }
    // A registry's options to trust this issuer's tokens (after start()).
    RegistryServer::Options registryOptions() const
    {
        RegistryServer::Options options;
        options.tokenRealm = realm();
        options.tokenService = service();
        options.tokenIssuer = issuer();
        options.tokenCertificate = certificate();
        return options;
    }

    int tokensIssued = 0;
    int refused = 0;
    int clientCertificatesSeen = 0; // over TLS: connections whose caller showed a certificate
    QStringList scopesAsked;
    // Scopes of these types ("registry": the catalog) are never granted, as most token services do for users.
    QStringList withheldScopeTypes;

private:
    QByteArray sign(const QByteArray &input) const;
    QByteArray token(const QString &subject, const QStringList &scopes) const;

    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    QString m_tlsCertificate;
    QString m_tlsKey;
    QString m_tlsClientCa;
    std::unique_ptr<QTcpServer> m_server;
    QByteArray m_keyId;
};

} // namespace charthouse::test
