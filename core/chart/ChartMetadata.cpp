#include "core/chart/ChartMetadata.h"

#include "core/chart/GoYamlMap.h"
#include "core/chart/PrintableText.h"
#include "core/chart/SemVer.h"
#include "core/chart/YamlAliasCheck.h"
#include "core/oci/GoJson.h"

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

enum class FieldKind { String, StringList, Bool, StringMap, Maintainers, Dependencies, ImportValues };

// A Go struct field: its JSON name, its type and where its value goes.
struct Field
{
    const char *name;
    FieldKind kind;
    void *target;
};

Result<void> decodeStruct(const YAML::Node &map, const QString &source, std::initializer_list<Field> fields);

Error mustBe(const QString &source, const YAML::Node &node, const char *what, const char *field)
{
    return invalid(goYamlWhere(source, node),
        QCoreApplication::translate("charthouse::ChartMetadata", what).arg(QLatin1String(field)));
}

// A YAML value as Go would marshal it after sigs.k8s.io/yaml's YAML→JSON conversion (maps sorted by key).
// checkUntypedGoYaml has passed it.
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
        QByteArray out = "{";
        if (auto members = goYamlMembers(node, {}))
            for (const GoYamlMember &m : std::as_const(*members))
                out += (out.size() > 1 ? "," : "") + goJsonString(m.key) + ':' + goJsonFromYaml(m.value);
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

// Scalars into Go strings the way Helm reads them (sigs.k8s.io/yaml over go-yaml v2): an unquoted number or
// boolean is first resolved, then printed back, so `appVersion: 1.10` becomes "1.1" and `yes` becomes "true".
Result<QString> stringItem(const YAML::Node &node, const QString &source, const char *field)
{
    if (node.IsNull())
        return QString(); // JSON null into a string element: ""
    if (!node.IsScalar())
        return mustBe(source, node,
            QT_TRANSLATE_NOOP("charthouse::ChartMetadata", "\"%1\" must be a plain value"), field);
    return goYamlStringValue(node);
}

// A list field from one JSON member: null empties it, anything but a sequence is an error, and the items
// replace what was there.
template<typename T, typename Item>
Result<void> decodeList(const Field &f, const YAML::Node &node, const QString &source, Item item)
{
    auto &target = *static_cast<QList<T> *>(f.target);
    if (node.IsNull()) {
        target.clear();
        return {};
    }
    if (!node.IsSequence())
        return mustBe(
            source, node, QT_TRANSLATE_NOOP("charthouse::ChartMetadata", "\"%1\" must be a list"), f.name);
    QList<T> list;
    for (const YAML::Node &n : node) {
        Result<T> value = item(n);
        if (!value)
            return value.error();
        list.append(std::move(*value));
    }
    target = list;
    return {};
}

Result<ChartMaintainer> maintainer(const YAML::Node &node, const QString &source)
{
    // Helm 3.4 keeps a null entry (as JSON null); Helm 3.5+ and 4 refuse the chart.
    if (!node.IsMap())
        return invalid(goYamlWhere(source, node),
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "maintainers must not contain empty or null entries"));
    ChartMaintainer m;
    if (auto ok = decodeStruct(node, source,
            {{"name", FieldKind::String, &m.name}, {"email", FieldKind::String, &m.email},
                {"url", FieldKind::String, &m.url}});
        !ok)
        return ok.error();
    return m;
}

Result<ChartDependency> dependency(const YAML::Node &node, const QString &source)
{
    if (!node.IsMap())
        return invalid(goYamlWhere(source, node),
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "dependencies must not contain empty or null entries"));
    ChartDependency d;
    if (auto ok = decodeStruct(node, source,
            {{"name", FieldKind::String, &d.name}, {"version", FieldKind::String, &d.version},
                {"repository", FieldKind::String, &d.repository},
                {"condition", FieldKind::String, &d.condition}, {"tags", FieldKind::StringList, &d.tags},
                {"enabled", FieldKind::Bool, &d.enabled},
                {"import-values", FieldKind::ImportValues, &d.importValues},
                {"alias", FieldKind::String, &d.alias}});
        !ok)
        return ok.error();
    // Dependency.Validate (Helm 3.4 does not sanitize strings yet; 3.5.2+ does: ConfigFlavor::Helm4)
    static const QRegularExpression aliasFormat(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    if (!d.alias.isEmpty() && !aliasFormat.match(d.alias).hasMatch())
        return invalid(source,
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "dependency \"%1\" has disallowed characters in the alias")
                .arg(printable(d.name)));
    return d;
}

// One field from one JSON member, as encoding/json sets it: null leaves strings and booleans as they were and
// empties lists and maps; a value of the wrong type is an error.
Result<void> decodeField(const Field &f, const YAML::Node &node, const QString &source)
{
    const bool null = node.IsNull();
    switch (f.kind) {
    case FieldKind::String:
        if (!null) {
            auto value = stringItem(node, source, f.name);
            if (!value)
                return value.error();
            *static_cast<QString *>(f.target) = *value;
        }
        return {};
    case FieldKind::Bool:
        if (!null) {
            const QString value = goYamlBoolValue(node);
            if (value.isEmpty())
                return mustBe(source, node,
                    QT_TRANSLATE_NOOP("charthouse::ChartMetadata", "\"%1\" must be true or false"), f.name);
            *static_cast<bool *>(f.target) = value == QLatin1String("true");
        }
        return {};
    case FieldKind::StringMap: {
        auto &map = *static_cast<QMap<QString, QString> *>(f.target);
        if (null) {
            map.clear();
            return {};
        }
        if (!node.IsMap())
            return mustBe(source, node,
                QT_TRANSLATE_NOOP("charthouse::ChartMetadata", "\"%1\" must be a mapping of strings"),
                f.name);
        auto members = goYamlMembers(node, source);
        if (!members)
            return members.error();
        for (const GoYamlMember &m : std::as_const(*members)) { // a map decoded into adds to what is there
            auto value = stringItem(m.value, source, f.name);
            if (!value)
                return value.error();
            map.insert(m.key, *value);
        }
        return {};
    }
    case FieldKind::StringList:
        return decodeList<QString>(
            f, node, source, [&](const YAML::Node &item) { return stringItem(item, source, f.name); });
    case FieldKind::ImportValues:
        return decodeList<QByteArray>(f, node, source, [&](const YAML::Node &item) -> Result<QByteArray> {
            if (auto ok = checkUntypedGoYaml(item, source); !ok)
                return ok.error();
            return goJsonFromYaml(item);
        });
    case FieldKind::Maintainers:
        return decodeList<ChartMaintainer>(
            f, node, source, [&](const YAML::Node &item) { return maintainer(item, source); });
    case FieldKind::Dependencies:
        return decodeList<ChartDependency>(
            f, node, source, [&](const YAML::Node &item) { return dependency(item, source); });
    }
    return {};
}

// A YAML mapping into a Go struct as encoding/json decodes it after sigs.k8s.io/yaml's conversion: members in
// key order, each to the field of exactly its name or else of its name under case folding (`Name:` sets
// name), members that match no field still checked as JSON.
Result<void> decodeStruct(const YAML::Node &map, const QString &source, std::initializer_list<Field> fields)
{
    auto members = goYamlMembers(map, source);
    if (!members)
        return members.error();
    for (const GoYamlMember &m : std::as_const(*members)) {
        const Field *field = nullptr;
        for (const Field &f : fields) {
            if (m.key == QLatin1String(f.name)) {
                field = &f;
                break;
            }
            if (!field && m.key.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
                field = &f;
        }
        if (auto ok = field ? decodeField(*field, m.value, source) : checkUntypedGoYaml(m.value, source); !ok)
            return ok;
    }
    return {};
}

// Chart.yaml (or requirements.yaml, which Helm reads into the same struct) onto md.
Result<void> decodeMetadata(const YAML::Node &root, ChartMetadata &md, const QString &source)
{
    return decodeStruct(root, source,
        {{"name", FieldKind::String, &md.name}, {"home", FieldKind::String, &md.home},
            {"sources", FieldKind::StringList, &md.sources}, {"version", FieldKind::String, &md.version},
            {"description", FieldKind::String, &md.description},
            {"keywords", FieldKind::StringList, &md.keywords},
            {"maintainers", FieldKind::Maintainers, &md.maintainers}, {"icon", FieldKind::String, &md.icon},
            {"apiVersion", FieldKind::String, &md.apiVersion},
            {"condition", FieldKind::String, &md.condition}, {"tags", FieldKind::String, &md.tags},
            {"appVersion", FieldKind::String, &md.appVersion},
            {"deprecated", FieldKind::Bool, &md.deprecated},
            {"annotations", FieldKind::StringMap, &md.annotations},
            {"kubeVersion", FieldKind::String, &md.kubeVersion},
            {"dependencies", FieldKind::Dependencies, &md.dependencies},
            {"type", FieldKind::String, &md.type}});
}

Result<YAML::Node> loadYamlMap(const QByteArray &yaml, const QString &source)
{
    // go-yaml reads only UTF-8 without control characters; yaml-cpp is laxer.
    int line = 0;
    if (const QString problem = goYamlReaderProblem(yaml, &line); !problem.isEmpty())
        return invalid(atLine(source, line), problem);
    YAML::Node root;
    try {
        // Before YAML::Load, whose nodes share what aliases point to, but whose consumers (goJsonFromYaml)
        // would expand every alias.
        if (const auto problem = findExcessiveAliasing(yaml))
            return invalid(atLine(source, problem->line), problem->why);
        const GoYamlFixes fixes = goYamlFixes(yaml);
        if (fixes.unclosedQuoteLine)
            return invalid(atLine(source, *fixes.unclosedQuoteLine),
                QCoreApplication::translate("charthouse::ChartMetadata",
                    "a quoted value has no closing quote before the end of the file"));
        root = YAML::Load(yaml.toStdString());
        applyGoYamlFixes(root, fixes);
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
    // Helm 3.4's `chart save` writes Chart.yaml back out through JSON and go-yaml, whose reader refuses the
    // control characters JSON leaves as they are; written as escapes in double quotes they load, then fail
    // it.
    for (const char32_t c : QString::fromUtf8(md.toHelmConfigJson(ConfigFlavor::Helm3Legacy)).toUcs4())
        if (c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF)
            return invalid(source,
                QCoreApplication::translate("charthouse::ChartMetadata",
                    "a value holds the control character U+%1, which Helm can't write back into Chart.yaml")
                    .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
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
    if (auto ok = decodeMetadata(root, md, source); !ok)
        return ok.error();
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
    if (auto ok = decodeMetadata(*loaded, *this, source); !ok)
        return ok;
    return validate(*this, source);
}

Result<ChartApi> ChartMetadata::chartApi(const QByteArray &chartYaml) const
{
    if (!apiVersion.isEmpty() || chartYaml.isEmpty())
        return parseChartApi(apiVersion);
    const QString source = QStringLiteral("Chart.yaml");
    auto loaded = loadYamlMap(chartYaml, source);
    if (!loaded)
        return loaded.error();
    const YAML::Node apiNode = (*loaded)["apiVersion"];
    return parseChartApi(apiNode && apiNode.IsScalar() ? goYamlStringValue(apiNode) : QString());
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

} // namespace charthouse
