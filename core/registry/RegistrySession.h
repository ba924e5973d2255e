#pragma once

#include "core/common/Result.h"
#include "core/registry/CredentialSource.h"
#include "core/registry/RegistryOptions.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace charthouse {

// Whether a and b are the same origin (scheme, host, port): the unit credentials are bound to.
bool sameOrigin(const QUrl &a, const QUrl &b);

// What a registry client knows about the registries it talks to, in one place a reader can check:
// per host its options and TLS configuration (built once), the scheme it turned out to speak, its credentials
// (from the injected source, asked once) and the tokens its token service issued.
//
// The rule it keeps: credentials and tokens are handed out only for a URL on the origin they were meant for —
// a registry's Authorization only to that registry's origin, Basic credentials for a token service only to
// the realm's origin. Redirects and the token dance ask here; they never carry a header along themselves.
class RegistrySession
{
public:
    using OptionsSource = std::function<RegistryOptions(const QString &host)>;

    // Options for hosts that were not given any (the user's saved settings); default: RegistryOptions {}.
    void setOptionsSource(OptionsSource source) { m_optionsSource = std::move(source); }
    // Credentials for hosts that were not given any; default: none (anonymous).
    void setCredentialSource(std::shared_ptr<CredentialSource> source)
    {
        m_credentialSource = std::move(source);
    }

    void setOptions(const QString &host, const RegistryOptions &options);
    RegistryOptions options(const QString &host) const;
    bool hasOptions(const QString &host) const { return m_options.contains(host); }
    // The TLS configuration for the host's options, built from its files the first time it is asked for.
    Result<QSslConfiguration> tls(const QString &host);

    // nullopt: anonymous. A host whose credentials were set (even to nullopt) counts as resolved.
    void setCredentials(const QString &host, const std::optional<Credentials> &credentials);
    bool credentialsResolved(const QString &host) const { return m_resolved.contains(host); }
    bool hasCredentials(const QString &host) const { return m_credentials.contains(host); }
    // Options from the source and credentials from the source, for a host not seen yet; then `then`, on
    // context's thread. Never blocks.
    void prepare(const QString &host, QObject *context, std::function<void()> then);
    // Everything known about the host goes: the next call asks the sources again (after a login that failed,
    // the keychain's credentials and the saved options apply again).
    void forget(const QString &host);

    // "https://host" or "http://host": plain HTTP when the options say so or a loopback registry showed it.
    QUrl origin(const QString &host) const;
    void noteScheme(const QString &host, const QString &scheme);
    bool schemeKnown(const QString &host) const { return m_schemes.contains(host); }
    QString knownScheme(const QString &host) const { return m_schemes.value(host); } // "" while unknown

    // The Authorization header for a request of the registry `host` to `url` under `scope`; empty unless url
    // is on the registry's origin.
    QByteArray authorization(const QString &host, const QUrl &url, const QString &scope) const;
    // Basic credentials for a token request to `url` on behalf of `host`; empty unless url is on the realm's
    // origin (where the registry sent us) and the host has credentials.
    QByteArray tokenServiceAuthorization(const QString &host, const QUrl &url, const QUrl &realm) const;
    void useBasic(const QString &host) { m_basicHosts.insert(host); }
    void storeToken(const QString &host, const QString &scope, const QString &token, int expiresInSeconds);

private:
    QByteArray basic(const QString &host) const;

    struct Token
    {
        QString value;
        QDateTime expires;
    };

    OptionsSource m_optionsSource;
    std::shared_ptr<CredentialSource> m_credentialSource;
    QHash<QString, RegistryOptions> m_options;
    std::map<QString, Result<QSslConfiguration>> m_tls; // built from m_options on first use
    QHash<QString, Credentials> m_credentials;
    QSet<QString> m_resolved;
    QHash<QString, QString> m_schemes; // host → "https" or "http", once known
    QHash<QString, Token> m_tokens; // host + ' ' + scope
    QSet<QString> m_basicHosts; // hosts that asked for Basic auth
};

} // namespace charthouse
