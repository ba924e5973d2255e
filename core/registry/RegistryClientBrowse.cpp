#include "core/registry/RegistryClient.h"

#include "core/registry/RegistryErrors.h"
#include "core/registry/RegistryExchange.h"
#include "core/registry/RegistryLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

// The calls that look at what a registry holds without changing it: lists (paged), a manifest's digest, a small
// blob in memory.
namespace charthouse {

RegistryCall *RegistryClient::listTags(const Reference &repository, Done<QStringList> done)
{
    return listPaged(repository.registry(), repository.repository(), QStringLiteral("repository:%1:pull").arg(repository.repository()),
        QStringLiteral("/v2/%1/tags/list?n=100").arg(repository.repository()), QStringLiteral("tags"),
        std::move(done));
}

RegistryCall *RegistryClient::catalog(const QString &host, Done<QStringList> done, Page onPage)
{
    return listPaged(host, {}, QStringLiteral("registry:catalog:*"), QStringLiteral("/v2/_catalog?n=100"),
        QStringLiteral("repositories"), std::move(done), std::move(onPage));
}

// GET a list, following `Link: <...>; rel="next"` pages on the same origin.
RegistryCall *RegistryClient::listPaged(const QString &host, const QString &repository, const QString &scope,
    const QString &firstPage, const QString &key, Done<QStringList> done, Page onPage)
{
    return start<QStringList>(host, std::move(done),
        [host, repository, scope, firstPage, key, onPage](RegistryCall *call, Done<QStringList> finish) {
            auto items = std::make_shared<QStringList>();
            auto pages = std::make_shared<int>(0);
            auto page = std::make_shared<std::function<void(QUrl)>>();
            *page = [call, finish, host, repository, scope, key, items, pages, page, onPage](QUrl url) {
                RegistryCall::Request request;
                request.host = host;
                request.repository = repository;
                request.scope = scope;
                request.url = url;
                call->exchange(request,
                    ([finish, host, repository, key, items, pages, page, onPage](
                         Result<RegistryCall::Response> response) {
                        if (!response || response->status != 200) {
                            *page = nullptr;
                            return finish(response
                                    ? registryError(response->status, response->body, host, repository)
                                    : response.error());
                        }
                        QStringList pageItems;
                        for (const QJsonValue &item :
                            QJsonDocument::fromJson(response->body).object().value(key).toArray())
                            pageItems.append(item.toString());
                        *items += pageItems;
                        if (onPage && !pageItems.isEmpty())
                            onPage(pageItems);
                        static const QRegularExpression next(
                            QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"?next\"?"));
                        const auto match = next.match(QString::fromLatin1(response->header("link")));
                        const QUrl nextUrl
                            = match.hasMatch() ? response->url.resolved(QUrl(match.captured(1))) : QUrl();
                        if (match.hasMatch() && sameOrigin(nextUrl, response->url)
                            && nextUrl != response->url) {
                            // Each page is bounded by the call; the pages and items are bounded here: a list
                            // that goes on forever ends with an error, never cut short silently.
                            if (++*pages >= maxListPages || items->size() > maxListItems) {
                                *page = nullptr;
                                return finish(Error(Error::Code::TooLarge,
                                    tr("%1: the registry's list goes on past %2 pages or %3 entries; stopped")
                                        .arg(host)
                                        .arg(maxListPages)
                                        .arg(maxListItems)));
                            }
                            return (*page)(nextUrl);
                        }
                        *page = nullptr;
                        finish(*items);
                    }));
            };
            (*page)(QUrl(firstPage));
        });
}

RegistryCall *RegistryClient::manifestDigest(const Reference &ref, Done<Digest> done)
{
    return start<Digest>(ref.registry(), std::move(done), [ref](RegistryCall *call, Done<Digest> finish) {
        RegistryCall::Request request;
        request.method = "HEAD";
        request.host = ref.registry();
        request.repository = ref.repository();
        request.scope = QStringLiteral("repository:%1:pull").arg(ref.repository());
        request.url = QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(ref.repository(), ref.registryTag()));
        request.headers = {{"Accept", manifestAcceptTypes}};
        call->exchange(request, [finish, ref](Result<RegistryCall::Response> response) {
            if (!response)
                return finish(response.error());
            if (response->status != 200)
                return finish(registryError(response->status, response->body, ref.registry(), ref.repository()));
            const QByteArray header = response->header("docker-content-digest").trimmed();
            auto digest = Digest::parse(QString::fromLatin1(header));
            if (header.isEmpty() || !digest)
                return finish(Error(Error::Code::NotFound,
                    tr("%1: the registry did not name the digest of %2").arg(ref.registry(), ref.toString())));
            finish(*digest);
        });
    });
}

RegistryCall *RegistryClient::fetchSmallBlob(
    const Reference &repository, const Descriptor &blob, qint64 maxSize, Done<QByteArray> done)
{
    if (blob.size < 0 || blob.size > maxSize) {
        // Refused before anything is sent (a size of -1 is), answered later like every call.
        Descriptor refused = blob;
        refused.size = -1;
        return fetchBlob(repository, refused, {}, [repository, blob, maxSize, done](Result<void>) {
            done(Error(Error::Code::TooLarge,
                tr("%1: the blob %2 claims %3 bytes, more than the limit of %4 bytes")
                    .arg(repository.registry(), blob.digest.toString())
                    .arg(blob.size)
                    .arg(maxSize)));
        });
    }
    auto bytes = std::make_shared<QByteArray>();
    auto hash = std::make_shared<Sha256Stream>();
    BlobReader reader;
    reader.write = [bytes, hash](QByteArrayView chunk) -> Result<void> {
        bytes->append(chunk);
        hash->add(chunk);
        return {};
    };
    reader.full = [] { return false; };
    reader.restart = [bytes, hash] {
        bytes->clear();
        *hash = Sha256Stream();
    };
    return fetchBlob(repository, blob, reader, [repository, blob, bytes, hash, done](Result<void> fetched) {
        if (!fetched)
            return done(fetched.error());
        if (bytes->size() != blob.size || hash->result() != blob.digest)
            return done(Error(Error::Code::Corrupt,
                tr("%1: what the registry sent for %2 does not match its digest")
                    .arg(repository.registry(), blob.digest.toString())));
        done(std::move(*bytes));
    });
}

} // namespace charthouse
