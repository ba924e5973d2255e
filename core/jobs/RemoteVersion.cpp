#include "core/jobs/RemoteVersion.h"

#include "core/cache/ChartCache.h"
#include "core/chart/ChartMetadata.h"
#include "core/chart/TagOrder.h"
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"
#include "core/registry/RegistryLimits.h"

#include <QFileInfo>

namespace charthouse {

QString RemoteVersion::shownTag() const
{
    return TagOrder::shownTag(tag);
}

QHash<QString, Digest> cachedTagsOf(const QString &chartCacheRoot, const Reference &repository)
{
    QHash<QString, Digest> cached;
    if (chartCacheRoot.isEmpty() || !QFileInfo::exists(chartCacheRoot + QStringLiteral("/index.json")))
        return cached;
    const ChartCache cache(chartCacheRoot);
    const auto tags = cache.tags();
    if (!tags)
        return cached; // badges are a help: an unreadable cache shows none rather than failing the listing
    for (const TaggedManifest &tagged : *tags) {
        const auto ref = Reference::parse(tagged.refName);
        if (ref && ref->name() == repository.name() && !ref->tag().isEmpty())
            cached.insert(ref->registryTag(), cache.chartManifest(tagged.manifest).digest);
    }
    return cached;
}

void markCacheBadges(QList<RemoteVersion> &versions, const QHash<QString, Digest> &cachedTags)
{
    // The newest: the first release (newest first), else the first version at all.
    QString newest;
    for (const RemoteVersion &v : std::as_const(versions)) {
        if (!TagOrder::compare(v.tag, v.tag))
            continue; // no version
        if (newest.isEmpty())
            newest = v.tag;
        if (!v.isPrerelease) {
            newest = v.tag;
            break;
        }
    }
    for (RemoteVersion &v : versions) {
        const auto it = cachedTags.constFind(v.tag);
        v.cached = it != cachedTags.cend();
        v.differs = v.cached && v.digest.isValid() && *it != v.digest;
        v.olderThanNewest = v.cached && !newest.isEmpty() && TagOrder::compare(v.tag, newest).value_or(0) < 0;
    }
}

Result<Manifest> parseChartManifest(const QByteArray &manifestBytes, qint64 maxConfigSize)
{
    auto manifest = Manifest::parse(manifestBytes);
    if (!manifest)
        return manifest.error();
    if (manifest->config.mediaType != QLatin1String(MediaTypes::helmConfig))
        return Error(Error::Code::InvalidInput,
            Manifest::tr("not a Helm chart (its config is %1)").arg(manifest->config.mediaType));
    if (manifest->config.size > maxConfigSize)
        return Error(Error::Code::TooLarge,
            Manifest::tr("its config blob claims %1 bytes, more than the limit of %2 bytes")
                .arg(manifest->config.size)
                .arg(maxConfigSize));
    return manifest;
}

Result<void> describeFrom(RemoteVersion &version, const Manifest &manifest, const QByteArray &configBytes)
{
    const auto chart = ChartMetadata::fromConfigJson(configBytes);
    if (!chart)
        return chart.error();
    version.name = chart->name;
    version.version = chart->version;
    version.appVersion = chart->appVersion;
    version.description = chart->description;
    version.created
        = QDateTime::fromString(manifest.annotations.value(QLatin1String(Annotations::created)), Qt::ISODate);
    version.size = 0;
    for (const Descriptor &layer : manifest.layers) {
        version.size += layer.size;
        version.hasProvenance = version.hasProvenance || layer.mediaType == QLatin1String(MediaTypes::provenance);
    }
    return {};
}

std::optional<RemoteVersion> describeFromMetadataCache(
    const MetadataCache &metadata, const Digest &manifestDigest, qint64 maxConfigSize)
{
    const auto manifestBytes = metadata.read(manifestDigest, maxSmallBody);
    if (!manifestBytes)
        return std::nullopt;
    const auto manifest = parseChartManifest(*manifestBytes, maxConfigSize);
    if (!manifest)
        return std::nullopt;
    const auto configBytes = metadata.read(manifest->config.digest, maxConfigSize);
    if (!configBytes)
        return std::nullopt;
    RemoteVersion version;
    version.digest = manifestDigest;
    if (!describeFrom(version, *manifest, *configBytes))
        return std::nullopt;
    return version;
}

} // namespace charthouse
