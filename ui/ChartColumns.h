#pragma once

#include <QObject>
#include <QVariantMap>

class QSettings;
class QTableView;

namespace charthouse {

// The chart table's columns: REF takes the slack and elides in the middle; the other columns fit their
// content and heading in the font in use, unless the user dragged their width, which is then kept and saved.
class ChartColumns : public QObject
{
    Q_OBJECT
public:
    explicit ChartColumns(QTableView *view);

    // The sort order and the widths the user set, as save() left them.
    void restore(const QSettings &settings);
    void save(QSettings &settings) const;
    // After each listing.
    void fit();

private:
    void setModes();

    QTableView *m_view;
    QVariantMap m_userWidths; // column number -> width the user set
    bool m_fitting = false;
};

} // namespace charthouse
