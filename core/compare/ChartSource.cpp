#include "core/compare/ChartSource.h"

#include "core/chart/ChartArchiveReader.h"
#include "core/chart/ChartDirectoryLoader.h"
#include "core/store/ChartStore.h"

#include <QFileInfo>

#include <algorithm>

namespace charthouse {

namespace {

bool looksLikePath(const QString &spec)
{
    return spec.startsWith(QLatin1Char('/')) || spec.startsWith(QLatin1String("./"))
        || spec.startsWith(QLatin1String("../")) || spec.startsWith(QLatin1Char('~'))
        || spec == QLatin1String(".") || spec == QLatin1String("..") || spec.endsWith(QLatin1String(".tgz"))
        || spec.endsWith(QLatin1String(".tar.gz"));
}

constexpr int maxSubchartDepth = 10; // as ChartLoadCheck: Helm has no limit, a hostile package would

bool isSubchartArchive(const QString &path)
{
    return path.startsWith(QLatin1String("charts/")) && path.endsWith(QLatin1String(".tgz"))
        && path.count(QLatin1Char('/')) == 1;
}

// Helm's packager writes a vendored dependency (charts/NAME-1.0.0.tgz) as the files of its chart
// (charts/NAME/...), its own vendored ones too; doing the same here makes a directory and its package compare
// equal. `budget`: the bytes the expanded files may still take, shared by every level.
Result<void> expandSubchartArchives(ChartFiles &files, const QString &where, qint64 &budget, int depth)
{
    if (std::none_of(
            files.cbegin(), files.cend(), [](const ChartFile &f) { return isSubchartArchive(f.path); }))
        return {};
    if (depth >= maxSubchartDepth)
        return Error(Error::Code::Unsafe, ChartSource::tr("%1: subcharts nested too deep").arg(where));
    ChartFiles expanded;
    for (ChartFile &file : files) {
        if (!isSubchartArchive(file.path)) {
            expanded.append(std::move(file));
            continue;
        }
        const QString inner = where + QLatin1Char('/') + file.path;
        ArchiveLimits limits;
        limits.maxTotalSize = budget;
        auto archive = ChartArchiveReader::read(file.data, limits);
        if (!archive)
            return archive.error().withContext(inner);
        for (const ChartFile &sub : std::as_const(archive->files))
            budget -= sub.data.size();
        if (auto ok = expandSubchartArchives(archive->files, inner, budget, depth + 1); !ok)
            return ok;
        for (ChartFile &sub : archive->files)
            expanded.append(
                {QStringLiteral("charts/%1/%2").arg(archive->topDir, sub.path), std::move(sub.data)});
    }
    sortChartFiles(expanded);
    files = std::move(expanded);
    return {};
}

Result<void> expandSubchartArchives(ChartSource &source, const ArchiveLimits &limits)
{
    qint64 budget = limits.maxTotalSize;
    for (const ChartFile &file : std::as_const(source.files))
        budget -= file.data.size();
    return expandSubchartArchives(source.files, source.label, budget, 0);
}

} // namespace

Result<ChartSource> ChartSource::load(
    const QString &spec, const QString &cacheRoot, const ArchiveLimits &limits)
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
    return fromStore(cacheRoot, *ref, limits);
}

Result<ChartSource> ChartSource::fromStore(
    const QString &storeRoot, const Reference &ref, const ArchiveLimits &limits)
{
    ChartStore store(storeRoot);
    return fromCache(store, ref, limits);
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
    if (auto ok = expandSubchartArchives(source, limits); !ok)
        return ok.error();
    return source;
}

Result<ChartSource> ChartSource::fromCache(
    ChartStore &store, const Reference &ref, const ArchiveLimits &limits)
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
    if (auto ok = expandSubchartArchives(source, limits); !ok)
        return ok.error();
    return source;
}

} // namespace charthouse
