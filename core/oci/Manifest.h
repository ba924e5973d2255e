#pragma once

#include "core/common/Result.h"
#include "core/oci/Descriptor.h"

#include <optional>

namespace charthouse {

// An OCI image manifest holding a Helm chart: a Helm config and a chart layer (and maybe a provenance layer).
struct Manifest
{
    int schemaVersion = 2;
    QString mediaType; // empty in manifests Helm 3.0-3.6 wrote
    Descriptor config;
    QList<Descriptor> layers;
    QMap<QString, QString> annotations;

    // Byte-for-byte what Go's json.Marshal(ocispec.Manifest) writes.
    QByteArray toJson() const;
    static Result<Manifest> parse(const QByteArray &json);

    // The first layer of either chart media type.
    std::optional<Descriptor> chartLayer() const;

    Q_DECLARE_TR_FUNCTIONS(charthouse::Manifest)
};

} // namespace charthouse
