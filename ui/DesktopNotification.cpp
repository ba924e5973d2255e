#include "ui/DesktopNotification.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QStringList>
#include <QVariantMap>

namespace charthouse {

void notifyDesktop(const QString &summary, const QString &body, bool problem)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage notify = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("Notify"));
    // The .desktop file's name (packaging/linux) and its icon; urgency 1 normal, 2 critical.
    const QString desktopEntry = QStringLiteral("io.github.charthouse.Charthouse");
    const QVariantMap hints {{QStringLiteral("desktop-entry"), desktopEntry},
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(problem ? 2 : 1)}};
    notify << QStringLiteral("Charthouse") << 0U << desktopEntry << summary << body << QStringList() << hints
           << -1;
    bus.send(notify);
}

} // namespace charthouse
