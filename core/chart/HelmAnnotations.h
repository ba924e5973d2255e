#pragma once

#include "core/chart/ChartMetadata.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace charthouse {

// A chart's metadata as Helm 3.5.2+ and Helm 4 hold it once loaded: Metadata.Validate
// (pkg/chart/v2/metadata.go) runs Go's sanitizeString over name, description, home, icon, condition, tags,
// appVersion, kubeVersion, every source and keyword, each maintainer's name, email and url, and each
// dependency's name, version, repository, condition and tags: whitespace (unicode.IsSpace) becomes a space,
// what is not printable (unicode.IsPrint: controls, format characters such as U+200B, private use,
// unassigned) is dropped. Version, apiVersion, type, aliases, import-values and chart annotations stay as
// written. Helm 3.0-3.5.1 did none of this.
ChartMetadata helmSanitized(const ChartMetadata &metadata);

// The manifest annotations Helm 4.1.4 writes when it pushes this chart (pkg/registry/chart.go
// generateOCIAnnotations), from the sanitized metadata: description, title (name), version, url (home),
// created, source (the first source) and authors ("Name (email), Name", urls left out), each only when it is
// not all whitespace; then every Chart.yaml annotation as written, empty ones too, replacing Helm's values
// except title and version. `created` is written as Go's time.RFC3339 in the offset it carries (whole
// seconds, "Z" for UTC); an invalid QDateTime means now, in UTC, as Helm when it is given no time.
QMap<QString, QString> helmManifestAnnotations(const ChartMetadata &metadata, const QDateTime &created);

} // namespace charthouse
