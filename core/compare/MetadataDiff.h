#pragma once

#include "core/chart/ChartMetadata.h"
#include "core/compare/ChartDiff.h"

namespace charthouse {

// Chart.yaml's fields one by one (annotations key by key), in Chart.yaml's usual order.
QList<FieldChange> diffMetadataFields(const ChartMetadata &oldChart, const ChartMetadata &newChart);
// Dependencies matched by alias, else name.
QList<DependencyChange> diffDependencies(
    const QList<ChartDependency> &oldDeps, const QList<ChartDependency> &newDeps);
// Field changes between two string maps, key by key: fieldName(key) names each.
QList<FieldChange> diffStringMaps(const QMap<QString, QString> &oldMap, const QMap<QString, QString> &newMap,
    const std::function<QString(const QString &)> &fieldName);

} // namespace charthouse
