#pragma once

#include "core/cache/MetadataCache.h"
#include "core/jobs/NetworkJob.h"

namespace charthouse {

// The repositories of a registry (REPOSITORY names, without the host).
struct RepositoryListing
{
    QStringList repositories; // sorted
    bool fromCatalog = true; // false: the registry denied /v2/_catalog, these are the ones known here
    std::optional<Error> catalogError; // with !fromCatalog: what the registry answered
};

// Lists a registry's repositories from its catalog (every page; found() as each arrives). Where the registry
// denies the catalog (401/403, 404, 405 or UNSUPPORTED: most hosted registries, and token services that grant no
// registry:catalog:* scope), falls back to the repositories known here: those of the registry in the local chart
// cache (pulled, or saved and pushed from it), those whose versions were listed before (MetadataCache) and those
// the user added by hand. Any other failure (unreachable, TLS) fails
// the job: a fallback then would hide that the registry cannot be reached.
class RepositoriesJob : public NetworkJob
{
    Q_OBJECT
public:
    RepositoriesJob(QString host, RegistryClient *client, MetadataCache metadata, QString chartCacheRoot = {},
        QObject *parent = nullptr);
    QString title() const override;
    // Repositories the user added by hand (RegistrySettings::addedRepositories): part of the fallback.
    void setAddedByHand(QStringList repositories) { m_addedByHand = std::move(repositories); }
    const std::optional<RepositoryListing> &result() const { return m_result; }

    // Whether this error of the catalog means "not offered here" (so the known repositories are shown instead).
    static bool isCatalogDenied(const Error &error);

Q_SIGNALS:
    void found(const QStringList &repositories);

protected:
    void run() override;

private:
    void fallBack(const Error &catalogError);
    QString m_host;
    MetadataCache m_metadata;
    QString m_chartCacheRoot;
    QStringList m_addedByHand;
    std::optional<RepositoryListing> m_result;
};

} // namespace charthouse
