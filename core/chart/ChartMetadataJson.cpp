#include "core/chart/ChartMetadata.h"

#include "core/chart/HelmAnnotations.h"
#include "core/oci/GoJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The chart's config blob: read from what any Helm wrote, written as Helm 3.0–3.6 or Helm 4 writes it.
namespace charthouse {

namespace {

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

Result<ChartMetadata> ChartMetadata::fromConfigJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error(Error::Code::Corrupt,
            tr("the chart config is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    ChartMetadata md;
    md.name = str("name");
    md.home = str("home");
    md.sources = jsonStrings(o.value(QLatin1String("sources")));
    md.version = str("version");
    md.description = str("description");
    md.keywords = jsonStrings(o.value(QLatin1String("keywords")));
    for (const QJsonValue &m : o.value(QLatin1String("maintainers")).toArray()) {
        const QJsonObject mo = m.toObject();
        md.maintainers.append({mo.value(QLatin1String("name")).toString(),
            mo.value(QLatin1String("email")).toString(), mo.value(QLatin1String("url")).toString()});
    }
    md.icon = str("icon");
    md.apiVersion = str("apiVersion");
    md.condition = str("condition");
    md.tags = str("tags");
    md.appVersion = str("appVersion");
    md.deprecated = o.value(QLatin1String("deprecated")).toBool();
    const QJsonObject annotations = o.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        md.annotations.insert(it.key(), it.value().toString());
    md.kubeVersion = str("kubeVersion");
    for (const QJsonValue &d : o.value(QLatin1String("dependencies")).toArray()) {
        const QJsonObject dobj = d.toObject();
        ChartDependency dep;
        dep.name = dobj.value(QLatin1String("name")).toString();
        dep.version = dobj.value(QLatin1String("version")).toString();
        dep.repository = dobj.value(QLatin1String("repository")).toString();
        dep.condition = dobj.value(QLatin1String("condition")).toString();
        dep.tags = jsonStrings(dobj.value(QLatin1String("tags")));
        dep.enabled = dobj.value(QLatin1String("enabled")).toBool();
        for (const QJsonValue &iv : dobj.value(QLatin1String("import-values")).toArray())
            dep.importValues.append(iv.isString()
                    ? goJsonString(iv.toString())
                    : QJsonDocument(iv.toObject()).toJson(QJsonDocument::Compact));
        dep.alias = dobj.value(QLatin1String("alias")).toString();
        md.dependencies.append(dep);
    }
    md.type = str("type");
    if (md.name.isEmpty() || md.version.isEmpty())
        return Error(Error::Code::Corrupt, tr("the chart config has no name or version"));
    return md;
}

QByteArray ChartMetadata::toHelmConfigJson(ConfigFlavor flavor) const
{
    if (flavor == ConfigFlavor::Helm4)
        return helmSanitized(*this).toHelmConfigJson(ConfigFlavor::Helm3Legacy);
    GoJsonObject json;
    json.stringIfNotEmpty("name", name);
    json.stringIfNotEmpty("home", home);
    if (!sources.isEmpty())
        json.raw("sources", goJsonStringArray(sources));
    json.stringIfNotEmpty("version", version);
    json.stringIfNotEmpty("description", description);
    if (!keywords.isEmpty())
        json.raw("keywords", goJsonStringArray(keywords));
    if (!maintainers.isEmpty()) {
        QByteArray list = "[";
        for (qsizetype i = 0; i < maintainers.size(); ++i) {
            GoJsonObject m;
            m.stringIfNotEmpty("name", maintainers[i].name);
            m.stringIfNotEmpty("email", maintainers[i].email);
            m.stringIfNotEmpty("url", maintainers[i].url);
            list += (i ? "," : "") + m.finish();
        }
        json.raw("maintainers", list + ']');
    }
    json.stringIfNotEmpty("icon", icon);
    json.stringIfNotEmpty("apiVersion", apiVersion);
    json.stringIfNotEmpty("condition", condition);
    json.stringIfNotEmpty("tags", tags);
    json.stringIfNotEmpty("appVersion", appVersion);
    if (deprecated)
        json.raw("deprecated", "true");
    if (!annotations.isEmpty())
        json.raw("annotations", goJsonStringMap(annotations));
    json.stringIfNotEmpty("kubeVersion", kubeVersion);
    if (!dependencies.isEmpty()) {
        QByteArray list = "[";
        for (qsizetype i = 0; i < dependencies.size(); ++i) {
            const ChartDependency &d = dependencies[i];
            GoJsonObject o;
            o.string("name", d.name);
            o.stringIfNotEmpty("version", d.version);
            o.string("repository", d.repository);
            o.stringIfNotEmpty("condition", d.condition);
            if (!d.tags.isEmpty())
                o.raw("tags", goJsonStringArray(d.tags));
            if (d.enabled)
                o.raw("enabled", "true");
            if (!d.importValues.isEmpty())
                o.raw("import-values", '[' + d.importValues.join(',') + ']');
            o.stringIfNotEmpty("alias", d.alias);
            list += (i ? "," : "") + o.finish();
        }
        json.raw("dependencies", list + ']');
    }
    json.stringIfNotEmpty("type", type);
    return json.finish();
}

} // namespace charthouse
