#pragma once

#include "core/store/ChartStore.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace charthouse {

class RegistryClient;
class RemoteDetailsJob;

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
    // A remote version, read without the chart cache: RemoteDetailsJob fetches it into storeRoot (a store the
    // app owns for the session, never the chart cache) with a pull's checks, while the dialog says so with a
    // progress bar and a Cancel button; then it shows what it shows for a cached chart.
    static ChartDetailsDialog *forRemote(const Reference &ref, RegistryClient *client, const QString &storeRoot,
        QWidget *parent = nullptr, const QString &keyringPath = {});

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *signature() const { return m_signature; }
    // Plain text of a tab by its object name ("manifest", "config", "chart-yaml", "values", "readme"), for tests
    // and for copying.
    QString tabText(const QString &name) const;
    // While a remote version is being fetched: true, and statusText() says so. After: what happened, when the
    // chart could not be shown (a problem, or cancelled).
    bool isBusy() const;
    QString statusText() const;
    // Stops fetching a remote version (the Cancel button; closing the dialog does it too).
    void cancelLoading();

Q_SIGNALS:
    void loaded();
    // "Compare with…": the chart shown, as a reference.
    void compareRequested(const QString &ref);
    void signatureChecked();

protected:
    void done(int result) override;

private:
    ChartDetailsDialog(const Reference &ref, QWidget *parent);
    void readCached(const QString &cacheRoot, const Reference &ref, const QString &keyringPath);
    void readRemote(const Reference &ref, RegistryClient *client, const QString &storeRoot,
        const QString &keyringPath);
    void clearTabs();
    QWidget *showBusy(const QString &text); // returns the Overview's page, saying text
    void showProblem(const QString &text);
    void present(const ChartDetails &details);
    void checkSignature(const QString &cacheRoot, const Reference &ref, const QString &keyringPath);

    QLabel *m_signature;
    QTabWidget *m_tabs;
    QLabel *m_status = nullptr; // the Overview's place until the chart is shown
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    RemoteDetailsJob *m_remote = nullptr; // while fetching
};

} // namespace charthouse
