#include "ui/VersionsModel.h"

#include "core/common/Format.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace charthouse {

VersionsModel::VersionsModel(QObject *parent) : QAbstractTableModel(parent) { }

void VersionsModel::setVersions(const QList<RemoteVersion> &versions, bool remembered)
{
    beginResetModel();
    m_versions = versions;
    m_remembered = remembered;
    endResetModel();
}

void VersionsModel::updateVersion(int row, const RemoteVersion &version)
{
    if (row < 0 || row >= m_versions.size())
        return;
    m_versions[row] = version;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QStringList VersionsModel::badges(const RemoteVersion &version)
{
    QStringList words;
    if (version.cached)
        words.append(tr("In cache"));
    if (version.olderThanNewest)
        words.append(tr("Newer remote"));
    if (version.differs)
        words.append(tr("Differs"));
    if (version.hasProvenance)
        words.append(tr("Signed"));
    return words;
}

int VersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int VersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_versions.size())
        return {};
    const RemoteVersion &v = m_versions.at(index.row());
    switch (role) {
    case TagRole: return v.tag;
    case PrereleaseRole: return v.isPrerelease;
    case OrderRole: return index.row();
    case SortRole:
        if (index.column() == VersionColumn)
            return -index.row(); // newest first in the model: larger is newer
        if (index.column() == CreatedColumn)
            return v.created;
        if (index.column() == SizeColumn)
            return v.size;
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == BadgesColumn && (v.differs || v.olderThanNewest))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == BadgesColumn && v.cached)
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        if (index.column() == VersionColumn && v.problem)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::ToolTipRole:
        if (v.problem)
            return tr("This version could not be described: %1").arg(v.problem->message());
        if (index.column() == DigestColumn)
            return v.digest.isValid() ? v.digest.toString() : QVariant();
        if (index.column() == BadgesColumn && v.differs)
            return tr("The cache holds another chart under this tag");
        if (index.column() == BadgesColumn && v.olderThanNewest)
            return tr("The registry has a newer version than the cached one");
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case VersionColumn: return v.shownTag();
    case AppVersionColumn: return v.appVersion;
    case DescriptionColumn: return v.problem ? v.problem->message() : v.description;
    case CreatedColumn:
        return v.created.isValid() ? QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat)
                                   : QString();
    case SizeColumn: return v.size < 0 ? QString() : formatBinarySize(v.size);
    case DigestColumn:
        return v.digest.isValid() ? v.digest.toString().left(19) : QString(); // "sha256:" and 12 hex digits
    case BadgesColumn: return badges(v).join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant VersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return tr("Version");
    case AppVersionColumn: return tr("App version");
    case DescriptionColumn: return tr("Description");
    case CreatedColumn: return tr("Created");
    case SizeColumn: return tr("Size");
    case DigestColumn: return tr("Digest");
    case BadgesColumn: return tr("Badges");
    default: return {};
    }
}

VersionsFilterModel::VersionsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(VersionsModel::SortRole);
}

void VersionsFilterModel::setShowPrereleases(bool show)
{
    if (show == m_showPrereleases)
        return;
    m_showPrereleases = show;
    invalidateFilter();
}

bool VersionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_showPrereleases
        || !sourceModel()->index(sourceRow, 0, sourceParent).data(VersionsModel::PrereleaseRole).toBool();
}

bool VersionsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(VersionsModel::SortRole), b = right.data(VersionsModel::SortRole);
    if (a != b)
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    // Equal values: the model's order (newest first) decides, so ties stay in SemVer order.
    return left.row() > right.row();
}

} // namespace charthouse
