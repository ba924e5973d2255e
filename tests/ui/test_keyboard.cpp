// Full keyboard use and accessible names: in the main window and in every dialog, Tab reaches each control
// that takes input, and each of those has a name a screen reader can say. Also the action icons: present on
// every toolbar action, drawn in the palette's text colour (light and dark) at the pixel ratio asked for.
#include "core/registry/LocalRegistry.h"
#include "tests/support/TestSupport.h"
#include "ui/AboutDialog.h"
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
#include <QComboBox>
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
