#include "core/registry/BlobPipe.h"

#include "core/registry/RegistryLimits.h"

#include <QCoreApplication>

namespace charthouse {

BlobPipe::BlobPipe(Descriptor blob, qint64 window)
    : m_blob(std::move(blob)), m_window(qMax(window, streamChunk))
{ }

BlobReader BlobPipe::reader()
{
    BlobReader reader;
    reader.write = [this](QByteArrayView chunk) -> Result<void> {
        m_hash.add(chunk);
        const qint64 end = m_position + chunk.size();
        if (end > m_taken) { // a retry sends again what the first attempt gave; only the rest is new
            m_buffer.append(chunk.sliced(chunk.size() - (end - m_taken)));
            m_taken = end;
            m_peak = qMax(m_peak, qint64(m_buffer.size()));
            wake();
        }
        m_position = end;
        return {};
    };
    // A piece is at most streamChunk: asked before each, this keeps the buffer within the window.
    reader.full = [this] { return m_buffer.size() + streamChunk > m_window; };
    reader.restart = [this] {
        m_hash = Sha256Stream();
        m_position = 0;
    };
    return reader;
}

Result<void> BlobPipe::sourceDone()
{
    if (m_position != m_blob.size || m_hash.result() != m_blob.digest)
        return Error(Error::Code::Corrupt,
            QCoreApplication::translate("BlobPipe",
                "the blob %1 that was read (%2 bytes, %3) is not the one its manifest names (%4 bytes)")
                .arg(m_blob.digest.toString())
                .arg(m_position)
                .arg(m_hash.result().toString())
                .arg(m_blob.size));
    m_ended = true;
    wake();
    return {};
}

void BlobPipe::dropSent(qint64 bytes)
{
    m_buffer.remove(0, bytes);
    if (m_source)
        m_source->resumeReading();
}

void BlobPipe::whenReady(std::function<void()> ready)
{
    m_ready = std::move(ready);
    if (m_ended || !m_buffer.isEmpty())
        wake();
}

void BlobPipe::wake()
{
    if (auto ready = std::exchange(m_ready, {}))
        ready();
}

} // namespace charthouse
