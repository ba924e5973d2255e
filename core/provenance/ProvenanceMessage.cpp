#include "core/provenance/ProvenanceMessage.h"

#include "core/oci/Digest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace charthouse::ProvenanceMessage {

namespace {

const QByteArray separator = QByteArrayLiteral("\n...\n");

bool readsAsOtherThanString(const QString &text)
{
    static const QRegularExpression other(
        QStringLiteral("^(|~|null|true|false|yes|no|on|off|y|n|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)(["
                       "eE][-+]?[0-9]+)?|0x[0-9a-f]+|0o?[0-7]+|[-+]?\\.inf|\\.nan)$"),
        QRegularExpression::CaseInsensitiveOption);
    return other.match(text).hasMatch();
}

void emitJson(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        out << YAML::BeginMap;
        const QJsonObject object = value.toObject();
        // QJsonObject iterates its keys sorted, as sigs.k8s.io/yaml writes them.
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitJson(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array:
        out << YAML::BeginSeq;
        for (const QJsonValue &item : value.toArray())
            emitJson(out, item);
        out << YAML::EndSeq;
        break;
    case QJsonValue::Bool: out << value.toBool(); break;
    case QJsonValue::Double: out << QString::number(value.toDouble(), 'g', 17).toStdString(); break;
    case QJsonValue::String:
        // Plain as go-yaml writes it, unless the plain text would read back as a number, a bool or null.
        if (readsAsOtherThanString(value.toString()))
            out << YAML::DoubleQuoted;
        out << value.toString().toStdString();
        break;
    default: out << YAML::Null;
    }
}

} // namespace

QByteArray build(const QByteArray &archive, const QString &fileName, const QByteArray &metadataYaml)
{
    QByteArray message = metadataYaml;
    message += separator;
    message += "files:\n  " + fileName.toUtf8() + ": " + Digest::of(archive).toString().toLatin1() + '\n';
    return message;
}

Result<QMap<QString, QString>> fileHashes(const QByteArray &message)
{
    // As Helm: the second part after splitting on "\n...\n".
    const qsizetype at = message.indexOf(separator);
    if (at < 0)
        return Error(Error::Code::Corrupt,
            QCoreApplication::translate("charthouse::ProvenanceMessage",
                "the signed message has no \"...\" line between the metadata and "
                "the file hashes"));
    const qsizetype end = message.indexOf(separator, at + separator.size());
    const QByteArray sums = message.mid(at + separator.size(), end < 0 ? -1 : end - at - separator.size());
    QMap<QString, QString> hashes;
    try {
        const YAML::Node root = YAML::Load(sums.toStdString());
        const YAML::Node files = root.IsMap() ? root["files"] : YAML::Node();
        if (!files.IsMap())
            return Error(Error::Code::Corrupt,
                QCoreApplication::translate(
                    "charthouse::ProvenanceMessage", "the signed message has no files: map"));
        for (const auto &entry : files) {
            if (!entry.first.IsScalar() || !entry.second.IsScalar())
                return Error(Error::Code::Corrupt,
                    QCoreApplication::translate("charthouse::ProvenanceMessage",
                        "the files: map holds something other than names and hashes"));
            hashes.insert(
                QString::fromStdString(entry.first.Scalar()), QString::fromStdString(entry.second.Scalar()));
        }
    } catch (const YAML::Exception &e) {
        return Error(Error::Code::Corrupt,
            QCoreApplication::translate("charthouse::ProvenanceMessage", "the file hashes are not YAML: %1")
                .arg(QString::fromStdString(e.msg)));
    }
    return hashes;
}

Result<QByteArray> metadataYamlFromConfig(const QByteArray &configJson)
{
    const QJsonDocument document = QJsonDocument::fromJson(configJson);
    if (!document.isObject())
        return Error(Error::Code::Internal,
            QCoreApplication::translate(
                "charthouse::ProvenanceMessage", "the chart's config is not a JSON object"));
    YAML::Emitter out;
    emitJson(out, document.object());
    QByteArray yaml(out.c_str(), static_cast<qsizetype>(out.size()));
    yaml += '\n';
    return yaml;
}

} // namespace charthouse::ProvenanceMessage
