#pragma once

#include "core/store/ChartStore.h"

#include <QDateTime>
#include <QString>

namespace charthouse::cli {

// Text as Helm 3 prints it, so scripts written for `helm chart` keep working.

// ref:/digest:/size:/name:/version: lines (digest = the manifest's, as Helm 3.4 prints it).
QString chartSummaryText(const ChartSummary &chart);

// The REF NAME VERSION DIGEST SIZE CREATED table, formatted like Helm's uitable (cells padded, tab-separated,
// at most 60 characters a column), ages relative to `now`.
QString chartTableText(const QList<ChartSummary> &charts, const QDateTime &now);

// A JSON array of {ref, name, version, digest, size, created, mediaType}.
QByteArray chartListJson(const QList<ChartSummary> &charts);

QString chartDetailsText(const ChartDetails &details);
QByteArray chartDetailsJson(const ChartDetails &details);

} // namespace charthouse::cli
