#include "app/cli/ChartCommands.h"

#include "app/cli/CliOutput.h"
#include "app/cli/DiffCommand.h"
#include "app/cli/JobRunner.h"
#include "app/cli/ProvenanceCommands.h"
#include "core/jobs/DetailsJob.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/ListJob.h"
#include "core/jobs/PruneJob.h"
#include "core/jobs/RemoveJob.h"
#include "core/common/Format.h"
#include "core/jobs/SaveJob.h"

#include <QDateTime>
#include <QDir>

namespace charthouse::cli {

namespace {

constexpr int usageError = 2;

std::optional<Reference> parseReference(const QString &text)
{
    auto ref = Reference::parse(text);
    if (!ref) {
        printError(ref.error());
        return std::nullopt;
    }
    return *ref;
}

std::optional<bool> wantsJson(const CliParser &parser, const QString &textName)
{
    const QString format = parser.value(QStringLiteral("output"));
    if (format == QLatin1String("json"))
        return true;
    if (format == textName || format == QLatin1String("table") || format == QLatin1String("text"))
        return false;
    printError(QStringLiteral("unknown output format \"%1\" (use %2 or json)").arg(format, textName));
    return std::nullopt;
}

int save(CliParser &parser, const QString &cacheRoot)
{
    if (!parser.accept({QStringLiteral("legacy"), QStringLiteral("sign"), QStringLiteral("key"), QStringLiteral("keyring"),
                           QStringLiteral("passphrase-file")},
            2, 2,
            QStringLiteral("chart save DIR|FILE.tgz REF [--legacy] [--sign --key NAME [--keyring FILE] "
                           "[--passphrase-file FILE|-]]")))
        return printError(parser.errorText()), usageError;
    bool badSigningFlags = false;
    auto signing = signingKeyFromFlags(parser, &badSigningFlags);
    if (badSigningFlags)
        return usageError;
    // Without a tag, the chart's version is the tag (as Helm 3.0–3.6).
    const QString text = parser.arguments().at(1);
    const auto repository = Reference::parseRepository(text);
    const auto ref = repository ? std::optional<Reference>(*repository) : parseReference(text);
    if (!ref)
        return 1;
    if (ref->digest())
        return printError(QStringLiteral("invalid reference \"%1\": saving needs a tag, not a digest").arg(ref->toString())), 1;
    SaveOptions options;
    options.legacyLayer = parser.isSet(QStringLiteral("legacy"));
    options.signing = std::move(signing);
    SaveJob job(cacheRoot, parser.arguments().at(0), *ref, options);
    return runJob(job, [&] {
        printOut(chartSummaryText(*job.result()) + QStringLiteral("%1: saved\n").arg(job.result()->ref.tag()));
        return 0;
    });
}

int list(CliParser &parser, const QString &cacheRoot)
{
    if (!parser.accept({QStringLiteral("output"), QStringLiteral("strict")}, 0, 0,
            QStringLiteral("chart list [--output table|json] [--strict]")))
        return printError(parser.errorText()), usageError;
    // An entry that cannot be read (written by another tool, damaged) never hides the others: it is named on
    // stderr and the listing goes on. Scripts that must not miss one ask for --strict.
    const bool strict = parser.isSet(QStringLiteral("strict"));
    const auto json = wantsJson(parser, QStringLiteral("table"));
    if (!json)
        return usageError;
    ListJob job(cacheRoot);
    return runJob(job, [&] {
        const ChartListing &listing = *job.result();
        printOut(*json ? QString::fromUtf8(chartListJson(listing.charts))
                       : chartTableText(listing.charts, QDateTime::currentDateTimeUtc()));
        for (const Error &problem : listing.problems)
            strict ? printError(problem) : printWarning(problem);
        return listing.problems.isEmpty() || !strict ? 0 : 1;
    });
}

int show(CliParser &parser, const QString &cacheRoot)
{
    if (!parser.accept({QStringLiteral("output")}, 1, 1, QStringLiteral("chart show REF [--output text|json]")))
        return printError(parser.errorText()), usageError;
    const auto json = wantsJson(parser, QStringLiteral("text"));
    if (!json)
        return usageError;
    const auto ref = parseReference(parser.arguments().at(0));
    if (!ref)
        return 1;
    DetailsJob job(cacheRoot, *ref);
    return runJob(job, [&] {
        printOut(*json ? QString::fromUtf8(chartDetailsJson(*job.result())) : chartDetailsText(*job.result()));
        return 0;
    });
}

int exportChart(CliParser &parser, const QString &cacheRoot)
{
    if (!parser.accept({QStringLiteral("destination"), QStringLiteral("force")}, 1, 1,
                       QStringLiteral("chart export REF [-d DEST] [--force]")))
        return printError(parser.errorText()), usageError;
    const auto ref = parseReference(parser.arguments().at(0));
    if (!ref)
        return 1;
    const QString dest = parser.value(QStringLiteral("destination"));
    ExportJob job(cacheRoot, *ref, dest, parser.isSet(QStringLiteral("force")));
    return runJob(job, [&] {
        const ExportedChart &exported = *job.result();
        // Helm prints filepath.Join(dest, name): "mychart/" for the default ".".
        const QString shown = QDir::cleanPath(dest + QLatin1Char('/') + exported.summary.name);
        printOut(chartSummaryText(exported.summary) + QStringLiteral("Exported chart to %1/\n").arg(shown));
        return 0;
    });
}

int remove(CliParser &parser, const QString &cacheRoot)
{
    if (!parser.accept({}, 1, 1, QStringLiteral("chart remove REF")))
        return printError(parser.errorText()), usageError;
    const auto ref = parseReference(parser.arguments().at(0));
    if (!ref)
        return 1;
    RemoveJob job(cacheRoot, *ref);
    return runJob(job, [&] {
        printOut(QStringLiteral("%1: removed\n").arg(ref->tag().isEmpty() ? ref->toString() : ref->tag()));
        return 0;
    });
}

QString blobCount(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 unused blob") : QStringLiteral("%1 unused blobs").arg(n);
}

int prune(CliParser &parser, const QString &cacheRoot)
{
    if (!parser.accept({QStringLiteral("dry-run")}, 0, 0, QStringLiteral("chart prune [--dry-run]")))
        return printError(parser.errorText()), usageError;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    PruneJob job(cacheRoot, dryRun);
    return runJob(job, [&] {
        const PruneReport &report = *job.result();
        QString text;
        for (const PruneReport::Blob &blob : report.removed)
            text += QStringLiteral("%1 %2 (%3)\n")
                        .arg(dryRun ? QStringLiteral("would remove") : QStringLiteral("removed"),
                            blob.digest.toString(), formatBinarySize(blob.size));
        const QString total = formatBinarySize(report.removedBytes());
        if (report.removed.isEmpty())
            text += QStringLiteral("No unused blobs to remove.\n");
        else if (dryRun)
            text += QStringLiteral("Would remove %1 (%2); run without --dry-run to remove them.\n")
                        .arg(blobCount(report.removed.size()), total);
        else
            text += QStringLiteral("Removed %1 (%2).\n").arg(blobCount(report.removed.size()), total);
        if (!report.keptRecent.isEmpty())
            text += QStringLiteral("Kept %1 changed in the last %2 minutes: another program may still be "
                                   "saving them.\n")
                        .arg(blobCount(report.keptRecent.size()))
                        .arg(ChartStore::defaultPruneAgeSeconds / 60);
        printOut(text);
        return 0;
    });
}

} // namespace

int runChartCommand(CliParser &parser, const QString &cacheRoot)
{
    const QString command = parser.command();
    if (command == QLatin1String("chart save"))
        return save(parser, cacheRoot);
    if (command == QLatin1String("chart list"))
        return list(parser, cacheRoot);
    if (command == QLatin1String("chart show"))
        return show(parser, cacheRoot);
    if (command == QLatin1String("chart export"))
        return exportChart(parser, cacheRoot);
    if (command == QLatin1String("chart remove"))
        return remove(parser, cacheRoot);
    if (command == QLatin1String("chart prune"))
        return prune(parser, cacheRoot);
    if (command == QLatin1String("chart diff"))
        return runDiffCommand(parser, cacheRoot);
    if (command == QLatin1String("chart verify"))
        return verifyChart(parser, cacheRoot);
    printError(QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
    return usageError;
}

} // namespace charthouse::cli
