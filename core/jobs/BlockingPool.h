#pragma once

class QThreadPool;

namespace charthouse {

// The thread pool for background work that may wait on other processes or on time rather than use a core:
// waiting for the cache lock (another process may hold it for up to CacheLock::defaultTimeoutMs), starting
// and stopping the local registry (polls for seconds). Such work on QThreadPool::globalInstance(), which has
// one thread per core (2 on CI's machine), would keep listing, hashing and packaging waiting behind it. So it
// runs here: many threads (they mostly sleep), let go after a while idle. CPU and disk work (hashing,
// packaging, reading and writing blobs) stays on the global pool. Jobs use it through Job::runBlocking().
QThreadPool &blockingPool();

} // namespace charthouse
