#pragma once

#include "core/jobs/NetworkJob.h"

namespace charthouse {

// What deleting a remote chart version removes: a registry deletes a manifest by digest, and with it every tag
// that points at it.
struct DeletePlan
{
    Reference repository; // REGISTRY/REPOSITORY
    Digest digest; // the manifest to delete
    QStringList tags; // every tag of the repository that points at it now (newest first); may be empty
};

// Finds what deleting ref (a tag or @digest) would remove: its manifest digest (HEAD, else GET) and every tag
// of the repository pointing at it (one HEAD a tag, a few at a time). Changes nothing: the faces show the plan,
// ask (the window) or say it (the CLI), then run DeleteJob.
class DeletePlanJob : public NetworkJob
{
    Q_OBJECT
public:
    DeletePlanJob(Reference ref, RegistryClient *client, QObject *parent = nullptr);
    QString title() const override;
    const std::optional<DeletePlan> &result() const { return m_result; }

protected:
    void run() override;

private:
    void findTags();
    void checkNext(const std::shared_ptr<QStringList> &tags);
    Reference m_ref;
    DeletePlan m_plan;
    std::optional<DeletePlan> m_result;
    qsizetype m_next = 0;
    int m_running = 0;
    QHash<QString, bool> m_matches;
};

// Deletes a manifest by digest from its repository. A registry that does not allow deletes (distribution
// without storage.delete.enabled answers 405 UNSUPPORTED) fails with Error::Code::Unsupported.
class DeleteJob : public NetworkJob
{
    Q_OBJECT
public:
    DeleteJob(Reference repository, Digest digest, RegistryClient *client, QObject *parent = nullptr);
    QString title() const override;

protected:
    void run() override;

private:
    Reference m_repository;
    Digest m_digest;
};

} // namespace charthouse
