#pragma once

#include "core/jobs/Job.h"

#include <QEventLoop>

namespace charthouse::test {

// Starts a job and spins an event loop until it finished; true if it succeeded.
inline bool runToEnd(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    return !job.error();
}

} // namespace charthouse::test
