// The same chart pushed by Helm 4.1.4 (`helm package` + `helm push`) and by charthouse-cli (`chart save` +
// `chart push`) to a real registry: the manifests carry the same annotations, byte for byte once the creation
// time is set aside, and the config blobs are the same bytes. With --legacy our config is the one
// Helm 3.4.2's `helm chart save` writes into its cache. (No raw string literals: Qt 6.4's moc fails on them.)
#include "tests/support/AnnotationCharts.h"
#include "tests/support/RegistryServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace charthouse::test;
namespace charts = charthouse::test::annotationcharts;

namespace {

struct Pushed
{
    QByteArray manifest;
    QByteArray config;
    QByteArray error; // why there is nothing
};

const QString createdKey = QStringLiteral("org.opencontainers.image.created");

// The manifest's "annotations" object as written, each created value replaced by a marker.
QByteArray annotationsText(const QByteArray &manifest)
{
    const qsizetype at = manifest.indexOf("\"annotations\":{");
    if (at < 0)
        return {};
    QString text = QString::fromUtf8(manifest.mid(at));
    static const QRegularExpression created(
        QStringLiteral("\"org\\.opencontainers\\.image\\.created\":\"[^\"]*\""));
    text.replace(created, QStringLiteral("\"org.opencontainers.image.created\":\"(set aside)\""));
    return text.toUtf8();
}

} // namespace

class TestHelmAnnotationsInterop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    QMap<QString, Pushed> m_helmPushed; // chart name → what Helm 4 pushed

    QStringList env() const
    {
        const QString home = m_tmp.path() + QStringLiteral("/home");
        return helmEnvironment(home);
    }
    QString helmCache() const { return m_tmp.path() + QStringLiteral("/home/helm-cache/registry/cache"); }

    QByteArray httpGet(const QString &path, const QByteArray &accept)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://") + m_registry->host() + path));
        if (!accept.isEmpty())
            request.setRawHeader("Accept", accept);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    }

    // The manifest of repo:tag on the registry, and the config blob it names.
    Pushed fetch(const QString &repo, const QString &tag)
    {
        Pushed pushed;
        pushed.manifest = httpGet(QStringLiteral("/v2/%1/manifests/%2").arg(repo, tag),
            "application/vnd.oci.image.manifest.v1+json");
        const QString digest = QJsonDocument::fromJson(pushed.manifest)
                                   .object()[QStringLiteral("config")]
                                   .toObject()[QStringLiteral("digest")]
                                   .toString();
        if (!digest.isEmpty())
            pushed.config = httpGet(QStringLiteral("/v2/%1/blobs/%2").arg(repo, digest), {});
        return pushed;
    }

    // The chart's directory, written once: Chart.yaml and the subchart `helm package` wants.
    QString chartDir(const QString &name, const char *yaml, const char *dependency)
    {
        const QString dir = m_tmp.path() + QStringLiteral("/src/") + name;
        QMap<QString, QByteArray> files {{QStringLiteral("Chart.yaml"), QByteArray(yaml)},
            {QStringLiteral("templates/cm.yaml"), "kind: ConfigMap\n"}};
        if (dependency) {
            const QByteArray depYaml(dependency);
            const QString depName
                = QString::fromUtf8(depYaml.mid(depYaml.indexOf("name: ") + 6).split('\n').first());
            files.insert(QStringLiteral("charts/") + depName + QStringLiteral("/Chart.yaml"), depYaml);
        }
        if (!QFileInfo::exists(dir))
            writeTree(dir, files);
        return dir;
    }

    // What Helm 4.1.4 pushes for the chart in `dir` (`helm package` + `helm push`), once per chart name.
    Pushed helm4Push(const QString &name, const QString &version, const QString &dir)
    {
        if (m_helmPushed.contains(name))
            return m_helmPushed.value(name);
        const QString packages = m_tmp.path() + QStringLiteral("/packages");
        QDir().mkpath(packages);
        const ProcessResult packaged = run(helmPath(QStringLiteral("4.1.4")),
            {QStringLiteral("package"), dir, QStringLiteral("-d"), packages}, env());
        if (packaged.exitCode != 0)
            return {{}, {}, "helm package: " + packaged.err};
        const ProcessResult pushed = run(helmPath(QStringLiteral("4.1.4")),
            {QStringLiteral("push"), packages + QStringLiteral("/%1-%2.tgz").arg(name, version),
                QStringLiteral("oci://") + m_registry->host() + QStringLiteral("/helm4"),
                QStringLiteral("--plain-http")},
            env());
        if (pushed.exitCode != 0)
            return {{}, {}, "helm push: " + pushed.err};
        const Pushed result = fetch(QStringLiteral("helm4/") + name, tagOf(version));
        m_helmPushed.insert(name, result);
        return result;
    }

    // What charthouse-cli pushes for the chart in `dir` to `repo` (`chart save` + `chart push`).
    Pushed ourPush(const QString &dir, const QString &repo, const QString &version, const QString &locale)
    {
        const QString cache = m_tmp.path() + QStringLiteral("/ours-") + locale;
        const QStringList localeEnv {QStringLiteral("LC_ALL=") + locale, QStringLiteral("LANG=") + locale};
        const auto cli = [&](const QStringList &args) {
            return run(cliPath(), QStringList {QStringLiteral("--cache"), cache} + args, env() + localeEnv);
        };
        const QString ref = m_registry->host() + QLatin1Char('/') + repo;
        const ProcessResult saved = cli({QStringLiteral("chart"), QStringLiteral("save"), dir, ref});
        if (saved.exitCode != 0)
            return {{}, {}, "chart save: " + saved.err};
        const ProcessResult pushed = cli({QStringLiteral("chart"), QStringLiteral("push"),
            QStringLiteral("--plain-http"), ref + QLatin1Char(':') + version});
        if (pushed.exitCode != 0)
            return {{}, {}, "chart push: " + pushed.err};
        return fetch(repo, tagOf(version));
    }

    static QString tagOf(const QString &version)
    {
        return QString(version).replace(QLatin1Char('+'), QLatin1Char('_'));
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
    }

    void sameAnnotationsAndConfigAsHelm4_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("dependency");
        QTest::addColumn<QString>("locale");
        const struct
        {
            const char *name, *version, *yaml, *dependency;
        } rows[] = {{"team", "2.3.4", charts::team, nullptr}, {"edge", "1.0.0", charts::edge, nullptr},
            {"uni", "0.1.0-rc.1+b.2", charts::uni, charts::uniDependency},
            {"block", "0.2.0", charts::block, nullptr},
            {"rich", "1.2.3-rc.1+build.5", charts::rich, charts::richDependency}};
        // The user's locale must not reach the bytes: de_DE writes a decimal comma, tr_TR has a dotless i.
        for (const char *locale : {"C", "de_DE.UTF-8", "tr_TR.UTF-8"})
            for (const auto &row : rows)
                QTest::addRow("%s-%s", row.name, locale)
                    << QString::fromLatin1(row.name) << QString::fromLatin1(row.version)
                    << QByteArray(row.yaml) << (row.dependency ? QByteArray(row.dependency) : QByteArray())
                    << QString::fromLatin1(locale);
    }
    void sameAnnotationsAndConfigAsHelm4()
    {
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, dependency);
        QFETCH(QString, locale);
        const QString dir
            = chartDir(name, yaml.constData(), dependency.isEmpty() ? nullptr : dependency.constData());
        const Pushed theirs = helm4Push(name, version, dir);
        QVERIFY2(theirs.error.isEmpty(), theirs.error.constData());
        QVERIFY(!theirs.manifest.isEmpty() && !theirs.config.isEmpty());
        const Pushed ours = ourPush(dir,
            QStringLiteral("ours-%1/%2").arg(locale.section(QLatin1Char('.'), 0, 0).toLower(), name), version,
            locale);
        QVERIFY2(ours.error.isEmpty(), ours.error.constData());
        QVERIFY(!ours.manifest.isEmpty());

        // The annotations, as maps (readable when they differ) and as the bytes Go's json.Marshal writes.
        QVariantMap theirMap = QJsonDocument::fromJson(theirs.manifest)
                                   .object()[QStringLiteral("annotations")]
                                   .toObject()
                                   .toVariantMap();
        QVariantMap ourMap = QJsonDocument::fromJson(ours.manifest)
                                 .object()[QStringLiteral("annotations")]
                                 .toObject()
                                 .toVariantMap();
        static const QRegularExpression rfc3339(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"));
        const QString ourCreated = ourMap.value(createdKey).toString();
        QVERIFY2(rfc3339.match(ourCreated).hasMatch(), qPrintable(ourCreated));
        QVERIFY(rfc3339.match(theirMap.value(createdKey).toString()).hasMatch());
        if (yaml.contains("org.opencontainers.image.created:")) // the chart's own value wins, with both tools
            QCOMPARE(ourCreated, theirMap.value(createdKey).toString());
        ourMap.remove(createdKey);
        theirMap.remove(createdKey);
        QCOMPARE(ourMap, theirMap);
        QVERIFY(annotationsText(theirs.manifest).contains("(set aside)"));
        QCOMPARE(annotationsText(ours.manifest), annotationsText(theirs.manifest));

        QCOMPARE(ours.config, theirs.config);
    }

    void everyCodePointAsHelm4_data()
    {
        QTest::addColumn<uint>("first");
        QTest::addColumn<uint>("last");
        // Planes 4-13 have nothing assigned.
        QTest::newRow("planes 0-2") << 0x1u << 0x2FFFFu;
        QTest::newRow("plane 3") << 0x30000u << 0x3FFFFu;
        QTest::newRow("planes 14-16") << 0xE0000u << 0x10FFFFu;
    }
    void everyCodePointAsHelm4()
    {
        // Each code point in a description (but surrogates, which YAML can't hold): the config Helm 4 pushes
        // keeps, folds to a space or drops each one as we do, by Go's Unicode tables (15.0; Qt 6.4 has 14.0).
        QFETCH(uint, first);
        QFETCH(uint, last);
        const QString name = QStringLiteral("every%1").arg(first, 0, 16);
        QByteArray yaml = "apiVersion: v2\nname: " + name.toUtf8() + "\nversion: 1.0.0\ndescription: \"";
        // Nor DEL, the C1 controls but U+0085, U+FFFE and U+FFFF: Helm 3.4.2's `chart save` fails on them, so
        // Charthouse refuses them (tests/interop/yaml-corpus, description-control-chars); Helm 4 drops them.
        const auto refused = [](uint c) {
            return c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF;
        };
        for (uint c = first; c <= last; ++c)
            if ((c < 0xD800 || c > 0xDFFF) && !refused(c))
                yaml += "\\U" + QByteArray::number(c, 16).rightJustified(8, '0');
        yaml += "\"\n";
        const QString dir = chartDir(name, yaml.constData(), nullptr);
        const Pushed theirs = helm4Push(name, QStringLiteral("1.0.0"), dir);
        QVERIFY2(theirs.error.isEmpty(), theirs.error.constData());
        const Pushed ours
            = ourPush(dir, QStringLiteral("ours/") + name, QStringLiteral("1.0.0"), QStringLiteral("C"));
        QVERIFY2(ours.error.isEmpty(), ours.error.constData());
        QVERIFY(theirs.config.contains("\"description\":\"")); // something is printable in each row
        if (ours.config != theirs.config) { // name the first code point that differs
            const QList<uint> a
                = QJsonDocument::fromJson(ours.config)[QStringLiteral("description")].toString().toUcs4();
            const QList<uint> b
                = QJsonDocument::fromJson(theirs.config)[QStringLiteral("description")].toString().toUcs4();
            qsizetype i = 0;
            while (i < a.size() && i < b.size() && a[i] == b[i])
                ++i;
            QFAIL(qPrintable(QStringLiteral("ours U+%1, Helm 4's U+%2 after %3 equal code points")
                                 .arg(i < a.size() ? a[i] : 0, 4, 16, QLatin1Char('0'))
                                 .arg(i < b.size() ? b[i] : 0, 4, 16, QLatin1Char('0'))
                                 .arg(i)));
        }
        QCOMPARE(ours.config, theirs.config);
    }

    void legacyConfigAsHelm3_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QByteArray>("dependency");
        // Not `uni`: Helm 3.4.2's `chart save` refuses it (its YAML writer rejects the control characters).
        QTest::newRow("team") << QStringLiteral("team") << QByteArray(charts::team) << QByteArray();
        QTest::newRow("edge") << QStringLiteral("edge") << QByteArray(charts::edge) << QByteArray();
        QTest::newRow("block") << QStringLiteral("block") << QByteArray(charts::block) << QByteArray();
        QTest::newRow("rich") << QStringLiteral("rich") << QByteArray(charts::rich)
                              << QByteArray(charts::richDependency);
    }
    void legacyConfigAsHelm3()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, yaml);
        QFETCH(QByteArray, dependency);
        const QString dir
            = chartDir(name, yaml.constData(), dependency.isEmpty() ? nullptr : dependency.constData());
        const QString helmRef = QStringLiteral("localhost:5000/helm3/%1:1.0.0").arg(name);
        const QString ourRef = QStringLiteral("localhost:5000/legacy/%1:1.0.0").arg(name);
        const ProcessResult helmSaved = run(helmPath(QStringLiteral("3.4.2")),
            {QStringLiteral("chart"), QStringLiteral("save"), dir, helmRef}, env());
        QVERIFY2(helmSaved.exitCode == 0, helmSaved.err.constData());
        // Into Helm's own cache, beside Helm's entry.
        const auto cli = [&](const QStringList &args) {
            return run(cliPath(), QStringList {QStringLiteral("--cache"), helmCache()} + args, env());
        };
        const ProcessResult saved
            = cli({QStringLiteral("chart"), QStringLiteral("save"), QStringLiteral("--legacy"), dir, ourRef});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const auto config = [&](const QString &ref) {
            const ProcessResult shown = cli({QStringLiteral("chart"), QStringLiteral("show"), ref,
                QStringLiteral("-o"), QStringLiteral("json")});
            const QString digest = QJsonDocument::fromJson(shown.out)
                                       .object()[QStringLiteral("manifest")]
                                       .toObject()[QStringLiteral("config")]
                                       .toObject()[QStringLiteral("digest")]
                                       .toString();
            QFile blob(helmCache() + QStringLiteral("/blobs/sha256/") + digest.mid(7));
            return !digest.isEmpty() && blob.open(QIODevice::ReadOnly) ? blob.readAll() : QByteArray();
        };
        const QByteArray theirs = config(helmRef);
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(config(ourRef), theirs);
    }
};

QTEST_GUILESS_MAIN(TestHelmAnnotationsInterop)
#include "test_helm_annotations_interop.moc"
