#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace charthouse {

// libFuzzer's input as the parsers take it. A copy, not QByteArray::fromRawData: the parsers may rely on
// QByteArray's terminating NUL, which a raw view of libFuzzer's buffer does not have.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// An invariant the parser broke: abort so that libFuzzer records the input as a crash.
inline void fuzzCheck(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace charthouse
