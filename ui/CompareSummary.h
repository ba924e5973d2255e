#pragma once

#include "core/compare/ChartDiff.h"

#include <QCoreApplication>

namespace charthouse {

// The Summary entry of the compare window, as HTML: "No differences", or part by part what changed:
// Chart.yaml fields and dependencies, values by path, images, and the manifests' digests and annotations.
class CompareSummary
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::CompareSummary)
public:
    static QString html(const ChartDiff &diff);
    static QString changeWord(ChangeKind kind);
};

} // namespace charthouse
