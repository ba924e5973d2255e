#pragma once

#include "core/jobs/Job.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// Saves a chart directory or .tgz into the cache under a reference.
class SaveJob : public Job
{
    Q_OBJECT
public:
    SaveJob(QString cacheRoot, QString source, Reference ref, SaveOptions options, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartSummary> &result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_cacheRoot;
    QString m_source;
    Reference m_ref;
    SaveOptions m_options;
    std::optional<ChartSummary> m_result;
};

} // namespace charthouse
