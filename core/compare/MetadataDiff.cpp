#include "core/compare/MetadataDiff.h"

#include "core/compare/KeyedDiff.h"
#include "core/compare/YamlTree.h"

namespace charthouse {

namespace {

QString listText(const QStringList &items)
{
    return items.isEmpty() ? QString()
                           : QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString maintainersText(const QList<ChartMaintainer> &maintainers)
{
    QStringList items;
    for (const ChartMaintainer &m : maintainers) {
        QString item = m.name;
        if (!m.email.isEmpty())
            item += QStringLiteral(" <%1>").arg(m.email);
        if (!m.url.isEmpty())
            item += QStringLiteral(" (%1)").arg(m.url);
        items.append(item);
    }
    return listText(items);
}

// The fields compared, in order, each as one line of text.
QList<std::pair<QString, QString>> fieldsOf(const ChartMetadata &m)
{
    return {
        {QStringLiteral("apiVersion"), m.apiVersion},
        {QStringLiteral("name"), m.name},
        {QStringLiteral("version"), m.version},
        {QStringLiteral("appVersion"), m.appVersion},
        {QStringLiteral("description"), m.description},
        {QStringLiteral("type"), m.type},
        {QStringLiteral("kubeVersion"), m.kubeVersion},
        {QStringLiteral("home"), m.home},
        {QStringLiteral("icon"), m.icon},
        {QStringLiteral("keywords"), listText(m.keywords)},
        {QStringLiteral("sources"), listText(m.sources)},
        {QStringLiteral("maintainers"), maintainersText(m.maintainers)},
        {QStringLiteral("deprecated"), m.deprecated ? QStringLiteral("true") : QString()},
        {QStringLiteral("condition"), m.condition},
        {QStringLiteral("tags"), m.tags},
    };
}

QList<FieldChange> diffFieldLists(
    const QList<std::pair<QString, QString>> &oldFields, const QList<std::pair<QString, QString>> &newFields)
{
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < oldFields.size(); ++i)
        if (oldFields[i].second != newFields[i].second)
            changes.append({oldFields[i].first, oldFields[i].second, newFields[i].second});
    return changes;
}

QString dependencyKey(const ChartDependency &dependency)
{
    return dependency.alias.isEmpty() ? dependency.name : dependency.alias;
}

QList<std::pair<QString, QString>> dependencyFields(const ChartDependency &d)
{
    return {
        {QStringLiteral("name"), d.name},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("repository"), d.repository},
        {QStringLiteral("condition"), d.condition},
        {QStringLiteral("alias"), d.alias},
        {QStringLiteral("tags"), listText(d.tags)},
    };
}

} // namespace

QList<FieldChange> diffStringMaps(const QMap<QString, QString> &oldMap, const QMap<QString, QString> &newMap,
    const std::function<QString(const QString &)> &fieldName)
{
    QList<FieldChange> changes;
    for (auto it = oldMap.cbegin(); it != oldMap.cend(); ++it)
        if (!newMap.contains(it.key()) || newMap.value(it.key()) != it.value())
            changes.append({fieldName(it.key()), it.value(), newMap.value(it.key())});
    for (auto it = newMap.cbegin(); it != newMap.cend(); ++it)
        if (!oldMap.contains(it.key()))
            changes.append({fieldName(it.key()), {}, it.value()});
    return changes;
}

QList<FieldChange> diffMetadataFields(const ChartMetadata &oldChart, const ChartMetadata &newChart)
{
    QList<FieldChange> changes = diffFieldLists(fieldsOf(oldChart), fieldsOf(newChart));
    changes += diffStringMaps(oldChart.annotations, newChart.annotations,
        [](const QString &key) { return childPath(QStringLiteral("annotations"), key); });
    return changes;
}

QList<DependencyChange> diffDependencies(
    const QList<ChartDependency> &oldDeps, const QList<ChartDependency> &newDeps)
{
    static const QList<std::pair<QString, QString>> none = dependencyFields({});
    QList<DependencyChange> changes;
    diffByKey(oldDeps, newDeps, dependencyKey,
        [&changes](ChangeKind kind, const ChartDependency *was, const ChartDependency *now) {
            const QList<FieldChange> fields
                = diffFieldLists(was ? dependencyFields(*was) : none, now ? dependencyFields(*now) : none);
            if (!fields.isEmpty())
                changes.append({kind, dependencyKey(was ? *was : *now), fields});
        });
    return changes;
}

} // namespace charthouse
