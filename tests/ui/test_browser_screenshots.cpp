// Screenshots of the registry browser for the README and the user guide, in English and Korean: the main
// window with the sidebar (the local cache and a real registry's repositories) and one repository's versions,
// newest first with their badges. Written to $CHARTHOUSE_SCREENSHOT_DIR when set (docs/screenshots holds the
// committed ones); otherwise the test only checks the pictures can be made.
#include "tests/ui/Screenshot.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"
#include "ui/CompareFileList.h"
#include "ui/CompareWindow.h"
#include "ui/MainWindow.h"
#include "ui/RegistryBrowser.h"
#include "ui/RegistrySidebar.h"
#include "ui/VersionsPanel.h"

#include <QAction>
#include <QApplication>
#include <QLibraryInfo>
#include <QListView>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestBrowserScreenshots : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QTranslator m_english;

    QString cacheRoot() const { return m_tmp.path() + QStringLiteral("/cache"); }

    void cli(const QStringList &arguments)
    {
        const auto result = run(cliPath(), QStringList {QStringLiteral("--cache"), cacheRoot()} + arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

    // Saves name:version from a chart directory with a README, pushes it, and keeps it cached or not.
    void publish(const QString &name, const QString &version, bool keepCached)
    {
        const QString dir = makeChart(m_tmp.path() + QStringLiteral("/src-%1-%2").arg(name, version), name,
            version, {{QStringLiteral("README.md"), "# " + name.toUtf8() + "\n"}});
        const QString ref = QStringLiteral("%1/charts/%2:%3").arg(m_registry->host(), name, version);
        cli({QStringLiteral("chart"), QStringLiteral("save"), dir, ref});
        cli({QStringLiteral("chart"), QStringLiteral("push"), ref});
        if (!keepCached)
            cli({QStringLiteral("chart"), QStringLiteral("remove"), ref});
    }

    // The window with the browser shown and the repository's versions listed.
    void showBrowser(MainWindow &window, const QString &pictureName)
    {
        window.resize(1200, 600);
        window.show();
        RegistryBrowser *browser = window.browser();
        browser->toggleAction()->setChecked(true);
        RegistrySidebar *sidebar = browser->sidebar();
        sidebar->addRegistry(m_registry->host());
        QSignalSpy listed(sidebar, &RegistrySidebar::repositoriesListed);
        sidebar->listRepositories(m_registry->host());
        QVERIFY(listed.wait(15000));
        QSignalSpy versions(browser->versions(), &VersionsPanel::versionsListed);
        sidebar->selectRepository(
            *Reference::parseRepository(m_registry->host() + QStringLiteral("/charts/nginx")));
        QVERIFY(versions.wait(15000));
        QTRY_VERIFY(browser->versions()->view()->model()->rowCount() >= 4);
        browser->versions()->view()->selectRow(1);
        QCoreApplication::processEvents();
        saveScreenshot(window, pictureName);
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_tmp.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_CACHE_HOME", (m_tmp.path() + QStringLiteral("/xdg-cache")).toUtf8());
        qputenv("DOCKER_CONFIG", (m_tmp.path() + QStringLiteral("/docker")).toUtf8());
        QVERIFY(m_english.load(QStringLiteral(":/i18n/charthouse_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        // nginx: an older version cached, the newest only remote; a pre-release; two other repositories.
        for (const QString &version : {QStringLiteral("15.4.0"), QStringLiteral("15.4.2"),
                 QStringLiteral("15.5.0"), QStringLiteral("16.0.0-rc.1"), QStringLiteral("16.0.0")})
            publish(QStringLiteral("nginx"), version, version == QLatin1String("15.4.2"));
        publish(QStringLiteral("redis"), QStringLiteral("18.6.1"), false);
        publish(QStringLiteral("postgresql"), QStringLiteral("13.2.1"), true);
    }

    void englishBrowser()
    {
        MainWindow window(cacheRoot());
        showBrowser(window, QStringLiteral("browser-en.png"));
    }

    void compareWindow()
    {
        const QByteArray values
            = "# How many pods.\nreplicaCount: 1\nimage:\n  repository: nginx\n  tag: \"1.25\"\n"
              "service:\n  type: ClusterIP\n  port: 80\n";
        QByteArray newValues = values;
        newValues.replace("replicaCount: 1", "replicaCount: 3").replace("1.25", "1.27");
        newValues += "ingress:\n  enabled: false\n";
        const QString older = makeChart(m_tmp.path() + QStringLiteral("/cmp-old"), QStringLiteral("web"),
            QStringLiteral("1.0.0"), {{QStringLiteral("values.yaml"), values}});
        const QString newer = makeChart(m_tmp.path() + QStringLiteral("/cmp-new"), QStringLiteral("web"),
            QStringLiteral("1.1.0"),
            {{QStringLiteral("values.yaml"), newValues},
                {QStringLiteral("templates/ingress.yaml"), "kind: Ingress\n"}});
        CompareWindow window;
        window.resize(1100, 560);
        window.show();
        QSignalSpy compared(&window, &CompareWindow::compared);
        window.compare({{}, older}, {{}, newer});
        QVERIFY(compared.wait(20000));
        window.fileView()->setCurrentIndex(
            window.files()->index(window.files()->rowOfPath(QStringLiteral("values.yaml"))));
        QCoreApplication::processEvents();
        saveScreenshot(window, QStringLiteral("compare-en.png"));
    }

    void koreanBrowser()
    {
        QTranslator korean;
        QVERIFY(korean.load(QStringLiteral(":/i18n/charthouse_ko.qm")));
        QApplication::installTranslator(&korean);
        QTranslator qtKorean; // Qt's own words, from qt6-translations-l10n, as the app loads them
        QVERIFY(
            qtKorean.load(QStringLiteral("qtbase_ko"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QApplication::installTranslator(&qtKorean);
        {
            MainWindow window(cacheRoot());
            showBrowser(window, QStringLiteral("browser-ko.png"));
        }
        QApplication::removeTranslator(&qtKorean);
        QApplication::removeTranslator(&korean);
    }
};

QTEST_MAIN(TestBrowserScreenshots)
#include "test_browser_screenshots.moc"
