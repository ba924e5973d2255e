#pragma once

#include "core/common/Result.h"
#include "core/oci/Descriptor.h"

#include <QJsonObject>

#include <optional>

namespace charthouse {

// The index.json of an OCI image layout: one manifest descriptor per tag, the tag in the
// org.opencontainers.image.ref.name annotation (Helm 3.0-3.6 stores the full reference there).
struct Index
{
    // An entry that is not a valid descriptor (a bad digest, a missing size): reported, never dropped. It is
    // written back as it was, at its place among the others, so one odd entry (perhaps another tool's) neither
    // hides the rest nor is lost by our next write.
    struct UnparsedEntry
    {
        QJsonObject json;
        qsizetype before = 0; // how many valid entries came before it
        Error error;
    };

    QList<Descriptor> manifests;
    QList<UnparsedEntry> unparsed;
    QMap<QString, QString> annotations;

    // The digests the unparsed entries name, where they name a valid one.
    QList<Digest> unparsedDigests() const;

    // Compact, Go field order, as Helm's oras store writes it; "manifests":[] when empty.
    QByteArray toJson() const;
    // `where` names the file in errors.
    static Result<Index> parse(const QByteArray &json, const QString &where);
    // parse()'s two halves, public for tests: the quick reader of the form Helm and we write (nullopt for any
    // other form, valid or not), and the general one.
    static std::optional<Index> parseCommonForm(const QByteArray &json);
    static Result<Index> parseAnyForm(const QByteArray &json, const QString &where);

    QString refName(qsizetype i) const;
    qsizetype findRef(const QString &refName) const; // -1 if absent

    Q_DECLARE_TR_FUNCTIONS(charthouse::Index)
};

} // namespace charthouse
