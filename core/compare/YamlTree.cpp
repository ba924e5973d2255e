#include "core/compare/YamlTree.h"

#include "core/chart/YamlAliasCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace charthouse {

namespace {

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

} // namespace

Result<YAML::Node> loadYamlTree(const QByteArray &yaml, const QString &where)
{
    try {
        if (auto problem = findExcessiveAliasing(yaml))
            return Error(Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(where, problem->why));
        return YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("charthouse::ChartComparer", "%1: not valid YAML: %2 (line %3)")
                .arg(where, QString::fromStdString(e.msg))
                .arg(e.mark.line + 1));
    }
}

QString childPath(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (plain.match(key).hasMatch())
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    return path + QLatin1Char('[') + quoted(key) + QLatin1Char(']');
}

QString itemPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString compactYaml(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null: return QStringLiteral("null");
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        // "!" is yaml-cpp's tag for a quoted or block scalar: a string whatever it looks like.
        return node.Tag() == "!" ? quoted(text) : text;
    }
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map: break;
    }
    if (node.size() == 0)
        return node.IsMap() ? QStringLiteral("{}") : QStringLiteral("[]");
    YAML::Emitter out;
    out.SetMapFormat(YAML::Flow);
    out.SetSeqFormat(YAML::Flow);
    out << node;
    return QString::fromStdString(out.c_str()).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString keyText(const YAML::Node &key)
{
    return key.IsScalar() ? QString::fromStdString(key.Scalar()) : compactYaml(key);
}

QList<std::pair<QString, YAML::Node>> mapEntries(const YAML::Node &map)
{
    QList<std::pair<QString, YAML::Node>> entries;
    QHash<QString, qsizetype> position;
    for (const auto &entry : map) {
        const QString key = keyText(entry.first);
        const auto seen = position.constFind(key);
        if (seen != position.constEnd()) {
            entries[*seen].second = entry.second;
            continue;
        }
        position.insert(key, entries.size());
        entries.append({key, entry.second});
    }
    return entries;
}

} // namespace charthouse
