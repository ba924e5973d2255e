#pragma once

#include "core/jobs/NetworkJob.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// Pulls a chart into the cache: the manifest (checked against its digest), then every blob streamed into
// ingest/, size-limited and verified, and only then the tag. A layer larger than the client's limit is refused
// before any download. A failure or cancel leaves the cache as it was.
// All disk work (the layout, writing and hashing the blobs, the commit and its wait for the cache lock) runs
// on the thread pool; this job's thread only moves bytes from the network to the pool, one blob's writes in
// order.
class PullJob : public NetworkJob
{
    Q_OBJECT
public:
    PullJob(QString cacheRoot, Reference ref, RegistryClient *client, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartSummary> &result() const { return m_result; }
    // The cache already held this manifest under the reference, with every blob: nothing was downloaded or
    // written (Helm 3.0–3.6: "Status: Chart is up to date for REF").
    bool upToDate() const { return m_upToDate; }

protected:
    void run() override;
    void onCancel() override;
    void discardPartialWork(std::function<void()> done) override;

private:
    struct Blob;
    struct Transfer;
    void fetchManifest();
    void checkUpToDate(std::shared_ptr<Transfer> transfer);
    void prepareLayout(std::shared_ptr<Transfer> transfer);
    void fetchBlobs(std::shared_ptr<Transfer> transfer);
    // Hands the blob's next piece of work (open, write what arrived, verify) to the thread pool, if none
    // runs.
    void pump(const std::shared_ptr<Transfer> &transfer, const std::shared_ptr<Blob> &blob);
    void blobStep(const std::shared_ptr<Transfer> &transfer, const std::shared_ptr<Blob> &blob,
        std::function<Result<void>()> work, std::function<void()> then);
    void reportBytes(Transfer &transfer);
    void discardNow();
    void commit(std::shared_ptr<Transfer> transfer);

    QString m_cacheRoot;
    Reference m_ref;
    std::optional<ChartSummary> m_result;
    std::shared_ptr<Transfer> m_transfer;
    int m_busy = 0; // blob steps running on the thread pool
    bool m_committing = false;
    bool m_upToDate = false;
    std::function<void()> m_discarded; // set while stopping: waits for m_busy == 0, then the files go
};

} // namespace charthouse
