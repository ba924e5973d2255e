#include "core/registry/RegistryClient.h"

#include "core/registry/RegistryErrors.h"
#include "core/registry/RegistryExchange.h"
#include "core/registry/RegistryLimits.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

namespace charthouse {

namespace {

QString pullScope(const Reference &repository)
{
    return QStringLiteral("repository:%1:pull").arg(repository.repository());
}

QString pushScope(const Reference &repository)
{
    return QStringLiteral("repository:%1:pull,push").arg(repository.repository());
}

} // namespace

RegistryClient::RegistryClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

RegistryClient::~RegistryClient()
{
    // Calls are children; delete them while this is still a RegistryClient (their destructors free slots).
    m_waiting.clear();
    const auto calls = findChildren<RegistryCall *>(Qt::FindDirectChildrenOnly);
    for (RegistryCall *call : calls)
        delete call;
}

void RegistryClient::setMaxConcurrentTransfers(int max)
{
    m_maxTransfers = qMax(1, max);
}

void RegistryClient::acquireTransferSlot(RegistryCall *call, std::function<void()> go)
{
    if (m_activeTransfers < m_maxTransfers) {
        ++m_activeTransfers;
        m_peakTransfers = qMax(m_peakTransfers, m_activeTransfers);
        call->m_onDestroyed = [this] { releaseTransferSlot(); };
        go();
        return;
    }
    m_waiting.append({QPointer<RegistryCall>(call), std::move(go)});
}

void RegistryClient::releaseTransferSlot()
{
    --m_activeTransfers;
    while (!m_waiting.isEmpty()) {
        auto [call, go] = m_waiting.takeFirst();
        if (!call || call->isCancelled())
            continue;
        ++m_activeTransfers;
        m_peakTransfers = qMax(m_peakTransfers, m_activeTransfers);
        call->m_onDestroyed = [this] { releaseTransferSlot(); };
        QTimer::singleShot(0, call, go);
        return;
    }
}

template<typename T>
RegistryCall *RegistryClient::start(
    const QString &host, Done<T> done, std::function<void(RegistryCall *, Done<T>)> body, bool isTransfer)
{
    auto *call = new RegistryCall(this, m_session, m_network, m_limits);
    QPointer<RegistryCall> guard(call);
    Done<T> finish = [guard, done](Result<T> result) {
        if (!guard || guard->m_completed)
            return;
        guard->m_completed = true;
        done(std::move(result));
        if (guard)
            guard->deleteLater();
    };
    call->m_abort = [finish](const Error &error) { finish(error); };
    QTimer::singleShot(0, call, [this, call, host, body, finish, isTransfer] {
        if (call->isCancelled())
            return;
        m_session.prepare(host, call, [this, call, body, finish, isTransfer] {
            if (call->isCancelled())
                return;
            if (isTransfer)
                acquireTransferSlot(call, [call, body, finish] { body(call, finish); });
            else
                body(call, finish);
        });
    });
    return call;
}

RegistryCall *RegistryClient::ping(const QString &host, Done<void> done)
{
    return start<void>(host, std::move(done), [host](RegistryCall *call, Done<void> finish) {
        RegistryCall::Request request;
        request.host = host;
        request.url = QUrl(QStringLiteral("/v2/"));
        call->exchange(request, [finish, host](Result<RegistryCall::Response> response) {
            if (!response)
                return finish(response.error());
            if (response->status == 200)
                return finish({});
            finish(registryError(response->status, response->body, host, {}));
        });
    });
}

RegistryCall *RegistryClient::fetchManifest(const Reference &ref, Done<FetchedManifest> done)
{
    return start<FetchedManifest>(
        ref.registry(), std::move(done), [ref](RegistryCall *call, Done<FetchedManifest> finish) {
            RegistryCall::Request request;
            request.host = ref.registry();
            request.repository = ref.repository();
            request.scope = pullScope(ref);
            const QString what = ref.digest() ? ref.digest()->toString() : ref.registryTag();
            request.url = QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(ref.repository(), what));
            request.headers = {{"Accept", manifestAcceptTypes}};
            call->exchange(request, [finish, ref](Result<RegistryCall::Response> response) {
                if (!response)
                    return finish(response.error());
                if (response->status != 200)
                    return finish(
                        registryError(response->status, response->body, ref.registry(), ref.repository()));
                FetchedManifest manifest;
                manifest.bytes = response->body;
                manifest.mediaType = QString::fromLatin1(response->header("content-type"))
                                         .section(QLatin1Char(';'), 0, 0)
                                         .trimmed();
                manifest.digest = Digest::of(manifest.bytes);
                auto corrupt = [&ref](const QString &problem) {
                    return Error(Error::Code::Corrupt,
                        tr("%1: the manifest of %2 %3").arg(ref.registry(), ref.toString(), problem));
                };
                if (ref.digest() && *ref.digest() != manifest.digest)
                    return finish(corrupt(tr("does not match the digest asked for")));
                // The registry's Docker-Content-Digest, when sent, was checked by the call.
                finish(std::move(manifest));
            });
        });
}

RegistryCall *RegistryClient::blobExists(const Reference &repository, const Digest &digest, Done<bool> done)
{
    return start<bool>(
        repository.registry(), std::move(done), [repository, digest](RegistryCall *call, Done<bool> finish) {
            RegistryCall::Request request;
            request.method = "HEAD";
            request.host = repository.registry();
            request.repository = repository.repository();
            request.scope = pullScope(repository);
            request.url
                = QUrl(QStringLiteral("/v2/%1/blobs/%2").arg(repository.repository(), digest.toString()));
            call->exchange(request, [finish, repository](Result<RegistryCall::Response> response) {
                if (!response)
                    return finish(response.error());
                if (response->status == 200)
                    return finish(true);
                if (response->status == 404)
                    return finish(false);
                finish(registryError(
                    response->status, response->body, repository.registry(), repository.repository()));
            });
        });
}

RegistryCall *RegistryClient::fetchBlob(
    const Reference &repository, const Descriptor &blob, BlobReader reader, Done<void> done)
{
    return start<void>(
        repository.registry(), std::move(done),
        [this, repository, blob, reader](RegistryCall *call, Done<void> finish) {
            if (blob.size < 0 || blob.size > m_limits.maxLayerSize)
                return finish(Error(Error::Code::TooLarge,
                    tr("%1: the blob %2 claims %3 bytes, more than the limit of %4 bytes")
                        .arg(repository.registry(), blob.digest.toString())
                        .arg(blob.size)
                        .arg(m_limits.maxLayerSize))
                                  .withHint(Error::Hint::LayerSizeLimit));
            RegistryCall::Request request;
            request.host = repository.registry();
            request.repository = repository.repository();
            request.scope = pullScope(repository);
            request.url = QUrl(
                QStringLiteral("/v2/%1/blobs/%2").arg(repository.repository(), blob.digest.toString()));
            request.sink = reader.write;
            request.sinkFull = reader.full;
            request.restartSink = reader.restart;
            request.expectedSize = blob.size;
            request.verifiedDigest = blob.digest.toString().toLatin1(); // the reader hashes what it writes
            call->exchange(request, [finish, repository](Result<RegistryCall::Response> response) {
                if (!response)
                    return finish(response.error());
                if (response->status != 200)
                    return finish(registryError(
                        response->status, response->body, repository.registry(), repository.repository()));
                finish({});
            });
        },
        true);
}

RegistryCall *RegistryClient::uploadBlob(const Reference &repository, const Descriptor &blob, QByteArray data,
    Done<bool> done, const QString &mountFrom)
{
    return start<bool>(
        repository.registry(), std::move(done),
        [this, repository, blob, data, mountFrom](RegistryCall *call, Done<bool> finish) {
            const QString host = repository.registry();
            auto failWith = [finish, repository](const RegistryCall::Response &response) {
                finish(registryError(
                    response.status, response.body, repository.registry(), repository.repository()));
            };
            RegistryCall::Request head;
            head.method = "HEAD";
            head.host = host;
            head.repository = repository.repository();
            head.scope = pushScope(repository);
            head.url = QUrl(
                QStringLiteral("/v2/%1/blobs/%2").arg(repository.repository(), blob.digest.toString()));
            call->exchange(head,
                ([this, call, finish, failWith, head, blob, data, mountFrom](
                     Result<RegistryCall::Response> exists) {
                    if (!exists)
                        return finish(exists.error());
                    if (exists->status == 200)
                        return finish(false); // already there
                    RegistryCall::Request post = head;
                    post.method = "POST";
                    post.headers = {{"Content-Type", "application/octet-stream"}};
                    post.url = QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(head.repository));
                    if (!mountFrom.isEmpty() && mountFrom != head.repository) {
                        QUrlQuery mount;
                        mount.addQueryItem(QStringLiteral("mount"), blob.digest.toString());
                        mount.addQueryItem(QStringLiteral("from"), mountFrom);
                        post.url.setQuery(mount);
                        post.scope = head.scope + QStringLiteral(" repository:%1:pull").arg(mountFrom);
                    }
                    call->exchange(post,
                        ([this, call, finish, failWith, head, blob, data](
                             Result<RegistryCall::Response> started) {
                            if (!started)
                                return finish(started.error());
                            if (started->status
                                == 201) { // mounted: the registry linked the blob from the other repository
                                ++m_mounted;
                                return finish(false);
                            }
                            if (started->status != 202 || started->header("location").isEmpty())
                                return failWith(*started);
                            QUrl location
                                = started->url.resolved(QUrl::fromEncoded(started->header("location")));
                            QUrlQuery query(location);
                            query.addQueryItem(QStringLiteral("digest"), blob.digest.toString());
                            location.setQuery(query);
                            RegistryCall::Request put = head;
                            put.method = "PUT";
                            put.url = location;
                            put.body = data;
                            put.headers = {{"Content-Type", "application/octet-stream"},
                                {"Content-Length", QByteArray::number(data.size())}};
                            call->exchange(
                                put, ([finish, failWith, blob](Result<RegistryCall::Response> stored) {
                                    if (!stored)
                                        return finish(stored.error());
                                    if (stored->status != 201)
                                        return failWith(*stored);
                                    finish(true); // its Docker-Content-Digest was checked by the call
                                }));
                        }));
                }));
        },
        true);
}

RegistryCall *RegistryClient::putManifest(
    const Reference &ref, const QString &mediaType, QByteArray bytes, Done<Digest> done)
{
    return start<Digest>(
        ref.registry(), std::move(done), [ref, mediaType, bytes](RegistryCall *call, Done<Digest> finish) {
            RegistryCall::Request request;
            request.method = "PUT";
            request.host = ref.registry();
            request.repository = ref.repository();
            request.scope = pushScope(ref);
            request.url = QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(ref.repository(), ref.registryTag()));
            request.body = bytes;
            request.headers = {{"Content-Type", mediaType.toLatin1()}};
            call->exchange(request, [finish, ref, bytes](Result<RegistryCall::Response> response) {
                if (!response)
                    return finish(response.error());
                if (response->status != 201)
                    return finish(
                        registryError(response->status, response->body, ref.registry(), ref.repository()));
                finish(Digest::of(bytes)); // its Docker-Content-Digest was checked by the call
            });
        });
}

RegistryCall *RegistryClient::deleteManifest(
    const Reference &repository, const Digest &digest, Done<void> done)
{
    return start<void>(
        repository.registry(), std::move(done), [repository, digest](RegistryCall *call, Done<void> finish) {
            RegistryCall::Request request;
            request.method = "DELETE";
            request.host = repository.registry();
            request.repository = repository.repository();
            request.scope = QStringLiteral("repository:%1:delete").arg(repository.repository());
            request.url
                = QUrl(QStringLiteral("/v2/%1/manifests/%2").arg(repository.repository(), digest.toString()));
            call->exchange(request, [finish, repository](Result<RegistryCall::Response> response) {
                if (!response)
                    return finish(response.error());
                if (response->status == 202 || response->status == 200)
                    return finish({});
                finish(registryError(
                    response->status, response->body, repository.registry(), repository.repository()));
            });
        });
}

// Used by the listing calls in RegistryClientBrowse.cpp and the streamed upload in RegistryClientUpload.cpp.
template RegistryCall *RegistryClient::start<void>(
    const QString &, Done<void>, std::function<void(RegistryCall *, Done<void>)>, bool);
template RegistryCall *RegistryClient::start<QStringList>(
    const QString &, Done<QStringList>, std::function<void(RegistryCall *, Done<QStringList>)>, bool);
template RegistryCall *RegistryClient::start<RegistryCall::Response>(const QString &, Done<RegistryCall::Response>,
    std::function<void(RegistryCall *, Done<RegistryCall::Response>)>, bool);
template RegistryCall *RegistryClient::start<Digest>(
    const QString &, Done<Digest>, std::function<void(RegistryCall *, Done<Digest>)>, bool);

} // namespace charthouse
