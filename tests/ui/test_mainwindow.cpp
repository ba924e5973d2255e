// The main window offscreen: the chart model under QAbstractItemModelTester, filtering and SemVer sorting,
// simulated drops of a chart directory and a .tgz that save them, an invalid drop that says why, and a chart
// saved by charthouse-cli in another process showing up in the open window. (No raw string literals: Qt 6.4's
// moc fails on them.)
#include "core/chart/ChartArchiveReader.h"
#include "core/chart/ChartDirectoryLoader.h"
#include "core/chart/ChartPackager.h"
#include "core/credentials/RegistrySettings.h"
#include "core/jobs/DetailsJob.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/RemoveJob.h"
#include "core/jobs/SaveJob.h"
#include "core/oci/MediaTypes.h"
#include "core/store/ChartStore.h"
#include "tests/support/ChartApiCharts.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"
#include "ui/ChartDetailsDialog.h"
#include "ui/ChartTableModel.h"
#include "ui/CodeHighlighter.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/RegistriesDialog.h"
#include "ui/SaveDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/TransfersDock.h"
#include "ui/Translations.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

ChartSummary summary(const QString &ref, const QString &version, qint64 size, bool legacy = false)
{
    ChartSummary s;
    s.ref = *Reference::parse(ref);
    s.name = s.ref.repository().section(QLatin1Char('/'), -1);
    s.version = version;
    s.manifest = {QString::fromLatin1(MediaTypes::ociManifest), Digest::of(ref.toUtf8()), 100, {}, {}};
    s.layer = {QString::fromLatin1(legacy ? MediaTypes::legacyChartLayer : MediaTypes::chartLayer),
        Digest::of(version.toUtf8()), size, {}, {}};
    s.created = QDateTime::currentDateTimeUtc().addSecs(-size);
    return s;
}

// The window's action with this text, its access letter left out.
QAction *actionNamed(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (QString(action->text()).remove(QLatin1Char('&')) == text)
            return action;
    return nullptr;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

// Shows the window, waits for its one chart, selects it and pushes it; false when the chart did not show.
bool pushTheOnlyChart(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitFor([&] { return window.model()->rowCount() == 1; }, 10000))
        return false;
    window.view()->selectRow(0);
    window.push();
    return true;
}

// Chart `name` 1.0.0, made under parent and saved by charthouse-cli into cache as ref; true when it was.
bool cliSaved(const QString &parent, const QString &name, const QString &cache, const QString &ref)
{
    const QString chart = makeChart(parent, name, QStringLiteral("1.0.0"));
    return run(cliPath(),
               {QStringLiteral("--cache"), cache, QStringLiteral("chart"), QStringLiteral("save"), chart,
                   ref})
               .exitCode
        == 0;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QTranslator m_english;

    // Accepts the next save dialog the window opens, with its suggested reference.
    static void acceptNextSaveDialog(MainWindow &window, QString *reference = nullptr)
    {
        QObject::connect(
            &window, &MainWindow::saveDialogShown, &window,
            [reference](QDialog *dialog) {
                if (reference)
                    *reference = static_cast<SaveDialog *>(dialog)->referenceEdit()->text();
                QTimer::singleShot(0, dialog, &QDialog::accept);
            },
            Qt::SingleShotConnection);
    }

private slots:
    void initTestCase()
    {
        // Settings (window layout, defaults) go to a temporary place, not the user's.
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_tmp.path() + QStringLiteral("/xdg-cache")).toUtf8());
        // As the app does for an English locale: plural forms come from the English translation.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/charthouse_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void settingsGiveTheSuggestedReference()
    {
        SettingsDialog settings;
        for (QLineEdit *edit : settings.findChildren<QLineEdit *>())
            if (edit->accessibleName() == QLatin1String("Default repository"))
                edit->setText(QStringLiteral("registry.example.com/team"));
        settings.accept();
        QCOMPARE(SettingsDialog::defaultRepository(), QStringLiteral("registry.example.com/team"));
        MainWindow window(m_tmp.path() + QStringLiteral("/settings-cache"));
        QString suggested;
        acceptNextSaveDialog(window, &suggested);
        window.saveDropped({QUrl::fromLocalFile(makeChart(m_tmp.path() + QStringLiteral("/settings-src"),
            QStringLiteral("configured"), QStringLiteral("1.0.0+build.7")))});
        QTRY_COMPARE_WITH_TIMEOUT(
            suggested, QStringLiteral("registry.example.com/team/configured:1.0.0_build.7"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 10000);
        QSettings().remove(QStringLiteral("defaultRepository"));
    }

    void modelFollowsTheRules()
    {
        ChartTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChartFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCharts(
            {summary(QStringLiteral("localhost:5000/a/web:1.10.0"), QStringLiteral("1.10.0"), 3000),
                summary(QStringLiteral("localhost:5000/a/web:1.9.0"), QStringLiteral("1.9.0"), 200, true),
                summary(QStringLiteral("localhost:5000/b/db:1.9.0-rc.1"), QStringLiteral("1.9.0-rc.1"), 10)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, ChartTableModel::Layer).data().toString(), QStringLiteral("legacy"));
        QCOMPARE(model.index(0, ChartTableModel::Size).data().toString(), QStringLiteral("2.9 KiB"));
        QVERIFY(model.index(0, ChartTableModel::Digest)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("sha256:")));

        QCOMPARE(ChartTableModel::relativeAge(5), QStringLiteral("just now"));
        QCOMPARE(ChartTableModel::relativeAge(3 * 3600 + 5), QStringLiteral("3 hours ago"));
        QCOMPARE(ChartTableModel::relativeAge(86400), QStringLiteral("1 day ago"));
        filter.sort(ChartTableModel::Version);
        QCOMPARE(column(filter, ChartTableModel::Version),
            (QStringList {QStringLiteral("1.9.0-rc.1"), QStringLiteral("1.9.0"), QStringLiteral("1.10.0")}));
        filter.sort(ChartTableModel::Size, Qt::DescendingOrder); // by bytes, not by text
        QCOMPARE(column(filter, ChartTableModel::Version),
            (QStringList {QStringLiteral("1.10.0"), QStringLiteral("1.9.0"), QStringLiteral("1.9.0-rc.1")}));
        filter.setFilterText(QStringLiteral("DB"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterText(QStringLiteral("1.9"));
        QCOMPARE(filter.rowCount(), 2);
        model.setCharts({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void cleanUpAsksWithCancelAsDefaultAndRemovesOnlyStrays()
    {
        const QString cache = m_tmp.path() + QStringLiteral("/clean-cache");
        QVERIFY(ChartStore(cache).save(makeChart(m_tmp.path() + QStringLiteral("/clean-src"), QStringLiteral("kept"),
                                           QStringLiteral("1.0.0")),
                    *Reference::parse(QStringLiteral("localhost:5000/r/kept:1.0.0")), {}).ok());
        const QString stray = ChartCache(cache).blobPath(Digest::of(QByteArrayView("stray")));
        {
            QFile f(stray);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("stray");
            QVERIFY(f.flush()); // or closing would write, and date it, after the date set here
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
        }
        MainWindow window(cache);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 10000);
        QAction *cleanUp = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Clean up the cache…"))
                cleanUp = action;
        QVERIFY(cleanUp);
        cleanUp->trigger();
        QMessageBox *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ask = window.findChild<QMessageBox *>(QStringLiteral("clean-up-question"))), 10000);
        QVERIFY(ask->text().startsWith(QStringLiteral("1 file in the cache belongs to no chart")));
        QCOMPARE(static_cast<QAbstractButton *>(ask->defaultButton()), ask->button(QMessageBox::Cancel)); // the safe answer
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *button : ask->buttons())
            if (button->text() == QStringLiteral("Remove"))
                remove = button;
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(stray), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.lastMessage().startsWith(QStringLiteral("Removed 1 unused file")), 10000);
        QVERIFY(ChartStore(cache).exportTo(*Reference::parse(QStringLiteral("localhost:5000/r/kept:1.0.0")),
                    m_tmp.path() + QStringLiteral("/clean-out"), false).ok());
    }

    void dropsSaveChartsAndExternalSavesShowUp()
    {
        const QString cache = m_tmp.path() + QStringLiteral("/cache");
        MainWindow window(cache);
        window.show();
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(window.model()->rowCount(), 0);

        // A chart directory dropped on the window, as a file manager sends it.
        const QString dir = makeChart(
            m_tmp.path() + QStringLiteral("/src"), QStringLiteral("dropped"), QStringLiteral("1.2.3"));
        QString suggested;
        acceptNextSaveDialog(window, &suggested);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY2_WITH_TIMEOUT(window.model()->rowCount() == 1, qPrintable(window.lastMessage()), 10000);
        QCOMPARE(suggested, QStringLiteral("localhost:5000/charts/dropped:1.2.3"));
        QCOMPARE(window.model()->chart(0).name, QStringLiteral("dropped"));

        // A .tgz package.
        auto loaded = ChartDirectoryLoader::load(makeChart(
            m_tmp.path() + QStringLiteral("/pkg"), QStringLiteral("packaged"), QStringLiteral("0.3.0")));
        QVERIFY(loaded.ok());
        const QString tgz = m_tmp.path() + QStringLiteral("/packaged-0.3.0.tgz");
        QVERIFY(writeTree(m_tmp.path(),
            {{QStringLiteral("packaged-0.3.0.tgz"),
                *ChartPackager::package(QStringLiteral("packaged"), loaded->files)}}));
        acceptNextSaveDialog(window);
        window.saveDropped({QUrl::fromLocalFile(tgz)});
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 2, 10000);

        // What cannot be saved says why.
        QVERIFY(QDir().mkpath(m_tmp.path() + QStringLiteral("/not-a-chart")));
        window.saveDropped({QUrl::fromLocalFile(m_tmp.path() + QStringLiteral("/not-a-chart"))});
        QTRY_VERIFY_WITH_TIMEOUT(window.lastMessage().contains(QStringLiteral("no Chart.yaml")), 10000);
        QVERIFY(window.lastMessage().startsWith(QStringLiteral("Cannot save not-a-chart: ")));
        QCOMPARE(window.model()->rowCount(), 2);

        // Another process saves a chart: the open window follows the cache on disk.
        const QString external = makeChart(
            m_tmp.path() + QStringLiteral("/ext"), QStringLiteral("external"), QStringLiteral("9.0.0"));
        const ProcessResult saved = run(cliPath(),
            {QStringLiteral("--cache"), cache, QStringLiteral("chart"), QStringLiteral("save"), external,
                QStringLiteral("localhost:5000/other/external:9.0.0")});
        QCOMPARE(saved.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 3, 10000);

        // Filtering from the filter box.
        window.findChild<QLineEdit *>()->setText(QStringLiteral("external"));
        QCOMPARE(window.filterModel()->rowCount(), 1);

        // Selecting a row writes its package off the GUI thread; dragging it out then hands that file over.
        window.view()->selectRow(0);
        const ChartSummary selected = window.model()->chart(window.filterModel()->mapToSource(window.filterModel()->index(0, 0)).row());
        const QString packageName = selected.name + QLatin1Char('-') + selected.version + QStringLiteral(".tgz");
        QString prepared;
        QTRY_VERIFY_WITH_TIMEOUT(!(prepared = [&] {
            QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/drag"),
                            {packageName}, QDir::Files, QDirIterator::Subdirectories);
            return it.hasNext() ? it.next() : QString();
        }()).isEmpty(), 10000);
        std::unique_ptr<QMimeData> draggedSelected(window.model()->mimeData({window.filterModel()->mapToSource(window.filterModel()->index(0, 0))}));
        QCOMPARE(draggedSelected->urls(), QList<QUrl> {QUrl::fromLocalFile(prepared)});

        // Dragging a row out gives the chart package as a .tgz file.
        std::unique_ptr<QMimeData> dragged(window.model()->mimeData({window.model()->index(0, 0)}));
        QCOMPARE(dragged->urls().size(), 1);
        const QString package = dragged->urls().first().toLocalFile();
        QCOMPARE(QFileInfo(package).fileName(),
            window.model()->chart(0).name + QLatin1Char('-') + window.model()->chart(0).version
                + QStringLiteral(".tgz"));
        auto archive = ChartArchiveReader::readFile(package);
        QVERIFY2(archive.ok(), archive.ok() ? "" : qPrintable(archive.error().message()));
        QCOMPARE(archive->topDir, window.model()->chart(0).name);

        // The details of a real cached chart: its manifest and Chart.yaml.
        window.view()->setCurrentIndex(window.filterModel()->index(0, 0));
        ChartDetailsDialog *details = window.showDetails();
        QVERIFY(details);
        QSignalSpy detailsLoaded(details, &ChartDetailsDialog::loaded);
        QVERIFY(detailsLoaded.wait(10000));
        QCOMPARE(details->tabText(QStringLiteral("chart-yaml")),
            QString::fromUtf8(readTree(external).value(QStringLiteral("Chart.yaml"))));
        QVERIFY(details->tabText(QStringLiteral("manifest"))
                    .contains(QStringLiteral("application/vnd.cncf.helm.config.v1+json")));
        QVERIFY(
            details->tabText(QStringLiteral("config")).contains(QStringLiteral("\"name\": \"external\"")));
        QVERIFY(details->tabText(QStringLiteral("overview")).contains(QStringLiteral("external")));
        // Keys and strings are coloured: the manifest's "schemaVersion" key, Chart.yaml's "name:" key.
        auto colouredAs = [details](const QString &view, const QString &word) -> bool {
            const QTextDocument *document = details->findChild<QPlainTextEdit *>(view)->document();
            const auto *highlighter = document->findChild<CodeHighlighter *>();
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                const qsizetype at = block.text().indexOf(word);
                if (at < 0)
                    continue;
                for (const QTextLayout::FormatRange &range : block.layout()->formats())
                    if (range.start <= at && at < range.start + range.length
                        && range.format.foreground() == highlighter->keyFormat().foreground())
                        return true;
            }
            return false;
        };
        QVERIFY(colouredAs(QStringLiteral("manifest"), QStringLiteral("\"schemaVersion\"")));
        QVERIFY(colouredAs(QStringLiteral("chart-yaml"), QStringLiteral("name")));
        QVERIFY(!colouredAs(QStringLiteral("chart-yaml"), QStringLiteral("external"))); // a value, not a key
        details->close();
    }

    void detailsSayWhichChartApiAChartUses()
    {
        // A v3 chart (the format Helm's main branch is adding) pulled into the cache beside a v2 one: the
        // window lists both, the overview names each one's chart API, and dropping a v3 directory says why it
        // can't be saved.
        const QString cache = m_tmp.path() + QStringLiteral("/apicache");
        ChartStore store(cache);
        QVERIFY(store
                    .save(makeChart(m_tmp.path() + QStringLiteral("/apisrc"), QStringLiteral("classic"),
                              QStringLiteral("1.0.0")),
                        *Reference::parse(QStringLiteral("localhost:5000/api/classic:1.0.0")), {})
                    .ok());
        const ChartFiles files = v3ChartFiles(QStringLiteral("next"), QStringLiteral("0.1.0"));
        commitToCache(store.cache(), QStringLiteral("localhost:5000/api/next:0.1.0"),
            chartBlobs(QStringLiteral("next"), v3ChartConfig(QStringLiteral("next"), QStringLiteral("0.1.0")),
                files));
        MainWindow window(cache);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 2, 10000);

        for (const auto &[ref, api] :
            {std::pair {QStringLiteral("localhost:5000/api/next:0.1.0"), QStringLiteral("v3")},
                std::pair {QStringLiteral("localhost:5000/api/classic:1.0.0"), QStringLiteral("v2")}}) {
            ChartDetailsDialog details(cache, *Reference::parse(ref));
            QSignalSpy loaded(&details, &ChartDetailsDialog::loaded);
            QVERIFY(loaded.wait(10000));
            const QString overview = details.tabText(QStringLiteral("overview"));
            QVERIFY2(overview.contains(
                         QRegularExpression(QStringLiteral("Chart API\\s+") + api + QStringLiteral("\\b"))),
                qPrintable(overview));
            if (api == QLatin1String("v3")) // its own Chart.yaml, as pulled
                QCOMPARE(
                    details.tabText(QStringLiteral("chart-yaml")), QString::fromUtf8(files.first().data));
        }

        const QString dir = m_tmp.path() + QStringLiteral("/apidrop/next");
        QVERIFY(writeTree(dir, asTree(files)));
        window.saveDropped({QUrl::fromLocalFile(dir)});
        QTRY_VERIFY_WITH_TIMEOUT(
            window.lastMessage().contains(QStringLiteral("invalid chart apiVersion")), 10000);
        QVERIFY2(window.lastMessage().startsWith(QStringLiteral("Cannot save next: ")),
            qPrintable(window.lastMessage()));
        QCOMPARE(window.model()->rowCount(), 2);
    }

    void pushFromTheWindowReachesTheRegistry()
    {
        RegistryServer registry;
        QString why;
        if (!registry.start(&why))
            QSKIP(qPrintable(why));
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        const QString cache = m_tmp.path() + QStringLiteral("/pushcache");
        const QString ref = registry.host() + QStringLiteral("/gui/pushed:1.0.0");
        QVERIFY(cliSaved(m_tmp.path() + QStringLiteral("/pushsrc"), QStringLiteral("pushed"), cache, ref));
        MainWindow window(cache);
        QVERIFY(pushTheOnlyChart(window));
        const QString title = QStringLiteral("Push ") + ref;
        QTRY_COMPARE_WITH_TIMEOUT(window.transfers()->statusOf(title), QStringLiteral("Finished"), 15000);
        // The registry has it: charthouse-cli lists its tag.
        const ProcessResult tags = run(cliPath(),
            {QStringLiteral("chart"), QStringLiteral("tags"),
                registry.host() + QStringLiteral("/gui/pushed")});
        QCOMPARE(QString::fromUtf8(tags.out), QStringLiteral("1.0.0\n"));
    }

    void cancelFromTheTransfersDock()
    {
        // A "registry" that takes connections and never answers: the push waits there until it is cancelled.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        const QString cache = m_tmp.path() + QStringLiteral("/cancelcache");
        const QString ref = QStringLiteral("127.0.0.1:%1/gui/stalled:1.0.0").arg(silent.serverPort());
        QVERIFY(cliSaved(m_tmp.path() + QStringLiteral("/cancelsrc"), QStringLiteral("stalled"), cache, ref));
        const QMap<QString, QByteArray> cacheBefore = readTree(cache);
        MainWindow window(cache);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 10000);
        window.view()->selectRow(0);
        window.push();
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 10000); // the push is on the wire
        const QString title = QStringLiteral("Push ") + ref;
        const QString running = window.transfers()->statusOf(title); // "Running" or "0 B of 421 B, 0 B/s"
        QVERIFY2(running == QLatin1String("Running") || running.contains(QLatin1String(" of ")),
            qPrintable(running));
        auto *cancel = window.transfers()->findChild<QToolButton *>(QStringLiteral("cancel-transfers"));
        QVERIFY(cancel);
        QVERIFY(!cancel->isEnabled()); // nothing selected yet
        QTreeWidget *list = window.transfers()->list();
        list->setCurrentItem(list->topLevelItem(list->topLevelItemCount() - 1));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.transfers()->statusOf(title), QStringLiteral("Cancelled"), 10000);
        QVERIFY(!cancel->isEnabled());
        // The cache is as it was, and the window still lists the chart.
        QCOMPARE(readTree(cache), cacheBefore);
        QCOMPARE(window.model()->rowCount(), 1);
        // Clear finished takes the cancelled job off the list.
        QTest::mouseClick(
            window.transfers()->findChild<QToolButton *>(QStringLiteral("clear-transfers")), Qt::LeftButton);
        QVERIFY(window.transfers()->statusOf(title).isEmpty());
        qDeleteAll(held);
    }

    void rowActionsFollowTheSelectionAndRemoveDefaultsToNo()
    {
        const QString cache = m_tmp.path() + QStringLiteral("/selection-cache");
        QVERIFY(ChartStore(cache)
                    .save(makeChart(m_tmp.path() + QStringLiteral("/selection-src"), QStringLiteral("picked"),
                              QStringLiteral("1.0.0")),
                        *Reference::parse(QStringLiteral("localhost:5000/r/picked:1.0.0")), {})
                    .ok());
        MainWindow window(cache);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 10000);
        QList<QAction *> onRows;
        for (const QString &text : {QStringLiteral("Push"), QStringLiteral("Export…"),
                 QStringLiteral("Remove"), QStringLiteral("Copy reference"), QStringLiteral("Details")}) {
            QAction *action = actionNamed(window, text);
            QVERIFY2(action, qPrintable(text));
            onRows.append(action);
        }
        auto enabled = [&onRows] {
            QStringList on;
            for (QAction *action : onRows)
                if (action->isEnabled())
                    on.append(action->text());
            return on;
        };
        QCOMPARE(enabled(), QStringList()); // nothing selected: nothing to act on
        window.view()->selectRow(0);
        QCOMPARE(enabled().size(), onRows.size());
        window.view()->clearSelection();
        QCOMPARE(enabled(), QStringList());
        // Actions that need no selection stay enabled.
        QVERIFY(actionNamed(window, QStringLiteral("Pull…"))->isEnabled());
        QVERIFY(actionNamed(window, QStringLiteral("Refresh"))->isEnabled());

        // Remove asks, and Enter there means No.
        window.view()->selectRow(0);
        bool asked = false;
        bool defaultIsNo = false;
        QTimer look;
        connect(&look, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || asked)
                return;
            asked = true;
            defaultIsNo = box->defaultButton() && box->defaultButton() == box->button(QMessageBox::No);
            box->reject();
        });
        look.start(20);
        actionNamed(window, QStringLiteral("Remove"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(asked, 5000);
        look.stop();
        QVERIFY(defaultIsNo);
        QTest::qWait(300);
        QCOMPARE(window.model()->rowCount(), 1); // answered No: nothing removed
    }

    void menusHaveAccessLettersAndKeys()
    {
        MainWindow window(m_tmp.path() + QStringLiteral("/menu-cache"));
        for (QAction *menuAction : window.menuBar()->actions()) {
            QVERIFY2(!QKeySequence::mnemonic(menuAction->text()).isEmpty(), qPrintable(menuAction->text()));
            QVERIFY(menuAction->menu());
            QSet<int> letters;
            for (QAction *item : menuAction->menu()->actions()) {
                if (item->isSeparator())
                    continue;
                const QKeySequence letter = QKeySequence::mnemonic(item->text());
                QVERIFY2(!letter.isEmpty(), qPrintable(item->text()));
                QVERIFY2(!letters.contains(letter[0].toCombined()),
                    qPrintable(QStringLiteral("%1 in %2").arg(item->text(), menuAction->text())));
                letters.insert(letter[0].toCombined());
                QVERIFY2(!item->toolTip().contains(QLatin1Char('&')), qPrintable(item->toolTip()));
            }
        }
        // Settings and Quit have keys on every desktop: the platform's, else Ctrl+, and Ctrl+Q.
        const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
        QCOMPARE(actionNamed(window, QStringLiteral("Settings…"))->shortcut(),
            preferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : preferences.first());
        const QList<QKeySequence> quit = QKeySequence::keyBindings(QKeySequence::Quit);
        QCOMPARE(actionNamed(window, QStringLiteral("Quit"))->shortcut(),
            quit.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quit.first());
    }

    void registriesDialogHasAHeadingAnEmptyStateAndLogsOutTheSelected()
    {
        MainWindow window(m_tmp.path() + QStringLiteral("/registries-cache"));
        RegistriesDialog *dialog = window.showRegistries();
        QCOMPARE(dialog->registries()->count(), 0);
        auto *heading = dialog->findChild<QLabel *>(QStringLiteral("registries-heading"));
        QVERIFY(heading);
        QVERIFY(heading->isVisibleTo(dialog));
        QVERIFY(!heading->text().isEmpty());
        QCOMPARE(heading->buddy(), dialog->registries());
        auto *empty = dialog->findChild<QLabel *>(QStringLiteral("registries-empty"));
        QVERIFY(empty);
        QVERIFY(empty->isVisibleTo(dialog));
        QVERIFY(!empty->text().isEmpty());
        auto *logOut = dialog->findChild<QPushButton *>(QStringLiteral("log-out"));
        QVERIFY(logOut);
        QVERIFY(!logOut->isEnabled());
        dialog->close();

        // A known registry: Log out follows its selection, and the empty-state text is gone.
        QVERIFY(
            RegistrySettings::remember(QStringLiteral("registry.example.com"), QStringLiteral("someone"), {})
                .ok());
        dialog = window.showRegistries();
        QCOMPARE(dialog->registries()->count(), 1);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("registries-empty"))->isVisibleTo(dialog));
        logOut = dialog->findChild<QPushButton *>(QStringLiteral("log-out"));
        dialog->registries()->clearSelection();
        dialog->registries()->setCurrentItem(nullptr);
        QVERIFY(!logOut->isEnabled());
        dialog->registries()->setCurrentRow(0);
        QVERIFY(dialog->registries()->item(0)->isSelected());
        QVERIFY(logOut->isEnabled());
        QCOMPARE(dialog->hostEdit()->text(), QStringLiteral("registry.example.com"));
        dialog->registries()->clearSelection();
        QVERIFY(!logOut->isEnabled());
        dialog->close();
        QVERIFY(RegistrySettings::forget(QStringLiteral("registry.example.com")).ok());
    }

    void transferTitlesPutTheVerbFirstInKorean()
    {
        // The Job column is cut on the right: what a job does must come before the long reference.
        QTranslator korean;
        QVERIFY(korean.load(QStringLiteral(":/i18n/charthouse_ko.qm")));
        QCoreApplication::installTranslator(&korean);
        const QString text = QStringLiteral("registry.example.com/some/long/path/chart:1.2.3");
        const Reference ref = *Reference::parse(text);
        const QStringList titles {PullJob(m_tmp.path(), ref, nullptr).title(),
            PushJob(m_tmp.path(), ref, nullptr).title(), SaveJob(m_tmp.path(), m_tmp.path(), ref, {}).title(),
            ExportJob(m_tmp.path(), ref, m_tmp.path(), false).title(), RemoveJob(m_tmp.path(), ref).title(),
            DetailsJob(m_tmp.path(), ref).title()};
        QCoreApplication::removeTranslator(&korean);
        for (const QString &title : titles) {
            QVERIFY2(title.contains(text), qPrintable(title));
            QVERIFY2(!title.startsWith(text), qPrintable(title));
        }
    }

    void viewMenuBringsBackAClosedTransfersDock()
    {
        MainWindow window(m_tmp.path() + QStringLiteral("/view-cache"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu *view = nullptr;
        for (QAction *menuAction : window.menuBar()->actions())
            if (menuAction->text() == QLatin1String("&View"))
                view = menuAction->menu();
        QVERIFY(view);
        QAction *transfers = window.transfers()->toggleViewAction();
        QVERIFY(view->actions().contains(transfers));
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("charts-toolbar"));
        QVERIFY(toolbar);
        QVERIFY(view->actions().contains(toolbar->toggleViewAction()));
        window.transfers()->close();
        QVERIFY(!window.transfers()->isVisible());
        QVERIFY(!transfers->isChecked());
        transfers->trigger();
        QVERIFY(window.transfers()->isVisible());
        toolbar->close();
        toolbar->toggleViewAction()->trigger();
        QVERIFY(toolbar->isVisible());
    }

    void aFailureStaysInTheStatusBarAndLeadsToItsJob()
    {
        // A port nobody listens on: the push fails at once, "connection refused".
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        const QString cache = m_tmp.path() + QStringLiteral("/failcache");
        const QString ref = QStringLiteral("127.0.0.1:%1/gui/nowhere:1.0.0").arg(port);
        QVERIFY(cliSaved(m_tmp.path() + QStringLiteral("/failsrc"), QStringLiteral("nowhere"), cache, ref));
        MainWindow window(cache);
        QVERIFY(pushTheOnlyChart(window));
        const QString title = QStringLiteral("Push ") + ref;
        QTRY_VERIFY_WITH_TIMEOUT(
            window.transfers()->statusOf(title).startsWith(QLatin1String("Failed: ")), 30000);
        // Not a status bar message that times out: a note with an icon, the words and the problem colour.
        auto *problem = window.statusBar()->findChild<QToolButton *>(QStringLiteral("status-problem"));
        QVERIFY(problem);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(title), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(QLatin1String("failed")), qPrintable(problem->text()));
        QVERIFY(!problem->icon().isNull());
        QCOMPARE(problem->palette().color(QPalette::ButtonText), problemColour(window.palette()));
        QVERIFY(window.lastMessage().contains(title));
        // A passing message and its timeout leave it in place.
        window.statusBar()->showMessage(QStringLiteral("Something else"), 50);
        QTRY_VERIFY(window.statusBar()->currentMessage().isEmpty());
        QVERIFY(problem->isVisible());
        // It leads to the job, even with the Transfers dock closed.
        window.transfers()->close();
        QTest::mouseClick(problem, Qt::LeftButton);
        QVERIFY(window.transfers()->isVisible());
        QTreeWidgetItem *current = window.transfers()->list()->currentItem();
        QVERIFY(current);
        QCOMPARE(current->text(0), title);
        QVERIFY(!problem->isVisible()); // read: the dock keeps the failure until it is dismissed
    }

    void pluralsReadNaturallyInEveryLocale()
    {
        // English has its singular and plural in every numerus message of the English catalogue.
        QFile english(
            qEnvironmentVariable("CHARTHOUSE_SOURCE_DIR") + QStringLiteral("/translations/charthouse_en.ts"));
        QVERIFY(english.open(QIODevice::ReadOnly));
        QXmlStreamReader ts(&english);
        int numerus = 0;
        QString source;
        QStringList forms;
        while (!ts.atEnd()) {
            ts.readNext();
            if (ts.isStartElement() && ts.name() == QLatin1String("message")) {
                source.clear();
                forms.clear();
                numerus += ts.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (ts.isStartElement() && ts.name() == QLatin1String("source")) {
                source = ts.readElementText();
            } else if (ts.isStartElement() && ts.name() == QLatin1String("numerusform")) {
                forms.append(ts.readElementText());
            } else if (ts.isEndElement() && ts.name() == QLatin1String("message")
                && source.contains(QLatin1String("%n"))) {
                QVERIFY2(forms.size() == 2, qPrintable(source));
                QVERIFY2(!forms[0].isEmpty() && forms[0] != forms[1], qPrintable(source));
                for (const QString &form : forms)
                    QVERIFY2(!form.contains(QLatin1String("(s)")), qPrintable(form));
            }
        }
        QVERIFY(!ts.hasError());
        QVERIFY(numerus > 5);

        // Every locale but Korean reads the English catalogue, C and German included.
        QCoreApplication::removeTranslator(&m_english);
        const auto translate = [](const char *context, const char *text, int n) {
            return QCoreApplication::translate(context, text, nullptr, n);
        };
        for (const char *name : {"de_DE", "C", "fr_FR", "en_GB", "en_US"}) {
            QTranslator catalogue;
            QVERIFY2(loadTranslation(catalogue, QLocale(QLatin1String(name))), name);
            QCoreApplication::installTranslator(&catalogue);
            QCOMPARE(
                translate("charthouse::MainWindow", "%n chart(s), %1", 1), QStringLiteral("1 chart, %1"));
            QCOMPARE(
                translate("charthouse::MainWindow", "%n chart(s), %1", 2), QStringLiteral("2 charts, %1"));
            QCOMPARE(translate("charthouse::RemoteBrowser", "%n tag(s)", 1), QStringLiteral("1 tag"));
            QCOMPARE(translate("charthouse::ChartTableModel", "%n minute(s) ago", 5),
                QStringLiteral("5 minutes ago"));
            QCoreApplication::removeTranslator(&catalogue);
        }
        QTranslator korean;
        QVERIFY(loadTranslation(korean, QLocale(QStringLiteral("ko_KR"))));
        QCoreApplication::installTranslator(&korean);
        QCOMPARE(translate("charthouse::MainWindow", "%n chart(s), %1", 2), QStringLiteral("차트 2개, %1"));
        QCoreApplication::removeTranslator(&korean);
        QCoreApplication::installTranslator(&m_english);
    }

    void userGuideNamesTheSettingsFilesWritten()
    {
        // As the app names itself (app/gui/main.cpp).
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("Charthouse"));
        QCoreApplication::setApplicationName(QStringLiteral("Charthouse"));
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        const QString appSettings = QDir(config).relativeFilePath(QSettings().fileName());
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
        const QString registrySettings = QDir(config).relativeFilePath(QSettings(QSettings::IniFormat,
            QSettings::UserScope, QStringLiteral("Charthouse"), QStringLiteral("charthouse"))
                                                                           .fileName());
        QFile guide(qEnvironmentVariable("CHARTHOUSE_SOURCE_DIR") + QStringLiteral("/docs/user-guide.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        for (const QString &file : {appSettings, registrySettings})
            QVERIFY2(
                text.contains(QStringLiteral("`~/.config/") + file + QLatin1Char('`')), qPrintable(file));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
