// The pieces of chart comparison: the line diff (property: its hunks turn A into B, and it is the shortest),
// values by path, images from values and from the artifacthub.io/images annotation.
#include "core/compare/ChartComparer.h"
#include "core/compare/ImageRefs.h"
#include "core/compare/LineDiff.h"
#include "core/compare/ValuesDiff.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;

namespace {

// Applies hunks to oldText; fails the test (returning {}) where a hunk does not fit.
std::optional<QByteArray> applyHunks(const QByteArray &oldText, const QList<DiffHunk> &hunks)
{
    const QList<QByteArrayView> lines = splitLines(oldText);
    QByteArray out;
    qsizetype position = 0;
    qsizetype written = 0;
    for (const DiffHunk &hunk : hunks) {
        if (hunk.oldStart < position || hunk.oldStart > lines.size())
            return std::nullopt;
        for (; position < hunk.oldStart; ++position, ++written)
            out += lines[position];
        if (written != hunk.newStart)
            return std::nullopt;
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        for (const DiffLine &line : hunk.lines) {
            if (line.kind != DiffLine::Kind::Added) {
                if (position >= lines.size() || lines[position] != hunk.lineText(line))
                    return std::nullopt;
                ++position;
                ++oldCount;
            }
            if (line.kind != DiffLine::Kind::Removed) {
                out += hunk.lineText(line);
                ++written;
                ++newCount;
            }
        }
        if (oldCount != hunk.oldCount || newCount != hunk.newCount)
            return std::nullopt;
    }
    for (; position < lines.size(); ++position)
        out += lines[position];
    return out;
}

qsizetype editCount(const QList<DiffHunk> &hunks)
{
    qsizetype n = 0;
    for (const DiffHunk &hunk : hunks)
        for (const DiffLine &line : hunk.lines)
            n += line.kind != DiffLine::Kind::Context;
    return n;
}

// The shortest edit script's length, by the textbook LCS table.
qsizetype shortestEditCount(const QList<QByteArrayView> &a, const QList<QByteArrayView> &b)
{
    std::vector<std::vector<qsizetype>> lcs(a.size() + 1, std::vector<qsizetype>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    return a.size() + b.size() - 2 * lcs[0][0];
}

QByteArray randomText(QRandomGenerator &random)
{
    // Few distinct lines, so that the texts share many and the alignment has choices to make.
    static const QList<QByteArray> alphabet {
        "a\n", "b\n", "c\n", "apiVersion: v2\n", "  # comment\n", "\n", "d\n"};
    QByteArray text;
    const int lines = int(random.bounded(25));
    for (int i = 0; i < lines; ++i)
        text += alphabet[random.bounded(int(alphabet.size()))];
    if (random.bounded(4) == 0)
        text += "no newline";
    return text;
}

QByteArray mutate(QByteArray text, QRandomGenerator &random)
{
    QList<QByteArrayView> lines = splitLines(text);
    QList<QByteArray> out;
    for (QByteArrayView line : lines)
        out.append(line.toByteArray());
    const int edits = int(random.bounded(6));
    for (int e = 0; e < edits; ++e) {
        const int at = int(random.bounded(int(out.size()) + 1));
        switch (random.bounded(3)) {
        case 0: out.insert(at, QByteArray("new ") + QByteArray::number(e) + '\n'); break;
        case 1:
            if (at < out.size())
                out.removeAt(at);
            break;
        default:
            if (at < out.size())
                out[at] = "c\n";
            break;
        }
    }
    QByteArray joined;
    for (const QByteArray &line : out)
        joined += line;
    return joined;
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hunksTurnOldIntoNewAndAreShortest()
    {
        QRandomGenerator random(20261129);
        for (int round = 0; round < 3000; ++round) {
            const QByteArray a = randomText(random);
            const QByteArray b = round % 2 ? mutate(a, random) : randomText(random);
            const TextDiff diff = diffLines(a, b);
            const auto applied = applyHunks(a, diff.hunks);
            QVERIFY2(applied, qPrintable(QStringLiteral("round %1: hunks do not fit A").arg(round)));
            QCOMPARE(*applied, b);
            QCOMPARE(diff.isEmpty(), a == b);
            QVERIFY(!diff.approximate);
            QCOMPARE(editCount(diff.hunks), shortestEditCount(splitLines(a), splitLines(b)));
            // Hunks closer than twice the context would have been one.
            for (qsizetype i = 1; i < diff.hunks.size(); ++i)
                QVERIFY(diff.hunks[i].oldStart > diff.hunks[i - 1].oldStart + diff.hunks[i - 1].oldCount);
        }
    }

    void pastTheBudgetTheDiffIsApproximateButCorrect()
    {
        QRandomGenerator random(7);
        QByteArray a;
        QByteArray b;
        for (int i = 0; i < 3000; ++i) {
            a += QByteArray::number(random.generate()) + '\n';
            b += QByteArray::number(random.generate()) + '\n';
        }
        a.prepend("same head\n");
        b.prepend("same head\n");
        const TextDiff diff = diffLines(a, b, 3, 100);
        QVERIFY(diff.approximate);
        QCOMPARE(applyHunks(a, diff.hunks).value_or(QByteArray()), b);
        QCOMPARE(editCount(diff.hunks), 6000);
    }

    void aLargeTextPastTheBudgetStaysCheapAndCorrect()
    {
        // 5 MiB of equal lines, one text 3,000 lines shorter, the first and last lines differing so that no
        // common head or tail is set aside: more edits than the budget, over 2.5 million lines.
        const QByteArray a = "x\n" + QByteArray("a\n").repeated(2'500'000) + "y\n";
        const QByteArray b = "z\n" + QByteArray("a\n").repeated(2'497'000) + "w\n";
        QElapsedTimer timer;
        timer.start();
        const TextDiff diff = diffLines(a, b, 3, 2000, 10'000'000);
        QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(diff.approximate);
        QCOMPARE(applyHunks(a, diff.hunks).value_or(QByteArray()), b);
        // More lines of hunks than allowed: left out, still not equal.
        const TextDiff omitted = diffLines(a, b, 3, 2000, 100'000);
        QVERIFY(omitted.omitted && omitted.hunks.isEmpty() && !omitted.isEmpty());
    }

    void printsWhatDiffDashUPrints_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::newRow("one change") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n")
                                    << QByteArray("1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\n");
        QTest::newRow("two hunks") << QByteArray("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n")
                                   << QByteArray(
                                          "one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\nfifteen\n");
        QTest::newRow("added file") << QByteArray() << QByteArray("a\nb\n");
        QTest::newRow("removed file") << QByteArray("a\n") << QByteArray();
        QTest::newRow("no newline at end") << QByteArray("a\nb") << QByteArray("a\nb\n");
        QTest::newRow("insert at start") << QByteArray("x\ny\n") << QByteArray("new\nx\ny\n");
    }

    void printsWhatDiffDashUPrints()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QTemporaryDir dir;
        QFile fa(dir.filePath(QStringLiteral("a"))), fb(dir.filePath(QStringLiteral("b")));
        QVERIFY(fa.open(QIODevice::WriteOnly) && fa.write(a) == a.size());
        QVERIFY(fb.open(QIODevice::WriteOnly) && fb.write(b) == b.size());
        fa.close();
        fb.close();
        QProcess diff;
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), fa.fileName(), fb.fileName()});
        QVERIFY(diff.waitForFinished());
        const QByteArray expected = diff.readAllStandardOutput();
        const qsizetype firstHunk = expected.indexOf("@@");
        QCOMPARE(formatHunks(diffLines(a, b).hunks), expected.mid(firstHunk));
    }

    void valuesByPath()
    {
        const QByteArray oldValues = "# Number of replicas\n"
                                     "replicaCount: 1\n"
                                     "image:\n"
                                     "  repository: nginx\n"
                                     "  tag: \"\"\n"
                                     "version: \"1.0\"\n"
                                     "hosts:\n"
                                     "  - host: a.example\n"
                                     "    paths: [/]\n"
                                     "  - host: b.example\n"
                                     "podAnnotations: {}\n"
                                     "annotations:\n"
                                     "  kubernetes.io/ingress.class: nginx\n"
                                     "gone: true\n";
        const QByteArray newValues = "# Number of replicas (comment changed)\n"
                                     "replicaCount: 3\n"
                                     "image:\n"
                                     "  repository: nginx\n"
                                     "  tag: \"1.27\"\n"
                                     "version: 1.0\n"
                                     "hosts:\n"
                                     "  - host: a.example\n"
                                     "    paths: [/, /api]\n"
                                     "podAnnotations: {}\n"
                                     "annotations:\n"
                                     "  kubernetes.io/ingress.class: traefik\n"
                                     "note: |\n"
                                     "  two\n"
                                     "  lines\n";
        auto oldLeaves = flattenValues(oldValues, QStringLiteral("old"));
        auto newLeaves = flattenValues(newValues, QStringLiteral("new"));
        QVERIFY(oldLeaves && newLeaves);
        const QList<ValueChange> expected {
            {ChangeKind::Changed, QStringLiteral("replicaCount"), QStringLiteral("1"), QStringLiteral("3")},
            {ChangeKind::Changed, QStringLiteral("image.tag"), QStringLiteral("\"\""),
                QStringLiteral("\"1.27\"")},
            {ChangeKind::Changed, QStringLiteral("version"), QStringLiteral("\"1.0\""),
                QStringLiteral("1.0")},
            {ChangeKind::Removed, QStringLiteral("hosts[1].host"), QStringLiteral("b.example"), {}},
            {ChangeKind::Changed, QStringLiteral("annotations[\"kubernetes.io/ingress.class\"]"),
                QStringLiteral("nginx"), QStringLiteral("traefik")},
            {ChangeKind::Removed, QStringLiteral("gone"), QStringLiteral("true"), {}},
            {ChangeKind::Added, QStringLiteral("hosts[0].paths[1]"), {}, QStringLiteral("/api")},
            {ChangeKind::Added, QStringLiteral("note"), {}, QStringLiteral("\"two\\nlines\\n\"")},
        };
        const QList<ValueChange> changes = diffValueLeaves(*oldLeaves, *newLeaves);
        QCOMPARE(changes, expected);
        QVERIFY(diffValueLeaves(*oldLeaves, *oldLeaves).isEmpty());
    }

    void aRepeatedKeyTakesItsLastValue()
    {
        // A fuzz find (regressions/chart_diff): a file with a key twice differed from itself. Helm's YAML reader
        // keeps the last value; so do the values and images parts.
        const QByteArray values = "sidecar:\n  image:\n  image: busybox:2.36\n  image: busybox:2.37\n"
                                  "app:\n  repository: a\n  repository: b\n";
        auto leaves = flattenValues(values, QStringLiteral("v"));
        QVERIFY(leaves);
        QCOMPARE(leaves->size(), 2);
        QCOMPARE(leaves->at(0).path, QStringLiteral("sidecar.image"));
        QCOMPARE(leaves->at(0).value, QStringLiteral("busybox:2.37"));
        QCOMPARE(leaves->at(1).value, QStringLiteral("b"));
        QVERIFY(diffValueLeaves(*leaves, *leaves).isEmpty());
        auto images = imagesFromValues(values, QStringLiteral("v"));
        QVERIFY(images);
        QCOMPARE(*images, (QList<ImageRef> {{ImageRef::Source::Values, QStringLiteral("sidecar.image"), QStringLiteral("busybox:2.37")},
                              {ImageRef::Source::Values, QStringLiteral("app"), QStringLiteral("b")}}));
    }

    void valuesRefusedWhenHostileOrWrong()
    {
        QCOMPARE(flattenValues("- a\n- b\n", QStringLiteral("v")).error().code(), Error::Code::InvalidInput);
        QCOMPARE(flattenValues("a: [b\n", QStringLiteral("v")).error().code(), Error::Code::InvalidInput);
        QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            const QByteArray previous = "*" + QByteArray(1, char(c - 1));
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " ["
                + QByteArray(previous + ", ").repeated(8) + previous + "]\n";
        }
        QVERIFY(!flattenValues(bomb, QStringLiteral("v")));
        // Long paths times many leaves stay within the budget or are refused.
        QByteArray deep;
        for (int i = 0; i < 50; ++i)
            deep += QByteArray(size_t(i * 2), ' ') + QByteArray(200, 'k') + QByteArray::number(i) + ":\n";
        QByteArray leaves;
        for (int i = 0; i < 2000; ++i)
            leaves += QByteArray(100, ' ') + "x" + QByteArray::number(i) + ": 1\n";
        QCOMPARE(
            flattenValues(deep + leaves, QStringLiteral("v"), 1 << 20).error().code(), Error::Code::TooLarge);
        QVERIFY(flattenValues(QByteArray(), QStringLiteral("v"))->isEmpty());
    }

    void imagesFromValuesAndAnnotation()
    {
        const QByteArray values = "image:\n"
                                  "  repository: nginx\n"
                                  "  tag: \"\"\n"
                                  "sidecar:\n"
                                  "  image: busybox:1.36\n"
                                  "db:\n"
                                  "  image:\n"
                                  "    registry: docker.io\n"
                                  "    repository: bitnami/postgresql\n"
                                  "    tag: 16.1.0\n"
                                  "    digest: sha256:abc\n"
                                  "jobs:\n"
                                  "  - image: alpine:3\n"
                                  "other:\n"
                                  "  repository: \"\"\n"
                                  "  image: \"\"\n";
        auto images = imagesFromValues(values, QStringLiteral("values.yaml"));
        QVERIFY(images);
        const QList<ImageRef> expected {
            {ImageRef::Source::Values, QStringLiteral("image"), QStringLiteral("nginx")},
            {ImageRef::Source::Values, QStringLiteral("sidecar.image"), QStringLiteral("busybox:1.36")},
            {ImageRef::Source::Values, QStringLiteral("db.image"),
                QStringLiteral("docker.io/bitnami/postgresql:16.1.0@sha256:abc")},
            {ImageRef::Source::Values, QStringLiteral("jobs[0].image"), QStringLiteral("alpine:3")},
        };
        QCOMPARE(*images, expected);

        const QMap<QString, QString> annotations {{QStringLiteral("artifacthub.io/images"),
            QStringLiteral("- name: app\n  image: ghcr.io/x/app:1.0\n- name: tool\n  image: "
                           "ghcr.io/x/tool:2\n  whitelisted: true\n")}};
        auto annotated = imagesFromAnnotations(annotations);
        QVERIFY(annotated);
        QCOMPARE(*annotated,
            (QList<ImageRef> {
                {ImageRef::Source::Annotation, QStringLiteral("app"), QStringLiteral("ghcr.io/x/app:1.0")},
                {ImageRef::Source::Annotation, QStringLiteral("tool"), QStringLiteral("ghcr.io/x/tool:2")}}));
        QVERIFY(imagesFromAnnotations({})->isEmpty());
        QVERIFY(!imagesFromAnnotations({{QStringLiteral("artifacthub.io/images"), QStringLiteral("- [")}}));

        QList<ImageRef> changed = *images;
        changed[0].image = QStringLiteral("nginx:1.27");
        changed.removeAt(1);
        changed.append(
            {ImageRef::Source::Annotation, QStringLiteral("app"), QStringLiteral("ghcr.io/x/app:1.0")});
        const QList<ImageChange> expectedChanges {
            {ChangeKind::Changed, ImageRef::Source::Values, QStringLiteral("image"), QStringLiteral("nginx"),
                QStringLiteral("nginx:1.27")},
            {ChangeKind::Removed, ImageRef::Source::Values, QStringLiteral("sidecar.image"),
                QStringLiteral("busybox:1.36"), {}},
            {ChangeKind::Added, ImageRef::Source::Annotation, QStringLiteral("app"), {},
                QStringLiteral("ghcr.io/x/app:1.0")},
        };
        QCOMPARE(diffImages(*images, changed), expectedChanges);
    }

    void aFileOverTheLimitIsRefusedNotDiffed()
    {
        ChartSource oldChart;
        oldChart.label = QStringLiteral("old");
        oldChart.files = {{QStringLiteral("Chart.yaml"), "apiVersion: v2\nname: a\nversion: 0.1.0\n"},
            {QStringLiteral("templates/big.yaml"), QByteArray(200, 'a')}};
        ChartSource newChart = oldChart;
        newChart.label = QStringLiteral("new");
        newChart.files[1].data = QByteArray(200, 'b');
        CompareLimits limits;
        limits.maxFileSize = 100;
        auto refused = ChartComparer(allCompareParts(), limits).compare(oldChart, newChart);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::TooLarge);
        QVERIFY(refused.error().message().contains(QStringLiteral("old/templates/big.yaml")));
        // Within the limit: one modified text file, and nothing else differs.
        auto compared = ChartComparer().compare(oldChart, newChart);
        QVERIFY(compared);
        QCOMPARE(compared->files.size(), 1);
        QCOMPARE(compared->files[0].kind, FileChange::Kind::Modified);
        QVERIFY(!compared->files[0].binary);
        QVERIFY(compared->metadata.isEmpty() && compared->values.isEmpty() && !compared->manifest);
        QVERIFY(!compared->isEqual());
        QVERIFY(ChartComparer().compare(oldChart, oldChart)->isEqual());
        // Invalid UTF-8 makes a file binary.
        newChart.files[1].data = QByteArray("caf\xe9\n");
        compared = ChartComparer(ComparePart::Files).compare(oldChart, newChart);
        QVERIFY(compared && compared->files[0].binary && compared->files[0].newSha256.size() == 64);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "test_compare.moc"
