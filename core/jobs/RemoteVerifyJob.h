#pragma once

#include "core/jobs/RemoteReadJob.h"
#include "core/jobs/VerifyJob.h"

namespace charthouse {

// Checks a remote chart version's signature as `helm pull --verify` would, without touching the chart cache:
// the version (its chart layer and provenance layer) is pulled into the temporary store (see RemoteReadJob),
// then checked there by VerifyJob against the keyring.
class RemoteVerifyJob : public RemoteReadJob
{
    Q_OBJECT
public:
    RemoteVerifyJob(Reference ref, RegistryClient *client, QString tempStoreRoot, QString keyringPath,
        QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartVerification> &result() const { return m_result; }

protected:
    Job *makeReader() override;
    void keepResult(Job *reader) override;

private:
    QString m_keyringPath;
    std::optional<ChartVerification> m_result;
};

} // namespace charthouse
