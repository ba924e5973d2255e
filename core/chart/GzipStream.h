#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>
#include <zlib.h>

namespace charthouse {

// Decompresses one gzip stream held in memory, piece by piece into a fixed buffer, and checks what
// libarchive's gzip filter lets through: the CRC-32 and length in the trailer, and that nothing follows the
// stream (neither stray bytes nor a second gzip member). ChartArchiveReader hands the pieces to libarchive's
// tar reader.
class GzipStream
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartArchiveReader)
public:
    // maxOutput: how many decompressed bytes to allow in all, so that a gzip bomb stops early.
    GzipStream(const QByteArray &gzip, qint64 maxOutput);
    ~GzipStream();
    GzipStream(const GzipStream &) = delete;
    GzipStream &operator=(const GzipStream &) = delete;

    // Why these bytes can't be a gzip stream at all (empty, no signature, a plain tar), or nothing.
    static std::optional<QString> notGzip(const QByteArray &data);

    // The next piece of decompressed data (valid until the next call); empty at the end of the stream or on
    // an error, which error() then holds.
    QByteArrayView next();
    // Decompresses what is left (after the tar's end) and checks the trailer and that nothing follows.
    Result<void> finish();
    const std::optional<Error> &error() const { return m_error; }
    qint64 produced() const { return m_produced; }

private:
    bool fail(Error::Code code, const QString &reason);
    bool truncated();
    bool readHeader();
    bool checkTrailer();

    const QByteArray &m_in;
    qint64 m_offset = 0; // next input byte not yet given to zlib
    qint64 m_maxOutput;
    qint64 m_produced = 0;
    uLong m_crc = 0;
    z_stream m_zlib {};
    bool m_started = false;
    bool m_ended = false;
    std::optional<Error> m_error;
    QByteArray m_buffer;
};

} // namespace charthouse
