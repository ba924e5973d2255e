// `charthouse-cli chart diff` on real pairs: two charts made by Helm 4.1.4's `helm create`, one edited in
// every part (Chart.yaml fields, a dependency, values added/removed/changed with comments, a template, an
// added and a removed file, a binary file, an image tag); a chart against itself, against its own `helm
// package` .tgz and against its cached copy (all equal, exit 0); errors exit 2.
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace charthouse::test;

namespace {

bool editFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray data = file.readAll();
    file.close();
    if (!data.contains(from))
        return false;
    data.replace(from, to);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QJsonObject findObject(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &item : array)
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    return {};
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_helm;
    QString m_old;
    QString m_new;
    QString m_cache;

    ProcessResult cli(const QStringList &args)
    {
        return run(cliPath(), QStringList {QStringLiteral("--cache"), m_cache} + args,
            homeEnvironment(m_tmp.filePath(QStringLiteral("home"))));
    }

    ProcessResult helm(const QStringList &args, const QString &workDir)
    {
        QStringList env = helmEnvironment(m_tmp.filePath(QStringLiteral("home")));
        return run(QStringLiteral("sh"),
            QStringList {QStringLiteral("-c"), QStringLiteral("cd \"$0\" && exec \"$@\""), workDir, m_helm}
                + args,
            env);
    }

    QString helmCreate(const QString &parent)
    {
        QDir().mkpath(parent);
        const ProcessResult created = helm({QStringLiteral("create"), QStringLiteral("mychart")}, parent);
        if (created.exitCode != 0)
            qWarning() << created.err;
        return created.exitCode == 0 ? parent + QStringLiteral("/mychart") : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_helm = helmPath(QStringLiteral("4.1.4"));
        if (m_helm.isEmpty())
            QSKIP("Helm 4.1.4 is not installed (scripts/fetch-helm.sh)");
        QVERIFY(m_tmp.isValid());
        m_cache = m_tmp.filePath(QStringLiteral("cache"));
        m_old = helmCreate(m_tmp.filePath(QStringLiteral("old")));
        m_new = helmCreate(m_tmp.filePath(QStringLiteral("new")));
        QVERIFY(!m_old.isEmpty() && !m_new.isEmpty());

        // The old chart has a dependency and a binary file; the new one changes both and everything else.
        QVERIFY(editFile(m_old + QStringLiteral("/Chart.yaml"), "appVersion: \"1.16.0\"\n",
            "appVersion: \"1.16.0\"\ndependencies:\n  - name: common\n    version: ^2.0.0\n"
            "    repository: oci://registry.example/charts\n"));
        QVERIFY(writeTree(m_old, {{QStringLiteral("files/logo.bin"), QByteArray("\x89PNG\0\0old", 9)}}));

        QVERIFY(editFile(m_new + QStringLiteral("/Chart.yaml"), "version: 0.1.0\n", "version: 0.2.0\n"));
        QVERIFY(editFile(m_new + QStringLiteral("/Chart.yaml"), "description: A Helm chart for Kubernetes\n",
            "description: A better Helm chart\nkeywords:\n  - web\n  - nginx\n"));
        QVERIFY(editFile(m_new + QStringLiteral("/Chart.yaml"), "appVersion: \"1.16.0\"\n",
            "appVersion: \"1.27.0\"\nkubeVersion: \">=1.25.0\"\nannotations:\n  artifacthub.io/images: |\n"
            "    - name: nginx\n      image: nginx:1.27.0\n"
            "dependencies:\n  - name: common\n    version: ^2.13.0\n    repository: "
            "oci://registry.example/charts\n"
            "  - name: redis\n    version: \"~18.1\"\n    repository: oci://registry.example/charts\n"
            "    condition: redis.enabled\n"));
        QVERIFY(editFile(m_new + QStringLiteral("/values.yaml"), "replicaCount: 1\n",
            "replicaCount: 3\n\n# Turn the extra cache on.\nextra:\n  enabled: true\n"));
        QVERIFY(editFile(m_new + QStringLiteral("/values.yaml"), "  tag: \"\"\n", "  tag: \"1.27.0\"\n"));
        QVERIFY(editFile(m_new + QStringLiteral("/values.yaml"), "nodeSelector: {}\n", ""));
        QVERIFY(editFile(m_new + QStringLiteral("/values.yaml"), "# Default values for mychart.\n",
            "# Default values for mychart (edited).\n"));
        QVERIFY(editFile(m_new + QStringLiteral("/templates/deployment.yaml"),
            "      {{- with .Values.nodeSelector }}\n", "      {{- with .Values.extraNodeSelector }}\n"));
        QVERIFY(QFile::remove(m_new + QStringLiteral("/templates/NOTES.txt")));
        QVERIFY(writeTree(m_new,
            {{QStringLiteral("templates/configmap.yaml"), "apiVersion: v1\nkind: ConfigMap\n"},
                {QStringLiteral("files/logo.bin"), QByteArray("\x89PNG\0\0new!", 10)}}));
    }

    void reportsEveryPartInText()
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("diff"), m_old, m_new});
        QVERIFY2(r.exitCode == 1, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        const QStringList expected {
            QStringLiteral("--- %1\n+++ %2\n").arg(m_old, m_new),
            QStringLiteral("Metadata:\n"),
            QStringLiteral("  changed version: 0.1.0 -> 0.2.0\n"),
            QStringLiteral("  changed appVersion: 1.16.0 -> 1.27.0\n"),
            QStringLiteral("  changed description: A Helm chart for Kubernetes -> A better Helm chart\n"),
            QStringLiteral("  changed kubeVersion: (none) -> >=1.25.0\n"),
            QStringLiteral("  changed keywords: (none) -> [web, nginx]\n"),
            QStringLiteral("  changed annotations[\"artifacthub.io/images\"]: (none) -> \"- name: nginx\\n  "
                           "image: nginx:1.27.0\\n\"\n"),
            QStringLiteral("Dependencies:\n  changed common\n    version: ^2.0.0 -> ^2.13.0\n"),
            QStringLiteral("  added redis\n    name: (none) -> redis\n    version: (none) -> ~18.1\n"),
            QStringLiteral("    condition: (none) -> redis.enabled\n"),
            QStringLiteral("Values:\n"),
            QStringLiteral("  changed replicaCount: 1 -> 3\n"),
            QStringLiteral("  changed image.tag: \"\" -> \"1.27.0\"\n"),
            QStringLiteral("  removed nodeSelector: {}\n"),
            QStringLiteral("  added extra.enabled: true\n"),
            QStringLiteral("Images:\n  changed values image: nginx -> nginx:1.27.0\n"
                           "  added annotation nginx: nginx:1.27.0\n"),
            QStringLiteral("Files:\n"),
            QStringLiteral("  modified files/logo.bin (binary: 9 bytes sha256:"),
            QStringLiteral("  removed templates/NOTES.txt\n"),
            QStringLiteral("  added templates/configmap.yaml\n"),
            QStringLiteral("  modified templates/deployment.yaml\n"),
            // values.yaml's text diff keeps its comments.
            QStringLiteral("--- %1/values.yaml\n+++ %2/values.yaml\n@@ -1,17 +1,21 @@\n"
                           "-# Default values for mychart.\n+# Default values for mychart (edited).\n")
                .arg(m_old, m_new),
            QStringLiteral("-replicaCount: 1\n+replicaCount: 3\n \n+# Turn the extra cache on.\n+extra:\n+  "
                           "enabled: true\n+\n"),
            QStringLiteral("--- %1/templates/deployment.yaml\n+++ %2/templates/deployment.yaml\n@@ ")
                .arg(m_old, m_new),
            QStringLiteral(
                "-      {{- with .Values.nodeSelector }}\n+      {{- with .Values.extraNodeSelector }}\n"),
            QStringLiteral("--- %1/templates/NOTES.txt\n+++ /dev/null\n@@ -1,").arg(m_old),
            QStringLiteral("--- /dev/null\n+++ %1/templates/configmap.yaml\n@@ -0,0 +1,2 @@\n+apiVersion: "
                           "v1\n+kind: ConfigMap\n")
                .arg(m_new),
        };
        for (const QString &piece : expected) {
            if (!out.contains(piece))
                std::fprintf(stderr, "%s\n", qPrintable(out)); // QTest cuts long messages
            QVERIFY2(out.contains(piece), qPrintable(QStringLiteral("missing:\n%1").arg(piece)));
        }
        QVERIFY(!out.contains(QStringLiteral("hpa.yaml"))); // unchanged files are not listed in text
        QVERIFY(!out.contains(QStringLiteral("Manifest:"))); // no cached chart
    }

    void reportsEveryPartInJson()
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("diff"), m_old, m_new,
            QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("equal")).toBool(true), false);
        const QJsonObject version = findObject(root.value(QLatin1String("metadata")).toArray(),
            QStringLiteral("field"), QStringLiteral("version"));
        QCOMPARE(version.value(QLatin1String("old")).toString(), QStringLiteral("0.1.0"));
        QCOMPARE(version.value(QLatin1String("new")).toString(), QStringLiteral("0.2.0"));
        const QJsonObject redis = findObject(root.value(QLatin1String("dependencies")).toArray(),
            QStringLiteral("name"), QStringLiteral("redis"));
        QCOMPARE(redis.value(QLatin1String("change")).toString(), QStringLiteral("added"));
        const QJsonObject values = root.value(QLatin1String("values")).toObject();
        const QJsonObject removed = findObject(values.value(QLatin1String("changes")).toArray(),
            QStringLiteral("path"), QStringLiteral("nodeSelector"));
        QCOMPARE(removed.value(QLatin1String("change")).toString(), QStringLiteral("removed"));
        QVERIFY(removed.value(QLatin1String("new")).isNull());
        QVERIFY(values.value(QLatin1String("diff"))
                    .toString()
                    .contains(QStringLiteral("+# Turn the extra cache on.\n")));
        const QJsonArray files = root.value(QLatin1String("files")).toArray();
        const QJsonObject logo = findObject(files, QStringLiteral("path"), QStringLiteral("files/logo.bin"));
        QCOMPARE(logo.value(QLatin1String("binary")).toBool(), true);
        QCOMPARE(logo.value(QLatin1String("oldSize")).toInt(), 9);
        QCOMPARE(logo.value(QLatin1String("newSize")).toInt(), 10);
        QCOMPARE(logo.value(QLatin1String("newSha256")).toString().size(), 64);
        QCOMPARE(findObject(files, QStringLiteral("path"), QStringLiteral("templates/hpa.yaml"))
                     .value(QLatin1String("change"))
                     .toString(),
            QStringLiteral("unchanged"));
        QCOMPARE(findObject(files, QStringLiteral("path"), QStringLiteral("templates/NOTES.txt"))
                     .value(QLatin1String("change"))
                     .toString(),
            QStringLiteral("removed"));
        const QJsonObject image = findObject(
            root.value(QLatin1String("images")).toArray(), QStringLiteral("key"), QStringLiteral("image"));
        QCOMPARE(image.value(QLatin1String("new")).toString(), QStringLiteral("nginx:1.27.0"));
        QVERIFY(root.value(QLatin1String("manifest")).isNull());
    }

    void onlyOnePart()
    {
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("diff"), m_old, m_new,
            QStringLiteral("--only"), QStringLiteral("values")});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QStringLiteral("Values:\n")));
        QVERIFY(!out.contains(QStringLiteral("Metadata:")) && !out.contains(QStringLiteral("Files:")));
        // Two charts differing only in a template are equal as far as their metadata goes.
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("diff"), m_old, m_old + QStringLiteral("/"),
                         QStringLiteral("--only"), QStringLiteral("metadata")})
                     .exitCode,
            0);
    }

    void aChartEqualsItselfItsPackageAndItsCachedCopy()
    {
        const ProcessResult self = cli({QStringLiteral("chart"), QStringLiteral("diff"), m_new, m_new});
        QVERIFY2(self.exitCode == 0, self.out.constData());
        QVERIFY(self.out.isEmpty());
        const QString fresh = helmCreate(m_tmp.filePath(QStringLiteral("fresh")));
        QVERIFY(!fresh.isEmpty());
        const ProcessResult packaged = helm({QStringLiteral("package"), fresh}, m_tmp.path());
        QVERIFY2(packaged.exitCode == 0, packaged.err.constData());
        const QString tgz = m_tmp.filePath(QStringLiteral("mychart-0.1.0.tgz"));
        const ProcessResult againstTgz = cli({QStringLiteral("chart"), QStringLiteral("diff"), fresh, tgz});
        QVERIFY2(againstTgz.exitCode == 0, againstTgz.out.constData());
        const ProcessResult json = cli({QStringLiteral("chart"), QStringLiteral("diff"), tgz, fresh,
            QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("equal")).toBool(), true);

        const QString ref = QStringLiteral("localhost:5000/myrepo/mychart:0.1.0");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), fresh, ref}).exitCode, 0);
        const ProcessResult cached = cli({QStringLiteral("chart"), QStringLiteral("diff"), ref, fresh});
        QVERIFY2(cached.exitCode == 0, QByteArray(cached.out + cached.err).constData());
    }

    void aChartWithAVendoredDependencyEqualsItsPackage()
    {
        // `helm package` writes charts/sub-0.1.0.tgz as the files of the chart in it (charts/sub/...).
        const QString parent = m_tmp.filePath(QStringLiteral("vendored"));
        QDir().mkpath(parent + QStringLiteral("/sub"));
        const QString sub = helmCreate(parent + QStringLiteral("/sub"));
        const QString withDep = helmCreate(parent + QStringLiteral("/parent"));
        QVERIFY(!sub.isEmpty() && !withDep.isEmpty());
        QVERIFY(editFile(withDep + QStringLiteral("/Chart.yaml"), "appVersion: \"1.16.0\"\n",
            "appVersion: \"1.16.0\"\ndependencies:\n  - name: mychart\n    alias: sub\n    version: 0.1.0\n"
            "    repository: file://../sub/mychart\n"));
        QVERIFY(
            helm({QStringLiteral("package"), sub, QStringLiteral("-d"), withDep + QStringLiteral("/charts")},
                parent)
                .exitCode
            == 0);
        const ProcessResult packaged
            = helm({QStringLiteral("package"), withDep, QStringLiteral("-d"), parent}, parent);
        QVERIFY2(packaged.exitCode == 0, packaged.err.constData());
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("diff"), withDep,
            parent + QStringLiteral("/mychart-0.1.0.tgz")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    }

    void twoCachedChartsCompareTheirManifests()
    {
        const QString oldRef = QStringLiteral("localhost:5000/myrepo/mychart:0.1.0");
        const QString newRef = QStringLiteral("localhost:5000/myrepo/mychart:0.2.0");
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_old, oldRef}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("save"), m_new, newRef}).exitCode, 0);
        const ProcessResult r = cli({QStringLiteral("chart"), QStringLiteral("diff"), oldRef, newRef,
            QStringLiteral("--only"), QStringLiteral("metadata")});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        if (!out.contains(QStringLiteral("Manifest:\n  changed config digest: sha256:")))
            std::fprintf(stderr, "%s\n", qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Manifest:\n  changed config digest: sha256:")));
        QVERIFY(out.contains(QStringLiteral("  changed manifest digest: sha256:")));
        QVERIFY(out.contains(
            QStringLiteral("  changed annotation org.opencontainers.image.version: 0.1.0 -> 0.2.0\n")));
        // The same cached chart twice: equal, manifests and all.
        QCOMPARE(cli({QStringLiteral("chart"), QStringLiteral("diff"), newRef, newRef}).exitCode, 0);
    }

    void troubleExitsTwo()
    {
        auto diff = [this](const QStringList &args) {
            return cli(QStringList {QStringLiteral("chart"), QStringLiteral("diff")} + args);
        };
        const ProcessResult missing = diff({m_old, m_tmp.filePath(QStringLiteral("no-such-dir"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no such file or directory"));
        QCOMPARE(diff({m_old, QStringLiteral("localhost:5000/myrepo/absent:1.0.0")}).exitCode, 2);
        const ProcessResult neither = diff({m_old, QStringLiteral("not a ref")});
        QCOMPARE(neither.exitCode, 2);
        QVERIFY(neither.err.contains("neither a chart directory or package nor a chart reference"));
        QCOMPARE(diff({m_old, m_new, QStringLiteral("--only"), QStringLiteral("bogus")}).exitCode, 2);
        QCOMPARE(diff({m_old, m_new, QStringLiteral("-o"), QStringLiteral("yaml")}).exitCode, 2);
        QCOMPARE(diff({m_old}).exitCode, 2);
        QCOMPARE(diff({m_old, m_new, QStringLiteral("--force")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "test_cli_diff.moc"
