#include "core/credentials/RegistrySettings.h"

#include "core/common/SettingsFile.h"

#include <QSettings>

namespace charthouse {

namespace {

QSettings settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Charthouse"), QStringLiteral("charthouse"));
}

QString group(const QString &host)
{
    return QStringLiteral("registries/") + host; // QSettings escapes what an INI key can't hold
}

} // namespace

QStringList RegistrySettings::knownHosts()
{
    QSettings s = settings();
    s.beginGroup(QStringLiteral("registries"));
    QStringList hosts;
    for (const QString &key : s.childGroups())
        hosts.append(key);
    return hosts;
}

QString RegistrySettings::username(const QString &host)
{
    return settings().value(group(host) + QStringLiteral("/username")).toString();
}

RegistryOptions RegistrySettings::options(const QString &host)
{
    QSettings s = settings();
    s.beginGroup(group(host));
    RegistryOptions options;
    options.plainHttp = s.value(QStringLiteral("plainHttp"), false).toBool();
    options.insecureSkipTlsVerify = s.value(QStringLiteral("insecureSkipTlsVerify"), false).toBool();
    options.caFile = s.value(QStringLiteral("caFile")).toString();
    options.certFile = s.value(QStringLiteral("certFile")).toString();
    options.keyFile = s.value(QStringLiteral("keyFile")).toString();
    return options;
}

Result<void> RegistrySettings::remember(
    const QString &host, const QString &username, const RegistryOptions &options)
{
    return changeSettingsFile(settings().fileName(), [&](QSettings &s) {
        s.beginGroup(group(host));
        s.setValue(QStringLiteral("username"), username);
        s.setValue(QStringLiteral("plainHttp"), options.plainHttp);
        s.setValue(QStringLiteral("insecureSkipTlsVerify"), options.insecureSkipTlsVerify);
        s.setValue(QStringLiteral("caFile"), options.caFile);
        s.setValue(QStringLiteral("certFile"), options.certFile);
        s.setValue(QStringLiteral("keyFile"), options.keyFile);
    });
}

Result<void> RegistrySettings::forget(const QString &host)
{
    return changeSettingsFile(settings().fileName(), [&](QSettings &s) { s.remove(group(host)); });
}

namespace {
// One key per host under this group (not under registries/: a repository added by hand is no login).
const QString addedGroup = QStringLiteral("addedRepositories");
} // namespace

QHash<QString, QStringList> RegistrySettings::addedRepositories()
{
    QSettings s = settings();
    s.beginGroup(addedGroup);
    QHash<QString, QStringList> added;
    for (const QString &host : s.childKeys())
        added.insert(host, s.value(host).toStringList());
    return added;
}

Result<void> RegistrySettings::addRepository(const QString &host, const QString &repository)
{
    return changeSettingsFile(settings().fileName(), [&](QSettings &s) {
        s.beginGroup(addedGroup);
        QStringList names = s.value(host).toStringList();
        if (names.contains(repository))
            return;
        names.append(repository);
        names.sort();
        s.setValue(host, names);
    });
}

TransferLimits RegistrySettings::transferLimits()
{
    QSettings s = settings();
    TransferLimits limits;
    limits.maxLayerSize = qMax<qint64>(1, s.value(QStringLiteral("transfers/maxLayerSize"), limits.maxLayerSize).toLongLong());
    limits.lowSpeedBytes = qMax<qint64>(0, s.value(QStringLiteral("transfers/speedLimitBytes"), limits.lowSpeedBytes).toLongLong());
    limits.lowSpeedWindowMs = 1000 * qBound(1, s.value(QStringLiteral("transfers/speedTimeSeconds"), limits.lowSpeedWindowMs / 1000).toInt(), 3600);
    return limits;
}

Result<void> RegistrySettings::setTransferLimits(const TransferLimits &limits)
{
    return changeSettingsFile(settings().fileName(), [&](QSettings &s) {
        s.setValue(QStringLiteral("transfers/maxLayerSize"), limits.maxLayerSize);
        s.setValue(QStringLiteral("transfers/speedLimitBytes"), limits.lowSpeedBytes);
        s.setValue(QStringLiteral("transfers/speedTimeSeconds"), limits.lowSpeedWindowMs / 1000);
    });
}

} // namespace charthouse
