#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace charthouse {

// The text Helm clearsigns into a .prov: the chart's metadata as YAML, a "..." line, then a YAML map
// `files: {<archive file name>: sha256:<hex>}` (Helm's pkg/provenance messageBlock and ParseMessageBlock).
namespace ProvenanceMessage {

// metadataYaml: the chart's metadata as YAML, ending in a newline.
QByteArray build(const QByteArray &archive, const QString &fileName, const QByteArray &metadataYaml);

// The `files:` map of a signed message, file name to "sha256:<hex>". An error says why the text is not one.
Result<QMap<QString, QString>> fileHashes(const QByteArray &message);

// Helm's chart metadata YAML (yaml.Marshal of the Chart.yaml struct: sorted keys) from the Helm config JSON.
Result<QByteArray> metadataYamlFromConfig(const QByteArray &configJson);

} // namespace ProvenanceMessage

} // namespace charthouse
