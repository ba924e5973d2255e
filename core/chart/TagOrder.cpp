#include "core/chart/TagOrder.h"

#include "core/chart/SemVer.h"

#include <algorithm>

namespace charthouse::TagOrder {

namespace {

std::optional<SemVer> versionOf(const QString &registryTag)
{
    return SemVer::parseAsHelm(shownTag(registryTag));
}

} // namespace

QString shownTag(const QString &registryTag)
{
    QString shown = registryTag;
    return shown.replace(QLatin1Char('_'), QLatin1Char('+'));
}

QStringList newestFirst(QStringList registryTags)
{
    struct Keyed
    {
        QString tag;
        std::optional<SemVer> version;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(registryTags.size());
    for (QString &tag : registryTags) {
        auto version = versionOf(tag);
        keyed.push_back({std::move(tag), std::move(version)});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.version && b.version) {
            const int order = a.version->compare(*b.version);
            // Equal precedence ("1.0.0+a", "1.0.0+b", "v1.0.0"): by text, for a stable listing.
            return order != 0 ? order > 0 : a.tag < b.tag;
        }
        if (a.version || b.version)
            return bool(a.version);
        return a.tag < b.tag;
    });
    QStringList sorted;
    sorted.reserve(static_cast<qsizetype>(keyed.size()));
    for (Keyed &k : keyed)
        sorted.append(std::move(k.tag));
    return sorted;
}

bool isPrerelease(const QString &registryTag)
{
    const auto version = versionOf(registryTag);
    return version && version->isPrerelease();
}

std::optional<int> compare(const QString &registryTagA, const QString &registryTagB)
{
    const auto a = versionOf(registryTagA);
    const auto b = versionOf(registryTagB);
    if (!a || !b)
        return std::nullopt;
    return a->compare(*b);
}

} // namespace charthouse::TagOrder
