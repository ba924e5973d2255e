// Hostile servers on loopback around the registry's token dance: credentials never cross an origin, and a token
// answer that never ends is cut off at a bound. (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/registry/RegistryClient.h"
#include "tests/registry/FaultProxy.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

const Credentials user {QStringLiteral("alice"), QStringLiteral("Secret-Pass-1")};

// A registry that wants a Bearer token from `realm` and accepts any token.
std::unique_ptr<ScriptedServer> tokenRegistry(const QString &realm)
{
    return std::make_unique<ScriptedServer>([realm](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
        ScriptedServer::reply(socket, 401,
            {{"WWW-Authenticate", "Bearer realm=\"" + realm.toUtf8() + "\",service=\"hostile\""},
                {"Docker-Distribution-Api-Version", "registry/2.0"}},
            "{}");
    });
}

} // namespace

class TestRegistryHostile : public QObject
{
    Q_OBJECT

    // Pings the registry with user's credentials; the outcome, within 20 s.
    std::optional<Result<void>> ping(const QString &host)
    {
        RegistryClient client;
        RegistryOptions options;
        options.plainHttp = true;
        client.setOptions(host, options);
        client.setCredentials(host, user);
        std::optional<Result<void>> outcome;
        client.ping(host, [&outcome](Result<void> r) { outcome = std::move(r); });
        QElapsedTimer clock;
        clock.start();
        while (!outcome && clock.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return outcome;
    }

private slots:
    void tokenRedirectNeverCarriesThePassword()
    {
        // The realm answers 302 to another host; that host must not get the Basic credentials (Qt's own redirect
        // handling forwarded the raw Authorization header).
        ScriptedServer elsewhere([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            ScriptedServer::reply(socket, 401, {}, "no");
        });
        QVERIFY(elsewhere.listen(QStringLiteral("127.0.0.2")));
        ScriptedServer realm([&elsewhere](QTcpSocket *socket, const QByteArray &, const QByteArray &path) {
            ScriptedServer::reply(socket, 302, {{"Location", (elsewhere.origin() + QString::fromUtf8(path)).toUtf8()}});
        });
        QVERIFY(realm.listen());
        auto registry = tokenRegistry(realm.origin() + QStringLiteral("/token"));
        QVERIFY(registry->listen());

        auto outcome = ping(registry->authority());
        QVERIFY(outcome && !outcome->ok());
        QCOMPARE(realm.authorizations.size(), 1);
        QVERIFY(realm.authorizations[0].startsWith(QStringLiteral("Basic ")));
        QCOMPARE(elsewhere.requests, 1);
        QCOMPARE(elsewhere.authorizations, QStringList()); // the password stayed with the realm
        // The refusal names the host that refused, and does not blame the password.
        QCOMPARE(outcome->error().code(), Error::Code::Unauthorized);
        QVERIFY2(outcome->error().message().contains(elsewhere.authority()), qPrintable(outcome->error().message()));
        QVERIFY(!outcome->error().message().contains(QStringLiteral("password")));
    }

    void tokenRedirectsAreBounded()
    {
        ScriptedServer loop([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            ScriptedServer::reply(socket, 302, {{"Location", "/token"}});
        });
        QVERIFY(loop.listen());
        auto registry = tokenRegistry(loop.origin() + QStringLiteral("/token"));
        QVERIFY(registry->listen());
        auto outcome = ping(registry->authority());
        QVERIFY(outcome && !outcome->ok());
        QVERIFY2(outcome->error().message().contains(QStringLiteral("too many redirects")), qPrintable(outcome->error().message()));
        QCOMPARE(loop.requests, 11);
        QCOMPARE(loop.authorizations.size(), 11); // the same origin throughout: its credentials may go along
    }

    void endlessTokenAnswerIsCutOff()
    {
        // A token service that streams forever: the answer is refused at the bound, long before any timeout,
        // and memory does not grow with it (the old code buffered 2.7 GiB in 4 s).
        ScriptedServer endless([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"token\":\"");
            auto *drip = new QTimer(socket);
            QObject::connect(drip, &QTimer::timeout, socket, [socket] {
                if (socket->bytesToWrite() < 4 * 1024 * 1024)
                    socket->write(QByteArray(256 * 1024, 'a'));
            });
            drip->start(1);
        });
        QVERIFY(endless.listen());
        auto registry = tokenRegistry(endless.origin() + QStringLiteral("/token"));
        QVERIFY(registry->listen());
        QElapsedTimer clock;
        clock.start();
        auto outcome = ping(registry->authority());
        QVERIFY(outcome && !outcome->ok());
        QCOMPARE(outcome->error().code(), Error::Code::TooLarge);
        QVERIFY2(outcome->error().message().contains(QStringLiteral("larger than")), qPrintable(outcome->error().message()));
        QVERIFY(clock.elapsed() < 15000);
    }
};

QTEST_GUILESS_MAIN(TestRegistryHostile)
#include "test_registry_hostile.moc"
