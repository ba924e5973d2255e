#include "core/cache/ChartCache.h"
#include "ui/ChartTableModel.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QTableView>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <ctime>

namespace {

// For bench/bench-gui.sh (CHARTHOUSE_REPORT_PAINTS): prints to stderr the wall-clock time at which the table
// first painted rows and at which it painted the complete listing, so the script can subtract its start time.
class PaintClock : public QObject
{
public:
    explicit PaintClock(charthouse::MainWindow *window) : QObject(window), m_window(window)
    {
        window->view()->viewport()->installEventFilter(this);
        connect(window, &charthouse::MainWindow::refreshed, this, [this] {
            if (m_window->model()->rowCount() == 0)
                return;
            m_listed = true;
            m_window->view()->viewport()->repaint();
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_window->model()->rowCount() == 0 || m_allPainted)
            return QObject::eventFilter(watched, event);
        m_window->view()->viewport()->removeEventFilter(this);
        const bool handled = watched->event(event); // the paint itself, then the time
        if (!m_firstPainted) {
            m_firstPainted = true;
            report("first-rows-painted");
        }
        if (m_listed) {
            m_allPainted = true;
            report("all-rows-painted");
        } else {
            m_window->view()->viewport()->installEventFilter(this);
        }
        return handled;
    }

private:
    static void report(const char *what)
    {
        timespec now {};
        clock_gettime(CLOCK_REALTIME, &now);
        std::fprintf(stderr, "charthouse-bench %s %lld.%09ld\n", what, static_cast<long long>(now.tv_sec), now.tv_nsec);
    }

    charthouse::MainWindow *m_window;
    bool m_listed = false, m_firstPainted = false, m_allPainted = false;
};

} // namespace

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
        new PaintClock(&window);
    window.show();
    // For bench/bench-gui.sh: quit once the table is populated, so start-to-table time can be measured.
    if (qEnvironmentVariableIsSet("CHARTHOUSE_QUIT_WHEN_LISTED"))
        QObject::connect(
            &window, &charthouse::MainWindow::refreshed, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    return QApplication::exec();
}
