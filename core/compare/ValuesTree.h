#pragma once

// Internal to core/compare: values.yaml parsed once serves both the values and the images parts.
#include "core/compare/ImageRefs.h"
#include "core/compare/ValuesDiff.h"

#include <yaml-cpp/yaml.h>

namespace charthouse {

// Parsed as Helm would (alias bombs and syntax errors refused) and a mapping (or empty).
Result<YAML::Node> loadValuesTree(const QByteArray &yaml, const QString &where);
Result<QList<ValueLeaf>> flattenValueTree(const YAML::Node &root, const QString &where, qint64 maxBytes);
QList<ImageRef> imagesFromValueTree(const YAML::Node &root);

} // namespace charthouse
