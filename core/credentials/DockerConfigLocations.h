#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace charthouse {

// Where Docker's and Helm's logins are, computed from an environment handed in (never the process's own):
// Docker's config.json ($DOCKER_CONFIG, else ~/.docker), then Helm's registry config ($HELM_REGISTRY_CONFIG
// if set, then $HELM_CONFIG_HOME, else $XDG_CONFIG_HOME/helm, else ~/.config/helm: registry/config.json and
// registry.json), in that order; and where and with what environment docker-credential-* helpers run.
struct DockerConfigLocations
{
    QStringList configFiles;
    QStringList helperSearchPath; // $PATH, split; empty: no helper is found
    QProcessEnvironment helperEnvironment;

    static DockerConfigLocations fromEnvironment(const QProcessEnvironment &environment, const QString &home);
};

} // namespace charthouse
