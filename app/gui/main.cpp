#include "core/cache/ChartCache.h"
#include "ui/ChartTableModel.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QTableView>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
#include <QUrl>

#include <cstdio>
#include <ctime>

namespace {

// For bench/bench-gui.sh (CHARTHOUSE_REPORT_PAINTS): prints to stderr the wall-clock times at which the table
// first painted rows, first painted as many rows as the first listing has, and at which that listing completed,
// so the script can subtract its start time; each with the CPU time the process had used by then (on a busy
// machine the wall-clock times say more about the others).
class PaintClock : public QObject
{
public:
    explicit PaintClock(charthouse::MainWindow *window) : QObject(window), m_window(window)
    {
        window->view()->viewport()->installEventFilter(this);
        connect(window, &charthouse::MainWindow::refreshed, this, [this] {
            if (m_reported)
                return;
            const auto listed = std::pair {now(), cpuTime()};
            m_window->view()->viewport()->repaint();
            m_reported = true;
            const int rows = m_window->model()->rowCount();
            for (const Paint &paint : std::as_const(m_paints))
                if (paint.rows > 0) {
                    report("first-rows-painted", paint.when);
                    break;
                }
            for (const Paint &paint : std::as_const(m_paints))
                if (rows > 0 && paint.rows == rows) {
                    report("all-rows-painted", paint.when);
                    break;
                }
            report("listing-complete", listed);
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_reported)
            return QObject::eventFilter(watched, event);
        // The paint itself first, then its time.
        m_window->view()->viewport()->removeEventFilter(this);
        const bool handled = watched->event(event);
        m_window->view()->viewport()->installEventFilter(this);
        m_paints.append({{now(), cpuTime()}, m_window->model()->rowCount()});
        return handled;
    }

private:
    static double seconds(clockid_t which)
    {
        timespec clock {};
        clock_gettime(which, &clock);
        return static_cast<double>(clock.tv_sec) + static_cast<double>(clock.tv_nsec) / 1e9;
    }
    static double now() { return seconds(CLOCK_REALTIME); }
    static double cpuTime() { return seconds(CLOCK_PROCESS_CPUTIME_ID); }
    static void report(const char *what, std::pair<double, double> when)
    {
        std::fprintf(stderr, "charthouse-bench %s %.6f %.3f\n", what, when.first, when.second);
    }

    struct Paint
    {
        std::pair<double, double> when; // wall clock, CPU time
        int rows; // in the model
    };
    charthouse::MainWindow *m_window;
    QList<Paint> m_paints;
    bool m_reported = false;
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
