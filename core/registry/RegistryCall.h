#pragma once

#include "core/common/Result.h"
#include "core/registry/RegistryOptions.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace charthouse {

class RegistrySession;
class TokenRequest;

// One running registry operation: its HTTP exchanges, each sent, authenticated, redirected and retried by the
// named steps in RegistryCall.cpp under the rules of the RegistrySession. cancel() stops it at any moment;
// its completion callback then receives an Error::Code::Cancelled. Completion is delivered exactly once, on
// the client's thread, and the call deletes itself afterwards — keep it in a QPointer.
class RegistryCall : public QObject
{
    Q_OBJECT
public:
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // A streamed body is not read while the reader says it is full (its writer is behind): the server's bytes
    // wait in the kernel, not in memory. The reader calls this once it has room again.
    void resumeReading();
    ~RegistryCall() override;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);

private:
    friend class RegistryClient; // builds the API's requests and runs them through exchange()
    struct Request;
    struct Response;
    struct Exchange;
    RegistryCall(QObject *parent, RegistrySession &session, QNetworkAccessManager *network,
        const TransferLimits &limits);

    // One HTTP exchange with authentication, redirects and retries; the operations chain these.
    void exchange(Request request, std::function<void(Result<Response>)> done);
    // The steps of one exchange.
    void send(const std::shared_ptr<Exchange> &exchange);
    void read(Exchange &exchange);
    void onFinished(const std::shared_ptr<Exchange> &exchange);
    void onNoAnswer(const std::shared_ptr<Exchange> &exchange);
    void onRedirect(const std::shared_ptr<Exchange> &exchange);
    void onUnauthorized(const std::shared_ptr<Exchange> &exchange);
    void retryLater(const std::shared_ptr<Exchange> &exchange);
    void deliver(const std::shared_ptr<Exchange> &exchange);
    void fail(const std::shared_ptr<Exchange> &exchange, const Error &error);

    RegistrySession &m_session;
    QNetworkAccessManager *m_network;
    TransferLimits m_limits;
    std::shared_ptr<Exchange> m_current;
    QPointer<TokenRequest> m_token;
    bool m_cancelled = false;
    bool m_completed = false;
    std::function<void()> m_onDestroyed; // frees the transfer slot the call holds
    std::function<void(const Error &)> m_abort; // delivers an error to the typed completion
};

} // namespace charthouse
