// The registry browser against real registries (docker-registry, no auth): the sidebar lists a registry's
// repositories from its catalog; a repository's versions come newest SemVer first with badges against the
// cache; pre-releases are hidden until asked for; pulling a selected version puts it in the cache; deleting
// on a registry without deletes says so plainly; deleting names the other tags of the same chart, Cancel by
// default.
#include "tests/ui/BrowserFixture.h"
#include "core/jobs/PullJob.h"
#include "core/registry/RegistryClient.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/RemoteCharts.h"
#include "tests/support/TestSupport.h"
#include "ui/ListingPlaceholder.h"
#include "ui/MainWindow.h"
#include "ui/RegistryBrowser.h"
#include "ui/RegistrySidebar.h"
#include "ui/VersionsModel.h"
#include "ui/VersionsPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestBrowserWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    std::unique_ptr<RegistryServer> m_noDeletes;
    QTranslator m_english;
    RegistryClient m_client;
    QList<Job *> m_jobs;

    QString cacheRoot() const { return m_tmp.path() + QStringLiteral("/cache"); }
    Reference repository(const RegistryServer &server, const QString &name) const
    {
        return *Reference::parseRepository(server.host() + QLatin1Char('/') + name);
    }

    std::unique_ptr<RegistryBrowser> browser(Clock clock = {})
    {
        auto made = std::make_unique<RegistryBrowser>(new QWidget,
            RegistryBrowser::Services {
                cacheRoot(), m_tmp.path() + QStringLiteral("/remote"), &m_client,
                [this](Job *job) {
                    m_jobs.append(job);
                    job->start();
                },
                std::move(clock), MetadataCache::defaultSizeLimit});
        made->toggleAction()->setChecked(true);
        made->show();
        return made;
    }

    // The longest the GUI thread may be busy at once: 100 ms (a user notices beyond it); four times that in the
    // AddressSanitizer build (Debug, every access checked), which measures correctness, not speed.
    static qint64 stallLimit() { return qEnvironmentVariableIntValue("CHARTHOUSE_SANITIZE") ? 400 : 100; }

    static QStringList shownVersions(const VersionsPanel *panel)
    {
        QStringList versions;
        const QAbstractItemModel *model = panel->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            versions.append(model->index(row, VersionsModel::VersionColumn).data().toString());
        return versions;
    }

    // Runs an action that asks for a text (Copy to…, Add tag…), answers it and waits until its job finished.
    static bool answerText(VersionsPanel *panel, void (VersionsPanel::*action)(), const QString &text)
    {
        QSignalSpy asked(panel, &VersionsPanel::dialogShown);
        (panel->*action)();
        if (asked.isEmpty() && !asked.wait(5000))
            return false;
        auto *input = qobject_cast<QInputDialog *>(asked.first().first().value<QDialog *>());
        if (!input)
            return false;
        QSignalSpy done(panel, &VersionsPanel::actionFinished);
        input->setTextValue(text);
        input->accept();
        return done.wait(15000);
    }

    static QString badgesOf(const VersionsPanel *panel, const QString &version)
    {
        const QAbstractItemModel *model = panel->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, VersionsModel::VersionColumn).data().toString() == version)
                return model->index(row, VersionsModel::BadgesColumn).data().toString();
        return QStringLiteral("(no such row)");
    }

private slots:
    void cleanupTestCase()
    {
        // The window's own tracker parents its jobs; this one owns what it started.
        qDeleteAll(m_jobs);
        m_jobs.clear();
    }

    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_tmp.path() + QStringLiteral("/xdg-cache")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        QVERIFY(m_english.load(QStringLiteral(":/i18n/charthouse_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        m_noDeletes = std::make_unique<RegistryServer>(RegistryServer::Options::withoutDeletes());
        QVERIFY2(m_noDeletes->start(&why), qPrintable(why));
        // Pushed in neither text nor version order.
        for (const QString &tag : {QStringLiteral("1.1.0"), QStringLiteral("1.10.0"),
                 QStringLiteral("2.0.0-rc.1"), QStringLiteral("1.2.0"), QStringLiteral("1.0.0")})
            QVERIFY2(
                !pushRemoteChart(repository(*m_registry, QStringLiteral("team/app")), tag, &why).isEmpty(),
                qPrintable(why));
        QVERIFY2(!pushRemoteChart(
                     repository(*m_registry, QStringLiteral("team/other")), QStringLiteral("0.1.0"), &why)
                      .isEmpty(),
            qPrintable(why));
        QVERIFY2(
            !pushRemoteChart(repository(*m_noDeletes, QStringLiteral("kept")), QStringLiteral("1.0.0"), &why)
                 .isEmpty(),
            qPrintable(why));
        // 1.1.0 in the cache: older than the newest remote version.
        PullJob pull(cacheRoot(),
            repository(*m_registry, QStringLiteral("team/app")).withTag(QStringLiteral("1.1.0")), &m_client);
        QSignalSpy pulled(&pull, &Job::finished);
        pull.start();
        QVERIFY(pulled.wait(15000));
        QVERIFY2(!pull.error(), qPrintable(pull.error() ? pull.error()->message() : QString()));
    }

    void theWindowShowsTheChartTableUntilTheBrowserIsAskedFor()
    {
        MainWindow window(m_tmp.path() + QStringLiteral("/window-cache"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RegistryBrowser *shown = window.browser();
        QVERIFY(!shown->sidebar()->isVisible());
        QVERIFY(window.view()->isVisibleTo(&window) || window.placeholder()->isVisibleTo(&window));
        QMenu *view = nullptr;
        for (QAction *menuAction : window.menuBar()->actions())
            if (menuAction->text() == QLatin1String("&View"))
                view = menuAction->menu();
        QVERIFY(view && view->actions().contains(shown->toggleAction()));
        shown->toggleAction()->trigger();
        QVERIFY(shown->sidebar()->isVisible());
        QVERIFY(!shown->showsVersions()); // "Local cache" first: the chart table
        QCOMPARE(shown->sidebar()->tree()->currentIndex().data().toString(), QStringLiteral("Local cache"));
        shown->toggleAction()->trigger();
        QVERIFY(!shown->sidebar()->isVisible());
    }

    // The window's Re&fresh (F5) lists the versions shown again, each tag checked; on the chart table it reloads
    // the cache as before.
    void windowRefreshRechecksTheVersionsShown()
    {
        MainWindow window(m_tmp.path() + QStringLiteral("/refresh-cache"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RegistryBrowser *shown = window.browser();
        shown->toggleAction()->trigger();
        QAction *refresh = nullptr;
        for (QAction *candidate : window.findChildren<QAction *>())
            if (candidate->shortcut() == QKeySequence(QKeySequence::Refresh))
                refresh = candidate;
        QVERIFY(refresh);
        QSignalSpy reloaded(&window, &MainWindow::refreshed);
        refresh->trigger();
        QVERIFY(reloaded.wait(15000)); // the chart table

        RegistrySidebar *sidebar = shown->sidebar();
        sidebar->addRegistry(m_registry->host());
        QSignalSpy listed(sidebar, &RegistrySidebar::repositoriesListed);
        sidebar->listRepositories(m_registry->host());
        QVERIFY(listed.wait(15000));
        QSignalSpy versions(shown->versions(), &VersionsPanel::versionsListed);
        sidebar->selectRepository(repository(*m_registry, QStringLiteral("team/other")));
        QVERIFY(versions.wait(15000));
        QVERIFY(shown->showsVersions());
        versions.clear();
        refresh->trigger();
        QVERIFY(versions.wait(15000));
        QCOMPARE(shownVersions(shown->versions()), QStringList {QStringLiteral("0.1.0")});
    }

    void sidebarListsTheCatalog()
    {
        const auto shown = browser();
        RegistrySidebar *sidebar = shown->sidebar();
        sidebar->addRegistry(m_registry->host());
        QVERIFY(sidebar->registries().contains(m_registry->host()));
        QSignalSpy listed(sidebar, &RegistrySidebar::repositoriesListed);
        sidebar->listRepositories(m_registry->host());
        QVERIFY(listed.wait(15000));
        QStringList repositories = sidebar->repositoriesOf(m_registry->host());
        repositories.sort();
        QCOMPARE(repositories, (QStringList {QStringLiteral("team/app"), QStringLiteral("team/other")}));

        // Choosing one shows its versions instead of the chart table.
        QSignalSpy versions(shown->versions(), &VersionsPanel::versionsListed);
        sidebar->selectRepository(repository(*m_registry, QStringLiteral("team/other")));
        QVERIFY(shown->showsVersions());
        QVERIFY(versions.wait(15000));
        QCOMPARE(shownVersions(shown->versions()), QStringList {QStringLiteral("0.1.0")});
        // The filter narrows the repositories.
        sidebar->filterEdit()->setText(QStringLiteral("oth"));
        QCOMPARE(sidebar->tree()->model()->rowCount(), 1); // the registry, holding team/other
    }

    // A catalog of 2,000 repositories (made in the registry's storage: distribution lists a directory holding
    // _layers) fills the sidebar page by page, and the GUI thread never stalls: the longest gap between the
    // ticks of a 10 ms timer stays under 100 ms, while listing and while filtering.
    void largeCatalogListsProgressivelyWithoutStalling()
    {
        RegistryServer large;
        QString why;
        QVERIFY2(large.start(&why), qPrintable(why));
        const QString repositories = large.storagePath() + QStringLiteral("/docker/registry/v2/repositories/bulk/");
        for (int i = 0; i < 2000; ++i)
            QVERIFY(QDir().mkpath(repositories + QStringLiteral("chart-%1/_layers").arg(i, 4, 10, QLatin1Char('0'))));
        const auto shown = browser();
        RegistrySidebar *sidebar = shown->sidebar();
        sidebar->addRegistry(large.host());

        QElapsedTimer clock;
        qint64 last = 0, longestGap = 0;
        QTimer ticks;
        ticks.setInterval(10);
        connect(&ticks, &QTimer::timeout, this, [&] {
            longestGap = qMax(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        QList<int> shownBeforeListed; // how many repositories the sidebar held after each insert
        bool listedYet = false;
        connect(sidebar->tree()->model(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent) {
            if (parent.isValid() && !listedYet)
                shownBeforeListed.append(int(sidebar->repositoriesOf(large.host()).size()));
        });
        QSignalSpy listed(sidebar, &RegistrySidebar::repositoriesListed);
        connect(sidebar, &RegistrySidebar::repositoriesListed, this, [&] { listedYet = true; });
        QModelIndex registryRow;
        for (int row = 0; row < sidebar->tree()->model()->rowCount(); ++row)
            if (sidebar->tree()->model()->index(row, 0).data().toString() == large.host())
                registryRow = sidebar->tree()->model()->index(row, 0);
        QVERIFY(registryRow.isValid());
        clock.start();
        ticks.start();
        sidebar->tree()->expand(registryRow); // what the user does: the listing starts, its rows in view
        QVERIFY(listed.wait(60000));
        const qint64 listingGap = qMax(longestGap, clock.elapsed() - last);
        qInfo("2,000-repository catalog listed in %lld ms, longest GUI-thread gap %lld ms", clock.elapsed(), listingGap);
        QVERIFY2(listingGap < stallLimit(), qPrintable(QStringLiteral("stalled %1 ms while listing").arg(listingGap)));
        QCOMPARE(sidebar->repositoriesOf(large.host()).size(), 2000);
        shownBeforeListed.removeAll(0); // the "Listing repositories…" note
        QVERIFY2(!shownBeforeListed.isEmpty() && shownBeforeListed.first() <= 100, // the first page, shown at once
            qPrintable(QStringLiteral("shown before the listing ended: %1").arg(shownBeforeListed.size())));
        QVERIFY2(shownBeforeListed.size() <= 2000 / 100 + 1, // a page in one insert, not a row at a time
            qPrintable(QStringLiteral("%1 inserts").arg(shownBeforeListed.size())));

        // Filtered a keystroke at a time.
        longestGap = 0;
        last = clock.elapsed();
        for (const QString &text : {QStringLiteral("c"), QStringLiteral("ch"), QStringLiteral("chart-01"),
                 QStringLiteral("chart-019"), QStringLiteral("chart-0199"), QString()}) {
            sidebar->filterEdit()->setText(text);
            QTest::qWait(15);
        }
        const qint64 filterGap = qMax(longestGap, clock.elapsed() - last);
        sidebar->filterEdit()->setText(QStringLiteral("chart-0199"));
        const QAbstractItemModel *tree = sidebar->tree()->model();
        QCOMPARE(tree->rowCount(), 1); // the registry, holding the one repository that matches
        QCOMPARE(tree->index(0, 0).data().toString(), large.host());
        QCOMPARE(tree->rowCount(tree->index(0, 0)), 1);
        ticks.stop();
        qInfo("%d inserts before the last page (the first showed %d); longest GUI-thread gap %lld ms while "
              "filtering",
            int(shownBeforeListed.size()), shownBeforeListed.first(), filterGap);
        QVERIFY2(filterGap < stallLimit(), qPrintable(QStringLiteral("stalled %1 ms while filtering").arg(filterGap)));
    }

    // Within the freshness window a repository shows its last listing after the tag list alone (a tag moved
    // meanwhile keeps its row); Refresh asks for every tag again and shows the new digest.
    void refreshShowsATagThatMoved()
    {
        QString why;
        const Reference moving = repository(*m_registry, QStringLiteral("team/moving"));
        QVERIFY2(!pushRemoteChart(moving, QStringLiteral("1.0.0"), &why).isEmpty(), qPrintable(why));
        QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        const auto shown = browser([&now] { return now; });
        VersionsPanel *panel = shown->versions();
        const auto digestShown = [panel] {
            return panel->view()->model()->index(0, VersionsModel::DigestColumn).data().toString();
        };
        QVERIFY(listVersions(*shown, moving));
        const QString before = digestShown();
        QVERIFY(!before.isEmpty());
        QVERIFY2(!pushRemoteChart(m_client, moving, QStringLiteral("1.0.0"), RemoteChart {QStringLiteral("1.0.0"), true}, &why)
                      .isEmpty(),
            qPrintable(why));
        now = now.addSecs(60);
        QVERIFY(listVersions(*shown, moving));
        QCOMPARE(digestShown(), before);

        QPushButton *refresh = nullptr;
        for (QPushButton *button : panel->findChildren<QPushButton *>())
            if (button->text() == QLatin1String("&Refresh"))
                refresh = button;
        QVERIFY(refresh && refresh->isEnabled());
        QSignalSpy listed(panel, &VersionsPanel::versionsListed);
        refresh->click();
        QVERIFY(listed.wait(15000));
        QVERIFY2(digestShown() != before, qPrintable(digestShown()));
    }

    void versionsComeNewestFirstWithBadges()
    {
        const auto shown = browser();
        QVERIFY(listVersions(*shown, repository(*m_registry, QStringLiteral("team/app"))));
        const VersionsPanel *panel = shown->versions();
        QCOMPARE(shownVersions(panel),
            (QStringList {QStringLiteral("1.10.0"), QStringLiteral("1.2.0"), QStringLiteral("1.1.0"),
                QStringLiteral("1.0.0")}));
        QCOMPARE(badgesOf(panel, QStringLiteral("1.1.0")), QStringLiteral("In cache, Newer remote"));
        QCOMPARE(badgesOf(panel, QStringLiteral("1.2.0")), QString());
        QCOMPARE(panel->view()->model()->index(0, VersionsModel::AppVersionColumn).data().toString(),
            QStringLiteral("app-1.10.0"));
        QCOMPARE(panel->message(), QStringLiteral("5 versions, 1 pre-release hidden"));
    }

    void prereleasesShowOnlyWhenAsked()
    {
        const auto shown = browser();
        QVERIFY(listVersions(*shown, repository(*m_registry, QStringLiteral("team/app"))));
        VersionsPanel *panel = shown->versions();
        QVERIFY(!shownVersions(panel).contains(QStringLiteral("2.0.0-rc.1")));
        panel->prereleaseBox()->setChecked(true);
        QCOMPARE(shownVersions(panel).first(), QStringLiteral("2.0.0-rc.1"));
        QCOMPARE(shownVersions(panel).size(), 5);
        panel->prereleaseBox()->setChecked(false);
        QCOMPARE(shownVersions(panel).size(), 4);
    }

    void pullingASelectedVersionPutsItInTheCache()
    {
        const auto shown = browser();
        const Reference app = repository(*m_registry, QStringLiteral("team/app"));
        QVERIFY(listVersions(*shown, app));
        VersionsPanel *panel = shown->versions();
        QCOMPARE(badgesOf(panel, QStringLiteral("1.0.0")), QString());
        panel->selectTag(QStringLiteral("1.0.0"));
        QCOMPARE(panel->selectedVersions().size(), 1);
        QSignalSpy done(panel, &VersionsPanel::actionFinished);
        panel->pullSelected();
        QVERIFY(done.wait(15000));
        QVERIFY(!m_jobs.last()->error());
        QVERIFY(listVersions(*shown, app));
        QCOMPARE(badgesOf(panel, QStringLiteral("1.0.0")), QStringLiteral("In cache, Newer remote"));
    }

    void copyToAnotherRepositoryKeepsTheVersion()
    {
        const auto shown = browser();
        QVERIFY(listVersions(*shown, repository(*m_registry, QStringLiteral("team/other"))));
        VersionsPanel *panel = shown->versions();
        panel->selectTag(QStringLiteral("0.1.0"));
        // No tag: the same one.
        QVERIFY(answerText(
            panel, &VersionsPanel::copySelected, m_registry->host() + QStringLiteral("/team/copied")));
        QVERIFY2(!m_jobs.last()->error(), qPrintable(panel->message()));
        QVERIFY(listVersions(*shown, repository(*m_registry, QStringLiteral("team/copied"))));
        QCOMPARE(shownVersions(panel), QStringList {QStringLiteral("0.1.0")});
    }

    void deleteWhereTheRegistryRefusesSaysSo()
    {
        const auto shown = browser();
        QVERIFY(listVersions(*shown, repository(*m_noDeletes, QStringLiteral("kept"))));
        VersionsPanel *panel = shown->versions();
        panel->selectTag(QStringLiteral("1.0.0"));
        QSignalSpy asked(panel, &VersionsPanel::dialogShown);
        panel->deleteSelected();
        QVERIFY(asked.wait(15000));
        auto *question = qobject_cast<QMessageBox *>(asked.first().first().value<QDialog *>());
        QVERIFY(question);
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        QSignalSpy done(panel, &VersionsPanel::actionFinished);
        for (QAbstractButton *button : question->buttons())
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        QVERIFY(done.wait(15000));
        QVERIFY2(panel->message().contains(QStringLiteral("does not allow deleting")),
            qPrintable(panel->message()));
    }

    void deleteNamesTheOtherTagsOfTheSameChart()
    {
        QString why;
        const Reference shared = repository(*m_registry, QStringLiteral("team/shared"));
        const QByteArray manifest = pushRemoteChart(shared, QStringLiteral("3.0.0"), &why);
        QVERIFY2(!manifest.isEmpty(), qPrintable(why));
        QVERIFY2(!pushRemoteChart(shared, QStringLiteral("3.1.0"), &why).isEmpty(), qPrintable(why));
        // "stable" for the same chart: the same manifest under a second tag (a retag).
        {
            const auto shown = browser();
            QVERIFY(listVersions(*shown, shared));
            shown->versions()->selectTag(QStringLiteral("3.0.0"));
            QVERIFY(answerText(shown->versions(), &VersionsPanel::tagSelected, QStringLiteral("stable")));
            QVERIFY2(!m_jobs.last()->error(), qPrintable(shown->versions()->message()));
        }
        const auto shown = browser();
        QVERIFY(listVersions(*shown, shared));
        VersionsPanel *panel = shown->versions();
        QVERIFY(shownVersions(panel).contains(QStringLiteral("stable")));
        panel->selectTag(QStringLiteral("3.0.0"));
        QSignalSpy asked(panel, &VersionsPanel::dialogShown);
        panel->deleteSelected();
        QVERIFY(asked.wait(15000));
        auto *question = qobject_cast<QMessageBox *>(asked.first().first().value<QDialog *>());
        QVERIFY(question);
        QVERIFY2(
            question->text().contains(QStringLiteral("also tagged stable")), qPrintable(question->text()));
        QSignalSpy done(panel, &VersionsPanel::actionFinished);
        for (QAbstractButton *button : question->buttons())
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        QVERIFY(done.wait(15000));
        QVERIFY(listVersions(*shown, shared));
        QCOMPARE(shownVersions(panel), QStringList {QStringLiteral("3.1.0")});
    }
};

QTEST_MAIN(TestBrowserWindow)
#include "test_browser_window.moc"
