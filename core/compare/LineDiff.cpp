#include "core/compare/LineDiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace charthouse {

namespace {

// A run of changed lines: old[oldPos, oldPos+oldLen) replaced by new[newPos, newPos+newLen); between two runs
// both texts are equal.
struct ChangeRun
{
    qsizetype oldPos;
    qsizetype oldLen;
    qsizetype newPos;
    qsizetype newLen;
};

// A text's lines by where they start: 4 bytes a line.
class LineIndex
{
public:
    explicit LineIndex(QByteArrayView text) : m_text(text)
    {
        m_starts.push_back(0);
        for (qsizetype at = 0; at < text.size();) {
            const qsizetype newline = text.indexOf('\n', at);
            at = newline < 0 ? text.size() : newline + 1;
            m_starts.push_back(qint32(at));
        }
    }
    qsizetype size() const { return qsizetype(m_starts.size()) - 1; }
    QByteArrayView operator[](qsizetype i) const
    {
        return m_text.sliced(m_starts[i], m_starts[i + 1] - m_starts[i]);
    }

private:
    QByteArrayView m_text;
    std::vector<qint32> m_starts;
};

// One step of an edit path: a line deleted from old at (x, y) or inserted from new.
struct EditStep
{
    bool insert;
    qsizetype x;
    qsizetype y;
};

// Myers' greedy forward search with the V array of every round kept for the backtrack; returns false
// when the texts need more than maxEdits edits, or more than maxWork steps along the diagonals (long runs of
// equal lines between many edits would otherwise cost (N+M)·maxEdits).
bool shortestEdits(
    const std::vector<int> &a, const std::vector<int> &b, int maxEdits, std::vector<EditStep> &steps)
{
    constexpr qint64 maxWork = 64LL * 1024 * 1024;
    qint64 work = 0;
    const auto n = static_cast<qsizetype>(a.size());
    const auto m = static_cast<qsizetype>(b.size());
    const qsizetype limit = qMin<qsizetype>(n + m, maxEdits);
    const qsizetype offset = limit + 1;
    std::vector<int> v(static_cast<size_t>(2 * limit + 3), 0);
    std::vector<std::vector<int>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= limit && found < 0; ++d) {
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
            qsizetype y = x - k;
            const qsizetype snakeStart = x;
            while (x < n && y < m && a[x] == b[y])
                ++x, ++y;
            work += 1 + (x - snakeStart);
            if (work > maxWork)
                return false;
            v[offset + k] = static_cast<int>(x);
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    if (found < 0)
        return false;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = found; d > 0; --d) {
        const std::vector<int> &previous = trace[d - 1];
        auto previousX = [&](qsizetype k) { return qsizetype(previous[k + d - 1]); };
        const qsizetype k = x - y;
        const bool down = k == -d || (k != d && previousX(k - 1) < previousX(k + 1));
        const qsizetype prevK = down ? k + 1 : k - 1;
        const qsizetype prevX = previousX(prevK);
        const qsizetype prevY = prevX - prevK;
        steps.push_back({down, prevX, prevY});
        x = prevX;
        y = prevY;
    }
    std::reverse(steps.begin(), steps.end());
    return true;
}

// The changed runs between old[begin, oldEnd) and new[begin, newEnd), both starting at `begin` (the common
// head), as Myers finds them or, past the budget, as one run.
QList<ChangeRun> changeRuns(const LineIndex &oldLines, const LineIndex &newLines, qsizetype begin,
    qsizetype oldEnd, qsizetype newEnd, int maxEdits, bool &approximate)
{
    QHash<QByteArrayView, int> ids;
    auto intern = [&ids](const LineIndex &lines, qsizetype from, qsizetype to) {
        std::vector<int> out;
        out.reserve(static_cast<size_t>(to - from));
        for (qsizetype i = from; i < to; ++i) {
            auto found = ids.constFind(lines[i]);
            if (found == ids.constEnd())
                found = ids.insert(lines[i], int(ids.size()));
            out.push_back(*found);
        }
        return out;
    };
    const std::vector<int> a = intern(oldLines, begin, oldEnd);
    const std::vector<int> b = intern(newLines, begin, newEnd);
    std::vector<EditStep> steps;
    if (!shortestEdits(a, b, maxEdits, steps)) {
        approximate = true;
        return {{begin, oldEnd - begin, begin, newEnd - begin}};
    }
    QList<ChangeRun> runs;
    for (const EditStep &step : steps) {
        const qsizetype x = begin + step.x;
        const qsizetype y = begin + step.y;
        if (!runs.isEmpty() && runs.last().oldPos + runs.last().oldLen == x
            && runs.last().newPos + runs.last().newLen == y) {
            (step.insert ? runs.last().newLen : runs.last().oldLen) += 1;
            continue;
        }
        runs.append({x, step.insert ? 0 : 1, y, step.insert ? 1 : 0});
    }
    return runs;
}

void appendLines(DiffHunk &hunk, DiffLine::Kind kind, const LineIndex &lines, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const QByteArrayView line = lines[i];
        hunk.lines.append({kind, qint32(hunk.text.size()), qint32(line.size())});
        hunk.text += line;
    }
}

QByteArray hunkRange(qsizetype start, qsizetype count)
{
    // As diff -u: "5" for one line, "4,0" (the line before) for none, "5,3" otherwise.
    if (count == 1)
        return QByteArray::number(start + 1);
    return QByteArray::number(count == 0 ? start : start + 1) + ',' + QByteArray::number(count);
}

} // namespace

QList<QByteArrayView> splitLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.append(text.sliced(start, end - start));
        start = end;
    }
    return lines;
}

TextDiff diffLines(
    QByteArrayView oldText, QByteArrayView newText, int context, int maxEdits, qsizetype maxLines)
{
    TextDiff diff;
    const LineIndex oldLines(oldText);
    const LineIndex newLines(newText);
    qsizetype head = 0;
    while (head < oldLines.size() && head < newLines.size() && oldLines[head] == newLines[head])
        ++head;
    qsizetype oldEnd = oldLines.size();
    qsizetype newEnd = newLines.size();
    while (oldEnd > head && newEnd > head && oldLines[oldEnd - 1] == newLines[newEnd - 1])
        --oldEnd, --newEnd;
    if (oldEnd == head && newEnd == head)
        return diff;
    const QList<ChangeRun> runs
        = changeRuns(oldLines, newLines, head, oldEnd, newEnd, maxEdits, diff.approximate);
    qsizetype changedLines = 0;
    for (const ChangeRun &run : runs)
        changedLines += run.oldLen + run.newLen + 2 * context;
    if (changedLines > maxLines) {
        diff.omitted = true;
        return diff;
    }

    for (qsizetype first = 0; first < runs.size();) {
        // Runs closer than twice the context share a hunk.
        qsizetype last = first;
        while (last + 1 < runs.size()
            && runs[last + 1].oldPos - (runs[last].oldPos + runs[last].oldLen) <= 2 * context)
            ++last;
        DiffHunk hunk;
        hunk.oldStart = qMax<qsizetype>(0, runs[first].oldPos - context);
        hunk.newStart = runs[first].newPos - (runs[first].oldPos - hunk.oldStart);
        qsizetype position = hunk.oldStart;
        for (qsizetype i = first; i <= last; ++i) {
            const ChangeRun &run = runs[i];
            appendLines(hunk, DiffLine::Kind::Context, oldLines, position, run.oldPos);
            appendLines(hunk, DiffLine::Kind::Removed, oldLines, run.oldPos, run.oldPos + run.oldLen);
            appendLines(hunk, DiffLine::Kind::Added, newLines, run.newPos, run.newPos + run.newLen);
            position = run.oldPos + run.oldLen;
        }
        const qsizetype end = qMin(oldLines.size(), position + context);
        appendLines(hunk, DiffLine::Kind::Context, oldLines, position, end);
        for (const DiffLine &line : std::as_const(hunk.lines)) {
            hunk.oldCount += line.kind != DiffLine::Kind::Added;
            hunk.newCount += line.kind != DiffLine::Kind::Removed;
        }
        diff.hunks.append(std::move(hunk));
        first = last + 1;
    }
    return diff;
}

QByteArray formatHunks(const QList<DiffHunk> &hunks)
{
    QByteArray out;
    for (const DiffHunk &hunk : hunks) {
        out += "@@ -" + hunkRange(hunk.oldStart, hunk.oldCount) + " +"
            + hunkRange(hunk.newStart, hunk.newCount) + " @@\n";
        for (const DiffLine &line : hunk.lines) {
            const QByteArrayView text = hunk.lineText(line);
            out += char(line.kind);
            out += text;
            if (!text.endsWith('\n'))
                out += "\n\\ No newline at end of file\n";
        }
    }
    return out;
}

} // namespace charthouse
