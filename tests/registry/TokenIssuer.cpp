#include "tests/registry/TokenIssuer.h"

#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrlQuery>

namespace charthouse::test {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// libtrust's key ID, which distribution matches against the JWT "kid": the SHA-256 of the DER public key,
// first 240 bits, base32, in 12 groups of 4 joined by ':'.
QByteArray libtrustKeyId(const QByteArray &derPublicKey)
{
    const QByteArray hash = QCryptographicHash::hash(derPublicKey, QCryptographicHash::Sha256).left(30);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray base32;
    quint64 buffer = 0;
    int bits = 0;
    for (const char c : hash) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            base32 += alphabet[(buffer >> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    QByteArray id;
    for (qsizetype i = 0; i < base32.size(); i += 4)
        id += (i ? ":" : "") + base32.mid(i, 4);
    return id;
}

void answer(QTcpSocket *socket, int status, const QByteArray &body)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status)
        + " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

TokenIssuer::TokenIssuer(QString user, QString password, QObject *parent)
    : QObject(parent), m_user(std::move(user)), m_password(std::move(password))
{ }

void TokenIssuer::useTls(QString certificate, QString key, QString clientCa)
{
    m_tlsCertificate = std::move(certificate);
    m_tlsKey = std::move(key);
    m_tlsClientCa = std::move(clientCa);
}

bool TokenIssuer::start(QString *why)
{
    const QString key = m_dir.path() + QStringLiteral("/signing.key");
    const ProcessResult made = run(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
            QStringLiteral("-out"), certificate(), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=charthouse-test-issuer")});
    const ProcessResult der = run(QStringLiteral("openssl"),
        {QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-pubout"),
            QStringLiteral("-outform"), QStringLiteral("DER")});
    if (made.exitCode != 0 || der.exitCode != 0) {
        *why = QStringLiteral("openssl could not make a signing key: ")
            + QString::fromUtf8(made.err + der.err);
        return false;
    }
    m_keyId = libtrustKeyId(der.out);
    if (m_tlsCertificate.isEmpty()) {
        m_server = std::make_unique<QTcpServer>();
    } else {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(m_tlsCertificate));
        QFile tlsKey(m_tlsKey);
        if (!tlsKey.open(QIODevice::ReadOnly)) {
            *why = QStringLiteral("cannot read ") + m_tlsKey;
            return false;
        }
        tls.setPrivateKey(QSslKey(&tlsKey, QSsl::Rsa));
        if (!m_tlsClientCa.isEmpty()) {
            tls.setCaCertificates(QSslCertificate::fromPath(m_tlsClientCa));
            tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        }
        server->setSslConfiguration(tls);
        m_server = std::move(server);
    }
    auto accept = [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            if (auto *tls = qobject_cast<QSslSocket *>(socket); tls && !tls->peerCertificate().isNull())
                ++clientCertificatesSeen;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                if (!buffer->contains("\r\n\r\n"))
                    return;
                disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
                const QList<QByteArray> lines = buffer->left(buffer->indexOf("\r\n\r\n")).split('\n');
                const QUrl url(QString::fromLatin1(lines.first().split(' ').value(1)));
                QByteArray authorization;
                for (const QByteArray &line : lines)
                    if (line.toLower().startsWith("authorization:"))
                        authorization = line.mid(line.indexOf(':') + 1).trimmed();
                QString subject;
                if (!authorization.isEmpty()) {
                    const QByteArray expected
                        = "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
                    if (authorization != expected) {
                        ++refused;
                        return answer(socket, 401, "{\"details\":\"incorrect username or password\"}");
                    }
                    subject = m_user;
                }
                const QUrlQuery query(url);
                const QStringList scopes = query.allQueryItemValues(QStringLiteral("scope"));
                scopesAsked += scopes;
                ++tokensIssued;
                const QByteArray jwt = token(subject, subject.isEmpty() ? QStringList {} : scopes);
                answer(socket, 200, "{\"token\":\"" + jwt + "\",\"expires_in\":300}");
            });
        }
    };
    // QSslServer queues a connection once its handshake is done (pendingConnectionAvailable); draining on
    // both signals is harmless.
    connect(m_server.get(), &QTcpServer::newConnection, this, accept);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, accept);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *why = QStringLiteral("the token issuer cannot listen");
        return false;
    }
    return true;
}

QByteArray TokenIssuer::sign(const QByteArray &input) const
{
    return run(QStringLiteral("openssl"),
        {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"),
            m_dir.path() + QStringLiteral("/signing.key")},
        {}, input)
        .out;
}

QByteArray TokenIssuer::token(const QString &subject, const QStringList &scopes) const
{
    QJsonArray access;
    for (const QString &scope : scopes) {
        // repository:NAME:ACTIONS — NAME may itself contain ':' (never here), ACTIONS is the last part.
        const QStringList parts = scope.split(QLatin1Char(':'));
        if (parts.size() < 3 || withheldScopeTypes.contains(parts.first()))
            continue;
        QJsonObject entry;
        entry.insert(QStringLiteral("type"), parts.first());
        entry.insert(QStringLiteral("name"), parts.mid(1, parts.size() - 2).join(QLatin1Char(':')));
        entry.insert(
            QStringLiteral("actions"), QJsonArray::fromStringList(parts.last().split(QLatin1Char(','))));
        access.append(entry);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header {{QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), QString::fromLatin1(m_keyId)}};
    const QJsonObject claims {{QStringLiteral("iss"), issuer()}, {QStringLiteral("sub"), subject},
        {QStringLiteral("aud"), service()}, {QStringLiteral("exp"), now + 300},
        {QStringLiteral("nbf"), now - 10}, {QStringLiteral("iat"), now},
        {QStringLiteral("jti"), QString(QString::number(now) + QString::number(tokensIssued))},
        {QStringLiteral("access"), access}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + base64Url(sign(signingInput));
}

} // namespace charthouse::test
