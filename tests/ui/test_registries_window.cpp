// The window's Registries dialog logs in to a real registry (htpasswd) with the real keychain
// (gnome-keyring), the Pull dialog lists the repository's tags and pulls one into the table, and logging out
// forgets the secret. (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/registry/LocalRegistry.h"
#include "core/registry/RegistryClient.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"
#include "ui/ChartTableModel.h"
#include "ui/LocalRegistryDialog.h"
#include "ui/MainWindow.h"
#include "ui/RegistriesDialog.h"
#include "ui/RemoteBrowser.h"
#include "ui/TransfersDock.h"

#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestRegistriesWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_home;
    std::unique_ptr<RegistryServer> m_registry;

    QString secret()
    {
        return QString::fromUtf8(run(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("charthouse"),
                QStringLiteral("user"), m_registry->host()})
                                     .out);
    }

private slots:
    void initTestCase()
    {
        m_home = m_tmp.path() + QStringLiteral("/home");
        QVERIFY(QDir().mkpath(m_home));
        useHome(m_home);
        m_registry = std::make_unique<RegistryServer>(
            RegistryServer::Options::htpasswd(QStringLiteral("guiuser"), QStringLiteral("Gui-Pass-3")));
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        if (!startKeyring(m_home, &why))
            QSKIP(qPrintable(why));
    }

    void loginPullLogout()
    {
        // A chart on the registry, pushed by the CLI with one-shot credentials.
        const QString source = m_tmp.path() + QStringLiteral("/source-cache");
        const QString chart = makeChart(
            m_tmp.path() + QStringLiteral("/src"), QStringLiteral("remote"), QStringLiteral("2.0.0"));
        const QString ref = m_registry->host() + QStringLiteral("/team/remote:2.0.0");
        QCOMPARE(run(cliPath(),
                     {QStringLiteral("--cache"), source, QStringLiteral("chart"), QStringLiteral("save"),
                         chart, ref})
                     .exitCode,
            0);
        const ProcessResult pushed = run(cliPath(),
            {QStringLiteral("--cache"), source, QStringLiteral("chart"), QStringLiteral("push"),
                QStringLiteral("-u"), QStringLiteral("guiuser"), QStringLiteral("--password-stdin"), ref},
            {}, "Gui-Pass-3");
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());

        MainWindow window(m_tmp.path() + QStringLiteral("/window-cache"));
        window.show();
        RegistriesDialog *registries = window.showRegistries();
        registries->hostEdit()->setText(m_registry->host());
        registries->userEdit()->setText(QStringLiteral("guiuser"));
        registries->passwordEdit()->setText(QStringLiteral("Gui-Pass-3"));
        QSignalSpy done(registries, &RegistriesDialog::done);
        registries->logIn();
        QVERIFY(done.wait(15000));
        QVERIFY2(done.first().first().toBool(), qPrintable(registries->message()));
        QCOMPARE(secret(), QStringLiteral("Gui-Pass-3"));
        QCOMPARE(registries->registries()->count(), 1);
        QVERIFY(registries->registries()->item(0)->text().startsWith(m_registry->host()));
        QVERIFY(registries->passwordEdit()->text().isEmpty());

        // Browse the repository and pull its tag: the row appears.
        RemoteBrowser *browser = window.showPull();
        browser->repositoryEdit()->setText(m_registry->host() + QStringLiteral("/team/remote"));
        QSignalSpy listed(browser, &RemoteBrowser::tagsListed);
        browser->listTags();
        QVERIFY(listed.wait(15000));
        QCOMPARE(browser->tags()->topLevelItemCount(), 1);
        // With the size and the creation date its manifest gives.
        QTreeWidgetItem *tag = browser->tags()->topLevelItem(0);
        QCOMPARE(tag->text(0), QStringLiteral("2.0.0"));
        QVERIFY2(tag->text(1).endsWith(QLatin1String(" B")) || tag->text(1).endsWith(QLatin1String("iB")),
            qPrintable(tag->text(1)));
        QVERIFY(!tag->text(2).isEmpty());
        tag->setSelected(true);
        browser->pullSelected();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 15000);
        QCOMPARE(window.model()->chart(0).ref.toString(), ref);
        QCOMPARE(window.transfers()->statusOf(QStringLiteral("Pull ") + ref), QStringLiteral("Finished"));

        // A chart typed by digest (as Helm 3.18+ takes it), nothing selected: Pull fetches that one.
        const QString digest = window.model()->chart(0).manifest.digest.toString();
        const QString byDigest = m_registry->host() + QStringLiteral("/team/remote@") + digest;
        browser->repositoryEdit()->setText(byDigest);
        browser->tags()->clearSelection();
        browser->pullSelected();
        QTRY_COMPARE_WITH_TIMEOUT(window.transfers()->statusOf(QStringLiteral("Pull ") + byDigest),
            QStringLiteral("Finished"), 15000);
        QCOMPARE(window.model()->chart(0).manifest.digest.toString(), digest);

        done.clear();
        registries->logOut();
        QVERIFY(done.wait(15000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(secret(), QString());
        QCOMPARE(registries->registries()->count(), 0);
    }

    void localTestRegistryFromTheWindow()
    {
        if (LocalRegistry::serverProgram().isEmpty())
            QSKIP("docker-registry is not installed");
        qputenv("XDG_STATE_HOME", (m_home + QStringLiteral("/.local/state")).toUtf8());
        const QString cache = m_tmp.path() + QStringLiteral("/local-cache");
        const QString address = QStringLiteral("127.0.0.1:%1").arg(freePort());
        const QString ref = address + QStringLiteral("/team/local:1.0.0");
        const QString chart = makeChart(
            m_tmp.path() + QStringLiteral("/local-src"), QStringLiteral("local"), QStringLiteral("1.0.0"));
        QCOMPARE(run(cliPath(),
                     {QStringLiteral("--cache"), cache, QStringLiteral("chart"), QStringLiteral("save"),
                         chart, ref})
                     .exitCode,
            0);
        MainWindow window(cache);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 10000);

        LocalRegistryDialog *dialog = window.showLocalRegistry();
        dialog->addressEdit()->setText(address);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->status(), QStringLiteral("No local registry runs on %1.").arg(address), 10000);
        const QString storage = m_tmp.path() + QStringLiteral("/local-storage");
        dialog->storageEdit()->setText(storage);
        dialog->userEdit()->setText(QStringLiteral("localuser"));
        dialog->passwordEdit()->setText(QStringLiteral("Local-Pass-9"));
        dialog->start();
        QVERIFY(dialog->passwordEdit()->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            window.transfers()->statusOf(QStringLiteral("Start a local registry on ") + address),
            QStringLiteral("Finished"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status().startsWith(QStringLiteral("Running on ") + address), 10000);
        // Logged in with the user it was started with: the push from the window is accepted.
        QTRY_COMPARE_WITH_TIMEOUT(window.transfers()->statusOf(QStringLiteral("Log in to ") + address),
            QStringLiteral("Finished"), 15000);
        window.view()->selectRow(0);
        window.push();
        QTRY_COMPARE_WITH_TIMEOUT(
            window.transfers()->statusOf(QStringLiteral("Push ") + ref), QStringLiteral("Finished"), 15000);

        dialog->stop();
        QTRY_COMPARE_WITH_TIMEOUT(
            window.transfers()->statusOf(QStringLiteral("Stop the local registry on ") + address),
            QStringLiteral("Finished"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->status(), QStringLiteral("No local registry runs on %1.").arg(address), 10000);
        QVERIFY(QFileInfo(storage + QStringLiteral("/docker"))
                    .isDir()); // the kept storage holds the pushed chart
    }

    void wrongPasswordSaysSoAndStoresNothing()
    {
        MainWindow window(m_tmp.path() + QStringLiteral("/window-cache2"));
        RegistriesDialog *registries = window.showRegistries();
        registries->hostEdit()->setText(m_registry->host());
        registries->userEdit()->setText(QStringLiteral("guiuser"));
        registries->passwordEdit()->setText(QStringLiteral("wrong"));
        QSignalSpy done(registries, &RegistriesDialog::done);
        registries->logIn();
        QVERIFY(done.wait(15000));
        QVERIFY(!done.first().first().toBool());
        QCOMPARE(registries->message(),
            m_registry->host() + QStringLiteral(": the user name or password was not accepted"));
        QCOMPARE(secret(), QString());
    }
};

QTEST_MAIN(TestRegistriesWindow)
#include "test_registries_window.moc"
