#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace charthouse {

struct ChartMaintainer
{
    QString name;
    QString email;
    QString url;
};

struct ChartDependency
{
    QString name;
    QString version;
    QString repository;
    QString condition;
    QStringList tags;
    bool enabled = false;
    QList<QByteArray> importValues; // each item as Go-marshalled JSON (a string or a child/parent map)
    QString alias;
};

// Which Helm's config blob to write for a chart.
enum class ConfigFlavor {
    // Helm 3.5.2+ and 4 (`helm push`): the metadata's strings sanitized as their loader does (helmSanitized).
    Helm4,
    // Helm 3.0-3.5.1 (`helm chart save`, what --legacy writes): the strings as Chart.yaml has them.
    Helm3Legacy,
};

// A chart's Chart.yaml, modelled on Helm's chart.Metadata field for field and in its order, so that
// toHelmConfigJson() writes the exact bytes Helm writes for the config blob.
struct ChartMetadata
{
    QString name;
    QString home;
    QStringList sources;
    QString version;
    QString description;
    QStringList keywords;
    QList<ChartMaintainer> maintainers;
    QString icon;
    QString apiVersion;
    QString condition;
    QString tags;
    QString appVersion;
    bool deprecated = false;
    QMap<QString, QString> annotations;
    QString kubeVersion;
    QList<ChartDependency> dependencies;
    QString type;

    // Parses and validates Chart.yaml as Helm 3.0-3.6's loader does (missing apiVersion means v1; unquoted
    // numbers in string fields printed back the Go way), plus strict SemVer 2 versions and plain chart names.
    // sourceName names the file in errors.
    static Result<ChartMetadata> fromChartYaml(const QByteArray &yaml, const QString &sourceName);
    // Helm's loader reads `dependencies` from requirements.yaml over Chart.yaml's.
    Result<void> applyRequirementsYaml(const QByteArray &yaml, const QString &sourceName);
    // A config blob from a cache or a registry: tolerant, only name and version are required.
    static Result<ChartMetadata> fromConfigJson(const QByteArray &json);

    // json.Marshal(chart.Metadata): the config blob, byte for byte, as the Helm of `flavor` writes it.
    QByteArray toHelmConfigJson(ConfigFlavor flavor) const;

    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartMetadata)
};

// An unquoted YAML scalar as go-yaml v2 resolves it and sigs.k8s.io/yaml prints it into a string field:
// integers in any base as decimal, floats as Go's shortest float32 %g ("1.10" → "1.1"), YAML 1.1 booleans as
// "true"/"false"; anything else unchanged.
QString goYamlPlainScalarAsString(const QString &text);
// A chart name usable as a directory name: not empty, no '/' or '\', not '.' or '..'.
bool isPlainChartName(const QString &name);

} // namespace charthouse
