#include "core/jobs/PushJob.h"

#include "core/jobs/RegistryAccess.h"
#include "core/oci/MediaTypes.h"

namespace charthouse {

namespace {
constexpr qint64 maxBlobInMemory = 512LL * 1024 * 1024;
}

struct PushJob::Plan
{
    ChartDetails details;
    QList<std::pair<Descriptor, QByteArray>> blobs; // config and layers, verified from the cache
    int pending = 0;
    qint64 sent = 0;
    qint64 total = 0;
};

PushJob::PushJob(QString cacheRoot, Reference ref, RegistryClient *client, QObject *parent)
    : NetworkJob(client, parent), m_cacheRoot(std::move(cacheRoot)), m_ref(std::move(ref))
{ }

QString PushJob::title() const
{
    return tr("Push %1").arg(m_ref.toString());
}

void PushJob::run()
{
    if (m_ref.tag().isEmpty())
        return finish(Error(Error::Code::InvalidInput, tr("pushing needs a tag: %1").arg(m_ref.toString())));
    // Reading and verifying the blobs is disk and hashing work: off this thread.
    runInBackground<std::shared_ptr<Plan>>(
        [cacheRoot = m_cacheRoot, ref = m_ref]() -> Result<std::shared_ptr<Plan>> {
            ChartStore store(cacheRoot);
            auto details = store.details(ref);
            if (!details)
                return details.error();
            auto plan = std::make_shared<Plan>();
            plan->details = std::move(*details);
            QList<Descriptor> blobs {plan->details.manifest.config};
            blobs += plan->details.manifest.layers;
            for (const Descriptor &blob : blobs) {
                auto data = store.cache().readBlob(blob, maxBlobInMemory);
                if (!data)
                    return data.error().withContext(ref.toString());
                plan->total += blob.size;
                plan->blobs.append({blob, std::move(*data)});
            }
            return plan;
        },
        [this](Result<std::shared_ptr<Plan>> plan) {
            if (stopped())
                return;
            if (!plan)
                return fail(plan.error());
            if (!client())
                return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
            prepareRegistry(*client(), m_ref.registry(), this, [this, plan = *plan] { upload(plan); });
        });
}

void PushJob::upload(std::shared_ptr<Plan> plan)
{
    if (stopped() || !client())
        return;
    plan->pending = static_cast<int>(plan->blobs.size());
    reportProgress(0, plan->total);
    for (const auto &[descriptor, data] : plan->blobs) {
        track(client()->uploadBlob(m_ref, descriptor, data, [this, plan, size = descriptor.size](Result<bool> uploaded) {
            if (stopped())
                return;
            if (!uploaded)
                return fail(uploaded.error());
            plan->sent += size;
            reportProgress(plan->sent, plan->total);
            if (--plan->pending == 0)
                putManifest(plan);
        }));
    }
}

void PushJob::putManifest(std::shared_ptr<Plan> plan)
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    const Manifest &manifest = plan->details.manifest;
    const QString mediaType = manifest.mediaType.isEmpty() ? QString::fromLatin1(MediaTypes::ociManifest) : manifest.mediaType;
    track(client()->putManifest(m_ref, mediaType, plan->details.manifestJson, [this, plan](Result<Digest> digest) {
        if (stopped())
            return;
        if (!digest)
            return fail(digest.error());
        PushedChart pushed;
        pushed.summary = plan->details.summary;
        pushed.layers = static_cast<int>(plan->details.manifest.layers.size());
        for (const Descriptor &layer : plan->details.manifest.layers)
            pushed.layerBytes += layer.size;
        m_result = pushed;
        finish({});
    }));
}

} // namespace charthouse
