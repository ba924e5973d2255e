#include "ui/ChartColumns.h"

#include "ui/ChartTableModel.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>

namespace charthouse {

namespace {
const QString stateKey = QStringLiteral("window/columns");
const QString widthsKey = QStringLiteral("window/columnWidths");
} // namespace

ChartColumns::ChartColumns(QTableView *view) : QObject(view), m_view(view)
{
    m_view->setTextElideMode(Qt::ElideMiddle); // REF keeps its registry and its tag in view
    QHeaderView *header = m_view->horizontalHeader();
    header->setResizeContentsPrecision(250); // fitting looks at the visible rows and 250 more, not all 10,000
    setModes();
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (!m_fitting && column != ChartTableModel::Ref)
            m_userWidths.insert(QString::number(column), size);
    });
}

void ChartColumns::restore(const QSettings &settings)
{
    // Not the user's resizing: only the saved widths are theirs.
    const QScopedValueRollback restoring(m_fitting, true);
    QHeaderView *header = m_view->horizontalHeader();
    header->restoreState(settings.value(stateKey).toByteArray()); // the sort order
    setModes(); // a state saved by an older version has LAYER stretched
    m_userWidths = settings.value(widthsKey).toMap();
    for (auto it = m_userWidths.cbegin(); it != m_userWidths.cend(); ++it)
        header->resizeSection(it.key().toInt(), it.value().toInt());
}

void ChartColumns::save(QSettings &settings) const
{
    settings.setValue(stateKey, m_view->horizontalHeader()->saveState());
    settings.setValue(widthsKey, m_userWidths);
}

void ChartColumns::setModes()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ChartTableModel::Ref, QHeaderView::Stretch);
}

void ChartColumns::fit()
{
    // To their content and their heading in the font in use (a larger system font included).
    const QScopedValueRollback fitting(m_fitting, true);
    for (int column = 0; column < ChartTableModel::ColumnCount; ++column)
        if (column != ChartTableModel::Ref && !m_userWidths.contains(QString::number(column)))
            m_view->resizeColumnToContents(column);
}

} // namespace charthouse
