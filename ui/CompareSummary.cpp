#include "ui/CompareSummary.h"

namespace charthouse {

namespace {

QString cell(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

// A table of rows (what changed, name, old, new) under a heading; nothing when there are no rows.
QString section(const QString &heading, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"
                                  "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                       .arg(heading.toHtmlEscaped(), CompareSummary::tr("Change"), CompareSummary::tr("Name"),
                           CompareSummary::tr("Old"), CompareSummary::tr("New"));
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &text : row)
            html += cell(text);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

ChangeKind kindOfField(const FieldChange &field)
{
    if (field.oldValue.isEmpty())
        return ChangeKind::Added;
    if (field.newValue.isEmpty())
        return ChangeKind::Removed;
    return ChangeKind::Changed;
}

QList<QStringList> fieldRows(const QList<FieldChange> &fields)
{
    QList<QStringList> rows;
    for (const FieldChange &field : fields)
        rows.append(
            {CompareSummary::changeWord(kindOfField(field)), field.field, field.oldValue, field.newValue});
    return rows;
}

QList<QStringList> dependencyRows(const QList<DependencyChange> &dependencies)
{
    QList<QStringList> rows;
    for (const DependencyChange &dependency : dependencies) {
        QStringList oldValues;
        QStringList newValues;
        for (const FieldChange &field : dependency.fields) {
            if (!field.oldValue.isEmpty())
                oldValues.append(QStringLiteral("%1: %2").arg(field.field, field.oldValue));
            if (!field.newValue.isEmpty())
                newValues.append(QStringLiteral("%1: %2").arg(field.field, field.newValue));
        }
        rows.append({CompareSummary::changeWord(dependency.kind), dependency.name,
            oldValues.join(QStringLiteral(", ")), newValues.join(QStringLiteral(", "))});
    }
    return rows;
}

} // namespace

QString CompareSummary::changeWord(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return tr("added");
    case ChangeKind::Removed: return tr("removed");
    case ChangeKind::Changed: break;
    }
    return tr("changed");
}

QString CompareSummary::html(const ChartDiff &diff)
{
    QString html = QStringLiteral("<p>%1<br>%2</p>")
                       .arg(tr("Old: %1").arg(diff.oldLabel).toHtmlEscaped(),
                           tr("New: %1").arg(diff.newLabel).toHtmlEscaped());
    if (diff.isEqual() && !diff.chartYamlText.isEmpty())
        return html
            + QStringLiteral("<h2>%1</h2><p>%2</p>")
                  .arg(tr("No differences"),
                      tr("Chart.yaml differs only in layout or comments, as when Helm packages a chart."));
    if (diff.isEqual())
        return html + QStringLiteral("<h2>%1</h2>").arg(tr("No differences"));
    html += section(tr("Chart.yaml fields"), fieldRows(diff.metadata));
    html += section(tr("Dependencies"), dependencyRows(diff.dependencies));
    QList<QStringList> values;
    for (const ValueChange &value : diff.values)
        values.append({changeWord(value.kind), value.path, value.oldValue, value.newValue});
    html += section(tr("Values by path"), values);
    if (diff.values.isEmpty() && !diff.valuesText.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("values.yaml differs only in comments or layout."));
    QList<QStringList> images;
    for (const ImageChange &image : diff.images)
        images.append(
            {changeWord(image.kind), QStringLiteral("%1 (%2)").arg(image.key, imageSourceName(image.source)),
                image.oldImage, image.newImage});
    html += section(tr("Images"), images);
    if (diff.manifest) {
        html += section(tr("Manifest digests"), fieldRows(diff.manifest->digests));
        html += section(tr("Manifest annotations"), fieldRows(diff.manifest->annotations));
    }
    int files = 0;
    for (const FileChange &file : diff.files)
        files += file.kind != FileChange::Kind::Unchanged ? 1 : 0;
    if (files > 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("%n other file(s) differ: see the list.", nullptr, files));
    return html;
}

} // namespace charthouse
