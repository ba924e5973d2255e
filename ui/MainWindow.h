#pragma once

#include "core/store/ChartStore.h"
#include "ui/ChartListLoader.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace charthouse {

class ChartFilterModel;
class ChartColumns;
class ChartTableModel;
class CompareLauncher;
class Job;
class ListingPlaceholder;
class RegistryBrowser;
class RegistryClient;
class SaveDialog;
class SaveQueue;
class TransfersDock;

// The main window: the cached charts in a sortable, filterable table that follows the cache on disk, actions
// to save, export, remove and copy, and chart directories or packages dropped onto it saved in the
// background. Everything slow runs in jobs; this class only paints and reacts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // listing: where the last listing is kept for a fast next start (main passes the XDG cache's), and
    // for tests a pace for the first listing.
    explicit MainWindow(QString cacheRoot, QWidget *parent = nullptr, ChartListOptions listing = {});
    ~MainWindow() override; // remembers geometry, docks, column widths and sort order

    ChartTableModel *model() const { return m_model; }
    ChartFilterModel *filterModel() const { return m_filter; }
    ChartListLoader *loader() const { return m_loader; }
    // What the table's place says while it has no rows.
    ListingPlaceholder *placeholder() const { return m_placeholder; }
    QTableView *view() const { return m_view; }
    TransfersDock *transfers() const { return m_transfers; }
    RegistryBrowser *browser() const { return m_browser; }
    RegistryClient *registryClient() const { return m_client; }
    CompareLauncher *compareLauncher() const { return m_compare; }
    // The last problem or result shown to the user (also in the status bar).
    QString lastMessage() const { return m_lastMessage; }

    // What a drop does: inspect each chart off the GUI thread, then ask for its reference and save it.
    void saveDropped(const QList<QUrl> &urls);

public Q_SLOTS:
    void refresh();
    // Re&fresh (F5): the chart table, or the versions shown with each tag checked again.
    void refreshShown();

Q_SIGNALS:
    void refreshed();
    void saveDialogShown(QDialog *dialog);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    // Push, Export, Remove, Copy and Details: enabled only while rows are selected.
    void updateRowActions();
    void restoreLayout();
    void showSettings();
    void watchCache();
    void showListing(const ChartListing &listing);
    // The table once it has rows, else the placeholder saying why not; the summary says a listing is under way.
    void showListingState();
    void runJob(Job *job, std::function<void()> onSuccess);
    // For dialogs that start jobs: run in the Transfers dock, "<title>: done" in the status bar.
    void trackInDock(Job *job);
    void showMessage(const QString &message);
    // A problem stays in the status bar (icon, words, problem colour; no timeout) until it is clicked, which
    // leads to the job's line in the Transfers dock when there is one.
    void showProblem(const QString &message, const QString &jobTitle = {});
    QStringList selectedReferences() const;
    void exportSelected();
    void pushSelected();
    void removeSelected();
    // Looks for blobs no chart uses, says how many and how large, and removes them if the user agrees.
    void cleanUpCache();
    void copyReferences();
    void chooseAndSave();

public:
    // Pushes the selected charts to their registries (the toolbar's Push).
    void push() { pushSelected(); }
    // The Registries… and Pull… dialogs (non-modal); returned for tests.
    class RegistriesDialog *showRegistries();
    class RemoteBrowser *showPull();
    class LocalRegistryDialog *showLocalRegistry();
    // Opens the details of the current chart (Enter, double-click); returns the dialog.
    class ChartDetailsDialog *showDetails();

private:
    QString m_cacheRoot;
    ChartTableModel *m_model;
    ChartFilterModel *m_filter;
    QTableView *m_view;
    ChartColumns *m_columns;
    QLineEdit *m_filterEdit;
    QStackedWidget *m_pages;
    QLabel *m_summary;
    QFileSystemWatcher *m_watcher;
    QTimer *m_refreshTimer;
    RegistryClient *m_client;
    TransfersDock *m_transfers;
    QList<QAction *> m_rowActions;
    ChartListLoader *m_loader;
    ListingPlaceholder *m_placeholder;
    QString m_lastMessage;
    QToolButton *m_problem = nullptr;
    QString m_problemJob;
    SaveQueue *m_saveQueue;
    RegistryBrowser *m_browser = nullptr;
    CompareLauncher *m_compare = nullptr;
};

} // namespace charthouse
