#pragma once

#include <QMainWindow>

namespace charthouse {

// The main window. For now a placeholder; the chart table, drag and drop and the details view follow.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace charthouse
