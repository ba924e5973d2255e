#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace charthouse {

// Turns a registry's answer (HTTP status and the distribution error body, JSON or not) into a sentence that names
// the registry and the repository, e.g. `localhost:5000: repository "myrepo/mychart" not found (NAME_UNKNOWN)`.
Error registryError(int status, const QByteArray &body, const QString &host, const QString &repository);

} // namespace charthouse
