#pragma once

#include "app/cli/CliParser.h"

namespace charthouse::cli {

// `chart diff A B [--output unified|json] [--only PART[,PART]]`: each of A and B an existing chart directory
// or .tgz, else a cached chart reference. Exit 0 when equal, 1 when different, 2 on error (as diff).
int runDiffCommand(CliParser &parser, const QString &cacheRoot);

} // namespace charthouse::cli
