// The registry browser's actions against real registries (docker-registry; token auth from TokenIssuer): a
// remote version's Details window opened by Enter, double-click or Details…, read into the browser's own
// store with the chart cache untouched, busy while it downloads, cancellable, a problem said in words;
// several versions deleted after one question naming every tag that goes, one DeleteJob per digest, and a
// registry refusing deletes saying so once; where the catalog is denied, the repositories known here and
// those added by hand (kept for the next session).
#include "core/jobs/DeleteJob.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/SaveJob.h"
#include "tests/registry/TokenIssuer.h"
#include "tests/support/JobTestSupport.h"
#include "tests/support/RemoteCharts.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/BrowserFixture.h"
#include "ui/ChartDetailsDialog.h"
#include "ui/RegistrySidebar.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBrowserActions : public QObject, public BrowserFixture
{
    Q_OBJECT

    static QModelIndex rowOf(const VersionsPanel *panel, const QString &tag)
    {
        const QAbstractItemModel *model = panel->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(VersionsModel::TagRole).toString() == tag)
                return model->index(row, 0);
        return {};
    }

    // Saves a real chart (with a README) into a cache of its own and pushes it: what Details reads.
    bool pushRealChart(const Reference &ref, QString *why)
    {
        const QString source = m_tmp.path() + QStringLiteral("/source-cache");
        const QString chart
            = makeChart(m_tmp.path() + QStringLiteral("/src-") + ref.tag(), QStringLiteral("web"), ref.tag(),
                {{QStringLiteral("README.md"), QByteArray("# Web\n\nThe remote readme.\n")}});
        SaveJob save(source, chart, ref, {});
        PushJob push(source, ref, &m_client);
        if (!runToEnd(save) || !runToEnd(push)) {
            *why = failureOf(save) + failureOf(push);
            return false;
        }
        return true;
    }

    // Asks to delete the selected versions, checks the question and answers Delete; waits for the end.
    static QMessageBox *askToDelete(VersionsPanel *panel)
    {
        QSignalSpy asked(panel, &VersionsPanel::dialogShown);
        panel->deleteSelected();
        if (!asked.wait(15000))
            return nullptr;
        return qobject_cast<QMessageBox *>(asked.first().first().value<QDialog *>());
    }

    static bool answerDelete(VersionsPanel *panel, QMessageBox *question)
    {
        QSignalSpy done(panel, &VersionsPanel::actionFinished);
        for (QAbstractButton *button : question->buttons())
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        return done.wait(15000);
    }

    int deleteJobs() const
    {
        return static_cast<int>(std::count_if(m_jobs.begin(), m_jobs.end(),
            [](Job *job) { return qobject_cast<DeleteJob *>(job) != nullptr; }));
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!setUpBrowserFixture(&why))
            QSKIP(qPrintable(why));
        // The chart cache holds one chart, so that its index.json exists to be compared.
        const Reference other
            = repository(m_registry->host(), QStringLiteral("team/other")).withTag(QStringLiteral("0.1.0"));
        QVERIFY2(!pushRemoteChart(other, other.tag(), &why).isEmpty(), qPrintable(why));
        PullJob pull(cacheRoot(), other, &m_client);
        QVERIFY2(runToEnd(pull), qPrintable(failureOf(pull)));
    }

    void detailsOfARemoteVersionLeaveTheCacheAlone()
    {
        const Reference web = repository(m_registry->host(), QStringLiteral("charts/web"));
        QString why;
        QVERIFY2(pushRealChart(web.withTag(QStringLiteral("1.0.0")), &why), qPrintable(why));
        const QByteArray index = contentOf(cacheRoot() + QStringLiteral("/index.json"));
        const QStringList cached = filesBelow(cacheRoot());
        QVERIFY(!index.isEmpty());

        const auto shown = browser();
        QVERIFY(listVersions(*shown, web));
        VersionsPanel *panel = shown->versions();
        const QModelIndex row = rowOf(panel, QStringLiteral("1.0.0"));
        QVERIFY(row.isValid());
        panel->view()->setFocus();
        panel->view()->setCurrentIndex(row);
        QSignalSpy opened(shown.get(), &RegistryBrowser::detailsShown);
        QTest::keyClick(panel->view(), Qt::Key_Return); // Enter
        QCOMPARE(opened.size(), 1);
        auto *dialog = opened.first().first().value<ChartDetailsDialog *>();
        QCOMPARE(dialog->windowTitle(), web.withTag(QStringLiteral("1.0.0")).toString());
        QVERIFY(dialog->isBusy());
        QVERIFY2(
            dialog->statusText().contains(QStringLiteral("Downloading")), qPrintable(dialog->statusText()));
        QSignalSpy loaded(dialog, &ChartDetailsDialog::loaded);
        QVERIFY(loaded.wait(15000));
        QVERIFY(!dialog->isBusy());
        QVERIFY2(dialog->tabText(QStringLiteral("readme")).contains(QStringLiteral("The remote readme.")),
            qPrintable(dialog->statusText()));
        QVERIFY(dialog->tabText(QStringLiteral("chart-yaml")).contains(QStringLiteral("name: web")));
        QVERIFY(dialog->tabText(QStringLiteral("values")).contains(QStringLiteral("replicaCount")));
        QVERIFY(dialog->tabText(QStringLiteral("manifest"))
                    .contains(QStringLiteral("application/vnd.cncf.helm.chart.content.v1.tar+gzip")));
        QVERIFY(dialog->tabText(QStringLiteral("config")).contains(QStringLiteral("\"name\": \"web\"")));
        QVERIFY(!filesBelow(storeRoot() + QStringLiteral("/blobs")).isEmpty());
        // Nothing went into the chart cache.
        QCOMPARE(contentOf(cacheRoot() + QStringLiteral("/index.json")), index);
        QCOMPARE(filesBelow(cacheRoot()), cached);
        dialog->close();

        // A double-click opens it too, and the Details… button; the second look downloads nothing new.
        const QStringList stored = filesBelow(storeRoot() + QStringLiteral("/blobs"));
        const QRect cell = panel->view()->visualRect(rowOf(panel, QStringLiteral("1.0.0")));
        // As the platform sends a double-click: press, release, double-click, release.
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(panel->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(panel->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(opened.size(), 2);
        QSignalSpy loadedAgain(
            opened.last().first().value<ChartDetailsDialog *>(), &ChartDetailsDialog::loaded);
        QVERIFY(loadedAgain.wait(15000));
        QCOMPARE(filesBelow(storeRoot() + QStringLiteral("/blobs")), stored);
        QPushButton *details = nullptr;
        for (QPushButton *button : panel->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("D&etails…"))
                details = button;
        QVERIFY(details && details->isEnabled());
        details->click();
        QCOMPARE(opened.size(), 3);
        QSignalSpy loadedThird(
            opened.last().first().value<ChartDetailsDialog *>(), &ChartDetailsDialog::loaded);
        QVERIFY(loadedThird.wait(15000));
        QCOMPARE(contentOf(cacheRoot() + QStringLiteral("/index.json")), index);
    }

    void remoteDetailsCanBeCancelledAndSayWhatWentWrong()
    {
        const Reference web = repository(m_registry->host(), QStringLiteral("charts/cancel"));
        QString why;
        QVERIFY2(pushRealChart(web.withTag(QStringLiteral("2.0.0")), &why), qPrintable(why));
        const auto shown = browser();
        ChartDetailsDialog *dialog = shown->showDetails(web.withTag(QStringLiteral("2.0.0")));
        QVERIFY(dialog->isBusy());
        QSignalSpy loaded(dialog, &ChartDetailsDialog::loaded);
        dialog->cancelLoading();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000); // maybe at once
        QVERIFY(!dialog->isBusy());
        QVERIFY2(
            dialog->statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(dialog->statusText()));
        QVERIFY(filesBelow(storeRoot() + QStringLiteral("/ingest")).isEmpty());
        // Closing while it downloads cancels too.
        ChartDetailsDialog *closed = shown->showDetails(web.withTag(QStringLiteral("2.0.0")));
        QPointer<ChartDetailsDialog> watched(closed);
        closed->close();
        QTRY_VERIFY(watched.isNull());

        // Not a chart (a layer that is no gzip'd tar): the problem in words, nothing busy.
        const Reference broken = repository(m_registry->host(), QStringLiteral("charts/broken"));
        QVERIFY2(!pushRemoteChart(broken, QStringLiteral("1.0.0"), &why).isEmpty(), qPrintable(why));
        ChartDetailsDialog *problem = shown->showDetails(broken.withTag(QStringLiteral("1.0.0")));
        QSignalSpy failed(problem, &ChartDetailsDialog::loaded);
        QVERIFY(failed.wait(15000));
        QVERIFY(!problem->isBusy());
        QVERIFY(!problem->statusText().isEmpty());
        QVERIFY2(!problem->statusText().contains(QStringLiteral("Downloading")),
            qPrintable(problem->statusText()));
        QVERIFY(problem->tabText(QStringLiteral("manifest")).isEmpty());
    }

    void severalVersionsGoAfterOneQuestion()
    {
        const Reference many = repository(m_registry->host(), QStringLiteral("team/many"));
        QString why;
        QByteArray first;
        QByteArray second;
        for (const QString &tag :
            {QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), QStringLiteral("2.0.0")}) {
            const QByteArray manifest = pushRemoteChart(m_client, many, tag, RemoteChart {tag}, &why);
            QVERIFY2(!manifest.isEmpty(), qPrintable(why));
            if (tag == QLatin1String("1.0.0"))
                first = manifest;
            else if (tag == QLatin1String("1.1.0"))
                second = manifest;
        }
        // stable = 1.0.0 and latest = 1.1.0: the same manifests under second tags.
        for (const auto &[tag, manifest] :
            {std::pair {QStringLiteral("stable"), first}, std::pair {QStringLiteral("latest"), second}})
            QVERIFY(awaitCall<Digest>([&](auto done) {
                return m_client.putManifest(
                    many.withTag(tag), QString::fromLatin1(MediaTypes::ociManifest), manifest, done);
            }).ok());

        const auto shown = browser();
        QVERIFY(listVersions(*shown, many));
        VersionsPanel *panel = shown->versions();
        for (const QString &tag :
            {QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), QStringLiteral("latest")})
            panel->selectTag(tag);
        QCOMPARE(panel->selectedVersions().size(), 3);
        QMessageBox *question = askToDelete(panel);
        QVERIFY(question);
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        const QString text = question->text();
        QVERIFY2(text.startsWith(QStringLiteral("Delete 3 versions of ") + many.name()), qPrintable(text));
        // 1.0.0 takes stable with it; 1.1.0 and latest are one chart, both chosen.
        QVERIFY2(
            text.contains(QStringLiteral("1.0.0 (the same chart is also tagged stable: those tags go too)")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("• 1.1.0, latest\n"))
                || text.contains(QStringLiteral("• latest, 1.1.0\n"))
                || text.endsWith(QStringLiteral("• 1.1.0, latest"))
                || text.endsWith(QStringLiteral("• latest, 1.1.0")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("2.0.0")));
        const int before = deleteJobs();
        QVERIFY(answerDelete(panel, question));
        QCOMPARE(deleteJobs() - before, 2); // one per digest
        // Listed again once, the outcome kept beside the new count.
        QTRY_COMPARE_WITH_TIMEOUT(shownVersions(panel), QStringList {QStringLiteral("2.0.0")}, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->message().endsWith(QStringLiteral("1 version")), 15000);
        QVERIFY2(panel->message().startsWith(QStringLiteral("Deleted ")), qPrintable(panel->message()));
        QVERIFY2(panel->message().contains(QStringLiteral("1.0.0")), qPrintable(panel->message()));
    }

    void aRegistryRefusingDeletesSaysSoOnce()
    {
        const Reference kept = repository(m_noDeletes->host(), QStringLiteral("kept"));
        QString why;
        for (const QString &tag : {QStringLiteral("1.0.0"), QStringLiteral("2.0.0"), QStringLiteral("3.0.0")})
            QVERIFY2(!pushRemoteChart(kept, tag, &why).isEmpty(), qPrintable(why));
        const auto shown = browser();
        QVERIFY(listVersions(*shown, kept));
        VersionsPanel *panel = shown->versions();
        for (const QString &tag : {QStringLiteral("1.0.0"), QStringLiteral("2.0.0"), QStringLiteral("3.0.0")})
            panel->selectTag(tag);
        QMessageBox *question = askToDelete(panel);
        QVERIFY(question);
        const int before = deleteJobs();
        QVERIFY(answerDelete(panel, question));
        QCOMPARE(deleteJobs() - before, 1); // the others would meet the same refusal
        const QString message = panel->message();
        QCOMPARE(message.count(QStringLiteral("does not allow deleting")), 1);
        QVERIFY2(!message.contains(QStringLiteral("Deleted")), qPrintable(message));
        QVERIFY(listVersions(*shown, kept));
        QCOMPARE(shownVersions(panel).size(), 3);
    }

    void whereTheCatalogIsDeniedTheKnownAndAddedRepositoriesAreListed()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl missing");
        TokenIssuer issuer(QStringLiteral("tokenuser"), QStringLiteral("Token-Pass-3"));
        issuer.withheldScopeTypes = {QStringLiteral("registry")}; // no catalog scope
        QString why;
        QVERIFY2(issuer.start(&why), qPrintable(why));
        RegistryServer tokenRegistry(issuer.registryOptions());
        QVERIFY2(tokenRegistry.start(&why), qPrintable(why));
        const QString host = tokenRegistry.host();
        m_client.setCredentials(
            host, Credentials {QStringLiteral("tokenuser"), QStringLiteral("Token-Pass-3")});
        // Pushed from the chart cache, and pulled into it.
        const Reference pushed = *Reference::parse(host + QStringLiteral("/tok/pushed:0.1.0"));
        SaveJob save(cacheRoot(),
            makeChart(
                m_tmp.path() + QStringLiteral("/tok-src"), QStringLiteral("pushed"), QStringLiteral("0.1.0")),
            pushed, {});
        QVERIFY2(runToEnd(save), qPrintable(failureOf(save)));
        PushJob push(cacheRoot(), pushed, &m_client);
        QVERIFY2(runToEnd(push), qPrintable(failureOf(push)));
        const Reference pulled = repository(host, QStringLiteral("tok/pulled"));
        QVERIFY2(!pushRemoteChart(
                     m_client, pulled, QStringLiteral("1.0.0"), RemoteChart {QStringLiteral("1.0.0")}, &why)
                      .isEmpty(),
            qPrintable(why));
        PullJob pull(cacheRoot(), pulled.withTag(QStringLiteral("1.0.0")), &m_client);
        QVERIFY2(runToEnd(pull), qPrintable(failureOf(pull)));

        {
            const auto shown = browser();
            RegistrySidebar *sidebar = shown->sidebar();
            sidebar->addRegistry(host);
            QSignalSpy listed(sidebar, &RegistrySidebar::repositoriesListed);
            sidebar->listRepositories(host);
            QVERIFY(listed.wait(15000));
            QCOMPARE(sidebar->repositoriesOf(host),
                (QStringList {QStringLiteral("tok/pulled"), QStringLiteral("tok/pushed")}));
            QVERIFY(issuer.scopesAsked.contains(QStringLiteral("registry:catalog:*")));
            const QModelIndex registry = sidebar->tree()
                                             ->model()
                                             ->match(sidebar->tree()->model()->index(0, 0), Qt::DisplayRole,
                                                 host, 1, Qt::MatchExactly)
                                             .value(0);
            QVERIFY(registry.isValid());
            QCOMPARE(sidebar->tree()->model()->index(0, 0, registry).data().toString(),
                QStringLiteral("No catalog here: the repositories known on this computer"));

            // Add repository…: a name that is none is refused in words; a good one is listed and chosen.
            QSignalSpy asked(sidebar, &RegistrySidebar::dialogShown);
            sidebar->addRepositoryButton()->click();
            QCOMPARE(asked.size(), 1);
            auto *input = qobject_cast<QInputDialog *>(asked.last().first().value<QDialog *>());
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Not A Repository!"));
            input->accept();
            QCOMPARE(asked.size(), 2);
            auto *refused = qobject_cast<QMessageBox *>(asked.last().first().value<QDialog *>());
            QVERIFY(refused);
            QVERIFY2(
                refused->text().contains(QStringLiteral("Not A Repository!")), qPrintable(refused->text()));
            refused->close();

            sidebar->tree()->setCurrentIndex(sidebar->tree()->model()->index(0, 0, registry).siblingAtRow(1));
            sidebar->addRepositoryButton()->click();
            input = qobject_cast<QInputDialog *>(asked.last().first().value<QDialog *>());
            QVERIFY(input);
            QCOMPARE(input->textValue(), host + QLatin1Char('/')); // the registry chosen in the tree
            QSignalSpy added(sidebar, &RegistrySidebar::repositoryAdded);
            input->setTextValue(host + QStringLiteral("/tok/by-hand"));
            input->accept();
            QVERIFY(added.wait(15000));
            QVERIFY(sidebar->repositoriesOf(host).contains(QStringLiteral("tok/by-hand")));
            QVERIFY(shown->showsVersions());
            QCOMPARE(shown->versions()->repository(), repository(host, QStringLiteral("tok/by-hand")));
        }

        // The next session: the registry is there (no login: added by hand), with the repository.
        const auto next = browser();
        RegistrySidebar *sidebar = next->sidebar();
        QSignalSpy reloaded(sidebar, &RegistrySidebar::registriesReloaded);
        sidebar->reloadRegistries();
        QVERIFY(reloaded.wait(15000));
        QVERIFY(sidebar->registries().contains(host));
        QSignalSpy listed(sidebar, &RegistrySidebar::repositoriesListed);
        sidebar->listRepositories(host);
        QVERIFY(listed.wait(15000));
        QCOMPARE(sidebar->repositoriesOf(host),
            (QStringList {
                QStringLiteral("tok/by-hand"), QStringLiteral("tok/pulled"), QStringLiteral("tok/pushed")}));
    }
};

QTEST_MAIN(TestBrowserActions)
#include "test_browser_actions.moc"
