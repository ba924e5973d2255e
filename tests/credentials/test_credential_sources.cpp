// Credential sources: the environment handed in (never the process's), docker-credential-* helpers run
// without blocking the event loop, bounded in time and output, killed when no longer wanted; chains; the
// keychain. No secret may reach a log line: every secret below contains "SECRET-" and cleanup() checks the
// messages.
#include "core/credentials/ChainedCredentials.h"
#include "core/credentials/DockerConfigCredentials.h"
#include "core/credentials/DockerConfigLocations.h"
#include "core/credentials/KeychainCredentials.h"
#include "core/credentials/UserCredentialSource.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace charthouse;
using namespace charthouse::test;
using namespace std::chrono_literals;

namespace {

QMutex g_messagesLock;
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_messagesLock);
        g_messages << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                + message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QStringList messages()
{
    QMutexLocker locker(&g_messagesLock);
    return g_messages;
}

QString text(const std::optional<Credentials> &credentials)
{
    return credentials ? credentials->username + QLatin1Char(':') + credentials->password
                       : QStringLiteral("none");
}

struct Outcome
{
    int calls = 0;
    bool calledInsideFind = false;
    std::optional<Credentials> credentials;
    qint64 elapsedMs = -1;
};

// Asks the source and turns the event loop until it answers (or waitMs passes), then a little longer: a
// second answer would show up in calls.
Outcome findWith(CredentialSource &source, const QString &host, int waitMs = 15000)
{
    auto outcome = std::make_shared<Outcome>();
    QObject context;
    bool insideFind = true;
    QElapsedTimer clock;
    clock.start();
    source.find(host, &context, [outcome, &insideFind, clock](std::optional<Credentials> credentials) {
        ++outcome->calls;
        outcome->calledInsideFind = outcome->calledInsideFind || insideFind;
        outcome->credentials = credentials;
        outcome->elapsedMs = clock.elapsed();
    });
    insideFind = false;
    (void)QTest::qWaitFor([&] { return outcome->calls > 0; }, waitMs);
    QTest::qWait(50);
    return *outcome;
}

bool processGone(qint64 pid)
{
    // A zombie still answers kill(pid, 0): gone means killed and reaped.
    return ::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH;
}

qint64 peakResidentKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QByteArray basicAuth(const QByteArray &user, const QByteArray &password)
{
    return QByteArray(user + ':' + password).toBase64();
}

// A fake source that answers after a turn of the event loop and notes that it was asked.
class FakeSource : public CredentialSource
{
public:
    FakeSource(QString name, std::optional<Credentials> answer, QStringList *asked)
        : m_name(std::move(name)), m_answer(std::move(answer)), m_asked(asked)
    { }
    void find(const QString &, QObject *context, Found found) override
    {
        m_asked->append(m_name);
        QTimer::singleShot(10, context, [answer = m_answer, found] { found(answer); });
    }

private:
    QString m_name;
    std::optional<Credentials> m_answer;
    QStringList *m_asked;
};

const QString host = QStringLiteral("registry.example:5000");

} // namespace

class TestCredentialSources : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_bin;
    QString m_pids;

    // The environment the sources get: its own Docker and Helm config directories and PATH (helpers in
    // m_bin).
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_CONFIG"), m_tmp.path() + QStringLiteral("/docker"));
        env.insert(QStringLiteral("HELM_CONFIG_HOME"), m_tmp.path() + QStringLiteral("/helm"));
        env.insert(QStringLiteral("PATH"), m_bin + QStringLiteral(":/usr/bin:/bin"));
        env.insert(QStringLiteral("CHARTHOUSE_TEST_PIDS"), m_pids);
        return env;
    }

    DockerConfigLocations locations() const
    {
        return DockerConfigLocations::fromEnvironment(environment(), m_tmp.path() + QStringLiteral("/home"));
    }

    bool writeHelper(const QString &name, const QByteArray &script)
    {
        const QString file = QStringLiteral("docker-credential-") + name;
        return writeTree(m_bin, {{file, "#!/bin/sh\n" + script}})
            && QFile::setPermissions(m_bin + QLatin1Char('/') + file,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    bool writeDockerConfig(const QByteArray &json)
    {
        return writeTree(m_tmp.path() + QStringLiteral("/docker"), {{QStringLiteral("config.json"), json}});
    }

    // The pid a helper wrote to $CHARTHOUSE_TEST_PIDS/<name>, or 0 while it has not.
    qint64 helperPid(const QString &name) const
    {
        QFile file(m_pids + QLatin1Char('/') + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_bin = m_tmp.path() + QStringLiteral("/bin");
        m_pids = m_tmp.path() + QStringLiteral("/pids");
        QVERIFY(QDir().mkpath(m_bin) && QDir().mkpath(m_pids));
        QLoggingCategory::setFilterRules(QStringLiteral("charthouse.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
        // The process's own environment points elsewhere: a source that read it would find these.
        const QString elsewhere = m_tmp.path() + QStringLiteral("/elsewhere");
        QVERIFY(writeTree(elsewhere,
            {{QStringLiteral("docker/config.json"),
                 "{\"auths\":{\"" + host.toUtf8() + "\":{\"auth\":\"" + basicAuth("wrong", "SECRET-wrong")
                     + "\"}}}"},
                {QStringLiteral("helm/registry/config.json"),
                    "{\"auths\":{\"" + host.toUtf8() + "\":{\"auth\":\"" + basicAuth("wrong", "SECRET-wrong")
                        + "\"}}}"}}));
        qputenv("DOCKER_CONFIG", (elsewhere + QStringLiteral("/docker")).toUtf8());
        qputenv("HELM_CONFIG_HOME", (elsewhere + QStringLiteral("/helm")).toUtf8());

        QVERIFY(writeHelper(QStringLiteral("good"),
            "read host\necho SECRET-on-stderr >&2\n"
            "printf '{\"ServerURL\":\"%s\",\"Username\":\"helper-user\",\"Secret\":\"SECRET-helper\"}' "
            "\"$host\"\n"));
        QVERIFY(writeHelper(QStringLiteral("store"),
            "read host\nprintf '{\"Username\":\"store-user\",\"Secret\":\"SECRET-store\"}'\n"));
        QVERIFY(writeHelper(QStringLiteral("slow"),
            "echo $$ > \"$CHARTHOUSE_TEST_PIDS/slow\"\nread host\nsleep 2\n"
            "printf '{\"Username\":\"u\",\"Secret\":\"SECRET-slow\"}'\n"));
        QVERIFY(
            writeHelper(QStringLiteral("hung"), "echo $$ > \"$CHARTHOUSE_TEST_PIDS/hung\"\nexec sleep 60\n"));
        QVERIFY(writeHelper(QStringLiteral("flood"),
            "echo $$ > \"$CHARTHOUSE_TEST_PIDS/flood\"\nexec head -c 10485760 /dev/zero\n"));
        QVERIFY(writeHelper(QStringLiteral("failing"),
            "read host\nprintf '{\"Username\":\"u\",\"Secret\":\"SECRET-failing\"}'\necho SECRET-stderr "
            ">&2\nexit 1\n"));
        QVERIFY(writeHelper(QStringLiteral("garbage"), "read host\necho 'SECRET-not-json {'\n"));
        QVERIFY(writeHelper(
            QStringLiteral("nosecret"), "read host\nprintf '{\"Username\":\"u\",\"Secret\":\"\"}'\n"));
        QVERIFY(writeHelper(QStringLiteral("whoami"),
            "read host\nprintf '{\"Username\":\"%s\",\"Secret\":\"SECRET-env\"}' "
            "\"$CHARTHOUSE_TEST_USER\"\n"));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void cleanup()
    {
        const QStringList logged = messages();
        for (const QString &line : logged)
            QVERIFY2(!line.contains(QLatin1String("SECRET-")), qPrintable(line));
        QFile::remove(m_tmp.path() + QStringLiteral("/docker/config.json"));
        QMutexLocker locker(&g_messagesLock);
        g_messages.clear();
    }

    // First, while the process is small: a helper printing 10 MiB must not make it grow by 10 MiB.
    void floodingHelperIsStoppedWithBoundedMemory()
    {
        QVERIFY(writeDockerConfig("{\"credsStore\":\"flood\"}"));
        DockerConfigCredentials source(locations());
        const qint64 before = peakResidentKiB();
        const Outcome outcome = findWith(source, host);
        QCOMPARE(outcome.calls, 1);
        QCOMPARE(text(outcome.credentials), QStringLiteral("none"));
        QVERIFY2(peakResidentKiB() - before < 6 * 1024,
            qPrintable(QStringLiteral("peak grew by %1 KiB").arg(peakResidentKiB() - before)));
        const qint64 pid = helperPid(QStringLiteral("flood"));
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    }

    void locationsFollowTheGivenEnvironment()
    {
        const QString home = QStringLiteral("/h");
        DockerConfigLocations plain = DockerConfigLocations::fromEnvironment(QProcessEnvironment(), home);
        QCOMPARE(plain.configFiles,
            QStringList({QStringLiteral("/h/.docker/config.json"),
                QStringLiteral("/h/.config/helm/registry/config.json"),
                QStringLiteral("/h/.config/helm/registry.json")}));
        QVERIFY(plain.helperSearchPath.isEmpty());

        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_CONFIG"), QStringLiteral("/d"));
        env.insert(QStringLiteral("HELM_REGISTRY_CONFIG"), QStringLiteral("/r/config.json"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/x"));
        env.insert(QStringLiteral("PATH"), QStringLiteral("/a::/b"));
        DockerConfigLocations set = DockerConfigLocations::fromEnvironment(env, home);
        QCOMPARE(set.configFiles,
            QStringList({QStringLiteral("/d/config.json"), QStringLiteral("/r/config.json"),
                QStringLiteral("/x/helm/registry/config.json"), QStringLiteral("/x/helm/registry.json")}));
        QCOMPARE(set.helperSearchPath, QStringList({QStringLiteral("/a"), QStringLiteral("/b")}));
        QCOMPARE(set.helperEnvironment, env);

        env.insert(QStringLiteral("HELM_CONFIG_HOME"), QStringLiteral("/hc"));
        QCOMPARE(DockerConfigLocations::fromEnvironment(env, home).configFiles.mid(2),
            QStringList({QStringLiteral("/hc/registry/config.json"), QStringLiteral("/hc/registry.json")}));
    }

    void usesTheGivenEnvironmentNotTheProcesses()
    {
        QVERIFY(writeDockerConfig("{\"auths\":{\"https://" + host.toUtf8() + "/v1/\":{\"auth\":\""
            + basicAuth("right", "SECRET-right") + "\"}}}"));
        DockerConfigCredentials source(locations());
        const Outcome outcome = findWith(source, host);
        QCOMPARE(outcome.calls, 1);
        QCOMPARE(text(outcome.credentials), QStringLiteral("right:SECRET-right"));
        QVERIFY(!outcome.calledInsideFind);

        // Nothing in the given Docker config: Helm's, from the given environment too (not the process's).
        QFile::remove(m_tmp.path() + QStringLiteral("/docker/config.json"));
        QVERIFY(writeTree(m_tmp.path() + QStringLiteral("/helm"),
            {{QStringLiteral("registry/config.json"),
                "{\"auths\":{\"" + host.toUtf8()
                    + "\":{\"username\":\"helm\",\"password\":\"SECRET-helm\"}}}"}}));
        QCOMPARE(text(findWith(source, host).credentials), QStringLiteral("helm:SECRET-helm"));
        QVERIFY(QFile::remove(m_tmp.path() + QStringLiteral("/helm/registry/config.json")));
        QCOMPARE(text(findWith(source, host).credentials), QStringLiteral("none"));
    }

    void helpersRunWithTheGivenEnvironment()
    {
        QVERIFY(writeDockerConfig("{\"credsStore\":\"whoami\"}"));
        DockerConfigLocations where = locations();
        where.helperEnvironment.insert(QStringLiteral("CHARTHOUSE_TEST_USER"), QStringLiteral("from-env"));
        DockerConfigCredentials source(where);
        QCOMPARE(text(findWith(source, host).credentials), QStringLiteral("from-env:SECRET-env"));

        // A helper not on the given PATH is not found, even though the process's PATH might have it.
        where.helperSearchPath = {m_tmp.path() + QStringLiteral("/nowhere")};
        DockerConfigCredentials blind(where);
        QCOMPARE(text(findWith(blind, host).credentials), QStringLiteral("none"));
    }

    void lookupOrderIsDockers()
    {
        const QByteArray auths = "\"auths\":{\"" + host.toUtf8() + "\":{\"auth\":\""
            + basicAuth("auths", "SECRET-auths") + "\"}}";
        DockerConfigCredentials source(locations());
        // credHelpers for the host, then auths, then credsStore.
        QVERIFY(writeDockerConfig(
            "{\"credHelpers\":{\"" + host.toUtf8() + "\":\"good\"}," + auths + ",\"credsStore\":\"store\"}"));
        QCOMPARE(text(findWith(source, host).credentials), QStringLiteral("helper-user:SECRET-helper"));
        QVERIFY(writeDockerConfig("{\"credHelpers\":{\"" + host.toUtf8() + "\":\"failing\"}," + auths
            + ",\"credsStore\":\"store\"}"));
        QCOMPARE(text(findWith(source, host).credentials), QStringLiteral("auths:SECRET-auths"));
        QVERIFY(writeDockerConfig("{\"credHelpers\":{\"other.example\":\"good\"},\"credsStore\":\"store\"}"));
        QCOMPARE(text(findWith(source, host).credentials), QStringLiteral("store-user:SECRET-store"));
        // A helper that finds nothing: the next file is read.
        QVERIFY(writeDockerConfig("{\"credsStore\":\"nosecret\"}"));
        QVERIFY(writeTree(m_tmp.path() + QStringLiteral("/helm"),
            {{QStringLiteral("registry.json"), "{\"credsStore\":\"store\"}"}}));
        QCOMPARE(text(findWith(source, host).credentials), QStringLiteral("store-user:SECRET-store"));
        QVERIFY(QFile::remove(m_tmp.path() + QStringLiteral("/helm/registry.json")));
    }

    void slowHelperDoesNotBlockTheEventLoop()
    {
        QVERIFY(writeDockerConfig("{\"credsStore\":\"slow\"}"));
        DockerConfigCredentials source(locations());
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(50);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        const Outcome outcome = findWith(source, host);
        QCOMPARE(outcome.calls, 1);
        QCOMPARE(text(outcome.credentials), QStringLiteral("u:SECRET-slow"));
        QVERIFY2(outcome.elapsedMs >= 1900, qPrintable(QString::number(outcome.elapsedMs)));
        QVERIFY2(ticks >= 20, qPrintable(QStringLiteral("%1 ticks").arg(ticks)));
    }

    void hungHelperIsKilledAfterTheTimeout()
    {
        QVERIFY(writeDockerConfig("{\"credsStore\":\"hung\"}"));
        DockerConfigCredentials source(locations(), 1s);
        const Outcome outcome = findWith(source, host);
        QCOMPARE(outcome.calls, 1);
        QCOMPARE(text(outcome.credentials), QStringLiteral("none"));
        QVERIFY2(outcome.elapsedMs >= 900 && outcome.elapsedMs < 5000,
            qPrintable(QString::number(outcome.elapsedMs)));
        const qint64 pid = helperPid(QStringLiteral("hung"));
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 5000);
    }

    void failingHelpersGiveNothing_data()
    {
        QTest::addColumn<QString>("helper");
        QTest::newRow("exits non-zero") << QStringLiteral("failing");
        QTest::newRow("prints no JSON") << QStringLiteral("garbage");
        QTest::newRow("empty secret") << QStringLiteral("nosecret");
        QTest::newRow("not installed") << QStringLiteral("missing");
    }

    void failingHelpersGiveNothing()
    {
        QFETCH(QString, helper);
        QVERIFY(writeDockerConfig("{\"credsStore\":\"" + helper.toUtf8() + "\"}"));
        DockerConfigCredentials source(locations());
        const Outcome outcome = findWith(source, host);
        QCOMPARE(outcome.calls, 1);
        QCOMPARE(text(outcome.credentials), QStringLiteral("none"));
        // The debug lines are on (so cleanup()'s check means something) and name the helper.
        const QStringList logged = messages();
        QVERIFY2(!logged.filter(helper).isEmpty(), qPrintable(logged.join(QLatin1Char('\n'))));
    }

    void contextDestroyedWhileAHelperRuns()
    {
        QFile::remove(m_pids + QStringLiteral("/slow"));
        QVERIFY(writeDockerConfig("{\"credsStore\":\"slow\"}"));
        DockerConfigCredentials source(locations());
        auto *context = new QObject;
        int calls = 0;
        source.find(host, context, [&calls](std::optional<Credentials>) { ++calls; });
        QTRY_VERIFY(helperPid(QStringLiteral("slow")) > 0);
        const qint64 pid = helperPid(QStringLiteral("slow"));
        delete context;
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 1000); // killed: by itself it would live 2 s more
        QTest::qWait(2500); // the helper would have answered by now
        QCOMPARE(calls, 0);
    }

    void contextDeletedByTheCallbackAndSourceGoneEarly()
    {
        QVERIFY(writeDockerConfig("{\"credsStore\":\"good\"}"));
        auto source = std::make_unique<DockerConfigCredentials>(locations());
        QPointer<QObject> context = new QObject;
        std::optional<Credentials> found;
        source->find(host, context, [&found, context](std::optional<Credentials> credentials) {
            found = credentials;
            delete context.data();
        });
        source.reset();
        QTRY_VERIFY(context.isNull());
        QCOMPARE(text(found), QStringLiteral("helper-user:SECRET-helper"));
    }

    void chainedAsksInOrderAndStopsAtTheFirstAnswer()
    {
        QStringList asked;
        ChainedCredentials chain({std::make_shared<FakeSource>(QStringLiteral("a"), std::nullopt, &asked),
            std::make_shared<FakeSource>(
                QStringLiteral("b"), Credentials {QStringLiteral("b"), QStringLiteral("SECRET-b")}, &asked),
            std::make_shared<FakeSource>(
                QStringLiteral("c"), Credentials {QStringLiteral("c"), QStringLiteral("SECRET-c")}, &asked)});
        Outcome outcome = findWith(chain, host);
        QCOMPARE(outcome.calls, 1);
        QCOMPARE(text(outcome.credentials), QStringLiteral("b:SECRET-b"));
        QCOMPARE(asked, QStringList({QStringLiteral("a"), QStringLiteral("b")}));

        asked.clear();
        ChainedCredentials nothing({std::make_shared<FakeSource>(QStringLiteral("a"), std::nullopt, &asked),
            std::make_shared<FakeSource>(QStringLiteral("b"), std::nullopt, &asked)});
        outcome = findWith(nothing, host);
        QCOMPARE(outcome.calls, 1);
        QCOMPARE(text(outcome.credentials), QStringLiteral("none"));
        QCOMPARE(asked, QStringList({QStringLiteral("a"), QStringLiteral("b")}));

        ChainedCredentials empty({});
        outcome = findWith(empty, host);
        QCOMPARE(outcome.calls, 1);
        QVERIFY(!outcome.calledInsideFind);
        QCOMPARE(text(outcome.credentials), QStringLiteral("none"));
    }

    void keychainWithoutUserNameAsksNoKeychain()
    {
        QStringList askedFor;
        KeychainCredentials keychain([&askedFor](const QString &registry) {
            askedFor << registry;
            return QString();
        });
        const Outcome outcome = findWith(keychain, host);
        QCOMPARE(outcome.calls, 1);
        QVERIFY(!outcome.calledInsideFind);
        QCOMPARE(text(outcome.credentials), QStringLiteral("none"));
        QCOMPARE(askedFor, QStringList({host}));
        // A keychain asked here (no Secret Service in this test) would have logged its error.
        QCOMPARE(messages(), QStringList());

        KeychainCredentials noFunction(nullptr);
        QCOMPARE(text(findWith(noFunction, host).credentials), QStringLiteral("none"));
    }

    void keychainErrorCountsAsNothing()
    {
        // No session bus to reach: the keychain fails, which is logged and is not an error for the caller.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_tmp.path().toUtf8() + "/no-bus");
        KeychainCredentials keychain([](const QString &) { return QStringLiteral("someone"); });
        const Outcome outcome = findWith(keychain, host, 30000);
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QCOMPARE(outcome.calls, 1);
        QVERIFY(!outcome.calledInsideFind);
        QCOMPARE(text(outcome.credentials), QStringLiteral("none"));
        const QStringList logged = messages().filter(QLatin1String("charthouse.registry"));
        QVERIFY2(logged.size() == 1, qPrintable(messages().join(QLatin1Char('\n'))));
    }

    void userSourceIsKeychainThenDockerConfig()
    {
        QVERIFY(writeDockerConfig("{\"credsStore\":\"good\"}"));
        QStringList askedFor;
        std::shared_ptr<CredentialSource> source = userCredentialSource(
            environment(), m_tmp.path() + QStringLiteral("/home"), [&askedFor](const QString &registry) {
                askedFor << registry;
                return QString();
            });
        auto outcome = std::make_shared<Outcome>();
        QObject context;
        source->find(host, &context, [outcome](std::optional<Credentials> credentials) {
            ++outcome->calls;
            outcome->credentials = credentials;
        });
        source.reset(); // as CredentialResolver does: the lookup outlives the source
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(text(outcome->credentials), QStringLiteral("helper-user:SECRET-helper"));
        QCOMPARE(askedFor, QStringList({host}));
    }
};

QTEST_GUILESS_MAIN(TestCredentialSources)
#include "test_credential_sources.moc"
