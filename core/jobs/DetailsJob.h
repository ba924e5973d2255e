#pragma once

#include "core/jobs/Job.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// Reads a cached chart's manifest, config and metadata for `chart show` and the details view; with withFiles
// also the package's files (read safely from the verified layer).
class DetailsJob : public Job
{
    Q_OBJECT
public:
    DetailsJob(QString cacheRoot, Reference ref, QObject *parent = nullptr, bool withFiles = false);

    QString title() const override;
    const std::optional<ChartDetails> &result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_cacheRoot;
    Reference m_ref;
    bool m_withFiles;
    std::optional<ChartDetails> m_result;
};

} // namespace charthouse
