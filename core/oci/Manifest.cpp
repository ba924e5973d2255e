#include "core/oci/Manifest.h"

#include "core/oci/GoJson.h"
#include "core/oci/MediaTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace charthouse {

QByteArray Manifest::toJson() const
{
    GoJsonObject json;
    json.integer("schemaVersion", schemaVersion);
    json.stringIfNotEmpty("mediaType", mediaType);
    json.raw("config", config.toJson());
    QList<QByteArray> layerJson;
    for (const Descriptor &layer : layers)
        layerJson.append(layer.toJson());
    json.raw("layers", goJsonArray(layerJson));
    if (!annotations.isEmpty())
        json.raw("annotations", goJsonStringMap(annotations));
    return json.finish();
}

Result<Manifest> Manifest::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error(
            Error::Code::Corrupt, tr("the manifest is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject object = doc.object();
    Manifest manifest;
    manifest.schemaVersion = object.value(QLatin1String("schemaVersion")).toInt();
    if (manifest.schemaVersion != 2)
        return Error(Error::Code::Corrupt, tr("the manifest's schemaVersion is not 2"));
    manifest.mediaType = withoutLoneSurrogates(object.value(QLatin1String("mediaType")).toString());
    if (!manifest.mediaType.isEmpty() && manifest.mediaType != QLatin1String(MediaTypes::ociManifest)
        && manifest.mediaType != QLatin1String("application/vnd.docker.distribution.manifest.v2+json"))
        return Error(
            Error::Code::InvalidInput, tr("unsupported manifest media type \"%1\"").arg(manifest.mediaType));
    if (!object.value(QLatin1String("config")).isObject())
        return Error(Error::Code::Corrupt, tr("the manifest has no config"));
    auto config
        = Descriptor::fromJson(object.value(QLatin1String("config")).toObject(), tr("manifest config"));
    if (!config)
        return config.error();
    manifest.config = std::move(*config);
    const QJsonArray layers = object.value(QLatin1String("layers")).toArray();
    for (qsizetype i = 0; i < layers.size(); ++i) {
        auto layer = Descriptor::fromJson(layers[i].toObject(), tr("manifest layer %1").arg(i + 1));
        if (!layer)
            return layer.error();
        manifest.layers.append(std::move(*layer));
    }
    const QJsonObject annotations = object.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        manifest.annotations.insert(withoutLoneSurrogates(it.key()), withoutLoneSurrogates(it.value().toString()));
    return manifest;
}

std::optional<Descriptor> Manifest::chartLayer() const
{
    for (const Descriptor &layer : layers)
        if (MediaTypes::isChartLayer(layer.mediaType))
            return layer;
    return std::nullopt;
}

} // namespace charthouse
