#pragma once

#include "core/compare/ChartDiff.h"

#include <QAbstractListModel>
#include <QIcon>

namespace charthouse {

struct ComparedCharts;

// One entry of the compare window's list: the Summary, or a file of either chart with how it changed.
struct CompareEntry
{
    enum class Kind { Summary, Added, Removed, Changed, Unchanged };
    Kind kind = Kind::Summary;
    QString path; // empty for the Summary
    bool binary = false;
};

// The Summary first, then Chart.yaml, values.yaml and every other file by path, from a comparison.
QList<CompareEntry> compareEntries(const ChartDiff &diff, const ComparedCharts &charts);

// The entries as a list, each marked by an icon and a word (added, removed, changed, unchanged): never by
// colour alone. Unchanged files are left out until asked for.
class CompareFileList : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, PathRole };

    explicit CompareFileList(QObject *parent = nullptr);

    void setEntries(const QList<CompareEntry> &entries);
    void setShowUnchanged(bool show);
    bool showsUnchanged() const { return m_showUnchanged; }
    const CompareEntry &entry(int row) const { return m_shown.at(row); }
    int rowOfPath(const QString &path) const; // -1 when not shown
    // How many entries of each kind there are (shown or not).
    int count(CompareEntry::Kind kind) const;

    static QString kindText(CompareEntry::Kind kind);
    static QIcon kindIcon(CompareEntry::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<CompareEntry> m_all;
    QList<CompareEntry> m_shown;
    bool m_showUnchanged = false;
};

} // namespace charthouse
