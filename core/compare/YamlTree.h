#pragma once

// Internal to core/compare: yaml-cpp stays out of the public headers.
#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace charthouse {

// values.yaml or an annotation's YAML, refused as Helm refuses it (alias bombs, syntax errors); errors name
// `where`.
Result<YAML::Node> loadYamlTree(const QByteArray &yaml, const QString &where);

// Dotted paths: "image.tag", "ingress.hosts[0].host"; a key that is not a plain word is bracketed and quoted:
// annotations["kubernetes.io/ingress.class"].
QString childPath(const QString &path, const QString &key);
QString itemPath(const QString &path, qsizetype index);

// A node in one line: a plain scalar as written, a quoted or block one in double quotes with escapes, null,
// {} and [] for empty collections, anything else in YAML flow style.
QString compactYaml(const YAML::Node &node);

// A key as text (a scalar's value, anything else in flow style).
QString keyText(const YAML::Node &key);

// A mapping's entries by key text, in the order keys first appear; a repeated key takes its last value, as Helm's
// YAML reader (go-yaml v2 into a map) keeps it.
QList<std::pair<QString, YAML::Node>> mapEntries(const YAML::Node &map);

} // namespace charthouse
