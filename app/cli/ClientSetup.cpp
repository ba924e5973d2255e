#include "app/cli/ClientSetup.h"

#include "app/cli/JobRunner.h"
#include "app/cli/Prompt.h"
#include "core/common/Format.h"
#include "core/jobs/RegistryAccess.h"

#include <QDir>
#include <QProcessEnvironment>

namespace charthouse::cli {

const QStringList connectionFlags {QStringLiteral("plain-http"), QStringLiteral("insecure-skip-tls-verify"),
    QStringLiteral("ca-file"), QStringLiteral("cert-file"), QStringLiteral("key-file")};
const QStringList credentialFlags {QStringLiteral("username"), QStringLiteral("password-stdin")};
const QStringList limitFlags {QStringLiteral("max-layer-size"), QStringLiteral("speed-limit"), QStringLiteral("speed-time")};

RegistryOptions optionsFrom(const CliParser &parser)
{
    RegistryOptions options;
    options.plainHttp = parser.isSet(QStringLiteral("plain-http"));
    options.insecureSkipTlsVerify = parser.isSet(QStringLiteral("insecure-skip-tls-verify"));
    options.caFile = parser.value(QStringLiteral("ca-file"));
    options.certFile = parser.value(QStringLiteral("cert-file"));
    options.keyFile = parser.value(QStringLiteral("key-file"));
    return options;
}

namespace {

bool connectionFlagsGiven(const CliParser &parser)
{
    return std::any_of(
        connectionFlags.begin(), connectionFlags.end(), [&](const QString &f) { return parser.isSet(f); });
}

} // namespace

// --username + --password-stdin on push/pull/tags: credentials for this command only, stored nowhere. One
// without the other is a usage error: a user name alone would be dropped, a password alone sent with no user
// name.
std::optional<QString> oneShotCredentialsProblem(const CliParser &parser)
{
    const bool user = parser.isSet(QStringLiteral("username"));
    const bool password = parser.isSet(QStringLiteral("password-stdin"));
    if (user && !password)
        return QStringLiteral("--username needs --password-stdin here: give both to use credentials for this "
                              "command only, or log in first with: charthouse-cli registry login -u %1 HOST")
            .arg(parser.value(QStringLiteral("username")));
    if (password && parser.value(QStringLiteral("username")).isEmpty())
        return QStringLiteral("--password-stdin needs --username (-u USER) here: the registry needs the user "
                              "name with the password");
    return std::nullopt;
}

namespace {

std::optional<Credentials> oneShotCredentials(const CliParser &parser)
{
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return std::nullopt;
    return Credentials {parser.value(QStringLiteral("username")), readPasswordFromStdin()};
}

constexpr int maxParallel = 32;

} // namespace

// --parallel N: a whole number from 1 to 32.
std::optional<int> parallelTransfers(const CliParser &parser)
{
    const QString text = parser.value(QStringLiteral("parallel"));
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 1 || n > maxParallel) {
        printError(QStringLiteral("--parallel needs a whole number from 1 to %1, not \"%2\"")
                       .arg(maxParallel)
                       .arg(text));
        return std::nullopt;
    }
    return n;
}

namespace {

// --max-layer-size, --speed-limit and --speed-time over the saved settings; nullopt (after saying why) when one
// is malformed.
std::optional<TransferLimits> transferLimits(const CliParser &parser, TransferLimits limits)
{
    if (parser.isSet(QStringLiteral("max-layer-size"))) {
        const QString text = parser.value(QStringLiteral("max-layer-size"));
        const auto size = parseBinarySize(text);
        if (!size || *size < 1)
            return printError(QStringLiteral("--max-layer-size needs a size such as 104857600, 500MiB or 2GiB, not \"%1\"")
                                  .arg(text)),
                   std::nullopt;
        limits.maxLayerSize = *size;
    }
    if (parser.isSet(QStringLiteral("speed-limit"))) {
        const QString text = parser.value(QStringLiteral("speed-limit"));
        const auto bytes = parseBinarySize(text);
        if (!bytes)
            return printError(QStringLiteral("--speed-limit needs a number of bytes (0 turns it off), not \"%1\"").arg(text)),
                   std::nullopt;
        limits.lowSpeedBytes = *bytes;
    }
    if (parser.isSet(QStringLiteral("speed-time"))) {
        const QString text = parser.value(QStringLiteral("speed-time"));
        bool ok = false;
        const int seconds = text.trimmed().toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return printError(QStringLiteral("--speed-time needs a whole number of seconds from 1 to 3600, not \"%1\"").arg(text)),
                   std::nullopt;
        limits.lowSpeedWindowMs = seconds * 1000;
    }
    return limits;
}

} // namespace

// Flags over the user's settings; false (after saying why) when a flag is malformed.
bool configureClient(RegistryClient &client, const CliParser &parser, const QStringList &hosts, int parallel)
{
    useUserRegistries(client, QProcessEnvironment::systemEnvironment(), QDir::homePath());
    const auto limits = transferLimits(parser, client.transferLimits());
    if (!limits)
        return false;
    client.setTransferLimits(*limits);
    const auto credentials = oneShotCredentials(parser);
    for (const QString &host : hosts) {
        if (connectionFlagsGiven(parser))
            client.setOptions(host, optionsFrom(parser));
        if (credentials)
            client.setCredentials(host, credentials);
    }
    client.setMaxConcurrentTransfers(parallel);
    return true;
}

} // namespace charthouse::cli
