#pragma once

#include "core/jobs/Job.h"

#include <functional>

namespace charthouse::cli {

// Runs one job on the application's event loop until it finishes; Ctrl+C cancels it. On success returns what
// onSuccess returns (an exit code); on failure prints "Error: ..." to stderr and returns 1.
int runJob(Job &job, const std::function<int()> &onSuccess);

// Runs several jobs at once until all finished (Ctrl+C cancels them all), then reports them in order:
// onSuccess(i) prints job i's result, a failed job prints "Error: ...". Returns 0 if all succeeded, else 1.
int runJobs(const QList<Job *> &jobs, const std::function<void(int)> &onSuccess);

// Writes to stdout / stderr as UTF-8 (scripts parse this; no locale surprises).
void printOut(const QString &text);
void printError(const QString &message);
// "Error: " + errorText(error): the message and the hint in the CLI's words.
void printError(const Error &error);
// "Warning: <message>" on stderr: something was skipped, the command still did its work.
void printWarning(const Error &error);

} // namespace charthouse::cli
