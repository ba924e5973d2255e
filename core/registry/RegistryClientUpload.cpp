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
    QUrl location; // the open session, with its latest state; empty before the POST and once closed
    qint64 sent = 0;
    bool ended = false; // the upload call has completed (or failed, or was cancelled)
    bool inFlight = false; // a POST or PATCH runs: it closes the session itself once it is answered
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
        upload->ended = true;
        upload->pipe->forgetReady(); // its callback holds `upload`: no cycle once the upload has ended
        if (!upload->inFlight && !upload->location.isEmpty())
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
            QPointer<RegistryCall> guard(call);
            sendUploadStep(
                upload, post, [this, guard, upload, finish](Result<RegistryCall::Response> started) {
                    if (!started)
                        return finish(started.error());
                    if (upload->location.isEmpty())
                        return finish(registryError(
                            started->status, started->body, upload->base.host, upload->base.repository));
                    if (guard)
                        sendNextPiece(guard, upload, finish);
                });
        });
}

void RegistryClient::sendUploadStep(const std::shared_ptr<StreamedUpload> &upload,
    RegistryCall::Request request, std::function<void(Result<RegistryCall::Response>)> then)
{
    // On a call of its own, which a cancel of the upload does not cut: distribution cannot close a session
    // whose PATCH was cut mid-body (its state no longer matches the bytes it holds), and a POST cut in flight
    // may open a session whose address never arrives. Once answered, an upload that has ended meanwhile
    // closes the session at its latest address; at most one piece goes out after a cancel.
    upload->inFlight = true;
    start<RegistryCall::Response>(
        request.host,
        [this, upload, then](Result<RegistryCall::Response> answer) {
            upload->inFlight = false;
            if (answer && answer->status == 201)
                upload->location.clear(); // completed: nothing to close
            if (answer && answer->status == 202 && !answer->header("location").isEmpty())
                upload->location = answer->url.resolved(QUrl::fromEncoded(answer->header("location")));
            if (upload->ended) {
                if (!upload->location.isEmpty())
                    abandonUpload(upload->base, std::exchange(upload->location, {}));
                return;
            }
            then(std::move(answer));
        },
        [request](RegistryCall *call, Done<RegistryCall::Response> answered) {
            call->exchange(request, answered);
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
                if (guard && !guard->isCancelled() && !upload->ended)
                    sendNextPiece(guard, upload, finish);
            });
        });
    }
    if (pipe.buffered() == 0)
        return completeUpload(upload, finish);
    const QByteArray piece = pipe.nextPiece(window);
    RegistryCall::Request patch = upload->base;
    patch.method = "PATCH";
    patch.url = upload->location;
    patch.body = piece;
    patch.headers = {{"Content-Type", "application/octet-stream"},
        {"Content-Range",
            QByteArray::number(upload->sent) + '-' + QByteArray::number(upload->sent + piece.size() - 1)},
        {"Content-Length", QByteArray::number(piece.size())}};
    QPointer<RegistryCall> guard(call);
    sendUploadStep(upload, patch,
        [this, guard, upload, finish, size = piece.size()](Result<RegistryCall::Response> taken) {
            if (!taken)
                return finish(taken.error());
            if (taken->status != 202)
                return finish(
                    registryError(taken->status, taken->body, upload->base.host, upload->base.repository));
            upload->sent += size;
            upload->pipe->dropSent(size);
            if (!guard)
                return;
            Q_EMIT guard->progress(upload->sent, upload->pipe->blob().size);
            sendNextPiece(guard, upload, finish);
        });
}

void RegistryClient::completeUpload(std::shared_ptr<StreamedUpload> upload, Done<void> finish)
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
    sendUploadStep(upload, put, [upload, finish](Result<RegistryCall::Response> stored) {
        if (!stored)
            return finish(stored.error());
        if (stored->status != 201)
            return finish(
                registryError(stored->status, stored->body, upload->base.host, upload->base.repository));
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
