#pragma once

#include "core/compare/ImageRefs.h"
#include "core/compare/LineDiff.h"
#include "core/compare/ValuesDiff.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace charthouse {

// The parts of a comparison; a caller asks for some (the CLI's --only) and equality counts only those.
enum class ComparePart {
    Metadata = 0x1, // Chart.yaml fields and dependencies
    Values = 0x2, // values.yaml by path and as text
    Files = 0x4, // templates and every other file but Chart.yaml and values.yaml
    Images = 0x8, // images named in the annotation and in values
    Manifest = 0x10, // manifest digests and annotations, when both charts are cached
};
Q_DECLARE_FLAGS(CompareParts, ComparePart)
Q_DECLARE_OPERATORS_FOR_FLAGS(CompareParts)
constexpr CompareParts allCompareParts()
{
    return CompareParts(0x1f);
}

// A named field that differs: "version", "annotations[\"artifacthub.io/images\"]", "config digest". An
// added field has an empty oldValue, a removed one an empty newValue.
struct FieldChange
{
    QString field;
    QString oldValue;
    QString newValue;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// A dependency matched by the name it has in the parent chart (its alias, else its name). For an added or
// removed one, fields lists what it has (name, version, repository, condition, alias).
struct DependencyChange
{
    ChangeKind kind;
    QString name;
    QList<FieldChange> fields;
};

struct FileChange
{
    enum class Kind { Added, Removed, Modified, Unchanged };
    Kind kind = Kind::Modified;
    QString path;
    // Either side holds a NUL byte or is not UTF-8: compared by size and SHA-256, no text diff.
    bool binary = false;
    qint64 oldSize = -1; // -1: no such file on that side
    qint64 newSize = -1;
    QString oldSha256; // hex, for binary files
    QString newSha256;
    TextDiff text; // for text files; an added or removed file is all added or all removed lines
};

struct ManifestDiff
{
    QList<FieldChange> digests; // "manifest digest", "config digest", "layer digest", "layer media type", ...
    QList<FieldChange> annotations; // field: the annotation's key
};

// What differs between two charts, part by part (only the parts asked for are filled).
struct ChartDiff
{
    QString oldLabel;
    QString newLabel;
    CompareParts parts;

    QList<FieldChange> metadata;
    QList<DependencyChange> dependencies;
    // Chart.yaml line by line, for showing beside the fields; not counted by isEqual (Helm rewrites Chart.yaml
    // when packaging, so a directory and its package differ in text with every field the same).
    TextDiff chartYamlText;
    QList<ValueChange> values;
    TextDiff valuesText; // values.yaml line by line, comments and all
    QList<FileChange> files; // by path, unchanged ones too
    QList<ImageChange> images;
    std::optional<ManifestDiff> manifest; // both charts cached and the part asked for

    bool isEqual() const;
    static QString fileKindName(FileChange::Kind kind); // "added", "removed", "modified", "unchanged"
    static QString changeKindName(ChangeKind kind); // "added", "removed", "changed"
};

} // namespace charthouse
