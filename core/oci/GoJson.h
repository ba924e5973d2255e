#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace charthouse {

// Writers for JSON exactly as Go's encoding/json marshals it, so blobs we write hash like Helm's:
// compact, HTML-safe escaping (\u003c \u003e \u0026), U+2028/U+2029 escaped, map keys sorted.
// Go reads (and writes) a lone surrogate (a "\ud800" escape without its pair) as U+FFFD: strings read from JSON
// go through this, so two keys Go would see as one are one here too, and what we write reads back as itself.
QString withoutLoneSurrogates(const QString &text);

QByteArray goJsonString(const QString &text);
void appendGoJsonString(QByteArray &out, const QString &text); // the same, written at the end of out
QByteArray goJsonStringArray(const QStringList &items);
QByteArray goJsonArray(const QList<QByteArray> &jsonItems); // items already JSON
QByteArray goJsonStringMap(const QMap<QString, QString> &map); // keys sorted like Go (byte order)
void appendGoJsonStringMap(QByteArray &out, const QMap<QString, QString> &map);

// Appends `"key":value` to an object under construction, with a comma when needed.
class GoJsonObject
{
public:
    // Room for expectedSize bytes is made at once (an index.json entry is about 250).
    explicit GoJsonObject(qsizetype expectedSize = 256);
    GoJsonObject &raw(const char *key, const QByteArray &json);
    GoJsonObject &string(const char *key, const QString &value);
    GoJsonObject &stringIfNotEmpty(const char *key, const QString &value);
    GoJsonObject &stringMap(const char *key, const QMap<QString, QString> &map);
    GoJsonObject &integer(const char *key, qint64 value);
    // Closes the object and hands its text over (last call: the object is empty afterwards).
    QByteArray finish()
    {
        m_json += '}';
        return std::move(m_json);
    }

private:
    void appendKey(const char *key);

    QByteArray m_json;
};

} // namespace charthouse
