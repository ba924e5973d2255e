#include "core/oci/Descriptor.h"

#include "core/oci/GoJson.h"

#include <QJsonArray>

#include <algorithm>
#include <charconv>

namespace charthouse {

QByteArray Descriptor::toJson() const
{
    QByteArray out;
    out.reserve(256);
    appendJson(out);
    return out;
}

void Descriptor::appendJson(QByteArray &out) const
{
    // Written straight into out (index.json holds one descriptor per tag and is rewritten on every save).
    out += '{';
    if (!mediaType.isEmpty()) {
        out += R"("mediaType":)";
        appendGoJsonString(out, mediaType);
        out += ',';
    }
    out += R"("digest":"sha256:)";
    const QString &hex = digest.hex(); // 64 hex digits: plain ASCII
    const qsizetype at = out.size();
    out.resize(at + hex.size());
    std::transform(
        hex.cbegin(), hex.cend(), out.data() + at, [](QChar c) { return static_cast<char>(c.unicode()); });
    out += R"(","size":)";
    char digits[24];
    const auto converted = std::to_chars(digits, digits + sizeof digits, size);
    out += QByteArrayView(digits, converted.ptr - digits);
    if (!urls.isEmpty()) {
        out += R"(,"urls":)";
        out += goJsonStringArray(urls);
    }
    if (!annotations.isEmpty()) {
        out += R"(,"annotations":)";
        appendGoJsonStringMap(out, annotations);
    }
    out += '}';
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
