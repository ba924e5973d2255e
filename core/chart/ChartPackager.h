#pragma once

#include "core/chart/ChartFile.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace charthouse {

// Packages chart files as Helm does — a gzip'd tar with every entry under <name>/, Chart.yaml first, mode
// 0644 — and reproducibly: fixed times and owners, no gzip timestamp, so the same content gives the same
// digest.
class ChartPackager
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartPackager)
public:
    static Result<QByteArray> package(const QString &chartName, const ChartFiles &files);
};

} // namespace charthouse
