#include "core/chart/ChartLoadCheck.h"

#include "core/chart/ChartArchiveReader.h"
#include "core/chart/ChartDirectoryLoader.h"
#include "core/chart/YamlAliasCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>

#include <yaml-cpp/yaml.h>

namespace charthouse {

namespace {

constexpr int maxDepth = 10; // subcharts of subcharts; Helm has no limit, a hostile archive would

Error invalid(const QString &where, const QString &why)
{
    return Error(Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(where, why));
}

Result<void> checkValues(const QByteArray &yaml, const QString &where)
{
    try {
        if (auto problem = findExcessiveAliasing(yaml)) // throws on a syntax error, as YAML::Load does
            return invalid(where, problem->why);
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (root.IsNull() || root.IsMap())
            return {};
        return invalid(where,
            QCoreApplication::translate(
                "charthouse::ChartLoadCheck", "values must be a mapping of keys to values"));
    } catch (const YAML::Exception &e) {
        return invalid(where,
            QCoreApplication::translate("charthouse::ChartLoadCheck", "not valid YAML: %1 (line %2)")
                .arg(QString::fromStdString(e.msg))
                .arg(e.mark.line + 1));
    }
}

Result<void> check(const ChartFiles &files, const QString &where, const ArchiveLimits &limits, int depth)
{
    if (depth > maxDepth)
        return invalid(
            where, QCoreApplication::translate("charthouse::ChartLoadCheck", "subcharts nested too deep"));
    QMap<QString, ChartFiles> subcharts; // name under charts/ → its files, paths relative to it
    for (const ChartFile &file : files) {
        if (file.path == QLatin1String("values.yaml")) {
            if (auto ok = checkValues(file.data, where + QStringLiteral("/values.yaml")); !ok)
                return ok;
            continue;
        }
        if (!file.path.startsWith(QLatin1String("charts/")) || file.path.endsWith(QLatin1String(".prov")))
            continue;
        const QString rest = file.path.mid(7);
        if (rest.startsWith(QLatin1Char('.')) || rest.startsWith(QLatin1Char('_')))
            continue;
        const QString name = rest.section(QLatin1Char('/'), 0, 0);
        subcharts[name].append({rest.section(QLatin1Char('/'), 1), file.data});
    }
    for (auto it = subcharts.cbegin(); it != subcharts.cend(); ++it) {
        const QString subWhere = where + QStringLiteral("/charts/") + it.key();
        ChartFiles subFiles = it.value();
        if (it.key().endsWith(QLatin1String(".tgz")) && subFiles.size() == 1
            && subFiles.first().path.isEmpty()) {
            auto archive = ChartArchiveReader::read(subFiles.first().data, limits);
            if (!archive)
                return archive.error().withContext(subWhere);
            subFiles = archive->files;
        }
        auto metadata = metadataFromFiles(subFiles, subWhere);
        if (!metadata)
            return metadata.error();
        if (auto ok = check(subFiles, subWhere, limits, depth + 1); !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<void> checkLoadsAsHelm(const ChartFiles &files, const QString &where, const ArchiveLimits &limits)
{
    // "mychart/" names mychart/values.yaml, not mychart//values.yaml.
    const QString chart = QDir::cleanPath(where);
    if (auto loads = check(files, chart, limits, 0); !loads)
        return loads;
    // Helm 4.1.4's `helm package` refuses a v3 chart only once it has loaded it whole, as here.
    auto metadata = metadataFromFiles(files, chart);
    if (!metadata)
        return metadata.error();
    return metadata->checkSavable(chart + QStringLiteral("/Chart.yaml"));
}

} // namespace charthouse
