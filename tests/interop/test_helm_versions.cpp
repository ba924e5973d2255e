// A chart as Helm loads it: for each Chart.yaml `version:` below, Helm 3.4.2's, 3.17.3's and 4.1.4's `helm package`
// and charthouse-cli's `chart save` agree on accepting or refusing it, and on the version kept; for values.yaml
// and subcharts in charts/, Helm 3.4.2's `chart save` and ours agree on accepting or refusing the chart.
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

namespace {

struct Verdict
{
    bool accepted = false;
    QString version; // as kept, when accepted
};

} // namespace

class TestHelmVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_n = 0;

    QString chartWith(const QByteArray &versionLine)
    {
        const QString dir = m_tmp.path() + QStringLiteral("/c%1/ver").arg(++m_n);
        writeTree(dir, {{QStringLiteral("Chart.yaml"), "apiVersion: v2\nname: ver\nversion: " + versionLine + "\n"},
                           {QStringLiteral("values.yaml"), "a: 1\n"}});
        return dir;
    }

    Verdict helm(const QString &version, const QString &chart)
    {
        const QString out = m_tmp.path() + QStringLiteral("/out%1-%2").arg(m_n).arg(version);
        QDir().mkpath(out);
        const QStringList env {QStringLiteral("HOME=") + m_tmp.path(), QStringLiteral("HELM_CACHE_HOME=") + m_tmp.path() + QStringLiteral("/hc"),
            QStringLiteral("HELM_CONFIG_HOME=") + m_tmp.path() + QStringLiteral("/hcfg"), QStringLiteral("HELM_DATA_HOME=") + m_tmp.path() + QStringLiteral("/hd")};
        if (run(helmPath(version), {QStringLiteral("package"), chart, QStringLiteral("-d"), out}, env).exitCode != 0)
            return {};
        const QStringList packages = QDir(out).entryList({QStringLiteral("*.tgz")});
        if (packages.size() != 1)
            return {};
        const ProcessResult shown = run(helmPath(version), {QStringLiteral("show"), QStringLiteral("chart"), out + QLatin1Char('/') + packages.first()}, env);
        static const QRegularExpression line(QStringLiteral("^version: ['\"]?([^'\"\\n]*)['\"]?$"), QRegularExpression::MultilineOption);
        return {true, line.match(QString::fromUtf8(shown.out)).captured(1)};
    }

    Verdict ours(const QString &chart)
    {
        const QString cache = m_tmp.path() + QStringLiteral("/cache");
        const QString ref = QStringLiteral("localhost:5000/v/ver:t%1").arg(m_n);
        if (run(cliPath(), {QStringLiteral("--cache"), cache, QStringLiteral("chart"), QStringLiteral("save"), chart, ref}).exitCode != 0)
            return {};
        const ProcessResult shown = run(cliPath(), {QStringLiteral("--cache"), cache, QStringLiteral("chart"), QStringLiteral("show"), ref,
                                                       QStringLiteral("-o"), QStringLiteral("json")});
        return {true, QJsonDocument::fromJson(shown.out).object().value(QLatin1String("version")).toString()};
    }

private slots:
    void initTestCase()
    {
        if (helmPath(QStringLiteral("4.1.4")).isEmpty() || helmPath(QStringLiteral("3.4.2")).isEmpty())
            QSKIP("real Helm missing: run scripts/fetch-helm.sh");
        QVERIFY(m_tmp.isValid());
    }

    void versionsAsHelmReadsThem_data()
    {
        QTest::addColumn<QByteArray>("line");
        for (const char *line : {"1.2.3", "v1.2.3", "\"1.0\"", "1.0", "\"1\"", "1", "1.10", "01.2.3", "1.2.3-rc.1",
                 "1.2.3-01", "1.2.3.4", "latest", "1.2.3+build.5", "v1", "1.2.3-rc.01", "\"\"", "1.2.x", "1.5e-7", "0x1F"})
            QTest::newRow(line) << QByteArray(line);
    }
    void versionsAsHelmReadsThem()
    {
        QFETCH(QByteArray, line);
        const QString chart = chartWith(line);
        const Verdict helm3 = helm(QStringLiteral("3.4.2"), chart);
        const Verdict helm4 = helm(QStringLiteral("4.1.4"), chart);
        const Verdict mine = ours(chart);
        QCOMPARE(helm4.accepted, helm3.accepted);
        QCOMPARE(mine.accepted, helm4.accepted);
        if (!helmPath(QStringLiteral("3.17.3")).isEmpty())
            QCOMPARE(helm(QStringLiteral("3.17.3"), chart).accepted, mine.accepted);
        if (mine.accepted) {
            QCOMPARE(helm3.version, helm4.version);
            QCOMPARE(mine.version, helm4.version);
        }
    }

    void wholeChartsAsHelmLoadsThem_data()
    {
        // Beyond Chart.yaml: values.yaml and charts/, which Helm 3.4.2's `chart save` loads too.
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QString>("subchartFile");
        QTest::addColumn<QByteArray>("subchartData");
        QTest::newRow("fine") << QByteArray("a: 1\n") << QString() << QByteArray();
        QTest::newRow("empty values") << QByteArray() << QString() << QByteArray();
        QTest::newRow("values not YAML") << QByteArray("a: [1\n") << QString() << QByteArray();
        QTest::newRow("values a list") << QByteArray("- a\n- b\n") << QString() << QByteArray();
        QTest::newRow("values a string") << QByteArray("hello\n") << QString() << QByteArray();
        QTest::newRow("subchart fine") << QByteArray("a: 1\n") << QStringLiteral("charts/db/Chart.yaml")
                                       << QByteArray("apiVersion: v2\nname: db\nversion: 0.1.0\n");
        QTest::newRow("subchart without Chart.yaml") << QByteArray("a: 1\n") << QStringLiteral("charts/db/values.yaml")
                                                     << QByteArray("b: 2\n");
        QTest::newRow("subchart Chart.yaml broken") << QByteArray("a: 1\n") << QStringLiteral("charts/db/Chart.yaml")
                                                    << QByteArray("apiVersion: v2\nname: [db\n");
        QTest::newRow("subchart tgz garbage") << QByteArray("a: 1\n") << QStringLiteral("charts/db-0.1.0.tgz")
                                              << QByteArray("not a tgz");
        QTest::newRow("hidden in charts") << QByteArray("a: 1\n") << QStringLiteral("charts/_notes.txt")
                                          << QByteArray("hello");
    }
    void wholeChartsAsHelmLoadsThem()
    {
        QFETCH(QByteArray, values);
        QFETCH(QString, subchartFile);
        QFETCH(QByteArray, subchartData);
        const QString dir = m_tmp.path() + QStringLiteral("/whole%1/whole").arg(++m_n);
        QMap<QString, QByteArray> files {{QStringLiteral("Chart.yaml"), "apiVersion: v2\nname: whole\nversion: 1.0.0\n"},
            {QStringLiteral("values.yaml"), values}};
        if (!subchartFile.isEmpty())
            files.insert(subchartFile, subchartData);
        QVERIFY(writeTree(dir, files));
        const QStringList helmEnv {QStringLiteral("HELM_EXPERIMENTAL_OCI=1"), QStringLiteral("HOME=") + m_tmp.path(),
            QStringLiteral("HELM_CACHE_HOME=") + m_tmp.path() + QStringLiteral("/hc3"),
            QStringLiteral("HELM_CONFIG_HOME=") + m_tmp.path() + QStringLiteral("/hcfg3")};
        const ProcessResult helm = run(helmPath(QStringLiteral("3.4.2")),
            {QStringLiteral("chart"), QStringLiteral("save"), dir, QStringLiteral("localhost:5000/h/whole:%1").arg(m_n)}, helmEnv);
        const ProcessResult mine = run(cliPath(), {QStringLiteral("--cache"), m_tmp.path() + QStringLiteral("/whole-cache"),
            QStringLiteral("chart"), QStringLiteral("save"), dir, QStringLiteral("localhost:5000/o/whole:%1").arg(m_n)});
        QVERIFY2((mine.exitCode == 0) == (helm.exitCode == 0),
            qPrintable(QStringLiteral("Helm 3.4.2: %1 (%2); charthouse-cli: %3 (%4)")
                    .arg(helm.exitCode).arg(QString::fromUtf8(helm.err).trimmed())
                    .arg(mine.exitCode).arg(QString::fromUtf8(mine.err).trimmed())));
        if (mine.exitCode != 0 && !subchartFile.isEmpty())
            QVERIFY2(mine.err.contains("charts/"), mine.err.constData()); // names the subchart
        if (mine.exitCode != 0 && subchartFile.isEmpty())
            QVERIFY2(mine.err.contains("values.yaml"), mine.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHelmVersions)
#include "test_helm_versions.moc"
