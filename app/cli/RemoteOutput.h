#pragma once

#include "core/jobs/RemoteVersion.h"
#include "core/jobs/RepositoriesJob.h"

#include <QDateTime>

namespace charthouse::cli {

// `chart tags --output table`: TAG VERSION APP VERSION CREATED SIZE DIGEST CACHE DESCRIPTION, ages relative to
// `now`; a version that could not be described shows its problem in DESCRIPTION.
QString versionsTableText(const QList<RemoteVersion> &versions, const QDateTime &now);
// `chart tags --output json`: an array of {tag (with +), registryTag (as the registry spells it, with _), digest, name, version, appVersion, description, created, size,
// provenance, prerelease, cached, differs, olderThanNewest[, error]}.
QByteArray versionsJson(const QList<RemoteVersion> &versions);
// `repo list --output json`: {registry, source: "catalog"|"local", repositories: [...]}.
QByteArray repositoriesJson(const QString &host, const RepositoryListing &listing);

} // namespace charthouse::cli
