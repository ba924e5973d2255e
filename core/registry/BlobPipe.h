#pragma once

#include "core/common/Result.h"
#include "core/oci/Descriptor.h"
#include "core/registry/RegistryClient.h"

#include <QByteArray>
#include <QPointer>

#include <functional>

namespace charthouse {

// Carries one blob from a download (RegistryClient::fetchBlob, through reader()) to a chunked upload
// (RegistryClient::uploadStreamedBlob) with at most `window` bytes held in memory: the download pauses while
// the window is full and resumes once the upload has sent a piece. What the source sends is hashed on the way
// and checked against the descriptor (digest and size) before the upload is completed. Job thread only.
class BlobPipe
{
public:
    static constexpr qint64 defaultWindow = 4 * 1024 * 1024;

    explicit BlobPipe(Descriptor blob, qint64 window = defaultWindow);

    const Descriptor &blob() const { return m_blob; }
    // For fetchBlob(). A retried download starts its hash over; bytes already taken are not taken twice.
    BlobReader reader();
    // The download call, resumed when the window has room again.
    void setSource(RegistryCall *call) { m_source = call; }
    // The download delivered everything: checks what it sent against the descriptor. After success the
    // upload may complete.
    Result<void> sourceDone();

    // The upload side: up to `max` bytes to send next (they stay counted in the window until dropSent()).
    QByteArray nextPiece(qint64 max) const { return m_buffer.left(max); }
    void dropSent(qint64 bytes);
    qint64 buffered() const { return m_buffer.size(); }
    bool ended() const { return m_ended; }
    // Called once when bytes arrive or the source ends, if the upload waits for them.
    void whenReady(std::function<void()> ready);
    // Drops a waiting whenReady() callback (which may hold its owner): once the upload has ended.
    void forgetReady() { m_ready = {}; }

    qint64 peakBuffered() const { return m_peak; }

private:
    void wake();

    Descriptor m_blob;
    qint64 m_window;
    QByteArray m_buffer;
    Sha256Stream m_hash;
    qint64 m_position = 0; // of the current download attempt
    qint64 m_taken = 0; // bytes that entered the buffer, over all attempts
    qint64 m_peak = 0;
    bool m_ended = false;
    QPointer<RegistryCall> m_source;
    std::function<void()> m_ready;
};

} // namespace charthouse
