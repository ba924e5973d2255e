#include "core/cache/ChartCache.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Charthouse"));
    QApplication::setOrganizationName(QStringLiteral("Charthouse"));
    QApplication::setApplicationVersion(QStringLiteral(CHARTHOUSE_VERSION));
    charthouse::MainWindow window(charthouse::SettingsDialog::cacheLocation());
    window.show();
    return QApplication::exec();
}
