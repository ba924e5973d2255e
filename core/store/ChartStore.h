#pragma once

#include "core/cache/ChartCache.h"
#include "core/chart/ArchiveLimits.h"
#include "core/chart/ChartFile.h"
#include "core/chart/ChartMetadata.h"
#include "core/common/Result.h"
#include "core/oci/Descriptor.h"
#include "core/oci/Manifest.h"
#include "core/oci/Reference.h"
#include "core/provenance/ProvenanceSigner.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>
#include <optional>

namespace charthouse {

// One cached chart as `chart list` shows it.
struct ChartSummary
{
    Reference ref;
    Descriptor manifest; // digest of the manifest is the chart's DIGEST column
    Descriptor layer; // the chart layer: SIZE, media type
    QString name;
    QString version;
    QDateTime created; // the chart layer file's modification time, as Helm shows it
    bool isLegacyLayer() const;
};

// A listing keeps the good rows and says which entries could not be read, so one broken chart does not hide
// the others and is never silently shown.
struct ChartListing
{
    QList<ChartSummary> charts;
    QList<Error> problems;
    Digest indexDigest; // of the index.json listed (invalid when there was none): what a listing cache is keyed by
};

// Receives a listing's good rows batch by batch, in listing order, as they are read: from the listing's thread.
using ChartBatchSink = std::function<void(const QList<ChartSummary> &batch)>;

// Everything the details view and `chart show` present.
struct ChartDetails
{
    ChartSummary summary;
    Manifest manifest;
    QByteArray manifestJson;
    QByteArray configJson;
    ChartMetadata metadata;
    ChartFiles files; // the package's files, when asked for (the details view)
};

// A cached chart's archive and provenance as `helm verify` reads them from CHART.tgz and CHART.tgz.prov.
struct ChartWithProvenance
{
    ChartSummary summary;
    QByteArray archive; // the chart layer
    QByteArray provenance; // the provenance layer; empty when the chart has none
    QString fileName; // "<name>-<version>.tgz": what Helm names the archive and its provenance signs
};

struct ExportedChart
{
    ChartSummary summary;
    QString directory; // destDir/<name>
};

struct SaveOptions
{
    // Helm 3.0-3.6's application/tar+gzip instead of the modern media type, for what is pushed. (Helm 3.0-3.6
    // read the cache either way: see LegacyView.h.)
    bool legacyLayer = false;
    ArchiveLimits limits;
    // Sign the package as `helm package --sign`: the manifest then carries a provenance layer.
    std::optional<SigningKey> signing;
};

// A chart loaded, packaged and hashed, in no cache yet: what save() commits.
struct PackagedChart
{
    ChartMetadata metadata;
    QByteArray configJson;
    QByteArray layerData; // the .tgz
    QByteArray provenanceData; // the .prov, when signed
    QByteArray manifestJson;
    Descriptor layer;
    Descriptor manifest;
    // For the modern layer type: the manifest index.json points at for Helm 3.0-3.6 (see LegacyView.h), and
    // its config when Helm 3.0-3.6's differs from Helm 4's (Helm 4 folds whitespace and control characters).
    QByteArray legacyConfigJson;
    QByteArray legacyViewJson;
    Descriptor legacyView;
};

// The chart operations on a local cache, synchronous and thread-safe across processes (the cache locks).
// Jobs run these on the thread pool; tests call them directly.
class ChartStore
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartStore)
public:
    explicit ChartStore(QString cacheRoot);

    const QString &root() const { return m_cache.root(); }
    ChartCache &cache() { return m_cache; }

    // source: a chart directory or a packaged .tgz. package() then commit().
    Result<ChartSummary> save(const QString &source, const Reference &ref, const SaveOptions &options,
        const std::atomic_bool *cancel = nullptr);
    // Saving's CPU work, which touches no cache: load, package, hash.
    static Result<PackagedChart> package(
        const QString &source, const SaveOptions &options, const std::atomic_bool *cancel = nullptr);
    // Saving's writes: stages the blobs and tags ref, waiting for the cache lock.
    Result<ChartSummary> commit(
        const PackagedChart &chart, const Reference &ref, const std::atomic_bool *cancel = nullptr);
    // onBatch, when given, sees the charts as they are read, so a window can show the first rows long before
    // the last manifest of a large cache is read.
    Result<ChartListing> list(const ChartBatchSink &onBatch = {});
    Result<ChartSummary> summary(const Reference &ref);
    Result<ChartDetails> details(const Reference &ref);
    // The chart layer and the provenance layer, read and checked against their digests.
    Result<ChartWithProvenance> withProvenance(const Reference &ref);
    // The chart's files as packaged, read safely from the verified chart layer.
    Result<ChartFiles> files(const Reference &ref, const ArchiveLimits &limits = {});
    // Writes the chart to destDir/<name>.
    Result<ExportedChart> exportTo(const Reference &ref, const QString &destDir, bool force,
        const ArchiveLimits &limits = {}, const std::atomic_bool *cancel = nullptr);
    Result<ChartSummary> remove(const Reference &ref, const std::atomic_bool *cancel = nullptr);
    // Blobs nothing uses: see ChartCache::prune.
    Result<PruneReport> prune(bool dryRun, qint64 minAgeSeconds, const std::atomic_bool *cancel = nullptr);
    static constexpr qint64 defaultPruneAgeSeconds = 15 * 60;

private:
    Result<void> checkRoot() const;
    Result<ChartFiles> readFiles(const ChartSummary &chart, const ArchiveLimits &limits);
    // entry: as index.json holds it.
    Result<ChartSummary> summarize(const Reference &ref, const Descriptor &entry,
        Manifest *manifestOut, QByteArray *manifestJsonOut, QByteArray *configJsonOut,
        ChartMetadata *metadataOut);

    ChartCache m_cache;
};

// Loads a chart from a directory or a .tgz into metadata and files, refusing anything unsafe.
struct LoadedChartSource
{
    ChartMetadata metadata;
    ChartFiles files;
};
Result<LoadedChartSource> loadChartSource(const QString &path, const ArchiveLimits &limits);

} // namespace charthouse
