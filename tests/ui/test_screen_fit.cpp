// The main window fits a small screen: on 1600×1000 pixels at 2× (800×500 to Qt) the first window opens
// within the screen's available geometry, centred, and a saved geometry larger than the screen comes back
// fitted too. The offscreen screen is set in main, before QApplication. (No raw string literals: Qt 6.4's moc
// fails on them.)
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;

class TestScreenFit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString describe(const QRect &r) const
    {
        return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    }

    // Shows the window; its frame must lie within the screen's available geometry.
    void showWithin(MainWindow &window, QRect *frame)
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        *frame = window.frameGeometry();
        QVERIFY2(available.contains(*frame),
            qPrintable(QStringLiteral("%1 outside %2").arg(describe(*frame), describe(available))));
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_tmp.path() + QStringLiteral("/xdg-cache")).toUtf8());
        QScreen *screen = QGuiApplication::primaryScreen();
        QCOMPARE(screen->devicePixelRatio(), 2.0);
        QCOMPARE(screen->availableGeometry().size(), QSize(800, 500));
    }

    void firstWindowFitsTheScreen()
    {
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        MainWindow window(m_tmp.path() + QStringLiteral("/cache"));
        QRect frame;
        showWithin(window, &frame);
        if (QTest::currentTestFailed())
            return;
        // Centred, and still a useful size.
        QVERIFY2(qAbs(frame.center().x() - available.center().x()) <= 1, qPrintable(describe(frame)));
        QVERIFY2(qAbs(frame.center().y() - available.center().y()) <= 1, qPrintable(describe(frame)));
        QVERIFY2(frame.width() >= available.width() * 8 / 10, qPrintable(describe(frame)));
        // Larger than the screen when it closes: that is what it remembers.
        window.resize(2000, 1200);
    }

    void savedGeometryLargerThanTheScreenIsFitted()
    {
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        MainWindow window(m_tmp.path() + QStringLiteral("/cache"));
        QRect frame;
        showWithin(window, &frame);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    QFile file(config.filePath(QStringLiteral("screen.json")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    // 192 dpi against a base of 96: Qt scales by 2, as it does for such a screen on X11.
    file.write("{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, \"width\": 1600, \"height\": 1000, "
               "\"logicalDpi\": 192, \"logicalBaseDpi\": 96, \"dpr\": 1}]}");
    file.close();
    qputenv("QT_QPA_PLATFORM", QString(QStringLiteral("offscreen:configfile=") + file.fileName()).toUtf8());
    QApplication app(argc, argv);
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_screen_fit.moc"
