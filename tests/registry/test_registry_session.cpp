// The reference document's whole session with charthouse-cli against a real registry (htpasswd) and a real
// keychain (gnome-keyring): login, save, push, remove, pull, export, tags, logout — and where the password is
// not. (No raw string literals: Qt 6.4's moc fails on them.)
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

namespace {
const QByteArray password = "s3cret-Passw0rd-for-tests";
}

class TestRegistrySession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QString m_home;

    QStringList env() const
    {
        return {QStringLiteral("HOME=") + m_home,
            QStringLiteral("XDG_CONFIG_HOME=") + m_home + QStringLiteral("/.config"),
            QStringLiteral("XDG_DATA_HOME=") + m_home + QStringLiteral("/.local/share"),
            QStringLiteral("DOCKER_CONFIG=") + m_home + QStringLiteral("/.docker")};
    }
    ProcessResult cli(const QStringList &args, const QByteArray &input = {}, const QStringList &extraEnv = {})
    {
        return run(cliPath(),
            QStringList {QStringLiteral("--cache"), m_tmp.path() + QStringLiteral("/cache")} + args,
            env() + extraEnv, input);
    }
    QString secretInKeychain()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (tool.isEmpty())
            return QStringLiteral("(secret-tool missing)");
        return QString::fromUtf8(run(tool,
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("charthouse"),
                QStringLiteral("user"), m_registry->host()},
            env())
                                     .out);
    }
    // Every file under HOME (settings, keyring files are encrypted) and the cache: none may hold the
    // password.
    QStringList filesWithPassword()
    {
        QStringList hits;
        for (const QString &root : QStringList {m_home, m_tmp.path() + QStringLiteral("/cache")}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(password))
                    hits << f.fileName();
            }
        }
        return hits;
    }

private slots:
    void initTestCase()
    {
        m_home = m_tmp.path() + QStringLiteral("/home");
        QVERIFY(QDir().mkpath(m_home));
        m_registry = std::make_unique<RegistryServer>(
            RegistryServer::Options::htpasswd(QStringLiteral("myuser"), QString::fromLatin1(password)));
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        if (!startKeyring(m_home, &why))
            QSKIP(qPrintable(why));
    }

    void wrongPasswordFailsAndStoresNothing()
    {
        const ProcessResult r
            = cli({QStringLiteral("registry"), QStringLiteral("login"), QStringLiteral("-u"),
                      QStringLiteral("myuser"), QStringLiteral("--password-stdin"), m_registry->host()},
                "not-the-password\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err),
            QStringLiteral("Error: %1: the user name or password was not accepted\n")
                .arg(m_registry->host()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(secretInKeychain(), QString());
        QVERIFY(!QFile::exists(m_home + QStringLiteral("/.config/Charthouse/charthouse.ini")));
    }

    void referenceSession()
    {
        const QString host = m_registry->host();
        const QString ref = host + QStringLiteral("/myrepo/mychart:2.7.0");
        const QString chart = makeChart(
            m_tmp.path() + QStringLiteral("/src"), QStringLiteral("mychart"), QStringLiteral("0.1.0"));

        // Not logged in: a push says how to log in.
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), chart, ref}).exitCode, 0);
        ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("push"), ref});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QByteArray(QByteArray("registry login ") + host.toUtf8())), r.err.constData());

        r = cli({QStringLiteral("registry"), QStringLiteral("login"), QStringLiteral("-u"),
                    QStringLiteral("myuser"), QStringLiteral("--password-stdin"), host},
            password + '\n');
        QCOMPARE(QString::fromUtf8(r.err), QString());
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Login succeeded\n"));
        QCOMPARE(secretInKeychain(), QString::fromLatin1(password));

        r = cli({QStringLiteral("chart"), QStringLiteral("push"), ref});
        QCOMPARE(QString::fromUtf8(r.err), QString());
        const QStringList pushed = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        QCOMPARE(
            pushed.first(), QStringLiteral("The push refers to repository [%1/myrepo/mychart]").arg(host));
        QVERIFY(pushed[1].startsWith(QStringLiteral("ref:     ") + ref));
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^2\\.7\\.0: pushed to remote \\(1 layer, [0-9.]+ (B|KiB) total\\)$"))
                     .match(pushed[6])
                     .hasMatch(),
            qPrintable(pushed[6]));

        QCOMPARE(QString::fromUtf8(cli({QStringLiteral("chart"), QStringLiteral("remove"), ref}).out),
            QStringLiteral("2.7.0: removed\n"));
        r = cli({QStringLiteral("chart"), QStringLiteral("pull"), ref});
        QCOMPARE(QString::fromUtf8(r.err), QString());
        const QStringList pulled = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        QCOMPARE(pulled.first(), QStringLiteral("2.7.0: Pulling from %1/myrepo/mychart").arg(host));
        QCOMPARE(pulled[6], QStringLiteral("Status: Downloaded newer chart for ") + ref);

        const QString out = m_tmp.path() + QStringLiteral("/out");
        r = cli({QStringLiteral("chart"), QStringLiteral("export"), ref, QStringLiteral("-d"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readTree(out + QStringLiteral("/mychart")), readTree(chart));

        r = cli({QStringLiteral("chart"), QStringLiteral("tags"), host + QStringLiteral("/myrepo/mychart")});
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("2.7.0\n"));

        QVERIFY2(filesWithPassword().isEmpty(), qPrintable(filesWithPassword().join(QLatin1Char(' '))));

        r = cli({QStringLiteral("registry"), QStringLiteral("logout"), host});
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Logout succeeded\n"));
        QCOMPARE(secretInKeychain(), QString());
        r = cli({QStringLiteral("chart"), QStringLiteral("pull"), ref});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("authentication required"));
    }

    void interactiveLoginDoesNotEcho()
    {
        // A real terminal (script(1) gives the CLI a pty); the password is typed a moment after the prompt.
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) missing");
        const QString command
            = QStringLiteral("'%1' --cache '%2' registry login -u myuser %3")
                  .arg(cliPath(), m_tmp.path() + QStringLiteral("/cache"), m_registry->host());
        const QString shell
            = QStringLiteral("(sleep 1; printf '%s\\n' '%1') | script -q -e -c \"%2\" /dev/null")
                  .arg(QString::fromLatin1(password), command);
        const ProcessResult r = run(QStringLiteral("sh"), {QStringLiteral("-c"), shell}, env());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Password: ") && r.out.contains("Login succeeded"), r.out.constData());
        QVERIFY2(!r.out.contains(password), r.out.constData());
        QCOMPARE(secretInKeychain(), QString::fromLatin1(password));
        QCOMPARE(cli({QStringLiteral("registry"), QStringLiteral("logout"), m_registry->host()}).exitCode, 0);
    }

    void credentialHelpersAreRun()
    {
        // Docker's credsStore: docker-credential-<name> get, the host on stdin, JSON out.
        const QString bin = m_tmp.path() + QStringLiteral("/bin");
        QVERIFY(writeTree(bin,
            {{QStringLiteral("docker-credential-charthousetest"),
                "#!/bin/sh\nread host\nprintf '{\"ServerURL\":\"%s\",\"Username\":\"myuser\",\"Secret\":\""
                    + password + "\"}' \"$host\"\n"}}));
        QFile::setPermissions(bin + QStringLiteral("/docker-credential-charthousetest"),
            QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner);
        QVERIFY(writeTree(m_home + QStringLiteral("/.docker"),
            {{QStringLiteral("config.json"), "{\"credsStore\":\"charthousetest\"}"}}));
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("tags"),
                                        m_registry->host() + QStringLiteral("/myrepo/mychart")},
            {}, {QStringLiteral("PATH=") + bin + QLatin1Char(':') + qEnvironmentVariable("PATH")});
        QFile::remove(m_home + QStringLiteral("/.docker/config.json"));
        QCOMPARE(QString::fromUtf8(r.err), QString());
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("2.7.0\n"));
    }

    void oneShotCredentialsStoreNothing()
    {
        const QString ref = m_registry->host() + QStringLiteral("/myrepo/mychart:2.7.0");
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("pull"), QStringLiteral("-u"),
                                        QStringLiteral("myuser"), QStringLiteral("--password-stdin"), ref},
            password);
        QCOMPARE(QString::fromUtf8(r.err), QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(secretInKeychain(), QString());
        QVERIFY(filesWithPassword().isEmpty());
    }

    void dockerConfigLoginsAreHonoured()
    {
        const QString ref = m_registry->host() + QStringLiteral("/myrepo/mychart:2.7.0");
        const QByteArray auth = QByteArray(QByteArray("myuser:") + password).toBase64();
        const QByteArray config
            = QByteArray("{\"auths\":{\"") + m_registry->host().toUtf8() + "\":{\"auth\":\"" + auth + "\"}}}";
        QVERIFY(writeTree(m_home + QStringLiteral("/.docker"), {{QStringLiteral("config.json"), config}}));
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("pull"), ref});
        QFile::remove(m_home + QStringLiteral("/.docker/config.json"));
        QCOMPARE(QString::fromUtf8(r.err), QString());
        QCOMPARE(r.exitCode, 0);
    }

    void noKeychainIsExplained()
    {
        // A session bus that does not exist: no Secret Service can answer.
        const QStringList noBus {
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + m_tmp.path() + QStringLiteral("/no-bus")};
        ProcessResult r
            = cli({QStringLiteral("registry"), QStringLiteral("login"), QStringLiteral("-u"),
                      QStringLiteral("myuser"), QStringLiteral("--password-stdin"), m_registry->host()},
                password, noBus);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("Error: no keychain is available") && r.err.contains("--password-stdin"),
            r.err.constData());
        QVERIFY(!r.err.contains(password) && !r.out.contains(password));
        QVERIFY(filesWithPassword().isEmpty());
        QFile settings(m_home + QStringLiteral("/.config/Charthouse/charthouse.ini"));
        QVERIFY(!settings.open(QIODevice::ReadOnly) || !settings.readAll().contains("myuser"));
        // The CLI still works for one command.
        r = cli(
            {QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("-u"), QStringLiteral("myuser"),
                QStringLiteral("--password-stdin"), m_registry->host() + QStringLiteral("/myrepo/mychart")},
            password, noBus);
        QCOMPARE(QString::fromUtf8(r.err), QString());
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("2.7.0\n"));
    }

    void logoutOfAnUnknownHostSaysSo()
    {
        // gnome-keyring reports no "not found" on removal: the settings (and a keychain lookup) decide.
        const QString unknown = QStringLiteral("127.0.0.1:%1").arg(freePort());
        const ProcessResult r = cli({QStringLiteral("registry"), QStringLiteral("logout"), unknown});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("Error: not logged in to %1\n").arg(unknown));
        QVERIFY(r.out.isEmpty());
    }

    void logoutWithoutKeychainChangesNothing()
    {
        const QString host = m_registry->host();
        ProcessResult r = cli({QStringLiteral("registry"), QStringLiteral("login"), QStringLiteral("-u"),
                                  QStringLiteral("myuser"), QStringLiteral("--password-stdin"), host},
            password + '\n');
        QCOMPARE(r.exitCode, 0);
        const QString settingsPath = m_home + QStringLiteral("/.config/Charthouse/charthouse.ini");
        auto settings = [&] {
            QFile file(settingsPath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = settings();
        QVERIFY2(before.contains("myuser"), before.constData());

        // No Secret Service answers: the logout fails, and both the password and the settings entry stay.
        const QStringList noBus {
            QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + m_tmp.path() + QStringLiteral("/no-bus")};
        r = cli({QStringLiteral("registry"), QStringLiteral("logout"), host}, {}, noBus);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("Error: no keychain is available"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(settings(), before);
        QCOMPARE(secretInKeychain(), QString::fromLatin1(password));

        // With the keychain back, the logout removes both; a second one says there is nothing to log out of.
        r = cli({QStringLiteral("registry"), QStringLiteral("logout"), host});
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("Logout succeeded\n"));
        QCOMPARE(secretInKeychain(), QString());
        QVERIFY(!settings().contains("myuser"));
        r = cli({QStringLiteral("registry"), QStringLiteral("logout"), host});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("Error: not logged in to %1\n").arg(host));
    }
};

QTEST_GUILESS_MAIN(TestRegistrySession)
#include "test_registry_session.moc"
