#pragma once

#include "core/chart/SemVer.h"
#include "core/store/ChartStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace charthouse {

// The cached charts as `helm chart list` shows them, plus the layer kind. Display text is Helm's (short
// digest, binary sizes, relative ages); SortRole gives the raw value (bytes, time) and the full digest is in
// the tooltip.
class ChartTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ref, Name, Version, Digest, Size, Created, Layer, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ReferenceRole };

    explicit ChartTableModel(QObject *parent = nullptr);

    // A listing: rows that stay (the same references in the same order) are updated in place, so selection,
    // scrolling and sorting stay as they were; other listings reset the model.
    void setCharts(QList<ChartSummary> charts);
    // Rows read so far of a listing under way, added at the end (a view sorted by the proxy places them).
    void appendCharts(const QList<ChartSummary> &charts);
    // Where the chart packages live, for dragging rows out as .tgz files.
    void setCacheRoot(const QString &root) { m_cacheRoot = root; }
    const QList<ChartSummary> &charts() const { return m_charts; }
    const ChartSummary &chart(int row) const { return m_charts.at(row); }
    qint64 totalSize() const;
    // "3 minutes ago" in the interface language.
    static QString relativeAge(qint64 seconds);
    // For tests and relative ages: what "now" is.
    void setNow(const QDateTime &now) { m_now = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    // Rows dragged out become <name>-<version>.tgz files (the cached chart layer is the package) in a drag
    // folder.
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    // Writes the packages of these rows to the drag folder in the background (verified against their
    // digests), so that dragging them out a moment later touches no disk on the GUI thread. Called as the
    // selection changes.
    void prepareDrag(const QModelIndexList &indexes);

private:
    // SemVer of rows not parsed yet parsed, every row's rank renewed; returns the ranks before.
    QList<int> rankVersions();
    // dataChanged (SortRole) for the rows whose rank moved, so a proxy sorted by version re-sorts.
    void announceMovedRanks(const QList<int> &previous);
    const QString &dragFolder() const;

    QList<ChartSummary> m_charts;
    QDateTime m_now;
    QString m_cacheRoot;
    QList<int> m_versionRank; // per row: its version's place in SemVer order (SortRole of the Version column)
    QList<std::optional<SemVer>> m_semVers; // per row: its version parsed, once
    mutable QString m_dragFolder; // this window's folder of dragged-out packages, made on first use
    QHash<QString, QString> m_dragFiles; // layer digest -> package file written there
};

// Sorting on every column (versions by SemVer precedence) and a filter over reference, name and version.
class ChartFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChartFilterModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace charthouse
