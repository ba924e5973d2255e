// `charthouse-cli registry serve|status|logs|stop`: the reference document's local registry without Docker.
// A real docker-registry started in the background with a user, a real keychain (gnome-keyring) for the
// login: start, log in, push, stop, start again on the same storage, pull — and the password is in no file or
// log.
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

namespace {
const QByteArray password = "serve-Passw0rd-for-tests";
}

class TestRegistryServe : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_home;
    QString m_address;
    QStringList m_started; // addresses to stop at the end, whatever happens

    QStringList env() const
    {
        return {QStringLiteral("HOME=") + m_home,
            QStringLiteral("XDG_CONFIG_HOME=") + m_home + QStringLiteral("/.config"),
            QStringLiteral("XDG_DATA_HOME=") + m_home + QStringLiteral("/.local/share"),
            QStringLiteral("XDG_STATE_HOME=") + m_home + QStringLiteral("/.local/state"),
            QStringLiteral("DOCKER_CONFIG=") + m_home + QStringLiteral("/.docker")};
    }
    ProcessResult cli(const QString &cache, const QStringList &args, const QByteArray &input = {},
        const QStringList &extraEnv = {})
    {
        return run(cliPath(),
            QStringList {QStringLiteral("--cache"), m_tmp.path() + QLatin1Char('/') + cache} + args,
            env() + extraEnv, input);
    }
    ProcessResult serve(const QStringList &args, const QByteArray &input = {})
    {
        const QString address = args.value(args.indexOf(QStringLiteral("--address")) + 1);
        m_started.append(address);
        return cli(QStringLiteral("cache"),
            QStringList {QStringLiteral("registry"), QStringLiteral("serve")} + args, input);
    }
    QStringList filesWithPassword()
    {
        QStringList hits;
        QDirIterator it(
            m_tmp.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(password))
                hits << f.fileName();
        }
        return hits;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("docker-registry")).isEmpty())
            QSKIP("docker-registry is not installed (apt-get install docker-registry)");
        m_home = m_tmp.path() + QStringLiteral("/home");
        QVERIFY(QDir().mkpath(m_home));
        QString why;
        if (!startKeyring(m_home, &why))
            QSKIP(qPrintable(why));
        m_address = QStringLiteral("127.0.0.1:%1").arg(freePort());
    }

    void cleanupTestCase()
    {
        for (const QString &address : std::as_const(m_started))
            cli(QStringLiteral("cache"),
                {QStringLiteral("registry"), QStringLiteral("stop"), QStringLiteral("--address"), address});
    }

    void missingServerIsExplained()
    {
        const ProcessResult r = cli(QStringLiteral("cache"),
            {QStringLiteral("registry"), QStringLiteral("serve"), QStringLiteral("--address"), m_address}, {},
            {QStringLiteral("CHARTHOUSE_DOCKER_REGISTRY=no-such-docker-registry")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("sudo apt-get install docker-registry"), r.err.constData());
    }

    void badInputIsRefused()
    {
        QCOMPARE(serve({QStringLiteral("--address"), QStringLiteral("localhost:99999")}).exitCode, 2);
        QCOMPARE(serve({QStringLiteral("--address"), m_address, QStringLiteral("--user"), QStringLiteral("a"),
                           QStringLiteral("--htpasswd"), QStringLiteral("/etc/hostname")})
                     .exitCode,
            2);
        // The address is held by another program.
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        const ProcessResult held
            = serve({QStringLiteral("--address"), QStringLiteral("127.0.0.1:%1").arg(other.serverPort())});
        QCOMPARE(held.exitCode, 1);
        QVERIFY2(held.err.contains("cannot listen on 127.0.0.1:"), held.err.constData());
    }

    void serveLoginPushStopServePull()
    {
        const QString storage = m_tmp.path() + QStringLiteral("/registry data");
        const QStringList withUser {QStringLiteral("--address"), m_address, QStringLiteral("--storage"),
            storage, QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin")};
        const ProcessResult started = serve(withUser, password + '\n');
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QVERIFY(started.out.startsWith(QByteArray("Started a registry on " + m_address.toUtf8() + "\n")));
        // It answers now (serve returned once it did), and asks for the user.
        const ProcessResult anonymous = cli(QStringLiteral("cache"),
            {QStringLiteral("chart"), QStringLiteral("tags"), m_address + QStringLiteral("/charts/x")});
        QCOMPARE(anonymous.exitCode, 1);
        // Twice on one address: refused, the first one keeps running.
        const ProcessResult twice = serve(withUser, password + '\n');
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(
            twice.err.contains(QByteArray("already runs on " + m_address.toUtf8())), twice.err.constData());
        // The hint, in the CLI's words.
        QVERIFY2(twice.err.contains(
                     QByteArray("stop it with \"charthouse-cli registry stop --address " + m_address.toUtf8())),
            twice.err.constData());
        const ProcessResult status = cli(QStringLiteral("cache"),
            {QStringLiteral("registry"), QStringLiteral("status"), QStringLiteral("--address"), m_address});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(storage.toUtf8()));

        const ProcessResult login = cli(QStringLiteral("cache"),
            {QStringLiteral("registry"), QStringLiteral("login"), QStringLiteral("-u"),
                QStringLiteral("alice"), QStringLiteral("--password-stdin"), m_address},
            password);
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const QString ref = m_address + QStringLiteral("/charts/served:1.2.3");
        const QString chart = makeChart(
            m_tmp.path() + QStringLiteral("/src"), QStringLiteral("served"), QStringLiteral("1.2.3"));
        QCOMPARE(cli(QStringLiteral("cache"), {QStringLiteral("chart"), QStringLiteral("save"), chart, ref})
                     .exitCode,
            0);
        const ProcessResult pushed
            = cli(QStringLiteral("cache"), {QStringLiteral("chart"), QStringLiteral("push"), ref});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());

        const ProcessResult stopped = cli(QStringLiteral("cache"),
            {QStringLiteral("registry"), QStringLiteral("stop"), QStringLiteral("--address"), m_address});
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
        QCOMPARE(cli(QStringLiteral("cache"),
                     {QStringLiteral("registry"), QStringLiteral("status"), QStringLiteral("--address"),
                         m_address})
                     .exitCode,
            3);
        QCOMPARE(
            cli(QStringLiteral("cache"),
                {QStringLiteral("registry"), QStringLiteral("stop"), QStringLiteral("--address"), m_address})
                .exitCode,
            1);
        const ProcessResult logs = cli(QStringLiteral("cache"),
            {QStringLiteral("registry"), QStringLiteral("logs"), QStringLiteral("--address"), m_address});
        QCOMPARE(logs.exitCode, 0);
        QVERIFY(logs.out.contains("authorized request"));

        // Again on the same storage: the chart is still there, and pulls into an empty cache.
        const ProcessResult again = serve(withUser, password + '\n');
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const ProcessResult pulled
            = cli(QStringLiteral("other-cache"), {QStringLiteral("chart"), QStringLiteral("pull"), ref});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        QVERIFY(cli(QStringLiteral("other-cache"), {QStringLiteral("chart"), QStringLiteral("list")})
                    .out.contains(ref.toUtf8()));
        QCOMPARE(
            cli(QStringLiteral("cache"),
                {QStringLiteral("registry"), QStringLiteral("stop"), QStringLiteral("--address"), m_address})
                .exitCode,
            0);

        // The password went to htpasswd as a bcrypt hash and to the keychain: no file holds it.
        QCOMPARE(filesWithPassword(), QStringList());
        QDirIterator hashes(m_home + QStringLiteral("/.local/state/charthouse/registries"),
            {QStringLiteral("htpasswd")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(hashes.hasNext());
        QFile htpasswd(hashes.next());
        QVERIFY(htpasswd.open(QIODevice::ReadOnly));
        QVERIFY(htpasswd.readAll().startsWith("alice:$2y$"));
        QCOMPARE(htpasswd.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void temporaryStorageGoesAtStop()
    {
        const QString address = QStringLiteral("127.0.0.1:%1").arg(freePort());
        const ProcessResult started = serve({QStringLiteral("--address"), address});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QVERIFY(started.out.contains("(temporary: removed at stop)"));
        const QString all = QString::fromUtf8(
            cli(QStringLiteral("cache"), {QStringLiteral("registry"), QStringLiteral("status")}).out);
        QVERIFY2(all.contains(address), qPrintable(all));
        QString storage = QString::fromUtf8(started.out)
                              .section(QStringLiteral("Storage:  "), 1)
                              .section(QStringLiteral(" (temporary"), 0, 0);
        QVERIFY(QFileInfo(storage).isDir());
        QCOMPARE(
            cli(QStringLiteral("cache"),
                {QStringLiteral("registry"), QStringLiteral("stop"), QStringLiteral("--address"), address})
                .exitCode,
            0);
        QVERIFY(!QFileInfo::exists(storage));
    }
};

QTEST_MAIN(TestRegistryServe)
#include "test_registry_serve.moc"
