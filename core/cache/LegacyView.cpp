#include "core/cache/LegacyView.h"

#include "core/oci/MediaTypes.h"

namespace charthouse::LegacyView {

namespace {

// As Helm 3.0-3.6's in-memory store describes a blob: media type, digest and size, nothing else.
Descriptor plain(const Descriptor &descriptor, const char *mediaType)
{
    return Descriptor {QString::fromLatin1(mediaType), descriptor.digest, descriptor.size, {}, {}};
}

} // namespace

bool readableByHelm3(const Manifest &manifest)
{
    return manifest.layers.size() == 1
        && manifest.layers.first().mediaType == QLatin1String(MediaTypes::legacyChartLayer)
        && manifest.layers.first().size > 0;
}

std::optional<Manifest> of(const Manifest &chart, const std::optional<Descriptor> &config)
{
    const auto layer = chart.chartLayer();
    if (!layer || readableByHelm3(chart))
        return std::nullopt;
    Manifest view;
    view.config = plain(config ? *config : chart.config, MediaTypes::helmConfig);
    view.layers = {plain(*layer, MediaTypes::legacyChartLayer)};
    return view;
}

Descriptor entryFor(const Descriptor &view, const Descriptor &chartManifest)
{
    Descriptor entry = view;
    entry.annotations.insert(QString::fromLatin1(chartManifestAnnotation), chartManifest.digest.toString());
    return entry;
}

std::optional<Digest> chartManifestOf(const Descriptor &entry)
{
    const auto it = entry.annotations.constFind(QString::fromLatin1(chartManifestAnnotation));
    if (it == entry.annotations.cend())
        return std::nullopt;
    auto digest = Digest::parse(*it);
    if (!digest)
        return std::nullopt;
    return *digest;
}

} // namespace charthouse::LegacyView
