#pragma once

#include "app/cli/CliParser.h"

namespace charthouse::cli {

// `registry login|logout`, `chart push|pull|tags`: check the arguments, run the jobs, print Helm's output.
// Returns the process exit code.
int runRegistryCommand(CliParser &parser, const QString &cacheRoot);

} // namespace charthouse::cli
