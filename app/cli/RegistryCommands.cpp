#include "app/cli/RegistryCommands.h"

#include "app/cli/CliOutput.h"
#include "app/cli/JobRunner.h"
#include "app/cli/Prompt.h"
#include "core/common/Format.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/RegistryAccess.h"
#include "core/jobs/RegistryJobs.h"

#include <QDir>
#include <QProcessEnvironment>

#include <unistd.h>

namespace charthouse::cli {

namespace {

constexpr int usageError = 2;
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

bool connectionFlagsGiven(const CliParser &parser)
{
    return std::any_of(
        connectionFlags.begin(), connectionFlags.end(), [&](const QString &f) { return parser.isSet(f); });
}

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

std::optional<Credentials> oneShotCredentials(const CliParser &parser)
{
    if (!parser.isSet(QStringLiteral("password-stdin")))
        return std::nullopt;
    return Credentials {parser.value(QStringLiteral("username")), readPasswordFromStdin()};
}

constexpr int maxParallel = 32;

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

std::optional<QList<Reference>> parseReferences(const QStringList &texts, bool needTag)
{
    QList<Reference> refs;
    for (const QString &text : texts) {
        auto ref = Reference::parse(text);
        if (!ref)
            return printError(ref.error()), std::nullopt;
        if (needTag && ref->tag().isEmpty())
            return printError(QStringLiteral("invalid reference \"%1\": a tag is required").arg(text)),
                   std::nullopt;
        refs.append(*ref);
    }
    return refs;
}

QStringList hostsOf(const QList<Reference> &refs)
{
    QStringList hosts;
    for (const Reference &ref : refs)
        if (!hosts.contains(ref.registry()))
            hosts.append(ref.registry());
    return hosts;
}

QString tagOrReference(const Reference &ref)
{
    return ref.tag().isEmpty() ? ref.toString() : ref.tag();
}

int login(CliParser &parser)
{
    QStringList allowed = connectionFlags + credentialFlags;
    if (!parser.accept(allowed, 1, 1,
            QStringLiteral("registry login [-u USER] [--password-stdin] [--plain-http] "
                           "[--insecure-skip-tls-verify] [--ca-file F] [--cert-file F --key-file F] HOST")))
        return printError(parser.errorText()), usageError;
    const auto host = Reference::parseHost(parser.arguments().first());
    if (!host)
        return printError(host.error()), 1;
    QString username = parser.value(QStringLiteral("username"));
    if (username.isEmpty())
        username = readLine(QStringLiteral("Username: "), true);
    QString password;
    if (parser.isSet(QStringLiteral("password-stdin")))
        password = readPasswordFromStdin();
    else if (::isatty(STDIN_FILENO))
        password = readLine(QStringLiteral("Password: "), false);
    else
        return printError(QStringLiteral(
                   "standard input is not a terminal: give the password with --password-stdin")),
               1;
    RegistryClient client;
    LoginJob job(*host, {username, password}, optionsFrom(parser), &client);
    return runJob(job, [] {
        printOut(QStringLiteral("Login succeeded\n"));
        return 0;
    });
}

int logout(CliParser &parser)
{
    if (!parser.accept({}, 1, 1, QStringLiteral("registry logout HOST")))
        return printError(parser.errorText()), usageError;
    const auto host = Reference::parseHost(parser.arguments().first());
    if (!host)
        return printError(host.error()), 1;
    LogoutJob job(*host);
    return runJob(job, [] {
        printOut(QStringLiteral("Logout succeeded\n"));
        return 0;
    });
}

// `chart push REF...` / `chart pull REF...`: one job a reference, all on one client, reported in order.
template<typename TransferJob>
int transfer(CliParser &parser, const QString &cacheRoot, const QString &usage, bool needTag,
    const std::function<QString(const Reference &, const TransferJob &)> &report)
{
    if (!parser.accept(
            connectionFlags + credentialFlags + limitFlags + QStringList {QStringLiteral("parallel")}, 1, 100000, usage))
        return printError(parser.errorText()), usageError;
    if (const auto problem = oneShotCredentialsProblem(parser))
        return printError(*problem), usageError;
    const auto parallel = parallelTransfers(parser);
    if (!parallel)
        return usageError;
    const auto refs = parseReferences(parser.arguments(), needTag);
    if (!refs)
        return 1;
    RegistryClient client;
    if (!configureClient(client, parser, hostsOf(*refs), *parallel))
        return usageError;
    QList<Job *> jobs;
    for (const Reference &ref : *refs)
        jobs.append(new TransferJob(cacheRoot, ref, &client, &client));
    return runJobs(jobs, [&](int i) { printOut(report(refs->at(i), *static_cast<TransferJob *>(jobs[i]))); });
}

int push(CliParser &parser, const QString &cacheRoot)
{
    return transfer<PushJob>(parser, cacheRoot, QStringLiteral("chart push REF..."), true,
        [](const Reference &ref, const PushJob &job) -> QString {
            const PushedChart &pushed = *job.result();
            return QStringLiteral("The push refers to repository [%1]\n").arg(ref.name())
                + chartSummaryText(pushed.summary)
                + QStringLiteral("%1: pushed to remote (%2 %3, %4 total)\n")
                      .arg(tagOrReference(ref))
                      .arg(pushed.layers)
                      .arg(pushed.layers == 1 ? QStringLiteral("layer") : QStringLiteral("layers"))
                      .arg(formatBinarySize(pushed.layerBytes));
        });
}

int pull(CliParser &parser, const QString &cacheRoot)
{
    return transfer<PullJob>(parser, cacheRoot, QStringLiteral("chart pull REF..."), false,
        [](const Reference &ref, const PullJob &job) -> QString {
            return QStringLiteral("%1: Pulling from %2\n").arg(tagOrReference(ref), ref.name())
                + chartSummaryText(*job.result())
                + (job.upToDate() ? QStringLiteral("Status: Chart is up to date for %1\n").arg(ref.toString())
                                  : QStringLiteral("Status: Downloaded newer chart for %1\n").arg(ref.toString()));
        });
}

int tags(CliParser &parser)
{
    if (!parser.accept(connectionFlags + credentialFlags + limitFlags, 1, 1, QStringLiteral("chart tags REPOSITORY")))
        return printError(parser.errorText()), usageError;
    if (const auto problem = oneShotCredentialsProblem(parser))
        return printError(*problem), usageError;
    auto repository = Reference::parseRepository(parser.arguments().first());
    if (!repository)
        return printError(repository.error()), 1;
    RegistryClient client;
    if (!configureClient(client, parser, {repository->registry()}, client.maxConcurrentTransfers()))
        return usageError;
    TagsJob job(*repository, &client);
    return runJob(job, [&] {
        QString out;
        for (const QString &tag : *job.result())
            out += tag + QLatin1Char('\n');
        printOut(out);
        return 0;
    });
}

} // namespace

int runRegistryCommand(CliParser &parser, const QString &cacheRoot)
{
    const QString command = parser.command();
    if (command == QLatin1String("registry login"))
        return login(parser);
    if (command == QLatin1String("registry logout"))
        return logout(parser);
    if (command == QLatin1String("chart push"))
        return push(parser, cacheRoot);
    if (command == QLatin1String("chart pull"))
        return pull(parser, cacheRoot);
    if (command == QLatin1String("chart tags"))
        return tags(parser);
    printError(QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
    return usageError;
}

} // namespace charthouse::cli
