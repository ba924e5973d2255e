#pragma once

#include "core/jobs/Job.h"
#include "core/store/ChartStore.h"

namespace charthouse {

// Writes a cached chart to DEST/<name>; the result is that directory.
class ExportJob : public Job
{
    Q_OBJECT
public:
    ExportJob(QString cacheRoot, Reference ref, QString destDir, bool force, QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ExportedChart> &result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_cacheRoot;
    Reference m_ref;
    QString m_destDir;
    bool m_force;
    std::optional<ExportedChart> m_result;
};

} // namespace charthouse
