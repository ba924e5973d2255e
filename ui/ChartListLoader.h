#pragma once

#include "core/jobs/ListJob.h"
#include "core/store/ListingCache.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace charthouse {

class ChartTableModel;

// What the window's listing is given from outside.
struct ChartListOptions
{
    // Where the last listing is kept for the next start (see ListingCache); none: every start lists afresh.
    std::shared_ptr<const ListingCache> listingCache;
    // Paces the first listing (tests): see ListJob::BatchGate.
    ListJob::BatchGate gate;
};

// Fills the chart table from the cache and says how far it got, so the window never calls a cache empty that
// it has not finished reading. The first listing streams its rows into the model as they are read, or shows
// the rows the listing cache kept for this very index.json while the fresh listing runs; every completed
// listing is handed over whole through listed(). One listing at a time: a refresh asked for meanwhile runs
// once it ends. Reading and parsing happen in the jobs; this class only hands rows over.
class ChartListLoader : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Reading, // no listing has completed yet (rows shown are the first ones read, or the kept listing's)
        Listed, // a listing completed; the model holds it
        Unreadable, // the first listing failed: nothing is known about the cache
    };
    Q_ENUM(State)

    ChartListLoader(QString cacheRoot, ChartTableModel *model, ChartListOptions options, QObject *parent);

    State state() const { return m_state; }
    bool isListing() const { return !m_job.isNull(); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Rows of the first listing arrived before it completed (read so far, or kept from the last start).
    void rowsArrived();
    // The listing kept from the last start was looked at: used when it was made from this very index.json.
    void keptListingChecked(bool used);
    // A listing completed; whoever shows it sets the model's rows (ChartTableModel::setCharts).
    void listed(const charthouse::ChartListing &listing);
    void failed(const charthouse::Error &error);
    void stateChanged(charthouse::ChartListLoader::State state);

private:
    void showKept();
    void finishListing(ListJob *job);
    void keep(const ChartListing &listing);
    void setState(State state);

    QString m_cacheRoot;
    ChartTableModel *m_model;
    ChartListOptions m_options;
    State m_state = State::Reading;
    QPointer<ListJob> m_job;
    bool m_refreshAgain = false;
    bool m_showingKept = false; // the rows shown are the listing cache's, not this listing's
    Digest m_keptDigest; // the listing last stored in the listing cache
    QThreadPool m_keptPool; // reads and writes the listing cache
};

} // namespace charthouse
