#pragma once

#include "core/jobs/RemoteReadJob.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// The details of a remote chart version (what DetailsJob gives for a cached one: manifest, config,
// Chart.yaml, values, files, layers) without touching the chart cache: the version is pulled into the
// temporary store (see RemoteReadJob), then read from there by DetailsJob (the package with ArchiveLimits).
class RemoteDetailsJob : public RemoteReadJob
{
    Q_OBJECT
public:
    RemoteDetailsJob(Reference ref, RegistryClient *client, QString tempStoreRoot, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartDetails> &result() const { return m_result; }

protected:
    Job *makeReader() override;
    void keepResult(Job *reader) override;

private:
    std::optional<ChartDetails> m_result;
};

} // namespace charthouse
