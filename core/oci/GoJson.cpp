#include "core/oci/GoJson.h"

#include <algorithm>
#include <charconv>

namespace charthouse {

QString withoutLoneSurrogates(const QString &text)
{
    // Nearly every string has no surrogate at all: it is returned shared, not copied (a non-const clean[i]
    // would detach; index.json has tens of thousands of strings).
    const QChar *chars = text.constData();
    qsizetype first = 0;
    while (first < text.size() && !chars[first].isSurrogate())
        ++first;
    if (first == text.size())
        return text;
    QString clean = text;
    for (qsizetype i = first; i < clean.size(); ++i) {
        if (clean[i].isHighSurrogate() && i + 1 < clean.size() && clean[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (clean[i].isSurrogate())
            clean[i] = QChar(QChar::ReplacementCharacter);
    }
    return clean;
}

namespace {

// Printable ASCII that Go writes as itself.
bool isPlainJsonChar(char16_t c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
}

} // namespace

void appendGoJsonString(QByteArray &out, const QString &text)
{
    // Digests, media types and references are plain ASCII: copied as they are, without a pass through UTF-8.
    const QChar *chars = text.constData();
    if (std::all_of(chars, chars + text.size(), [](QChar c) { return isPlainJsonChar(c.unicode()); })) {
        const qsizetype at = out.size();
        out.resize(at + text.size() + 2);
        char *to = out.data() + at;
        *to++ = '"';
        for (qsizetype i = 0; i < text.size(); ++i)
            *to++ = static_cast<char>(chars[i].unicode());
        *to = '"';
        return;
    }
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = withoutLoneSurrogates(text).toUtf8();
    out += '"';
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        default: break;
        }
        if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
            continue;
        }
        // U+2028 and U+2029 (E2 80 A8/A9) are escaped by Go for JSONP safety.
        if (c == 0xE2 && i + 2 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) == 0x80
            && (static_cast<unsigned char>(utf8[i + 2]) & 0xFE) == 0xA8) {
            out += static_cast<unsigned char>(utf8[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    out += '"';
}

QByteArray goJsonString(const QString &text)
{
    QByteArray out;
    appendGoJsonString(out, text);
    return out;
}

QByteArray goJsonArray(const QList<QByteArray> &jsonItems)
{
    return '[' + jsonItems.join(',') + ']';
}

QByteArray goJsonStringArray(const QStringList &items)
{
    QList<QByteArray> json;
    json.reserve(items.size());
    for (const QString &item : items)
        json.append(goJsonString(item));
    return goJsonArray(json);
}

void appendGoJsonStringMap(QByteArray &out, const QMap<QString, QString> &map)
{
    // Go sorts map keys by their UTF-8 bytes; QString's order is by UTF-16 units, which differs above the BMP
    // (surrogates sort below U+E000..U+FFFF). Without a surrogate in any key both orders are the map's own.
    const bool bmpOnly = std::none_of(map.keyBegin(), map.keyEnd(), [](const QString &key) {
        return std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.isSurrogate(); });
    });
    out += '{';
    if (bmpOnly) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it != map.cbegin())
                out += ',';
            appendGoJsonString(out, it.key());
            out += ':';
            appendGoJsonString(out, it.value());
        }
        out += '}';
        return;
    }
    QList<QByteArray> keys;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        keys.append(it.key().toUtf8());
    std::sort(keys.begin(), keys.end());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i)
            out += ',';
        const QString key = QString::fromUtf8(keys[i]);
        out += goJsonString(key) + ':' + goJsonString(map.value(key));
    }
    out += '}';
}

QByteArray goJsonStringMap(const QMap<QString, QString> &map)
{
    QByteArray out;
    appendGoJsonStringMap(out, map);
    return out;
}

GoJsonObject::GoJsonObject(qsizetype expectedSize)
{
    m_json.reserve(expectedSize);
    m_json += '{';
}

void GoJsonObject::appendKey(const char *key)
{
    if (m_json.size() > 1)
        m_json += ',';
    m_json += '"';
    m_json += QByteArrayView(key);
    m_json += "\":";
}

GoJsonObject &GoJsonObject::raw(const char *key, const QByteArray &json)
{
    appendKey(key);
    m_json += json;
    return *this;
}

GoJsonObject &GoJsonObject::string(const char *key, const QString &value)
{
    appendKey(key);
    appendGoJsonString(m_json, value);
    return *this;
}

GoJsonObject &GoJsonObject::stringIfNotEmpty(const char *key, const QString &value)
{
    return value.isEmpty() ? *this : string(key, value);
}

GoJsonObject &GoJsonObject::stringMap(const char *key, const QMap<QString, QString> &map)
{
    appendKey(key);
    appendGoJsonStringMap(m_json, map);
    return *this;
}

GoJsonObject &GoJsonObject::integer(const char *key, qint64 value)
{
    appendKey(key);
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    m_json += QByteArrayView(digits, end - digits);
    return *this;
}

} // namespace charthouse
