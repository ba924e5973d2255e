#include "ui/MainWindow.h"

#include <QLabel>

namespace charthouse {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Charthouse"));
    auto *placeholder = new QLabel(tr("Charthouse keeps your Helm charts. Use charthouse-cli for now; "
                                      "the chart table arrives soon."),
                                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
    resize(900, 560);
}

} // namespace charthouse
