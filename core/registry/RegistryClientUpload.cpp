// The streamed (chunked) blob upload: POST a session, PATCH pieces as a BlobPipe gives them, PUT ?digest=.
#include "core/registry/BlobPipe.h"
#include "core/registry/RegistryClient.h"
#include "core/registry/RegistryErrors.h"
#include "core/registry/RegistryExchange.h"

#include <QTimer>
#include <QUrlQuery>

namespace charthouse {

struct RegistryClient::StreamedUpload
{
    Reference repository;
    std::shared_ptr<BlobPipe> pipe;
    RegistryCall::Request base; // host, repository, scope
    QUrl location; // the open session; empty before the POST and once completed or abandoned
    qint64 sent = 0;
};

RegistryCall *RegistryClient::uploadStreamedBlob(
    const Reference &repository, std::shared_ptr<BlobPipe> pipe, Done<void> done)
{
    auto upload = std::make_shared<StreamedUpload>();
    upload->repository = repository;
    upload->pipe = std::move(pipe);
    upload->base.host = repository.registry();
    upload->base.repository = repository.repository();
    upload->base.scope = QStringLiteral("repository:%1:pull,push").arg(repository.repository());
    // Whatever ends the call before the PUT (an error, a cancel of either side) closes the session.
    Done<void> closing = [this, upload, done](Result<void> result) {
        if (!upload->location.isEmpty())
            abandonUpload(upload->base, std::exchange(upload->location, {}));
        m_peakStreamed = qMax(m_peakStreamed, upload->pipe->peakBuffered());
        done(std::move(result));
    };
    // Not a transfer of its own: it moves the bytes of a download that holds a slot (taking a second slot
    // could wait forever for the download that waits for it).
    return start<void>(
        repository.registry(), std::move(closing), [this, upload](RegistryCall *call, Done<void> finish) {
            RegistryCall::Request post = upload->base;
            post.method = "POST";
            post.url = QUrl(QStringLiteral("/v2/%1/blobs/uploads/").arg(upload->base.repository));
            call->exchange(post, [this, call, upload, finish](Result<RegistryCall::Response> started) {
                if (!started)
                    return finish(started.error());
                if (started->status != 202 || started->header("location").isEmpty())
                    return finish(registryError(
                        started->status, started->body, upload->base.host, upload->base.repository));
                upload->location = started->url.resolved(QUrl::fromEncoded(started->header("location")));
                sendNextPiece(call, upload, finish);
            });
        });
}

void RegistryClient::sendNextPiece(
    RegistryCall *call, std::shared_ptr<StreamedUpload> upload, Done<void> finish)
{
    BlobPipe &pipe = *upload->pipe;
    // Pieces of half the window at least (fewer requests), the rest once the source has ended.
    const qint64 window = BlobPipe::defaultWindow;
    if (pipe.buffered() < window / 2 && !pipe.ended()) {
        QPointer<RegistryCall> guard(call);
        return pipe.whenReady([this, guard, upload, finish] {
            QTimer::singleShot(0, guard, [this, guard, upload, finish] {
                if (guard && !guard->isCancelled())
                    sendNextPiece(guard, upload, finish);
            });
        });
    }
    if (pipe.buffered() == 0)
        return completeUpload(call, upload, finish);
    const QByteArray piece = pipe.nextPiece(window);
    RegistryCall::Request patch = upload->base;
    patch.method = "PATCH";
    patch.url = upload->location;
    patch.body = piece;
    patch.headers = {{"Content-Type", "application/octet-stream"},
        {"Content-Range",
            QByteArray::number(upload->sent) + '-' + QByteArray::number(upload->sent + piece.size() - 1)},
        {"Content-Length", QByteArray::number(piece.size())}};
    call->exchange(
        patch, [this, call, upload, finish, size = piece.size()](Result<RegistryCall::Response> taken) {
            if (!taken)
                return finish(taken.error());
            if (taken->status != 202)
                return finish(
                    registryError(taken->status, taken->body, upload->base.host, upload->base.repository));
            if (!taken->header("location").isEmpty())
                upload->location = taken->url.resolved(QUrl::fromEncoded(taken->header("location")));
            upload->sent += size;
            Q_EMIT call->progress(upload->sent, upload->pipe->blob().size);
            upload->pipe->dropSent(size);
            sendNextPiece(call, upload, finish);
        });
}

void RegistryClient::completeUpload(
    RegistryCall *call, std::shared_ptr<StreamedUpload> upload, Done<void> finish)
{
    const Descriptor &blob = upload->pipe->blob();
    QUrl url = upload->location;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("digest"), blob.digest.toString());
    url.setQuery(query);
    RegistryCall::Request put = upload->base;
    put.method = "PUT";
    put.url = url;
    put.headers = {{"Content-Type", "application/octet-stream"}, {"Content-Length", "0"}};
    // The body went in the PATCHes: the registry's Docker-Content-Digest must name the blob's digest.
    put.verifiedDigest = blob.digest.toString().toLatin1();
    call->exchange(put, [upload, finish](Result<RegistryCall::Response> stored) {
        if (!stored)
            return finish(stored.error());
        if (stored->status != 201)
            return finish(
                registryError(stored->status, stored->body, upload->base.host, upload->base.repository));
        upload->location.clear(); // completed: nothing to close
        finish({});
    });
}

void RegistryClient::abandonUpload(const RegistryCall::Request &base, const QUrl &location)
{
    // Best effort, on a call of its own (the failed one may be cancelled); nobody waits for it.
    start<void>(
        base.host, [](Result<void>) {},
        [base, location](RegistryCall *call, Done<void> finish) {
            RegistryCall::Request request = base;
            request.method = "DELETE";
            request.url = location;
            call->exchange(request, [finish](Result<RegistryCall::Response>) { finish({}); });
        });
}

} // namespace charthouse
