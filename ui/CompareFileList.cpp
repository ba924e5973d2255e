#include "ui/CompareFileList.h"

#include "core/jobs/CompareJob.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

namespace charthouse {

namespace {

bool hasFile(const ChartSource &chart, const QString &path)
{
    return std::any_of(chart.files.cbegin(), chart.files.cend(),
        [&path](const ChartFile &file) { return file.path == path; });
}

CompareEntry::Kind kindOfFile(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Added: return CompareEntry::Kind::Added;
    case FileChange::Kind::Removed: return CompareEntry::Kind::Removed;
    case FileChange::Kind::Modified: return CompareEntry::Kind::Changed;
    case FileChange::Kind::Unchanged: break;
    }
    return CompareEntry::Kind::Unchanged;
}

// Chart.yaml and values.yaml, which the comparison takes apart rather than listing them as files.
CompareEntry specialEntry(const QString &path, bool changed, const ComparedCharts &charts)
{
    const bool onOld = hasFile(charts.oldChart, path);
    const bool onNew = hasFile(charts.newChart, path);
    CompareEntry::Kind kind = changed ? CompareEntry::Kind::Changed : CompareEntry::Kind::Unchanged;
    if (onOld && !onNew)
        kind = CompareEntry::Kind::Removed;
    else if (!onOld && onNew)
        kind = CompareEntry::Kind::Added;
    return {kind, path, false};
}

} // namespace

QList<CompareEntry> compareEntries(const ChartDiff &diff, const ComparedCharts &charts)
{
    QList<CompareEntry> entries {{CompareEntry::Kind::Summary, {}, false}};
    const bool metadataChanged
        = !diff.metadata.isEmpty() || !diff.dependencies.isEmpty() || !diff.chartYamlText.isEmpty();
    entries.append(specialEntry(QStringLiteral("Chart.yaml"), metadataChanged, charts));
    const QString values = QStringLiteral("values.yaml");
    if (hasFile(charts.oldChart, values) || hasFile(charts.newChart, values))
        entries.append(specialEntry(values, !diff.values.isEmpty() || !diff.valuesText.isEmpty(), charts));
    for (const FileChange &file : diff.files)
        entries.append({kindOfFile(file.kind), file.path, file.binary});
    return entries;
}

CompareFileList::CompareFileList(QObject *parent) : QAbstractListModel(parent) { }

void CompareFileList::setEntries(const QList<CompareEntry> &entries)
{
    beginResetModel();
    m_all = entries;
    m_shown.clear();
    for (const CompareEntry &entry : std::as_const(m_all))
        if (m_showUnchanged || entry.kind != CompareEntry::Kind::Unchanged)
            m_shown.append(entry);
    endResetModel();
}

void CompareFileList::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    m_showUnchanged = show;
    setEntries(m_all);
}

int CompareFileList::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_shown.at(row).path == path)
            return row;
    return -1;
}

int CompareFileList::count(CompareEntry::Kind kind) const
{
    return static_cast<int>(std::count_if(
        m_all.cbegin(), m_all.cend(), [kind](const CompareEntry &entry) { return entry.kind == kind; }));
}

QString CompareFileList::kindText(CompareEntry::Kind kind)
{
    switch (kind) {
    case CompareEntry::Kind::Summary: return tr("summary");
    case CompareEntry::Kind::Added: return tr("added");
    case CompareEntry::Kind::Removed: return tr("removed");
    case CompareEntry::Kind::Changed: return tr("changed");
    case CompareEntry::Kind::Unchanged: break;
    }
    return tr("unchanged");
}

// A sign in a rounded square, drawn in the palette's text colour: +, −, ~ (changed), = (unchanged), Σ.
QIcon CompareFileList::kindIcon(CompareEntry::Kind kind)
{
    static const QString signs[] = {QStringLiteral("\u03a3"), QStringLiteral("+"), QStringLiteral("\u2212"),
        QStringLiteral("~"), QStringLiteral("=")};
    const QColor ink = QGuiApplication::palette().color(QPalette::Text);
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(ink, size / 16.0));
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size / 5.0, size / 5.0);
        QFont font = painter.font();
        font.setPixelSize(size * 3 / 4);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, signs[static_cast<int>(kind)]);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

int CompareFileList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QVariant CompareFileList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const CompareEntry &entry = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (entry.kind == CompareEntry::Kind::Summary)
            return tr("Summary");
        return tr("%1 (%2)").arg(entry.path, kindText(entry.kind));
    case Qt::AccessibleTextRole: return data(index, Qt::DisplayRole);
    case Qt::DecorationRole: return kindIcon(entry.kind);
    case Qt::ToolTipRole:
        return entry.binary ? tr("%1: binary file, compared by size and digest").arg(entry.path) : QVariant();
    case KindRole: return static_cast<int>(entry.kind);
    case PathRole: return entry.path;
    default: break;
    }
    return {};
}

} // namespace charthouse
