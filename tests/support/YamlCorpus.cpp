#include "tests/support/YamlCorpus.h"

#include "core/store/ChartStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace charthouse::test {

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonValue fromYaml(const YAML::Node &node)
{
    if (node.IsMap()) {
        QJsonObject o;
        for (const auto &pair : node)
            o.insert(QString::fromStdString(pair.first.Scalar()), fromYaml(pair.second));
        return o;
    }
    if (node.IsSequence()) {
        QJsonArray a;
        for (const YAML::Node &item : node)
            a.append(fromYaml(item));
        return a;
    }
    if (!node.IsScalar())
        return QJsonValue::Null;
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() != "!" && (text == QLatin1String("true") || text == QLatin1String("false")))
        return text == QLatin1String("true");
    return text;
}

} // namespace

QString yamlCorpusDir()
{
    return QStringLiteral(CHARTHOUSE_YAML_CORPUS_DIR);
}

QList<CorpusCase> loadYamlCorpus()
{
    QList<CorpusCase> cases;
    const QDir root(yamlCorpusDir());
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        CorpusCase c;
        c.name = name;
        c.dir = root.filePath(name);
        std::optional<bool> ours;
        const QStringList lines
            = QString::fromUtf8(readFile(c.dir + QStringLiteral("/expect"))).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString key = line.section(QLatin1Char(' '), 0, 0);
            const QString rest = line.section(QLatin1Char(' '), 1);
            const QString why = rest.section(QStringLiteral(": "), 1).trimmed();
            const bool accepts = rest.startsWith(QLatin1String("accept"));
            if (key == QLatin1String("helm-3.4.2"))
                c.helm342Accepts = accepts;
            else if (key == QLatin1String("helm-4.1.4"))
                c.helm414Accepts = accepts;
            else if (key == QLatin1String("charthouse")) {
                ours = accepts;
                c.charthouseWhy = why;
            } else if (key == QLatin1String("metadata-3.4.2"))
                c.metadata342Why = why;
            else if (key == QLatin1String("metadata-4.1.4"))
                c.metadata414Why = why;
        }
        c.charthouseAccepts = ours.value_or(c.helm342Accepts);
        c.helm342Json = readFile(c.dir + QStringLiteral("/helm-3.4.2.json"));
        c.helm414Yaml = readFile(c.dir + QStringLiteral("/helm-4.1.4.yaml"));
        cases.append(c);
    }
    return cases;
}

QByteArray expectText(const CorpusCase &c)
{
    auto verdict = [](bool accepts) { return accepts ? QByteArray("accept") : QByteArray("refuse"); };
    QByteArray text
        = "helm-3.4.2 " + verdict(c.helm342Accepts) + "\nhelm-4.1.4 " + verdict(c.helm414Accepts) + '\n';
    if (!c.charthouseWhy.isEmpty())
        text += "charthouse " + verdict(c.charthouseAccepts) + ": " + c.charthouseWhy.toUtf8() + '\n';
    if (!c.metadata342Why.isEmpty())
        text += "metadata-3.4.2 differs: " + c.metadata342Why.toUtf8() + '\n';
    if (!c.metadata414Why.isEmpty())
        text += "metadata-4.1.4 differs: " + c.metadata414Why.toUtf8() + '\n';
    return text;
}

CharthouseVerdict charthouseVerdict(const QString &dir)
{
    auto packaged = ChartStore::package(dir, SaveOptions {});
    if (!packaged)
        return {false, {}, {}, packaged.error().message()};
    const QByteArray legacy
        = packaged->legacyConfigJson.isEmpty() ? packaged->configJson : packaged->legacyConfigJson;
    return {true, legacy, packaged->configJson, {}};
}

QJsonValue metadataFromConfigJson(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonValue metadataFromHelmYaml(const QByteArray &yaml)
{
    try {
        return fromYaml(YAML::Load(yaml.toStdString()));
    } catch (const YAML::Exception &) {
        return QJsonValue::Undefined;
    }
}

} // namespace charthouse::test
