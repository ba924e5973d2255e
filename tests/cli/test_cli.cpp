// charthouse-cli end to end: the commands, their Helm-shaped output, and "nothing changes on error".
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QFileInfo>
#include <QtTest>

using namespace charthouse::test;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_cache;
    QString m_chart;

    ProcessResult cli(const QStringList &args, const QStringList &env = {})
    {
        return run(cliPath(), QStringList{QStringLiteral("--cache"), m_cache} + args, env);
    }

    static QString out(const ProcessResult &r) { return QString::fromUtf8(r.out); }
    static QString err(const ProcessResult &r) { return QString::fromUtf8(r.err); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_cache = m_tmp.path() + QStringLiteral("/cache-") + QString::number(qrand32());
        m_chart = makeChart(m_tmp.path() + QStringLiteral("/src-") + QString::number(qrand32()),
                            QStringLiteral("mychart"), QStringLiteral("0.1.0"),
                            {{QStringLiteral(".helmignore"), "*.bak\n"},
                             {QStringLiteral("notes.bak"), "ignored\n"},
                             {QStringLiteral("README.md"), "# mychart\n"}});
        QVERIFY(!m_chart.isEmpty());
    }

    static quint32 qrand32() { return QRandomGenerator::global()->generate(); }

    void showAndExportByDigest()
    {
        // REPO@sha256:… names the cached chart of that repository with that manifest digest, whatever its tag.
        const QString ref = QStringLiteral("localhost:5000/myrepo/mychart:0.1.0");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_chart, ref, QStringLiteral("--legacy")}).exitCode, 0);
        const ProcessResult listed = cli({QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
        const QString digest = QJsonDocument::fromJson(listed.out).array().first().toObject().value(QLatin1String("digest")).toString();
        QVERIFY(digest.startsWith(QStringLiteral("sha256:")));
        for (const QString &byDigest : QStringList {QStringLiteral("localhost:5000/myrepo/mychart@") + digest, ref + QLatin1Char('@') + digest}) {
            const ProcessResult shown = cli({QStringLiteral("chart"), QStringLiteral("show"), byDigest});
            QVERIFY2(shown.exitCode == 0, shown.err.constData());
            QVERIFY(out(shown).contains(QStringLiteral("name:    mychart")));
        }
        const QString dest = m_tmp.path() + QStringLiteral("/by-digest-") + QString::number(qrand32());
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("export"), QStringLiteral("localhost:5000/myrepo/mychart@") + digest,
                     QStringLiteral("-d"), dest}).exitCode, 0);
        QVERIFY(QFileInfo::exists(dest + QStringLiteral("/mychart/Chart.yaml")));
        // Another repository, or another tag, with that digest is not that chart.
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("show"), QStringLiteral("localhost:5000/other/mychart@") + digest}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("show"), QStringLiteral("localhost:5000/myrepo/mychart:9.9.9@") + digest}).exitCode, 1);
    }

    void anEntryAnotherToolWroteHidesNothing()
    {
        // skopeo copies a chart to a short name (y:copied) that is no Helm reference: the listing shows every
        // other chart and names that entry; only --strict makes it an error.
        if (QStandardPaths::findExecutable(QStringLiteral("skopeo")).isEmpty())
            QSKIP("skopeo is not installed");
        const QString ref = QStringLiteral("localhost:5000/myrepo/mychart:0.1.0");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_chart, ref}).exitCode, 0);
        const ProcessResult copied = run(QStringLiteral("skopeo"), {QStringLiteral("copy"), QStringLiteral("-q"),
            QStringLiteral("oci:%1:%2").arg(m_cache, ref), QStringLiteral("oci:%1:y:copied").arg(m_cache)});
        QVERIFY2(copied.exitCode == 0, copied.err.constData());

        const ProcessResult listed = cli({QStringLiteral("chart"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(out(listed).contains(ref), listed.out.constData());
        QVERIFY2(err(listed).startsWith(QStringLiteral("Warning: ")) && err(listed).contains(QStringLiteral("\"y:copied\"")),
            listed.err.constData());
        const ProcessResult json = cli({QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 1);

        const ProcessResult strict = cli({QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("--strict")});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(out(strict).contains(ref));
        QVERIFY2(err(strict).startsWith(QStringLiteral("Error: ")) && err(strict).contains(QStringLiteral("\"y:copied\"")),
            strict.err.constData());
    }

    void saveListShowExportRemove()
    {
        const QString ref = QStringLiteral("localhost:5000/myrepo/mychart:2.7.0");
        const ProcessResult saved = cli({QStringLiteral("chart"), QStringLiteral("save"), m_chart, ref});
        QCOMPARE(err(saved), QString());
        QCOMPARE(saved.exitCode, 0);
        static const QRegularExpression summary(QStringLiteral(
            "^ref:     localhost:5000/myrepo/mychart:2\\.7\\.0\\ndigest:  [0-9a-f]{64}\\nsize:    [0-9.]+ (B|KiB)\\n"
            "name:    mychart\\nversion: 0\\.1\\.0\\n2\\.7\\.0: saved\\n$"));
        QVERIFY2(summary.match(out(saved)).hasMatch(), qPrintable(out(saved)));
        const QString digest = out(saved).section(QLatin1Char('\n'), 1, 1).mid(9);

        const ProcessResult table = cli({QStringLiteral("chart"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = out(table).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // As Helm 3.4.2 prints it: every cell padded to its column's width (SIZE and CREATED follow their text).
        const QString sizeText = lines[1].section(QLatin1Char('\t'), 4, 4);
        QCOMPARE(lines[0].section(QLatin1Char('\t'), 0, 4),
                 QStringLiteral("REF                                \tNAME   \tVERSION\tDIGEST \t")
                     + QStringLiteral("SIZE").leftJustified(sizeText.size()));
        QVERIFY2(lines[1].startsWith(ref + QStringLiteral("\tmychart\t0.1.0  \t") + digest.left(7) + QLatin1Char('\t')),
                 qPrintable(lines[1]));

        const ProcessResult json = cli({QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"),
                                        QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject row = array.first().toObject();
        QStringList keys = row.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("created"), QStringLiteral("digest"), QStringLiteral("mediaType"),
                                    QStringLiteral("name"), QStringLiteral("ref"), QStringLiteral("size"),
                                    QStringLiteral("version")}));
        QCOMPARE(row[QStringLiteral("ref")].toString(), ref);
        QCOMPARE(row[QStringLiteral("digest")].toString(), QStringLiteral("sha256:") + digest);
        QCOMPARE(row[QStringLiteral("mediaType")].toString(),
                 QStringLiteral("application/vnd.cncf.helm.chart.content.v1.tar+gzip"));
        QVERIFY(row[QStringLiteral("size")].toInteger() > 0);
        QVERIFY(QDateTime::fromString(row[QStringLiteral("created")].toString(), Qt::ISODate).isValid());
        QVERIFY(row[QStringLiteral("created")].toString().endsWith(QLatin1Char('Z')));

        const ProcessResult shown = cli({QStringLiteral("chart"), QStringLiteral("show"), ref, QStringLiteral("--output"),
                                         QStringLiteral("json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject details = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(details[QStringLiteral("manifest")].toObject()[QStringLiteral("schemaVersion")].toInt(), 2);
        QCOMPARE(details[QStringLiteral("config")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("mychart"));
        QCOMPARE(details[QStringLiteral("layers")].toArray().size(), 1);
        const ProcessResult shownText = cli({QStringLiteral("chart"), QStringLiteral("show"), ref});
        QCOMPARE(shownText.exitCode, 0);
        QVERIFY(out(shownText).contains(QStringLiteral("layers:\n  - sha256:")));

        const QString dest = m_tmp.path() + QStringLiteral("/export");
        const ProcessResult exported = cli({QStringLiteral("chart"), QStringLiteral("export"), ref,
                                            QStringLiteral("-d"), dest});
        QCOMPARE(err(exported), QString());
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(out(exported).endsWith(QStringLiteral("Exported chart to ") + dest + QStringLiteral("/mychart/\n")));
        auto expected = readTree(m_chart);
        expected.remove(QStringLiteral("notes.bak"));  // .helmignore'd
        QCOMPARE(readTree(dest + QStringLiteral("/mychart")), expected);

        // An existing target is kept unless --force.
        const ProcessResult again = cli({QStringLiteral("chart"), QStringLiteral("export"), ref,
                                         QStringLiteral("-d"), dest});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(err(again).startsWith(QStringLiteral("Error: ")) && err(again).contains(QStringLiteral("--force")),
                 qPrintable(err(again)));
        QCOMPARE(readTree(dest + QStringLiteral("/mychart")), expected);
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("export"), ref, QStringLiteral("-d"), dest,
                      QStringLiteral("--force")})
                     .exitCode,
                 0);

        const ProcessResult removed = cli({QStringLiteral("chart"), QStringLiteral("remove"), ref});
        QCOMPARE(out(removed), QStringLiteral("2.7.0: removed\n"));
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(QDir(m_cache + QStringLiteral("/blobs/sha256")).entryList(QDir::Files), QStringList());
        const ProcessResult empty = cli({QStringLiteral("chart"), QStringLiteral("list")});
        QCOMPARE(out(empty).count(QLatin1Char('\n')), 1);

        const ProcessResult missing = cli({QStringLiteral("chart"), QStringLiteral("remove"), ref});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(err(missing), QStringLiteral("Error: chart not found: ") + ref + QLatin1Char('\n'));
    }

    void legacyAndReproducible()
    {
        const QString ref = QStringLiteral("localhost:5000/myrepo/mychart:1");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_chart, ref, QStringLiteral("--legacy")}).exitCode,
                 0);
        auto layerOf = [this](const QString &r) {
            const ProcessResult shown = cli({QStringLiteral("chart"), QStringLiteral("show"), r, QStringLiteral("-o"),
                                             QStringLiteral("json")});
            return QJsonDocument::fromJson(shown.out).object()[QStringLiteral("layers")].toArray().first().toObject();
        };
        const QJsonObject legacy = layerOf(ref);
        QCOMPARE(legacy[QStringLiteral("mediaType")].toString(), QStringLiteral("application/tar+gzip"));
        QTest::qWait(1100);  // a different clock second must not change the package
        const QString ref2 = QStringLiteral("localhost:5000/myrepo/mychart:2");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_chart, ref2}).exitCode, 0);
        QCOMPARE(layerOf(ref2)[QStringLiteral("digest")], legacy[QStringLiteral("digest")]);
    }

    void errorsChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        // (Without a tag the chart's version is the tag, as in Helm 3.0–3.6: see the Helm 3.4.2 interop test.)
        QTest::newRow("digest, no tag") << QStringList{QStringLiteral("chart"), QStringLiteral("save"), QStringLiteral("@CHART@"),
                                               QStringLiteral("localhost:5000/myrepo/mychart@sha256:") + QString(64, QLatin1Char('a'))}
                                << 1 << QStringLiteral("saving needs a tag, not a digest");
        QTest::newRow("no host") << QStringList{QStringLiteral("chart"), QStringLiteral("save"), QStringLiteral("@CHART@"),
                                                QStringLiteral("mychart:1.0.0")}
                                 << 1 << QStringLiteral("invalid reference");
        QTest::newRow("missing dir") << QStringList{QStringLiteral("chart"), QStringLiteral("save"),
                                                    QStringLiteral("/nonexistent/chart"),
                                                    QStringLiteral("localhost:5000/a/b:1")}
                                     << 1 << QStringLiteral("/nonexistent/chart");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("chart"), QStringLiteral("list"),
                                                     QStringLiteral("--legacy")}
                                      << 2 << QStringLiteral("unknown flag --legacy");
        QTest::newRow("bad output") << QStringList{QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"),
                                                   QStringLiteral("yaml")}
                                    << 2 << QStringLiteral("unknown output format");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("charts"), QStringLiteral("list")} << 2
                                         << QStringLiteral("unknown command");
        QTest::newRow("export missing") << QStringList{QStringLiteral("chart"), QStringLiteral("export"),
                                                       QStringLiteral("localhost:5000/a/b:1")}
                                        << 1 << QStringLiteral("chart not found");
    }

    void errorsChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("@CHART@"), m_chart);
        // A cache with one chart in it, which must stay exactly as it is.
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_chart,
                      QStringLiteral("localhost:5000/keep/mychart:1.0.0")})
                     .exitCode,
                 0);
        const auto before = readTree(m_cache);
        const ProcessResult r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(err(r).startsWith(QStringLiteral("Error: ")) && err(r).contains(message), qPrintable(err(r)));
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(readTree(m_cache), before);
    }

    void cacheLocationFollowsHelm()
    {
        const QString home = m_tmp.path() + QStringLiteral("/home");
        const QString ref = QStringLiteral("localhost:5000/myrepo/mychart:2.7.0");
        auto saveWith = [&](const QStringList &env) {
            return run(cliPath(), {QStringLiteral("chart"), QStringLiteral("save"), m_chart, ref},
                       QStringList{QStringLiteral("HOME=") + home, QStringLiteral("HELM_CACHE_HOME="),
                                   QStringLiteral("XDG_CACHE_HOME=")}
                           + env)
                .exitCode;
        };
        QCOMPARE(saveWith({QStringLiteral("HELM_CACHE_HOME=") + home + QStringLiteral("/helm")}), 0);
        QVERIFY(QFile::exists(home + QStringLiteral("/helm/registry/cache/index.json")));
        QCOMPARE(saveWith({QStringLiteral("XDG_CACHE_HOME=") + home + QStringLiteral("/xdg")}), 0);
        QVERIFY(QFile::exists(home + QStringLiteral("/xdg/helm/registry/cache/index.json")));
        QCOMPARE(saveWith({}), 0);
        QVERIFY(QFile::exists(home + QStringLiteral("/.cache/helm/registry/cache/oci-layout")));
    }

    void versionAndHelp()
    {
        const ProcessResult version = run(cliPath(), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(out(version).startsWith(QStringLiteral("charthouse-cli 0.")));
        // The build date, and each library with its version and licence.
        QVERIFY(QRegularExpression(QStringLiteral("\nBuilt \\d{4}-\\d{2}-\\d{2}")).match(out(version)).hasMatch());
        for (const char *line : {"Charthouse  0.", "Qt          6.", "libarchive  3.", "(Apache-2.0)", "(LGPL-3.0-only)", "(Zlib)", "(MIT)", "(BSD-3-Clause)"})
            QVERIFY2(out(version).contains(QLatin1String(line)), line);
        const ProcessResult help = run(cliPath(), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(out(help).contains(QStringLiteral("chart save DIR|FILE.tgz REF")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
