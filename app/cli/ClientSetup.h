#pragma once

#include "app/cli/CliParser.h"
#include "core/registry/RegistryClient.h"

#include <optional>

// How the registry commands set up their RegistryClient from the command line: connection flags, one-shot
// credentials, transfer limits, --parallel, over the user's saved settings and keychain.
namespace charthouse::cli {

constexpr int usageError = 2;

// The flags every command that talks to a registry takes.
extern const QStringList connectionFlags;
extern const QStringList credentialFlags;
extern const QStringList limitFlags;

// The flags' options (plain HTTP, TLS files) for a host.
RegistryOptions optionsFrom(const CliParser &parser);

// --username without --password-stdin (or the reverse): what is wrong, for a usage error.
std::optional<QString> oneShotCredentialsProblem(const CliParser &parser);

// --parallel N: 1 to 32; nullopt after saying why.
std::optional<int> parallelTransfers(const CliParser &parser);

// Flags over the user's settings for these hosts; false (after saying why) when a flag is malformed.
bool configureClient(RegistryClient &client, const CliParser &parser, const QStringList &hosts, int parallel);

} // namespace charthouse::cli
