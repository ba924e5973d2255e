#pragma once

#include "core/chart/ArchiveLimits.h"
#include "core/chart/ChartFile.h"
#include "core/chart/ChartMetadata.h"
#include "core/common/Result.h"
#include "core/oci/Descriptor.h"
#include "core/oci/Manifest.h"
#include "core/oci/Reference.h"

#include <QCoreApplication>

#include <optional>

namespace charthouse {

class ChartStore;

enum class ChartSourceKind { Cached, Directory, Archive };

// What only a cached chart has: its manifest, as the cache stores it.
struct CachedChartManifest
{
    Reference ref;
    Descriptor descriptor; // the manifest's digest and size
    Manifest manifest; // config and layer descriptors, annotations
};

// A chart loaded for comparing: its metadata (from its Chart.yaml, whatever the source) and its files, with
// vendored dependencies (charts/*.tgz) expanded to charts/NAME/... as Helm's packager writes them.
struct ChartSource
{
    ChartSourceKind kind = ChartSourceKind::Directory;
    QString label; // the path or reference as given
    ChartMetadata metadata;
    ChartFiles files; // Chart.yaml first, then by path
    std::optional<CachedChartManifest> cached;

    // `spec` is an existing path (a chart directory, or any other file read as a .tgz) or else a chart
    // reference in the cache at cacheRoot. A missing path that looks like one ("./x", "/x", "x.tgz") is
    // NotFound, not a reference.
    static Result<ChartSource> load(
        const QString &spec, const QString &cacheRoot, const ArchiveLimits &limits = {});
    static Result<ChartSource> fromPath(const QString &path, const ArchiveLimits &limits = {});
    static Result<ChartSource> fromCache(
        ChartStore &store, const Reference &ref, const ArchiveLimits &limits = {});
    // A chart in any store of the cache's layout at storeRoot: the Helm cache, or the temporary store a
    // RemoteDetailsJob pulled a remote version into (so a remote chart compares without entering the cache).
    static Result<ChartSource> fromStore(
        const QString &storeRoot, const Reference &ref, const ArchiveLimits &limits = {});

    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartSource)
};

} // namespace charthouse
