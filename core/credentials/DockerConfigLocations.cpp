#include "core/credentials/DockerConfigLocations.h"

#include <QDir>

namespace charthouse {

DockerConfigLocations DockerConfigLocations::fromEnvironment(
    const QProcessEnvironment &environment, const QString &home)
{
    DockerConfigLocations locations;
    const QString docker = environment.value(QStringLiteral("DOCKER_CONFIG"));
    locations.configFiles << (docker.isEmpty() ? home + QStringLiteral("/.docker") : docker)
            + QStringLiteral("/config.json");
    const QString helmRegistryConfig = environment.value(QStringLiteral("HELM_REGISTRY_CONFIG"));
    if (!helmRegistryConfig.isEmpty())
        locations.configFiles << helmRegistryConfig;
    QString helmConfig = environment.value(QStringLiteral("HELM_CONFIG_HOME"));
    if (helmConfig.isEmpty()) {
        const QString xdg = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
        helmConfig = (xdg.isEmpty() ? home + QStringLiteral("/.config") : xdg) + QStringLiteral("/helm");
    }
    locations.configFiles << helmConfig + QStringLiteral("/registry/config.json")
                          << helmConfig + QStringLiteral("/registry.json");
    locations.helperSearchPath
        = environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    locations.helperEnvironment = environment;
    return locations;
}

} // namespace charthouse
