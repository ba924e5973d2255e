#include "app/gui/PaintClock.h"
#include "core/cache/ChartCache.h"
#include "ui/ChartTableModel.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
#include <QUrl>

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
    // The last listing is kept in our own XDG cache directory (never in the chart cache), for a fast next start.
    charthouse::ChartListOptions listing;
    listing.listingCache = std::make_shared<const charthouse::ListingCache>(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/listings"));
    charthouse::MainWindow window(charthouse::SettingsDialog::cacheLocation(), nullptr, std::move(listing));
    if (qEnvironmentVariableIsSet("CHARTHOUSE_REPORT_PAINTS"))
        new charthouse::PaintClock(&window);
    window.show();
    // The keyboard focus, also where no window manager hands it to a new window (an X session without one).
    window.activateWindow();
    // Chart directories or packages named on the command line are offered for saving, as if dropped on the
    // window (also how the accessibility test opens the Save dialog).
    QList<QUrl> charts;
    for (const QString &argument : QApplication::arguments().mid(1))
        charts.append(QUrl::fromLocalFile(QFileInfo(argument).absoluteFilePath()));
    if (!charts.isEmpty())
        window.saveDropped(charts);
    // For bench/bench-gui.sh: quit once the table is populated, so start-to-table time can be measured.
    if (qEnvironmentVariableIsSet("CHARTHOUSE_QUIT_WHEN_LISTED"))
        QObject::connect(
            &window, &charthouse::MainWindow::refreshed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    return QApplication::exec();
}
