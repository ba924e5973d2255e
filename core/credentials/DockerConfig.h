#pragma once

#include "core/registry/RegistryOptions.h"

#include <optional>

namespace charthouse {

// Logins made with `docker login` or `helm registry login`, read-only: the `auths` entries of Docker's
// config.json ($DOCKER_CONFIG or ~/.docker) and Helm's registry config ($HELM_REGISTRY_CONFIG, else
// $HELM_CONFIG_HOME/registry/config.json or registry.json, else ~/.config/helm/...). Used when the keychain has
// nothing for a registry. credHelpers/credsStore helpers are run as Docker runs them.
class DockerConfig
{
public:
    static std::optional<Credentials> find(const QString &host);
};

} // namespace charthouse
