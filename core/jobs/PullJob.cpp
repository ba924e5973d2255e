#include "core/jobs/PullJob.h"

#include "core/jobs/RegistryAccess.h"
#include "core/oci/MediaTypes.h"

namespace charthouse {

struct PullJob::Transfer
{
    FetchedManifest manifestBytes;
    Manifest manifest;
    QList<std::shared_ptr<std::unique_ptr<BlobWriter>>> writers; // blobs being downloaded into ingest/
    std::vector<StagedBlob> staged; // downloaded and verified, waiting for the commit
    int pending = 0;
    qint64 received = 0;
    qint64 total = 0;
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
    prepareRegistry(*client(), m_ref.registry(), this, [this] { fetchManifest(); });
}

void PullJob::fetchManifest()
{
    if (stopped() || !client())
        return;
    track(client()->fetchManifest(m_ref, [this](Result<FetchedManifest> fetched) {
        if (stopped())
            return;
        if (!fetched)
            return fail(fetched.error());
        auto manifest = Manifest::parse(fetched->bytes);
        if (!manifest)
            return fail(manifest.error().withContext(m_ref.toString()));
        if (manifest->config.mediaType != QLatin1String(MediaTypes::helmConfig))
            return fail(Error(Error::Code::InvalidInput,
                tr("%1 is not a Helm chart (its config is %2)").arg(m_ref.toString(), manifest->config.mediaType)));
        if (!manifest->chartLayer())
            return fail(Error(Error::Code::InvalidInput, tr("%1 has no chart layer").arg(m_ref.toString())));
        auto transfer = std::make_shared<Transfer>();
        m_transfer = transfer;
        transfer->manifestBytes = std::move(*fetched);
        transfer->manifest = std::move(*manifest);
        fetchBlobs(transfer);
    }));
}

void PullJob::fetchBlobs(std::shared_ptr<Transfer> transfer)
{
    ChartCache cache(m_cacheRoot);
    if (auto layout = cache.ensureLayout(); !layout)
        return fail(layout.error());
    QList<Descriptor> blobs {transfer->manifest.config};
    blobs += transfer->manifest.layers;
    for (const Descriptor &blob : std::as_const(blobs))
        transfer->total += blob.size;
    transfer->pending = static_cast<int>(blobs.size());
    reportProgress(0, transfer->total);
    for (const Descriptor &blob : std::as_const(blobs)) {
        auto writer = std::make_shared<std::unique_ptr<BlobWriter>>();
        transfer->writers.append(writer);
        auto open = [root = m_cacheRoot, writer]() -> Result<void> {
            auto created = ChartCache(root).createBlobWriter();
            if (!created)
                return created.error();
            *writer = std::move(*created);
            return {};
        };
        if (auto opened = open(); !opened)
            return fail(opened.error());
        auto sink = [writer](QByteArrayView chunk) -> Result<void> {
            if (!*writer)
                return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
            return (*writer)->write(chunk);
        };
        auto restart = [open] { (void)open(); };
        auto *call = client()->fetchBlob(m_ref, blob, sink, restart, [this, transfer, writer, blob](Result<void> done) {
            if (stopped())
                return;
            if (!done)
                return fail(done.error().withContext(m_ref.toString()));
            if (!*writer)
                return;
            auto staged = (*writer)->finish(blob.digest, blob.size);
            if (!staged)
                return fail(staged.error().withContext(m_ref.toString()));
            transfer->staged.push_back(std::move(*staged));
            transfer->received += blob.size;
            reportProgress(transfer->received, transfer->total);
            if (--transfer->pending == 0)
                commit(transfer);
        });
        track(call);
    }
}

void PullJob::discardPartialWork()
{
    if (!m_transfer)
        return;
    for (const auto &writer : std::as_const(m_transfer->writers))
        writer->reset(); // removes its ingest/ file
    m_transfer->staged.clear(); // removes the verified but uncommitted blobs
}

void PullJob::commit(std::shared_ptr<Transfer> transfer)
{
    ChartCache cache(m_cacheRoot);
    auto manifestBlob = cache.stageBlob(transfer->manifestBytes.bytes);
    if (!manifestBlob)
        return fail(manifestBlob.error());
    transfer->staged.push_back(std::move(*manifestBlob));
    const QString mediaType = transfer->manifestBytes.mediaType.isEmpty() || !transfer->manifestBytes.mediaType.contains(QLatin1String("manifest"))
        ? QString::fromLatin1(MediaTypes::ociManifest)
        : transfer->manifestBytes.mediaType;
    const Descriptor manifest {mediaType, transfer->manifestBytes.digest, transfer->manifestBytes.bytes.size(), {}, {}};
    auto tagged = cache.commitTag(m_ref, std::move(transfer->staged), manifest);
    if (!tagged)
        return fail(tagged.error());
    auto summary = ChartStore(m_cacheRoot).summary(m_ref);
    if (!summary)
        return fail(summary.error());
    m_result = std::move(*summary);
    finish({});
}

} // namespace charthouse
