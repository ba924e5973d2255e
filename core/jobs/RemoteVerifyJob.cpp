#include "core/jobs/RemoteVerifyJob.h"

namespace charthouse {

RemoteVerifyJob::RemoteVerifyJob(
    Reference ref, RegistryClient *client, QString tempStoreRoot, QString keyringPath, QObject *parent)
    : RemoteReadJob(std::move(ref), client, std::move(tempStoreRoot), parent),
      m_keyringPath(std::move(keyringPath))
{ }

QString RemoteVerifyJob::title() const
{
    return tr("Verify the signature of %1").arg(reference().toString());
}

Job *RemoteVerifyJob::makeReader()
{
    return new VerifyJob(storeRoot(), reference(), m_keyringPath, this);
}

void RemoteVerifyJob::keepResult(Job *reader)
{
    m_result = static_cast<VerifyJob *>(reader)->result();
}

} // namespace charthouse
