#pragma once

#include "core/registry/RegistryOptions.h"

#include <QObject>
#include <QTimer>

class QNetworkReply;

namespace charthouse {

// Ends a request that stalls, and remembers why: no answer (or no byte of the body) for the idle timeout, or
// a body that moves fewer than the speed limit's bytes in its window. Qt's transfer timeout is not used: its
// abort looks like any other cancel, so the reason could not be told apart (and was sometimes reported as
// "Operation canceled"). Lives as the reply's child.
class TransferWatch : public QObject
{
    Q_OBJECT
public:
    enum class Stall { None, Idle, Slow };

    TransferWatch(QNetworkReply *reply, int idleTimeoutMs, const TransferLimits &limits);

    // While the reader holds back (its writer is behind), a quiet connection is not the server's fault.
    void pause();
    void resume();

    Stall stall() const { return m_stall; }
    bool answered() const { return m_answered; } // the response headers arrived
    qint64 bytesInLastWindow() const { return m_lastWindowBytes; }

private:
    void activity();
    void checkSpeed();
    void end(Stall why);

    QNetworkReply *m_reply;
    TransferLimits m_limits;
    QTimer m_idle;
    QTimer m_speed;
    qint64 m_moved = 0; // bytes up and down so far
    qint64 m_windowStart = 0; // m_moved when the speed window began
    qint64 m_lastWindowBytes = 0;
    qint64 m_downloaded = 0;
    qint64 m_uploaded = 0;
    Stall m_stall = Stall::None;
    bool m_answered = false;
    bool m_paused = false;
};

} // namespace charthouse
