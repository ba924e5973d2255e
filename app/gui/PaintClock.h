#pragma once

#include "ui/MainWindow.h"

#include <QList>
#include <QObject>

#include <utility>

namespace charthouse {

// For bench/bench-gui.sh (CHARTHOUSE_REPORT_PAINTS): prints to stderr the wall-clock times at which the table
// first painted rows, first painted as many rows as the first listing has, and at which that listing
// completed, so the script can subtract its start time; each with the CPU time the process had used by then
// (on a busy machine the wall-clock times say more about the others).
class PaintClock : public QObject
{
public:
    explicit PaintClock(MainWindow *window);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using When = std::pair<double, double>; // wall clock, CPU time
    struct Paint
    {
        When when;
        int rows; // in the model
    };
    void reportListed();
    static When now();
    static void report(const char *what, When when);

    MainWindow *m_window;
    QList<Paint> m_paints;
    bool m_reported = false;
};

} // namespace charthouse
