#include "core/jobs/RemoteDetailsJob.h"

#include "core/jobs/DetailsJob.h"

namespace charthouse {

RemoteDetailsJob::RemoteDetailsJob(
    Reference ref, RegistryClient *client, QString tempStoreRoot, QObject *parent)
    : RemoteReadJob(std::move(ref), client, std::move(tempStoreRoot), parent)
{ }

QString RemoteDetailsJob::title() const
{
    return tr("Read %1").arg(reference().toString());
}

Job *RemoteDetailsJob::makeReader()
{
    return new DetailsJob(storeRoot(), reference(), this, true);
}

void RemoteDetailsJob::keepResult(Job *reader)
{
    m_result = static_cast<DetailsJob *>(reader)->result();
}

} // namespace charthouse
