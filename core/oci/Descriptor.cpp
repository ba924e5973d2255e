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
    d.mediaType = withoutLoneSurrogates(object.value(QLatin1String("mediaType")).toString());
    auto digest = Digest::parse(object.value(QLatin1String("digest")).toString());
    if (!digest)
        return fail(digest.error().message());
    d.digest = *digest;
    // toInteger() refuses fractions and anything outside qint64; casting the double ourselves was undefined
    // for sizes of 2^63 and more, and lost the exact value of sizes above 2^53.
    const qint64 sizeValue = object.value(QLatin1String("size")).toInteger(-1);
    if (sizeValue < 0)
        return fail(tr("size is missing or not a non-negative integer"));
    d.size = sizeValue;
    const QJsonObject annotations = object.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        d.annotations.insert(withoutLoneSurrogates(it.key()), withoutLoneSurrogates(it.value().toString()));
    for (const QJsonValue &url : object.value(QLatin1String("urls")).toArray())
        d.urls.append(withoutLoneSurrogates(url.toString()));
    return d;
}

} // namespace charthouse
