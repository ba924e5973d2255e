#include "tests/registry/FaultProxy.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QTcpSocket>

namespace charthouse::test {

namespace {

struct ParsedRequest
{
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// Reads one request from the socket's buffer once it is complete.
std::optional<ParsedRequest> parseRequest(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    ParsedRequest request;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() < 2)
        return std::nullopt;
    request.method = first[0];
    request.path = first[1];
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
        request.headers.append({name, value});
    }
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(end + 4, length);
    return request;
}

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
}

void respond(QTcpSocket *socket, int status, const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray out = statusLine(status);
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(out);
    socket->disconnectFromHost();
}

template<typename Handler> void acceptRequests(QTcpServer &server, QObject *context, Handler handle)
{
    QObject::connect(&server, &QTcpServer::newConnection, context, [&server, context, handle] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, context, [socket, buffer, handle] {
                *buffer += socket->readAll();
                if (auto request = parseRequest(*buffer)) {
                    buffer->clear();
                    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
                    handle(socket, *request);
                }
            });
        }
    });
}

} // namespace

FaultProxy::FaultProxy(QString upstream, QObject *parent) : QObject(parent), m_upstream(std::move(upstream)) { }

bool FaultProxy::listen()
{
    acceptRequests(m_server, this, [this](QTcpSocket *socket, const ParsedRequest &r) {
        requestLog.append(QString::fromLatin1(r.method + ' ' + r.path));
        forward(socket, r.method, r.path, r.headers, r.body);
    });
    return m_server.listen(QHostAddress::LocalHost, 0);
}

bool FaultProxy::appliesTo(const QByteArray &method, const QByteArray &path) const
{
    if (m_remaining <= 0)
        return false;
    const bool blobGet = method == "GET" && path.contains("/blobs/sha256:");
    const bool manifestGet = method == "GET" && path.contains("/manifests/");
    switch (m_fault) {
    case Fault::CorruptBlob:
    case Fault::TruncateBlob:
    case Fault::ResetMidBlob:
    case Fault::RedirectBlob: return blobGet;
    case Fault::WrongManifestDigest: return manifestGet;
    case Fault::TooManyRequests:
    case Fault::ServerError: return manifestGet || blobGet;
    case Fault::None: return false;
    }
    return false;
}

void FaultProxy::consume()
{
    --m_remaining;
    ++m_applied;
}

void FaultProxy::forward(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                         const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    // Faults that answer instead of the registry apply at once; faults that alter the registry's answer wait
    // for a successful one (a 401 challenge first does not count).
    const bool eligible = appliesTo(method, path);
    const bool answersItself = m_fault == Fault::TooManyRequests || m_fault == Fault::ServerError || m_fault == Fault::RedirectBlob;
    if (eligible && answersItself)
        consume();
    const bool answering = eligible && answersItself;
    if (answering && m_fault == Fault::TooManyRequests)
        return respond(socket, 429, {{"Retry-After", "1"}, {"Content-Type", "application/json"}},
                       "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"slow down\"}]}");
    if (answering && m_fault == Fault::ServerError)
        return respond(socket, 500, {{"Content-Type", "text/html"}}, "<html><body>upstream exploded</body></html>");
    if (answering && m_fault == Fault::RedirectBlob) {
        const QByteArray digest = path.mid(path.indexOf("/blobs/") + 7);
        return respond(socket, 307, {{"Location", m_redirectOrigin.toUtf8() + "/blob/" + digest}}, {});
    }

    QNetworkRequest request(QUrl(QStringLiteral("http://") + m_upstream + QString::fromLatin1(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower != "host" && lower != "connection" && lower != "content-length")
            request.setRawHeader(name, value);
    }
    QNetworkReply *reply = method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, socket, [this, socket, reply, method, path] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool faulty = status >= 200 && status < 300 && appliesTo(method, path);
        if (faulty)
            consume();
        QByteArray responseBody = reply->readAll();
        QList<std::pair<QByteArray, QByteArray>> answerHeaders;
        QByteArray contentLength;
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            const QByteArray lower = name.toLower();
            if (lower == "content-length") {
                contentLength = value;
                continue;
            }
            if (lower == "connection" || lower == "transfer-encoding")
                continue;
            if (faulty && m_fault == Fault::WrongManifestDigest && lower == "docker-content-digest") {
                answerHeaders.append({name, "sha256:" + QCryptographicHash::hash("not this", QCryptographicHash::Sha256).toHex()});
                continue;
            }
            answerHeaders.append({name, value});
        }
        if (method == "HEAD") {
            QByteArray out = statusLine(status);
            for (const auto &[name, value] : answerHeaders)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + (contentLength.isEmpty() ? QByteArray("0") : contentLength) + "\r\nConnection: close\r\n\r\n";
            socket->write(out);
            socket->disconnectFromHost();
            return;
        }
        if (faulty && m_fault == Fault::CorruptBlob && !responseBody.isEmpty())
            responseBody[responseBody.size() / 2] = char(responseBody[responseBody.size() / 2] ^ 0x01);
        if (faulty && (m_fault == Fault::TruncateBlob || m_fault == Fault::ResetMidBlob)) {
            QByteArray out = statusLine(status);
            for (const auto &[name, value] : answerHeaders)
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(responseBody.size()) + "\r\nConnection: close\r\n\r\n";
            out += responseBody.left(responseBody.size() / 2);
            socket->write(out);
            socket->flush();
            if (m_fault == Fault::ResetMidBlob)
                socket->abort();
            else
                socket->disconnectFromHost();
            return;
        }
        respond(socket, status, answerHeaders, responseBody);
    });
}

RecordingOrigin::RecordingOrigin(QObject *parent) : QObject(parent) { }

bool RecordingOrigin::listen()
{
    acceptRequests(m_server, this, [this](QTcpSocket *socket, const ParsedRequest &r) {
        ++requests;
        for (const auto &[name, value] : r.headers)
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                authorizations.append(QString::fromUtf8(value));
        const QByteArray digest = r.path.mid(r.path.lastIndexOf('/') + 1);
        if (!blobs.contains(digest))
            return respond(socket, 404, {}, "unknown");
        respond(socket, 200, {{"Content-Type", "application/octet-stream"}}, blobs.value(digest));
    });
    return m_server.listen(QHostAddress::LocalHost, 0);
}

ScriptedServer::ScriptedServer(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler)) { }

bool ScriptedServer::listen(const QString &address)
{
    m_address = address;
    acceptRequests(m_server, this, [this](QTcpSocket *socket, const ParsedRequest &r) {
        ++requests;
        for (const auto &[name, value] : r.headers)
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                authorizations.append(QString::fromUtf8(value));
        m_handler(socket, r.method, r.path);
    });
    return m_server.listen(QHostAddress(address), 0);
}

void ScriptedServer::reply(
    QTcpSocket *socket, int status, const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    respond(socket, status, headers, body);
}

} // namespace charthouse::test
