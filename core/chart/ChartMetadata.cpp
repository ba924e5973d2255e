#include "core/chart/ChartMetadata.h"

#include "core/chart/HelmAnnotations.h"
#include "core/chart/PrintableText.h"
#include "core/chart/SemVer.h"
#include "core/chart/YamlAliasCheck.h"
#include "core/oci/GoJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace charthouse {

namespace {

Error invalid(const QString &source, const QString &why)
{
    return Error(Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(printable(source), why));
}

QString atLine(const QString &source, int line)
{
    return QCoreApplication::translate("charthouse::ChartMetadata", "%1 line %2").arg(source).arg(line + 1);
}

QString where(const QString &source, const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? source : atLine(source, mark.line);
}

// Scalars into string fields the way Helm reads them (sigs.k8s.io/yaml over go-yaml v2): an unquoted number
// or boolean is first resolved, then printed back, so `appVersion: 1.10` becomes "1.1" and `yes` becomes
// "true".
Result<QString> scalar(const YAML::Node &node, const QString &source, const char *field)
{
    if (!node || node.IsNull())
        return QString();
    if (!node.IsScalar())
        return invalid(where(source, node),
            QCoreApplication::translate("charthouse::ChartMetadata", "\"%1\" must be a plain value")
                .arg(QLatin1String(field)));
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!")
        return text; // quoted: a string as written
    return goYamlPlainScalarAsString(text);
}

Result<QStringList> scalarList(const YAML::Node &node, const QString &source, const char *field)
{
    QStringList list;
    if (!node || node.IsNull())
        return list;
    if (!node.IsSequence())
        return invalid(where(source, node),
            QCoreApplication::translate("charthouse::ChartMetadata", "\"%1\" must be a list")
                .arg(QLatin1String(field)));
    for (const YAML::Node &item : node) {
        auto value = scalar(item, source, field);
        if (!value)
            return value.error();
        list.append(*value);
    }
    return list;
}

Result<bool> boolean(const YAML::Node &node, const QString &source, const char *field)
{
    if (!node || node.IsNull())
        return false;
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
        return invalid(where(source, node),
            QCoreApplication::translate("charthouse::ChartMetadata", "\"%1\" must be true or false")
                .arg(QLatin1String(field)));
    return value;
}

// A YAML value as Go would marshal it after sigs.k8s.io/yaml's YAML→JSON conversion (maps sorted by key).
QByteArray goJsonFromYaml(const YAML::Node &node)
{
    if (!node || node.IsNull())
        return "null";
    if (node.IsSequence()) {
        QByteArray out = "[";
        bool first = true;
        for (const YAML::Node &item : node) {
            if (!first)
                out += ',';
            first = false;
            out += goJsonFromYaml(item);
        }
        return out + ']';
    }
    if (node.IsMap()) {
        QMap<QByteArray, QByteArray> members;
        for (const auto &pair : node)
            members.insert(QByteArray::fromStdString(pair.first.Scalar()), goJsonFromYaml(pair.second));
        QByteArray out = "{";
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (it != members.cbegin())
                out += ',';
            out += goJsonString(QString::fromUtf8(it.key())) + ':' + it.value();
        }
        return out + '}';
    }
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() != "!") { // an unquoted plain scalar may be a bool or a number
        static const QRegularExpression integer(QStringLiteral("^-?(0|[1-9][0-9]*)$"));
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text.toLatin1();
        if (integer.match(text).hasMatch())
            return text.toLatin1();
    }
    return goJsonString(text);
}

Result<ChartMaintainer> maintainer(const YAML::Node &node, const QString &source)
{
    if (!node || node.IsNull() || !node.IsMap())
        return invalid(where(source, node),
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "maintainers must not contain empty or null entries"));
    ChartMaintainer m;
    for (auto [field, target] : {std::pair {"name", &m.name}, {"email", &m.email}, {"url", &m.url}}) {
        auto value = scalar(node[field], source, field);
        if (!value)
            return value.error();
        *target = *value;
    }
    return m;
}

Result<ChartDependency> dependency(const YAML::Node &node, const QString &source)
{
    if (!node || node.IsNull() || !node.IsMap())
        return invalid(where(source, node),
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "dependencies must not contain empty or null entries"));
    ChartDependency d;
    for (auto [field, target] : {std::pair {"name", &d.name}, {"version", &d.version},
             {"repository", &d.repository}, {"condition", &d.condition}, {"alias", &d.alias}}) {
        auto value = scalar(node[field], source, field);
        if (!value)
            return value.error();
        *target = *value;
    }
    auto tags = scalarList(node["tags"], source, "tags");
    if (!tags)
        return tags.error();
    d.tags = *tags;
    auto enabled = boolean(node["enabled"], source, "enabled");
    if (!enabled)
        return enabled.error();
    d.enabled = *enabled;
    if (const YAML::Node values = node["import-values"]; values && !values.IsNull()) {
        if (!values.IsSequence())
            return invalid(where(source, values),
                QCoreApplication::translate("charthouse::ChartMetadata", "\"import-values\" must be a list"));
        for (const YAML::Node &item : values)
            d.importValues.append(goJsonFromYaml(item));
    }
    // Dependency.Validate (Helm 3.4 does not sanitize strings yet; 3.5.2+ does: ConfigFlavor::Helm4)
    static const QRegularExpression aliasFormat(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    if (!d.alias.isEmpty() && !aliasFormat.match(d.alias).hasMatch())
        return invalid(source,
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "dependency \"%1\" has disallowed characters in the alias")
                .arg(printable(d.name)));
    return d;
}

Result<QList<ChartDependency>> parseDependencies(const YAML::Node &node, const QString &source)
{
    QList<ChartDependency> list;
    if (!node || node.IsNull())
        return list;
    if (!node.IsSequence())
        return invalid(where(source, node),
            QCoreApplication::translate("charthouse::ChartMetadata", "\"dependencies\" must be a list"));
    for (const YAML::Node &item : node) {
        auto d = dependency(item, source);
        if (!d)
            return d.error();
        list.append(std::move(*d));
    }
    return list;
}

Result<YAML::Node> loadYamlMap(const QByteArray &yaml, const QString &source)
{
    YAML::Node root;
    try {
        // Before YAML::Load, whose nodes share what aliases point to, but whose consumers (goJsonFromYaml)
        // would expand every alias.
        if (const auto problem = findExcessiveAliasing(yaml))
            return invalid(atLine(source, problem->line), problem->why);
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's own guard, fixed when the library is built (500 nodes deep in Debian's 0.7); it keeps a
        // hostile file from exhausting the stack. Helm 3.4 reads up to 10,000 levels; no real chart nests so.
        return invalid(atLine(source, e.mark.line),
            QCoreApplication::translate("charthouse::ChartMetadata",
                "lists and maps nested more than %1 levels deep; Charthouse's YAML reader stops there")
                .arg(e.depth() - 1));
    } catch (const YAML::Exception &e) {
        return invalid(atLine(source, e.mark.line),
            QCoreApplication::translate("charthouse::ChartMetadata", "not valid YAML: %1")
                .arg(QString::fromStdString(e.msg)));
    }
    if (root.IsNull())
        return YAML::Node(YAML::NodeType::Map);
    if (!root.IsMap())
        return invalid(source,
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "the file must be a YAML mapping of keys to values"));
    return root;
}

Result<void> validate(ChartMetadata &md, const QString &source)
{
    // Metadata.Validate as in Helm 3.0-3.6, plus our stricter name and version rules, and only the chart APIs
    // Helm 4.1.4's loader knows.
    if (auto api = parseChartApi(md.apiVersion); !api)
        return invalid(source, api.error().message());
    if (md.name.isEmpty())
        return invalid(source, QCoreApplication::translate("charthouse::ChartMetadata", "name is required"));
    if (!isPlainChartName(md.name))
        return invalid(source,
            QCoreApplication::translate("charthouse::ChartMetadata",
                "name \"%1\" is not allowed: a chart name can't contain / or \\ or be . or ..")
                .arg(printable(md.name)));
    // Helm 3.4 fails on it too (it can't make the package's file name); a tar entry's name ends at a NUL.
    if (md.name.contains(QChar(0)))
        return invalid(source,
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "name \"%1\" is not allowed: it contains a NUL character")
                .arg(printable(md.name)));
    if (md.version.isEmpty())
        return invalid(
            source, QCoreApplication::translate("charthouse::ChartMetadata", "version is required"));
    if (!SemVer::parseAsHelm(md.version))
        return invalid(source,
            QCoreApplication::translate("charthouse::ChartMetadata",
                "version \"%1\" is not a valid SemVer 2 version (MAJOR.MINOR.PATCH, e.g. 1.2.3)")
                .arg(printable(md.version)));
    if (!md.type.isEmpty() && md.type != QLatin1String("application") && md.type != QLatin1String("library"))
        return invalid(source,
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "type \"%1\" must be application or library")
                .arg(printable(md.type)));
    QSet<QString> seen;
    for (const ChartDependency &d : std::as_const(md.dependencies)) {
        const QString key = d.alias.isEmpty() ? d.name : d.alias;
        if (seen.contains(key))
            return invalid(source,
                QCoreApplication::translate(
                    "charthouse::ChartMetadata", "more than one dependency with name or alias \"%1\"")
                    .arg(printable(key)));
        seen.insert(key);
    }
    return {};
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

Result<ChartApi> parseChartApi(const QString &apiVersion)
{
    // Helm 4.1.4's loader: v1, v2 and "" go to the v2 loader (which reads "" as v1), v3 to the v3 loader.
    if (apiVersion.isEmpty() || apiVersion == QLatin1String("v1"))
        return ChartApi::V1;
    if (apiVersion == QLatin1String("v2"))
        return ChartApi::V2;
    if (apiVersion == QLatin1String("v3"))
        return ChartApi::V3;
    return Error(Error::Code::InvalidInput,
        QCoreApplication::translate("charthouse::ChartMetadata",
            "apiVersion \"%1\" is not supported: Helm 4.1.4 reads charts of apiVersion v1, v2 and v3 "
            "(\"unsupported chart version\")")
            .arg(printable(apiVersion)));
}

QString chartApiName(ChartApi api)
{
    switch (api) {
    case ChartApi::V1: return QStringLiteral("v1");
    case ChartApi::V2: return QStringLiteral("v2");
    case ChartApi::V3: return QStringLiteral("v3");
    }
    Q_UNREACHABLE();
    return {};
}

bool isPlainChartName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
        && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
}

Result<ChartMetadata> ChartMetadata::fromChartYaml(const QByteArray &yaml, const QString &source)
{
    auto loaded = loadYamlMap(yaml, source);
    if (!loaded)
        return loaded.error();
    const YAML::Node &root = *loaded;
    ChartMetadata md;
    const std::pair<const char *, QString *> strings[] = {{"name", &md.name}, {"home", &md.home},
        {"version", &md.version}, {"description", &md.description}, {"icon", &md.icon},
        {"apiVersion", &md.apiVersion}, {"condition", &md.condition}, {"tags", &md.tags},
        {"appVersion", &md.appVersion}, {"kubeVersion", &md.kubeVersion}, {"type", &md.type}};
    for (const auto &[field, target] : strings) {
        auto value = scalar(root[field], source, field);
        if (!value)
            return value.error();
        *target = *value;
    }
    for (auto [field, target] : {std::pair {"sources", &md.sources}, {"keywords", &md.keywords}}) {
        auto list = scalarList(root[field], source, field);
        if (!list)
            return list.error();
        *target = *list;
    }
    if (const YAML::Node maintainers = root["maintainers"]; maintainers && !maintainers.IsNull()) {
        if (!maintainers.IsSequence())
            return invalid(where(source, maintainers), tr("\"maintainers\" must be a list"));
        for (const YAML::Node &item : maintainers) {
            auto m = maintainer(item, source);
            if (!m)
                return m.error();
            md.maintainers.append(*m);
        }
    }
    auto deprecated = boolean(root["deprecated"], source, "deprecated");
    if (!deprecated)
        return deprecated.error();
    md.deprecated = *deprecated;
    if (const YAML::Node annotations = root["annotations"]; annotations && !annotations.IsNull()) {
        if (!annotations.IsMap())
            return invalid(where(source, annotations), tr("\"annotations\" must be a mapping of strings"));
        for (const auto &pair : annotations) {
            auto value = scalar(pair.second, source, "annotations");
            if (!value)
                return value.error();
            md.annotations.insert(QString::fromStdString(pair.first.Scalar()), *value);
        }
    }
    auto deps = parseDependencies(root["dependencies"], source);
    if (!deps)
        return deps.error();
    md.dependencies = *deps;
    if (md.apiVersion.isEmpty())
        md.apiVersion = QStringLiteral("v1"); // Helm's loader does this for charts without apiVersion
    if (const YAML::Node version = root["version"]; version && version.IsScalar()
        && !SemVer::parseAsHelm(md.version) && QString::fromStdString(version.Scalar()) != md.version)
        return invalid(source,
            tr("version %1 is not a valid SemVer 2 version: unquoted, YAML reads it as the number %2 "
               "(write MAJOR.MINOR.PATCH, e.g. 1.2.3)")
                .arg(printable(QString::fromStdString(version.Scalar())), printable(md.version)));
    if (auto ok = validate(md, source); !ok)
        return ok.error();
    return md;
}

Result<void> ChartMetadata::applyRequirementsYaml(const QByteArray &yaml, const QString &source)
{
    auto loaded = loadYamlMap(yaml, source);
    if (!loaded)
        return loaded.error();
    if (const YAML::Node node = (*loaded)["dependencies"]; node) {
        auto deps = parseDependencies(node, source);
        if (!deps)
            return deps.error();
        dependencies = *deps;
    }
    return validate(*this, source);
}

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

Result<ChartApi> ChartMetadata::chartApi(const QByteArray &chartYaml) const
{
    if (!apiVersion.isEmpty() || chartYaml.isEmpty())
        return parseChartApi(apiVersion);
    const QString source = QStringLiteral("Chart.yaml");
    auto loaded = loadYamlMap(chartYaml, source);
    if (!loaded)
        return loaded.error();
    const YAML::Node &root = *loaded;
    auto value = scalar(root["apiVersion"], source, "apiVersion");
    if (!value)
        return value.error();
    return parseChartApi(*value);
}

Result<void> ChartMetadata::checkSavable(const QString &source) const
{
    auto api = chartApi();
    if (!api)
        return invalid(source, api.error().message());
    // Helm 4.1.4's `helm package` (and `helm template`) loads a v3 chart, then refuses it by its type:
    // errors.New("invalid chart apiVersion").
    if (*api == ChartApi::V3)
        return invalid(source,
            tr("apiVersion \"v3\" is not supported: Helm 4.1.4 refuses to package a v3 chart "
               "(\"invalid chart apiVersion\"); use apiVersion v2 to save it"));
    return {};
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
