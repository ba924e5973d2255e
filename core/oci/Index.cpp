#include "core/oci/Index.h"

#include "core/oci/CompactJsonCursor.h"
#include "core/oci/GoJson.h"
#include "core/oci/MediaTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace charthouse {

QByteArray Index::toJson() const
{
    // One buffer for the whole list: index.json has an entry per tag, and is written on every save.
    QByteArray list;
    list.reserve(manifests.size() * 256 + 2);
    list += '[';
    qsizetype next = 0;
    auto separate = [&list] {
        if (list.size() > 1)
            list += ',';
    };
    auto addUnparsedBefore = [&](qsizetype valid) {
        for (; next < unparsed.size() && unparsed[next].before <= valid; ++next) {
            separate();
            list += QJsonDocument(unparsed[next].json).toJson(QJsonDocument::Compact);
        }
    };
    for (qsizetype i = 0; i < manifests.size(); ++i) {
        addUnparsedBefore(i);
        separate();
        manifests[i].appendJson(list);
    }
    addUnparsedBefore(std::numeric_limits<qsizetype>::max());
    list += ']';
    GoJsonObject json(list.size() + 64);
    json.integer("schemaVersion", 2);
    json.raw("manifests", list);
    if (!annotations.isEmpty())
        json.stringMap("annotations", annotations);
    return json.finish();
}

namespace {

// Reads index.json in the one form Helm's oras store and Charthouse write it: compact, Go's field order,
// plain ASCII strings without escapes, entries of mediaType (optional), digest, size and annotations
// (optional). What it reads means the same to any JSON parser; at the first byte that differs it gives up
// (nullopt) and the general parser reads the file. A save reads and writes index.json, so with 10,000 tags
// this matters.
class CommonFormReader
{
public:
    explicit CommonFormReader(const QByteArray &json) : m_json(json.constData(), json.constData() + json.size()) { }

    std::optional<Index> read()
    {
        Index index;
        if (!m_json.literal(R"({"schemaVersion":2,"manifests":[)"))
            return {};
        if (!m_json.literal("]")) {
            do {
                auto entry = descriptor();
                if (!entry)
                    return {};
                index.manifests.append(std::move(*entry));
            } while (m_json.literal(","));
            if (!m_json.literal("]"))
                return {};
        }
        if (m_json.literal(R"(,"annotations":)") && !map(index.annotations))
            return {};
        if (!m_json.literal("}") || !m_json.atEnd())
            return {};
        return index;
    }

private:
    // A plain string (CompactJsonCursor::plainString); `last` is reused when it is the same text, so the
    // thousands of equal media types and annotation keys share one QString.
    std::optional<QString> string(QString &last)
    {
        const auto text = m_json.plainString();
        if (!text)
            return {};
        const QLatin1StringView latin1(*text);
        if (last != latin1)
            last = QString(latin1);
        return last;
    }

    bool map(QMap<QString, QString> &into)
    {
        if (!m_json.literal("{"))
            return false;
        if (m_json.literal("}"))
            return true;
        do {
            auto key = string(m_lastKey);
            if (!key || !m_json.literal(":") || into.contains(*key))
                return false; // a repeated key: which one counts is the general parser's call
            QString unused;
            auto value = string(unused);
            if (!value)
                return false;
            into.insert(*key, *value);
        } while (m_json.literal(","));
        return m_json.literal("}");
    }

    std::optional<Descriptor> descriptor()
    {
        Descriptor d;
        if (!m_json.literal("{"))
            return {};
        if (m_json.literal(R"("mediaType":)")) {
            auto mediaType = string(m_lastMediaType);
            if (!mediaType || !m_json.literal(","))
                return {};
            d.mediaType = *mediaType;
        }
        QString unused;
        std::optional<QString> digestText;
        if (!m_json.literal(R"("digest":)") || !(digestText = string(unused)))
            return {};
        auto digest = Digest::parse(*digestText);
        if (!digest)
            return {};
        d.digest = *digest;
        std::optional<qint64> sizeValue;
        if (!m_json.literal(R"(,"size":)") || !(sizeValue = m_json.size()))
            return {};
        d.size = *sizeValue;
        if (m_json.literal(R"(,"annotations":)") && !map(d.annotations))
            return {};
        if (!m_json.literal("}"))
            return {};
        return d;
    }

    CompactJsonCursor m_json;
    QString m_lastMediaType;
    QString m_lastKey;
};

} // namespace

std::optional<Index> Index::parseCommonForm(const QByteArray &json)
{
    return CommonFormReader(json).read();
}

Result<Index> Index::parse(const QByteArray &json, const QString &where)
{
    if (auto index = parseCommonForm(json))
        return std::move(*index);
    return parseAnyForm(json, where);
}

Result<Index> Index::parseAnyForm(const QByteArray &json, const QString &where)
{
    auto corrupt = [&where](const QString &why) {
        return Error(Error::Code::Corrupt, tr("%1 is damaged: %2").arg(where, why));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(tr("not valid JSON at offset %1 (%2) — truncated or edited by hand?")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    if (!doc.isObject())
        return corrupt(tr("not a JSON object"));
    const QJsonObject object = doc.object();
    if (object.value(QLatin1String("schemaVersion")).toInt() != 2)
        return corrupt(tr("schemaVersion is not 2"));
    const QJsonValue manifests = object.value(QLatin1String("manifests"));
    if (!manifests.isArray() && !manifests.isNull() && !manifests.isUndefined())
        return corrupt(tr("\"manifests\" is not a list"));
    Index index;
    const QJsonArray list = manifests.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isObject())
            return corrupt(tr("manifest entry %1 is not an object").arg(i + 1));
        auto descriptor = Descriptor::fromJson(list[i].toObject(), tr("manifest entry %1").arg(i + 1));
        if (!descriptor) {
            index.unparsed.append({list[i].toObject(), index.manifests.size(),
                Error(Error::Code::Corrupt, tr("%1 is damaged: %2").arg(where, descriptor.error().message()))});
            continue;
        }
        index.manifests.append(std::move(*descriptor));
    }
    const QJsonObject annotations = object.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        index.annotations.insert(withoutLoneSurrogates(it.key()), withoutLoneSurrogates(it.value().toString()));
    return index;
}

QList<Digest> Index::unparsedDigests() const
{
    QList<Digest> digests;
    for (const UnparsedEntry &entry : unparsed) {
        if (auto digest = Digest::parse(entry.json.value(QLatin1String("digest")).toString()))
            digests.append(*digest);
    }
    return digests;
}

QString Index::refName(qsizetype i) const
{
    return manifests[i].annotations.value(QString::fromLatin1(Annotations::refName));
}

qsizetype Index::findRef(const QString &name) const
{
    const QString key = QString::fromLatin1(Annotations::refName); // once, not per entry
    for (qsizetype i = 0; i < manifests.size(); ++i)
        if (manifests[i].annotations.value(key) == name) // as refName(i)
            return i;
    return -1;
}

} // namespace charthouse
