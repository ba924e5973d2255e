#include "app/cli/JobRunner.h"

#include "app/cli/CliOutput.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <cstdio>
#include <unistd.h>

namespace charthouse::cli {

namespace {

int signalPipe[2] = {-1, -1};
int stoppedBy = 0; // the signal that stopped us, read on the main thread only

void onSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Turns SIGINT/SIGTERM into cancel() of the jobs on the event loop (the handler itself only writes a byte). The
// jobs undo what they started (temporary files, staged blobs) and finish; the exit status is then 128 + the
// signal, as a shell reports it. Should a job not finish within a few seconds, or a second signal come, the
// process ends anyway: files it may leave in the cache's ingest/ are unlocked and removed by the next command.
void cancelOnSignal(const QList<Job *> &jobs)
{
    if (jobs.isEmpty() || (signalPipe[0] == -1 && ::pipe2(signalPipe, O_CLOEXEC) != 0))
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, jobs.first());
    QObject::connect(notifier, &QSocketNotifier::activated, jobs.first(), [jobs] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        if (stoppedBy != 0)
            std::_Exit(128 + stoppedBy);
        stoppedBy = byte;
        for (Job *job : jobs)
            job->cancel();
        QTimer::singleShot(5000, [] { std::_Exit(128 + stoppedBy); });
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int runJob(Job &job, const std::function<int()> &onSuccess)
{
    int exitCode = 1;
    QObject::connect(&job, &Job::finished, &job, [&] {
        if (stoppedBy != 0)
            exitCode = 128 + stoppedBy;
        else if (job.error())
            printError(*job.error());
        else
            exitCode = onSuccess();
        QCoreApplication::quit();
    });
    cancelOnSignal({&job});
    QTimer::singleShot(0, &job, &Job::start);
    QCoreApplication::exec();
    return exitCode;
}

int runJobs(const QList<Job *> &jobs, const std::function<void(int)> &onSuccess)
{
    int running = static_cast<int>(jobs.size());
    for (Job *job : jobs) {
        QObject::connect(job, &Job::finished, job, [&running] {
            if (--running == 0)
                QCoreApplication::quit();
        });
    }
    cancelOnSignal(jobs);
    for (Job *job : jobs)
        QTimer::singleShot(0, job, &Job::start);
    if (running > 0)
        QCoreApplication::exec();
    if (stoppedBy != 0)
        return 128 + stoppedBy;
    int exitCode = 0;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (jobs[i]->error()) {
            printError(*jobs[i]->error());
            exitCode = 1;
        } else {
            onSuccess(static_cast<int>(i));
        }
    }
    return exitCode;
}

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    std::fflush(stdout);
}

namespace {

void printToStderr(const QString &line)
{
    const QByteArray utf8 = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void printError(const QString &message)
{
    printToStderr(QStringLiteral("Error: ") + message);
}

void printWarning(const Error &error)
{
    printToStderr(QStringLiteral("Warning: ") + errorText(error));
}

void printError(const Error &error)
{
    printError(errorText(error));
}

} // namespace charthouse::cli
