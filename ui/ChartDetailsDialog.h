#pragma once

#include "core/store/ChartStore.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace charthouse {

// Everything about one cached chart: Overview (Chart.yaml), README (Markdown), values.yaml, Files (any file
// viewable), Manifest and Config (pretty JSON), Layers; above them the Signature line: the chart's provenance
// checked against keyringPath, as `helm verify` checks it. Read in background jobs; shown when ready.
class ChartDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    // keyringPath: the public keyring to check the signature with (empty: none, only "not signed" is told).
    ChartDetailsDialog(const QString &cacheRoot, const Reference &ref, QWidget *parent = nullptr,
        const QString &keyringPath = {});

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *signature() const { return m_signature; }
    // Plain text of a tab by its object name ("manifest", "config", "chart-yaml", "values", "readme"), for tests
    // and for copying.
    QString tabText(const QString &name) const;

Q_SIGNALS:
    void loaded();
    // "Compare with…": the chart shown, as a reference.
    void compareRequested(const QString &ref);
    void signatureChecked();

private:
    void present(const ChartDetails &details);
    void checkSignature(const QString &cacheRoot, const Reference &ref, const QString &keyringPath);

    QLabel *m_signature;
    QTabWidget *m_tabs;
};

} // namespace charthouse
