#include "app/cli/JobRunner.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace charthouse::cli {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Turns SIGINT/SIGTERM into a cancel() on the event loop (the handler itself only writes a byte).
void cancelOnSignal(Job &job)
{
    if (signalPipe[0] == -1 && ::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &job);
    QObject::connect(notifier, &QSocketNotifier::activated, &job, [&job] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        job.cancel();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

} // namespace

int runJob(Job &job, const std::function<int()> &onSuccess)
{
    int exitCode = 1;
    QObject::connect(&job, &Job::finished, &job, [&] {
        if (job.error())
            printError(job.error()->message());
        else
            exitCode = onSuccess();
        QCoreApplication::quit();
    });
    cancelOnSignal(job);
    QTimer::singleShot(0, &job, &Job::start);
    QCoreApplication::exec();
    return exitCode;
}

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    const QByteArray utf8 = (QStringLiteral("Error: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fflush(stderr);
}

} // namespace charthouse::cli
