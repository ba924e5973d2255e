// Charthouse against what Helm 3.4.2 and 4.1.4 made of each Chart.yaml / requirements.yaml in
// tests/interop/yaml-corpus (recorded there by tests/interop/test_yaml_corpus, which checks the records
// against the real Helm): the same verdict, accept or refuse, and when accepted the same config blob as
// Helm 3.4.2's and the same metadata as Helm 4.1.4 shows. Each deliberate difference is written in the case's
// `expect`.
#include "tests/support/YamlCorpus.h"

#include <QtTest>

using namespace charthouse::test;

class TestYamlCorpus : public QObject
{
    Q_OBJECT
    int m_cases = 0;
    int m_agree342 = 0;
    int m_agree414 = 0;

private slots:
    void corpus_data()
    {
        QTest::addColumn<CorpusCase>("c");
        const QList<CorpusCase> cases = loadYamlCorpus();
        QVERIFY(cases.size() >= 45);
        for (const CorpusCase &c : cases)
            QTest::newRow(qPrintable(c.name)) << c;
    }
    void corpus()
    {
        QFETCH(CorpusCase, c);
        const CharthouseVerdict ours = charthouseVerdict(c.dir);
        ++m_cases;
        const bool same342
            = ours.accepted == c.helm342Accepts && (!ours.accepted || ours.configJson == c.helm342Json);
        const bool same414 = ours.accepted == c.helm414Accepts
            && (!ours.accepted
                || metadataFromConfigJson(ours.helm4ConfigJson) == metadataFromHelmYaml(c.helm414Yaml));
        m_agree342 += same342;
        m_agree414 += same414;

        QVERIFY2(ours.accepted == c.charthouseAccepts,
            qPrintable(QStringLiteral("expected Charthouse to %1 it; it %2")
                           .arg(c.charthouseAccepts ? QStringLiteral("accept") : QStringLiteral("refuse"),
                               ours.accepted ? QStringLiteral("accepted it") : ours.error)));
        if (!same342 || !same414)
            QVERIFY2(c.explained(), "a difference without a reason");
        if (!ours.accepted) {
            // The error names the file it is about.
            const bool namesFile = ours.error.contains(QLatin1String("Chart.yaml"))
                || ours.error.contains(QLatin1String("requirements.yaml"));
            QVERIFY2(namesFile, qPrintable(ours.error));
            return;
        }
        if (c.helm342Accepts && c.metadata342Why.isEmpty())
            QCOMPARE(ours.configJson, c.helm342Json);
        if (c.helm414Accepts && c.metadata414Why.isEmpty())
            QCOMPARE(metadataFromConfigJson(ours.helm4ConfigJson), metadataFromHelmYaml(c.helm414Yaml));
    }

    void cleanupTestCase()
    {
        qInfo("agreement with Helm 3.4.2: %d/%d, Helm 4.1.4: %d/%d (recorded)", m_agree342, m_cases,
            m_agree414, m_cases);
    }
};

QTEST_GUILESS_MAIN(TestYamlCorpus)
#include "test_yamlcorpus.moc"
