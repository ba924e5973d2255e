#include "core/jobs/DeleteJob.h"

#include "core/chart/TagOrder.h"

namespace charthouse {

DeletePlanJob::DeletePlanJob(Reference ref, RegistryClient *client, QObject *parent)
    : NetworkJob(client, parent), m_ref(std::move(ref))
{ }

QString DeletePlanJob::title() const
{
    return tr("Find what deleting %1 removes").arg(m_ref.toString());
}

void DeletePlanJob::run()
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    m_plan.repository = m_ref.withTag({});
    if (m_ref.digest()) {
        m_plan.digest = *m_ref.digest();
        return findTags();
    }
    // The manifest itself says its digest even where a registry sends no Docker-Content-Digest.
    track(client()->fetchManifest(m_ref, [this](Result<FetchedManifest> manifest) {
        if (stopped())
            return;
        if (!manifest)
            return fail(manifest.error());
        m_plan.digest = manifest->digest;
        findTags();
    }));
}

void DeletePlanJob::findTags()
{
    track(client()->listTags(m_plan.repository, [this](Result<QStringList> tags) {
        if (stopped())
            return;
        if (!tags)
            return fail(tags.error());
        auto sorted = std::make_shared<QStringList>(TagOrder::newestFirst(*tags));
        if (sorted->isEmpty()) {
            m_result = m_plan;
            return finish({});
        }
        for (int i = 0; i < client()->maxConcurrentTransfers(); ++i)
            checkNext(sorted);
    }));
}

void DeletePlanJob::checkNext(const std::shared_ptr<QStringList> &tags)
{
    if (m_next >= tags->size()) {
        if (m_running > 0)
            return;
        for (const QString &tag : std::as_const(*tags))
            if (m_matches.value(tag))
                m_plan.tags.append(tag);
        m_result = m_plan;
        return finish({});
    }
    const QString tag = tags->at(m_next++);
    ++m_running;
    track(client()->manifestDigest(m_plan.repository.withTag(tag), [this, tags, tag](Result<Digest> digest) {
        if (stopped())
            return;
        --m_running;
        // A tag whose digest cannot be told (gone meanwhile) is not named; the registry decides in the end.
        m_matches.insert(tag, digest && *digest == m_plan.digest);
        checkNext(tags);
    }));
}

DeleteJob::DeleteJob(Reference repository, Digest digest, RegistryClient *client, QObject *parent)
    : NetworkJob(client, parent), m_repository(std::move(repository)), m_digest(std::move(digest))
{ }

QString DeleteJob::title() const
{
    return tr("Delete %1@%2").arg(m_repository.name(), m_digest.toString());
}

void DeleteJob::run()
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    track(client()->deleteManifest(m_repository, m_digest, [this](Result<void> deleted) {
        if (stopped())
            return;
        if (!deleted && deleted.error().code() == Error::Code::Unsupported)
            return fail(Error(Error::Code::Unsupported,
                tr("%1 does not allow deleting (a distribution registry needs storage: delete: enabled: true "
                   "in its configuration)")
                    .arg(m_repository.registry())));
        if (!deleted)
            return fail(deleted.error());
        finish({});
    }));
}

} // namespace charthouse
