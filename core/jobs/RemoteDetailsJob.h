#pragma once

#include "core/jobs/Job.h"
#include "core/registry/RegistryClient.h"
#include "core/store/ChartStore.h"

#include <QPointer>

namespace charthouse {

class PullJob;
class DetailsJob;

// The details of a remote chart version (what DetailsJob gives for a cached one: manifest, config,
// Chart.yaml, values, files, layers) without touching the chart cache: the version is pulled into a store of
// its own at tempStoreRoot (the cache's content-addressed layout: blobs/sha256/<hex>, through PullJob, so
// with a pull's checks: the manifest against its digest, every layer refused before download if larger than
// the client's limit, each blob hashed against its descriptor, the package read with ArchiveLimits), then
// read from there by DetailsJob. tempStoreRoot is the caller's (a temporary directory, never the Helm cache);
// a second visit of the same digest downloads nothing. A failure or cancel leaves the store as it was.
class RemoteDetailsJob : public Job
{
    Q_OBJECT
public:
    RemoteDetailsJob(Reference ref, RegistryClient *client, QString tempStoreRoot, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartDetails> &result() const { return m_result; }

protected:
    void run() override;
    void onCancel() override;

private:
    void readDetails();

    Reference m_ref;
    QPointer<RegistryClient> m_client;
    QString m_storeRoot;
    QPointer<Job> m_step; // the pull, then the reading
    std::optional<ChartDetails> m_result;
};

} // namespace charthouse
