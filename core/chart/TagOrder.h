#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace charthouse {

// How a repository's tags are shown: chart versions, newest first.
namespace TagOrder {

// The tag as a chart version: '_' (how a registry holds SemVer's '+') shown as '+', as Helm 3.8+ reads it.
QString shownTag(const QString &registryTag);

// SemVer precedence (as Helm reads versions: parseAsHelm), newest first; a pre-release after its release.
// Tags that are no version ("latest", "main") follow, in alphabetical order. Stable across equal versions.
QStringList newestFirst(QStringList registryTags);

// A SemVer pre-release ("1.2.0-rc.1"); a tag that is no version is not one.
bool isPrerelease(const QString &registryTag);

// <0, 0, >0 as a is older, as old as, newer than b; nullopt when either is no version.
std::optional<int> compare(const QString &registryTagA, const QString &registryTagB);

} // namespace TagOrder

} // namespace charthouse
