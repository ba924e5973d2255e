#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace charthouse {

// Refuses what go-yaml v2 (and so Helm, through sigs.k8s.io/yaml) refuses as "document contains excessive
// aliasing" or "anchor value contains itself", before anything is expanded: a "billion laughs" Chart.yaml
// would otherwise grow without bound when its import-values are turned into JSON. Counts only; memory stays
// bounded by the number of anchors. Looks at the first document, as YAML::Load and go-yaml do. Syntax errors
// come out as YAML::Exception (YAML::DeepRecursion for deep nesting), like YAML::Load's.
struct YamlAliasProblem
{
    int line; // 0-based, where the parse stopped
    QString why;
};
std::optional<YamlAliasProblem> findExcessiveAliasing(const QByteArray &yaml);

} // namespace charthouse
