#include "app/cli/RemoteCommands.h"

#include "app/cli/ClientSetup.h"
#include "app/cli/CliOutput.h"
#include "app/cli/JobRunner.h"
#include "app/cli/RemoteOutput.h"
#include "core/cache/MetadataCache.h"
#include "core/chart/TagOrder.h"
#include "core/credentials/RegistrySettings.h"
#include "core/jobs/CopyJob.h"
#include "core/jobs/DeleteJob.h"
#include "core/jobs/RepositoriesJob.h"
#include "core/jobs/VersionsJob.h"

namespace charthouse::cli {

namespace {

const QStringList registryFlags = connectionFlags + credentialFlags + limitFlags;

// The flags every remote command takes, the positional count, the one-shot credentials. false: a usage error was
// printed.
bool prepare(CliParser &parser, const QStringList &extraFlags, int args, const QString &usage)
{
    if (!parser.accept(registryFlags + extraFlags, args, args, usage))
        return printError(parser.errorText()), false;
    if (const auto problem = oneShotCredentialsProblem(parser))
        return printError(*problem), false;
    return true;
}

std::optional<Reference> parseReference(const QString &text)
{
    auto ref = Reference::parse(text);
    if (!ref)
        return printError(ref.error()), std::nullopt;
    return *ref;
}

// --output: nullopt when not given (each command's plain default), else whether it is json; a usage error
// (false) for another format.
bool outputFormat(const CliParser &parser, std::optional<bool> &json)
{
    if (!parser.isSet(QStringLiteral("output")))
        return true;
    const QString format = parser.value(QStringLiteral("output"));
    if (format == QLatin1String("json") || format == QLatin1String("table")) {
        json = format == QLatin1String("json");
        return true;
    }
    printError(QStringLiteral("unknown output format \"%1\" (use table or json)").arg(format));
    return false;
}

int tags(CliParser &parser, const QString &cacheRoot)
{
    if (!prepare(parser,
            {QStringLiteral("output"), QStringLiteral("stable"), QStringLiteral("refresh"), QStringLiteral("parallel")},
            1, QStringLiteral("chart tags [--output table|json] [--stable] [--refresh] REPOSITORY")))
        return usageError;
    std::optional<bool> json;
    if (!outputFormat(parser, json))
        return usageError;
    const auto parallel = parallelTransfers(parser);
    if (!parallel)
        return usageError;
    auto repository = Reference::parseRepository(parser.arguments().first());
    if (!repository)
        return printError(repository.error()), 1;
    RegistryClient client;
    if (!configureClient(client, parser, {repository->registry()}, *parallel))
        return usageError;
    const bool stable = parser.isSet(QStringLiteral("stable"));
    if (!json) {
        // One tag a line, newest first: one request, for scripts.
        VersionsJob job(*repository, &client, MetadataCache({}));
        job.setListOnly(true);
        return runJob(job, [&] {
            QString out;
            for (const RemoteVersion &version : *job.result())
                if (!stable || !version.isPrerelease)
                    out += version.shownTag() + QLatin1Char('\n');
            printOut(out);
            return 0;
        });
    }
    VersionsJob job(*repository, &client,
        MetadataCache(MetadataCache::defaultRoot(), MetadataCache::defaultSizeLimit), cacheRoot);
    job.setFreshness(systemTimeUtc, VersionsJob::defaultFreshness);
    job.setRevalidate(parser.isSet(QStringLiteral("refresh")));
    return runJob(job, [&] {
        QList<RemoteVersion> shown;
        for (const RemoteVersion &version : *job.result())
            if (!stable || !version.isPrerelease)
                shown.append(version);
        printOut(*json ? QString::fromUtf8(versionsJson(shown))
                       : versionsTableText(shown, QDateTime::currentDateTimeUtc()));
        return 0;
    });
}

int listRepositories(CliParser &parser, const QString &cacheRoot)
{
    if (!prepare(parser, {QStringLiteral("output")}, 1, QStringLiteral("repo list [--output table|json] REGISTRY")))
        return usageError;
    std::optional<bool> json;
    if (!outputFormat(parser, json))
        return usageError;
    const auto host = Reference::parseHost(parser.arguments().first());
    if (!host)
        return printError(host.error()), 1;
    RegistryClient client;
    if (!configureClient(client, parser, {*host}, client.maxConcurrentTransfers()))
        return usageError;
    RepositoriesJob job(*host, &client, MetadataCache(MetadataCache::defaultRoot()), cacheRoot);
    job.setAddedByHand(RegistrySettings::addedRepositories().value(*host));
    return runJob(job, [&] {
        const RepositoryListing &listing = *job.result();
        if (!listing.fromCatalog && listing.catalogError) // the registry's words, then where the list comes from
            printWarning(Error(listing.catalogError->code(),
                QStringLiteral("%1; %2 does not list its repositories to you: showing the %3 known here (in the chart "
                               "cache or listed before)")
                    .arg(listing.catalogError->message(), *host)
                    .arg(listing.repositories.size())));
        if (json.value_or(false))
            printOut(QString::fromUtf8(repositoriesJson(*host, listing)));
        else
            printOut(listing.repositories.isEmpty() ? QString()
                                                    : listing.repositories.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return 0;
    });
}

QString tagList(const QStringList &tags)
{
    QStringList shown;
    for (const QString &tag : tags)
        shown.append(TagOrder::shownTag(tag));
    return shown.join(QStringLiteral(", "));
}

int deleteChart(CliParser &parser)
{
    if (!prepare(parser, {}, 1, QStringLiteral("chart delete REF (REGISTRY/REPOSITORY:TAG or @DIGEST)")))
        return usageError;
    const auto ref = parseReference(parser.arguments().first());
    if (!ref)
        return 1;
    RegistryClient client;
    if (!configureClient(client, parser, {ref->registry()}, client.maxConcurrentTransfers()))
        return usageError;
    DeletePlanJob plan(*ref, &client);
    std::optional<DeletePlan> found;
    if (const int code = runJob(plan, [&] { return found = *plan.result(), 0; }); code != 0)
        return code;
    // A registry deletes the manifest, and every tag on it goes too: say which before doing it.
    printOut(QStringLiteral("Deleting %1@%2 (%3)\n")
                 .arg(found->repository.name(), found->digest.toString(),
                     found->tags.isEmpty() ? QStringLiteral("no tag points at it")
                                           : QStringLiteral("tags: %1").arg(tagList(found->tags))));
    DeleteJob job(found->repository, found->digest, &client);
    return runJob(job, [&] {
        printOut(QStringLiteral("Deleted %1@%2\n").arg(found->repository.name(), found->digest.toString()));
        return 0;
    });
}

int copyTo(CliParser &parser, const Reference &source, const Reference &destination, const QString &verb)
{
    RegistryClient client;
    if (!configureClient(client, parser, {source.registry(), destination.registry()}, client.maxConcurrentTransfers()))
        return usageError;
    CopyJob job(source, destination, &client);
    return runJob(job, [&] {
        const CopiedChart &copied = *job.result();
        printOut(QStringLiteral("%1 %2 to %3\ndigest: %4\n")
                     .arg(verb, copied.source.toString(), copied.destination.toString(), copied.digest.toString()));
        return 0;
    });
}

int copy(CliParser &parser)
{
    if (!prepare(parser, {}, 2, QStringLiteral("chart copy SRC_REF DST (REGISTRY/REPOSITORY[:TAG])")))
        return usageError;
    const auto source = parseReference(parser.arguments().at(0));
    if (!source)
        return 1;
    // The destination's tag defaults to the source's.
    const QString text = parser.arguments().at(1);
    auto destination = Reference::parseRepository(text);
    std::optional<Reference> target;
    if (destination) {
        if (source->tag().isEmpty())
            return printError(QStringLiteral("the source %1 has no tag: give the destination one (%2:TAG)")
                                  .arg(source->toString(), text)),
                   usageError;
        target = destination->withTag(source->tag());
    } else {
        target = parseReference(text);
        if (!target)
            return 1;
        if (target->digest())
            return printError(QStringLiteral("the destination %1 needs a tag, not a digest").arg(text)), usageError;
    }
    return copyTo(parser, *source, *target, QStringLiteral("Copied"));
}

int tag(CliParser &parser)
{
    if (!prepare(parser, {}, 2, QStringLiteral("chart tag SRC_REF NEWTAG")))
        return usageError;
    const auto source = parseReference(parser.arguments().at(0));
    if (!source)
        return 1;
    const QString newTag = parser.arguments().at(1);
    if (!Reference::isValidTag(newTag))
        return printError(QStringLiteral("invalid tag \"%1\"").arg(newTag)), usageError;
    return copyTo(parser, *source, source->withTag(newTag), QStringLiteral("Tagged"));
}

} // namespace

int runRemoteCommand(CliParser &parser, const QString &cacheRoot)
{
    const QString command = parser.command();
    if (command == QLatin1String("chart tags"))
        return tags(parser, cacheRoot);
    if (command == QLatin1String("repo list"))
        return listRepositories(parser, cacheRoot);
    if (command == QLatin1String("chart delete"))
        return deleteChart(parser);
    if (command == QLatin1String("chart copy"))
        return copy(parser);
    if (command == QLatin1String("chart tag"))
        return tag(parser);
    printError(QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
    return usageError;
}

} // namespace charthouse::cli
