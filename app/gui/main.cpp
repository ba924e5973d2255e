#include "core/cache/ChartCache.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Charthouse"));
    QApplication::setOrganizationName(QStringLiteral("Charthouse"));
    QApplication::setApplicationVersion(QStringLiteral(CHARTHOUSE_VERSION));
    QApplication::setWindowIcon(charthouse::applicationIcon());
    // The .desktop file's name (packaging/linux), so Wayland compositors match windows to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.charthouse.Charthouse"));
    // The language setting, else the system's; English (with its plural forms) for languages without a
    // catalogue of their own.
    const QString language = charthouse::SettingsDialog::language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QTranslator ours;
    QTranslator qt;
    if (charthouse::loadTranslation(ours, locale))
        QApplication::installTranslator(&ours);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    charthouse::MainWindow window(charthouse::SettingsDialog::cacheLocation());
    window.show();
    // For bench/bench-gui.sh: quit once the table is populated, so start-to-table time can be measured.
    if (qEnvironmentVariableIsSet("CHARTHOUSE_QUIT_WHEN_LISTED"))
        QObject::connect(
            &window, &charthouse::MainWindow::refreshed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    return QApplication::exec();
}
