#pragma once

#include "app/cli/CliParser.h"

namespace charthouse::cli {

// What is in a registry, without the cache in between: `chart tags`, `repo list`, `chart delete`, `chart copy`,
// `chart tag`. Returns the process exit code.
int runRemoteCommand(CliParser &parser, const QString &cacheRoot);

} // namespace charthouse::cli
