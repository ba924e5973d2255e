#include "core/chart/GzipStream.h"

#include <QCoreApplication>

#include <algorithm>

namespace charthouse {

namespace {

constexpr qsizetype bufferSize = 64 * 1024;
constexpr qint64 maxChunk = 1 << 30; // zlib counts input in 32-bit units

quint32 littleEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[0]) | quint32(u[1]) << 8 | quint32(u[2]) << 16 | quint32(u[3]) << 24;
}

} // namespace

GzipStream::GzipStream(const QByteArray &gzip, qint64 maxOutput)
    : m_in(gzip), m_maxOutput(maxOutput), m_buffer(bufferSize, Qt::Uninitialized)
{
    m_crc = crc32(0, nullptr, 0);
}

GzipStream::~GzipStream()
{
    if (m_started)
        inflateEnd(&m_zlib);
}

std::optional<QString> GzipStream::notGzip(const QByteArray &data)
{
    if (data.isEmpty())
        return tr("the file is empty");
    if (data.startsWith("\x1f\x8b"))
        return std::nullopt;
    if (data.size() >= 262 && data.mid(257, 5) == "ustar")
        return tr("it is a tar archive without gzip compression");
    return tr("it does not start with gzip's signature (1f 8b)");
}

bool GzipStream::truncated()
{
    return fail(Error::Code::Corrupt, tr("the gzip stream ends early — the file is truncated or damaged"));
}

bool GzipStream::fail(Error::Code code, const QString &reason)
{
    if (!m_error)
        m_error = Error(code,
            code == Error::Code::TooLarge ? reason : tr("not a chart package (gzip'd tar): %1").arg(reason));
    return false;
}

// RFC 1952's member header, parsed here so that raw inflate can be used and the trailer checked by our own
// code rather than by matching zlib's error text.
bool GzipStream::readHeader()
{
    const qint64 size = m_in.size();
    const char *p = m_in.constData();
    if (size < 10)
        return truncated();
    const auto flags = static_cast<unsigned char>(p[3]);
    if (static_cast<unsigned char>(p[2]) != Z_DEFLATED || (flags & 0xe0) != 0)
        return fail(Error::Code::Corrupt, tr("the gzip header is not valid"));
    qint64 at = 10;
    if (flags & 0x04) { // FEXTRA
        if (at + 2 > size)
            return truncated();
        at += 2 + (static_cast<unsigned char>(p[at]) | static_cast<unsigned char>(p[at + 1]) << 8);
    }
    for (const int flag : {0x08, 0x10}) { // FNAME, FCOMMENT: zero-terminated
        if (!(flags & flag))
            continue;
        const qint64 end = at < size ? m_in.indexOf('\0', at) : -1;
        if (end < 0)
            return truncated();
        at = end + 1;
    }
    if (flags & 0x02) // FHCRC
        at += 2;
    if (at > size)
        return truncated();
    m_offset = at;
    if (inflateInit2(&m_zlib, -MAX_WBITS) != Z_OK)
        return fail(Error::Code::Internal, tr("the gzip stream is not valid"));
    m_started = true;
    return true;
}

QByteArrayView GzipStream::next()
{
    if (m_error || m_ended || (!m_started && !readHeader()))
        return {};
    m_zlib.next_out = reinterpret_cast<Bytef *>(m_buffer.data());
    m_zlib.avail_out = static_cast<uInt>(m_buffer.size());
    while (m_zlib.avail_out == static_cast<uInt>(m_buffer.size())) {
        if (m_zlib.avail_in == 0 && m_offset < m_in.size()) {
            const qint64 chunk = std::min(maxChunk, m_in.size() - m_offset);
            m_zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_in.constData() + m_offset));
            m_zlib.avail_in = static_cast<uInt>(chunk);
            m_offset += chunk;
        }
        const int status = inflate(&m_zlib, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            m_ended = true;
            break;
        }
        if (status == Z_BUF_ERROR) { // no input left, and the stream has not ended
            truncated();
            return {};
        }
        if (status != Z_OK) {
            fail(Error::Code::Corrupt,
                tr("the compressed data is damaged (%1)")
                    .arg(QString::fromUtf8(m_zlib.msg ? m_zlib.msg : "zlib")));
            return {};
        }
    }
    const auto n = static_cast<qsizetype>(m_buffer.size() - m_zlib.avail_out);
    m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(m_buffer.constData()), static_cast<uInt>(n));
    m_produced += n;
    if (m_produced > m_maxOutput) {
        fail(Error::Code::TooLarge,
            tr("the chart package expands to more than the limit of %1 bytes").arg(m_maxOutput));
        return {};
    }
    if (m_ended && !checkTrailer())
        return {};
    return QByteArrayView(m_buffer.constData(), n);
}

bool GzipStream::checkTrailer()
{
    // Input zlib did not use is still counted in avail_in; the trailer starts there.
    const qint64 at = m_offset - m_zlib.avail_in;
    if (m_in.size() - at < 8)
        return truncated();
    if (littleEndian32(m_in.constData() + at) != quint32(m_crc))
        return fail(Error::Code::Corrupt, tr("the gzip checksum does not match — the file is damaged"));
    if (littleEndian32(m_in.constData() + at + 4) != quint32(m_produced))
        return fail(Error::Code::Corrupt, tr("the gzip length does not match — the file is damaged"));
    const QByteArray rest = m_in.mid(at + 8, 2);
    if (rest == "\x1f\x8b")
        return fail(Error::Code::Corrupt, tr("more than one gzip stream"));
    if (!rest.isEmpty())
        return fail(Error::Code::Corrupt, tr("data after the end of the gzip stream"));
    return true;
}

Result<void> GzipStream::finish()
{
    while (!next().isEmpty()) { }
    if (m_error)
        return *m_error;
    return {};
}

} // namespace charthouse
