#pragma once

#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

namespace charthouse::test {

// A small Docker token service for distribution's `auth: token`: checks Basic credentials (or lets anonymous
// callers through with no access), grants the requested scopes, and signs RS256 JWTs with a test key (openssl).
class TokenIssuer : public QObject
{
    Q_OBJECT
public:
    TokenIssuer(QString user, QString password, QObject *parent = nullptr);
    bool start(QString *why); // makes the key and certificate, listens
    QString realm() const { return QStringLiteral("http://127.0.0.1:%1/token").arg(m_server.serverPort()); }
    QString certificate() const { return m_dir.path() + QStringLiteral("/signing.pem"); }
    static QString service() { return QStringLiteral("charthouse-test-registry"); }
    static QString issuer() { return QStringLiteral("charthouse-test-issuer"); }

    int tokensIssued = 0;
    int refused = 0;
    QStringList scopesAsked;

private:
    QByteArray sign(const QByteArray &input) const;
    QByteArray token(const QString &subject, const QStringList &scopes) const;

    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    QTcpServer m_server;
    QByteArray m_keyId;
};

} // namespace charthouse::test
