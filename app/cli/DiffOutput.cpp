#include "app/cli/DiffOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace charthouse::cli {

namespace {

// A value on one line: one with a line break or a control character in double quotes, escaped.
QString oneLine(const QString &value)
{
    if (std::none_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20; }))
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString arrow(const QString &oldValue, const QString &newValue)
{
    auto shown
        = [](const QString &value) { return value.isEmpty() ? QStringLiteral("(none)") : oneLine(value); };
    return shown(oldValue) + QStringLiteral(" -> ") + shown(newValue);
}

QString fieldLines(const QList<FieldChange> &fields, const QString &indent)
{
    QString out;
    for (const FieldChange &f : fields)
        out += indent + f.field + QStringLiteral(": ") + arrow(f.oldValue, f.newValue) + QLatin1Char('\n');
    return out;
}

QString section(const QString &title, const QString &body)
{
    return body.isEmpty() ? QString() : title + QStringLiteral(":\n") + body;
}

QString changeLine(ChangeKind kind, const QString &name, const QString &oldValue, const QString &newValue)
{
    const QString head = QStringLiteral("  %1 %2").arg(ChartDiff::changeKindName(kind), name);
    switch (kind) {
    case ChangeKind::Added: return head + QStringLiteral(": ") + oneLine(newValue) + QLatin1Char('\n');
    case ChangeKind::Removed: return head + QStringLiteral(": ") + oneLine(oldValue) + QLatin1Char('\n');
    case ChangeKind::Changed: break;
    }
    return head + QStringLiteral(": ") + arrow(oldValue, newValue) + QLatin1Char('\n');
}

QString fileSide(qint64 size, const QString &sha256)
{
    return size < 0 ? QStringLiteral("(none)") : QStringLiteral("%1 bytes sha256:%2").arg(size).arg(sha256);
}

QString unifiedFile(const QString &oldName, const QString &newName, const TextDiff &text)
{
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldName, newName);
    if (text.omitted)
        out += QStringLiteral("# too many changed lines to show\n");
    else if (text.approximate)
        out += QStringLiteral("# too many changes to align: shown as removed, then added\n");
    return out + QString::fromUtf8(formatHunks(text.hunks));
}

QJsonValue orNull(const QString &value, bool present)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray fieldsJson(const QList<FieldChange> &fields)
{
    QJsonArray out;
    for (const FieldChange &f : fields)
        out.append(QJsonObject {{QStringLiteral("field"), f.field}, {QStringLiteral("old"), f.oldValue},
            {QStringLiteral("new"), f.newValue}});
    return out;
}

QJsonObject changeJson(ChangeKind kind, const QString &oldValue, const QString &newValue)
{
    return {{QStringLiteral("change"), ChartDiff::changeKindName(kind)},
        {QStringLiteral("old"), orNull(oldValue, kind != ChangeKind::Added)},
        {QStringLiteral("new"), orNull(newValue, kind != ChangeKind::Removed)}};
}

QJsonObject textDiffJson(const TextDiff &text)
{
    return {{QStringLiteral("diff"), QString::fromUtf8(formatHunks(text.hunks))},
        {QStringLiteral("approximate"), text.approximate}, {QStringLiteral("omitted"), text.omitted}};
}

QJsonArray partNames(CompareParts parts)
{
    QJsonArray out;
    const std::pair<ComparePart, const char *> names[] = {{ComparePart::Metadata, "metadata"},
        {ComparePart::Values, "values"}, {ComparePart::Files, "templates"}, {ComparePart::Images, "images"},
        {ComparePart::Manifest, "manifest"}};
    for (const auto &[part, name] : names)
        if (parts.testFlag(part))
            out.append(QLatin1String(name));
    return out;
}

} // namespace

QString chartDiffText(const ChartDiff &diff)
{
    QString summary;
    summary += section(QStringLiteral("Metadata"), fieldLines(diff.metadata, QStringLiteral("  changed ")));
    QString dependencies;
    for (const DependencyChange &d : diff.dependencies)
        dependencies += QStringLiteral("  %1 %2\n").arg(ChartDiff::changeKindName(d.kind), d.name)
            + fieldLines(d.fields, QStringLiteral("    "));
    summary += section(QStringLiteral("Dependencies"), dependencies);
    QString values;
    for (const ValueChange &v : diff.values)
        values += changeLine(v.kind, v.path, v.oldValue, v.newValue);
    summary += section(QStringLiteral("Values"), values);
    QString images;
    for (const ImageChange &i : diff.images)
        images += changeLine(
            i.kind, imageSourceName(i.source) + QLatin1Char(' ') + i.key, i.oldImage, i.newImage);
    summary += section(QStringLiteral("Images"), images);
    QString files;
    for (const FileChange &f : diff.files) {
        if (f.kind == FileChange::Kind::Unchanged)
            continue;
        files += QStringLiteral("  %1 %2").arg(ChartDiff::fileKindName(f.kind), f.path);
        if (f.binary)
            files += QStringLiteral(" (binary: %1 -> %2)")
                         .arg(fileSide(f.oldSize, f.oldSha256), fileSide(f.newSize, f.newSha256));
        files += QLatin1Char('\n');
    }
    summary += section(QStringLiteral("Files"), files);
    if (diff.manifest)
        summary += section(QStringLiteral("Manifest"),
            fieldLines(diff.manifest->digests, QStringLiteral("  changed "))
                + fieldLines(diff.manifest->annotations, QStringLiteral("  changed annotation ")));
    if (summary.isEmpty() && diff.valuesText.isEmpty())
        return {};

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(diff.oldLabel, diff.newLabel) + summary;
    auto side = [](const QString &label, const QString &path, bool present) {
        return present ? label + QLatin1Char('/') + path : QStringLiteral("/dev/null");
    };
    if (!diff.valuesText.isEmpty())
        out += QLatin1Char('\n')
            + unifiedFile(side(diff.oldLabel, QStringLiteral("values.yaml"), true),
                side(diff.newLabel, QStringLiteral("values.yaml"), true), diff.valuesText);
    for (const FileChange &f : diff.files)
        if (!f.binary && !f.text.isEmpty())
            out += QLatin1Char('\n')
                + unifiedFile(side(diff.oldLabel, f.path, f.oldSize >= 0),
                    side(diff.newLabel, f.path, f.newSize >= 0), f.text);
    return out;
}

QByteArray chartDiffJson(const ChartDiff &diff)
{
    QJsonObject root {{QStringLiteral("schemaVersion"), 1}, {QStringLiteral("old"), diff.oldLabel},
        {QStringLiteral("new"), diff.newLabel}, {QStringLiteral("equal"), diff.isEqual()},
        {QStringLiteral("parts"), partNames(diff.parts)}};
    if (diff.parts.testFlag(ComparePart::Metadata)) {
        root.insert(QStringLiteral("metadata"), fieldsJson(diff.metadata));
        QJsonArray dependencies;
        for (const DependencyChange &d : diff.dependencies)
            dependencies.append(QJsonObject {{QStringLiteral("change"), ChartDiff::changeKindName(d.kind)},
                {QStringLiteral("name"), d.name}, {QStringLiteral("fields"), fieldsJson(d.fields)}});
        root.insert(QStringLiteral("dependencies"), dependencies);
    }
    if (diff.parts.testFlag(ComparePart::Values)) {
        QJsonArray changes;
        for (const ValueChange &v : diff.values) {
            QJsonObject change = changeJson(v.kind, v.oldValue, v.newValue);
            change.insert(QStringLiteral("path"), v.path);
            changes.append(change);
        }
        QJsonObject values = textDiffJson(diff.valuesText);
        values.insert(QStringLiteral("changes"), changes);
        root.insert(QStringLiteral("values"), values);
    }
    if (diff.parts.testFlag(ComparePart::Images)) {
        QJsonArray images;
        for (const ImageChange &i : diff.images) {
            QJsonObject change = changeJson(i.kind, i.oldImage, i.newImage);
            change.insert(QStringLiteral("source"), imageSourceName(i.source));
            change.insert(QStringLiteral("key"), i.key);
            images.append(change);
        }
        root.insert(QStringLiteral("images"), images);
    }
    if (diff.parts.testFlag(ComparePart::Files)) {
        QJsonArray files;
        for (const FileChange &f : diff.files) {
            QJsonObject file = f.binary
                ? QJsonObject {{QStringLiteral("oldSha256"), orNull(f.oldSha256, f.oldSize >= 0)},
                    {QStringLiteral("newSha256"), orNull(f.newSha256, f.newSize >= 0)}}
                : textDiffJson(f.text);
            file.insert(QStringLiteral("path"), f.path);
            file.insert(QStringLiteral("change"), ChartDiff::fileKindName(f.kind));
            file.insert(QStringLiteral("binary"), f.binary);
            file.insert(QStringLiteral("oldSize"), f.oldSize >= 0 ? QJsonValue(f.oldSize) : QJsonValue());
            file.insert(QStringLiteral("newSize"), f.newSize >= 0 ? QJsonValue(f.newSize) : QJsonValue());
            files.append(file);
        }
        root.insert(QStringLiteral("files"), files);
    }
    if (diff.parts.testFlag(ComparePart::Manifest))
        root.insert(QStringLiteral("manifest"),
            diff.manifest
                ? QJsonValue(QJsonObject {{QStringLiteral("digests"), fieldsJson(diff.manifest->digests)},
                    {QStringLiteral("annotations"), fieldsJson(diff.manifest->annotations)}})
                : QJsonValue());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace charthouse::cli
