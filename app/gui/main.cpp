#include "core/cache/ChartCache.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Charthouse"));
    QApplication::setOrganizationName(QStringLiteral("Charthouse"));
    QApplication::setApplicationVersion(QStringLiteral(CHARTHOUSE_VERSION));
    charthouse::MainWindow window(charthouse::ChartCache::defaultRoot());
    window.show();
    return QApplication::exec();
}
