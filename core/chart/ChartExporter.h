#pragma once

#include "core/chart/ChartFile.h"
#include "core/common/Result.h"

#include <QCoreApplication>

#include <atomic>

namespace charthouse {

// Writes chart files to destDir/<name>: into a temporary sibling first, renamed into place when complete, so
// there is never a half-written chart and never a byte outside the target. An existing target is replaced
// only with force. Returns the chart directory.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartExporter)
public:
    // cancel: checked between files; a cancelled export leaves the destination as it was.
    static Result<QString> exportTo(const QString &destDir, const QString &name, const ChartFiles &files,
        bool force, const std::atomic_bool *cancel = nullptr);
};

} // namespace charthouse
