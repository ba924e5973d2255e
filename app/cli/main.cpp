#include "app/cli/ChartCommands.h"
#include "app/cli/CliParser.h"
#include "app/cli/JobRunner.h"
#include "app/cli/LocalRegistryCommands.h"
#include "app/cli/RegistryCommands.h"
#include "app/cli/RemoteCommands.h"
#include "core/about/BuildInfo.h"
#include "core/cache/ChartCache.h"

#include <QCoreApplication>

#include <cstdio>

using namespace charthouse;

namespace {

// stderr belongs to "Error: ..." lines that scripts read. Our own log categories go there when enabled
// (QT_LOGGING_RULES="charthouse.*.debug=true"); Qt's internal warnings only with CHARTHOUSE_VERBOSE=1.
void logToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && QByteArrayView(context.category).startsWith("charthouse");
    if (!ours && !qEnvironmentVariableIsSet("CHARTHOUSE_VERBOSE") && type != QtFatalMsg)
        return;
    std::fprintf(stderr, "%s: %s\n", context.category ? context.category : "qt", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(logToStderr);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("charthouse-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Charthouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARTHOUSE_VERSION));

    cli::CliParser parser;
    if (!parser.parse(QCoreApplication::arguments())) {
        cli::printError(parser.errorText());
        return 2;
    }
    if (parser.versionRequested()) {
        cli::printOut(buildInfo::versionReport(QStringLiteral("charthouse-cli")));
        return 0;
    }
    if (parser.helpRequested() || parser.command().isEmpty()) {
        cli::printOut(parser.helpText());
        return parser.helpRequested() ? 0 : 2;
    }
    const QString cacheRoot = parser.isSet(QStringLiteral("cache")) ? parser.value(QStringLiteral("cache"))
                                                                    : ChartCache::defaultRoot();
    static const QStringList registryCommands {QStringLiteral("chart push"), QStringLiteral("chart pull"),
        QStringLiteral("registry login"), QStringLiteral("registry logout")};
    static const QStringList remoteCommands {QStringLiteral("chart tags"), QStringLiteral("chart copy"),
        QStringLiteral("chart tag"), QStringLiteral("chart delete"), QStringLiteral("repo list")};
    if (remoteCommands.contains(parser.command()))
        return cli::runRemoteCommand(parser, cacheRoot);
    if (registryCommands.contains(parser.command()))
        return cli::runRegistryCommand(parser, cacheRoot);
    if (parser.command().startsWith(QLatin1String("registry ")))
        return cli::runLocalRegistryCommand(parser);
    if (parser.command().startsWith(QLatin1String("chart ")))
        return cli::runChartCommand(parser, cacheRoot);
    cli::printError(QStringLiteral("unknown command \"%1\" (try --help)").arg(parser.command()));
    return 2;
}
