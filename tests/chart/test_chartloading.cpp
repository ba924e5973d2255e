// Chart.yaml metadata (and Helm's config bytes), SemVer, .helmignore and loading chart directories safely.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "core/chart/ChartDirectoryLoader.h"
#include "core/chart/ChartMetadata.h"
#include "core/chart/HelmIgnore.h"
#include "core/chart/SemVer.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <clocale>

#include <sys/stat.h>

using namespace charthouse;
using namespace charthouse::test;

class TestChartLoading : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString fresh() { return m_tmp.path() + QStringLiteral("/d%1").arg(++m_n); }

private slots:
    void semverIsStrict_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const char *ok : {"0.1.0", "1.2.3", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7",
                 "1.0.0-x.7.z.92", "1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85", "1.2.3-rc.1+build.5"})
            QTest::newRow(ok) << QString::fromLatin1(ok) << true;
        for (const char *bad : {"1.0", "1", "v1.2.3", "01.2.3", "1.02.3", "1.2.03", "1.2.3-", "1.2.3-01", "1.2.3+",
                 "1.2.3.4", "", " 1.2.3", "1.2.3-a..b"})
            QTest::newRow(bad[0] ? bad : "(empty)") << QString::fromLatin1(bad) << false;
    }
    void semverIsStrict()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(SemVer::parse(text).has_value(), valid);
    }

    void semverPrecedence()
    {
        const QStringList chain {QStringLiteral("1.0.0-alpha"), QStringLiteral("1.0.0-alpha.1"),
            QStringLiteral("1.0.0-alpha.beta"), QStringLiteral("1.0.0-beta"), QStringLiteral("1.0.0-beta.2"),
            QStringLiteral("1.0.0-beta.11"), QStringLiteral("1.0.0-rc.1"), QStringLiteral("1.0.0"),
            QStringLiteral("1.0.1"), QStringLiteral("1.1.0"), QStringLiteral("2.0.0"), QStringLiteral("10.0.0")};
        for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
            QVERIFY2(SemVer::parse(chain[i])->compare(*SemVer::parse(chain[i + 1])) < 0, qPrintable(chain[i]));
            QVERIFY(SemVer::parse(chain[i + 1])->compare(*SemVer::parse(chain[i])) > 0);
        }
        QCOMPARE(SemVer::parse(QStringLiteral("1.0.0+a"))->compare(*SemVer::parse(QStringLiteral("1.0.0+b"))), 0);
    }

    void helmCreateConfigBytes()
    {
        // `helm create mychart` + Helm 3.4.2 `helm chart save` gives exactly this config blob.
        const QByteArray yaml = "apiVersion: v2\nname: mychart\ndescription: A Helm chart for Kubernetes\n\n"
                                "# A chart can be either an 'application' or a 'library' chart.\ntype: application\n\n"
                                "version: 0.1.0\n\nappVersion: \"1.16.0\"\n";
        auto md = ChartMetadata::fromChartYaml(yaml, QStringLiteral("Chart.yaml"));
        QVERIFY(md.ok());
        QCOMPARE(md->toHelmConfigJson(ConfigFlavor::Helm3Legacy),
                 QByteArray("{\"name\":\"mychart\",\"version\":\"0.1.0\",\"description\":\"A Helm chart for Kubernetes\","
                            "\"apiVersion\":\"v2\",\"appVersion\":\"1.16.0\",\"type\":\"application\"}"));
    }

    void configJsonFieldOrderAndEscaping()
    {
        const QByteArray yaml = "type: library\nname: x\nversion: 1.0.0\napiVersion: v2\nhome: \"a<b>&c\"\n"
                                "annotations:\n  zz: \"1\"\n  aa: two\nkeywords: [k1, 2]\n"
                                "dependencies:\n  - name: dep\n    enabled: true\n    import-values:\n      - child: a\n        parent: b\n      - plain\n"
                                "deprecated: true\nunknownKey: ignored\n";
        auto md = ChartMetadata::fromChartYaml(yaml, QStringLiteral("Chart.yaml"));
        QVERIFY2(md.ok(), md.ok() ? "" : qPrintable(md.error().message()));
        QCOMPARE(md->toHelmConfigJson(ConfigFlavor::Helm3Legacy),
                 QByteArray("{\"name\":\"x\",\"home\":\"a\\u003cb\\u003e\\u0026c\",\"version\":\"1.0.0\",\"keywords\":[\"k1\",\"2\"],"
                            "\"apiVersion\":\"v2\",\"deprecated\":true,\"annotations\":{\"aa\":\"two\",\"zz\":\"1\"},"
                            "\"dependencies\":[{\"name\":\"dep\",\"repository\":\"\",\"enabled\":true,"
                            "\"import-values\":[{\"child\":\"a\",\"parent\":\"b\"},\"plain\"]}],\"type\":\"library\"}"));
        auto back = ChartMetadata::fromConfigJson(md->toHelmConfigJson(ConfigFlavor::Helm3Legacy));
        QVERIFY(back.ok());
        QCOMPARE(back->toHelmConfigJson(ConfigFlavor::Helm3Legacy), md->toHelmConfigJson(ConfigFlavor::Helm3Legacy));
        QVERIFY(!ChartMetadata::fromConfigJson("{\"version\":\"1.0.0\"}").ok());
        QVERIFY(!ChartMetadata::fromConfigJson("[").ok());
    }

    void yamlScalarsReadTheGoWay_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        const std::pair<const char *, const char *> rows[] = {{"1.10", "1.1"}, {"2.0", "2"}, {"010", "8"},
            {"0x1F", "31"}, {"1_000", "1000"}, {"yes", "true"}, {"Off", "false"}, {"1e6", "1e+06"},
            {"123456", "123456"}, {"0.0001", "0.0001"}, {"0.00001", "1e-05"}, {"1.0.0", "1.0.0"}, {"abc", "abc"},
            {"3.14159265", "3.1415927"}, {"-1.5", "-1.5"}, {"1234567.0", "1.234567e+06"}, {".inf", "+Inf"}};
        for (const auto &[in, out] : rows)
            QTest::newRow(in) << QString::fromLatin1(in) << QString::fromLatin1(out);
    }
    void yamlScalarsReadTheGoWay()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(goYamlPlainScalarAsString(in), out);
    }

    void yamlScalarsReadTheGoWayInEveryLocale_data() { yamlScalarsReadTheGoWay_data(); }
    void yamlScalarsReadTheGoWayInEveryLocale()
    {
        // Qt sets the C library's locale from the user's environment; a decimal comma must not reach a digest.
        QFETCH(QString, in);
        QFETCH(QString, out);
        for (const char *locale : {"de_DE.UTF-8", "fr_FR.UTF-8", "tr_TR.UTF-8"}) {
            QVERIFY2(std::setlocale(LC_ALL, locale),
                qPrintable(QStringLiteral("locale %1 is not installed: run scripts/install-deps.sh --with-tests")
                        .arg(QLatin1String(locale))));
            const QString read = goYamlPlainScalarAsString(in);
            std::setlocale(LC_ALL, "C");
            QCOMPARE(read, out);
        }
    }

    void quotedScalarsStayAsWritten()
    {
        auto md = ChartMetadata::fromChartYaml("apiVersion: v2\nname: a\nversion: 1.0.0\nappVersion: \"1.10\"\n", QStringLiteral("C"));
        QCOMPARE(md->appVersion, QStringLiteral("1.10"));
        auto noApi = ChartMetadata::fromChartYaml("name: a\nversion: 1.0.0\n", QStringLiteral("C"));
        QCOMPARE(noApi->apiVersion, QStringLiteral("v1")); // as Helm's loader fills it in
    }

    void invalidChartYaml_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QByteArray("apiVersion: v2\nversion: 1.0.0\n") << QStringLiteral("name is required");
        QTest::newRow("no version") << QByteArray("apiVersion: v2\nname: a\n") << QStringLiteral("version is required");
        QTest::newRow("name with slash") << QByteArray("apiVersion: v2\nname: a/b\nversion: 1.0.0\n") << QStringLiteral("name \"a/b\" is not allowed");
        QTest::newRow("name dotdot") << QByteArray("apiVersion: v2\nname: ..\nversion: 1.0.0\n") << QStringLiteral("name \"..\" is not allowed");
        QTest::newRow("name dot") << QByteArray("apiVersion: v2\nname: .\nversion: 1.0.0\n") << QStringLiteral("name \".\" is not allowed");
        // ("1.0", "1" and "v1.2.3" are versions to Helm: see tests/interop/test_helm_versions.)
        QTest::newRow("four numbers") << QByteArray("apiVersion: v2\nname: a\nversion: \"1.2.3.4\"\n") << QStringLiteral("version \"1.2.3.4\" is not a valid SemVer 2");
        // (Unquoted 1.0 reads as 1, which Helm takes as a version; 1.5e-7 reads as 1.5e-07, which it does not.)
        QTest::newRow("unquoted 1.5e-7") << QByteArray("apiVersion: v2\nname: a\nversion: 1.5e-7\n") << QStringLiteral("YAML reads it as the number 1.5e-07");
        // (apiVersion v3 reads as Helm 4.1.4 reads it; saving one is refused: see test_chartapi.)
        QTest::newRow("apiVersion v9") << QByteArray("apiVersion: v9\nname: a\nversion: 1.0.0\n") << QStringLiteral("apiVersion \"v9\" is not supported");
        QTest::newRow("bad type") << QByteArray("apiVersion: v2\nname: a\nversion: 1.0.0\ntype: other\n") << QStringLiteral("type \"other\"");
        QTest::newRow("bad yaml") << QByteArray("apiVersion: v2\nname: [a\nversion: 1.0.0\n") << QStringLiteral("not valid YAML");
        QTest::newRow("not a map") << QByteArray("- a\n- b\n") << QStringLiteral("must be a YAML mapping");
        QTest::newRow("maintainer null") << QByteArray("apiVersion: v2\nname: a\nversion: 1.0.0\nmaintainers:\n  -\n") << QStringLiteral("maintainers must not contain empty");
        QTest::newRow("name is a list") << QByteArray("apiVersion: v2\nname: [a]\nversion: 1.0.0\n") << QStringLiteral("line 2");
        QTest::newRow("duplicate alias") << QByteArray("apiVersion: v2\nname: a\nversion: 1.0.0\ndependencies:\n  - name: x\n  - name: y\n    alias: x\n")
                                         << QStringLiteral("more than one dependency with name or alias \"x\"");
    }
    void invalidChartYaml()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        auto md = ChartMetadata::fromChartYaml(yaml, QStringLiteral("mychart/Chart.yaml"));
        QVERIFY(!md.ok());
        QCOMPARE(md.error().code(), Error::Code::InvalidInput);
        QVERIFY2(md.error().message().startsWith(QStringLiteral("mychart/Chart.yaml")) && md.error().message().contains(message),
                 qPrintable(md.error().message()));
    }

    void requirementsYamlGivesDependencies()
    {
        auto md = ChartMetadata::fromChartYaml("apiVersion: v1\nname: a\nversion: 1.0.0\n", QStringLiteral("C"));
        QVERIFY(md->applyRequirementsYaml("dependencies:\n  - name: db\n    version: 1.x\n    repository: https://r\n", QStringLiteral("R")).ok());
        QCOMPARE(md->dependencies.size(), 1);
        QCOMPARE(md->dependencies[0].repository, QStringLiteral("https://r"));
    }

    void goMatch_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star") << QStringLiteral("*.txt") << QStringLiteral("a.txt") << true;
        QTest::newRow("star no slash") << QStringLiteral("*.txt") << QStringLiteral("a/b.txt") << false;
        QTest::newRow("question") << QStringLiteral("?.md") << QStringLiteral("a.md") << true;
        QTest::newRow("question no slash") << QStringLiteral("a?b") << QStringLiteral("a/b") << false;
        QTest::newRow("class") << QStringLiteral("[a-c]x") << QStringLiteral("bx") << true;
        QTest::newRow("class miss") << QStringLiteral("[a-c]x") << QStringLiteral("dx") << false;
        QTest::newRow("negated class") << QStringLiteral("[^a]x") << QStringLiteral("bx") << true;
        QTest::newRow("escape") << QStringLiteral("\\*x") << QStringLiteral("*x") << true;
        QTest::newRow("escape literal") << QStringLiteral("\\*x") << QStringLiteral("ax") << false;
        QTest::newRow("path") << QStringLiteral("templates/*.yaml") << QStringLiteral("templates/a.yaml") << true;
        QTest::newRow("bad pattern") << QStringLiteral("[a") << QStringLiteral("a") << false;
        QTest::newRow("star backtracks") << QStringLiteral("*a*b") << QStringLiteral("xaxab") << true;
        QTest::newRow("stars around slash") << QStringLiteral("*/*.md") << QStringLiteral("a/b.md") << true;
        QTest::newRow("star stops at slash") << QStringLiteral("*b") << QStringLiteral("a/b") << false;
    }
    void goMatch()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QCOMPARE(goPathMatch(pattern, name), matches);
    }

    void goMatchManyStarsIsFast()
    {
        // Found by fuzzing .helmignore (tests/fuzz/regressions/helmignore/many-stars.helmignore): every '*' used
        // to try every split, so this pattern against a long name did not finish.
        QElapsedTimer timer;
        timer.start();
        const QString as(60, QLatin1Char('a'));
        QVERIFY(!goPathMatch(u"*a*a*a*a*a*a*a*a*a*a*a*a*b", as));
        QVERIFY(goPathMatch(u"*a*a*a*a*a*a*a*a*a*a*a*a*", as));
        auto rules = HelmIgnore::parse("*a*a*a*a*a*a*a*a*a*a*a*a*b\n", QStringLiteral(".helmignore"));
        QVERIFY(rules.ok());
        QVERIFY(!rules->ignored(as, false));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void helmIgnoreRules()
    {
        auto rules = HelmIgnore::parse("# comment\n\n*.tmp\n/root-only.txt\ndocs/\nsub/*.md\n", QStringLiteral(".helmignore"));
        QVERIFY(rules.ok());
        QVERIFY(rules->ignored(QStringLiteral("a.tmp"), false));
        QVERIFY(rules->ignored(QStringLiteral("deep/b.tmp"), false)); // base-name rule anywhere
        QVERIFY(rules->ignored(QStringLiteral("root-only.txt"), false));
        QVERIFY(!rules->ignored(QStringLiteral("x/root-only.txt"), false));
        QVERIFY(rules->ignored(QStringLiteral("docs"), true));
        QVERIFY(!rules->ignored(QStringLiteral("docs"), false)); // dir-only rule
        QVERIFY(rules->ignored(QStringLiteral("sub/a.md"), false));
        QVERIFY(!rules->ignored(QStringLiteral("other/sub/a.md"), false));
        QVERIFY(rules->ignored(QStringLiteral("templates/.hidden"), false)); // Helm's default rule
        QVERIFY(!rules->ignored(QStringLiteral("templates/a.yaml"), false));
        QVERIFY(!rules->ignored(QStringLiteral("Chart.yaml"), false));

        auto star = HelmIgnore::parse("a\n**/x\n", QStringLiteral("chart/.helmignore"));
        QVERIFY(!star.ok());
        QCOMPARE(star.error().message(), QStringLiteral("chart/.helmignore line 2: double-star (**) syntax is not supported"));
    }

    void helmIgnoreNegationQuirk()
    {
        // In Helm a '!' rule ignores every path it does NOT match (unlike .gitignore).
        auto rules = HelmIgnore::parse("!keep.txt\n", QStringLiteral(".helmignore"));
        QVERIFY(!rules->ignored(QStringLiteral("keep.txt"), false));
        QVERIFY(rules->ignored(QStringLiteral("values.yaml"), false));
    }

    void loadsADirectoryLikeHelm()
    {
        const QString dir = makeChart(fresh(), QStringLiteral("mychart"), QStringLiteral("1.0.0"),
                                      {{QStringLiteral(".helmignore"), "*.bak\nskipped/\n"},
                                       {QStringLiteral("a.bak"), "x"},
                                       {QStringLiteral("skipped/inner.yaml"), "x"},
                                       {QStringLiteral("templates/.hidden"), "x"},
                                       {QStringLiteral("templates/z.yaml"), "z"},
                                       {QStringLiteral("README.md"), "r"}});
        auto loaded = ChartDirectoryLoader::load(dir + QLatin1Char('/'));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message()));
        QStringList paths;
        for (const ChartFile &f : loaded->files)
            paths << f.path;
        QCOMPARE(paths.first(), QStringLiteral("Chart.yaml"));
        QVERIFY(paths.contains(QStringLiteral(".helmignore"))); // Helm packages it too
        QVERIFY(paths.contains(QStringLiteral("templates/z.yaml")));
        QVERIFY(paths.contains(QStringLiteral("README.md")));
        for (const char *gone : {"a.bak", "skipped/inner.yaml", "templates/.hidden"})
            QVERIFY2(!paths.contains(QString::fromLatin1(gone)), gone);
        QCOMPARE(loaded->metadata.name, QStringLiteral("mychart"));
    }

    void linksInsideAreFollowed()
    {
        const QString dir = makeChart(fresh(), QStringLiteral("c"), QStringLiteral("1.0.0"), {{QStringLiteral("real/values.yaml"), "v"}});
        QVERIFY(QFile::link(dir + QStringLiteral("/real/values.yaml"), dir + QStringLiteral("/linked.yaml")));
        QVERIFY(QFile::link(dir + QStringLiteral("/real"), dir + QStringLiteral("/linkdir")));
        auto loaded = ChartDirectoryLoader::load(dir);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message()));
        QByteArray linked, inDir;
        for (const ChartFile &f : loaded->files) {
            if (f.path == QLatin1String("linked.yaml"))
                linked = f.data;
            if (f.path == QLatin1String("linkdir/values.yaml"))
                inDir = f.data;
        }
        QCOMPARE(linked, QByteArray("v"));
        QCOMPARE(inDir, QByteArray("v"));
    }

    void unsafeDirectories_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("link to file outside") << QStringLiteral("outside-file") << int(Error::Code::Unsafe) << QStringLiteral("leak.txt is a symbolic link to");
        QTest::newRow("link to dir outside") << QStringLiteral("outside-dir") << int(Error::Code::Unsafe) << QStringLiteral("outside the chart");
        QTest::newRow("dangling link") << QStringLiteral("dangling") << int(Error::Code::Unsafe) << QStringLiteral("does not exist");
        QTest::newRow("symlink loop") << QStringLiteral("loop") << int(Error::Code::Unsafe) << QStringLiteral("loop");
        QTest::newRow("fifo") << QStringLiteral("fifo") << int(Error::Code::Unsafe) << QStringLiteral("pipe is a named pipe (FIFO)");
        QTest::newRow("file over limit") << QStringLiteral("big") << int(Error::Code::TooLarge) << QStringLiteral("over the limit of 100 bytes per file");
        QTest::newRow("chart over limit") << QStringLiteral("total") << int(Error::Code::TooLarge) << QStringLiteral("over the limit of 250 bytes in all");
        QTest::newRow("no Chart.yaml") << QStringLiteral("nochart") << int(Error::Code::InvalidInput) << QStringLiteral("no Chart.yaml in");
        QTest::newRow("not a directory") << QStringLiteral("file") << int(Error::Code::InvalidInput) << QStringLiteral("is not a directory");
    }
    void unsafeDirectories()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString base = fresh();
        QVERIFY(writeTree(base + QStringLiteral("/outside"), {{QStringLiteral("secret.txt"), "secret"}}));
        QString dir = makeChart(base, QStringLiteral("c"), QStringLiteral("1.0.0"));
        qint64 fileLimit = 5 * 1024 * 1024, totalLimit = 100 * 1024 * 1024;
        if (kind == QLatin1String("outside-file"))
            QVERIFY(QFile::link(base + QStringLiteral("/outside/secret.txt"), dir + QStringLiteral("/leak.txt")));
        else if (kind == QLatin1String("outside-dir"))
            QVERIFY(QFile::link(base + QStringLiteral("/outside"), dir + QStringLiteral("/templates/out")));
        else if (kind == QLatin1String("dangling"))
            QVERIFY(QFile::link(base + QStringLiteral("/nothing"), dir + QStringLiteral("/gone.yaml")));
        else if (kind == QLatin1String("loop"))
            QVERIFY(QFile::link(dir, dir + QStringLiteral("/templates/again")));
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(dir + QStringLiteral("/pipe")).constData(), 0644), 0);
        else if (kind == QLatin1String("big")) {
            QVERIFY(writeTree(dir, {{QStringLiteral("big.txt"), QByteArray(101, 'b')}}));
            fileLimit = 100;
        } else if (kind == QLatin1String("total")) {
            QVERIFY(writeTree(dir, {{QStringLiteral("a.txt"), QByteArray(90, 'a')}, {QStringLiteral("b.txt"), QByteArray(90, 'b')},
                                    {QStringLiteral("c.txt"), QByteArray(90, 'c')}}));
            totalLimit = 250;
        }
        else if (kind == QLatin1String("nochart"))
            QVERIFY(QFile::remove(dir + QStringLiteral("/Chart.yaml")));
        else if (kind == QLatin1String("file"))
            dir += QStringLiteral("/Chart.yaml");
        auto loaded = ChartDirectoryLoader::load(dir, fileLimit, totalLimit);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message().contains(message), qPrintable(loaded.error().message()));
        QCOMPARE(int(loaded.error().code()), code);
    }

    void ignoredFifoIsFine()
    {
        const QString dir = makeChart(fresh(), QStringLiteral("c"), QStringLiteral("1.0.0"), {{QStringLiteral(".helmignore"), "pipe\n"}});
        QCOMPARE(::mkfifo(QFile::encodeName(dir + QStringLiteral("/pipe")).constData(), 0644), 0);
        QVERIFY(ChartDirectoryLoader::load(dir).ok());
    }
};

QTEST_GUILESS_MAIN(TestChartLoading)
#include "test_chartloading.moc"
