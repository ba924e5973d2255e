// Chart API versions (Chart.yaml's apiVersion): v1 and v2 save as before; v3 — the format Helm's main branch
// is adding — is refused for saving as Helm 4.1.4's `helm package` refuses it, yet a v3 chart in the cache
// lists, shows and exports, and never hides the others. (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/chart/ChartMetadata.h"
#include "core/chart/ChartPackager.h"
#include "core/store/ChartStore.h"
#include "tests/support/ChartApiCharts.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse;
using namespace charthouse::test;

class TestChartApi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString fresh() { return m_tmp.path() + QStringLiteral("/d%1").arg(++m_n); }

    QString writeChart(const QString &name, const ChartFiles &files)
    {
        const QString dir = fresh() + QLatin1Char('/') + name;
        if (!writeTree(dir, asTree(files)))
            qFatal("cannot write %s", qPrintable(dir));
        return dir;
    }

private slots:
    void theChartApiIsAValue_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<int>("api");
        QTest::newRow("v1") << QStringLiteral("v1") << int(ChartApi::V1);
        QTest::newRow("v2") << QStringLiteral("v2") << int(ChartApi::V2);
        QTest::newRow("v3") << QStringLiteral("v3") << int(ChartApi::V3);
        QTest::newRow("none") << QString() << int(ChartApi::V1); // Helm's loaders read a missing one as v1
    }
    void theChartApiIsAValue()
    {
        QFETCH(QString, apiVersion);
        QFETCH(int, api);
        auto parsed = parseChartApi(apiVersion);
        QVERIFY(parsed.ok());
        QCOMPARE(int(*parsed), api);
        if (!apiVersion.isEmpty())
            QCOMPARE(chartApiName(*parsed), apiVersion);
    }

    void anUnknownChartApiIsAnErrorNamingIt()
    {
        for (const QString &unknown : {QStringLiteral("v9"), QStringLiteral("V2"), QStringLiteral("v2 ")}) {
            auto parsed = parseChartApi(unknown);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code(), Error::Code::InvalidInput);
            QVERIFY2(parsed.error().message().contains(QLatin1Char('"') + unknown + QLatin1Char('"')),
                qPrintable(parsed.error().message()));
            // Helm 4.1.4's loader: errors.New("unsupported chart version")
            QVERIFY(parsed.error().message().contains(QStringLiteral("unsupported chart version")));
        }
    }

    void aV3ChartYamlReadsAsHelmReadsIt()
    {
        const ChartFiles files = v3ChartFiles(QStringLiteral("next"), QStringLiteral("0.1.0"));
        auto md = ChartMetadata::fromChartYaml(files.first().data, QStringLiteral("next/Chart.yaml"));
        QVERIFY2(md.ok(), md.ok() ? "" : qPrintable(md.error().message()));
        QCOMPARE(*md->chartApi(), ChartApi::V3);
        QCOMPARE(md->annotations.value(QStringLiteral("category")), QStringLiteral("Testing"));
        QCOMPARE(md->dependencies.size(), 1);
        // The metadata JSON Helm 4's push writes as the config of a v3 chart, byte for byte.
        QCOMPARE(md->toHelmConfigJson(ConfigFlavor::Helm4), v3ChartConfig(QStringLiteral("next"), QStringLiteral("0.1.0")));
    }

    void savingAV3ChartIsRefusedWithHelmsReason()
    {
        const ChartFiles files = v3ChartFiles(QStringLiteral("next"), QStringLiteral("0.1.0"));
        const QString dir = writeChart(QStringLiteral("next"), files);
        const QString tgz = fresh() + QStringLiteral("/next-0.1.0.tgz");
        QVERIFY(writeTree(QFileInfo(tgz).path(),
            {{QFileInfo(tgz).fileName(), *ChartPackager::package(QStringLiteral("next"), files)}}));
        const QString cache = fresh();
        for (const QString &source : {dir, tgz}) {
            auto packaged = ChartStore::package(source, {});
            QVERIFY2(!packaged.ok(), qPrintable(source));
            QCOMPARE(packaged.error().code(), Error::Code::InvalidInput);
            const QString message = packaged.error().message();
            QVERIFY2(message.startsWith(
                         source + QStringLiteral("/Chart.yaml: apiVersion \"v3\" is not supported")),
                qPrintable(message));
            // `helm package` of Helm 4.1.4: "Error: invalid chart apiVersion"
            QVERIFY2(message.contains(QStringLiteral("Helm 4.1.4")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("\"invalid chart apiVersion\"")), qPrintable(message));
            auto saved = ChartStore(cache).save(
                source, *Reference::parse(QStringLiteral("localhost:5000/r/next:0.1.0")), {});
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().message(), message);
        }
        QCOMPARE(listTree(cache), QStringList()); // nothing written
    }

    void savingAnUnknownChartApiIsRefusedNamingIt()
    {
        ChartFiles files = v3ChartFiles(QStringLiteral("odd"), QStringLiteral("1.0.0"));
        files.first().data.replace("apiVersion: v3", "apiVersion: v9");
        auto packaged = ChartStore::package(writeChart(QStringLiteral("odd"), files), {});
        QVERIFY(!packaged.ok());
        QCOMPARE(packaged.error().code(), Error::Code::InvalidInput);
        QVERIFY2(packaged.error().message().contains(QStringLiteral("apiVersion \"v9\"")),
            qPrintable(packaged.error().message()));
        QVERIFY(packaged.error().message().contains(QStringLiteral("unsupported chart version")));
    }

    void aV2ChartMayCarryAV3Subchart()
    {
        // Helm 4.1.4 packages it: its v2 loader reads subcharts whatever their apiVersion.
        const ChartFiles sub = v3ChartFiles(QStringLiteral("sub"), QStringLiteral("0.1.0"));
        QMap<QString, QByteArray> extra;
        for (const ChartFile &file : sub)
            extra.insert(QStringLiteral("charts/sub/") + file.path, file.data);
        extra.insert(QStringLiteral("charts/packed-0.1.0.tgz"),
            *ChartPackager::package(
                QStringLiteral("packed"), v3ChartFiles(QStringLiteral("packed"), QStringLiteral("0.1.0"))));
        const QString parent = makeChart(fresh(), QStringLiteral("parent"), QStringLiteral("1.0.0"), extra);
        auto packaged = ChartStore::package(parent, {});
        QVERIFY2(packaged.ok(), packaged.ok() ? "" : qPrintable(packaged.error().message()));
        QCOMPARE(*packaged->metadata.chartApi(), ChartApi::V2);
    }

    void aV3EntryListsShowsAndExportsBesideV2Ones()
    {
        const QString cacheRoot = fresh();
        ChartStore store(cacheRoot);
        for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("omega")}) {
            const QString dir = makeChart(fresh(), name, QStringLiteral("1.0.0"));
            QVERIFY(store
                        .save(dir,
                            *Reference::parse(
                                QStringLiteral("localhost:5000/r/") + name + QStringLiteral(":1.0.0")),
                            {})
                        .ok());
        }
        const ChartFiles files = v3ChartFiles(QStringLiteral("next"), QStringLiteral("0.1.0"));
        commitToCache(store.cache(), QStringLiteral("localhost:5000/r/next:0.1.0"),
            chartBlobs(QStringLiteral("next"), v3ChartConfig(QStringLiteral("next"), QStringLiteral("0.1.0")),
                files));
        ChartFiles oddFiles = v3ChartFiles(QStringLiteral("odd"), QStringLiteral("2.0.0"));
        oddFiles.first().data.replace("apiVersion: v3", "apiVersion: v9");
        commitToCache(store.cache(), QStringLiteral("localhost:5000/r/odd:2.0.0"),
            chartBlobs(QStringLiteral("odd"),
                v3ChartConfig(QStringLiteral("odd"), QStringLiteral("2.0.0"), QStringLiteral("v9")),
                oddFiles));

        auto listing = store.list();
        QVERIFY(listing.ok());
        QVERIFY(listing->problems.isEmpty());
        QStringList names;
        for (const ChartSummary &chart : listing->charts)
            names << chart.name + QLatin1Char(' ') + chart.version;
        QCOMPARE(names,
            QStringList({QStringLiteral("alpha 1.0.0"), QStringLiteral("next 0.1.0"),
                QStringLiteral("odd 2.0.0"), QStringLiteral("omega 1.0.0")}));

        auto details = store.details(*Reference::parse(QStringLiteral("localhost:5000/r/next:0.1.0")));
        QVERIFY2(details.ok(), details.ok() ? "" : qPrintable(details.error().message()));
        QCOMPARE(*details->metadata.chartApi(), ChartApi::V3);
        QCOMPARE(details->metadata.dependencies.size(), 1);
        auto v2 = store.details(*Reference::parse(QStringLiteral("localhost:5000/r/alpha:1.0.0")));
        QCOMPARE(*v2->metadata.chartApi(), ChartApi::V2);
        auto odd = store.details(*Reference::parse(QStringLiteral("localhost:5000/r/odd:2.0.0")));
        QVERIFY(odd.ok()); // shown, saying its API is unknown
        QVERIFY(!odd->metadata.chartApi().ok());
        QVERIFY(odd->metadata.chartApi().error().message().contains(QStringLiteral("\"v9\"")));

        const QString dest = fresh();
        auto exported
            = store.exportTo(*Reference::parse(QStringLiteral("localhost:5000/r/next:0.1.0")), dest, false);
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message()));
        QCOMPARE(readTree(dest + QStringLiteral("/next")), asTree(files));
        QVERIFY(store.exportTo(*Reference::parse(QStringLiteral("localhost:5000/r/odd:2.0.0")), dest, false)
                    .ok());
        QCOMPARE(readTree(dest + QStringLiteral("/odd")), asTree(oddFiles));
    }

    void aConfigWithoutApiVersionTakesItFromChartYaml()
    {
        // Helm always writes apiVersion into the config; another tool may not. Then the chart's own
        // Chart.yaml says, read leniently (only apiVersion), and without either the chart is v1 as Helm's
        // loader reads it.
        auto md = ChartMetadata::fromConfigJson("{\"name\":\"x\",\"version\":\"1.0.0\"}");
        QVERIFY(md.ok());
        QCOMPARE(*md->chartApi(), ChartApi::V1);
        QCOMPARE(*md->chartApi("apiVersion: v3\nname: x\nversion: [not, a, version]\n"), ChartApi::V3);
        QCOMPARE(*md->chartApi("name: x\n"), ChartApi::V1);
        QVERIFY(!md->chartApi("apiVersion: [v3\n").ok());
        auto withApi
            = ChartMetadata::fromConfigJson("{\"name\":\"x\",\"version\":\"1.0.0\",\"apiVersion\":\"v2\"}");
        QCOMPARE(*withApi->chartApi("apiVersion: v3\n"), ChartApi::V2); // the config is what Helm reads first
    }
};

QTEST_GUILESS_MAIN(TestChartApi)
#include "test_chartapi.moc"
