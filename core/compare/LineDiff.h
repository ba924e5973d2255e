#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace charthouse {

// One line of a unified diff: its text with its '\n' (the last line of a file may have none, which the
// unified format marks as "\ No newline at end of file").
struct DiffLine
{
    enum class Kind : char { Context = ' ', Removed = '-', Added = '+' };
    Kind kind;
    QByteArray text;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// A hunk as `diff -u` prints it: 0-based starts and line counts on both sides.
struct DiffHunk
{
    qsizetype oldStart = 0;
    qsizetype oldCount = 0;
    qsizetype newStart = 0;
    qsizetype newCount = 0;
    QList<DiffLine> lines;
};

struct TextDiff
{
    QList<DiffHunk> hunks;
    // The two texts differ by more edits than the budget allows: the differing middle is shown as removed
    // then added whole, still a correct diff, only not the shortest one.
    bool approximate = false;

    bool isEmpty() const { return hunks.isEmpty(); }
};

// Lines of a text, each with its '\n'.
QList<QByteArrayView> splitLines(QByteArrayView text);

// The line diff of two texts as unified hunks with `context` lines around each change, by Myers' O(ND)
// algorithm after the common head and tail are set aside. maxEdits bounds its time (O((N+M)·maxEdits)) and
// memory (O(maxEdits²)) on hostile input; beyond it the result is approximate.
TextDiff diffLines(QByteArrayView oldText, QByteArrayView newText, int context = 3, int maxEdits = 2000);

// The hunks in `diff -u` form ("@@ -1,4 +1,5 @@" headers, then the lines), without the ---/+++ header.
QByteArray formatHunks(const QList<DiffHunk> &hunks);

} // namespace charthouse
