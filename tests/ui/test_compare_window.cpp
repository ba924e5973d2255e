// The compare window: change markers in the file list for a pair of charts edited in Chart.yaml, values (with
// comments), templates, an added, a removed and a binary file; F7 and Shift+F7 through the changes, file
// after file; a chart against itself; two selected table rows compared directly (older left), one asking for
// the other side; two remote versions compared from the registry browser without touching the cache; the
// change backgrounds readable on light and dark palettes.
#include "core/jobs/PushJob.h"
#include "core/jobs/SaveJob.h"
#include "core/registry/RegistryClient.h"
#include "tests/support/DarkPalette.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"
#include "ui/ChartDetailsDialog.h"
#include "ui/ChartTableModel.h"
#include "ui/CompareFileList.h"
#include "ui/CompareLauncher.h"
#include "ui/CompareWindow.h"
#include "ui/CompareWithDialog.h"
#include "ui/DiffPane.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/RegistryBrowser.h"
#include "ui/SideBySideView.h"
#include "ui/VersionsPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

const QByteArray oldValues
    = "# Default values.\nreplicaCount: 1\nimage:\n  repository: nginx\n  tag: \"1.25\"\n"
      "service:\n  type: ClusterIP\n  port: 80\nresources: {}\nnodeSelector: {}\n"
      "tolerations: []\naffinity: {}\n";
const QByteArray newValues = "# Default values (edited).\nreplicaCount: 3\nimage:\n  repository: nginx\n"
                             "  tag: \"1.27\"\nservice:\n  type: ClusterIP\n  port: 80\nresources: {}\n"
                             "nodeSelector: {}\ntolerations: []\naffinity: {}\n# Turn the extra cache on.\n"
                             "extra:\n  enabled: true\n";
const QByteArray service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n";

QStringList entryTexts(const CompareFileList *files)
{
    QStringList texts;
    for (int row = 0; row < files->rowCount(); ++row)
        texts.append(files->index(row).data().toString());
    return texts;
}

// What a launcher opened, in order (pointers to this project's classes do not travel through QSignalSpy's
// QVariants).
struct Opened
{
    QList<CompareWindow *> windows;
    QList<CompareWithDialog *> dialogs;
    explicit Opened(CompareLauncher *launcher)
    {
        QObject::connect(launcher, &CompareLauncher::windowShown, launcher,
            [this](CompareWindow *w) { windows.append(w); });
        QObject::connect(launcher, &CompareLauncher::dialogShown, launcher,
            [this](CompareWithDialog *d) { dialogs.append(d); });
    }
};

bool waitCompared(CompareWindow *window)
{
    QSignalSpy compared(window, &CompareWindow::compared);
    return !window->isBusy() || compared.wait(20000);
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QTranslator m_english;
    QString m_old;
    QString m_new;

    QString cacheRoot() const { return m_tmp.path() + QStringLiteral("/cache"); }

    static bool save(const QString &cache, const QString &chart, const QString &ref)
    {
        SaveJob job(cache, chart, *Reference::parse(ref), SaveOptions {});
        QSignalSpy done(&job, &Job::finished);
        job.start();
        return (!done.isEmpty() || done.wait(20000)) && !job.error();
    }

    static QAction *compareAction(MainWindow &window)
    {
        for (QAction *action : window.view()->actions())
            if (action->text() == QStringLiteral("Co&mpare…"))
                return action;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_tmp.path() + QStringLiteral("/xdg-cache")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        QVERIFY(m_english.load(QStringLiteral(":/i18n/charthouse_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        m_old = makeChart(m_tmp.path() + QStringLiteral("/old"), QStringLiteral("web"),
            QStringLiteral("1.0.0"),
            {{QStringLiteral("values.yaml"), oldValues}, {QStringLiteral("templates/service.yaml"), service},
                {QStringLiteral("templates/NOTES.txt"), "Thanks for installing.\n"},
                {QStringLiteral("templates/deployment.yaml"),
                    "kind: Deployment\nspec:\n  replicas: {{ .Values.replicaCount }}\n"
                    "  {{- with .Values.nodeSelector }}\n  nodeSelector: {{ . }}\n  {{- end }}\n"},
                {QStringLiteral("files/logo.bin"), QByteArray("\x89PNG\0\0old", 9)}});
        m_new = makeChart(m_tmp.path() + QStringLiteral("/new"), QStringLiteral("web"),
            QStringLiteral("1.1.0"),
            {{QStringLiteral("values.yaml"), newValues}, {QStringLiteral("templates/service.yaml"), service},
                {QStringLiteral("templates/extra.yaml"), "kind: ConfigMap\n"},
                {QStringLiteral("templates/deployment.yaml"),
                    "kind: Deployment\nspec:\n  replicas: {{ .Values.replicaCount }}\n"
                    "  {{- with .Values.extraNodeSelector }}\n  nodeSelector: {{ . }}\n  {{- end }}\n"},
                {QStringLiteral("files/logo.bin"), QByteArray("\x89PNG\0\0new!", 10)}});
        QVERIFY(!m_old.isEmpty() && !m_new.isEmpty());
    }

    void fileListMarksEveryKindOfChange()
    {
        CompareWindow window;
        QAbstractItemModelTester tester(window.files());
        window.show();
        window.compare({{}, m_old}, {{}, m_new});
        QVERIFY(window.isBusy());
        QVERIFY(waitCompared(&window));
        QVERIFY(!window.isBusy());
        QCOMPARE(entryTexts(window.files()),
            QStringList({QStringLiteral("Summary"), QStringLiteral("Chart.yaml (changed)"),
                QStringLiteral("values.yaml (changed)"), QStringLiteral("files/logo.bin (changed)"),
                QStringLiteral("templates/NOTES.txt (removed)"),
                QStringLiteral("templates/deployment.yaml (changed)"),
                QStringLiteral("templates/extra.yaml (added)")}));
        for (int row = 0; row < window.files()->rowCount(); ++row)
            QVERIFY(!window.files()->index(row).data(Qt::DecorationRole).value<QIcon>().isNull());
        // The summary: fields, values by path (comments kept in the text view), images.
        const QString summary = window.summaryText();
        QVERIFY2(summary.contains(QStringLiteral("version")) && summary.contains(QStringLiteral("1.1.0")),
            qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("replicaCount")));
        QVERIFY(summary.contains(QStringLiteral("extra.enabled")));
        QVERIFY(summary.contains(QStringLiteral("nginx:1.27")));

        // Unchanged files only when asked for.
        window.showUnchangedAction()->trigger();
        QVERIFY(entryTexts(window.files()).contains(QStringLiteral("templates/service.yaml (unchanged)")));
        window.showUnchangedAction()->trigger();
        QVERIFY(!entryTexts(window.files()).contains(QStringLiteral("templates/service.yaml (unchanged)")));

        // A binary file by size and digest on each side.
        window.fileView()->setCurrentIndex(
            window.files()->index(window.files()->rowOfPath(QStringLiteral("files/logo.bin"))));
        QVERIFY2(window.binaryText().contains(QStringLiteral("9 bytes"))
                && window.binaryText().contains(QStringLiteral("10 bytes"))
                && window.binaryText().contains(QStringLiteral("SHA-256")),
            qPrintable(window.binaryText()));

        // values.yaml side by side: the comment line changed, the new lines only on the right.
        window.fileView()->setCurrentIndex(
            window.files()->index(window.files()->rowOfPath(QStringLiteral("values.yaml"))));
        const AlignedDiff &aligned = window.sideBySide()->diff();
        QCOMPARE(aligned.oldText.size(), aligned.newText.size());
        QCOMPARE(aligned.oldText.first(), QStringLiteral("# Default values."));
        QCOMPARE(aligned.newText.first(), QStringLiteral("# Default values (edited)."));
        QCOMPARE(aligned.rows.first().kind, AlignedRow::Kind::Changed);
        QCOMPARE(window.sideBySide()->oldPane()->signOf(0), QStringLiteral("\u2212"));
        QCOMPARE(window.sideBySide()->newPane()->signOf(0), QStringLiteral("+"));
        QCOMPARE(aligned.newText.last(), QStringLiteral("  enabled: true"));
        QCOMPARE(aligned.rows.last().kind, AlignedRow::Kind::Added);
        QCOMPARE(aligned.oldText.last(), QString()); // a filler row
        QCOMPARE(window.sideBySide()->oldPane()->highlighter()->language(), CodeHighlighter::Language::Yaml);
    }

    void f7GoesThroughChangesAndFiles()
    {
        CompareWindow window;
        window.show();
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.compare({{}, m_old}, {{}, m_new});
        QVERIFY(waitCompared(&window));
        QCOMPARE(window.currentPath(), QString()); // the Summary
        QVERIFY(!window.nextAction()->text().isEmpty());

        QStringList stops;
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(&window, Qt::Key_F7);
            stops.append(QStringLiteral("%1#%2").arg(window.currentPath()).arg(window.currentBlock()));
        }
        // Chart.yaml: version; values.yaml: the comment and replicaCount, the tag, the added lines.
        QCOMPARE(stops,
            QStringList({QStringLiteral("Chart.yaml#0"), QStringLiteral("values.yaml#0"),
                QStringLiteral("values.yaml#1"), QStringLiteral("values.yaml#2"),
                QStringLiteral("files/logo.bin#-1"), QStringLiteral("templates/NOTES.txt#0"),
                QStringLiteral("templates/deployment.yaml#0"), QStringLiteral("templates/extra.yaml#0"),
                QStringLiteral("templates/extra.yaml#0"), QStringLiteral("templates/extra.yaml#0"),
                QStringLiteral("templates/extra.yaml#0"), QStringLiteral("templates/extra.yaml#0")}));
        QCOMPARE(window.message(), QStringLiteral("No more changes after this one"));

        // Shift+F7 back: into the last change of the file before, then the one before it.
        QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
        QCOMPARE(window.currentPath(), QStringLiteral("templates/deployment.yaml"));
        QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
        QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
        QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
        QCOMPARE(window.currentPath(), QStringLiteral("values.yaml"));
        QCOMPARE(window.currentBlock(), 2);
        QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
        QCOMPARE(window.currentBlock(), 1);
        // The cursor is on the change: the tag line, the same row on both sides.
        const int row = window.sideBySide()->currentRow();
        QCOMPARE(window.sideBySide()->diff().oldText.at(row), QStringLiteral("  tag: \"1.25\""));
        QCOMPARE(window.sideBySide()->diff().newText.at(row), QStringLiteral("  tag: \"1.27\""));
        QCOMPARE(window.sideBySide()->newPane()->textCursor().blockNumber(), row);
        // A row the user puts the cursor on is where F7 goes on from: the end of the file, then no further.
        const int last = static_cast<int>(window.sideBySide()->diff().rows.size()) - 1;
        window.sideBySide()->newPane()->setTextCursor(
            QTextCursor(window.sideBySide()->newPane()->document()->findBlockByNumber(last)));
        QCOMPARE(window.sideBySide()->currentRow(), last);
        QCOMPARE(window.currentBlock(), 2);
        QTest::keyClick(&window, Qt::Key_F7);
        QCOMPARE(window.currentPath(), QStringLiteral("files/logo.bin"));
        QTest::keyClick(&window, Qt::Key_F7, Qt::ShiftModifier);
        QCOMPARE(window.currentPath(), QStringLiteral("values.yaml"));
        QCOMPARE(window.currentBlock(), 2);
    }

    void bothSidesScrollTogether()
    {
        QByteArray oldText;
        QByteArray newText;
        for (int i = 0; i < 300; ++i) {
            oldText += "line " + QByteArray::number(i) + '\n';
            newText += (i == 150 ? QByteArray("changed") : "line " + QByteArray::number(i)) + '\n';
        }
        SideBySideView view;
        view.resize(600, 300);
        view.show();
        view.showDiff(
            alignDiff(oldText, newText, diffLines(oldText, newText)), CodeHighlighter::Language::None);
        QCOMPARE(view.blockCount(), 1);
        view.newPane()->verticalScrollBar()->setValue(120);
        QCOMPARE(view.oldPane()->verticalScrollBar()->value(), 120);
        view.oldPane()->verticalScrollBar()->setValue(40);
        QCOMPARE(view.newPane()->verticalScrollBar()->value(), 40);
        view.goToBlock(0);
        QCOMPARE(view.currentRow(), 150);
        QVERIFY(view.oldPane()->verticalScrollBar()->value() > 100);
        QCOMPARE(view.newPane()->verticalScrollBar()->value(), view.oldPane()->verticalScrollBar()->value());
    }

    void aChartAgainstItselfSaysNoDifferences()
    {
        CompareWindow window;
        window.compare({{}, m_old}, {{}, m_old});
        QVERIFY(waitCompared(&window));
        QCOMPARE(window.message(), QStringLiteral("No differences"));
        QVERIFY(window.summaryText().contains(QStringLiteral("No differences")));
        QCOMPARE(entryTexts(window.files()), QStringList {QStringLiteral("Summary")});
        window.nextChange();
        QCOMPARE(window.message(), QStringLiteral("No more changes after this one"));

        // Chart.yaml written another way, every field the same (as Helm's packager does): still equal, and said.
        QMap<QString, QByteArray> files = readTree(m_old);
        files[QStringLiteral("Chart.yaml")].prepend("# The same chart.\n");
        const QString relaid = m_tmp.path() + QStringLiteral("/relaid/web");
        QVERIFY(writeTree(relaid, files));
        window.compare({{}, m_old}, {{}, relaid});
        QVERIFY(waitCompared(&window));
        QCOMPARE(window.message(), QStringLiteral("No differences"));
        QVERIFY2(window.summaryText().contains(QStringLiteral("only in layout or comments")),
            qPrintable(window.summaryText()));
    }

    void twoSelectedRowsCompareDirectlyOlderOnTheLeft()
    {
        QVERIFY(save(cacheRoot(), m_new, QStringLiteral("localhost:5000/team/web:1.1.0")));
        QVERIFY(save(cacheRoot(), m_old, QStringLiteral("localhost:5000/team/web:1.0.0")));
        MainWindow main(cacheRoot());
        main.show();
        QTRY_COMPARE_WITH_TIMEOUT(main.model()->rowCount(), 2, 10000);
        QCOMPARE(CompareLauncher::olderFirst(QStringLiteral("r/web:1.10.0"), QStringLiteral("r/web:1.9.0")),
            std::pair(QStringLiteral("r/web:1.9.0"), QStringLiteral("r/web:1.10.0")));
        QAction *compare = compareAction(main);
        QVERIFY(compare);
        main.view()->clearSelection();
        QVERIFY(!compare->isEnabled());
        main.view()->selectAll();
        QVERIFY(compare->isEnabled());
        Opened shown(main.compareLauncher());
        compare->trigger();
        QCOMPARE(shown.windows.size(), 1);
        auto *window = shown.windows.first();
        QVERIFY(waitCompared(window));
        QCOMPARE(window->diff()->oldLabel, QStringLiteral("localhost:5000/team/web:1.0.0"));
        QCOMPARE(window->diff()->newLabel, QStringLiteral("localhost:5000/team/web:1.1.0"));
        QVERIFY(window->diff()->manifest); // both cached: digests compared too
        QVERIFY(window->summaryText().contains(QStringLiteral("Manifest digests")));
        window->close();

        // One row asks for the other side; a chart directory answers.
        main.view()->clearSelection();
        main.view()->selectionModel()->select(main.view()->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(main.view()->selectionModel()->selectedRows().size(), 1);
        QVERIFY(compare->isEnabled());
        compare->trigger();
        QCOMPARE(shown.dialogs.size(), 1);
        auto *dialog = shown.dialogs.first();
        QCOMPARE(dialog->otherBox()->count(), 1); // the other cached chart
        dialog->otherBox()->setEditText(m_new);
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("&Compare"))
                button->click();
        QCOMPARE(shown.windows.size(), 2);
        window = shown.windows.last();
        QVERIFY(waitCompared(window));
        QCOMPARE(window->diff()->newLabel, m_new);

        // The details view's "Compare with…" asks the same.
        main.view()->setCurrentIndex(main.view()->model()->index(0, 0));
        ChartDetailsDialog *details = main.showDetails();
        QVERIFY(details);
        details->findChild<QPushButton *>(QStringLiteral("compare-with"))->click();
        QCOMPARE(shown.dialogs.size(), 2);
        shown.dialogs.last()->reject();
        details->close();
    }

    void twoRemoteVersionsCompareWithoutTouchingTheCache()
    {
        RegistryServer registry;
        QString why;
        if (!registry.start(&why))
            QSKIP(qPrintable(why));
        const QString seed = m_tmp.path() + QStringLiteral("/seed");
        const QString repo = registry.host() + QStringLiteral("/team/web");
        for (const auto &[chart, tag] :
            {std::pair {m_old, QStringLiteral("1.0.0")}, std::pair {m_new, QStringLiteral("1.1.0")}}) {
            QVERIFY(save(seed, chart, repo + QLatin1Char(':') + tag));
            RegistryClient client;
            PushJob push(seed, *Reference::parse(repo + QLatin1Char(':') + tag), &client);
            QSignalSpy pushed(&push, &Job::finished);
            push.start();
            QVERIFY(pushed.wait(20000));
            QVERIFY2(!push.error(), qPrintable(push.error() ? push.error()->message() : QString()));
        }

        const QString cache = m_tmp.path() + QStringLiteral("/untouched-cache");
        MainWindow main(cache);
        main.show();
        QSignalSpy refreshed(&main, &MainWindow::refreshed);
        QVERIFY(refreshed.wait(5000));
        const QStringList before = listTree(cache);
        VersionsPanel *versions = main.browser()->versions();
        QSignalSpy listed(versions, &VersionsPanel::versionsListed);
        versions->showRepository(*Reference::parseRepository(repo));
        QVERIFY(listed.wait(15000));
        versions->selectTag(QStringLiteral("1.1.0"));
        versions->selectTag(QStringLiteral("1.0.0"));
        Opened shown(main.compareLauncher());
        versions->compareSelected();
        QCOMPARE(shown.windows.size(), 1);
        auto *window = shown.windows.first();
        QVERIFY(window->isBusy());
        QVERIFY(waitCompared(window));
        QVERIFY2(window->diff(), qPrintable(window->message()));
        QCOMPARE(window->diff()->oldLabel, repo + QStringLiteral(":1.0.0"));
        QVERIFY(entryTexts(window->files()).contains(QStringLiteral("templates/extra.yaml (added)")));
        QCOMPARE(listTree(cache), before);
        window->close();

        // One remote version with nothing of it cached: said, no window.
        versions->view()->clearSelection();
        versions->selectTag(QStringLiteral("1.1.0"));
        QSignalSpy problem(main.compareLauncher(), &CompareLauncher::problem);
        versions->compareSelected();
        QCOMPARE(problem.size(), 1);
        QCOMPARE(shown.windows.size(), 1);
    }

    void changeBackgroundsKeepTextReadable()
    {
        for (const QPalette &palette : {QPalette(Qt::white), darkPalette()}) {
            const QPalette saved = QGuiApplication::palette();
            QGuiApplication::setPalette(palette);
            QTextDocument document;
            CodeHighlighter highlighter(CodeHighlighter::Language::Yaml, &document);
            const DiffColours colours = DiffColours::forPalette(palette);
            QList<QColor> inks {palette.color(QPalette::Text)};
            for (const QTextCharFormat &format : highlighter.formats())
                inks.append(format.foreground().color());
            for (const QColor &background : {colours.added, colours.removed, colours.filler})
                for (const QColor &ink : inks)
                    QVERIFY2(contrastRatio(ink, background) >= 4.5,
                        qPrintable(QStringLiteral("%1 on %2: %3")
                                       .arg(ink.name(), background.name())
                                       .arg(contrastRatio(ink, background))));
            QGuiApplication::setPalette(saved);
        }
    }
};

QTEST_MAIN(TestCompareWindow)
#include "test_compare_window.moc"
