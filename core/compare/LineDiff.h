#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace charthouse {

// One line of a unified diff, as a slice of its hunk's text: the line with its '\n' (the last line of a file
// may have none, which the unified format marks as "\ No newline at end of file"). Kept as offsets so that a
// diff of many short lines costs 12 bytes a line beside the text, not an allocation each.
struct DiffLine
{
    enum class Kind : char { Context = ' ', Removed = '-', Added = '+' };
    Kind kind;
    qint32 offset;
    qint32 length;
};

// A hunk as `diff -u` prints it: 0-based starts and line counts on both sides.
struct DiffHunk
{
    qsizetype oldStart = 0;
    qsizetype oldCount = 0;
    qsizetype newStart = 0;
    qsizetype newCount = 0;
    QByteArray text; // the hunk's lines one after the other
    QList<DiffLine> lines;

    QByteArrayView lineText(const DiffLine &line) const
    {
        return QByteArrayView(text).sliced(line.offset, line.length);
    }
};

struct TextDiff
{
    QList<DiffHunk> hunks;
    // The two texts differ by more edits than the budget allows: the differing middle is shown as removed
    // then added whole, still a correct diff, only not the shortest one.
    bool approximate = false;
    // The hunks would hold more than maxLines lines: they are left out (the texts still differ).
    bool omitted = false;

    bool isEmpty() const { return hunks.isEmpty() && !omitted; }
};

// Lines of a text, each with its '\n'.
QList<QByteArrayView> splitLines(QByteArrayView text);

// The line diff of two texts as unified hunks with `context` lines around each change, by Myers' O(ND)
// algorithm after the common head and tail are set aside. maxEdits bounds its memory (O(maxEdits²)) and, with
// a fixed budget of steps along the diagonals (64 Mi), its time on hostile input; beyond either the result is
// approximate. Texts are at most 2 GiB (the loaders' limits are far below).
TextDiff diffLines(QByteArrayView oldText, QByteArrayView newText, int context = 3, int maxEdits = 2000,
    qsizetype maxLines = 500'000);

// The hunks in `diff -u` form ("@@ -1,4 +1,5 @@" headers, then the lines), without the ---/+++ header.
QByteArray formatHunks(const QList<DiffHunk> &hunks);

} // namespace charthouse
