// Hostile chart directories and Chart.yaml / requirements.yaml: refused fast, in bounded memory, with words
// that name the file and the problem. Where Helm accepts an input, it must stay accepted; the boundaries below
// were confirmed with Helm 3.4.2 and 4.1.4 (`helm package`).
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/chart/ChartDirectoryLoader.h"
#include "core/chart/ChartMetadata.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

namespace {

const QByteArray header = "apiVersion: v2\nname: mychart\nversion: 0.1.0\n";

// A billion-laughs ladder under a dependency's import-values: &l0 is `width` scalars, each &lN is `width`
// aliases of &l(N-1), so the last rung expands to width^levels scalars.
QByteArray aliasLadder(int levels, int width)
{
    QByteArray out = "dependencies:\n  - name: dep\n    repository: https://example.com\n    import-values:\n";
    out += "      - &l0 [" + QByteArrayList(width, "x").join(',') + "]\n";
    for (int i = 1; i < levels; ++i)
        out += "      - &l" + QByteArray::number(i) + " ["
            + QByteArrayList(width, "*l" + QByteArray::number(i - 1)).join(',') + "]\n";
    return out;
}

// `x` holds 1000 scalars under an anchor and `y` refers to it `copies` times. Helm 3.4.2 and 4.1.4 accept
// 111 copies and refuse 112 (go-yaml's 99% alias ratio for documents under 400,000 nodes).
QByteArray aliasRatio(int copies)
{
    return header + "x: &a [" + QByteArrayList(1000, "x").join(',') + "]\ny: ["
        + QByteArrayList(copies, "*a").join(',') + "]\n";
}

QByteArray nested(int depth)
{
    return header + "x: " + QByteArray(depth, '[') + QByteArray(depth, ']') + "\n";
}

} // namespace

class TestHostileCharts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString fresh() { return m_tmp.path() + QStringLiteral("/d%1").arg(++m_n); }

    // A chart directory with these files; Chart.yaml as given.
    QString chartDir(const QMap<QString, QByteArray> &files)
    {
        const QString dir = fresh() + QStringLiteral("/mychart");
        if (!writeTree(dir, files))
            return {};
        return dir;
    }

private slots:
    void aliasBombsAreRefusedAtOnce_data()
    {
        QTest::addColumn<QByteArray>("chartYaml");
        QTest::addColumn<QByteArray>("requirementsYaml");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("billion laughs") << header + aliasLadder(9, 9) << QByteArray() << QStringLiteral("mychart/Chart.yaml")
                                        << QStringLiteral("excessive aliasing");
        QTest::newRow("a million nodes") << header + aliasLadder(6, 10) << QByteArray()
                                         << QStringLiteral("mychart/Chart.yaml") << QStringLiteral("excessive aliasing");
        QTest::newRow("a hundred thousand nodes") << header + aliasLadder(5, 10) << QByteArray()
                                                  << QStringLiteral("mychart/Chart.yaml") << QStringLiteral("excessive aliasing");
        QTest::newRow("in requirements.yaml") << QByteArray("apiVersion: v1\nname: mychart\nversion: 0.1.0\n")
                                              << aliasLadder(9, 9)
                                              << QStringLiteral("mychart/requirements.yaml") << QStringLiteral("excessive aliasing");
        QTest::newRow("just over the ratio") << aliasRatio(112) << QByteArray() << QStringLiteral("mychart/Chart.yaml")
                                             << QStringLiteral("excessive aliasing");
        QTest::newRow("anchor inside itself") << header + "dependencies:\n  - name: d\n    import-values: &a [*a]\n"
                                              << QByteArray() << QStringLiteral("mychart/Chart.yaml")
                                              << QStringLiteral("contains itself");
    }
    void aliasBombsAreRefusedAtOnce()
    {
        QFETCH(QByteArray, chartYaml);
        QFETCH(QByteArray, requirementsYaml);
        QFETCH(QString, file);
        QFETCH(QString, message);
        QMap<QString, QByteArray> files {{QStringLiteral("Chart.yaml"), chartYaml}};
        if (!requirementsYaml.isEmpty())
            files.insert(QStringLiteral("requirements.yaml"), requirementsYaml);
        const QString dir = chartDir(files);
        QVERIFY(!dir.isEmpty());
        QElapsedTimer timer;
        timer.start();
        auto loaded = ChartDirectoryLoader::load(dir);
        QVERIFY(!loaded.ok());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(loaded.error().code(), Error::Code::InvalidInput);
        QVERIFY2(loaded.error().message().contains(file) && loaded.error().message().contains(message),
                 qPrintable(loaded.error().message()));
    }

    void ordinaryAliasesAreAccepted()
    {
        // Anchors reused a few times, and a merge key, as real charts write them; and the most aliasing Helm takes.
        const QByteArray yaml = header + "maintainers:\n  - &me {name: me, email: me@example.com}\n  - *me\n"
                                         "dependencies:\n  - &dep {name: a, repository: https://r, import-values: [&iv {child: c, parent: p}, *iv]}\n"
                                         "  - <<: *dep\n    alias: b\n";
        auto md = ChartMetadata::fromChartYaml(yaml, QStringLiteral("mychart/Chart.yaml"));
        QVERIFY2(md.ok(), md.ok() ? "" : qPrintable(md.error().message()));
        QCOMPARE(md->maintainers.size(), 2);
        QCOMPARE(md->dependencies[0].importValues.size(), 2);
        auto most = ChartMetadata::fromChartYaml(aliasRatio(111), QStringLiteral("mychart/Chart.yaml"));
        QVERIFY2(most.ok(), most.ok() ? "" : qPrintable(most.error().message()));
        const QString dir = chartDir({{QStringLiteral("Chart.yaml"), yaml}});
        QVERIFY(ChartDirectoryLoader::load(dir).ok());
    }

    void deepNestingIsNamed()
    {
        // Helm 3.4.2 takes 10,000 levels (4.1.4 stops just below); yaml-cpp stops at 500, so we say so.
        for (const QString &name : {QStringLiteral("Chart.yaml"), QStringLiteral("requirements.yaml")}) {
            QMap<QString, QByteArray> files {{QStringLiteral("Chart.yaml"), name == QLatin1String("Chart.yaml") ? nested(10000) : QByteArray("apiVersion: v1\nname: mychart\nversion: 0.1.0\n")}};
            if (name != QLatin1String("Chart.yaml"))
                files.insert(name, "dependencies: " + QByteArray(10000, '[') + QByteArray(10000, ']') + "\n");
            auto loaded = ChartDirectoryLoader::load(chartDir(files));
            QVERIFY(!loaded.ok());
            const QString message = loaded.error().message();
            QVERIFY2(message.contains(QStringLiteral("mychart/") + name) && message.contains(QStringLiteral("nested more than"))
                         && !message.contains(QStringLiteral("bad file")),
                     qPrintable(message));
        }
        QVERIFY(ChartMetadata::fromChartYaml(nested(400), QStringLiteral("Chart.yaml")).ok());
    }

    void symlinkLoopIsNamed()
    {
        const QString dir = chartDir({{QStringLiteral("Chart.yaml"), header}});
        QVERIFY(QFile::link(QStringLiteral("b"), dir + QStringLiteral("/a")));
        QVERIFY(QFile::link(QStringLiteral("a"), dir + QStringLiteral("/b")));
        auto loaded = ChartDirectoryLoader::load(dir);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message().contains(QStringLiteral("a is a symbolic link loop")), qPrintable(loaded.error().message()));
        QCOMPARE(loaded.error().code(), Error::Code::Unsafe);
    }

    void controlCharactersAreEscaped()
    {
        // Helm 3.4.2 fails on a NUL in the name (it can't make the file name); a tar name can't hold one either.
        auto nul = ChartMetadata::fromChartYaml("apiVersion: v2\nname: \"a\\0b\"\nversion: 0.1.0\n", QStringLiteral("Chart.yaml"));
        QVERIFY(!nul.ok());
        QVERIFY2(nul.error().message().contains(QStringLiteral("a\\u0000b")) && !nul.error().message().contains(QChar(0)),
                 qPrintable(nul.error().message()));
        // Other control characters Helm accepts; where a message shows them, they are escaped.
        auto bell = ChartMetadata::fromChartYaml("apiVersion: v2\nname: \"a\\ab\"\nversion: \"1.0\\e\"\n", QStringLiteral("Chart.yaml"));
        QVERIFY(!bell.ok());
        QVERIFY2(bell.error().message().contains(QStringLiteral("1.0\\u001b")) && !bell.error().message().contains(QChar(0x1b)),
                 qPrintable(bell.error().message()));
        QVERIFY(ChartMetadata::fromChartYaml("apiVersion: v2\nname: \"a\\nb\"\nversion: 0.1.0\n", QStringLiteral("Chart.yaml")).ok());
    }
};

QTEST_GUILESS_MAIN(TestHostileCharts)
#include "test_hostilecharts.moc"
