#include "core/registry/TransferWatch.h"

#include <QNetworkReply>

namespace charthouse {

TransferWatch::TransferWatch(QNetworkReply *reply, int idleTimeoutMs, const TransferLimits &limits)
    : QObject(reply), m_reply(reply), m_limits(limits)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { end(Stall::Idle); });
    m_speed.setInterval(m_limits.lowSpeedWindowMs);
    connect(&m_speed, &QTimer::timeout, this, &TransferWatch::checkSpeed);

    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        m_moved += qMax<qint64>(0, received - m_downloaded);
        m_downloaded = received;
        activity();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        m_moved += qMax<qint64>(0, sent - m_uploaded);
        m_uploaded = sent;
        activity();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_answered && !m_paused && m_limits.lowSpeedBytes > 0) {
            // The speed of a body counts from its first byte: waiting for an answer is the idle timeout's.
            m_windowStart = m_moved;
            m_speed.start();
        }
        m_answered = true;
        activity();
    });
    connect(reply, &QNetworkReply::encrypted, this, &TransferWatch::activity);
    m_idle.start();
    // An upload's speed counts from the start.
    if (m_limits.lowSpeedBytes > 0 && reply->operation() != QNetworkAccessManager::GetOperation
        && reply->operation() != QNetworkAccessManager::HeadOperation)
        m_speed.start();
}

void TransferWatch::activity()
{
    if (!m_paused && m_stall == Stall::None)
        m_idle.start();
}

void TransferWatch::pause()
{
    m_paused = true;
    m_idle.stop();
    m_speed.stop();
}

void TransferWatch::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_stall != Stall::None)
        return;
    m_idle.start();
    if (m_answered && m_limits.lowSpeedBytes > 0) {
        m_windowStart = m_moved;
        m_speed.start();
    }
}

void TransferWatch::checkSpeed()
{
    m_lastWindowBytes = m_moved - m_windowStart;
    m_windowStart = m_moved;
    if (m_lastWindowBytes < m_limits.lowSpeedBytes)
        end(Stall::Slow);
}

void TransferWatch::end(Stall why)
{
    if (m_stall != Stall::None || m_reply->isFinished())
        return;
    m_stall = why;
    m_idle.stop();
    m_speed.stop();
    m_reply->abort();
}

} // namespace charthouse
