// Through a real registry: Helm 4.1.4 and Helm 3.4.2 pull what charthouse-cli pushed (3.4.2 the --legacy
// ones); charthouse-cli pulls and exports what Helm 4.1.4 pushed, a chart of apiVersion v3 too. Files compared
// byte for byte.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

class TestHelmRegistryInterop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QString m_source;

    QStringList env() const
    {
        const QString home = m_tmp.path() + QStringLiteral("/home");
        return helmEnvironment(home);
    }
    ProcessResult cli(const QStringList &args)
    {
        return run(cliPath(), QStringList {QStringLiteral("--cache"), m_tmp.path() + QStringLiteral("/ours")} + args, env());
    }
    ProcessResult helm(const QString &version, const QStringList &args)
    {
        const QString path = helmPath(version);
        return path.isEmpty() ? ProcessResult {} : run(path, args, env());
    }
    QMap<QString, QByteArray> untar(const QString &tgz)
    {
        const QString dir = tgz + QStringLiteral(".d");
        QDir().mkpath(dir);
        if (run(QStringLiteral("tar"), {QStringLiteral("-xzf"), tgz, QStringLiteral("-C"), dir}).exitCode != 0)
            return {};
        const QStringList top = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return top.size() == 1 ? readTree(dir + QLatin1Char('/') + top.first()) : QMap<QString, QByteArray> {};
    }

private slots:
    void initTestCase()
    {
        if (helmPath(QStringLiteral("4.1.4")).isEmpty() || helmPath(QStringLiteral("3.4.2")).isEmpty())
            QSKIP("real Helm missing: run scripts/fetch-helm.sh");
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
        m_source = makeChart(m_tmp.path() + QStringLiteral("/src"), QStringLiteral("webapp"), QStringLiteral("1.2.0"),
                             {{QStringLiteral("templates/deployment.yaml"), "kind: Deployment\nname: {{ .Release.Name }}\n"},
                              {QStringLiteral("README.md"), "# webapp\n"}});
    }

    void helm4PullsWhatWePushed()
    {
        const QString ref = m_registry->host() + QStringLiteral("/modern/webapp:1.2.0");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_source, ref}).exitCode, 0);
        const ProcessResult pushed = cli({QStringLiteral("chart"), QStringLiteral("push"), ref});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        const QString dest = m_tmp.path() + QStringLiteral("/helm4-pulled");
        QDir().mkpath(dest);
        const ProcessResult pulled = helm(QStringLiteral("4.1.4"),
            {QStringLiteral("pull"), QStringLiteral("oci://") + m_registry->host() + QStringLiteral("/modern/webapp"),
             QStringLiteral("--version"), QStringLiteral("1.2.0"), QStringLiteral("--plain-http"), QStringLiteral("-d"), dest});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        QCOMPARE(untar(dest + QStringLiteral("/webapp-1.2.0.tgz")), readTree(m_source));
    }

    void helm3PullsWhatWePushedLegacy()
    {
        const QString ref = m_registry->host() + QStringLiteral("/legacy/webapp:1.2.0");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_source, ref, QStringLiteral("--legacy")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("push"), ref}).exitCode, 0);
        const ProcessResult pulled = helm(QStringLiteral("3.4.2"), {QStringLiteral("chart"), QStringLiteral("pull"), ref});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        QVERIFY(pulled.out.contains(QByteArray(QByteArray("Status: Downloaded newer chart for ") + ref.toUtf8())));
        const QString dest = m_tmp.path() + QStringLiteral("/helm3-exported");
        const ProcessResult exported = run(helmPath(QStringLiteral("3.4.2")),
            {QStringLiteral("chart"), QStringLiteral("export"), ref, QStringLiteral("-d"), dest}, env());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        // Helm 3.4 rewrites Chart.yaml when it exports; every other file is ours byte for byte.
        QMap<QString, QByteArray> theirs = readTree(dest + QStringLiteral("/webapp"));
        QMap<QString, QByteArray> ours = readTree(m_source);
        QVERIFY(theirs.remove(QStringLiteral("Chart.yaml")) && ours.remove(QStringLiteral("Chart.yaml")));
        QCOMPARE(theirs, ours);
    }

    void anUnchangedPullSaysUpToDateLikeHelm3()
    {
        // Helm 3.0–3.6 pulls a chart it already has without writing anything and says so; the whole output of
        // a second pull is the same with both tools.
        const QString ref = m_registry->host() + QStringLiteral("/same/webapp:1.2.0");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_source, ref, QStringLiteral("--legacy")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("push"), ref}).exitCode, 0);
        QCOMPARE(helm(QStringLiteral("3.4.2"), {QStringLiteral("chart"), QStringLiteral("pull"), ref}).exitCode, 0);
        const ProcessResult helmAgain = helm(QStringLiteral("3.4.2"), {QStringLiteral("chart"), QStringLiteral("pull"), ref});
        QVERIFY2(helmAgain.exitCode == 0, helmAgain.err.constData());
        const QString ours = m_tmp.path() + QStringLiteral("/ours");
        const QMap<QString, QByteArray> before = readTree(ours);
        const ProcessResult oursAgain = cli({QStringLiteral("chart"), QStringLiteral("pull"), ref});
        QVERIFY2(oursAgain.exitCode == 0, oursAgain.err.constData());
        QCOMPARE(QString::fromUtf8(oursAgain.out), QString::fromUtf8(helmAgain.out));
        QVERIFY(oursAgain.out.contains(QByteArray(QByteArray("Status: Chart is up to date for ") + ref.toUtf8())));
        QCOMPARE(readTree(ours), before); // nothing written
    }

    void plusInTagsTravelsAsUnderscore()
    {
        // Helm 3.4.2 tags a cached chart with its version, '+' included. That entry lists, shows and pushes; on
        // the registry the tag reads 1.2.3_build.5 (as Helm 3.8+ writes it), Helm 4 pulls it by its version, and
        // a pull of REF:1.2.3+build.5 finds it.
        const QString source = makeChart(m_tmp.path() + QStringLiteral("/plus-src"), QStringLiteral("plus"), QStringLiteral("1.2.3+build.5"));
        const QString repo = m_registry->host() + QStringLiteral("/plus/plus");
        const QString ref = repo + QStringLiteral(":1.2.3+build.5");
        QVERIFY(helm(QStringLiteral("3.4.2"), {QStringLiteral("chart"), QStringLiteral("save"), source, repo}).exitCode == 0);
        const QString helmCache = m_tmp.path() + QStringLiteral("/home/helm-cache/registry/cache");
        auto inHelmCache = [&](const QStringList &args) {
            return run(cliPath(), QStringList {QStringLiteral("--cache"), helmCache} + args, env());
        };
        const ProcessResult listed = inHelmCache({QStringLiteral("chart"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0 && listed.err.isEmpty(), listed.err.constData());
        QVERIFY2(listed.out.contains(ref.toUtf8()) && listed.out.contains("\t1.2.3+build.5"), listed.out.constData());
        QCOMPARE(inHelmCache({QStringLiteral("chart"), QStringLiteral("show"), ref}).exitCode, 0);
        const ProcessResult pushed = inHelmCache({QStringLiteral("chart"), QStringLiteral("push"), QStringLiteral("--plain-http"), ref});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        // `chart tags` shows the version as Helm reads it ('+'); the registry's own spelling is in the JSON.
        const ProcessResult tags = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--plain-http"), repo});
        QCOMPARE(tags.out, QByteArray("1.2.3+build.5\n"));
        const ProcessResult described = cli({QStringLiteral("chart"), QStringLiteral("tags"), QStringLiteral("--plain-http"),
            QStringLiteral("--output"), QStringLiteral("json"), repo});
        QVERIFY2(described.out.contains("\"registryTag\": \"1.2.3_build.5\""), described.out.constData());
        const QString dest = m_tmp.path() + QStringLiteral("/plus-helm4");
        QDir().mkpath(dest);
        const ProcessResult helm4 = helm(QStringLiteral("4.1.4"), {QStringLiteral("pull"), QStringLiteral("oci://") + repo,
            QStringLiteral("--version"), QStringLiteral("1.2.3+build.5"), QStringLiteral("--plain-http"), QStringLiteral("-d"), dest});
        QVERIFY2(helm4.exitCode == 0, helm4.err.constData());
        const ProcessResult pulled = cli({QStringLiteral("chart"), QStringLiteral("pull"), QStringLiteral("--plain-http"), ref});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        QVERIFY(pulled.out.contains("version: 1.2.3+build.5\n"));
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("export"), ref, QStringLiteral("-d"), m_tmp.path() + QStringLiteral("/plus-export")}).exitCode, 0);
        QCOMPARE(inHelmCache({QStringLiteral("chart"), QStringLiteral("remove"), ref}).exitCode, 0);
    }

    void wePullWhatHelm4Pushed()
    {
        const QString packages = m_tmp.path() + QStringLiteral("/packages");
        QDir().mkpath(packages);
        QCOMPARE(helm(QStringLiteral("4.1.4"), {QStringLiteral("package"), m_source, QStringLiteral("-d"), packages}).exitCode, 0);
        const QString tgz = packages + QStringLiteral("/webapp-1.2.0.tgz");
        const ProcessResult pushed = helm(QStringLiteral("4.1.4"),
            {QStringLiteral("push"), tgz, QStringLiteral("oci://") + m_registry->host() + QStringLiteral("/fromhelm"), QStringLiteral("--plain-http")});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        const QString ref = m_registry->host() + QStringLiteral("/fromhelm/webapp:1.2.0");
        const ProcessResult pulled = cli({QStringLiteral("chart"), QStringLiteral("pull"), ref});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        const QString dest = m_tmp.path() + QStringLiteral("/ours-exported");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("export"), ref, QStringLiteral("-d"), dest}).exitCode, 0);
        QCOMPARE(readTree(dest + QStringLiteral("/webapp")), untar(tgz));
        const ProcessResult listed = cli({QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY(listed.out.contains("\"mediaType\": \"application/vnd.cncf.helm.chart.content.v1.tar+gzip\"")
                || listed.out.contains("\"mediaType\":\"application/vnd.cncf.helm.chart.content.v1.tar+gzip\""));
    }

    void wePullAV3ChartHelm4Pushed()
    {
        // Helm 4.1.4 refuses to package a chart of apiVersion v3, but pushes one packaged elsewhere (its push
        // reads the archive with the v2 loader, which takes any apiVersion): the config it writes says "v3".
        // That chart pulls, lists, shows its chart API and exports, and Helm reads the export as the same
        // chart.
        const QString source = makeChart(m_tmp.path() + QStringLiteral("/v3-src"), QStringLiteral("next"),
            QStringLiteral("0.1.0"),
            {{QStringLiteral("Chart.yaml"),
                "apiVersion: v3\nname: next\nversion: 0.1.0\ndescription: A v3 chart\n"
                "annotations:\n  category: Testing\n"}});
        const ProcessResult refused = helm(
            QStringLiteral("4.1.4"), {QStringLiteral("package"), source, QStringLiteral("-d"), m_tmp.path()});
        QCOMPARE(refused.err, QByteArray("Error: invalid chart apiVersion\n"));
        const QString tgz = m_tmp.path() + QStringLiteral("/next-0.1.0.tgz");
        QCOMPARE(run(QStringLiteral("tar"),
                     {QStringLiteral("-czf"), tgz, QStringLiteral("-C"),
                         m_tmp.path() + QStringLiteral("/v3-src"), QStringLiteral("next")})
                     .exitCode,
            0);
        const ProcessResult pushed = helm(QStringLiteral("4.1.4"),
            {QStringLiteral("push"), tgz,
                QStringLiteral("oci://") + m_registry->host() + QStringLiteral("/v3"),
                QStringLiteral("--plain-http")});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        const QString ref = m_registry->host() + QStringLiteral("/v3/next:0.1.0");
        const ProcessResult pulled = cli({QStringLiteral("chart"), QStringLiteral("pull"), ref});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        const ProcessResult listed
            = cli({QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("--strict")});
        QVERIFY2(listed.exitCode == 0 && listed.out.contains(ref.toUtf8()), listed.err.constData());
        const ProcessResult shown = cli({QStringLiteral("chart"), QStringLiteral("show"), ref});
        QVERIFY2(shown.out.contains("\nChart API: v3\n"), shown.out.constData());
        const QString dest = m_tmp.path() + QStringLiteral("/v3-exported");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("export"), ref, QStringLiteral("-d"), dest})
                     .exitCode,
            0);
        QCOMPARE(readTree(dest + QStringLiteral("/next")), untar(tgz));
        const ProcessResult helmShown = helm(QStringLiteral("4.1.4"),
            {QStringLiteral("show"), QStringLiteral("chart"), dest + QStringLiteral("/next")});
        QVERIFY2(helmShown.exitCode == 0, helmShown.err.constData());
        for (const char *line : {"apiVersion: v3\n", "name: next\n", "version: 0.1.0\n"})
            QVERIFY2(helmShown.out.contains(line), helmShown.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestHelmRegistryInterop)
#include "test_helm_registry_interop.moc"
