#pragma once

#include "core/common/Result.h"
#include "core/jobs/BlockingPool.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace charthouse {

// A unit of work the CLI and the GUI both run: start(), cancel(), progress(done, total), and finished()
// emitted exactly once, through finish(). Disk and CPU work runs on the thread pool via runInBackground(),
// work that may wait for another process (the cache lock) or for time via runBlocking(); the job object
// itself lives on (and signals from) the thread that created it.
class Job : public QObject
{
    Q_OBJECT
public:
    enum class State { NotStarted, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Human title shown in the Transfers dock, e.g. "Save localhost:5000/myrepo/mychart:2.7.0".
    virtual QString title() const = 0;

    void start();
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::NotStarted && m_state != State::Running; }
    // Set once finished() was emitted with a failure or cancellation.
    const std::optional<Error> &error() const { return m_error; }

Q_SIGNALS:
    void started();
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    virtual void run() = 0;
    // A running job was asked to stop: abort what is in flight (network calls); finish() follows.
    virtual void onCancel() { }

    // The one place that ends a job. Later calls are ignored, so finished() fires exactly once.
    void finish(const Result<void> &outcome);

    bool isCancelRequested() const { return m_cancel->load(); }
    // Shared with background work so a worker can stop early after cancel().
    std::shared_ptr<const std::atomic_bool> cancelFlag() const { return m_cancel; }

    // Thread-safe: may be called from background work; delivered on the job's thread.
    void reportProgress(qint64 done, qint64 total);

    // Runs work on the global thread pool and delivers its result to onDone on this job's thread. The watcher
    // is parented to the job, so a result never reaches a deleted job. For CPU and disk work.
    template<typename T>
    void runInBackground(std::function<Result<T>()> work, std::function<void(Result<T>)> onDone)
    {
        deliver<T>(QtConcurrent::run(std::move(work)), std::move(onDone));
    }

    // The same on blockingPool(): for work that may wait on another process or on time (the cache lock, a
    // local registry starting), so it never keeps CPU work (a listing) waiting for a thread.
    template<typename T>
    void runBlocking(std::function<Result<T>()> work, std::function<void(Result<T>)> onDone)
    {
        deliver<T>(QtConcurrent::run(&blockingPool(), std::move(work)), std::move(onDone));
    }

    // Runs a store operation in the background, keeps its value in `slot` and finishes the job with it.
    template<typename T> void runAndFinish(std::function<Result<T>()> work, std::optional<T> &slot)
    {
        runInBackground<T>(std::move(work), finishWith<T>(slot));
    }

    // The same for a store operation that may wait (one that takes the cache lock): on blockingPool().
    template<typename T> void runBlockingAndFinish(std::function<Result<T>()> work, std::optional<T> &slot)
    {
        runBlocking<T>(std::move(work), finishWith<T>(slot));
    }

private:
    template<typename T> void deliver(QFuture<Result<T>> future, std::function<void(Result<T>)> onDone)
    {
        auto *watcher = new QFutureWatcher<Result<T>>(this);
        connect(watcher, &QFutureWatcher<Result<T>>::finished, this, [watcher, onDone = std::move(onDone)] {
            watcher->deleteLater();
            onDone(watcher->result());
        });
        watcher->setFuture(std::move(future));
    }

    template<typename T> std::function<void(Result<T>)> finishWith(std::optional<T> &slot)
    {
        return [this, &slot](Result<T> outcome) {
            if (!outcome) {
                finish(outcome.error());
                return;
            }
            slot = std::move(*outcome);
            finish({});
        };
    }

    State m_state = State::NotStarted;
    std::optional<Error> m_error;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

// For background work: an Error to return when the job was cancelled.
Error cancelledError();

} // namespace charthouse
