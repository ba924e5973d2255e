// Full keyboard use and accessible names: in the main window and in every dialog, Tab reaches each control
// that takes input, and each of those has a name a screen reader can say. Also the action icons: present on
// every toolbar action, drawn in the palette's text colour (light and dark) at the pixel ratio asked for.
#include "core/registry/LocalRegistry.h"
#include "tests/support/DarkPalette.h"
#include "tests/support/TestSupport.h"
#include "ui/AboutDialog.h"
#include "ui/Accessibility.h"
#include "ui/ChartDetailsDialog.h"
#include "ui/Icons.h"
#include "ui/LocalRegistryDialog.h"
#include "ui/MainWindow.h"
#include "ui/RegistriesDialog.h"
#include "ui/RemoteBrowser.h"
#include "ui/SaveDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/TransfersDock.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

// The controls of `window` a keyboard user must reach: visible, enabled, taking Tab focus, not a part of
// another control (the line edit inside a spin box or an editable combo box).
QList<QWidget *> keyboardControls(QWidget *window)
{
    QList<QWidget *> controls;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || w->focusProxy())
            continue;
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        controls.append(w);
    }
    return controls;
}

QString describe(QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Presses Tab until the focus comes back where it started; everything it visited.
QSet<QWidget *> tabAround(QWidget *window)
{
    QSet<QWidget *> visited;
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QWidget *first = keyboardControls(window).value(0);
    if (!first)
        return visited;
    first->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 200; ++i) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused
            || (focused == first && i > 0)) // round the whole chain (a label's links take several presses)
            break;
        visited.insert(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return visited;
}

void checkKeyboardAndNames(QWidget *window)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QList<QWidget *> controls = keyboardControls(window);
    QVERIFY2(!controls.isEmpty(), qPrintable(describe(window)));
    const QSet<QWidget *> reached = tabAround(window);
    for (QWidget *control : controls) {
        QVERIFY2(reached.contains(control),
            qPrintable(
                QStringLiteral("Tab never reaches %1 in %2").arg(describe(control), describe(window))));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
            qPrintable(
                QStringLiteral("%1 in %2 has no accessible name").arg(describe(control), describe(window))));
    }
}

// The colour of the most opaque pixel: the ink of a line icon.
QColor inkOf(const QImage &image)
{
    QColor ink;
    int best = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best) {
                best = c.alpha();
                ink = c;
            }
        }
    return ink;
}

// Shows `window` active, with its one chart listed and the keyboard focus in its filter box.
void showWithFocusInFilter(MainWindow &window)
{
    QTRY_COMPARE_WITH_TIMEOUT(window.view()->model()->rowCount(), 1, 10000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    window.findChild<QLineEdit *>()->setFocus(Qt::TabFocusReason);
}

// The outermost 2 pixels of `widget`, from an image of its window.
QList<QColor> edgeOf(QWidget *window, QWidget *widget)
{
    const QImage image = window->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QRect r(widget->mapTo(window, QPoint(0, 0)), widget->size());
    QList<QColor> edge;
    for (int x = r.left() + 4; x < r.right() - 4; x += 3)
        for (int y : {r.top(), r.top() + 1, r.bottom(), r.bottom() - 1})
            edge.append(image.pixelColor(QPoint(x, y) * ratio));
    for (int y = r.top() + 4; y < r.bottom() - 4; y += 3)
        for (int x : {r.left(), r.left() + 1, r.right(), r.right() - 1})
            edge.append(image.pixelColor(QPoint(x, y) * ratio));
    return edge;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_cache;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        m_cache = m_tmp.path() + QStringLiteral("/cache");
        const QString chart = makeChart(
            m_tmp.path() + QStringLiteral("/src"), QStringLiteral("keys"), QStringLiteral("1.0.0"));
        QCOMPARE(run(cliPath(),
                     {QStringLiteral("--cache"), m_cache, QStringLiteral("chart"), QStringLiteral("save"),
                         chart, QStringLiteral("localhost:5000/a/keys:1.0.0")})
                     .exitCode,
            0);
    }

    void mainWindow()
    {
        MainWindow window(m_cache);
        QTRY_COMPARE_WITH_TIMEOUT(window.view()->model()->rowCount(), 1, 10000);
        checkKeyboardAndNames(&window);
        // Every action has its keys, and Enter on a row opens its details.
        window.view()->setFocus();
        window.view()->selectRow(0);
        QTest::keyClick(window.view(), Qt::Key_Return);
        QTRY_VERIFY(window.findChild<ChartDetailsDialog *>());
    }

    // Tab goes filter → table → Transfers, as the window reads top to bottom; reaching the table selects its
    // current row, so the row actions (Copy here) act on it; Shift+Tab goes back.
    void tabFollowsTheWindowAndSelectsARow()
    {
        MainWindow window(m_cache);
        showWithFocusInFilter(window);
        if (QTest::currentTestFailed())
            return;
        auto *filter = window.findChild<QLineEdit *>();
        QVERIFY(!window.view()->selectionModel()->hasSelection());
        QTest::keyClick(filter, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window.view());
        QVERIFY(window.view()->selectionModel()->isRowSelected(0, {}));
        QCOMPARE(window.view()->currentIndex().row(), 0);
        for (QAction *action : window.view()->actions())
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        QApplication::clipboard()->clear();
        QTest::keyClick(window.view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("localhost:5000/a/keys:1.0.0"));
        QTest::keyClick(window.view(), Qt::Key_Tab);
        auto *transfers = window.findChild<QDockWidget *>(QStringLiteral("transfers"));
        QVERIFY2(transfers->isAncestorOf(QApplication::focusWidget()),
            qPrintable(describe(QApplication::focusWidget())));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), window.view());
        QTest::keyClick(window.view(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), filter);
    }

    // The focused table shows a ring the unfocused one does not, at 3:1 or more against the window (WCAG's
    // non-text contrast), on the light and the dark palette.
    void focusIsVisible_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void focusIsVisible()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
        if (dark)
            QApplication::setPalette(darkPalette());
        MainWindow window(m_cache);
        showWithFocusInFilter(window);
        if (QTest::currentTestFailed())
            return;
        auto *filter = window.findChild<QLineEdit *>();
        window.view()->selectRow(0); // the row the focus would select, so only the focus differs
        QCoreApplication::processEvents();
        const QList<QColor> unfocused = edgeOf(&window, window.view());
        window.view()->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), window.view());
        QCoreApplication::processEvents();
        const QList<QColor> focused = edgeOf(&window, window.view());
        QCOMPARE(focused.size(), unfocused.size());
        const QPalette palette = window.view()->palette();
        int ring = 0;
        for (int i = 0; i < focused.size(); ++i)
            if (focused.at(i) != unfocused.at(i)
                && contrastRatio(focused.at(i), palette.color(QPalette::Base)) >= 3.0
                && contrastRatio(focused.at(i), palette.color(QPalette::Window)) >= 3.0)
                ++ring;
        QVERIFY2(ring >= focused.size() * 9 / 10,
            qPrintable(QStringLiteral("%1 of %2 pixels on the focused table's edge show the focus at 3:1")
                           .arg(ring)
                           .arg(focused.size())));
        // And it goes when the focus does.
        filter->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        QCOMPARE(edgeOf(&window, window.view()), unfocused);
    }

    // What the AT-SPI walk (tests/ui/accessibility_tree.py) checks on a real bus, here without one: the
    // controls Qt adds have names, the Language combo box is named by its label, and the Registries message
    // is a status named by what it says.
    void screenReaderNames()
    {
        MainWindow window(m_cache);
        const auto name = [](QWidget *w) {
            return QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name);
        };
        auto *clear = window.findChild<QLineEdit *>()->findChild<QToolButton *>();
        QVERIFY(clear);
        QCOMPARE(name(clear), QStringLiteral("Clear the text"));
        QCOMPARE(name(window.findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))),
            QStringLiteral("More actions"));

        SettingsDialog settings;
        auto *language = settings.findChild<QComboBox *>();
        QCOMPARE(name(language), QStringLiteral("Language"));
        QCOMPARE(QAccessible::queryAccessibleInterface(language)->text(QAccessible::Value),
            QStringLiteral("System language"));

        RegistriesDialog *registries = window.showRegistries();
        auto *status = registries->findChild<StatusMessage *>();
        QVERIFY(status);
        QCOMPARE(QAccessible::queryAccessibleInterface(status)->role(), QAccessible::StatusBar);
        for (QPushButton *button : registries->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Log in"))
                button->click(); // with no registry typed: the dialog says so
        QVERIFY(!registries->message().isEmpty());
        QCOMPARE(name(status), registries->message());
    }

    void detailsDialog()
    {
        ChartDetailsDialog dialog(m_cache, *Reference::parse(QStringLiteral("localhost:5000/a/keys:1.0.0")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QWidget *>(QStringLiteral("overview")), 10000);
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs->count() >= 6);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            checkKeyboardAndNames(&dialog);
        }
    }

    void settingsDialog()
    {
        SettingsDialog dialog;
        checkKeyboardAndNames(&dialog);
    }

    void saveDialog()
    {
        SaveDialog dialog(
            m_tmp.path() + QStringLiteral("/src"), QStringLiteral("localhost:5000/a/keys:1.0.0"), false);
        checkKeyboardAndNames(&dialog);
    }

    void registriesAndPullDialogs()
    {
        MainWindow window(m_cache);
        checkKeyboardAndNames(window.showRegistries());
        checkKeyboardAndNames(window.showPull());
        if (!LocalRegistry::serverProgram().isEmpty())
            checkKeyboardAndNames(window.showLocalRegistry());
        AboutDialog about;
        checkKeyboardAndNames(&about);
        QVERIFY(about.findChild<QLabel *>(QStringLiteral("about-text"))
                    ->text()
                    .contains(QStringLiteral("libarchive")));
    }

    void iconsFollowThePalette()
    {
        MainWindow window(m_cache);
        const QList<QAction *> actions
            = window.findChild<QToolBar *>(QStringLiteral("charts-toolbar"))->actions();
        QVERIFY(actions.size() >= 10);
        for (QAction *action : actions)
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));

        const QPalette original = QApplication::palette();
        QPalette light = original;
        light.setColor(QPalette::WindowText, QColor(20, 20, 20));
        light.setColor(QPalette::Disabled, QPalette::WindowText, QColor(150, 150, 150));
        QPalette dark = original;
        dark.setColor(QPalette::WindowText, QColor(240, 240, 240));
        const QIcon icon = actionIcon(QStringLiteral("remove"));

        QApplication::setPalette(light);
        const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(sharp.deviceIndependentSize().toSize(), QSize(24, 24));
        QCOMPARE(sharp.size(), QSize(48, 48)); // drawn for the pixel ratio, not scaled up
        QCOMPARE(inkOf(sharp.toImage()).rgb(), QColor(20, 20, 20).rgb());
        QCOMPARE(
            inkOf(icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage()).rgb(), QColor(150, 150, 150).rgb());
        QApplication::setPalette(dark);
        QCOMPARE(inkOf(icon.pixmap(QSize(24, 24)).toImage()).rgb(), QColor(240, 240, 240).rgb());
        QApplication::setPalette(original);
        QVERIFY(!applicationIcon().isNull());
    }
};

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
