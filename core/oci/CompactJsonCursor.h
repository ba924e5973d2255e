#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string_view>

namespace charthouse {

// Steps through compact JSON in the plain forms the quick index.json readers take (Index.cpp, IndexText.cpp):
// each step either matches and moves on, or fails and leaves the decision to a general parser.
class CompactJsonCursor
{
public:
    CompactJsonCursor(const char *begin, const char *end) : m_at(begin), m_end(end) { }

    const char *at() const { return m_at; }
    bool atEnd() const { return m_at == m_end; }

    bool literal(std::string_view text)
    {
        if (m_end - m_at < static_cast<qsizetype>(text.size())
            || std::memcmp(m_at, text.data(), text.size()) != 0)
            return false;
        m_at += text.size();
        return true;
    }

    // A string of printable ASCII without '"' or '\\' (no escapes): its text without the quotes.
    std::optional<QByteArrayView> plainString()
    {
        if (!literal("\""))
            return {};
        const char *start = m_at;
        while (m_at < m_end && *m_at != '"') {
            const auto c = static_cast<unsigned char>(*m_at);
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return {};
            ++m_at;
        }
        if (m_at == m_end)
            return {};
        return QByteArrayView(start, m_at++ - start);
    }

    // A string's text up to its closing quote, for text that plainText() already passed as a whole.
    std::optional<QByteArrayView> checkedString()
    {
        if (!literal("\""))
            return {};
        const auto *close
            = static_cast<const char *>(std::memchr(m_at, '"', static_cast<size_t>(m_end - m_at)));
        if (!close)
            return {};
        const QByteArrayView text(m_at, close - m_at);
        m_at = close + 1;
        return text;
    }

    // Whether every byte is printable ASCII that Go writes as itself inside a string ('"' aside: no '\\',
    // '<', '>' or '&'), so that each string in it is plain and htmlSafe. Eight bytes at a time (a save reads a
    // 2.4 MB index.json at 10,000 charts), the rest through a table.
    static bool plainText(QByteArrayView text)
    {
        static constexpr auto notPlain = [] {
            std::array<unsigned char, 256> table {};
            for (int c = 0; c < 256; ++c)
                table[c] = c < 0x20 || c >= 0x80 || c == '\\' || c == '<' || c == '>' || c == '&';
            return table;
        }();
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 highs = 0x8080808080808080ULL;
        // Whether some byte of v is zero, or below n (n <= 0x80): exact for "some", as a whole word.
        constexpr auto hasZero = [](quint64 v) { return (v - ones) & ~v & highs; };
        constexpr auto hasBelow = [](quint64 v, quint64 n) { return (v - ones * n) & ~v & highs; };
        const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
        const qsizetype words = text.size() / 8;
        quint64 bad = 0;
        for (qsizetype i = 0; i < words; ++i) {
            quint64 w;
            std::memcpy(&w, bytes + i * 8, 8);
            bad |= (w & highs) | hasBelow(w, 0x20) | hasZero(w ^ (ones * '\\')) | hasZero(w ^ (ones * '<'))
                | hasZero(w ^ (ones * '>')) | hasZero(w ^ (ones * '&'));
            if ((i & 511) == 511 && bad)
                return false;
        }
        unsigned char tail = 0;
        for (qsizetype at = words * 8; at < text.size(); ++at)
            tail |= notPlain[bytes[at]];
        return !bad && !tail;
    }

    // A non-negative integer as Go writes it, of at most 18 digits (certainly a qint64).
    std::optional<qint64> size()
    {
        const char *start = m_at;
        qint64 value = 0;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9' && m_at - start < 18)
            value = value * 10 + (*m_at++ - '0');
        // No digits, a leading zero, or more digits than certainly fit: the general parser decides.
        if (m_at == start || (*start == '0' && m_at - start > 1)
            || (m_at < m_end && *m_at >= '0' && *m_at <= '9'))
            return {};
        return value;
    }

private:
    const char *m_at;
    const char *m_end;
};

} // namespace charthouse
