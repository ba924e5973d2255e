#include "core/jobs/BlockingPool.h"

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
} // namespace

QThreadPool &blockingPool()
{
    // Destroyed at exit, which waits for what still runs there, as QCoreApplication does for the global pool.
    static ConfiguredPool configured;
    return configured.pool;
}

} // namespace charthouse
