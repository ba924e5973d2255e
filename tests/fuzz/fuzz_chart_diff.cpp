// Two values.yaml files (the input split at its first NUL byte, else in half) compared as `chart diff` does:
// leaves by path, images, and the line diff, whose hunks must turn the first text into the second.
#include "core/compare/ImageRefs.h"
#include "core/compare/LineDiff.h"
#include "core/compare/ValuesDiff.h"
#include "tests/fuzz/FuzzInput.h"

using namespace charthouse;

namespace {

QByteArray applyHunks(const QByteArray &oldText, const QList<DiffHunk> &hunks)
{
    const QList<QByteArrayView> lines = splitLines(oldText);
    QByteArray out;
    qsizetype position = 0;
    for (const DiffHunk &hunk : hunks) {
        fuzzCheck(hunk.oldStart >= position && hunk.oldStart <= lines.size(), "hunks in order, inside the text");
        for (; position < hunk.oldStart; ++position)
            out += lines[position];
        for (const DiffLine &line : hunk.lines) {
            if (line.kind != DiffLine::Kind::Added) {
                fuzzCheck(position < lines.size() && lines[position] == hunk.lineText(line), "hunk fits the text");
                ++position;
            }
            if (line.kind != DiffLine::Kind::Removed)
                out += hunk.lineText(line);
        }
    }
    for (; position < lines.size(); ++position)
        out += lines[position];
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    qsizetype split = input.indexOf('\0');
    const QByteArray a = input.left(split < 0 ? input.size() / 2 : split);
    const QByteArray b = input.mid(split < 0 ? input.size() / 2 : split + 1);

    // A small edit budget, so that the approximate path is fuzzed too.
    const TextDiff diff = diffLines(a, b, 3, 8);
    fuzzCheck(diff.isEmpty() == (a == b), "empty diff exactly for equal texts");
    fuzzCheck(applyHunks(a, diff.hunks) == b, "hunks turn A into B");
    (void)formatHunks(diff.hunks);

    auto oldLeaves = flattenValues(a, QStringLiteral("a"), 1 << 20);
    auto newLeaves = flattenValues(b, QStringLiteral("b"), 1 << 20);
    if (oldLeaves && newLeaves) {
        const QList<ValueChange> changes = diffValueLeaves(*oldLeaves, *newLeaves);
        fuzzCheck(!changes.isEmpty() || a != b || oldLeaves->size() == newLeaves->size(), "equal values");
        fuzzCheck(diffValueLeaves(*oldLeaves, *oldLeaves).isEmpty(), "a file equals itself");
    }
    auto oldImages = imagesFromValues(a, QStringLiteral("a"));
    auto newImages = imagesFromValues(b, QStringLiteral("b"));
    if (oldImages && newImages)
        (void)diffImages(*oldImages, *newImages);
    return 0;
}
