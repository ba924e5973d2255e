// One cache, two tools: what Helm 3.4.2 saves, charthouse-cli lists, shows and exports; what charthouse-cli saves
// with --legacy, Helm lists and exports; both write the same config blob; skopeo reads our layout.
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

class TestHelm3CacheInterop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_helm;
    QString m_helmHome;

    QString cache() const { return m_helmHome + QStringLiteral("/cache/registry/cache"); }

    QStringList helmEnv() const
    {
        return {QStringLiteral("HELM_EXPERIMENTAL_OCI=1"), QStringLiteral("HELM_CACHE_HOME=") + m_helmHome + QStringLiteral("/cache"),
                QStringLiteral("HELM_CONFIG_HOME=") + m_helmHome + QStringLiteral("/config"),
                QStringLiteral("HELM_DATA_HOME=") + m_helmHome + QStringLiteral("/data")};
    }

    ProcessResult helm(const QStringList &args) { return run(m_helm, args, helmEnv()); }
    // charthouse-cli finds Helm's cache through HELM_CACHE_HOME, as a user's shell would.
    ProcessResult cli(const QStringList &args) { return run(cliPath(), args, helmEnv()); }

    QJsonObject showJson(const QString &ref)
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("show"), ref, QStringLiteral("-o"),
                                     QStringLiteral("json")});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject{};
    }

    QString configDigest(const QString &ref)
    {
        return showJson(ref)[QStringLiteral("manifest")].toObject()[QStringLiteral("config")].toObject()
            [QStringLiteral("digest")].toString();
    }

    QString createChart(const QString &name)
    {
        const QString parent = m_tmp.path() + QStringLiteral("/src");
        QDir().mkpath(parent);
        const ProcessResult r = run(m_helm, {QStringLiteral("create"), parent + QLatin1Char('/') + name}, helmEnv());
        return r.exitCode == 0 ? parent + QLatin1Char('/') + name : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_helm = helmPath(QStringLiteral("3.4.2"));
        if (m_helm.isEmpty())
            QSKIP("Helm 3.4.2 not found: run scripts/fetch-helm.sh");
        QVERIFY(m_tmp.isValid());
        m_helmHome = m_tmp.path() + QStringLiteral("/helm");
    }

    void helmSavedChartsAreReadByCharthouse()
    {
        const QString chart = createChart(QStringLiteral("mychart"));
        QVERIFY(!chart.isEmpty());
        const QString ref = QStringLiteral("localhost:5000/myrepo/mychart:2.7.0");
        const ProcessResult saved = helm({QStringLiteral("chart"), QStringLiteral("save"), chart, ref});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const QString helmDigest = QString::fromUtf8(saved.out).section(QLatin1Char('\n'), 1, 1).mid(9);

        const ProcessResult listed = cli({QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"),
                                          QStringLiteral("json")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row[QStringLiteral("ref")].toString(), ref);
        QCOMPARE(row[QStringLiteral("name")].toString(), QStringLiteral("mychart"));
        QCOMPARE(row[QStringLiteral("version")].toString(), QStringLiteral("0.1.0"));
        QCOMPARE(row[QStringLiteral("digest")].toString(), QStringLiteral("sha256:") + helmDigest);
        QCOMPARE(row[QStringLiteral("mediaType")].toString(), QStringLiteral("application/tar+gzip"));

        // Same table text as Helm's own list, but for the age column which moves with the clock.
        const auto tableRows = [](const QByteArray &out) {
            QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (QString &line : lines)
                line = line.section(QLatin1Char('\t'), 0, 4);
            return lines;
        };
        QCOMPARE(tableRows(cli({QStringLiteral("chart"), QStringLiteral("list")}).out),
                 tableRows(helm({QStringLiteral("chart"), QStringLiteral("list")}).out));
        QCOMPARE(showJson(ref)[QStringLiteral("config")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("mychart"));

        const QString ours = m_tmp.path() + QStringLiteral("/export-ours");
        const QString theirs = m_tmp.path() + QStringLiteral("/export-helm");
        const ProcessResult exported = cli({QStringLiteral("chart"), QStringLiteral("export"), ref,
                                            QStringLiteral("-d"), ours});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(helm({QStringLiteral("chart"), QStringLiteral("export"), ref, QStringLiteral("-d"), theirs}).exitCode
                == 0);
        const auto exportedFiles = readTree(ours + QStringLiteral("/mychart"));
        QVERIFY(exportedFiles.size() >= 10);
        QCOMPARE(exportedFiles, readTree(theirs + QStringLiteral("/mychart")));
    }

    void legacyChartsSavedByCharthouseAreReadByHelm()
    {
        const QString chart = createChart(QStringLiteral("webapp"));
        QVERIFY(!chart.isEmpty());
        const QString helmRef = QStringLiteral("localhost:5000/helm/webapp:1.0.0");
        const QString ourRef = QStringLiteral("localhost:5000/charthouse/webapp:1.0.0");
        QCOMPARE(helm({QStringLiteral("chart"), QStringLiteral("save"), chart, helmRef}).exitCode, 0);
        const ProcessResult saved = cli({QStringLiteral("chart"), QStringLiteral("save"), chart, ourRef,
                                         QStringLiteral("--legacy")});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const QString ourDigest = QString::fromUtf8(saved.out).section(QLatin1Char('\n'), 1, 1).mid(9);

        // The same Chart.yaml gives the same config blob, byte for byte.
        QVERIFY(!configDigest(helmRef).isEmpty());
        QCOMPARE(configDigest(ourRef), configDigest(helmRef));

        const ProcessResult helmList = helm({QStringLiteral("chart"), QStringLiteral("list")});
        QVERIFY2(helmList.exitCode == 0, helmList.err.constData());
        // Helm lists our chart with its name and version.
        const QString listed = QString::fromUtf8(helmList.out);
        QVERIFY2(listed.contains(ourRef + QStringLiteral("\twebapp \t0.1.0  \t")), qPrintable(listed));
        // And with our digest. Helm 3.4.2 prints on every row the digest of whichever entry its map iteration
        // met last (a loop variable's address kept in FetchReference), so with three charts the column showed
        // another chart's digest about one run in four. In a cache holding only our chart the row is right.
        const QString alone = m_tmp.path() + QStringLiteral("/alone");
        const QStringList aloneEnv {QStringLiteral("HELM_EXPERIMENTAL_OCI=1"), QStringLiteral("HELM_CACHE_HOME=") + alone + QStringLiteral("/cache"),
                                    QStringLiteral("HELM_CONFIG_HOME=") + alone + QStringLiteral("/config"),
                                    QStringLiteral("HELM_DATA_HOME=") + alone + QStringLiteral("/data")};
        QCOMPARE(run(cliPath(), {QStringLiteral("chart"), QStringLiteral("save"), chart, ourRef, QStringLiteral("--legacy")}, aloneEnv).exitCode, 0);
        const ProcessResult aloneList = run(m_helm, {QStringLiteral("chart"), QStringLiteral("list")}, aloneEnv);
        QVERIFY2(aloneList.exitCode == 0, aloneList.err.constData());
        const QRegularExpression ourRow(QStringLiteral("^") + QRegularExpression::escape(ourRef)
                                        + QStringLiteral("\\s+webapp\\s+0\\.1\\.0\\s+") + ourDigest.left(7) + QStringLiteral("\\s"),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(QString::fromUtf8(aloneList.out).contains(ourRow),
                 qPrintable(QString::fromUtf8(aloneList.out) + QStringLiteral("\nours: ") + QString::fromUtf8(saved.out)));

        const QString fromOurs = m_tmp.path() + QStringLiteral("/helm-export-ours");
        const QString fromHelms = m_tmp.path() + QStringLiteral("/helm-export-helms");
        const ProcessResult exported = helm({QStringLiteral("chart"), QStringLiteral("export"), ourRef,
                                             QStringLiteral("-d"), fromOurs});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(helm({QStringLiteral("chart"), QStringLiteral("export"), helmRef, QStringLiteral("-d"), fromHelms})
                     .exitCode,
                 0);
        QCOMPARE(readTree(fromOurs + QStringLiteral("/webapp")), readTree(fromHelms + QStringLiteral("/webapp")));

        // And Helm removes what we saved.
        QCOMPARE(QString::fromUtf8(helm({QStringLiteral("chart"), QStringLiteral("remove"), ourRef}).out),
                 QStringLiteral("1.0.0: removed\n"));
    }

    void configDigestMatchesHelmForRicherCharts_data()
    {
        // The user's locale must not reach a digest: de_DE and fr_FR write a decimal comma, tr_TR has a dotless i.
        QTest::addColumn<QString>("locale");
        for (const char *locale : {"C", "de_DE.UTF-8", "fr_FR.UTF-8", "tr_TR.UTF-8"})
            QTest::newRow(locale) << QString::fromLatin1(locale);
    }
    void configDigestMatchesHelmForRicherCharts()
    {
        QFETCH(QString, locale);
        if (locale != QLatin1String("C"))
            QVERIFY2(QProcess::execute(QStringLiteral("sh"),
                         {QStringLiteral("-c"), QStringLiteral("locale -a | grep -qix '%1'").arg(QString(locale).replace(QStringLiteral("UTF-8"), QStringLiteral("utf8")))})
                    == 0,
                qPrintable(QStringLiteral("locale %1 is not installed: run scripts/install-deps.sh --with-tests").arg(locale)));
        const QString dir = m_tmp.path() + QStringLiteral("/rich/rich");
        QVERIFY(writeTree(dir, {{QStringLiteral("Chart.yaml"),
                                 "apiVersion: v2\nname: rich\nversion: 1.2.3-rc.1+build.5\nkubeVersion: \">=1.20.0-0\"\n"
                                 "description: |\n  Multi-line <b>description</b> & more\n  second line\n"
                                 "keywords: [web, \"a&b\"]\nhome: https://example.com/?a=1&b=2\n"
                                 "sources:\n  - https://github.com/example/rich\n"
                                 "maintainers:\n  - name: Ada\n    email: ada@example.com\n  - name: 홍길동\n"
                                 "icon: https://example.com/icon.svg\nappVersion: 1.10\ndeprecated: true\n"
                                 "annotations:\n  z.example/last: \"1\"\n  a.example/first: \"<x>\"\n"
                                 "dependencies:\n  - name: common\n    version: 1.x.x\n    repository: file://../common\n"
                                 "    condition: common.enabled\n    tags: [infra]\n    alias: base\n"
                                 "type: application\n"},
                                {QStringLiteral("values.yaml"), "a: 1\n"}}));
        const QString helmRef = QStringLiteral("localhost:5000/helm/rich:1.2.3");
        const QString ourRef = QStringLiteral("localhost:5000/ours/rich-%1:1.2.3").arg(QString(locale).section(QLatin1Char('.'), 0, 0).toLower());
        const ProcessResult helmSaved = helm({QStringLiteral("chart"), QStringLiteral("save"), dir, helmRef});
        QVERIFY2(helmSaved.exitCode == 0, helmSaved.err.constData());
        // --legacy: Helm 3.4.2 writes the strings as read; a modern save writes Helm 4's sanitized config
        // (tests/interop/test_helm_annotations_interop.cpp compares that one with Helm 4, in these locales too).
        const ProcessResult ourSave = run(cliPath(), {QStringLiteral("chart"), QStringLiteral("save"), QStringLiteral("--legacy"), dir, ourRef},
            helmEnv() + QStringList {QStringLiteral("LC_ALL=") + locale, QStringLiteral("LANG=") + locale});
        QVERIFY2(ourSave.exitCode == 0, ourSave.err.constData());
        QVERIFY(!configDigest(helmRef).isEmpty());
        QCOMPARE(configDigest(ourRef), configDigest(helmRef));
    }

    void saveWithoutATagUsesTheChartsVersion()
    {
        // Helm 3.0–3.6's `chart save DIR REPO` tags the chart with its version; so does ours.
        const QString dir = makeChart(m_tmp.path() + QStringLiteral("/notag"), QStringLiteral("notag"), QStringLiteral("0.3.1"));
        const ProcessResult helmSaved = helm({QStringLiteral("chart"), QStringLiteral("save"), dir, QStringLiteral("localhost:5000/helm/notag")});
        QVERIFY2(helmSaved.exitCode == 0, helmSaved.err.constData());
        QVERIFY2(helmSaved.out.endsWith("0.3.1: saved\n"), helmSaved.out.constData());
        const ProcessResult ourSave = cli({QStringLiteral("chart"), QStringLiteral("save"), QStringLiteral("--legacy"), dir, QStringLiteral("localhost:5000/ours/notag")});
        QVERIFY2(ourSave.exitCode == 0, ourSave.err.constData());
        QVERIFY2(ourSave.out.endsWith("0.3.1: saved\n"), ourSave.out.constData());
        QVERIFY(ourSave.out.contains("ref:     localhost:5000/ours/notag:0.3.1\n"));
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("show"), QStringLiteral("localhost:5000/helm/notag:0.3.1")}).exitCode, 0);
        QCOMPARE(helm({QStringLiteral("chart"), QStringLiteral("export"), QStringLiteral("localhost:5000/ours/notag:0.3.1"),
                      QStringLiteral("-d"), m_tmp.path() + QStringLiteral("/notag-export")}).exitCode, 0);
        // A version with build metadata becomes the tag as it is, '+' included, as Helm 3.4.2 does it.
        const QString plus = makeChart(m_tmp.path() + QStringLiteral("/plus"), QStringLiteral("plus"), QStringLiteral("1.0.0+build.5"));
        const ProcessResult helmPlus = helm({QStringLiteral("chart"), QStringLiteral("save"), plus, QStringLiteral("localhost:5000/helm/plus")});
        QVERIFY2(helmPlus.out.endsWith("1.0.0+build.5: saved\n"), helmPlus.out.constData());
        const ProcessResult ourPlus = cli({QStringLiteral("chart"), QStringLiteral("save"), plus, QStringLiteral("localhost:5000/ours/plus")});
        QVERIFY2(ourPlus.exitCode == 0, ourPlus.err.constData());
        QVERIFY2(ourPlus.out.endsWith("1.0.0+build.5: saved\n"), ourPlus.out.constData());
    }

    void skopeoReadsOurLayout()
    {
        const QString skopeo = QStandardPaths::findExecutable(QStringLiteral("skopeo"));
        if (skopeo.isEmpty())
            QSKIP("skopeo not installed");
        const QString chart = makeChart(m_tmp.path() + QStringLiteral("/sk"), QStringLiteral("skchart"),
                                        QStringLiteral("3.0.0"));
        for (const bool legacy : {false, true}) {
            const QString ref = QStringLiteral("localhost:5000/sk/skchart:%1").arg(legacy ? QStringLiteral("legacy") : QStringLiteral("modern"));
            QStringList args{QStringLiteral("chart"), QStringLiteral("save"), chart, ref};
            if (legacy)
                args << QStringLiteral("--legacy");
            QCOMPARE(cli(args).exitCode, 0);
            const QJsonObject shown = showJson(ref);
            const ProcessResult raw = run(skopeo, {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                                   QStringLiteral("oci:") + cache() + QLatin1Char(':') + ref});
            QVERIFY2(raw.exitCode == 0, raw.err.constData());
            if (legacy) {
                QFile blob(cache() + QStringLiteral("/blobs/sha256/") + shown[QStringLiteral("digest")].toString().mid(7));
                QVERIFY(blob.open(QIODevice::ReadOnly));
                QCOMPARE(raw.out.trimmed(), blob.readAll());
                continue;
            }
            // The modern chart's index entry is its legacy view for Helm 3.0-3.6: skopeo reads that, with the
            // config and chart layer Charthouse shows.
            const QJsonObject view = QJsonDocument::fromJson(raw.out).object();
            const QJsonObject ours = shown[QStringLiteral("manifest")].toObject();
            QCOMPARE(view[QStringLiteral("config")].toObject()[QStringLiteral("digest")], ours[QStringLiteral("config")].toObject()[QStringLiteral("digest")]);
            const QJsonArray layers = view[QStringLiteral("layers")].toArray();
            QCOMPARE(layers.size(), 1);
            QCOMPARE(layers[0].toObject()[QStringLiteral("mediaType")].toString(), QStringLiteral("application/tar+gzip"));
            QCOMPARE(layers[0].toObject()[QStringLiteral("digest")], ours[QStringLiteral("layers")].toArray()[0].toObject()[QStringLiteral("digest")]);
        }
    }
};

QTEST_GUILESS_MAIN(TestHelm3CacheInterop)
#include "test_helm3_cache_interop.moc"
