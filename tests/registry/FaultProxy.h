#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace charthouse::test {

// An HTTP proxy in front of a real registry that misbehaves on purpose, for the first `times` requests a fault
// applies to (blob GETs, manifest GETs, or any request). One response per connection.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        CorruptBlob, // flips a byte of a blob body
        TruncateBlob, // sends half the blob and closes
        ResetMidBlob, // sends half the blob and resets the connection
        WrongManifestDigest, // a Docker-Content-Digest that is not the manifest's
        TooManyRequests, // 429 with Retry-After: 1
        ServerError, // 500 with a non-JSON body
        RedirectBlob, // 307 to another origin (redirectOrigin)
    };

    explicit FaultProxy(QString upstream, QObject *parent = nullptr);
    bool listen();
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }

    void setFault(Fault fault, int times) { m_fault = fault; m_remaining = times; }
    void setRedirectOrigin(const QString &origin) { m_redirectOrigin = origin; }
    int faultsApplied() const { return m_applied; }
    // "METHOD /path?query" of every request forwarded, in order (for counting what a client asked).
    QStringList requestLog;

private:
    void serve(QTcpSocket *socket);
    void forward(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                 const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    bool appliesTo(const QByteArray &method, const QByteArray &path) const;
    void consume();

    QString m_upstream;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    Fault m_fault = Fault::None;
    int m_remaining = 0;
    int m_applied = 0;
    QString m_redirectOrigin;
};

// A second origin for redirects: serves /blob/<digest> from `blobs` and records the Authorization headers it got.
class RecordingOrigin : public QObject
{
    Q_OBJECT
public:
    explicit RecordingOrigin(QObject *parent = nullptr);
    bool listen();
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QHash<QByteArray, QByteArray> blobs;
    QStringList authorizations; // every Authorization header received
    int requests = 0;

private:
    QTcpServer m_server;
};

// A small HTTP server whose every answer the test writes: the handler gets the socket, the method and the path
// and answers with reply() or by writing to the socket itself (to stream, stall or lie). Records the
// Authorization headers it received.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &method, const QByteArray &path)>;
    explicit ScriptedServer(Handler handler, QObject *parent = nullptr);
    // address: any loopback address (127.0.0.2 is another host than 127.0.0.1 to a client).
    bool listen(const QString &address = QStringLiteral("127.0.0.1"));
    QString authority() const { return QStringLiteral("%1:%2").arg(m_address).arg(m_server.serverPort()); }
    QString origin() const { return QStringLiteral("http://") + authority(); }
    static void reply(QTcpSocket *socket, int status, const QList<std::pair<QByteArray, QByteArray>> &headers,
        const QByteArray &body = {});

    QStringList authorizations; // every Authorization header received
    int requests = 0;

private:
    Handler m_handler;
    QString m_address;
    QTcpServer m_server;
};

} // namespace charthouse::test
