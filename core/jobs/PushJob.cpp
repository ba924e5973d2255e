#include "core/jobs/PushJob.h"

#include "core/common/Logging.h"
#include "core/oci/MediaTypes.h"

namespace charthouse {

namespace {

constexpr qint64 maxBlobInMemory = 512LL * 1024 * 1024;

// Charts cached under another repository of the same registry (pulled from or pushed there) that share blobs
// with this one: the registry can mount those instead of receiving them again.
QHash<Digest, QString> knownElsewhere(ChartStore &store, const Reference &ref, const QList<Descriptor> &blobs)
{
    QHash<Digest, QString> found;
    auto tags = store.cache().tags();
    if (!tags)
        return found;
    for (const TaggedManifest &tag : std::as_const(*tags)) {
        auto other = Reference::parse(tag.refName);
        if (!other || other->registry() != ref.registry() || other->repository() == ref.repository())
            continue;
        auto json = store.cache().readBlob(store.cache().chartManifest(tag.manifest), 4 * 1024 * 1024);
        auto manifest = json ? Manifest::parse(*json) : Result<Manifest>(json.error());
        if (!manifest)
            continue;
        QList<Descriptor> theirs {manifest->config};
        theirs += manifest->layers;
        for (const Descriptor &blob : blobs)
            for (const Descriptor &their : std::as_const(theirs))
                if (their.digest == blob.digest)
                    found.insert(blob.digest, other->repository());
    }
    return found;
}

} // namespace

struct PushJob::Plan
{
    ChartDetails details;
    QList<std::pair<Descriptor, QByteArray>> blobs; // config and layers, verified from the cache
    QHash<Digest, QString>
        mountFrom; // blobs that other repositories of the same registry hold (as far as we know)
    int pending = 0;
    std::vector<qint64> blobSent; // per blob: bytes the registry has received so far
    qint64 sent = 0; // last reported
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
        [cacheRoot = m_cacheRoot, ref = m_ref, cancel = cancelFlag()]() -> Result<std::shared_ptr<Plan>> {
            ChartStore store(cacheRoot);
            auto details = store.details(ref);
            if (!details)
                return details.error();
            auto plan = std::make_shared<Plan>();
            plan->details = std::move(*details);
            QList<Descriptor> blobs {plan->details.manifest.config};
            blobs += plan->details.manifest.layers;
            for (const Descriptor &blob : blobs) {
                if (cancel->load())
                    return cancelledError();
                auto data = store.cache().readBlob(blob, maxBlobInMemory);
                if (!data)
                    return data.error().withContext(ref.toString());
                qCDebug(lcJobs) << "read and verified blob" << blob.digest.toString();
                plan->total += blob.size;
                plan->blobs.append({blob, std::move(*data)});
            }
            plan->mountFrom = knownElsewhere(store, ref, blobs);
            return plan;
        },
        [this](Result<std::shared_ptr<Plan>> plan) {
            if (stopped())
                return;
            if (!plan)
                return fail(plan.error());
            if (!client())
                return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
            upload(*plan);
        });
}

void PushJob::upload(std::shared_ptr<Plan> plan)
{
    if (stopped() || !client())
        return;
    plan->pending = static_cast<int>(plan->blobs.size());
    plan->blobSent.assign(plan->blobs.size(), 0);
    reportProgress(0, plan->total);
    for (qsizetype i = 0; i < plan->blobs.size(); ++i) {
        const auto &[descriptor, data] = plan->blobs.at(i);
        const auto index = static_cast<size_t>(i);
        auto done = [this, plan, index, size = descriptor.size](Result<bool> uploaded) {
            if (stopped())
                return;
            if (!uploaded)
                return fail(uploaded.error());
            plan->blobSent[index] = size; // sent, mounted or already there
            reportBytes(*plan);
            if (--plan->pending == 0)
                putManifest(plan);
        };
        RegistryCall *call
            = client()->uploadBlob(m_ref, descriptor, data, done, plan->mountFrom.value(descriptor.digest));
        // Bytes as they go out, so a large blob's progress moves while it uploads.
        connect(call, &RegistryCall::progress, this,
            [this, plan, index, size = descriptor.size](qint64 sent, qint64) {
                if (stopped())
                    return;
                plan->blobSent[index] = qBound<qint64>(0, sent, size);
                reportBytes(*plan);
            });
        track(call);
    }
}

void PushJob::reportBytes(Plan &plan)
{
    qint64 sent = 0;
    for (const qint64 bytes : plan.blobSent)
        sent += bytes;
    if (sent <= plan.sent)
        return; // only forward: a retried upload starts its blob over
    plan.sent = sent;
    reportProgress(sent, plan.total);
}

void PushJob::putManifest(std::shared_ptr<Plan> plan)
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    const Manifest &manifest = plan->details.manifest;
    const QString mediaType
        = manifest.mediaType.isEmpty() ? QString::fromLatin1(MediaTypes::ociManifest) : manifest.mediaType;
    track(client()->putManifest(
        m_ref, mediaType, plan->details.manifestJson, [this, plan](Result<Digest> digest) {
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
