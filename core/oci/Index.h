#pragma once

#include "core/common/Result.h"
#include "core/oci/Descriptor.h"

namespace charthouse {

// The index.json of an OCI image layout: one manifest descriptor per tag, the tag in the
// org.opencontainers.image.ref.name annotation (Helm 3.0-3.6 stores the full reference there).
struct Index
{
    QList<Descriptor> manifests;
    QMap<QString, QString> annotations;

    // Compact, Go field order, as Helm's oras store writes it; "manifests":[] when empty.
    QByteArray toJson() const;
    // `where` names the file in errors.
    static Result<Index> parse(const QByteArray &json, const QString &where);

    QString refName(qsizetype i) const;
    qsizetype findRef(const QString &refName) const; // -1 if absent

    Q_DECLARE_TR_FUNCTIONS(charthouse::Index)
};

} // namespace charthouse
