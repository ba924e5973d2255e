// Screenshots for the README and the user guide, taken offscreen from a real cache: the main window in the
// light and dark palettes and the details view. Written to $CHARTHOUSE_SCREENSHOT_DIR when set
// (docs/screenshots holds the committed ones); otherwise the test only checks the pictures can be made. (No
// raw string literals: Qt 6.4's moc fails on them.)
#include "tests/ui/Screenshot.h"
#include "tests/support/DarkPalette.h"
#include "tests/support/TestSupport.h"
#include "ui/AboutDialog.h"
#include "ui/ChartDetailsDialog.h"
#include "ui/ChartTableModel.h"
#include "ui/LocalRegistryDialog.h"
#include "ui/MainWindow.h"
#include "ui/RegistriesDialog.h"
#include "ui/RemoteBrowser.h"
#include "ui/SaveDialog.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPalette>
#include <QSemaphore>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestScreenshots : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_cache;
    QTranslator m_english; // plural forms ("1 chart", "6 charts"), as the app loads them in every locale

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        QVERIFY(m_english.load(QStringLiteral(":/i18n/charthouse_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_cache = m_tmp.path() + QStringLiteral("/cache");
        const QStringList charts {QStringLiteral("nginx:15.4.2"), QStringLiteral("postgresql:13.2.1"),
            QStringLiteral("redis:18.6.1"), QStringLiteral("grafana:7.0.19"),
            QStringLiteral("prometheus:25.8.0"), QStringLiteral("mychart:0.1.0")};
        for (const QString &chart : charts) {
            const QString name = chart.section(QLatin1Char(':'), 0, 0);
            const QString version = chart.section(QLatin1Char(':'), 1);
            const QString dir = makeChart(m_tmp.path() + QStringLiteral("/src-") + name, name, version,
                {{QStringLiteral("README.md"),
                    "# " + name.toUtf8() + "\n\nA Helm chart for **" + name.toUtf8()
                        + "**.\n\n- install it\n- upgrade it\n"}});
            const QStringList args {QStringLiteral("--cache"), m_cache, QStringLiteral("chart"),
                QStringLiteral("save"), dir,
                QStringLiteral("localhost:5000/myrepo/%1:%2").arg(name, version)};
            QCOMPARE(
                run(cliPath(),
                    name == QLatin1String("redis") ? args + QStringList {QStringLiteral("--legacy")} : args)
                    .exitCode,
                0);
        }
    }

    void mainWindowLightAndDark()
    {
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
            MainWindow window(m_cache);
            window.resize(1100, 560);
            window.show();
            QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 6, 10000);
            window.view()->selectRow(2);
            saveScreenshot(window,
                dark ? QStringLiteral("main-window-dark-en.png")
                     : QStringLiteral("main-window-light-en.png"));
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void mainWindowReadingTheCache()
    {
        // The first moment of a large cache: the listing held at its gate until the picture is taken.
        auto gate = std::make_shared<QSemaphore>(0);
        {
            MainWindow window(m_cache, nullptr, {nullptr, [gate] { gate->acquire(); }});
            window.resize(1100, 560);
            window.show();
            QTRY_VERIFY(window.loader()->isListing());
            QCoreApplication::processEvents();
            saveScreenshot(window, QStringLiteral("main-window-reading-en.png"));
            gate->release(1 << 20);
            QSignalSpy refreshed(&window, &MainWindow::refreshed);
            QVERIFY(refreshed.wait(10000));
        }
    }

    void koreanMainWindow()
    {
        QTranslator korean;
        QVERIFY(korean.load(QStringLiteral(":/i18n/charthouse_ko.qm")));
        QApplication::installTranslator(&korean);
        QTranslator
            qtKorean; // Qt's own words (Close, OK, Cancel), from qt6-translations-l10n, as the app loads them
        QVERIFY(
            qtKorean.load(QStringLiteral("qtbase_ko"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QApplication::installTranslator(&qtKorean);
        {
            MainWindow window(m_cache);
            window.resize(1100, 560);
            window.show();
            QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 6, 10000);
            QCOMPARE(window.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("이름"));
            window.view()->selectRow(2);
            saveScreenshot(window, QStringLiteral("main-window-light-ko.png"));
            QApplication::setPalette(darkPalette());
            QCoreApplication::processEvents(); // deliver the palette change before grabbing
            saveScreenshot(window, QStringLiteral("main-window-dark-ko.png"));
            QApplication::setPalette(QApplication::style()->standardPalette());
            // What goes wrong is said in Korean too, core's messages included.
            const QString empty = m_tmp.path() + QStringLiteral("/not-a-chart");
            QVERIFY(QDir().mkpath(empty));
            window.saveDropped({QUrl::fromLocalFile(empty)});
            QTRY_VERIFY_WITH_TIMEOUT(
                window.lastMessage().contains(QStringLiteral("Chart.yaml이 없습니다")), 10000);
        }
        {
            ChartDetailsDialog details(
                m_cache, *Reference::parse(QStringLiteral("localhost:5000/myrepo/nginx:15.4.2")));
            QSignalSpy loaded(&details, &ChartDetailsDialog::loaded);
            details.show();
            QVERIFY(loaded.wait(10000));
            QCOMPARE(details.tabs()->tabText(0), QStringLiteral("개요"));
            saveScreenshot(details, QStringLiteral("details-overview-ko.png"));
        }
        QApplication::removeTranslator(&qtKorean);
        QApplication::removeTranslator(&korean);
    }

    void detailsView()
    {
        ChartDetailsDialog details(
            m_cache, *Reference::parse(QStringLiteral("localhost:5000/myrepo/nginx:15.4.2")));
        QSignalSpy loaded(&details, &ChartDetailsDialog::loaded);
        details.show();
        QVERIFY(loaded.wait(10000));
        saveScreenshot(details, QStringLiteral("details-overview-en.png"));
        details.tabs()->setCurrentIndex(details.tabs()->count() - 3); // Manifest
        saveScreenshot(details, QStringLiteral("details-manifest-en.png"));
    }

    // The dialogs the user guide shows.
    void dialogs()
    {
        MainWindow window(m_cache);
        window.resize(1100, 560);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 6, 10000);
        SaveDialog saveDialog(m_tmp.path() + QStringLiteral("/src-nginx/nginx"),
            QStringLiteral("localhost:5000/myrepo/nginx:15.4.2"), false, &window);
        saveDialog.show();
        saveDialog.referenceEdit()->setText(
            QStringLiteral("localhost:5000/MyRepo/nginx:15.4.2")); // the live check says why not
        saveScreenshot(saveDialog, QStringLiteral("save-dialog-en.png"));
        RegistriesDialog *registries = window.showRegistries();
        registries->hostEdit()->setText(QStringLiteral("localhost:5000"));
        registries->userEdit()->setText(QStringLiteral("myuser"));
        saveScreenshot(*registries, QStringLiteral("registries-en.png"));
        RemoteBrowser *pull = window.showPull();
        pull->repositoryEdit()->setText(QStringLiteral("localhost:5000/myrepo/mychart"));
        saveScreenshot(*pull, QStringLiteral("pull-en.png"));
        LocalRegistryDialog *local = window.showLocalRegistry();
        QTRY_VERIFY_WITH_TIMEOUT(!local->status().isEmpty(), 10000);
        saveScreenshot(*local, QStringLiteral("local-registry-en.png"));
        SettingsDialog settings(&window);
        settings.show();
        saveScreenshot(settings, QStringLiteral("settings-en.png"));
        AboutDialog about(&window);
        about.show();
        saveScreenshot(about, QStringLiteral("about-en.png"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
