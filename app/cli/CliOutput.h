#pragma once

#include "core/common/Error.h"
#include "core/store/ChartStore.h"

#include <QDateTime>
#include <QString>

namespace charthouse::cli {

// An error as the terminal says it: its message, then what to do about it in the CLI's own words (the flag or
// the command to use), e.g. "localhost:5000: authentication required (run: charthouse-cli registry login
// localhost:5000)". The window words the same hints itself (ui/ErrorText).
QString errorText(const Error &error);

// The hint alone, or empty for Error::Hint::None.
QString hintText(Error::Hint hint, const QString &subject);

// Text as Helm 3 prints it, so scripts written for `helm chart` keep working.

// ref:/digest:/size:/name:/version: lines (digest = the manifest's, as Helm 3.4 prints it).
QString chartSummaryText(const ChartSummary &chart);

// The REF NAME VERSION DIGEST SIZE CREATED table, formatted like Helm's uitable (cells padded, tab-separated,
// at most 60 characters a column), ages relative to `now`.
QString chartTableText(const QList<ChartSummary> &charts, const QDateTime &now);

// Rows (the first: the headings) as Helm's uitable lays them out: cells padded, tab-separated, at most 60
// characters a column.
QString tableText(const QList<QStringList> &rows);

// A JSON array of {ref, name, version, digest, size, created, mediaType}.
QByteArray chartListJson(const QList<ChartSummary> &charts);

QString chartDetailsText(const ChartDetails &details);
QByteArray chartDetailsJson(const ChartDetails &details);

} // namespace charthouse::cli
