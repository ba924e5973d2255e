#pragma once

#include "core/common/Result.h"
#include "core/oci/Descriptor.h"
#include "core/oci/Reference.h"
#include "core/registry/RegistryOptions.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace charthouse {

class RegistryClient;

struct FetchedManifest
{
    QByteArray bytes;
    QString mediaType;
    Digest digest; // of bytes; checked against the reference's digest and Docker-Content-Digest
};

// One running registry operation. cancel() stops it at any moment; its completion callback then receives an
// Error::Code::Cancelled. Completion is delivered exactly once, on the client's thread, and the call deletes
// itself afterwards — keep it in a QPointer.
class RegistryCall : public QObject
{
    Q_OBJECT
public:
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    ~RegistryCall() override;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);

private:
    friend class RegistryClient;
    struct Request;
    struct Response;
    struct Exchange;
    explicit RegistryCall(RegistryClient *client);

    // One HTTP exchange with authentication, redirects and retries; the operations chain these.
    void exchange(Request request, std::function<void(Result<Response>)> done);
    void send(std::shared_ptr<Exchange> exchange);
    void issue(std::shared_ptr<Exchange> exchange);
    void handleFinished(std::shared_ptr<Exchange> exchange, QNetworkReply *reply);
    void retryLater(std::shared_ptr<Exchange> exchange, QNetworkReply *reply);
    void authenticate(std::shared_ptr<Exchange> exchange, QNetworkReply *reply);
    void fetchToken(std::shared_ptr<Exchange> exchange, const QMap<QString, QString> &challenge);
    // One hop of a token request: url is where it goes now, realm where the credentials were meant to go.
    void requestToken(std::shared_ptr<Exchange> exchange, const QUrl &url, const QUrl &realm, int hops);
    void takeToken(std::shared_ptr<Exchange> exchange, QNetworkReply *reply, const QUrl &url, const QUrl &realm,
        int hops);
    void fail(const std::shared_ptr<Exchange> &exchange, const Error &error);

    RegistryClient *m_client;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
    bool m_completed = false;
    bool m_holdsSlot = false;
    std::function<void(const Error &)> m_abort; // delivers an error to the typed completion
};

// An asynchronous client for the OCI distribution API, on one QNetworkAccessManager: Basic and Bearer
// authentication (tokens cached per registry and scope), redirects followed by our code (Authorization only to
// the registry's own origin, never https→http), retries with backoff on 429/5xx/dropped connections, HTTPS with
// per-registry TLS options, and loopback registries tried over HTTPS first and plain HTTP next, as Docker does.
// Credentials are resolved before a call (setCredentials); they and tokens never reach a log or an error.
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Done = std::function<void(Result<T>)>;
    using Sink = std::function<Result<void>(QByteArrayView chunk)>;

    explicit RegistryClient(QObject *parent = nullptr);
    ~RegistryClient() override;

    void setOptions(const QString &host, const RegistryOptions &options);
    RegistryOptions options(const QString &host) const;
    bool hasOptions(const QString &host) const { return m_options.contains(host); }
    // nullopt: anonymous. A host whose credentials were set (even to nullopt) counts as resolved.
    void setCredentials(const QString &host, const std::optional<Credentials> &credentials);
    bool credentialsResolved(const QString &host) const { return m_resolved.contains(host); }
    void setMaxConcurrentTransfers(int max);
    int maxConcurrentTransfers() const { return m_maxTransfers; }

    // GET /v2/: reachable, and the credentials (if any) accepted.
    RegistryCall *ping(const QString &host, Done<void> done);
    RegistryCall *fetchManifest(const Reference &ref, Done<FetchedManifest> done);
    RegistryCall *blobExists(const Reference &repository, const Digest &digest, Done<bool> done);
    // Streams the blob into sink; restart() is called before a retry so the sink can start over.
    RegistryCall *fetchBlob(const Reference &repository, const Descriptor &blob, Sink sink, std::function<void()> restart,
        Done<void> done);
    // Skips what the registry has (HEAD); else, given another repository of the same registry that holds the
    // blob, asks for a cross-repository mount; else (or if the mount is declined) a monolithic POST + PUT.
    // Done<bool>: true if the content was sent.
    RegistryCall *uploadBlob(const Reference &repository, const Descriptor &blob, QByteArray data, Done<bool> done,
        const QString &mountFrom = {});
    // PUT the manifest under the reference's tag; returns the registry's digest (checked against ours).
    RegistryCall *putManifest(const Reference &ref, const QString &mediaType, QByteArray bytes, Done<Digest> done);
    RegistryCall *listTags(const Reference &repository, Done<QStringList> done);
    // GET /v2/_catalog, where the registry allows it.
    RegistryCall *catalog(const QString &host, Done<QStringList> done);
    RegistryCall *deleteManifest(const Reference &repository, const Digest &digest, Done<void> done);

    // Test hook: how many transfers are running now, and the most ever at once.
    int activeTransfers() const { return m_activeTransfers; }
    int peakTransfers() const { return m_peakTransfers; }
    int mountedBlobs() const { return m_mounted; }

private:
    friend class RegistryCall;
    template<typename T> RegistryCall *start(Done<T> done, std::function<void(RegistryCall *, Done<T>)> body,
        bool isTransfer = false);
    RegistryCall *listPaged(const QString &host, const QString &repository, const QString &scope, const QString &firstPage,
        const QString &key, Done<QStringList> done);
    QString schemeFor(const QString &host) const;
    QString authorizationFor(const QString &host, const QString &scope) const;
    void acquireTransferSlot(RegistryCall *call, std::function<void()> go);
    void releaseTransferSlot();

    struct Token
    {
        QString value;
        QDateTime expires;
    };

    QNetworkAccessManager *m_network;
    QHash<QString, RegistryOptions> m_options;
    QHash<QString, Credentials> m_credentials;
    QHash<QString, QString> m_schemes; // host → "https" or "http", once known
    QHash<QString, Token> m_tokens; // host + ' ' + scope
    QSet<QString> m_basicHosts; // hosts that asked for Basic auth
    QSet<QString> m_resolved;
    int m_maxTransfers = 4;
    int m_activeTransfers = 0;
    int m_peakTransfers = 0;
    int m_mounted = 0;
    QList<std::pair<QPointer<RegistryCall>, std::function<void()>>> m_waiting;
};

} // namespace charthouse
