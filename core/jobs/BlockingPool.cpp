#include "core/jobs/BlockingPool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace charthouse {

namespace {
constexpr int maxWaitingThreads = 16; // more waits at once than a user starts; each thread mostly sleeps
constexpr int idleThreadExpiryMs = 30'000;

struct ConfiguredPool
{
    QThreadPool pool;
    ConfiguredPool()
    {
        pool.setObjectName(QStringLiteral("charthouse-blocking"));
        pool.setMaxThreadCount(maxWaitingThreads);
        pool.setExpiryTimeout(idleThreadExpiryMs);
    }
};

ConfiguredPool &configuredPool()
{
    static ConfiguredPool configured;
    return configured;
}

// Its threads end while the application still exists, as QCoreApplication ends the global pool's. A thread
// that outlived main() met libraries' exit handlers: libcrypto's freed the thread's state under it (a double
// free ASan caught in two CLI processes saving at once).
void joinBlockingPool()
{
    configuredPool().pool.waitForDone();
}

} // namespace

QThreadPool &blockingPool()
{
    static const bool joinedAtExit = [] {
        if (QCoreApplication::instance())
            qAddPostRoutine(joinBlockingPool);
        return true;
    }();
    Q_UNUSED(joinedAtExit);
    return configuredPool().pool;
}

} // namespace charthouse
