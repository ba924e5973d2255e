#pragma once

#include "app/cli/CliParser.h"

namespace charthouse::cli {

// `registry serve|status|logs|stop`: a local test registry (Debian's docker-registry) in the background, like
// the reference document's `docker run -d -p 5000:5000 registry`. Returns the process exit code.
int runLocalRegistryCommand(CliParser &parser);

} // namespace charthouse::cli
