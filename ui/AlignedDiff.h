#pragma once

#include "core/compare/LineDiff.h"

#include <QList>
#include <QStringList>

namespace charthouse {

// One row of a side-by-side view: the same line on both sides, a changed pair, or a line on one side only
// (the other side shows an empty filler row, so both sides keep the same number of rows and scroll together).
struct AlignedRow
{
    enum class Kind { Same, Changed, Removed, Added };
    Kind kind = Kind::Same;
    int oldLine = -1; // 1-based line number on that side; -1 for a filler row
    int newLine = -1;
};

struct AlignedDiff
{
    QStringList oldText; // one entry a row, empty for a filler row
    QStringList newText;
    QList<AlignedRow> rows;
    QList<int> blocks; // the first row of each run of changed rows: where F7 stops

    int blockOfRow(int row) const; // the block a row is in or follows; -1 before the first
};

// Lays two whole texts side by side along their unified diff (hunks with any context): lines outside the
// hunks are the same on both sides; in a hunk, removed and added lines are paired row by row as changed and
// the rest padded with fillers. An omitted diff (too large) shows everything as removed then added.
AlignedDiff alignDiff(const QByteArray &oldText, const QByteArray &newText, const TextDiff &diff);

} // namespace charthouse
