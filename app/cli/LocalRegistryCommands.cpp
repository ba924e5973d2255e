#include "app/cli/LocalRegistryCommands.h"

#include "app/cli/JobRunner.h"
#include "app/cli/Prompt.h"
#include "core/jobs/LocalRegistryJobs.h"

#include <unistd.h>

namespace charthouse::cli {

namespace {

constexpr int usageError = 2;
constexpr int notRunning = 3; // as `systemctl status` says of a stopped service

std::optional<LocalRegistry> registryFrom(const CliParser &parser)
{
    const QString address = parser.isSet(QStringLiteral("address")) ? parser.value(QStringLiteral("address"))
                                                                    : LocalRegistry::defaultAddress();
    auto registry = LocalRegistry::forAddress(address);
    if (!registry)
        return printError(registry.error()), std::nullopt;
    return *registry;
}

QString describe(const LocalRegistryState &state)
{
    return QStringLiteral(
        "Address:  %1\nPID:      %2\nStarted:  %3\nStorage:  %4\nAuth:     %5\nLog:      %6\n")
        .arg(state.address)
        .arg(state.pid)
        .arg(state.started.toLocalTime().toString(Qt::ISODate),
            state.temporaryStorage ? state.storage + QStringLiteral(" (temporary: removed at stop)")
                                   : state.storage,
            state.htpasswdFile.isEmpty() ? QStringLiteral("none")
                                         : QStringLiteral("htpasswd ") + state.htpasswdFile,
            state.logFile);
}

// Asks twice on a terminal, or reads --password-stdin.
std::optional<QString> newPassword(const CliParser &parser, const QString &user)
{
    if (parser.isSet(QStringLiteral("password-stdin")))
        return readPasswordFromStdin();
    if (!::isatty(STDIN_FILENO))
        return printError(QStringLiteral(
                   "standard input is not a terminal: give the password with --password-stdin")),
               std::nullopt;
    const QString password = readLine(QStringLiteral("Password for %1: ").arg(user), false);
    if (readLine(QStringLiteral("Repeat the password: "), false) != password)
        return printError(QStringLiteral("the passwords differ")), std::nullopt;
    return password;
}

int serve(CliParser &parser)
{
    if (!parser.accept({QStringLiteral("address"), QStringLiteral("storage"), QStringLiteral("user"),
                           QStringLiteral("password-stdin"), QStringLiteral("htpasswd")},
            0, 0,
            QStringLiteral("registry serve [--address HOST:PORT] [--storage DIR] "
                           "[--user NAME [--password-stdin] | --htpasswd FILE]")))
        return printError(parser.errorText()), usageError;
    const auto registry = registryFrom(parser);
    if (!registry)
        return usageError;
    LocalRegistryOptions options;
    options.storage = parser.value(QStringLiteral("storage"));
    options.user = parser.value(QStringLiteral("user"));
    options.htpasswdFile = parser.value(QStringLiteral("htpasswd"));
    if (!options.user.isEmpty() && !options.htpasswdFile.isEmpty())
        return printError(QStringLiteral("give --user or --htpasswd, not both")), usageError;
    if (parser.isSet(QStringLiteral("password-stdin")) && options.user.isEmpty())
        return printError(QStringLiteral("--password-stdin needs --user")), usageError;
    if (const auto program = LocalRegistry::requireServerProgram(); !program) // before asking for a password
        return printError(program.error()), 1;
    if (!options.user.isEmpty()) {
        const auto password = newPassword(parser, options.user);
        if (!password)
            return 1;
        options.password = *password;
    }
    StartLocalRegistryJob job(*registry, options);
    return runJob(job, [&] {
        const LocalRegistryState &state = *job.result();
        printOut(QStringLiteral("Started a registry on %1\n").arg(state.address) + describe(state));
        if (!options.user.isEmpty())
            printOut(QStringLiteral("Log in with: charthouse-cli registry login -u %1 %2\n")
                         .arg(options.user, state.address));
        return 0;
    });
}

int status(CliParser &parser)
{
    if (!parser.accept(
            {QStringLiteral("address")}, 0, 0, QStringLiteral("registry status [--address HOST:PORT]")))
        return printError(parser.errorText()), usageError;
    if (!parser.isSet(QStringLiteral("address"))) { // every registry started here
        const QList<LocalRegistryState> running = LocalRegistry::running();
        if (running.isEmpty())
            return printOut(QStringLiteral("No local registry is running.\n")), notRunning;
        QStringList blocks;
        for (const LocalRegistryState &state : running)
            blocks.append(describe(state));
        printOut(blocks.join(QLatin1Char('\n')));
        return 0;
    }
    const auto registry = registryFrom(parser);
    if (!registry)
        return usageError;
    const auto state = registry->state();
    if (!state)
        return printOut(QStringLiteral("No local registry is running on %1.\n").arg(registry->address())),
               notRunning;
    printOut(describe(*state));
    return 0;
}

int logs(CliParser &parser)
{
    if (!parser.accept(
            {QStringLiteral("address")}, 0, 0, QStringLiteral("registry logs [--address HOST:PORT]")))
        return printError(parser.errorText()), usageError;
    const auto registry = registryFrom(parser);
    if (!registry)
        return usageError;
    const auto log = registry->log();
    if (!log)
        return printError(log.error()), 1;
    printOut(QString::fromUtf8(*log));
    return 0;
}

int stop(CliParser &parser)
{
    if (!parser.accept(
            {QStringLiteral("address")}, 0, 0, QStringLiteral("registry stop [--address HOST:PORT]")))
        return printError(parser.errorText()), usageError;
    const auto registry = registryFrom(parser);
    if (!registry)
        return usageError;
    StopLocalRegistryJob job(*registry);
    return runJob(job, [&] {
        const LocalRegistryState &state = *job.result();
        printOut(QStringLiteral("Stopped the registry on %1\n").arg(state.address));
        if (!state.temporaryStorage)
            printOut(QStringLiteral("Its data stays in %1\n").arg(state.storage));
        return 0;
    });
}

} // namespace

int runLocalRegistryCommand(CliParser &parser)
{
    const QString command = parser.command();
    if (command == QLatin1String("registry serve"))
        return serve(parser);
    if (command == QLatin1String("registry status"))
        return status(parser);
    if (command == QLatin1String("registry logs"))
        return logs(parser);
    if (command == QLatin1String("registry stop"))
        return stop(parser);
    printError(QStringLiteral("unknown command \"%1\" (try --help)").arg(command));
    return usageError;
}

} // namespace charthouse::cli
