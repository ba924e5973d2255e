#include "app/cli/RegistryCommands.h"

#include "app/cli/ClientSetup.h"
#include "app/cli/CliOutput.h"
#include "app/cli/JobRunner.h"
#include "app/cli/Prompt.h"
#include "core/common/Format.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/RegistryJobs.h"

#include <QDir>
#include <QProcessEnvironment>

#include <unistd.h>

namespace charthouse::cli {

namespace {

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
    printError(QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
    return usageError;
}

} // namespace charthouse::cli
