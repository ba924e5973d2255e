#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace charthouse {

// The chart API a chart's apiVersion names. v1 and v2 are Helm 3's; v3 is the format Helm's main branch is
// adding: Helm 4.1.4 reads it (`helm show chart`) but refuses to package or render it.
enum class ChartApi { V1, V2, V3 };

// "v1", "v2" or "v3"; an empty apiVersion is v1, as Helm's loaders read it. Anything else is an InvalidInput
// error naming it, with Helm 4.1.4's words for it ("unsupported chart version").
Result<ChartApi> parseChartApi(const QString &apiVersion);
QString chartApiName(ChartApi api);

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
    // Any chart API Helm 4.1.4 loads is read (v1, v2, v3); saving one is checkSavable()'s question.
    // sourceName names the file in errors.
    static Result<ChartMetadata> fromChartYaml(const QByteArray &yaml, const QString &sourceName);
    // Helm's loader reads `dependencies` from requirements.yaml over Chart.yaml's.
    Result<void> applyRequirementsYaml(const QByteArray &yaml, const QString &sourceName);
    // A config blob from a cache or a registry: tolerant, only name and version are required.
    static Result<ChartMetadata> fromConfigJson(const QByteArray &json);

    // json.Marshal(chart.Metadata): the config blob, byte for byte, as the Helm of `flavor` writes it.
    QByteArray toHelmConfigJson(ConfigFlavor flavor) const;

    // The chart API: apiVersion's. A config without one (Helm always writes it; another tool may not) takes
    // it from the chart's own Chart.yaml when given, reading only that key, so a pulled chart is never
    // re-validated.
    Result<ChartApi> chartApi(const QByteArray &chartYaml = {}) const;
    // Whether `chart save` may package this chart, as Helm 4.1.4's `helm package` decides after loading it: a
    // v3 chart is refused with its reason ("invalid chart apiVersion"). sourceName names Chart.yaml in the
    // error.
    Result<void> checkSavable(const QString &sourceName) const;

    Q_DECLARE_TR_FUNCTIONS(charthouse::ChartMetadata)
};

// An unquoted YAML scalar as go-yaml v2 resolves it and sigs.k8s.io/yaml prints it into a string field:
// integers in any base as decimal, floats as Go's shortest float32 %g ("1.10" → "1.1"), YAML 1.1 booleans as
// "true"/"false"; anything else unchanged.
QString goYamlPlainScalarAsString(const QString &text);
// A chart name usable as a directory name: not empty, no '/' or '\', not '.' or '..'.
bool isPlainChartName(const QString &name);

} // namespace charthouse
