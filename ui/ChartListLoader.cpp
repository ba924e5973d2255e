#include "ui/ChartListLoader.h"

#include "ui/ChartTableModel.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace charthouse {

ChartListLoader::ChartListLoader(
    QString cacheRoot, ChartTableModel *model, ChartListOptions options, QObject *parent)
    : QObject(parent), m_cacheRoot(std::move(cacheRoot)), m_model(model), m_options(std::move(options))
{
    // Its own thread: one long task on the global pool keeps Qt's raster painting, which waits for a thread
    // there, from painting the rows the listing streams in. Its destructor waits for a listing being kept.
    m_keptPool.setMaxThreadCount(1);
}

void ChartListLoader::refresh()
{
    if (m_job) { // one listing at a time; a change meanwhile asks for one more
        m_refreshAgain = true;
        return;
    }
    auto *job = new ListJob(m_cacheRoot, this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] { finishListing(job); });
    if (m_state != State::Listed && m_model->rowCount() == 0) {
        // Nothing shown yet: every row as soon as it is read, unless the kept listing is already shown.
        job->streamBatches(m_options.gate);
        connect(job, &ListJob::chartsRead, this, [this](const QList<ChartSummary> &batch) {
            if (m_showingKept)
                return;
            m_model->appendCharts(batch);
            Q_EMIT rowsArrived();
        });
        if (m_options.listingCache && m_state == State::Reading)
            showKept();
    }
    job->start();
}

void ChartListLoader::showKept()
{
    // Read and checked against index.json off the GUI thread, beside the listing.
    using Kept = std::optional<QList<ChartSummary>>;
    auto *watcher = new QFutureWatcher<Kept>(this);
    connect(watcher, &QFutureWatcher<Kept>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Kept kept = watcher->result();
        // The rows streamed so far are the listing's first rows, which the kept listing (of the same
        // index.json, in the same order) holds too: it adds the rest at once, and the batches still to come
        // are dropped.
        const qsizetype shown = m_model->rowCount();
        const bool used = kept && m_job && m_state == State::Reading && kept->size() > shown
            && std::equal(m_model->charts().cbegin(), m_model->charts().cend(), kept->cbegin(),
                [](const ChartSummary &a, const ChartSummary &b) {
                    return a.ref.toString() == b.ref.toString();
                });
        if (used) {
            m_showingKept = true;
            m_model->appendCharts(kept->mid(shown));
        }
        Q_EMIT keptListingChecked(used);
        if (used)
            Q_EMIT rowsArrived();
    });
    watcher->setFuture(QtConcurrent::run(
        &m_keptPool, [cache = m_options.listingCache, root = m_cacheRoot] { return cache->load(root); }));
}

void ChartListLoader::finishListing(ListJob *job)
{
    job->deleteLater();
    m_showingKept = false;
    if (job->error()) {
        if (m_state != State::Listed) {
            m_model->setCharts({}); // rows nobody confirmed are not shown beside "cannot be read"
            setState(State::Unreadable);
        }
        Q_EMIT failed(*job->error());
    } else {
        // The window puts the listing into the model itself, keeping the selection across a reset. After
        // streaming or the kept rows they are the same rows: nothing is reset.
        const ChartListing &listing = *job->result();
        setState(State::Listed);
        keep(listing);
        Q_EMIT listed(listing);
    }
    if (std::exchange(m_refreshAgain, false))
        QTimer::singleShot(0, this, &ChartListLoader::refresh);
}

void ChartListLoader::keep(const ChartListing &listing)
{
    if (!m_options.listingCache || listing.indexDigest == m_keptDigest)
        return;
    m_keptDigest = listing.indexDigest;
    // Written in the background, atomically; a listing that cannot be kept only costs the next start time.
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [watcher] {
        watcher->deleteLater();
        if (const Result<void> stored = watcher->result(); !stored)
            qWarning().noquote() << "cannot keep the listing:" << stored.error().message();
    });
    watcher->setFuture(
        QtConcurrent::run(&m_keptPool, [cache = m_options.listingCache, root = m_cacheRoot, listing] {
            return cache->store(root, listing);
        }));
}

void ChartListLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace charthouse
