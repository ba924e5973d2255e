#pragma once

#include <QString>

namespace charthouse {

namespace MediaTypes {
inline constexpr char ociManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char ociIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char helmConfig[] = "application/vnd.cncf.helm.config.v1+json";
// Helm 3.7+ and Helm 4.
inline constexpr char chartLayer[] = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
// Helm 3.0-3.6 (`helm chart save`).
inline constexpr char legacyChartLayer[] = "application/tar+gzip";
inline constexpr char provenance[] = "application/vnd.cncf.helm.chart.provenance.v1.prov";

inline bool isChartLayer(const QString &mediaType)
{
    return mediaType == QLatin1String(chartLayer) || mediaType == QLatin1String(legacyChartLayer);
}
} // namespace MediaTypes

namespace Annotations {
inline constexpr char refName[] = "org.opencontainers.image.ref.name";
inline constexpr char title[] = "org.opencontainers.image.title";
inline constexpr char version[] = "org.opencontainers.image.version";
inline constexpr char description[] = "org.opencontainers.image.description";
inline constexpr char created[] = "org.opencontainers.image.created";
inline constexpr char authors[] = "org.opencontainers.image.authors";
inline constexpr char url[] = "org.opencontainers.image.url";
inline constexpr char source[] = "org.opencontainers.image.source";
} // namespace Annotations

} // namespace charthouse
