#include "core/store/ChartStore.h"

#include "core/cache/LegacyView.h"
#include "core/chart/ChartArchiveReader.h"
#include "core/chart/ChartDirectoryLoader.h"
#include "core/chart/ChartLoadCheck.h"
#include "core/chart/ChartExporter.h"
#include "core/chart/ChartPackager.h"
#include "core/chart/HelmAnnotations.h"
#include "core/oci/MediaTypes.h"
#include "core/provenance/ProvenanceMessage.h"
#include "core/provenance/ProvenanceVerifier.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

namespace charthouse {

namespace {

constexpr qint64 maxManifestSize = 4 * 1024 * 1024; // the distribution spec's limit for manifests
constexpr qint64 maxConfigSize = 4 * 1024 * 1024;

Error cancelled()
{
    return Error(Error::Code::Cancelled, QCoreApplication::translate("charthouse::ChartStore", "cancelled"));
}

Result<LoadedChartSource> loadArchive(const QString &path, const ArchiveLimits &limits)
{
    auto archive = ChartArchiveReader::readFile(path, limits);
    if (!archive)
        return archive.error().withContext(path);
    auto metadata = metadataFromFiles(archive->files, path);
    if (!metadata)
        return metadata.error();
    if (auto loads = checkLoadsAsHelm(archive->files, path, limits); !loads)
        return loads.error();
    return LoadedChartSource {std::move(*metadata), std::move(archive->files)};
}

Manifest buildManifest(const ChartMetadata &metadata, const Descriptor &config, const Descriptor &layer,
    const std::optional<Descriptor> &provenance, bool legacy)
{
    Manifest manifest;
    manifest.config = config;
    manifest.layers = {layer};
    if (provenance) // after the chart layer, as Helm 3.8+ pushes it
        manifest.layers.append(*provenance);
    if (!legacy) {
        // What Helm 3.8+ writes; Helm 3.0-3.6 wrote neither the media type field nor annotations.
        manifest.mediaType = QString::fromLatin1(MediaTypes::ociManifest);
        manifest.annotations = helmManifestAnnotations(metadata, QDateTime::currentDateTimeUtc());
    }
    return manifest;
}

QString archiveFileName(const QString &name, const QString &version)
{
    return QStringLiteral("%1-%2.tgz").arg(name, version);
}

// The .prov `helm package --sign` writes beside the package: Helm's metadata YAML and the archive's hash.
Result<QByteArray> signPackage(const PackagedChart &packaged, const SigningKey &key)
{
    auto metadataYaml = ProvenanceMessage::metadataYamlFromConfig(
        packaged.metadata.toHelmConfigJson(ConfigFlavor::Helm4));
    if (!metadataYaml)
        return metadataYaml.error();
    return ProvenanceSigner::sign(packaged.layerData,
        archiveFileName(packaged.metadata.name, packaged.metadata.version), *metadataYaml, key);
}

Descriptor describeManifest(const QByteArray &json)
{
    return {QString::fromLatin1(MediaTypes::ociManifest), Digest::of(json), json.size(), {}, {}};
}

} // namespace

bool ChartSummary::isLegacyLayer() const
{
    return layer.mediaType == QLatin1String(MediaTypes::legacyChartLayer);
}

Result<LoadedChartSource> loadChartSource(const QString &path, const ArchiveLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("charthouse::ChartStore", "%1: no such file or directory").arg(path));
    if (!info.isDir())
        return loadArchive(path, limits);
    auto loaded = ChartDirectoryLoader::load(path, limits.maxFileSize, limits.maxTotalSize);
    if (!loaded)
        return loaded.error();
    // Helm's loader reads values.yaml and every subchart too: what it refuses is refused here, naming the file.
    if (auto loads = checkLoadsAsHelm(loaded->files, path, limits); !loads)
        return loads.error();
    return LoadedChartSource {std::move(loaded->metadata), std::move(loaded->files)};
}

ChartStore::ChartStore(QString cacheRoot) : m_cache(std::move(cacheRoot)) { }

Result<ChartSummary> ChartStore::save(
    const QString &source, const Reference &ref, const SaveOptions &options, const std::atomic_bool *cancel)
{
    auto packaged = package(source, options, cancel);
    if (!packaged)
        return packaged.error();
    return commit(*packaged, ref, cancel);
}

Result<PackagedChart> ChartStore::package(
    const QString &source, const SaveOptions &options, const std::atomic_bool *cancel)
{
    auto isCancelled = [cancel] { return cancel && cancel->load(); };
    auto chart = loadChartSource(source, options.limits);
    if (!chart)
        return chart.error();
    if (isCancelled())
        return cancelled();
    auto package = ChartPackager::package(chart->metadata.name, chart->files);
    if (!package)
        return package.error();
    if (isCancelled())
        return cancelled();

    PackagedChart packaged;
    packaged.metadata = std::move(chart->metadata);
    packaged.configJson = packaged.metadata.toHelmConfigJson(
        options.legacyLayer ? ConfigFlavor::Helm3Legacy : ConfigFlavor::Helm4);
    packaged.layerData = std::move(*package);
    const QString layerType
        = QString::fromLatin1(options.legacyLayer ? MediaTypes::legacyChartLayer : MediaTypes::chartLayer);
    const Descriptor config {QString::fromLatin1(MediaTypes::helmConfig), Digest::of(packaged.configJson),
        packaged.configJson.size(), {}, {}};
    packaged.layer = {layerType, Digest::of(packaged.layerData), packaged.layerData.size(), {}, {}};
    std::optional<Descriptor> provenance;
    if (options.signing) {
        auto prov = signPackage(packaged, *options.signing);
        if (!prov)
            return prov.error();
        packaged.provenanceData = std::move(*prov);
        provenance = Descriptor {QString::fromLatin1(MediaTypes::provenance), Digest::of(packaged.provenanceData),
            packaged.provenanceData.size(), {}, {}};
    }
    const Manifest manifest
        = buildManifest(packaged.metadata, config, packaged.layer, provenance, options.legacyLayer);
    packaged.manifestJson = manifest.toJson();
    packaged.manifest = describeManifest(packaged.manifestJson);
    // The view Helm 3.0-3.6 read in the cache is what Helm 3.4.2's own save of the chart would write, with its
    // config (which keeps whitespace and control characters Helm 4 folds) when that differs.
    const QByteArray legacyConfig = packaged.metadata.toHelmConfigJson(ConfigFlavor::Helm3Legacy);
    if (legacyConfig != packaged.configJson)
        packaged.legacyConfigJson = legacyConfig;
    const Descriptor viewConfig {QString::fromLatin1(MediaTypes::helmConfig), Digest::of(legacyConfig),
        legacyConfig.size(), {}, {}};
    if (const auto view = LegacyView::of(manifest, viewConfig)) {
        packaged.legacyViewJson = view->toJson();
        packaged.legacyView = describeManifest(packaged.legacyViewJson);
    }
    return packaged;
}

Result<ChartSummary> ChartStore::commit(
    const PackagedChart &chart, const Reference &ref, const std::atomic_bool *cancel)
{
    if (auto layout = m_cache.ensureLayout(cancel); !layout)
        return layout.error();
    std::vector<StagedBlob> staged;
    for (const QByteArray *blob :
        {&chart.configJson, &chart.layerData, &chart.provenanceData, &chart.manifestJson, &chart.legacyConfigJson, &chart.legacyViewJson}) {
        if (blob->isEmpty())
            continue;
        auto s = m_cache.stageBlob(*blob);
        if (!s)
            return s.error();
        staged.push_back(std::move(*s));
    }
    if (cancel && cancel->load())
        return cancelled();
    const Descriptor entry = chart.legacyViewJson.isEmpty() ? chart.manifest
                                                            : LegacyView::entryFor(chart.legacyView, chart.manifest);
    if (auto tagged = m_cache.commitTag(ref, std::move(staged), entry, cancel); !tagged)
        return tagged.error();

    ChartSummary summary;
    summary.ref = ref;
    summary.manifest = chart.manifest;
    summary.layer = chart.layer;
    summary.name = chart.metadata.name;
    summary.version = chart.metadata.version;
    const auto created = m_cache.blobModified(chart.layer.digest);
    summary.created = created ? *created : QDateTime::currentDateTimeUtc();
    return summary;
}

Result<ChartSummary> ChartStore::summarize(const Reference &ref, const Descriptor &entry, Manifest *manifestOut,
    QByteArray *manifestJsonOut, QByteArray *configJsonOut, ChartMetadata *metadataOut)
{
    const QString where = ref.toString();
    // The chart's own manifest (the registry's), not the legacy view kept for Helm 3.0-3.6.
    const Descriptor manifestDescriptor = m_cache.chartManifest(entry);
    auto manifestJson = m_cache.readBlob(manifestDescriptor, maxManifestSize);
    if (!manifestJson)
        return manifestJson.error().withContext(where);
    auto manifest = Manifest::parse(*manifestJson);
    if (!manifest)
        return manifest.error().withContext(tr("%1: manifest").arg(where));
    if (manifest->config.mediaType != QLatin1String(MediaTypes::helmConfig))
        return Error(Error::Code::InvalidInput,
            tr("%1: not a Helm chart (config media type %2)").arg(where, manifest->config.mediaType));
    const auto layer = manifest->chartLayer();
    if (!layer)
        return Error(Error::Code::InvalidInput, tr("%1: the manifest has no chart layer").arg(where));
    auto configJson = m_cache.readBlob(manifest->config, maxConfigSize);
    if (!configJson)
        return configJson.error().withContext(tr("%1: config").arg(where));
    auto metadata = ChartMetadata::fromConfigJson(*configJson);
    if (!metadata)
        return metadata.error().withContext(tr("%1: config").arg(where));
    auto created = m_cache.blobModified(layer->digest);
    if (!created)
        return created.error().withContext(tr("%1: chart layer").arg(where));

    ChartSummary summary {ref, manifestDescriptor, *layer, metadata->name, metadata->version, *created};
    if (manifestOut)
        *manifestOut = std::move(*manifest);
    if (manifestJsonOut)
        *manifestJsonOut = std::move(*manifestJson);
    if (configJsonOut)
        *configJsonOut = std::move(*configJson);
    if (metadataOut)
        *metadataOut = std::move(*metadata);
    return summary;
}

Result<void> ChartStore::checkRoot() const
{
    // A missing cache is an empty one; a file where the cache should be is a mistake to report, not an empty
    // list.
    const QFileInfo info(root());
    if (info.exists() && !info.isDir())
        return Error(Error::Code::InvalidInput, tr("the cache %1 is not a directory").arg(root()));
    return {};
}

Result<ChartListing> ChartStore::list(const ChartBatchSink &onBatch)
{
    if (auto usable = checkRoot(); !usable)
        return usable.error();
    auto file = m_cache.readIndexFile(true);
    if (!file)
        return file.error();
    auto tags = ChartCache::taggedManifests(file->index);
    // Sorted by reference text, as `helm chart list` prints; index.json holds the full reference already.
    std::sort(tags.begin(), tags.end(),
        [](const TaggedManifest &a, const TaggedManifest &b) { return a.refName < b.refName; });
    ChartListing listing;
    listing.indexDigest = file->digest;
    for (const Index::UnparsedEntry &odd : file->index.unparsed)
        listing.problems.append(odd.error);
    listing.charts.reserve(tags.size());
    // Each entry means reading and verifying two small blobs: spread over the cores, keep the order. In
    // batches that start small and double, so whoever watches sees the first rows almost at once and the
    // last batches still keep every core busy.
    qsizetype batchSize = onBatch ? 128 : tags.size();
    for (qsizetype first = 0; first < tags.size(); first += batchSize, batchSize = qMin<qsizetype>(batchSize * 2, 4096)) {
        const QList<TaggedManifest> batch = tags.mid(first, batchSize);
        const QList<Result<ChartSummary>> summaries
            = QtConcurrent::blockingMapped(batch, [this](const TaggedManifest &tagged) -> Result<ChartSummary> {
                  auto ref = Reference::parse(tagged.refName);
                  if (!ref)
                      return ref.error().withContext(QStringLiteral("index.json"));
                  return summarize(*ref, tagged.manifest, nullptr, nullptr, nullptr, nullptr);
              });
        const qsizetype before = listing.charts.size();
        for (const Result<ChartSummary> &summary : summaries) {
            if (summary)
                listing.charts.append(*summary);
            else
                listing.problems.append(summary.error());
        }
        if (onBatch && listing.charts.size() > before)
            onBatch(listing.charts.mid(before));
    }
    return listing;
}

Result<ChartSummary> ChartStore::summary(const Reference &ref)
{
    if (auto usable = checkRoot(); !usable)
        return usable.error();
    auto descriptor = m_cache.resolve(ref);
    if (!descriptor)
        return descriptor.error();
    return summarize(ref, *descriptor, nullptr, nullptr, nullptr, nullptr);
}

Result<ChartDetails> ChartStore::details(const Reference &ref)
{
    if (auto usable = checkRoot(); !usable)
        return usable.error();
    auto descriptor = m_cache.resolve(ref);
    if (!descriptor)
        return descriptor.error();
    ChartDetails details;
    auto summary = summarize(
        ref, *descriptor, &details.manifest, &details.manifestJson, &details.configJson, &details.metadata);
    if (!summary)
        return summary.error();
    details.summary = std::move(*summary);
    return details;
}

Result<ChartWithProvenance> ChartStore::withProvenance(const Reference &ref)
{
    auto chart = details(ref);
    if (!chart)
        return chart.error();
    ChartWithProvenance result;
    // Helm's pull names the archive after the chart, whatever the tag.
    result.fileName = archiveFileName(chart->metadata.name, chart->metadata.version);
    auto archive = m_cache.readBlob(chart->summary.layer, ArchiveLimits().maxTotalSize);
    if (!archive)
        return archive.error().withContext(ref.toString());
    result.archive = std::move(*archive);
    for (const Descriptor &layer : chart->manifest.layers) {
        if (layer.mediaType != QLatin1String(MediaTypes::provenance))
            continue;
        auto provenance = m_cache.readBlob(layer, ProvenanceVerifier::maxProvenanceSize);
        if (!provenance)
            return provenance.error().withContext(tr("%1: provenance").arg(ref.toString()));
        result.provenance = std::move(*provenance);
        break;
    }
    result.summary = std::move(chart->summary);
    return result;
}

Result<ChartFiles> ChartStore::files(const Reference &ref, const ArchiveLimits &limits)
{
    auto chart = summary(ref);
    if (!chart)
        return chart.error();
    return readFiles(*chart, limits);
}

Result<ChartFiles> ChartStore::readFiles(const ChartSummary &chart, const ArchiveLimits &limits)
{
    // The compressed layer can't be larger than what it may expand to.
    auto layer = m_cache.readBlob(chart.layer, limits.maxTotalSize);
    if (!layer)
        return layer.error().withContext(chart.ref.toString());
    auto archive = ChartArchiveReader::read(*layer, limits);
    if (!archive)
        return archive.error().withContext(chart.ref.toString());
    return std::move(archive->files);
}

Result<ExportedChart> ChartStore::exportTo(const Reference &ref, const QString &destDir, bool force,
    const ArchiveLimits &limits, const std::atomic_bool *cancel)
{
    auto chart = summary(ref);
    if (!chart)
        return chart.error();
    auto chartFiles = readFiles(*chart, limits);
    if (!chartFiles)
        return chartFiles.error();
    auto directory = ChartExporter::exportTo(destDir, chart->name, *chartFiles, force, cancel);
    if (!directory)
        return directory.error();
    return ExportedChart {std::move(*chart), std::move(*directory)};
}

Result<PruneReport> ChartStore::prune(bool dryRun, qint64 minAgeSeconds, const std::atomic_bool *cancel)
{
    if (auto usable = checkRoot(); !usable)
        return usable.error();
    return m_cache.prune(dryRun, minAgeSeconds, cancel);
}

Result<ChartSummary> ChartStore::remove(const Reference &ref, const std::atomic_bool *cancel)
{
    if (auto usable = checkRoot(); !usable)
        return usable.error();
    auto descriptor = m_cache.resolve(ref);
    if (!descriptor)
        return descriptor.error();
    // Removing must work even when the chart's blobs are damaged: that is how a user gets rid of them.
    auto chart = summarize(ref, *descriptor, nullptr, nullptr, nullptr, nullptr);
    if (auto untagged = m_cache.untag(ref, cancel); !untagged)
        return untagged.error();
    if (chart)
        return *chart;
    return ChartSummary {ref, m_cache.chartManifest(*descriptor), {}, {}, {}, {}};
}

} // namespace charthouse
