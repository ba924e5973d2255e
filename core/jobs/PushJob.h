#pragma once

#include "core/jobs/NetworkJob.h"
#include "core/store/ChartStore.h"

namespace charthouse {

struct PushedChart
{
    ChartSummary summary;
    int layers = 0;
    qint64 layerBytes = 0; // what `helm chart push` reports as the total
};

// Pushes a cached chart: its blobs (skipping what the registry has) then its manifest under the reference's
// tag.
class PushJob : public NetworkJob
{
    Q_OBJECT
public:
    PushJob(QString cacheRoot, Reference ref, RegistryClient *client, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<PushedChart> &result() const { return m_result; }

protected:
    void run() override;

private:
    struct Plan;
    void upload(std::shared_ptr<Plan> plan);
    void putManifest(std::shared_ptr<Plan> plan);
    void reportBytes(Plan &plan);

    QString m_cacheRoot;
    Reference m_ref;
    std::optional<PushedChart> m_result;
};

} // namespace charthouse
