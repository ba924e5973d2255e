#pragma once

#include "core/store/ChartStore.h"

#include <QDialog>

class QTabWidget;

namespace charthouse {

// Everything about one cached chart: Overview (Chart.yaml), README (Markdown), values.yaml, Files (any file
// viewable), Manifest and Config (pretty JSON), Layers. Read in a background job; shown when ready.
class ChartDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    ChartDetailsDialog(const QString &cacheRoot, const Reference &ref, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // Plain text of a tab by its object name ("manifest", "config", "chart-yaml", "values", "readme"), for tests
    // and for copying.
    QString tabText(const QString &name) const;

Q_SIGNALS:
    void loaded();

private:
    void present(const ChartDetails &details);

    QTabWidget *m_tabs;
};

} // namespace charthouse
