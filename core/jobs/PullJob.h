#pragma once

#include "core/jobs/NetworkJob.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// Pulls a chart into the cache: the manifest (checked against its digest), then every blob streamed into
// ingest/, size-limited and verified, and only then the tag. A failure or cancel leaves the cache as it was.
class PullJob : public NetworkJob
{
    Q_OBJECT
public:
    PullJob(QString cacheRoot, Reference ref, RegistryClient *client, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartSummary> &result() const { return m_result; }

protected:
    void run() override;
    void discardPartialWork() override;

private:
    struct Transfer;
    void fetchManifest();
    void fetchBlobs(std::shared_ptr<Transfer> transfer);
    void commit(std::shared_ptr<Transfer> transfer);

    QString m_cacheRoot;
    Reference m_ref;
    std::optional<ChartSummary> m_result;
    std::shared_ptr<Transfer> m_transfer;
};

} // namespace charthouse
