#pragma once

#include "core/credentials/DockerConfigLocations.h"
#include "core/registry/CredentialSource.h"

#include <chrono>

namespace charthouse {

// Logins made with `docker login` or `helm registry login`, read-only, from the files in locations, in order;
// in each file: the host's credHelpers helper, then its `auths` entry (keys such as "https://host/v1/"
// count), then the credsStore helper. Helpers run asynchronously (CredentialHelper), each stopped after
// helperTimeout. Files are read at most 1 MiB each. found is never called from inside find(); call find() on
// context's thread.
class DockerConfigCredentials : public CredentialSource
{
public:
    static constexpr std::chrono::milliseconds defaultHelperTimeout {10'000};

    explicit DockerConfigCredentials(
        DockerConfigLocations locations, std::chrono::milliseconds helperTimeout = defaultHelperTimeout);
    void find(const QString &host, QObject *context, Found found) override;

private:
    DockerConfigLocations m_locations;
    std::chrono::milliseconds m_helperTimeout;
};

} // namespace charthouse
