#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <string>

#include <yaml-cpp/node/node.h>

// How Helm reads YAML beyond what yaml-cpp does for us: Helm unmarshals Chart.yaml and requirements.yaml with
// sigs.k8s.io/yaml, which decodes with go-yaml v2, turns the result into JSON and hands that to
// encoding/json. These helpers reproduce the parts whose verdicts or results differ from a plain yaml-cpp
// reading. Internal to core/chart (the header exposes yaml-cpp).
namespace charthouse {

struct GoYamlMember
{
    QString key; // as sigs.k8s.io/yaml prints it: `1:` is "1", `yes:` is "true"
    YAML::Node value;
};

// A mapping's members as encoding/json meets them: merge keys (<<) applied the go-yaml v2 way (in place,
// later entries replacing earlier ones), a repeated key's last value kept, and the keys in byte order
// (sigs.k8s.io/yaml goes through a Go map that encoding/json sorts). Refuses keys JSON can't have (null,
// lists, maps) and merges of anything but maps. Errors name `source` and the line.
Result<QList<GoYamlMember>> goYamlMembers(const YAML::Node &map, const QString &source);

// What sigs.k8s.io/yaml refuses in a value no Go type guides (unknown fields, import-values): keys JSON can't
// have, bad merges, and ±Inf or NaN, which encoding/json can't write.
Result<void> checkUntypedGoYaml(const YAML::Node &node, const QString &source);

// A scalar as read into a Go string: quoted or !!str as written, !!binary decoded, plain ones resolved and
// printed back (goYamlPlainScalarAsString).
QString goYamlStringValue(const YAML::Node &scalar);
// A plain scalar that go-yaml resolves to a boolean: "true" or "false", else empty.
QString goYamlBoolValue(const YAML::Node &scalar);

// go-yaml's reader: the bytes must be UTF-8 and hold no control characters but tab, LF and CR (also U+0085;
// U+FFFE, U+FFFF and surrogates are refused). The problem, or empty.
QString goYamlReaderProblem(const QByteArray &yaml, int *line);

// Where yaml-cpp reads the first document's text otherwise than go-yaml. Throws YAML::Exception on a syntax
// error, as YAML::Load does.
struct GoYamlFixes
{
    // A quoted scalar with no closing quote, which yaml-cpp reads up to the end of the file and go-yaml
    // refuses: the (0-based) line where it starts.
    std::optional<int> unclosedQuoteLine;
    // Scalars by their position in the text, with the value go-yaml reads (`>+` block scalars ending in empty
    // lines, of which yaml-cpp folds one).
    std::map<qint64, std::string> scalars;
};
GoYamlFixes goYamlFixes(const QByteArray &yaml);
// Puts the values go-yaml reads into YAML::Load's nodes.
void applyGoYamlFixes(YAML::Node &root, const GoYamlFixes &fixes);

// `where` with the node's line, "Chart.yaml line 3", for messages.
QString goYamlWhere(const QString &source, const YAML::Node &node);

} // namespace charthouse
