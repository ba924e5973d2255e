#include "core/jobs/RemoteDetailsJob.h"

#include "core/jobs/DetailsJob.h"
#include "core/jobs/PullJob.h"

namespace charthouse {

RemoteDetailsJob::RemoteDetailsJob(
    Reference ref, RegistryClient *client, QString tempStoreRoot, QObject *parent)
    : Job(parent), m_ref(std::move(ref)), m_client(client), m_storeRoot(std::move(tempStoreRoot))
{ }

QString RemoteDetailsJob::title() const
{
    return tr("Read %1").arg(m_ref.toString());
}

void RemoteDetailsJob::run()
{
    if (!m_client)
        return finish(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    if (m_storeRoot.isEmpty())
        return finish(Error(Error::Code::Internal, QStringLiteral("no temporary store")));
    auto *pull = new PullJob(m_storeRoot, m_ref, m_client, this);
    m_step = pull;
    connect(pull, &Job::progress, this, &RemoteDetailsJob::reportProgress);
    connect(pull, &Job::finished, this, [this, pull] {
        pull->deleteLater();
        if (isFinished())
            return;
        if (pull->error())
            return finish(*pull->error());
        readDetails();
    });
    pull->start();
}

void RemoteDetailsJob::readDetails()
{
    auto *details = new DetailsJob(m_storeRoot, m_ref, this, true);
    m_step = details;
    connect(details, &Job::finished, this, [this, details] {
        details->deleteLater();
        if (isFinished())
            return;
        if (details->error())
            return finish(*details->error());
        m_result = details->result();
        finish({});
    });
    details->start();
}

void RemoteDetailsJob::onCancel()
{
    // A pull finishes as cancelled once it has discarded what it wrote, and this job follows it; the reading
    // is not interrupted (it only reads), this job just stops waiting for it.
    if (m_step && qobject_cast<PullJob *>(m_step.data()))
        m_step->cancel();
    else
        finish(cancelledError());
}

} // namespace charthouse
