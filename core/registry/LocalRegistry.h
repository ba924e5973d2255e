#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace charthouse {

// What `registry serve` starts a registry with.
struct LocalRegistryOptions
{
    QString storage; // keep the data in this directory; empty: temporary storage, removed at stop
    QString user; // with password: authentication by an htpasswd file holding this one user, bcrypt-hashed
    QString password;
    QString htpasswdFile; // or authentication by an existing htpasswd file
};

// A local registry that runs (or ran): what status prints.
struct LocalRegistryState
{
    QString address;
    qint64 pid = 0;
    QString storage;
    bool temporaryStorage = false;
    QString htpasswdFile; // empty: no authentication
    QString logFile;
    QDateTime started;
};

// A local test registry: Debian's docker-registry (the CNCF distribution registry, the server of the
// `registry` container image) started in the background on one address, as `docker run -d -p 5000:5000
// registry` does. Its configuration, log and pid live in a state directory per address
// ($XDG_STATE_HOME/charthouse/registries/HOST_PORT), so status, logs and stop find it from any process.
// start() and stop() block for seconds: run them off the GUI thread (StartLocalRegistryJob,
// StopLocalRegistryJob).
class LocalRegistry
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::LocalRegistry)
public:
    static QString defaultAddress() { return QStringLiteral("localhost:5000"); }
    // HOST:PORT, or a bare PORT for localhost:PORT.
    static Result<LocalRegistry> forAddress(const QString &address);
    // The docker-registry program, or empty when its package is not installed.
    static QString serverProgram();
    // The same, or an error that says which package to install.
    static Result<QString> requireServerProgram();
    // Where the state directories live.
    static QString stateRoot();
    // Every registry started here that still runs.
    static QList<LocalRegistryState> running();

    const QString &address() const { return m_address; }
    // Starts the registry and returns once it answers HTTP on its address. Refuses an address where one of
    // ours runs already or that another program holds.
    Result<LocalRegistryState> start(const LocalRegistryOptions &options) const;
    // The registry on this address, if it runs.
    std::optional<LocalRegistryState> state() const;
    // The log of its current or last run.
    Result<QByteArray> log() const;
    // Stops it (SIGTERM, then SIGKILL after 10 s) and removes temporary storage. Returns what ran.
    Result<LocalRegistryState> stop() const;

private:
    LocalRegistry(QString host, quint16 port);
    QString stateDir() const;
    QString configFile() const;
    Result<QString> writeHtpasswd(const LocalRegistryOptions &options) const;
    Result<void> waitUntilAnswering(qint64 pid) const;

    QString m_host;
    quint16 m_port;
    QString m_address;
};

} // namespace charthouse
