#include "core/jobs/PullJob.h"

#include "core/cache/LegacyView.h"

#include "core/common/Format.h"
#include "core/common/Logging.h"
#include "core/oci/MediaTypes.h"

#include <QFileInfo>

namespace charthouse {

namespace {

// A blob's files: only the one background step of that blob at a time touches them (the job's thread hands
// them from step to step and never opens them itself).
// Received bytes not yet written wait in memory up to this much per blob; beyond it the download pauses (the
// bytes wait in the socket) until the writer has caught up.
constexpr qint64 maxPendingBytes = 4 * 1024 * 1024;

struct BlobFiles
{
    std::unique_ptr<BlobWriter> writer; // the ingest/ file being written
    std::optional<StagedBlob> staged; // written and verified, waiting for the commit
};

} // namespace

// One blob being downloaded. Job thread only; the files belong to whichever background step runs.
struct PullJob::Blob
{
    Descriptor descriptor;
    std::shared_ptr<BlobFiles> files = std::make_shared<BlobFiles>();
    QPointer<RegistryCall> call;
    QByteArray pending; // received, not yet handed to the thread pool
    qint64 received = 0; // bytes of the current attempt (progress)
    bool reopen = true; // (re)create the ingest file first: at the start, and after a retry started over
    bool downloaded = false; // the registry sent all of it
    bool verified = false;
    bool busy = false; // a background step works on the files now
};

struct PullJob::Transfer
{
    FetchedManifest manifestBytes;
    Manifest manifest;
    std::vector<std::shared_ptr<Blob>> blobs;
    int pending = 0; // blobs not verified yet
    qint64 total = 0;
    qint64 reported = 0; // progress only moves forward (a retried download starts its blob over)
};

PullJob::PullJob(QString cacheRoot, Reference ref, RegistryClient *client, QObject *parent)
    : NetworkJob(client, parent), m_cacheRoot(std::move(cacheRoot)), m_ref(std::move(ref))
{ }

QString PullJob::title() const
{
    return tr("Pull %1").arg(m_ref.toString());
}

void PullJob::run()
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    fetchManifest();
}

void PullJob::fetchManifest()
{
    if (stopped() || !client())
        return;
    track(client()->fetchManifest(m_ref, [this](Result<FetchedManifest> fetched) {
        if (stopped() || !client())
            return;
        if (!fetched)
            return fail(fetched.error());
        auto manifest = Manifest::parse(fetched->bytes);
        if (!manifest)
            return fail(manifest.error().withContext(m_ref.toString()));
        if (manifest->config.mediaType != QLatin1String(MediaTypes::helmConfig))
            return fail(Error(Error::Code::InvalidInput,
                tr("%1 is not a Helm chart (its config is %2)")
                    .arg(m_ref.toString(), manifest->config.mediaType)));
        if (!manifest->chartLayer())
            return fail(Error(Error::Code::InvalidInput, tr("%1 has no chart layer").arg(m_ref.toString())));
        const qint64 maxLayerSize = client()->transferLimits().maxLayerSize;
        for (const Descriptor &blob : manifest->layers + QList<Descriptor> {manifest->config}) {
            if (blob.size > maxLayerSize)
                return fail(Error(Error::Code::TooLarge,
                    tr("%1: a layer of %2 (%3) is larger than the limit of %4; nothing was downloaded")
                        .arg(m_ref.toString(), formatBinarySize(blob.size), blob.digest.shortHex(),
                            formatBinarySize(maxLayerSize)))
                                .withHint(Error::Hint::LayerSizeLimit));
        }
        auto transfer = std::make_shared<Transfer>();
        m_transfer = transfer;
        transfer->manifestBytes = std::move(*fetched);
        transfer->manifest = std::move(*manifest);
        checkUpToDate(transfer);
    }));
}

void PullJob::checkUpToDate(std::shared_ptr<Transfer> transfer)
{
    // Reading the cache takes no lock: the global pool.
    QList<Descriptor> blobs {transfer->manifest.config};
    blobs += transfer->manifest.layers;
    // nullopt: not cached, another version, or unreadable — pull it.
    runInBackground<std::optional<ChartSummary>>(
        [root = m_cacheRoot, ref = m_ref, digest = transfer->manifestBytes.digest,
            blobs]() -> Result<std::optional<ChartSummary>> {
            if (!QFileInfo::exists(root + QStringLiteral("/index.json")))
                return std::optional<ChartSummary>();
            ChartStore store(root);
            auto cached = store.summary(ref);
            if (!cached || cached->manifest.digest != digest)
                return std::optional<ChartSummary>();
            for (const Descriptor &blob : blobs)
                if (!store.cache().hasBlob(blob.digest))
                    return std::optional<ChartSummary>();
            return std::optional<ChartSummary>(std::move(*cached));
        },
        [this, transfer](Result<std::optional<ChartSummary>> cached) {
            if (stopped())
                return;
            if (!cached || !*cached)
                return prepareLayout(transfer);
            m_upToDate = true;
            m_result = std::move(**cached);
            finish({});
        });
}

void PullJob::prepareLayout(std::shared_ptr<Transfer> transfer)
{
    // Creating the layout takes the cache lock, which another process may hold for a while. A cancel
    // meanwhile finishes the job at once: the layout alone changes nothing a user sees, and it is what any
    // use of the cache would create. A wait, so on the pool for waits.
    runBlocking<void>(
        [root = m_cacheRoot, cancel = cancelFlag()]() -> Result<void> {
            qCDebug(lcJobs) << "preparing the cache layout in" << root;
            return ChartCache(root).ensureLayout(cancel.get());
        },
        [this, transfer](Result<void> layout) {
            if (stopped())
                return;
            if (!layout)
                return fail(layout.error());
            fetchBlobs(transfer);
        });
}

void PullJob::fetchBlobs(std::shared_ptr<Transfer> transfer)
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    QList<Descriptor> descriptors {transfer->manifest.config};
    descriptors += transfer->manifest.layers;
    for (const Descriptor &descriptor : std::as_const(descriptors)) {
        auto blob = std::make_shared<Blob>();
        blob->descriptor = descriptor;
        transfer->blobs.push_back(blob);
        transfer->total += descriptor.size;
    }
    transfer->pending = static_cast<int>(transfer->blobs.size());
    reportProgress(0, transfer->total);
    for (const std::shared_ptr<Blob> &blob : transfer->blobs) {
        pump(transfer, blob); // opens the ingest file while the request goes out
        // The reader only queues the bytes: writing and hashing happen on the thread pool, in order. While
        // the queue is full the download pauses; the write step that empties it resumes it.
        BlobReader reader;
        reader.write = [this, transfer, blob](QByteArrayView chunk) -> Result<void> {
            if (stopped())
                return cancelledError();
            blob->pending.append(chunk.data(), chunk.size());
            pump(transfer, blob);
            return {};
        };
        reader.full = [blob] { return blob->pending.size() >= maxPendingBytes; };
        reader.restart = [this, transfer, blob] {
            blob->pending.clear();
            blob->received = 0;
            blob->reopen = true;
            pump(transfer, blob);
        };
        RegistryCall *call
            = client()->fetchBlob(m_ref, blob->descriptor, reader, [this, transfer, blob](Result<void> done) {
                  if (stopped())
                      return;
                  if (!done)
                      return fail(done.error().withContext(m_ref.toString()));
                  blob->downloaded = true;
                  pump(transfer, blob);
              });
        connect(call, &RegistryCall::progress, this, [this, transfer, blob](qint64 done, qint64) {
            if (stopped())
                return;
            blob->received = qBound<qint64>(0, done, blob->descriptor.size);
            reportBytes(*transfer);
        });
        blob->call = call;
        track(call);
    }
}

void PullJob::reportBytes(Transfer &transfer)
{
    qint64 done = 0;
    for (const std::shared_ptr<Blob> &blob : transfer.blobs)
        done += blob->verified || blob->downloaded ? blob->descriptor.size : blob->received;
    if (done <= transfer.reported)
        return;
    transfer.reported = done;
    reportProgress(done, transfer.total);
}

void PullJob::pump(const std::shared_ptr<Transfer> &transfer, const std::shared_ptr<Blob> &blob)
{
    if (blob->busy || stopped())
        return;
    if (blob->reopen) {
        blob->reopen = false;
        return blobStep(
            transfer, blob,
            [root = m_cacheRoot, files = blob->files]() -> Result<void> {
                files->writer.reset(); // a retry starts over: drop what the last attempt wrote
                auto created = ChartCache(root).createBlobWriter();
                if (!created)
                    return created.error();
                files->writer = std::move(*created);
                return {};
            },
            [] {});
    }
    if (!blob->pending.isEmpty()) {
        return blobStep(
            transfer, blob,
            [files = blob->files, data = std::exchange(blob->pending, {})]() -> Result<void> {
                return files->writer->write(data); // hashes as it writes
            },
            [] {});
    }
    if (blob->downloaded && !blob->verified) {
        return blobStep(
            transfer, blob,
            [files = blob->files, descriptor = blob->descriptor]() -> Result<void> {
                auto staged = files->writer->finish(descriptor.digest, descriptor.size);
                if (!staged)
                    return staged.error();
                files->writer.reset();
                files->staged.emplace(std::move(*staged));
                qCDebug(lcJobs) << "wrote and verified blob" << descriptor.digest.toString();
                return {};
            },
            [this, transfer, blob] {
                blob->verified = true;
                reportBytes(*transfer);
                if (--transfer->pending == 0)
                    commit(transfer);
            });
    }
}

void PullJob::blobStep(const std::shared_ptr<Transfer> &transfer, const std::shared_ptr<Blob> &blob,
    std::function<Result<void>()> work, std::function<void()> then)
{
    blob->busy = true;
    ++m_busy;
    runInBackground<void>(std::move(work), [this, transfer, blob, then](Result<void> outcome) {
        blob->busy = false;
        --m_busy;
        if (m_discarded) { // stopping: the last step to end lets the files go
            if (m_busy == 0)
                discardNow();
            return;
        }
        if (stopped())
            return;
        if (!outcome)
            return fail(outcome.error().withContext(m_ref.toString()));
        then();
        pump(transfer, blob);
        if (blob->call)
            blob->call->resumeReading(); // the queue went to the writer: take more bytes
    });
}

void PullJob::onCancel()
{
    // Once the commit runs, it decides: it checks the cancel flag before it touches index.json, and a commit
    // that has begun is completed rather than left half done.
    if (m_committing)
        return;
    NetworkJob::onCancel();
}

void PullJob::discardPartialWork(std::function<void()> done)
{
    m_discarded = std::move(done);
    if (m_busy == 0)
        discardNow();
}

void PullJob::discardNow()
{
    std::vector<std::shared_ptr<BlobFiles>> files;
    if (m_transfer)
        for (const std::shared_ptr<Blob> &blob : m_transfer->blobs)
            files.push_back(blob->files);
    if (files.empty())
        return std::exchange(m_discarded, {})();
    // Removing the ingest files and the verified but uncommitted blobs is disk work too.
    runInBackground<void>(
        [files]() -> Result<void> {
            for (const std::shared_ptr<BlobFiles> &blob : files) {
                blob->writer.reset();
                blob->staged.reset();
            }
            return {};
        },
        [this](Result<void>) { std::exchange(m_discarded, {})(); });
}

void PullJob::commit(std::shared_ptr<Transfer> transfer)
{
    m_committing = true;
    std::vector<std::shared_ptr<BlobFiles>> files;
    for (const std::shared_ptr<Blob> &blob : transfer->blobs)
        files.push_back(blob->files);
    const QString mediaType = transfer->manifestBytes.mediaType.isEmpty()
            || !transfer->manifestBytes.mediaType.contains(QLatin1String("manifest"))
        ? QString::fromLatin1(MediaTypes::ociManifest)
        : transfer->manifestBytes.mediaType;
    const Descriptor manifest {
        mediaType, transfer->manifestBytes.digest, transfer->manifestBytes.bytes.size(), {}, {}};
    // Staging the manifest, the commit (which may wait for another process's lock) and reading the chart back
    // all touch the disk. Whatever is not committed is deleted when `staged` goes out of scope, there. The
    // lock makes it a wait: on the pool for waits.
    runBlocking<ChartSummary>(
        [root = m_cacheRoot, ref = m_ref, files, bytes = transfer->manifestBytes.bytes, manifest,
            cancel = cancelFlag()]() -> Result<ChartSummary> {
            std::vector<StagedBlob> staged;
            for (const std::shared_ptr<BlobFiles> &blob : files) {
                if (blob->staged)
                    staged.push_back(std::move(*blob->staged));
                blob->staged.reset();
            }
            if (cancel->load())
                return cancelledError();
            ChartCache cache(root);
            auto manifestBlob = cache.stageBlob(bytes);
            if (!manifestBlob)
                return manifestBlob.error();
            staged.push_back(std::move(*manifestBlob));
            // What Helm 3.0-3.6 read in the same cache, when they cannot read the registry's manifest itself.
            Descriptor entry = manifest;
            if (auto parsed = Manifest::parse(bytes); parsed) {
                if (const auto view = LegacyView::of(*parsed)) {
                    auto viewBlob = cache.stageBlob(view->toJson());
                    if (!viewBlob)
                        return viewBlob.error();
                    entry = LegacyView::entryFor({QString::fromLatin1(MediaTypes::ociManifest), viewBlob->digest(),
                                                     viewBlob->size(), {}, {}},
                        manifest);
                    staged.push_back(std::move(*viewBlob));
                }
            }
            if (cancel->load())
                return cancelledError();
            auto tagged = cache.commitTag(ref, std::move(staged), entry, cancel.get());
            if (!tagged)
                return tagged.error();
            qCDebug(lcJobs) << "committed" << ref.toString();
            return ChartStore(root).summary(ref);
        },
        [this](Result<ChartSummary> summary) {
            m_committing = false;
            if (!summary)
                return finish(summary.error());
            m_result = std::move(*summary);
            finish({});
        });
}

} // namespace charthouse
