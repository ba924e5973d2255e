#pragma once

#include "ui/ChartListLoader.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace charthouse {

// What the chart table's place shows while it has no rows: "Reading the cache…" with a busy bar while no
// listing has completed, the empty-state hint only once one has completed without charts, or that the cache
// could not be read. Never the hint before the cache was read.
class ListingPlaceholder : public QWidget
{
    Q_OBJECT
public:
    enum class Shows { Reading, Empty, Unreadable };

    explicit ListingPlaceholder(QWidget *parent = nullptr);

    // What a loader in this state means for an empty table; reason: why the cache could not be read.
    void follow(ChartListLoader::State state, const QString &reason);
    void showReading();
    void showEmpty();
    void showUnreadable(const QString &reason);
    Shows shows() const { return m_shows; }
    // The words shown (and given to screen readers).
    QString text() const;

private:
    Shows m_shows = Shows::Reading;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_emptyHint;
};

} // namespace charthouse
