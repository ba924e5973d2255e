#pragma once

#include "core/common/Result.h"
#include "core/oci/Descriptor.h"
#include "core/oci/Reference.h"
#include "core/registry/RegistryCall.h"
#include "core/registry/RegistrySession.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace charthouse {

class BlobPipe;

struct FetchedManifest
{
    QByteArray bytes;
    QString mediaType;
    Digest digest; // of bytes; checked against the reference's digest and Docker-Content-Digest
};

// Where a blob's bytes go as they arrive. full() is asked before each piece: while it says true the call
// stops reading (the bytes wait in the socket) until RegistryCall::resumeReading(). restart() is called
// before a retry so the reader can start over.
struct BlobReader
{
    std::function<Result<void>(QByteArrayView chunk)> write;
    std::function<bool()> full;
    std::function<void()> restart;
};

// An asynchronous client for the OCI distribution API, on one QNetworkAccessManager: Basic and Bearer
// authentication (tokens cached per registry and scope), redirects followed by our code (Authorization only
// to the registry's own origin, never https→http), retries with backoff on 429/5xx/dropped connections, HTTPS
// with per-registry TLS options, and loopback registries tried over HTTPS first and plain HTTP next, as
// Docker does. What it knows about each registry lives in its RegistrySession; options and credentials come
// from the sources it is given (or are set directly). Credentials and tokens never reach a log or an error.
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    explicit RegistryClient(QObject *parent = nullptr);
    ~RegistryClient() override;

    // Options for hosts not given any (the user's settings), and where credentials come from.
    void setOptionsSource(RegistrySession::OptionsSource source)
    {
        m_session.setOptionsSource(std::move(source));
    }
    void setCredentialSource(std::shared_ptr<CredentialSource> source)
    {
        m_session.setCredentialSource(std::move(source));
    }
    void setOptions(const QString &host, const RegistryOptions &options)
    {
        m_session.setOptions(host, options);
    }
    RegistryOptions options(const QString &host) const { return m_session.options(host); }
    // nullopt: anonymous. A host whose credentials were set (even to nullopt) counts as resolved.
    void setCredentials(const QString &host, const std::optional<Credentials> &credentials)
    {
        m_session.setCredentials(host, credentials);
    }
    // Options, credentials and tokens of the host are asked from the sources again by the next call.
    void forget(const QString &host) { m_session.forget(host); }
    bool credentialsResolved(const QString &host) const { return m_session.credentialsResolved(host); }
    // The speed limit and the layer size limit of every transfer.
    void setTransferLimits(const TransferLimits &limits) { m_limits = limits; }
    const TransferLimits &transferLimits() const { return m_limits; }
    void setMaxConcurrentTransfers(int max);
    int maxConcurrentTransfers() const { return m_maxTransfers; }

    // GET /v2/: reachable, and the credentials (if any) accepted.
    RegistryCall *ping(const QString &host, Done<void> done);
    RegistryCall *fetchManifest(const Reference &ref, Done<FetchedManifest> done);
    RegistryCall *blobExists(const Reference &repository, const Digest &digest, Done<bool> done);
    // Streams the blob into the reader, never faster than it takes the bytes, never more than its size. The
    // reader checks the blob's digest (it hashes what it writes); a Docker-Content-Digest naming another is refused.
    RegistryCall *fetchBlob(
        const Reference &repository, const Descriptor &blob, BlobReader reader, Done<void> done);
    // Skips what the registry has (HEAD); else, given another repository of the same registry that holds the
    // blob, asks for a cross-repository mount; else (or if the mount is declined) a monolithic POST + PUT.
    // Done<bool>: true if the content was sent.
    RegistryCall *uploadBlob(const Reference &repository, const Descriptor &blob, QByteArray data,
        Done<bool> done, const QString &mountFrom = {});
    // A chunked upload (POST, then PATCH with Content-Range per piece, then PUT ?digest=) of the bytes the pipe
    // carries from a download, never holding more than its window. It completes only after the pipe's source
    // ended and matched its descriptor; ended any other way (an error, a cancel) it DELETEs the upload session.
    // It takes no transfer slot: the download feeding it holds one.
    RegistryCall *uploadStreamedBlob(const Reference &repository, std::shared_ptr<BlobPipe> pipe, Done<void> done);
    // PUT the manifest under the reference's tag; returns the registry's digest (checked against ours).
    RegistryCall *putManifest(
        const Reference &ref, const QString &mediaType, QByteArray bytes, Done<Digest> done);
    // HEAD of the reference's tag: the manifest digest the registry names (Docker-Content-Digest), no bytes.
    RegistryCall *manifestDigest(const Reference &ref, Done<Digest> done);
    // A small blob (a config) into memory, checked against its size and digest. A blob that claims more than
    // maxSize bytes is refused before it is asked for.
    RegistryCall *fetchSmallBlob(
        const Reference &repository, const Descriptor &blob, qint64 maxSize, Done<QByteArray> done);
    using Page = std::function<void(const QStringList &items)>;
    RegistryCall *listTags(const Reference &repository, Done<QStringList> done);
    // GET /v2/_catalog, where the registry allows it. onPage (optional) gets each page as it arrives, so a
    // long catalog can be shown while the rest comes.
    RegistryCall *catalog(const QString &host, Done<QStringList> done, Page onPage = {});
    RegistryCall *deleteManifest(const Reference &repository, const Digest &digest, Done<void> done);

    // Test hook: how many transfers are running now, and the most ever at once.
    int activeTransfers() const { return m_activeTransfers; }
    int peakTransfers() const { return m_peakTransfers; }
    int mountedBlobs() const { return m_mounted; }
    // Test hook: the most bytes a streamed upload's pipe ever held.
    qint64 peakStreamedBytes() const { return m_peakStreamed; }

private:
    // A call on `host`: the session prepares the host (options, credentials) first; a transfer waits for a
    // slot.
    template<typename T>
    RegistryCall *start(const QString &host, Done<T> done, std::function<void(RegistryCall *, Done<T>)> body,
        bool isTransfer = false);
    RegistryCall *listPaged(const QString &host, const QString &repository, const QString &scope,
        const QString &firstPage, const QString &key, Done<QStringList> done, Page onPage = {});
    void acquireTransferSlot(RegistryCall *call, std::function<void()> go);
    void releaseTransferSlot();
    struct StreamedUpload;
    void sendUploadStep(const std::shared_ptr<StreamedUpload> &upload, RegistryCall::Request request,
        std::function<void(Result<RegistryCall::Response>)> then);
    void sendNextPiece(RegistryCall *call, std::shared_ptr<StreamedUpload> upload, Done<void> finish);
    void completeUpload(std::shared_ptr<StreamedUpload> upload, Done<void> finish);
    void abandonUpload(const RegistryCall::Request &base, const QUrl &location);

    QNetworkAccessManager *m_network;
    RegistrySession m_session;
    TransferLimits m_limits;
    int m_maxTransfers = 4;
    int m_activeTransfers = 0;
    int m_peakTransfers = 0;
    int m_mounted = 0;
    qint64 m_peakStreamed = 0;
    QList<std::pair<QPointer<RegistryCall>, std::function<void()>>> m_waiting;
};

} // namespace charthouse
