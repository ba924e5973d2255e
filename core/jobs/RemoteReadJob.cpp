#include "core/jobs/RemoteReadJob.h"

#include "core/jobs/PullJob.h"

namespace charthouse {

RemoteReadJob::RemoteReadJob(Reference ref, RegistryClient *client, QString tempStoreRoot, QObject *parent)
    : Job(parent), m_ref(std::move(ref)), m_client(client), m_storeRoot(std::move(tempStoreRoot))
{ }

void RemoteReadJob::run()
{
    if (!m_client)
        return finish(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    if (m_storeRoot.isEmpty())
        return finish(Error(Error::Code::Internal, QStringLiteral("no temporary store")));
    auto *pull = new PullJob(m_storeRoot, m_ref, m_client, this);
    m_step = pull;
    connect(pull, &Job::progress, this, &RemoteReadJob::reportProgress);
    connect(pull, &Job::finished, this, [this, pull] {
        pull->deleteLater();
        if (isFinished())
            return;
        if (pull->error())
            return finish(*pull->error());
        read();
    });
    pull->start();
}

void RemoteReadJob::read()
{
    Job *reader = makeReader();
    m_step = reader;
    connect(reader, &Job::finished, this, [this, reader] {
        reader->deleteLater();
        if (isFinished())
            return;
        if (reader->error())
            return finish(*reader->error());
        keepResult(reader);
        finish({});
    });
    reader->start();
}

void RemoteReadJob::onCancel()
{
    // A pull finishes as cancelled once it has discarded what it wrote, and this job follows it; the reading
    // is not interrupted (it only reads), this job just stops waiting for it.
    if (m_step && qobject_cast<PullJob *>(m_step.data()))
        m_step->cancel();
    else
        finish(cancelledError());
}

} // namespace charthouse
