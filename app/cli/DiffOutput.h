#pragma once

#include "core/compare/ChartDiff.h"

#include <QByteArray>
#include <QString>

namespace charthouse::cli {

// `chart diff`'s text: a header per part (only those with changes), then each text file's unified diff
// (values.yaml first), as `diff -u` prints it. Nothing when the charts are equal.
QString chartDiffText(const ChartDiff &diff);

// `chart diff -o json`: the schema of docs/cli.md ("schemaVersion": 1).
QByteArray chartDiffJson(const ChartDiff &diff);

} // namespace charthouse::cli
