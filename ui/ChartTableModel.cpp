#include "ui/ChartTableModel.h"

#include "core/cache/ChartCache.h"
#include "core/chart/SemVer.h"
#include "core/common/Format.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QMimeData>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <numeric>

namespace charthouse {

ChartTableModel::ChartTableModel(QObject *parent) : QAbstractTableModel(parent) { }

QString ChartTableModel::relativeAge(qint64 seconds)
{
    // The window speaks the user's language (the CLI keeps Helm's English "About a minute").
    const auto n = [](qint64 v) { return static_cast<int>(qMin<qint64>(v, INT_MAX)); };
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, n(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, n(seconds / 3600));
    if (seconds < 86400 * 30)
        return tr("%n day(s) ago", nullptr, n(seconds / 86400));
    if (seconds < 86400 * 365)
        return tr("%n month(s) ago", nullptr, n(seconds / (86400 * 30)));
    return tr("%n year(s) ago", nullptr, n(seconds / (86400 * 365)));
}

namespace {

bool sameReferences(const QList<ChartSummary> &a, const QList<ChartSummary> &b)
{
    return a.size() == b.size()
        && std::equal(a.cbegin(), a.cend(), b.cbegin(),
            [](const ChartSummary &x, const ChartSummary &y) { return x.ref.toString() == y.ref.toString(); });
}

bool sameRow(const ChartSummary &a, const ChartSummary &b)
{
    return a.manifest.digest == b.manifest.digest && a.layer.digest == b.layer.digest
        && a.layer.size == b.layer.size && a.layer.mediaType == b.layer.mediaType && a.name == b.name
        && a.version == b.version && a.created == b.created;
}

} // namespace

void ChartTableModel::setCharts(QList<ChartSummary> charts)
{
    if (!m_charts.isEmpty() && sameReferences(m_charts, charts)) {
        // The same charts (a fresh listing of the rows already shown): only changed rows are announced.
        m_now = QDateTime::currentDateTimeUtc();
        QList<int> changed;
        for (qsizetype row = 0; row < charts.size(); ++row)
            if (!sameRow(m_charts.at(row), charts.at(row)))
                changed.append(static_cast<int>(row));
        m_charts = std::move(charts);
        if (changed.isEmpty())
            return;
        for (const int row : std::as_const(changed))
            m_semVers[row] = SemVer::parseAsHelm(m_charts.at(row).version);
        const QList<int> previous = rankVersions();
        for (const int row : std::as_const(changed))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        announceMovedRanks(previous);
        return;
    }
    beginResetModel();
    m_charts = std::move(charts);
    m_now = QDateTime::currentDateTimeUtc();
    m_semVers.clear();
    rankVersions();
    endResetModel();
}

void ChartTableModel::appendCharts(const QList<ChartSummary> &charts)
{
    if (charts.isEmpty())
        return;
    const qsizetype first = m_charts.size();
    beginInsertRows({}, static_cast<int>(first), static_cast<int>(first + charts.size() - 1));
    m_charts.append(charts);
    if (!m_now.isValid())
        m_now = QDateTime::currentDateTimeUtc();
    const QList<int> previous = rankVersions();
    endInsertRows();
    announceMovedRanks(previous);
}

QList<int> ChartTableModel::rankVersions()
{
    // Each version is parsed once, so sorting 10,000 rows compares integers instead of parsing SemVer at every
    // comparison. SemVer order; what is not SemVer goes after, by text.
    for (qsizetype row = m_semVers.size(); row < m_charts.size(); ++row)
        m_semVers.append(SemVer::parseAsHelm(m_charts.at(row).version));
    const QList<std::optional<SemVer>> &parsed = m_semVers;
    QList<int> order(m_charts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &va = parsed.at(a), &vb = parsed.at(b);
        if (va && vb)
            return va->compare(*vb) < 0;
        if (va || vb)
            return va.has_value();
        return QString::compare(m_charts.at(a).version, m_charts.at(b).version, Qt::CaseInsensitive) < 0;
    });
    QList<int> ranks(m_charts.size());
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0) {
            const auto &previous = parsed.at(order.at(i - 1)), &current = parsed.at(order.at(i));
            const bool same = previous && current
                ? previous->compare(*current) == 0
                : m_charts.at(order.at(i - 1)).version == m_charts.at(order.at(i)).version;
            if (!same)
                ++rank;
        }
        ranks[order.at(i)] = rank;
    }
    std::swap(m_versionRank, ranks);
    return ranks;
}

void ChartTableModel::announceMovedRanks(const QList<int> &previous)
{
    // Rows ranked before among fewer rows, in runs, so a proxy sorted by version places them again.
    const qsizetype rows = qMin(previous.size(), m_versionRank.size());
    for (qsizetype row = 0; row < rows;) {
        if (previous.at(row) == m_versionRank.at(row)) {
            ++row;
            continue;
        }
        qsizetype end = row;
        while (end + 1 < rows && previous.at(end + 1) != m_versionRank.at(end + 1))
            ++end;
        Q_EMIT dataChanged(index(static_cast<int>(row), Version), index(static_cast<int>(end), Version),
            {SortRole});
        row = end + 1;
    }
}

qint64 ChartTableModel::totalSize() const
{
    qint64 total = 0;
    for (const ChartSummary &chart : m_charts)
        total += chart.layer.size;
    return total;
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_charts.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_charts.size())
        return {};
    const ChartSummary &chart = m_charts.at(index.row());
    if (role == ReferenceRole)
        return chart.ref.toString();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Ref: return chart.ref.toString();
        case Name: return chart.name;
        case Version: return chart.version;
        case Digest: return chart.manifest.digest.shortHex();
        case Size: return formatBinarySize(chart.layer.size);
        case Created:
            return relativeAge(
                chart.created.secsTo(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()));
        case Layer: return chart.isLegacyLayer() ? tr("legacy") : tr("modern");
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Size: return chart.layer.size;
        case Created: return chart.created;
        case Version: return m_versionRank.value(index.row());
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Digest: return chart.manifest.digest.toString();
        case Size:
            return tr("%n byte(s)", nullptr, static_cast<int>(qMin<qint64>(chart.layer.size, INT_MAX)));
        case Created: return QLocale().toString(chart.created.toLocalTime(), QLocale::LongFormat);
        case Layer: return chart.layer.mediaType;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref: return tr("REF");
    case Name: return tr("NAME");
    case Version: return tr("VERSION");
    case Digest: return tr("DIGEST");
    case Size: return tr("SIZE");
    case Created: return tr("CREATED");
    case Layer: return tr("LAYER");
    }
    return {};
}

Qt::ItemFlags ChartTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_cacheRoot.isEmpty())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList ChartTableModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

namespace {

// Copies a chart's layer out of the cache as name-version.tgz, after checking it against its digest. A copy,
// never a link: nothing done to the dragged file may reach the cache's blob.
QString writePackage(const QString &cacheRoot, const ChartSummary &chart, const QString &folder)
{
    const QString target = QStringLiteral("%1/%2-%3.tgz").arg(folder, chart.name, chart.version);
    if (QFile::exists(target))
        return target;
    const auto data = ChartCache(cacheRoot).readBlob(chart.layer, 256LL * 1024 * 1024);
    QSaveFile file(target);
    if (!data || !QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
        || file.write(*data) != data->size() || !file.commit())
        return {};
    return target;
}

} // namespace

const QString &ChartTableModel::dragFolder() const
{
    if (m_dragFolder.isEmpty())
        m_dragFolder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/drag/") + QString::number(QDateTime::currentMSecsSinceEpoch());
    return m_dragFolder;
}

void ChartTableModel::prepareDrag(const QModelIndexList &indexes)
{
    if (m_cacheRoot.isEmpty())
        return;
    QList<ChartSummary> wanted;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.row() < m_charts.size()
            && !m_dragFiles.contains(m_charts.at(index.row()).layer.digest.toString()))
            wanted.append(m_charts.at(index.row()));
    if (wanted.isEmpty())
        return;
    using Written = QList<std::pair<QString, QString>>;
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this, [this, watcher] {
        watcher->deleteLater();
        for (const auto &[digest, path] : watcher->result())
            m_dragFiles.insert(digest, path);
    });
    watcher->setFuture(QtConcurrent::run([cacheRoot = m_cacheRoot, folder = dragFolder(), wanted] {
        Written written;
        for (const ChartSummary &chart : wanted)
            if (const QString path = writePackage(cacheRoot, chart, folder); !path.isEmpty())
                written.append({chart.layer.digest.toString(), path});
        return written;
    }));
}

QMimeData *ChartTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        const ChartSummary &chart = m_charts.at(index.row());
        // Prepared when the row was selected; written here only if the drag began before that finished.
        QString path = m_dragFiles.value(chart.layer.digest.toString());
        if (path.isEmpty() || !QFile::exists(path))
            path = writePackage(m_cacheRoot, chart, dragFolder());
        if (!path.isEmpty())
            urls.append(QUrl::fromLocalFile(path));
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

ChartFilterModel::ChartFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ChartTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ChartFilterModel::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ChartFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    for (const int column : {ChartTableModel::Ref, ChartTableModel::Name, ChartTableModel::Version}) {
        const QString text = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace charthouse
