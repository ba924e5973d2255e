#include "core/registry/LocalRegistry.h"

#include "core/common/AtomicFile.h"
#include "core/oci/Reference.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace charthouse {
namespace {

constexpr int answerTimeoutMs = 15000;
constexpr int stopTimeoutMs = 10000;

// The process runs and is the registry started with this configuration (not a reused pid, not a zombie: a
// zombie has an empty command line).
bool runsWithConfig(qint64 pid, const QString &configFile)
{
    if (pid <= 0)
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    return cmdline.readAll().split('\0').contains(QFile::encodeName(configFile));
}

// A value for the YAML configuration: double-quoted, so paths with spaces or colons stay one string.
QString yamlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QHostAddress resolve(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    const QHostAddress literal(host);
    if (!literal.isNull())
        return literal;
    const QList<QHostAddress> found = QHostInfo::fromName(host).addresses();
    return found.isEmpty() ? QHostAddress() : found.first();
}

QJsonObject toJson(const LocalRegistryState &state)
{
    return {{QStringLiteral("address"), state.address}, {QStringLiteral("pid"), state.pid},
        {QStringLiteral("storage"), state.storage},
        {QStringLiteral("temporaryStorage"), state.temporaryStorage},
        {QStringLiteral("htpasswd"), state.htpasswdFile}, {QStringLiteral("log"), state.logFile},
        {QStringLiteral("started"), state.started.toString(Qt::ISODate)}};
}

LocalRegistryState fromJson(const QJsonObject &json)
{
    LocalRegistryState state;
    state.address = json.value(QStringLiteral("address")).toString();
    state.pid = json.value(QStringLiteral("pid")).toInteger();
    state.storage = json.value(QStringLiteral("storage")).toString();
    state.temporaryStorage = json.value(QStringLiteral("temporaryStorage")).toBool();
    state.htpasswdFile = json.value(QStringLiteral("htpasswd")).toString();
    state.logFile = json.value(QStringLiteral("log")).toString();
    state.started = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODate);
    return state;
}

QString lastLines(const QByteArray &text, int count)
{
    QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return QString::fromUtf8(lines.join('\n'));
}

} // namespace

LocalRegistry::LocalRegistry(QString host, quint16 port)
    : m_host(std::move(host)), m_port(port), m_address(QStringLiteral("%1:%2").arg(m_host).arg(m_port))
{ }

Result<LocalRegistry> LocalRegistry::forAddress(const QString &address)
{
    // Never a URL or user:password@: the password would reach the message below (and the state file).
    if (address.contains(QLatin1String("://")) || Reference::redacted(address) != address)
        return Error(Error::Code::InvalidInput,
            tr("invalid address \"%1\": give HOST:PORT without a scheme or credentials, e.g. localhost:5000")
                .arg(Reference::redacted(address)));
    QString host = QStringLiteral("localhost");
    QString port = address.trimmed();
    const qsizetype colon = port.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = port.left(colon);
        port = port.mid(colon + 1);
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number == 0 || number > 65535)
        return Error(Error::Code::InvalidInput,
            tr("invalid address \"%1\": expected HOST:PORT, e.g. localhost:5000").arg(address));
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    if (host.isEmpty() || !hostPattern.match(host).hasMatch())
        return Error(Error::Code::InvalidInput,
            tr("invalid address \"%1\": \"%2\" is not a host name or IP address").arg(address, host));
    return LocalRegistry(host, static_cast<quint16>(number));
}

QString LocalRegistry::serverProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("CHARTHOUSE_DOCKER_REGISTRY");
    if (!fromEnvironment.isEmpty())
        return QStandardPaths::findExecutable(fromEnvironment);
    return QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
}

QString LocalRegistry::stateRoot()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/charthouse/registries");
}

Result<QString> LocalRegistry::requireServerProgram()
{
    const QString program = serverProgram();
    if (program.isEmpty())
        return Error(Error::Code::NotFound,
            tr("docker-registry is not installed. It is Debian's package of the registry server (the "
               "\"registry\" container image): sudo apt-get install docker-registry"));
    return program;
}

QList<LocalRegistryState> LocalRegistry::running()
{
    QList<LocalRegistryState> found;
    const QStringList dirs = QDir(stateRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &dir : dirs) {
        QFile file(stateRoot() + QLatin1Char('/') + dir + QStringLiteral("/state.json"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto registry = forAddress(fromJson(QJsonDocument::fromJson(file.readAll()).object()).address);
        if (const auto state = registry ? registry->state() : std::nullopt)
            found.append(*state);
    }
    return found;
}

QString LocalRegistry::stateDir() const
{
    QString name = m_address;
    name.replace(QLatin1Char(':'), QLatin1Char('_'));
    return stateRoot() + QLatin1Char('/') + name;
}

QString LocalRegistry::configFile() const
{
    return stateDir() + QStringLiteral("/config.yml");
}

std::optional<LocalRegistryState> LocalRegistry::state() const
{
    QFile file(stateDir() + QStringLiteral("/state.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const LocalRegistryState state = fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!runsWithConfig(state.pid, configFile()))
        return std::nullopt;
    return state;
}

Result<QByteArray> LocalRegistry::log() const
{
    QFile file(stateDir() + QStringLiteral("/registry.log"));
    if (!file.exists())
        return Error(Error::Code::NotFound, tr("no local registry has run on %1").arg(m_address));
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    return file.readAll();
}

Result<QString> LocalRegistry::writeHtpasswd(const LocalRegistryOptions &options) const
{
    if (!options.htpasswdFile.isEmpty()) {
        const QFileInfo given(options.htpasswdFile);
        if (!given.isFile() || !given.isReadable())
            return Error(
                Error::Code::NotFound, tr("cannot read the htpasswd file %1").arg(options.htpasswdFile));
        return given.absoluteFilePath();
    }
    if (options.user.isEmpty())
        return QString();
    // htpasswd (apache2-utils) hashes with bcrypt; the password goes through its standard input only.
    const QString htpasswd = QStandardPaths::findExecutable(QStringLiteral("htpasswd"));
    if (htpasswd.isEmpty())
        return Error(Error::Code::NotFound,
            tr("htpasswd is needed to hash the password: sudo apt-get install apache2-utils"));
    QProcess hash;
    hash.start(htpasswd, {QStringLiteral("-niB"), options.user});
    hash.write(options.password.toUtf8() + '\n');
    hash.closeWriteChannel();
    if (!hash.waitForFinished(30000) || hash.exitCode() != 0)
        return Error(Error::Code::Io,
            tr("htpasswd could not hash the password: %1")
                .arg(QString::fromUtf8(hash.readAllStandardError()).trimmed()));
    const QByteArray line = hash.readAllStandardOutput().trimmed();
    const QString path = stateDir() + QStringLiteral("/htpasswd");
    if (auto written = writeFileAtomically(path, QByteArray(line + '\n'), 0600); !written)
        return written.error();
    return path;
}

Result<void> LocalRegistry::waitUntilAnswering(qint64 pid) const
{
    QElapsedTimer clock;
    clock.start();
    const QByteArray request
        = "GET /v2/ HTTP/1.1\r\nHost: " + m_address.toUtf8() + "\r\nConnection: close\r\n\r\n";
    while (clock.elapsed() < answerTimeoutMs) {
        if (!runsWithConfig(pid, configFile())) {
            const auto logged = log();
            const QByteArray logText = logged ? *logged : QByteArray();
            return Error(Error::Code::Io,
                tr("docker-registry stopped right after starting on %1:").arg(m_address) + QLatin1Char('\n')
                    + lastLines(logText, 5));
        }
        QTcpSocket socket;
        socket.connectToHost(m_host, m_port);
        if (socket.waitForConnected(500)) {
            socket.write(request);
            if (socket.waitForBytesWritten(1000) && socket.waitForReadyRead(2000)) {
                const QByteArray status = socket.readLine();
                if (status.startsWith("HTTP/1.1 200") || status.startsWith("HTTP/1.1 401"))
                    return {};
            }
        }
        QThread::msleep(100);
    }
    return Error(Error::Code::Network,
        tr("the registry on %1 did not answer within %2 seconds").arg(m_address).arg(answerTimeoutMs / 1000));
}

Result<LocalRegistryState> LocalRegistry::start(const LocalRegistryOptions &options) const
{
    const auto program = requireServerProgram();
    if (!program)
        return program.error();
    if (!options.user.isEmpty() && !options.htpasswdFile.isEmpty())
        return Error(Error::Code::InvalidInput, tr("give a user or an htpasswd file, not both"));
    if (options.user.contains(QLatin1Char(':')))
        // Not echoed: "alice:password" is a likely slip.
        return Error(Error::Code::InvalidInput, tr("the user name must not contain a colon"));
    if (!options.user.isEmpty() && options.password.isEmpty())
        return Error(Error::Code::InvalidInput, tr("the user %1 needs a password").arg(options.user));
    if (const auto running = state())
        return Error(Error::Code::Conflict,
            tr("a local registry already runs on %1 (pid %2)").arg(m_address).arg(running->pid))
            .withHint(Error::Hint::StopLocalRegistry, m_address);
    {
        const QHostAddress address = resolve(m_host);
        if (address.isNull())
            return Error(Error::Code::InvalidInput, tr("cannot find the address of %1").arg(m_host));
        QTcpServer probe;
        if (!probe.listen(address, m_port))
            return Error(
                Error::Code::Conflict, tr("cannot listen on %1: %2").arg(m_address, probe.errorString()));
    }

    if (!QDir().mkpath(stateDir()))
        return Error(Error::Code::Io, tr("cannot create the directory %1").arg(stateDir()));
    QFile::setPermissions(stateDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    LocalRegistryState state;
    state.address = m_address;
    state.temporaryStorage = options.storage.isEmpty();
    state.storage = state.temporaryStorage ? stateDir() + QStringLiteral("/storage")
                                           : QFileInfo(options.storage).absoluteFilePath();
    if (state.temporaryStorage)
        QDir(state.storage).removeRecursively(); // what an earlier run left when it was not stopped
    if (!QDir().mkpath(state.storage))
        return Error(Error::Code::Io, tr("cannot create the storage directory %1").arg(state.storage));
    auto htpasswd = writeHtpasswd(options);
    if (!htpasswd)
        return htpasswd.error();
    state.htpasswdFile = *htpasswd;
    state.logFile = stateDir() + QStringLiteral("/registry.log");

    QString config = QStringLiteral(
        "# Written by charthouse-cli registry serve.\nversion: 0.1\nlog:\n  level: info\n"
        "storage:\n  filesystem:\n    rootdirectory: %1\n  delete:\n    enabled: true\n"
        "http:\n  addr: %2\n  secret: %3\n  headers:\n    X-Content-Type-Options: [nosniff]\n")
                         .arg(yamlString(state.storage), yamlString(m_address),
                             QString::number(QRandomGenerator::system()->generate64(), 16));
    if (!state.htpasswdFile.isEmpty())
        config += QStringLiteral("auth:\n  htpasswd:\n    realm: %1\n    path: %2\n")
                      .arg(yamlString(QStringLiteral("Charthouse local registry")),
                          yamlString(state.htpasswdFile));
    if (auto written
        = writeFileAtomically(configFile(), config.toUtf8(), 0600);
        !written)
        return written.error();

    QProcess process;
    process.setProgram(*program);
    process.setArguments({QStringLiteral("serve"), configFile()});
    process.setWorkingDirectory(stateDir());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) // REGISTRY_* variables would override the configuration
        if (key.startsWith(QLatin1String("REGISTRY_")))
            environment.remove(key);
    process.setProcessEnvironment(environment);
    QFile::remove(state.logFile);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(
        state.logFile, QIODevice::Append); // both appending: neither overwrites the other
    process.setStandardErrorFile(state.logFile, QIODevice::Append);
    if (!process.startDetached(&state.pid))
        return Error(Error::Code::Io, tr("cannot start %1: %2").arg(*program, process.errorString()));
    state.started = QDateTime::currentDateTimeUtc();
    if (auto written = writeFileAtomically(stateDir() + QStringLiteral("/state.json"),
            QJsonDocument(toJson(state)).toJson(), 0600);
        !written) {
        ::kill(static_cast<pid_t>(state.pid), SIGTERM);
        return written.error();
    }
    if (auto answering = waitUntilAnswering(state.pid); !answering) {
        (void)stop();
        return answering.error();
    }
    return state;
}

Result<LocalRegistryState> LocalRegistry::stop() const
{
    const auto running = state();
    if (!running)
        return Error(Error::Code::NotFound, tr("no local registry runs on %1").arg(m_address));
    const auto pid = static_cast<pid_t>(running->pid);
    ::kill(pid, SIGTERM);
    QElapsedTimer clock;
    clock.start();
    while (runsWithConfig(running->pid, configFile()) && clock.elapsed() < stopTimeoutMs)
        QThread::msleep(50);
    if (runsWithConfig(running->pid, configFile())) {
        ::kill(pid, SIGKILL);
        while (runsWithConfig(running->pid, configFile()) && clock.elapsed() < stopTimeoutMs + 5000)
            QThread::msleep(50);
    }
    if (runsWithConfig(running->pid, configFile()))
        return Error(Error::Code::Io,
            tr("the registry on %1 (pid %2) does not stop").arg(m_address).arg(running->pid));
    QFile::remove(stateDir() + QStringLiteral("/state.json"));
    if (running->temporaryStorage)
        QDir(running->storage).removeRecursively();
    return *running;
}

} // namespace charthouse
