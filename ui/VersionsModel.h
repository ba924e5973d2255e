#pragma once

#include "core/jobs/RemoteVersion.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace charthouse {

// The versions of one remote chart repository, in the order VersionsJob gives them (newest SemVer first).
// Rows remembered from the last visit are shown until the live ones replace them.
class VersionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VersionColumn,
        AppVersionColumn,
        DescriptionColumn,
        CreatedColumn,
        SizeColumn,
        DigestColumn,
        BadgesColumn,
        ColumnCount
    };
    enum Role { TagRole = Qt::UserRole + 1, PrereleaseRole, OrderRole, SortRole };

    explicit VersionsModel(QObject *parent = nullptr);

    // remembered: from the metadata cache, not yet checked against the registry.
    void setVersions(const QList<RemoteVersion> &versions, bool remembered = false);
    void updateVersion(int row, const RemoteVersion &version);
    void clear() { setVersions({}); }
    bool isRemembered() const { return m_remembered; }
    const QList<RemoteVersion> &versions() const { return m_versions; }
    const RemoteVersion &version(int row) const { return m_versions.at(row); }

    // "In cache, Newer remote, Differs, Signed": the words of a version's badges (empty without any).
    static QStringList badges(const RemoteVersion &version);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RemoteVersion> m_versions;
    bool m_remembered = false;
};

// Hides pre-releases unless asked; sorts the Version column by the model's SemVer order (ascending: oldest
// first), sizes and dates by value, the rest as text.
class VersionsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VersionsFilterModel(QObject *parent = nullptr);
    void setShowPrereleases(bool show);
    bool showsPrereleases() const { return m_showPrereleases; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showPrereleases = false;
};

} // namespace charthouse
