#pragma once

#include "core/chart/ArchiveLimits.h"
#include "core/chart/ChartFile.h"
#include "core/common/Result.h"

namespace charthouse {

// What Helm's loader checks beyond Chart.yaml when it loads a whole chart (`helm chart save` of Helm 3.0–3.6,
// `helm package`): values.yaml is YAML whose top is a mapping (or empty), and every subchart in charts/ — a
// directory with its own Chart.yaml, or a .tgz — loads the same way. Entries of charts/ that start with . or
// _, and .prov files, are skipped as Helm skips them. Subcharts may be of any chart API Helm reads (v1, v2,
// v3), as Helm 4.1.4 packages them; the chart itself must be one Helm 4.1.4 packages (see
// ChartMetadata::checkSavable). The error names the file, e.g.
// "mychart/charts/db/values.yaml: not valid YAML: ...".
Result<void> checkLoadsAsHelm(const ChartFiles &files, const QString &where, const ArchiveLimits &limits);

} // namespace charthouse
