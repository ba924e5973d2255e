#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace charthouse {

enum class ChangeKind { Added, Removed, Changed };

// One leaf of values.yaml: its dotted path ("image.tag", "ingress.hosts[0].host") and its value in one line
// (see compactYaml: quoted strings keep their quotes, so "1.0" and 1.0 differ as they do for Helm).
struct ValueLeaf
{
    QString path;
    QString value;
};

struct ValueChange
{
    ChangeKind kind;
    QString path;
    QString oldValue; // empty when added
    QString newValue; // empty when removed

    friend bool operator==(const ValueChange &, const ValueChange &) = default;
};

// The leaves of a values file in document order: scalars, nulls, and empty maps and lists; lists by index.
// Refuses invalid YAML and alias bombs, and a file whose paths and values would take more than maxBytes.
Result<QList<ValueLeaf>> flattenValues(
    const QByteArray &yaml, const QString &where, qint64 maxBytes = 64LL << 20);

// Removed and changed leaves in the old file's order, then the added ones in the new file's.
QList<ValueChange> diffValueLeaves(const QList<ValueLeaf> &oldLeaves, const QList<ValueLeaf> &newLeaves);

} // namespace charthouse
