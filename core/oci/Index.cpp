#include "core/oci/Index.h"

#include "core/oci/GoJson.h"
#include "core/oci/MediaTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace charthouse {

QByteArray Index::toJson() const
{
    GoJsonObject json;
    json.integer("schemaVersion", 2);
    QList<QByteArray> list;
    qsizetype next = 0;
    auto addUnparsedBefore = [&](qsizetype valid) {
        for (; next < unparsed.size() && unparsed[next].before <= valid; ++next)
            list.append(QJsonDocument(unparsed[next].json).toJson(QJsonDocument::Compact));
    };
    for (qsizetype i = 0; i < manifests.size(); ++i) {
        addUnparsedBefore(i);
        list.append(manifests[i].toJson());
    }
    addUnparsedBefore(std::numeric_limits<qsizetype>::max());
    json.raw("manifests", goJsonArray(list));
    if (!annotations.isEmpty())
        json.raw("annotations", goJsonStringMap(annotations));
    return json.finish();
}

Result<Index> Index::parse(const QByteArray &json, const QString &where)
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
    for (qsizetype i = 0; i < manifests.size(); ++i)
        if (refName(i) == name)
            return i;
    return -1;
}

} // namespace charthouse
