// The Chart.yaml corpus (tests/interop/yaml-corpus) against the real Helm: for every case, Helm 3.4.2's
// `chart save` and Helm 4.1.4's `helm package` / `helm show chart` must still give the verdicts and metadata
// recorded in the case (which test_yamlcorpus holds Charthouse to), and Charthouse's agreement with each is
// counted and printed. CHARTHOUSE_RECORD_YAML_CORPUS=1 writes the records from live Helm instead, keeping the
// reasons written for Charthouse's deliberate differences.
#include "tests/support/TestSupport.h"
#include "tests/support/YamlCorpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>
#include <QtTest>

using namespace charthouse::test;

namespace {

struct Live
{
    bool helm342Accepts = false;
    QByteArray helm342Json;
    QString helm342Error;
    bool helm414Accepts = false;
    QByteArray helm414Yaml;
    QString helm414Error;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject jsonFile(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// The config blob of the one chart in a Helm 3.4.2 cache.
QByteArray helm3ConfigBlob(const QString &cache)
{
    auto blob = [&cache](const QJsonValue &descriptor) -> QString {
        return cache + QStringLiteral("/blobs/sha256/")
            + descriptor.toObject().value(QLatin1String("digest")).toString().section(QLatin1Char(':'), 1);
    };
    const QJsonArray manifests
        = jsonFile(cache + QStringLiteral("/index.json")).value(QLatin1String("manifests")).toArray();
    if (manifests.size() != 1)
        return {};
    return readFile(blob(jsonFile(blob(manifests.first())).value(QLatin1String("config"))));
}

Live runHelm(const CorpusCase &c, const QString &work)
{
    Live live;
    const QString home = work + QLatin1Char('/') + c.name;
    QStringList env = homeEnvironment(home);
    env << QStringLiteral("HELM_CACHE_HOME=") + home + QStringLiteral("/cache")
        << QStringLiteral("HELM_CONFIG_HOME=") + home + QStringLiteral("/config")
        << QStringLiteral("HELM_DATA_HOME=") + home + QStringLiteral("/data");

    const ProcessResult saved = run(helmPath(QStringLiteral("3.4.2")),
        {QStringLiteral("chart"), QStringLiteral("save"), c.dir, QStringLiteral("localhost:5000/corpus/c:1")},
        env + QStringList {QStringLiteral("HELM_EXPERIMENTAL_OCI=1")});
    live.helm342Accepts = saved.exitCode == 0;
    live.helm342Error = QString::fromUtf8(saved.err).trimmed();
    if (live.helm342Accepts)
        live.helm342Json = helm3ConfigBlob(home + QStringLiteral("/cache/registry/cache"));

    // Helm 4 makes a package (which also holds the version to strict SemVer and reads Chart.yaml as Helm 4
    // reads a pulled chart); dependencies that are not in charts/ are no fault of the YAML, so that one
    // refusal is let through. The metadata is what `helm show chart` prints of the directory.
    const QString helm4 = helmPath(QStringLiteral("4.1.4"));
    const ProcessResult packaged = run(
        helm4, {QStringLiteral("package"), c.dir, QStringLiteral("-d"), home + QStringLiteral("/out")}, env);
    const ProcessResult shown = run(helm4, {QStringLiteral("show"), QStringLiteral("chart"), c.dir}, env);
    live.helm414Accepts = shown.exitCode == 0
        && (packaged.exitCode == 0 || packaged.err.contains("but missing in charts/ directory"));
    live.helm414Error = QString::fromUtf8(packaged.exitCode != 0 ? packaged.err : shown.err).trimmed();
    if (live.helm414Accepts)
        live.helm414Yaml = shown.out;
    return live;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    if (data.isEmpty())
        return !QFile::exists(path) || QFile::remove(path);
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit();
}

QString verdict(bool accepts)
{
    return accepts ? QStringLiteral("accepts") : QStringLiteral("refuses");
}

} // namespace

class TestYamlCorpusInterop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        if (helmPath(QStringLiteral("4.1.4")).isEmpty() || helmPath(QStringLiteral("3.4.2")).isEmpty())
            QSKIP("real Helm missing: run scripts/fetch-helm.sh");
        QVERIFY(m_tmp.isValid());
    }

    void corpusAgreesWithLiveHelm()
    {
        QList<CorpusCase> cases = loadYamlCorpus();
        QVERIFY(cases.size() >= 45);
        const QString work = m_tmp.path();
        // Helm's start-up dominates; a few at a time keeps the whole corpus well under a minute.
        QThreadPool pool;
        pool.setMaxThreadCount(qMax(4, QThread::idealThreadCount() * 2));
        const QList<Live> lives = QtConcurrent::blockingMapped<QList<Live>>(
            &pool, cases, [&work](const CorpusCase &c) { return runHelm(c, work); });

        const bool record = qEnvironmentVariableIntValue("CHARTHOUSE_RECORD_YAML_CORPUS") == 1;
        QStringList problems;
        int agree342 = 0;
        int agree414 = 0;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            CorpusCase &c = cases[i];
            const Live &live = lives[i];
            if (record) {
                c.helm342Accepts = live.helm342Accepts;
                c.helm414Accepts = live.helm414Accepts;
                if (c.charthouseWhy.isEmpty())
                    c.charthouseAccepts = live.helm342Accepts;
                QVERIFY(writeFile(c.dir + QStringLiteral("/expect"), expectText(c)));
                QVERIFY(writeFile(c.dir + QStringLiteral("/helm-3.4.2.json"), live.helm342Json));
                QVERIFY(writeFile(c.dir + QStringLiteral("/helm-4.1.4.yaml"), live.helm414Yaml));
                c.helm342Json = live.helm342Json;
                c.helm414Yaml = live.helm414Yaml;
            }
            if (live.helm342Accepts != c.helm342Accepts || live.helm342Json != c.helm342Json)
                problems << QStringLiteral("%1: Helm 3.4.2 now %2 it (%3), not as recorded")
                                .arg(c.name, verdict(live.helm342Accepts), live.helm342Error);
            if (live.helm414Accepts != c.helm414Accepts || live.helm414Yaml != c.helm414Yaml)
                problems << QStringLiteral("%1: Helm 4.1.4 now %2 it (%3), not as recorded")
                                .arg(c.name, verdict(live.helm414Accepts), live.helm414Error);

            const CharthouseVerdict ours = charthouseVerdict(c.dir);
            const bool same342 = ours.accepted == live.helm342Accepts
                && (!ours.accepted || ours.configJson == live.helm342Json);
            const bool same414 = ours.accepted == live.helm414Accepts
                && (!ours.accepted
                    || metadataFromConfigJson(ours.helm4ConfigJson) == metadataFromHelmYaml(live.helm414Yaml));
            agree342 += same342;
            agree414 += same414;
            const QString detail
                = QStringLiteral("%1: Charthouse %2 it (%3); Helm 3.4.2 %4 it (%5); Helm 4.1.4 %6 it (%7)")
                      .arg(c.name, verdict(ours.accepted), ours.error, verdict(live.helm342Accepts),
                          live.helm342Error, verdict(live.helm414Accepts), live.helm414Error);
            if (!same342 || !same414) {
                // Printed for the closing note: every difference and why.
                QStringList why {c.charthouseWhy, c.metadata342Why, c.metadata414Why};
                why.removeAll(QString());
                qInfo(
                    "differs: %s — why: %s", qPrintable(detail), qPrintable(why.join(QStringLiteral("; "))));
            }
            if (ours.accepted != c.charthouseAccepts)
                problems << detail;
            else if ((!same342 || !same414) && !c.explained())
                problems << detail + QStringLiteral(": a difference with no reason written in expect");
        }
        qInfo("agreement with Helm 3.4.2: %d/%lld, Helm 4.1.4: %d/%lld", agree342, qlonglong(cases.size()),
            agree414, qlonglong(cases.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestYamlCorpusInterop)
#include "test_yaml_corpus.moc"
