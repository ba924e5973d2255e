// One cache shared by Helm 3.4.2 and Charthouse, with Charthouse's default settings (the modern layer type),
// and a real registry that Helm 4.1.4 also uses. Everything at once (issue 11 item 2):
// - Helm 3.4.2 lists, exports, pushes and removes every chart in a cache Charthouse wrote, including charts
//   Charthouse saved with the modern layer type and charts it pulled from what Helm 4 pushed;
// - Helm 4.1.4 pulls what Charthouse pushes without a deprecation warning;
// - a chart Helm 4 pushed, pulled by Charthouse and pushed again, keeps its manifest digest;
// - the digest Charthouse shows is the registry's;
// - a cache written by an earlier Charthouse (index entries pointing straight at modern manifests) is
// repaired
//   by the next write, losing nothing.
// (No raw string literals: Qt 6.4's moc fails on them.)
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;

class TestSharedCache : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;

    QString home() const { return m_tmp.path() + QStringLiteral("/home"); }
    QString cache() const { return home() + QStringLiteral("/helm-cache/registry/cache"); }
    QStringList env() const
    {
        return helmEnvironment(home());
    }
    // charthouse-cli finds Helm's cache through HELM_CACHE_HOME, as a user's shell would.
    ProcessResult cli(const QStringList &args) { return run(cliPath(), args, env()); }
    ProcessResult helm(const QString &version, const QStringList &args)
    {
        return run(helmPath(version), args, env());
    }
    ProcessResult helm3(const QStringList &args) { return helm(QStringLiteral("3.4.2"), args); }

    QString chart(const QString &name, const QString &version)
    {
        return makeChart(m_tmp.path() + QStringLiteral("/src-") + version, name, version,
            {{QStringLiteral("templates/cm.yaml"), "kind: ConfigMap\nname: " + name.toUtf8() + "\n"},
                {QStringLiteral("README.md"), "# " + name.toUtf8() + " " + version.toUtf8() + "\n"}});
    }

    // The digest the registry serves for a tag (Docker-Content-Digest), asking for an OCI manifest.
    QString registryDigest(const QString &repositoryAndTag)
    {
        const QString repository = repositoryAndTag.section(QLatin1Char(':'), 0, 0);
        const QString tag = repositoryAndTag.section(QLatin1Char(':'), 1);
        const ProcessResult r = run(QStringLiteral("curl"),
            {QStringLiteral("-sfI"), QStringLiteral("-H"),
                QStringLiteral("Accept: application/vnd.oci.image.manifest.v1+json"),
                QStringLiteral("http://%1/v2/%2/manifests/%3").arg(m_registry->host(), repository, tag)});
        for (const QString &line : QString::fromUtf8(r.out).split(QStringLiteral("\r\n")))
            if (line.startsWith(QStringLiteral("docker-content-digest:"), Qt::CaseInsensitive))
                return line.section(QLatin1Char(':'), 1).trimmed();
        return {};
    }

    QHash<QString, QString> ourDigests()
    {
        const ProcessResult listed = cli(
            {QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
        QHash<QString, QString> digests;
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array())
            digests.insert(row[QStringLiteral("ref")].toString(), row[QStringLiteral("digest")].toString());
        return digests;
    }

    void expectHelm3Lists(const QStringList &refs)
    {
        const ProcessResult listed = helm3({QStringLiteral("chart"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        for (const QString &ref : refs)
            QVERIFY2(QString::fromUtf8(listed.out)
                         .contains(QRegularExpression(
                             QStringLiteral("^") + QRegularExpression::escape(ref) + QStringLiteral("\\s"),
                             QRegularExpression::MultilineOption)),
                qPrintable(ref + QStringLiteral(" not in\n") + QString::fromUtf8(listed.out)));
    }

    // Helm 3.4.2 exports the chart, with the same files as Charthouse's export of it.
    void expectHelm3Exports(const QString &ref, const QString &name)
    {
        const QString dest = m_tmp.path() + QStringLiteral("/export/") + QString::number(qHash(ref));
        const ProcessResult exported = helm3({QStringLiteral("chart"), QStringLiteral("export"), ref,
            QStringLiteral("-d"), dest + QStringLiteral("/helm")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const ProcessResult ours = cli({QStringLiteral("chart"), QStringLiteral("export"), ref,
            QStringLiteral("-d"), dest + QStringLiteral("/ours")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        // Helm 3.4.2 writes Chart.yaml anew from what it read; every other file is the same.
        auto files = readTree(dest + QStringLiteral("/helm/") + name);
        auto ourFiles = readTree(dest + QStringLiteral("/ours/") + name);
        QVERIFY(
            files.take(QStringLiteral("Chart.yaml")).contains(QByteArray("name: " + name.toUtf8() + "\n")));
        QVERIFY(ourFiles.take(QStringLiteral("Chart.yaml"))
                    .contains(QByteArray("name: " + name.toUtf8() + "\n")));
        QVERIFY(files.size() >= 3);
        QCOMPARE(files, ourFiles);
    }

private slots:
    void initTestCase()
    {
        if (helmPath(QStringLiteral("4.1.4")).isEmpty() || helmPath(QStringLiteral("3.4.2")).isEmpty())
            QSKIP("real Helm missing: run scripts/fetch-helm.sh");
        QVERIFY(m_tmp.isValid());
        m_registry = std::make_unique<RegistryServer>();
        QString why;
        if (!m_registry->start(&why))
            QSKIP(qPrintable(why));
    }

    void everyToolKeepsWorkingOnOneCache()
    {
        const QString host = m_registry->host();
        // Helm 3.4.2 saves one chart; Charthouse saves another with its defaults.
        const QString helmChart = chart(QStringLiteral("fromhelm"), QStringLiteral("1.0.0"));
        const QString helmRef = host + QStringLiteral("/team/fromhelm:1.0.0");
        QCOMPARE(helm3({QStringLiteral("chart"), QStringLiteral("save"), helmChart, helmRef}).exitCode, 0);
        const QString ourChart = chart(QStringLiteral("saved"), QStringLiteral("2.0.0"));
        const QString ourRef = host + QStringLiteral("/team/saved:2.0.0");
        const ProcessResult saved = cli({QStringLiteral("chart"), QStringLiteral("save"), ourChart, ourRef});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());

        // Helm 4 pushes a third; Charthouse pulls it into the shared cache.
        const QString h4Chart = chart(QStringLiteral("fromhelmfour"), QStringLiteral("3.0.0"));
        const QString packages = m_tmp.path() + QStringLiteral("/packages");
        QVERIFY(QDir().mkpath(packages));
        QCOMPARE(helm(QStringLiteral("4.1.4"),
                     {QStringLiteral("package"), h4Chart, QStringLiteral("-d"), packages})
                     .exitCode,
            0);
        const ProcessResult h4Pushed = helm(QStringLiteral("4.1.4"),
            {QStringLiteral("push"), packages + QStringLiteral("/fromhelmfour-3.0.0.tgz"),
                QStringLiteral("oci://") + host + QStringLiteral("/upstream"),
                QStringLiteral("--plain-http")});
        QVERIFY2(h4Pushed.exitCode == 0, h4Pushed.err.constData());
        const QString h4Digest = registryDigest(QStringLiteral("upstream/fromhelmfour:3.0.0"));
        QVERIFY(h4Digest.startsWith(QStringLiteral("sha256:")));
        const QString pulledRef = host + QStringLiteral("/upstream/fromhelmfour:3.0.0");
        const ProcessResult pulled = cli({QStringLiteral("chart"), QStringLiteral("pull"), pulledRef});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());

        // Helm 3.4.2 reads all three: list and export.
        expectHelm3Lists({helmRef, ourRef, pulledRef});
        expectHelm3Exports(ourRef, QStringLiteral("saved"));
        expectHelm3Exports(pulledRef, QStringLiteral("fromhelmfour"));
        expectHelm3Exports(helmRef, QStringLiteral("fromhelm"));

        // Charthouse shows the registry's digest for what it pulled, and the pull of the same thing is a
        // no-op.
        QCOMPARE(ourDigests().value(pulledRef), h4Digest);
        const ProcessResult again = cli({QStringLiteral("chart"), QStringLiteral("pull"), pulledRef});
        QVERIFY2(again.out.contains("Status: Chart is up to date"), again.out.constData());

        // Pushed again by Charthouse over the same tag, Helm 4's chart keeps its manifest digest: the tag
        // would move to any other bytes.
        const ProcessResult pushedBack = cli({QStringLiteral("chart"), QStringLiteral("push"), pulledRef});
        QVERIFY2(pushedBack.exitCode == 0, pushedBack.err.constData());
        QCOMPARE(registryDigest(QStringLiteral("upstream/fromhelmfour:3.0.0")), h4Digest);

        // What Charthouse saved and pushes, Helm 4.1.4 pulls with no deprecation warning, and the registry
        // holds the digest Charthouse shows.
        const ProcessResult pushed = cli({QStringLiteral("chart"), QStringLiteral("push"), ourRef});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        QCOMPARE(registryDigest(QStringLiteral("team/saved:2.0.0")), ourDigests().value(ourRef));
        const QString dest = m_tmp.path() + QStringLiteral("/helm4-pulled");
        QVERIFY(QDir().mkpath(dest));
        const ProcessResult h4Pulled = helm(QStringLiteral("4.1.4"),
            {QStringLiteral("pull"), QStringLiteral("oci://") + host + QStringLiteral("/team/saved"),
                QStringLiteral("--version"), QStringLiteral("2.0.0"), QStringLiteral("--plain-http"),
                QStringLiteral("-d"), dest});
        QVERIFY2(h4Pulled.exitCode == 0, h4Pulled.err.constData());
        QVERIFY2(
            !h4Pulled.err.toLower().contains("deprecated") && !h4Pulled.out.toLower().contains("deprecated"),
            h4Pulled.err.constData());

        // Helm 3.4.2 pushes what Charthouse saved (its legacy view), and removes all three.
        const ProcessResult h3Pushed = helm3({QStringLiteral("chart"), QStringLiteral("push"), ourRef});
        QVERIFY2(h3Pushed.exitCode == 0, h3Pushed.err.constData());
        for (const QString &ref : {ourRef, pulledRef, helmRef}) {
            const ProcessResult removed = helm3({QStringLiteral("chart"), QStringLiteral("remove"), ref});
            QVERIFY2(removed.exitCode == 0, removed.err.constData());
        }
        const ProcessResult empty = cli(
            {QStringLiteral("chart"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(empty.exitCode == 0, empty.err.constData());
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
        // What Helm's removal left behind is Charthouse's to prune: nothing of the three charts stays. (Prune
        // spares blobs younger than 15 minutes: age them.)
        QCOMPARE(run(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("touch -d '1 hour ago' \"$0\"/blobs/sha256/*"),
                         cache()})
                     .exitCode,
            0);
        const ProcessResult pruned = cli({QStringLiteral("chart"), QStringLiteral("prune")});
        QVERIFY2(pruned.exitCode == 0, pruned.err.constData());
        QCOMPARE(QDir(cache() + QStringLiteral("/blobs/sha256")).entryList(QDir::Files), QStringList());
    }

    void anEarlierCharthousesCacheIsRepairedByTheNextWrite()
    {
        // An earlier Charthouse pointed index.json straight at the modern manifest; Helm 3.4.2 then failed on
        // the whole cache. Make such an entry by hand from what Charthouse saves now.
        const QString oldChart = chart(QStringLiteral("older"), QStringLiteral("0.9.0"));
        const QString oldRef = m_registry->host() + QStringLiteral("/team/older:0.9.0");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), oldChart, oldRef}).exitCode, 0);
        const QString shownBefore = ourDigests().value(oldRef);
        QVERIFY(!shownBefore.isEmpty());
        QFile indexFile(cache() + QStringLiteral("/index.json"));
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        QJsonObject index = QJsonDocument::fromJson(indexFile.readAll()).object();
        indexFile.close();
        QJsonArray manifests = index[QStringLiteral("manifests")].toArray();
        for (qsizetype i = 0; i < manifests.size(); ++i) {
            QJsonObject entry = manifests[i].toObject();
            if (entry[QStringLiteral("annotations")]
                    .toObject()[QStringLiteral("org.opencontainers.image.ref.name")]
                != oldRef)
                continue;
            const QString modern = shownBefore;
            entry[QStringLiteral("digest")] = modern;
            entry[QStringLiteral("size")]
                = QFileInfo(cache() + QStringLiteral("/blobs/sha256/") + modern.mid(7)).size();
            entry[QStringLiteral("annotations")]
                = QJsonObject {{QStringLiteral("org.opencontainers.image.ref.name"), oldRef}};
            manifests[i] = entry;
        }
        index[QStringLiteral("manifests")] = manifests;
        QVERIFY(indexFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(indexFile.write(QJsonDocument(index).toJson(QJsonDocument::Compact)) > 0);
        indexFile.close();
        QVERIFY(
            helm3({QStringLiteral("chart"), QStringLiteral("list")}).exitCode != 0); // the failure users met
        QCOMPARE(ourDigests().value(oldRef), shownBefore);

        // The next write repairs it, losing nothing: the same digest shown, and Helm 3.4.2 reads it again.
        const QString other = chart(QStringLiteral("newer"), QStringLiteral("1.1.0"));
        const QString otherRef = m_registry->host() + QStringLiteral("/team/newer:1.1.0");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), other, otherRef}).exitCode, 0);
        QCOMPARE(ourDigests().value(oldRef), shownBefore);
        expectHelm3Lists({oldRef, otherRef});
        expectHelm3Exports(oldRef, QStringLiteral("older"));
    }
};

QTEST_GUILESS_MAIN(TestSharedCache)
#include "test_shared_cache.moc"
