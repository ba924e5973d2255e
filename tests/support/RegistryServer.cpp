#include "tests/support/RegistryServer.h"

#include "tests/support/TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace charthouse::test {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

RegistryServer::RegistryServer() : RegistryServer(Options {}) { }

RegistryServer::RegistryServer(Options options) : m_options(std::move(options)) { }

RegistryServer::~RegistryServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString RegistryServer::log() const
{
    QFile file(m_dir.path() + QStringLiteral("/registry.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool RegistryServer::start(QString *why)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    if (program.isEmpty()) {
        *why = QStringLiteral("docker-registry is not installed (apt-get install docker-registry)");
        return false;
    }
    QString auth;
    if (!m_options.user.isEmpty()) {
        const ProcessResult hashed = run(QStringLiteral("htpasswd"),
            {QStringLiteral("-Bbn"), m_options.user, m_options.password});
        if (hashed.exitCode != 0) {
            *why = QStringLiteral("htpasswd failed (apt-get install apache2-utils)");
            return false;
        }
        QFile users(m_dir.path() + QStringLiteral("/htpasswd"));
        if (!users.open(QIODevice::WriteOnly))
            return false;
        users.write(hashed.out);
        auth = QStringLiteral("auth:\n  htpasswd:\n    realm: test-realm\n    path: %1\n").arg(users.fileName());
    }
    if (!m_options.tokenRealm.isEmpty())
        auth = QStringLiteral("auth:\n  token:\n    realm: %1\n    service: %2\n    issuer: %3\n    rootcertbundle: %4\n")
                   .arg(m_options.tokenRealm, m_options.tokenService, m_options.tokenIssuer, m_options.tokenCertificate);
    QString tls;
    if (!m_options.tlsCertificate.isEmpty())
        tls = QStringLiteral("  tls:\n    certificate: %1\n    key: %2\n").arg(m_options.tlsCertificate, m_options.tlsKey)
            + (m_options.tlsClientCa.isEmpty() ? QString() : QStringLiteral("    clientcas:\n      - %1\n").arg(m_options.tlsClientCa));
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        const QString config = QStringLiteral("version: 0.1\nlog:\n  level: info\nstorage:\n  filesystem:\n"
                                              "    rootdirectory: %1/storage\n  delete:\n    enabled: %5\n"
                                              "http:\n  addr: 127.0.0.1:%2\n%3%4")
                                   .arg(m_dir.path())
                                   .arg(m_port)
                                   .arg(tls, auth)
                                   .arg(m_options.deleteEnabled ? QStringLiteral("true") : QStringLiteral("false"));
        QFile file(m_dir.path() + QStringLiteral("/config.yml"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(config.toUtf8());
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(m_dir.path() + QStringLiteral("/registry.log"), QIODevice::Append);
        m_process.start(program, {QStringLiteral("serve"), file.fileName()});
        if (!m_process.waitForStarted(5000))
            continue;
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return true;
            QThread::msleep(50);
        }
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    *why = QStringLiteral("the registry did not start: ") + log().right(2000);
    return false;
}

bool startKeyring(const QString &home, QString *why)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        *why = QStringLiteral("no session bus: run the tests under dbus-run-session (scripts/run-tests.sh does)");
        return false;
    }
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (daemon.isEmpty()) {
        *why = QStringLiteral("gnome-keyring is not installed");
        return false;
    }
    const ProcessResult started = run(daemon, {QStringLiteral("--replace"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")},
        {QStringLiteral("HOME=") + home, QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/.local/share")},
        "test-keyring-password", 20'000);
    if (started.exitCode != 0) {
        *why = QStringLiteral("gnome-keyring-daemon failed: ") + QString::fromUtf8(started.err);
        return false;
    }
    return true;
}

} // namespace charthouse::test
