#include "app/cli/DiffCommand.h"

#include "app/cli/DiffOutput.h"
#include "app/cli/JobRunner.h"
#include "core/jobs/CompareJob.h"

namespace charthouse::cli {

namespace {

constexpr int troubleExit = 2;

std::optional<CompareParts> partsFromFlag(const QString &text)
{
    if (text.isEmpty())
        return allCompareParts();
    CompareParts parts;
    for (const QString &name : text.split(QLatin1Char(','))) {
        if (name
            == QLatin1String(
                "metadata")) // what describes the chart: Chart.yaml and, when cached, its manifest
            parts |= ComparePart::Metadata | ComparePart::Manifest;
        else if (name == QLatin1String("values"))
            parts |= ComparePart::Values;
        else if (name == QLatin1String("templates") || name == QLatin1String("files"))
            parts |= ComparePart::Files;
        else if (name == QLatin1String("images"))
            parts |= ComparePart::Images;
        else if (name == QLatin1String("manifest"))
            parts |= ComparePart::Manifest;
        else
            return std::nullopt;
    }
    return parts;
}

} // namespace

int runDiffCommand(CliParser &parser, const QString &cacheRoot)
{
    const QString usage = QStringLiteral("chart diff A B [--output unified|json] "
                                         "[--only values|templates|metadata|images|manifest]");
    if (!parser.accept({QStringLiteral("output"), QStringLiteral("only")}, 2, 2, usage))
        return printError(parser.errorText()), troubleExit;
    const QString format = parser.value(QStringLiteral("output"));
    const bool json = format == QLatin1String("json");
    if (!json && format != QLatin1String("unified") && format != QLatin1String("table"))
        return printError(QStringLiteral("unknown output format \"%1\" (use unified or json)").arg(format)),
               troubleExit;
    const auto parts = partsFromFlag(parser.value(QStringLiteral("only")));
    if (!parts)
        return printError(
                   QStringLiteral("unknown part \"%1\" for --only (use values, templates, metadata, images "
                                  "or manifest, or several joined by commas)")
                       .arg(parser.value(QStringLiteral("only")))),
               troubleExit;
    CompareJob job(cacheRoot, parser.arguments().at(0), parser.arguments().at(1), *parts);
    const int exitCode = runJob(job, [&] {
        const ChartDiff &diff = *job.result();
        printOut(json ? QString::fromUtf8(chartDiffJson(diff)) : chartDiffText(diff));
        return diff.isEqual() ? 0 : 1;
    });
    // As diff: trouble is 2, never the 1 that means "different" (a signal keeps its 128 + N).
    return job.state() == Job::State::Failed ? troubleExit : exitCode;
}

} // namespace charthouse::cli
