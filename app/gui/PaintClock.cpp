#include "app/gui/PaintClock.h"

#include "ui/ChartTableModel.h"

#include <QEvent>
#include <QTableView>

#include <cstdio>
#include <ctime>

namespace charthouse {

namespace {

double seconds(clockid_t which)
{
    timespec clock {};
    clock_gettime(which, &clock);
    return static_cast<double>(clock.tv_sec) + static_cast<double>(clock.tv_nsec) / 1e9;
}

} // namespace

PaintClock::PaintClock(MainWindow *window) : QObject(window), m_window(window)
{
    window->view()->viewport()->installEventFilter(this);
    connect(window, &MainWindow::refreshed, this, &PaintClock::reportListed);
}

void PaintClock::reportListed()
{
    if (m_reported)
        return;
    const When listed = now();
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
}

bool PaintClock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_reported)
        return QObject::eventFilter(watched, event);
    // The paint itself first, then its time.
    m_window->view()->viewport()->removeEventFilter(this);
    const bool handled = watched->event(event);
    m_window->view()->viewport()->installEventFilter(this);
    m_paints.append({now(), m_window->model()->rowCount()});
    return handled;
}

PaintClock::When PaintClock::now()
{
    return {seconds(CLOCK_REALTIME), seconds(CLOCK_PROCESS_CPUTIME_ID)};
}

void PaintClock::report(const char *what, When when)
{
    std::fprintf(stderr, "charthouse-bench %s %.6f %.3f\n", what, when.first, when.second);
}

} // namespace charthouse
