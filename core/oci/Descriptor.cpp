#include "core/oci/Descriptor.h"

#include "core/oci/GoJson.h"

#include <QJsonArray>

namespace charthouse {

QByteArray Descriptor::toJson() const
{
    GoJsonObject json;
    json.stringIfNotEmpty("mediaType", mediaType);
    json.string("digest", digest.toString());
    json.integer("size", size);
    if (!urls.isEmpty())
        json.raw("urls", goJsonStringArray(urls));
    if (!annotations.isEmpty())
        json.raw("annotations", goJsonStringMap(annotations));
    return json.finish();
}

Result<Descriptor> Descriptor::fromJson(const QJsonObject &object, const QString &what)
{
    auto fail = [&what](const QString &why) {
        return Error(Error::Code::Corrupt, QStringLiteral("%1: %2").arg(what, why));
    };
    Descriptor d;
    d.mediaType = object.value(QLatin1String("mediaType")).toString();
    auto digest = Digest::parse(object.value(QLatin1String("digest")).toString());
    if (!digest)
        return fail(digest.error().message());
    d.digest = *digest;
    const QJsonValue size = object.value(QLatin1String("size"));
    const double sizeValue = size.toDouble(-1);
    if (!size.isDouble() || sizeValue < 0 || sizeValue != static_cast<double>(static_cast<qint64>(sizeValue)))
        return fail(tr("size is missing or not a non-negative integer"));
    d.size = static_cast<qint64>(sizeValue);
    const QJsonObject annotations = object.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        d.annotations.insert(it.key(), it.value().toString());
    for (const QJsonValue &url : object.value(QLatin1String("urls")).toArray())
        d.urls.append(url.toString());
    return d;
}

} // namespace charthouse
