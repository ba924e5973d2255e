#include "core/jobs/CopyJob.h"

#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"
#include "core/registry/BlobPipe.h"

namespace charthouse {

struct CopyJob::Copy
{
    FetchedManifest manifest;
    QList<Descriptor> blobs;
    int pending = 0;
    qint64 total = 0;
    qint64 done = 0;
    CopiedChart copied;
};

CopyJob::CopyJob(Reference source, Reference destination, RegistryClient *client, QObject *parent)
    : NetworkJob(client, parent), m_source(std::move(source)), m_destination(std::move(destination))
{ }

QString CopyJob::title() const
{
    return tr("Copy %1 to %2").arg(m_source.toString(), m_destination.toString());
}

void CopyJob::run()
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    if (m_destination.tag().isEmpty())
        return fail(Error(Error::Code::InvalidInput,
            tr("%1: the copy needs a tag to put the chart under").arg(m_destination.toString())));
    track(client()->fetchManifest(m_source, [this](Result<FetchedManifest> fetched) {
        if (stopped())
            return;
        if (!fetched)
            return fail(fetched.error());
        if (fetched->mediaType == QLatin1String(MediaTypes::ociIndex))
            return fail(Error(Error::Code::Unsupported,
                tr("%1 is an image index, not a chart; only chart manifests are copied").arg(m_source.toString())));
        auto manifest = Manifest::parse(fetched->bytes);
        if (!manifest)
            return fail(manifest.error().withContext(m_source.toString()));
        const qint64 maxLayerSize = client()->transferLimits().maxLayerSize;
        auto copy = std::make_shared<Copy>();
        copy->blobs = QList<Descriptor> {manifest->config} + manifest->layers;
        for (const Descriptor &blob : std::as_const(copy->blobs)) {
            if (blob.size > maxLayerSize)
                return fail(Error(Error::Code::TooLarge,
                    tr("%1: a blob of %2 bytes (%3) is larger than the limit of %4 bytes; nothing was copied")
                        .arg(m_source.toString())
                        .arg(blob.size)
                        .arg(blob.digest.shortHex())
                        .arg(maxLayerSize))
                                .withHint(Error::Hint::LayerSizeLimit));
            copy->total += blob.size;
        }
        copy->manifest = std::move(*fetched);
        copy->copied.source = m_source;
        copy->copied.destination = m_destination;
        copy->copied.digest = copy->manifest.digest;
        copyBlobs(copy);
    }));
}

void CopyJob::copyBlobs(const std::shared_ptr<Copy> &copy)
{
    // A new tag in the same repository: every blob is there already.
    if (m_source.name() == m_destination.name())
        return putManifest(copy);
    copy->pending = static_cast<int>(copy->blobs.size());
    reportProgress(0, copy->total);
    const bool sameRegistry = m_source.registry() == m_destination.registry();
    for (const Descriptor &blob : std::as_const(copy->blobs))
        copyBlob(copy, blob, sameRegistry);
}

void CopyJob::copyBlob(const std::shared_ptr<Copy> &copy, const Descriptor &blob, bool tryMount)
{
    if (tryMount) {
        // No bytes: the registry links the blob from the source repository. If it declines (it then answers
        // with an upload, which an empty body cannot complete), the blob is copied as across registries.
        track(client()->uploadBlob(
            m_destination, blob, {},
            [this, copy, blob](Result<bool> sent) {
                if (stopped())
                    return;
                if (!sent || *sent)
                    return copyBlob(copy, blob, false);
                blobDone(copy, blob, false);
            },
            m_source.repository()));
        return;
    }
    // Across registries: skip what the destination has, else stream the blob from the source into a chunked
    // upload, at most a window of it in memory, checked against its digest before the upload completes.
    track(client()->blobExists(m_destination, blob.digest, [this, copy, blob](Result<bool> exists) {
        if (stopped())
            return;
        if (!exists)
            return fail(exists.error().withContext(m_destination.toString()));
        if (*exists)
            return blobDone(copy, blob, false);
        streamBlob(copy, blob);
    }));
}

void CopyJob::streamBlob(const std::shared_ptr<Copy> &copy, const Descriptor &blob)
{
    auto pipe = std::make_shared<BlobPipe>(blob);
    auto state = std::make_shared<int>(2); // download and upload both to end
    auto bothDone = [this, copy, blob, state] {
        if (--*state == 0)
            blobDone(copy, blob, true);
    };
    RegistryCall *download = track(client()->fetchBlob(m_source, blob, pipe->reader(), [this, pipe, bothDone](Result<void> read) {
        if (stopped())
            return;
        if (!read)
            return fail(read.error().withContext(m_source.toString()));
        if (auto checked = pipe->sourceDone(); !checked)
            return fail(checked.error().withContext(m_source.toString()));
        bothDone();
    }));
    pipe->setSource(download);
    connect(download, &RegistryCall::progress, this, [this, copy, blob, got = qint64(0)](qint64 done, qint64) mutable {
        if (done <= got)
            return; // a retried download counts from zero again; the progress does not go back
        copy->done += done - got;
        got = done;
        reportProgress(qMin(copy->done, copy->total), copy->total);
    });
    track(client()->uploadStreamedBlob(m_destination, pipe, [this, bothDone](Result<void> sent) {
        if (stopped())
            return;
        if (!sent)
            return fail(sent.error().withContext(m_destination.toString()));
        bothDone();
    }));
}

void CopyJob::blobDone(const std::shared_ptr<Copy> &copy, const Descriptor &blob, Result<bool> sent)
{
    if (!sent)
        return fail(sent.error().withContext(m_destination.toString()));
    ++(*sent ? copy->copied.blobsSent : copy->copied.blobsReused);
    if (!*sent)
        copy->done += blob.size; // a streamed blob counted its bytes as they came
    reportProgress(copy->done, copy->total);
    if (--copy->pending == 0)
        putManifest(copy);
}

void CopyJob::putManifest(const std::shared_ptr<Copy> &copy)
{
    track(client()->putManifest(
        m_destination, copy->manifest.mediaType, copy->manifest.bytes, [this, copy](Result<Digest> digest) {
            if (stopped())
                return;
            if (!digest)
                return fail(digest.error());
            if (*digest != copy->copied.digest)
                return fail(Error(Error::Code::Corrupt,
                    tr("%1: the registry stored the manifest under %2, not %3")
                        .arg(m_destination.toString(), digest->toString(), copy->copied.digest.toString())));
            m_result = copy->copied;
            finish({});
        }));
}

} // namespace charthouse
