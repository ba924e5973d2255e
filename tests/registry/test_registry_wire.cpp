// Hostile servers on loopback, one misbehaviour each: every answer is bounded, a stalled or dripping server
// ends the same way every time, a redirected origin's refusal stays its own, digests of other algorithms are
// refused, and a blob is read no faster than its reader takes it. (No raw string literals: Qt 6.4's moc fails
// on them.)
#include "core/jobs/PullJob.h"
#include "core/registry/RegistryClient.h"
#include "core/registry/RegistryLimits.h"
#include "tests/registry/FaultProxy.h"
#include "tests/support/JobTestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

const Credentials user {QStringLiteral("alice"), QStringLiteral("Secret-Pass-1")};

template<typename T> std::optional<Result<T>> waitFor(std::optional<Result<T>> &outcome, int ms = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!outcome && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return outcome;
}

RegistryOptions plain(int timeoutMs = 30'000)
{
    RegistryOptions options;
    options.plainHttp = true;
    options.timeoutMs = timeoutMs;
    return options;
}

QByteArray manifestWithLayer(qint64 layerSize)
{
    const QByteArray hex(64, 'a');
    return "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
           "\"config\":{\"mediaType\":\"application/vnd.cncf.helm.config.v1+json\",\"digest\":\"sha256:"
        + QByteArray(64, 'b') + "\",\"size\":10},"
        + "\"layers\":[{\"mediaType\":\"application/"
          "vnd.cncf.helm.chart.content.v1.tar+gzip\",\"digest\":\"sha256:"
        + hex + "\",\"size\":" + QByteArray::number(layerSize) + "}]}";
}

// Starts writing `size` bytes of 'x' as the socket drains, never more than 1 MiB queued.
void streamBody(QTcpSocket *socket, qint64 size, std::shared_ptr<qint64> written)
{
    auto *pump = new QTimer(socket);
    QObject::connect(pump, &QTimer::timeout, socket, [socket, size, written, pump] {
        while (*written < size && socket->bytesToWrite() < 1024 * 1024
            && socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = qMin<qint64>(256 * 1024, size - *written);
            if (socket->write(QByteArray(n, 'x')) != n)
                break;
            *written += n;
        }
        if (*written >= size || socket->state() != QAbstractSocket::ConnectedState)
            pump->stop();
    });
    pump->start(1);
}

} // namespace

class TestRegistryWire : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void redirectedOriginsRefusalIsItsOwn()
    {
        // The registry sends a blob GET to a blob store on another origin, which answers 401 with a Bearer
        // challenge: the registry's credentials go neither to it nor to the realm it names, and the message
        // names the store instead of blaming the password.
        ScriptedServer realm([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            ScriptedServer::reply(socket, 200, {}, "{\"token\":\"t\"}");
        });
        QVERIFY(realm.listen(QStringLiteral("127.0.0.3")));
        ScriptedServer store([&realm](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            ScriptedServer::reply(socket, 401,
                {{"WWW-Authenticate",
                    "Bearer realm=\"" + realm.origin().toUtf8() + "/token\",service=\"cdn\""}},
                "no");
        });
        QVERIFY(store.listen(QStringLiteral("127.0.0.2")));
        ScriptedServer registry([&store](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            ScriptedServer::reply(
                socket, 307, {{"Location", (store.origin() + QString::fromUtf8(path)).toUtf8()}});
        });
        QVERIFY(registry.listen());

        RegistryClient client;
        client.setOptions(registry.authority(), plain());
        client.setCredentials(registry.authority(), user);
        const Descriptor blob {QStringLiteral("application/octet-stream"), Digest::of("x"), 1, {}, {}};
        std::optional<Result<void>> outcome;
        BlobReader reader;
        reader.write = [](QByteArrayView) -> Result<void> { return {}; };
        client.fetchBlob(*Reference::parseRepository(registry.authority() + QStringLiteral("/charts/x")),
            blob, reader, [&outcome](Result<void> r) { outcome = std::move(r); });
        QVERIFY(waitFor(outcome) && !outcome->ok());
        QCOMPARE(outcome->error().code(), Error::Code::Unauthorized);
        QVERIFY2(
            outcome->error().message().contains(store.authority()), qPrintable(outcome->error().message()));
        QVERIFY(!outcome->error().message().contains(QStringLiteral("password")));
        QCOMPARE(store.requests, 1); // not asked again with a token
        QCOMPARE(store.authorizations, QStringList());
        QCOMPARE(realm.requests, 0);
    }

    void errorBodiesAreBounded()
    {
        // A 404 whose body never ends: the answer's start says what went wrong; the rest is not waited for.
        ScriptedServer endless([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nConnection: "
                          "close\r\n\r\nnothing here ");
            streamBody(socket, 1LL << 40, std::make_shared<qint64>(0));
        });
        QVERIFY(endless.listen());
        RegistryClient client;
        client.setOptions(endless.authority(), plain());
        std::optional<Result<FetchedManifest>> outcome;
        QElapsedTimer clock;
        clock.start();
        client.fetchManifest(*Reference::parse(endless.authority() + QStringLiteral("/charts/x:1.0.0")),
            [&outcome](Result<FetchedManifest> r) { outcome = std::move(r); });
        QVERIFY(waitFor(outcome) && !outcome->ok());
        QCOMPARE(outcome->error().code(), Error::Code::NotFound);
        QVERIFY(clock.elapsed() < 10000);
    }

    void endlessTagListsEnd()
    {
        // Every page links to another: the list ends with an error at the bound, not after a million requests
        // or with a silently shortened list.
        int served = 0;
        ScriptedServer pages([&served](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            ++served;
            ScriptedServer::reply(socket, 200,
                {{"Content-Type", "application/json"},
                    {"Link",
                        "</v2/charts/x/tags/list?n=100&last=" + QByteArray::number(served)
                            + ">; rel=\"next\""}},
                "{\"name\":\"charts/x\",\"tags\":[\"" + QByteArray::number(served) + "\"]}");
        });
        QVERIFY(pages.listen());
        RegistryClient client;
        client.setOptions(pages.authority(), plain());
        std::optional<Result<QStringList>> outcome;
        client.listTags(*Reference::parseRepository(pages.authority() + QStringLiteral("/charts/x")),
            [&outcome](Result<QStringList> r) { outcome = std::move(r); });
        QVERIFY(waitFor(outcome, 120000) && !outcome->ok());
        QCOMPARE(outcome->error().code(), Error::Code::TooLarge);
        QCOMPARE(served, maxListPages);

        // One page larger than the bound is refused too.
        ScriptedServer huge([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                          "close\r\n\r\n{\"tags\":[\"");
            streamBody(socket, 1LL << 40, std::make_shared<qint64>(0));
        });
        QVERIFY(huge.listen());
        client.setOptions(huge.authority(), plain());
        outcome.reset();
        client.listTags(*Reference::parseRepository(huge.authority() + QStringLiteral("/charts/x")),
            [&outcome](Result<QStringList> r) { outcome = std::move(r); });
        QVERIFY(waitFor(outcome) && !outcome->ok());
        QCOMPARE(outcome->error().code(), Error::Code::TooLarge);
    }

    void layerLargerThanTheLimitIsRefusedBeforeDownload()
    {
        int blobRequests = 0;
        ScriptedServer registry(
            [&blobRequests](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
                if (path.contains("/manifests/"))
                    return ScriptedServer::reply(socket, 200,
                        {{"Content-Type", "application/vnd.oci.image.manifest.v1+json"}},
                        manifestWithLayer(8LL << 30));
                ++blobRequests;
                ScriptedServer::reply(socket, 404, {}, "{}");
            });
        QVERIFY(registry.listen());
        RegistryClient client;
        client.setOptions(registry.authority(), plain());
        PullJob pull(m_tmp.path() + QStringLiteral("/big"),
            *Reference::parse(registry.authority() + QStringLiteral("/charts/big:1.0.0")), &client);
        QVERIFY(!runToEnd(pull));
        QCOMPARE(pull.error()->code(), Error::Code::TooLarge);
        QCOMPARE(pull.error()->hint(), Error::Hint::LayerSizeLimit);
        QVERIFY2(pull.error()->message().contains(QStringLiteral("8.0 GiB"))
                && pull.error()->message().contains(QStringLiteral("100.0 MiB")),
            qPrintable(pull.error()->message()));
        QCOMPARE(blobRequests, 0);

        // A raised limit lets the download start.
        TransferLimits raised;
        raised.maxLayerSize = 16LL << 30;
        client.setTransferLimits(raised);
        PullJob again(m_tmp.path() + QStringLiteral("/big"),
            *Reference::parse(registry.authority() + QStringLiteral("/charts/big:1.0.0")), &client);
        QVERIFY(!runToEnd(again));
        QVERIFY(blobRequests > 0);
    }

    void aFullReaderPausesTheDownload()
    {
        // 64 MiB offered as fast as loopback goes; the reader takes one piece and says it is full. While it
        // is, the bytes wait in the kernel (the server cannot write them), not in our memory; on resume all
        // arrive.
        const qint64 size = 64LL * 1024 * 1024;
        auto written = std::make_shared<qint64>(0);
        ScriptedServer registry([size, written](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: "
                          "close\r\nContent-Length: "
                + QByteArray::number(size) + "\r\n\r\n");
            streamBody(socket, size, written);
        });
        QVERIFY(registry.listen());
        RegistryClient client;
        client.setOptions(registry.authority(), plain(2000));
        QByteArray content(size, 'x');
        const Descriptor blob {QStringLiteral("application/octet-stream"), Digest::of(content), size, {}, {}};
        content.clear();
        qint64 received = 0;
        bool full = false;
        BlobReader reader;
        reader.write = [&](QByteArrayView chunk) -> Result<void> {
            received += chunk.size();
            full = true;
            return {};
        };
        reader.full = [&full] { return full; };
        std::optional<Result<void>> outcome;
        QPointer<RegistryCall> call = client.fetchBlob(
            *Reference::parseRepository(registry.authority() + QStringLiteral("/charts/x")), blob, reader,
            [&outcome](Result<void> r) { outcome = std::move(r); });
        // Longer than the idle timeout: a reader that holds back is not the server going quiet.
        QTest::qWait(3000);
        QVERIFY(!outcome);
        QVERIFY2(received <= streamChunk, qPrintable(QString::number(received)));
        QVERIFY2(
            *written < size / 2, qPrintable(QString::number(*written))); // the rest could not even be sent
        while (!outcome) {
            full = false;
            if (call)
                call->resumeReading();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QVERIFY2(outcome->ok(), qPrintable(outcome->error().message()));
        QCOMPARE(received, size);
    }

    void aBlobUnderAnotherDigestIsRefused()
    {
        // The reader hashes a blob once; a registry whose Docker-Content-Digest names another blob is refused at
        // the headers.
        const QByteArray content("chart bytes");
        ScriptedServer registry([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            ScriptedServer::reply(socket, 200,
                {{"Content-Type", "application/octet-stream"},
                    {"Docker-Content-Digest", Digest::of("other bytes").toString().toLatin1()}},
                "chart bytes");
        });
        QVERIFY(registry.listen());
        RegistryClient client;
        client.setOptions(registry.authority(), plain());
        const Descriptor blob {QStringLiteral("application/octet-stream"), Digest::of(content), content.size(), {}, {}};
        qint64 written = 0;
        BlobReader reader;
        reader.write = [&written](QByteArrayView chunk) -> Result<void> {
            written += chunk.size();
            return {};
        };
        std::optional<Result<void>> outcome;
        client.fetchBlob(*Reference::parseRepository(registry.authority() + QStringLiteral("/charts/x")), blob,
            reader, [&outcome](Result<void> r) { outcome = std::move(r); });
        QVERIFY(waitFor(outcome) && !outcome->ok());
        QCOMPARE(outcome->error().code(), Error::Code::Corrupt);
        QVERIFY2(outcome->error().message().contains(QStringLiteral("when asked for ") + blob.digest.toString()),
            qPrintable(outcome->error().message()));
        QCOMPARE(written, 0);
    }

    void silentServerEndsTheSameWayEveryTime()
    {
        // Accepts, reads the request, never answers. A loopback registry without plain HTTP configured: the
        // timeout is not taken for "speaks plain HTTP" (which doubled the wait), and the words never change.
        ScriptedServer silent([](QTcpSocket *, const QByteArray &, const QByteArray &) {});
        QVERIFY(silent.listen());
        // The TLS attempt meets silence too: a server that never answers a ClientHello.
        for (int run = 0; run < 5; ++run) {
            RegistryClient client;
            RegistryOptions options;
            options.timeoutMs = 1000;
            client.setOptions(silent.authority(), options);
            std::optional<Result<void>> outcome;
            QElapsedTimer clock;
            clock.start();
            client.ping(silent.authority(), [&outcome](Result<void> r) { outcome = std::move(r); });
            QVERIFY(waitFor(outcome) && !outcome->ok());
            QCOMPARE(outcome->error().message(),
                QStringLiteral("cannot reach %1: no answer within 1 s").arg(silent.authority()));
            QCOMPARE(outcome->error().code(), Error::Code::Network);
            QVERIFY2(clock.elapsed() < 1800, qPrintable(QString::number(clock.elapsed())));
        }
    }

    void plainHttpRegistryUnderANameGetsThePlainHttpHint()
    {
        // A plain-HTTP registry reached by a name that is not a loopback name (no fallback): the message suggests
        // plain HTTP, not a CA file. Uses this machine's name where it resolves to a loopback address.
        const QList<QHostAddress> addresses = QHostInfo::fromName(QHostInfo::localHostName()).addresses();
        const auto loopback = std::find_if(addresses.begin(), addresses.end(),
            [](const QHostAddress &a) { return a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol; });
        if (loopback == addresses.end() || isLoopbackHost(QHostInfo::localHostName()))
            QSKIP("this machine's name does not resolve to a loopback address");
        // What an HTTP server (Go's, the registry's) answers to a TLS ClientHello: a 400, in plain text.
        QTcpServer plainServer;
        connect(&plainServer, &QTcpServer::newConnection, &plainServer, [&plainServer] {
            QTcpSocket *socket = plainServer.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n400 Bad Request");
                socket->disconnectFromHost();
            });
        });
        QVERIFY(plainServer.listen(*loopback));
        const QString host = QStringLiteral("%1:%2").arg(QHostInfo::localHostName()).arg(plainServer.serverPort());
        RegistryClient client;
        std::optional<Result<void>> outcome;
        client.ping(host, [&outcome](Result<void> r) { outcome = std::move(r); });
        QVERIFY(waitFor(outcome) && !outcome->ok());
        QCOMPARE(outcome->error().hint(), Error::Hint::PlainHttp);
        QVERIFY2(!outcome->error().message().contains(QStringLiteral("--")), qPrintable(outcome->error().message()));
    }

    void drippingBodyEnds()
    {
        // A manifest dripped one byte every 100 ms never trips an idle timeout; the speed limit ends it.
        ScriptedServer drip([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                          "application/vnd.oci.image.manifest.v1+json\r\nConnection: close\r\n"
                          "Content-Length: 100000\r\n\r\n");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("{"); });
            timer->start(100);
        });
        QVERIFY(drip.listen());
        RegistryClient client;
        client.setOptions(drip.authority(), plain(1000));
        TransferLimits limits;
        limits.lowSpeedBytes = 1024;
        limits.lowSpeedWindowMs = 1500;
        client.setTransferLimits(limits);
        std::optional<Result<FetchedManifest>> outcome;
        QElapsedTimer clock;
        clock.start();
        client.fetchManifest(*Reference::parse(drip.authority() + QStringLiteral("/charts/x:1.0.0")),
            [&outcome](Result<FetchedManifest> r) { outcome = std::move(r); });
        QVERIFY(waitFor(outcome) && !outcome->ok());
        QCOMPARE(outcome->error().hint(), Error::Hint::SpeedLimit);
        QVERIFY2(outcome->error().message().contains(QStringLiteral("below the speed limit of 1024 bytes")),
            qPrintable(outcome->error().message()));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void contentDigestsOfOtherAlgorithmsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("accepted");
        const QByteArray body = manifestWithLayer(10);
        QTest::newRow("md5") << QByteArray(
            "md5:" + QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex())
                             << false;
        QTest::newRow("sha512, right")
            << QByteArray("sha512:" + QCryptographicHash::hash(body, QCryptographicHash::Sha512).toHex())
            << true;
        QTest::newRow("sha512, wrong") << QByteArray("sha512:" + QByteArray(128, 'e')) << false;
        QTest::newRow("sha256, right")
            << QByteArray("sha256:" + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())
            << true;
        QTest::newRow("sha256, upper case") << QByteArray(
            "sha256:" + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().toUpper())
                                            << false;
        QTest::newRow("none") << QByteArray() << true;
    }
    void contentDigestsOfOtherAlgorithmsAreRefused()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, accepted);
        ScriptedServer registry([header](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            QList<std::pair<QByteArray, QByteArray>> headers {
                {"Content-Type", "application/vnd.oci.image.manifest.v1+json"}};
            if (!header.isEmpty())
                headers.append({"Docker-Content-Digest", header});
            ScriptedServer::reply(socket, 200, headers, manifestWithLayer(10));
        });
        QVERIFY(registry.listen());
        RegistryClient client;
        client.setOptions(registry.authority(), plain());
        std::optional<Result<FetchedManifest>> outcome;
        client.fetchManifest(*Reference::parse(registry.authority() + QStringLiteral("/charts/x:1.0.0")),
            [&outcome](Result<FetchedManifest> r) { outcome = std::move(r); });
        QVERIFY(waitFor(outcome));
        QCOMPARE(outcome->ok(), accepted);
        if (!accepted)
            QCOMPARE(outcome->error().code(), Error::Code::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestRegistryWire)
#include "test_registry_wire.moc"
