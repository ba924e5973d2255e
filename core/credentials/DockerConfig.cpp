#include "core/credentials/DockerConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace charthouse {

namespace {

QStringList configFiles()
{
    QStringList files;
    const QString docker = qEnvironmentVariable("DOCKER_CONFIG");
    files << (docker.isEmpty() ? QDir::homePath() + QStringLiteral("/.docker") : docker) + QStringLiteral("/config.json");
    const QString helmRegistryConfig = qEnvironmentVariable("HELM_REGISTRY_CONFIG");
    if (!helmRegistryConfig.isEmpty())
        files << helmRegistryConfig;
    QString helmConfig = qEnvironmentVariable("HELM_CONFIG_HOME");
    if (helmConfig.isEmpty()) {
        const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
        helmConfig = (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.config") : xdg) + QStringLiteral("/helm");
    }
    files << helmConfig + QStringLiteral("/registry/config.json") << helmConfig + QStringLiteral("/registry.json");
    return files;
}

// Docker keys auths by "host", "https://host", "http://host/v1/" and the like.
QString normalisedHost(QString key)
{
    key.remove(QRegularExpression(QStringLiteral("^[a-z]+://")));
    return key.section(QLatin1Char('/'), 0, 0);
}

std::optional<Credentials> fromHelper(const QString &helper, const QString &host)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("docker-credential-") + helper);
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, {QStringLiteral("get")});
    process.write(host.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(10'000) || process.exitCode() != 0)
        return std::nullopt;
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QString secret = answer.value(QLatin1String("Secret")).toString();
    if (secret.isEmpty())
        return std::nullopt;
    return Credentials {answer.value(QLatin1String("Username")).toString(), secret};
}

} // namespace

std::optional<Credentials> DockerConfig::find(const QString &host)
{
    for (const QString &path : configFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject config = QJsonDocument::fromJson(file.read(1 << 20)).object();
        const QJsonObject helpers = config.value(QLatin1String("credHelpers")).toObject();
        if (helpers.contains(host))
            if (auto found = fromHelper(helpers.value(host).toString(), host))
                return found;
        const QJsonObject auths = config.value(QLatin1String("auths")).toObject();
        for (auto it = auths.begin(); it != auths.end(); ++it) {
            if (normalisedHost(it.key()) != host)
                continue;
            const QJsonObject entry = it.value().toObject();
            const QByteArray auth = QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1());
            if (const qsizetype colon = auth.indexOf(':'); colon > 0)
                return Credentials {QString::fromUtf8(auth.left(colon)), QString::fromUtf8(auth.mid(colon + 1))};
            if (entry.contains(QLatin1String("username")))
                return Credentials {entry.value(QLatin1String("username")).toString(), entry.value(QLatin1String("password")).toString()};
        }
        const QString store = config.value(QLatin1String("credsStore")).toString();
        if (!store.isEmpty())
            if (auto found = fromHelper(store, host))
                return found;
    }
    return std::nullopt;
}

} // namespace charthouse
