#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace charthouse::test {

// A real CNCF distribution registry (Debian's docker-registry) on 127.0.0.1 with a free port, with optional
// htpasswd users and TLS, its storage in a temporary directory. Stopped when destroyed.
class RegistryServer
{
public:
    struct Options
    {
        QString user; // with password: htpasswd auth
        QString password;
        QString tlsCertificate; // PEM files: serve HTTPS
        QString tlsKey;
        QString tlsClientCa; // with TLS: clients must show a certificate signed by this CA
        QString tokenRealm; // with tokenService, tokenIssuer, tokenCertificate: distribution's `auth: token`
        QString tokenService;
        QString tokenIssuer;
        QString tokenCertificate;
        bool deleteEnabled = true; // storage: delete: enabled (without it distribution answers 405 UNSUPPORTED)

        static Options htpasswd(QString user, QString password)
        {
            Options o;
            o.user = std::move(user);
            o.password = std::move(password);
            return o;
        }
        static Options withoutDeletes()
        {
            Options o;
            o.deleteEnabled = false;
            return o;
        }
        static Options tls(QString certificate, QString key)
        {
            Options o;
            o.tlsCertificate = std::move(certificate);
            o.tlsKey = std::move(key);
            return o;
        }
    };

    RegistryServer();
    explicit RegistryServer(Options options);
    ~RegistryServer();

    // False with `why` set when the registry can't run here (package missing) or did not come up.
    bool start(QString *why);
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QString log() const;
    // Where the registry keeps its blobs, repositories and open upload sessions (_uploads).
    QString storagePath() const { return m_dir.path() + QStringLiteral("/storage"); }

private:
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// A Secret Service (gnome-keyring) on the current session bus, its files in `home`. Needs
// DBUS_SESSION_BUS_ADDRESS (scripts/run-tests.sh runs CTest under dbus-run-session).
bool startKeyring(const QString &home, QString *why);

// A port nothing listens on right now.
quint16 freePort();

} // namespace charthouse::test
