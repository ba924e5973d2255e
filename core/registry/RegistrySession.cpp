#include "core/registry/RegistrySession.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

namespace charthouse {

namespace {

int defaultPort(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
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
        const QByteArray pem = keyFile.read(1024 * 1024);
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

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

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

void RegistrySession::setOptions(const QString &host, const RegistryOptions &options)
{
    m_options.insert(host, options);
    m_tls.erase(host);
    m_schemes.remove(host);
}

RegistryOptions RegistrySession::options(const QString &host) const
{
    return m_options.value(host);
}

Result<QSslConfiguration> RegistrySession::tls(const QString &host)
{
    auto it = m_tls.find(host);
    if (it == m_tls.end())
        it = m_tls.emplace(host, tlsConfiguration(options(host))).first;
    return it->second;
}

void RegistrySession::setCredentials(const QString &host, const std::optional<Credentials> &credentials)
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

void RegistrySession::prepare(const QString &host, QObject *context, std::function<void()> then)
{
    if (!hasOptions(host))
        setOptions(host, m_optionsSource ? m_optionsSource(host) : RegistryOptions {});
    if (credentialsResolved(host) || !m_credentialSource) {
        m_resolved.insert(host);
        return then();
    }
    // The session lives as long as its client, which outlives the calls (context) it makes.
    m_credentialSource->find(host, context, [this, host, then](std::optional<Credentials> credentials) {
        if (!credentialsResolved(host))
            setCredentials(host, credentials);
        then();
    });
}

void RegistrySession::forget(const QString &host)
{
    m_options.remove(host);
    m_tls.erase(host);
    m_schemes.remove(host);
    m_basicHosts.remove(host);
    setCredentials(host, std::nullopt); // drops its tokens too
    m_resolved.remove(host); // (setCredentials marks it resolved)
}

QUrl RegistrySession::origin(const QString &host) const
{
    QString scheme = m_schemes.value(host);
    if (scheme.isEmpty())
        scheme = options(host).plainHttp ? QStringLiteral("http") : QStringLiteral("https");
    return QUrl(scheme + QStringLiteral("://") + host);
}

void RegistrySession::noteScheme(const QString &host, const QString &scheme)
{
    m_schemes.insert(host, scheme);
}

QByteArray RegistrySession::basic(const QString &host) const
{
    const auto credentials = m_credentials.constFind(host);
    if (credentials == m_credentials.constEnd())
        return {};
    return "Basic " + (credentials->username + QLatin1Char(':') + credentials->password).toUtf8().toBase64();
}

QByteArray RegistrySession::authorization(const QString &host, const QUrl &url, const QString &scope) const
{
    if (!sameOrigin(url, origin(host)))
        return {};
    const auto token = m_tokens.constFind(host + QLatin1Char(' ') + scope);
    if (token != m_tokens.constEnd() && token->expires > QDateTime::currentDateTimeUtc())
        return "Bearer " + token->value.toUtf8();
    return m_basicHosts.contains(host) ? basic(host) : QByteArray();
}

QByteArray RegistrySession::tokenServiceAuthorization(
    const QString &host, const QUrl &url, const QUrl &realm) const
{
    return sameOrigin(url, realm) ? basic(host) : QByteArray();
}

void RegistrySession::storeToken(
    const QString &host, const QString &scope, const QString &token, int expiresInSeconds)
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qMax(10, expiresInSeconds) - 5);
    m_tokens.insert(host + QLatin1Char(' ') + scope, {token, expires});
}

} // namespace charthouse
