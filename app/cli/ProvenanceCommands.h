#pragma once

#include "app/cli/CliParser.h"
#include "core/provenance/ProvenanceSigner.h"

#include <optional>

namespace charthouse::cli {

// chart verify REF [--keyring FILE]: Helm's `helm verify` for a cached chart (0 verified, 1 not).
int verifyChart(CliParser &parser, const QString &cacheRoot);

// The key of `chart save --sign --key NAME [--keyring FILE] [--passphrase-file FILE|-]`, or nothing without
// --sign. Sets *failed (after saying why) when the flags are wrong.
std::optional<SigningKey> signingKeyFromFlags(const CliParser &parser, bool *failed);

} // namespace charthouse::cli
