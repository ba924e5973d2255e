#pragma once

#include "core/cache/MetadataCache.h"
#include "core/common/Error.h"
#include "core/oci/Descriptor.h"
#include "core/oci/Manifest.h"
#include "core/oci/Reference.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace charthouse {

// One version (tag) of a remote chart repository, as the versions table and `chart tags` show it: read from
// its manifest and its config blob.
struct RemoteVersion
{
    QString tag; // as the registry lists it: "1.2.3_build.5"
    QString shownTag() const; // as a chart version: "1.2.3+build.5"
    bool isPrerelease = false;

    // Known once described; a version that could not be described has a problem and may know its digest.
    Digest digest; // of the manifest (the registry's)
    QString name;
    QString version; // the chart's, from its config
    QString appVersion;
    QString description;
    QDateTime created; // the manifest's org.opencontainers.image.created; invalid when it does not say
    qint64 size = -1; // every layer's bytes (chart, provenance, ...); -1 while unknown
    bool hasProvenance = false;
    std::optional<Error> problem; // why it could not be described (not a chart, too large, gone meanwhile)

    // Badges against the local chart cache (ChartCache), by the same tag.
    bool cached = false; // the cache holds a chart under this tag
    bool differs = false; // ... and its chart manifest digest is not this one
    bool olderThanNewest = false; // cached, and an older version than the repository's newest

    bool isDescribed() const { return digest.isValid() && !problem; }
};

// The local chart cache's tags of one repository (as the registry spells them) and their chart manifest
// digests (the registry's digest, not a legacy view's: see LegacyView.h). Empty when there is no cache.
QHash<QString, Digest> cachedTagsOf(const QString &chartCacheRoot, const Reference &repository);

// Sets cached, differs and olderThanNewest on every version, from the cache's tags. versions: newest first.
void markCacheBadges(QList<RemoteVersion> &versions, const QHash<QString, Digest> &cachedTags);

// A manifest as the versions list reads it: a Helm chart's (its config of the Helm type, at most maxConfigSize
// bytes), else an error that becomes the version's problem.
Result<Manifest> parseChartManifest(const QByteArray &manifestBytes, qint64 maxConfigSize);

// Fills in what the manifest and the config say (name, versions, description, created, size, provenance).
// An error: the config is no chart's.
Result<void> describeFrom(RemoteVersion &version, const Manifest &manifest, const QByteArray &configBytes);

// The version of that manifest digest as the metadata cache can describe it without the registry: manifest and
// config both there and valid. The tag is left empty.
std::optional<RemoteVersion> describeFromMetadataCache(
    const MetadataCache &metadata, const Digest &manifestDigest, qint64 maxConfigSize);

} // namespace charthouse
