#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

namespace charthouse::test {

// tests/interop/yaml-corpus: one directory per case with a Chart.yaml (and maybe a requirements.yaml), and
// what Helm made of it, recorded by test_yaml_corpus against the real Helm 3.4.2 and 4.1.4:
//   expect            lines "helm-3.4.2 accept|refuse", "helm-4.1.4 accept|refuse", and where Charthouse
//   differs
//                     on purpose, "charthouse accept|refuse: why" and "metadata-3.4.2|metadata-4.1.4 differs:
//                     why"
//   helm-3.4.2.json   the config blob Helm 3.4.2's `chart save` wrote (the chart metadata as JSON)
//   helm-4.1.4.yaml   what Helm 4.1.4's `helm show chart DIR` printed
struct CorpusCase
{
    QString name;
    QString dir;
    bool helm342Accepts = false;
    bool helm414Accepts = false;
    bool charthouseAccepts = false; // Helm 3.4.2's verdict unless `charthouse` overrides it
    QString charthouseWhy; // why Charthouse's verdict differs from a Helm's, when it does
    QString metadata342Why; // why the config blob differs from Helm 3.4.2's, when it does
    QString metadata414Why; // why the metadata differs from Helm 4.1.4's, when it does
    bool explained() const
    {
        return !charthouseWhy.isEmpty() || !metadata342Why.isEmpty() || !metadata414Why.isEmpty();
    }
    QByteArray helm342Json;
    QByteArray helm414Yaml;
};

QString yamlCorpusDir();
QList<CorpusCase> loadYamlCorpus();

// The record file's text for a case's verdicts (keeps the `charthouse` and `metadata-…` lines).
QByteArray expectText(const CorpusCase &c);

struct CharthouseVerdict
{
    bool accepted = false;
    QByteArray configJson; // when accepted: the config Helm 3.0-3.6 read in the cache (the legacy view's)
    QByteArray helm4ConfigJson; // when accepted: the config a modern save writes and pushes (Helm 4's)
    QString error; // when refused
};
// What Charthouse's save makes of the case's directory (ChartStore::package: load, check, package).
CharthouseVerdict charthouseVerdict(const QString &dir);

// Chart metadata as a JSON value that compares across the two spellings: our config JSON, and Helm 4's
// `helm show chart` YAML (go-yaml's marshalling, keys sorted; quoted scalars are strings, plain true/false
// are booleans).
QJsonValue metadataFromConfigJson(const QByteArray &json);
QJsonValue metadataFromHelmYaml(const QByteArray &yaml);

} // namespace charthouse::test

Q_DECLARE_METATYPE(charthouse::test::CorpusCase)
