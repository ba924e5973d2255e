#include "core/compare/ChartSource.h"

#include "core/chart/ChartDirectoryLoader.h"
#include "core/store/ChartStore.h"

#include <QFileInfo>

namespace charthouse {

namespace {

bool looksLikePath(const QString &spec)
{
    return spec.startsWith(QLatin1Char('/')) || spec.startsWith(QLatin1String("./"))
        || spec.startsWith(QLatin1String("../")) || spec.startsWith(QLatin1Char('~')) || spec == QLatin1String(".")
        || spec == QLatin1String("..") || spec.endsWith(QLatin1String(".tgz"))
        || spec.endsWith(QLatin1String(".tar.gz"));
}

} // namespace

Result<ChartSource> ChartSource::load(const QString &spec, const QString &cacheRoot, const ArchiveLimits &limits)
{
    if (QFileInfo::exists(spec))
        return fromPath(spec, limits);
    if (looksLikePath(spec))
        return Error(Error::Code::NotFound, tr("%1: no such file or directory").arg(spec));
    auto ref = Reference::parse(spec);
    if (!ref)
        return Error(Error::Code::InvalidInput,
            tr("%1 is neither a chart directory or package nor a chart reference: %2")
                .arg(Reference::redacted(spec), ref.error().message()));
    ChartStore store(cacheRoot);
    return fromCache(store, *ref, limits);
}

Result<ChartSource> ChartSource::fromPath(const QString &path, const ArchiveLimits &limits)
{
    auto loaded = loadChartSource(path, limits);
    if (!loaded)
        return loaded.error();
    ChartSource source;
    source.kind = QFileInfo(path).isDir() ? ChartSourceKind::Directory : ChartSourceKind::Archive;
    source.label = path;
    source.metadata = std::move(loaded->metadata);
    source.files = std::move(loaded->files);
    return source;
}

Result<ChartSource> ChartSource::fromCache(ChartStore &store, const Reference &ref, const ArchiveLimits &limits)
{
    auto details = store.details(ref);
    if (!details)
        return details.error();
    auto files = store.files(ref, limits);
    if (!files)
        return files.error();
    ChartSource source;
    source.kind = ChartSourceKind::Cached;
    source.label = ref.toString();
    // Chart.yaml as the package has it, so a cached chart compares with its directory field for field; the
    // config blob (which Helm 4 sanitizes) only when Chart.yaml cannot be read.
    auto metadata = metadataFromFiles(*files, source.label);
    source.metadata = metadata ? std::move(*metadata) : details->metadata;
    source.files = std::move(*files);
    source.cached = CachedChartManifest {ref, details->summary.manifest, details->manifest};
    return source;
}

} // namespace charthouse
