#pragma once

#include "core/compare/ChartComparer.h"
#include "core/jobs/Job.h"

namespace charthouse {

// Loads two charts (each a cached reference, a chart directory or a .tgz: see ChartSource::load) and compares
// them: `chart diff` and the compare window.
class CompareJob : public Job
{
    Q_OBJECT
public:
    CompareJob(QString cacheRoot, QString oldSpec, QString newSpec, CompareParts parts = allCompareParts(),
        QObject *parent = nullptr);

    QString title() const override;
    const std::optional<ChartDiff> &result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_cacheRoot;
    QString m_oldSpec;
    QString m_newSpec;
    CompareParts m_parts;
    std::optional<ChartDiff> m_result;
};

} // namespace charthouse
