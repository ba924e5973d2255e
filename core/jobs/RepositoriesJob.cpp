#include "core/jobs/RepositoriesJob.h"

#include "core/cache/ChartCache.h"

#include <QFileInfo>

namespace charthouse {

namespace {

QStringList cachedRepositoriesOf(const QString &chartCacheRoot, const QString &host)
{
    QStringList names;
    if (chartCacheRoot.isEmpty() || !QFileInfo::exists(chartCacheRoot + QStringLiteral("/index.json")))
        return names;
    const auto tags = ChartCache(chartCacheRoot).tags();
    if (!tags)
        return names;
    for (const TaggedManifest &tagged : *tags)
        if (const auto ref = Reference::parse(tagged.refName); ref && ref->registry() == host)
            names.append(ref->repository());
    return names;
}

} // namespace

RepositoriesJob::RepositoriesJob(
    QString host, RegistryClient *client, MetadataCache metadata, QString chartCacheRoot, QObject *parent)
    : NetworkJob(client, parent),
      m_host(std::move(host)),
      m_metadata(std::move(metadata)),
      m_chartCacheRoot(std::move(chartCacheRoot))
{ }

QString RepositoriesJob::title() const
{
    return tr("List repositories of %1").arg(m_host);
}

bool RepositoriesJob::isCatalogDenied(const Error &error)
{
    switch (error.code()) {
    case Error::Code::Unauthorized:
    case Error::Code::NotFound:
    case Error::Code::Unsupported: return true;
    default: return false;
    }
}

void RepositoriesJob::run()
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    track(client()->catalog(
        m_host,
        [this](Result<QStringList> repositories) {
            if (stopped())
                return;
            if (!repositories) {
                if (isCatalogDenied(repositories.error()))
                    return fallBack(repositories.error());
                return fail(repositories.error());
            }
            RepositoryListing listing;
            listing.repositories = *repositories;
            listing.repositories.sort();
            listing.repositories.removeDuplicates();
            m_result = std::move(listing);
            finish({});
        },
        [this](const QStringList &page) {
            if (!stopped())
                Q_EMIT found(page);
        }));
}

void RepositoriesJob::fallBack(const Error &catalogError)
{
    runInBackground<QStringList>(
        [metadata = m_metadata, root = m_chartCacheRoot, host = m_host,
            added = m_addedByHand]() -> Result<QStringList> {
            QStringList names = cachedRepositoriesOf(root, host) + metadata.knownRepositories(host) + added;
            names.sort();
            names.removeDuplicates();
            return names;
        },
        [this, catalogError](Result<QStringList> names) {
            if (stopped())
                return;
            RepositoryListing listing;
            listing.repositories = *names;
            listing.fromCatalog = false;
            listing.catalogError = catalogError;
            Q_EMIT found(listing.repositories);
            m_result = std::move(listing);
            finish({});
        });
}

} // namespace charthouse
