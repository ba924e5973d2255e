#pragma once

#include <QString>

namespace charthouse {

// Tells the desktop (org.freedesktop.Notifications on the session bus) that something ended: summary and
// body, marked urgent when it is a problem. Does nothing without a session bus; never waits for an answer.
void notifyDesktop(const QString &summary, const QString &body, bool problem);

} // namespace charthouse
