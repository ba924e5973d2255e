#include "core/oci/GoJson.h"

#include <algorithm>

namespace charthouse {

QString withoutLoneSurrogates(const QString &text)
{
    QString clean = text;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        if (clean[i].isHighSurrogate() && i + 1 < clean.size() && clean[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (clean[i].isSurrogate())
            clean[i] = QChar(QChar::ReplacementCharacter);
    }
    return clean;
}

QByteArray goJsonString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = withoutLoneSurrogates(text).toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
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

QByteArray goJsonStringMap(const QMap<QString, QString> &map)
{
    // Go sorts map keys by their UTF-8 bytes; QString's order is by UTF-16 units, which differs above the BMP.
    QList<QByteArray> keys;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        keys.append(it.key().toUtf8());
    std::sort(keys.begin(), keys.end());
    QByteArray out = "{";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i)
            out += ',';
        const QString key = QString::fromUtf8(keys[i]);
        out += goJsonString(key) + ':' + goJsonString(map.value(key));
    }
    return out + '}';
}

GoJsonObject &GoJsonObject::raw(const char *key, const QByteArray &json)
{
    if (m_json.size() > 1)
        m_json += ',';
    m_json += '"';
    m_json += key;
    m_json += "\":";
    m_json += json;
    return *this;
}

GoJsonObject &GoJsonObject::string(const char *key, const QString &value)
{
    return raw(key, goJsonString(value));
}

GoJsonObject &GoJsonObject::stringIfNotEmpty(const char *key, const QString &value)
{
    return value.isEmpty() ? *this : string(key, value);
}

GoJsonObject &GoJsonObject::integer(const char *key, qint64 value)
{
    return raw(key, QByteArray::number(value));
}

} // namespace charthouse
