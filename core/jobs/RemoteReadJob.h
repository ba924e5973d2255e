#pragma once

#include "core/jobs/Job.h"
#include "core/registry/RegistryClient.h"

#include <QPointer>

namespace charthouse {

// Reads a remote chart version without touching the chart cache: the version is pulled into a store of its
// own at tempStoreRoot (the cache's content-addressed layout: blobs/sha256/<hex>, through PullJob, so with a
// pull's checks: the manifest against its digest, every layer refused before download if larger than the
// client's limit, each blob hashed against its descriptor), then a job of the subclass's reads it from there.
// tempStoreRoot is the caller's (a temporary directory, never the Helm cache); a second visit of the same
// digest downloads nothing. A failure or cancel leaves the store as it was.
class RemoteReadJob : public Job
{
    Q_OBJECT
protected:
    RemoteReadJob(Reference ref, RegistryClient *client, QString tempStoreRoot, QObject *parent);

    const Reference &reference() const { return m_ref; }
    const QString &storeRoot() const { return m_storeRoot; }
    // The job that reads the pulled version from storeRoot() (a child of this job), and what to keep of it
    // once it succeeded.
    virtual Job *makeReader() = 0;
    virtual void keepResult(Job *reader) = 0;

    void run() override;
    void onCancel() override;

private:
    void read();

    Reference m_ref;
    QPointer<RegistryClient> m_client;
    QString m_storeRoot;
    QPointer<Job> m_step; // the pull, then the reading
};

} // namespace charthouse
