// How the window responds with a full cache: every page of the table scrolled and painted, every column
// sorted, a filter typed key by key. Prints the times per frame beside a 60 Hz frame budget (16.7 ms). Usage:
// charthouse-bench-gui CACHE_DIR   (run offscreen: QT_QPA_PLATFORM=offscreen)
#include "ui/ChartTableModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace charthouse;

namespace {

struct Frames
{
    QList<double> ms;

    template<typename F> void time(F &&step)
    {
        QElapsedTimer clock;
        clock.start();
        step();
        QCoreApplication::processEvents();
        ms.append(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }

    void print(const char *what) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        auto at = [&sorted](double q) {
            return sorted.value(std::min<qsizetype>(
                sorted.size() - 1, static_cast<qsizetype>(q * static_cast<double>(sorted.size()))));
        };
        std::printf(
            "  %-34s %5lld frames  median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (max/16.7 ms budget: %.2f)\n",
            what, static_cast<long long>(sorted.size()), at(0.5), at(0.95), sorted.last(),
            sorted.last() / 16.7);
    }
};

void measure(MainWindow &window)
{
    QTableView *view = window.view();
    QScrollBar *bar = view->verticalScrollBar();
    std::printf("  %lld charts in the table\n", static_cast<long long>(window.model()->rowCount()));

    Frames scroll;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep()))
        scroll.time([&] {
            bar->setValue(value);
            view->viewport()->repaint();
        });
    scroll.print("scroll page by page and paint");

    Frames sort;
    for (int column = 0; column < window.model()->columnCount(); ++column)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            sort.time([&] {
                view->sortByColumn(column, order);
                view->viewport()->repaint();
            });
    sort.print("sort by each column (both ways)");

    Frames filter;
    auto *edit = window.findChild<QLineEdit *>();
    const QString typed = QStringLiteral("bench:1.0.99");
    for (qsizetype i = 1; i <= typed.size(); ++i)
        filter.time([&] {
            edit->setText(typed.left(i));
            view->viewport()->repaint();
        });
    filter.time([&] {
        edit->clear();
        view->viewport()->repaint();
    });
    filter.print("type a filter, key by key, clear");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CACHE_DIR\n", argv[0]);
        return 2;
    }
    MainWindow window(QString::fromLocal8Bit(argv[1]));
    window.resize(1200, 800);
    window.show();
    QObject::connect(
        &window, &MainWindow::refreshed, &app,
        [&] {
            measure(window);
            QCoreApplication::quit();
        },
        Qt::SingleShotConnection);
    return QApplication::exec();
}
