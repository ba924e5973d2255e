#pragma once

#include "app/cli/CliParser.h"

namespace charthouse::cli {

// `chart save|list|show|export|remove`: checks the arguments, runs the job, prints Helm's output.
// Returns the process exit code.
int runChartCommand(CliParser &parser, const QString &cacheRoot);

} // namespace charthouse::cli
