#include "ui/MainWindow.h"

#include "ui/ErrorText.h"

#include "core/common/Format.h"
#include "core/common/SettingsFile.h"
#include "core/credentials/RegistrySettings.h"
#include "core/jobs/ListJob.h"
#include "core/cache/MetadataCache.h"
#include "core/jobs/RegistryAccess.h"
#include "core/jobs/SaveJob.h"
#include "core/registry/RegistryClient.h"
#include "ui/Accessibility.h"
#include "ui/ChartColumns.h"
#include "ui/SaveQueue.h"
#include "ui/ChartTableModel.h"
#include "ui/CompareLauncher.h"
#include "ui/Icons.h"
#include "ui/ListingPlaceholder.h"
#include "ui/RegistryBrowser.h"
#include "ui/RegistrySidebar.h"
#include "ui/SaveDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/TransfersDock.h"
#include "ui/VersionsPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcessEnvironment>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace charthouse {

MainWindow::MainWindow(QString cacheRoot, QWidget *parent, ChartListOptions listing)
    : QMainWindow(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_model(new ChartTableModel(this)),
      m_filter(new ChartFilterModel(this)),
      m_view(new QTableView(this)),
      m_filterEdit(new QLineEdit(this)),
      m_pages(new QStackedWidget(this)),
      m_summary(new QLabel(this)),
      m_watcher(new QFileSystemWatcher(this)),
      m_refreshTimer(new QTimer(this)),
      m_client(new RegistryClient(this)),
      m_transfers(new TransfersDock(this)),
      m_loader(new ChartListLoader(m_cacheRoot, m_model, std::move(listing), this)),
      m_placeholder(new ListingPlaceholder(this))
{
    useUserRegistries(*m_client, QProcessEnvironment::systemEnvironment(), QDir::homePath());
    addDockWidget(Qt::BottomDockWidgetArea, m_transfers);
    resizeDocks({m_transfers}, {130}, Qt::Vertical);
    setWindowTitle(tr("Charthouse"));
    setAcceptDrops(true);

    m_model->setCacheRoot(m_cacheRoot);
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    // Selected rows are ready to be dragged out as packages before the drag begins (written off the GUI
    // thread).
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QModelIndexList rows;
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            rows.append(m_filter->mapToSource(index));
        m_model->prepareDrag(rows);
        updateRowActions();
    });
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChartTableModel::Ref, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(
        false); // Tab leaves the table (arrows move between rows), as keyboard users expect
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_columns = new ChartColumns(m_view);
    m_saveQueue = new SaveQueue(this);
    connect(m_saveQueue, &SaveQueue::dialogShown, this, &MainWindow::saveDialogShown);
    connect(m_saveQueue, &SaveQueue::saveRequested, this,
        [this](const QString &source, const Reference &ref, const SaveOptions &options) {
            runJob(new SaveJob(m_cacheRoot, source, ref, options),
                [this, ref] { showMessage(tr("Saved %1").arg(ref.toString())); });
        });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAccessibleName(tr("Cached charts"));

    m_filterEdit->setPlaceholderText(tr("Filter by reference, name or version (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ChartFilterModel::setFilterText);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_view);
    connect(m_loader, &ChartListLoader::rowsArrived, this, &MainWindow::showListingState);
    connect(m_loader, &ChartListLoader::listed, this, [this](const ChartListing &done) {
        showListing(done);
        Q_EMIT refreshed();
    });
    connect(m_loader, &ChartListLoader::failed, this, [this](const Error &error) {
        showProblem(ErrorText::message(error));
        showListingState();
        Q_EMIT refreshed();
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_pages);
    m_browser = new RegistryBrowser(central,
        {m_cacheRoot, MetadataCache::defaultRoot(), m_client, [this](Job *job) { trackInDock(job); },
            systemTimeUtc, MetadataCache::defaultSizeLimit},
        this);
    // Signatures are checked against the keyring chosen in Settings (Helm's default unless changed).
    m_browser->setKeyringPath(SettingsDialog::signatureKeyring());
    m_browser->versions()->setSignatureKeyring(&SettingsDialog::signatureKeyring);
    setCentralWidget(m_browser);
    statusBar()->addPermanentWidget(m_summary);
    m_compare = new CompareLauncher(m_cacheRoot, m_client, m_model, this);
    connect(m_browser->versions(), &VersionsPanel::compareRequested, m_compare, &CompareLauncher::compareRemote);
    connect(m_compare, &CompareLauncher::problem, this, [this](const QString &text) { showProblem(text); });

    createActions();
    // Tab follows the window top to bottom (the table came last, after the dock); the table selects its
    // current row when Tab reaches it, so the row actions have a row; views show where the focus is.
    QWidget::setTabOrder(m_filterEdit, m_view);
    QWidget::setTabOrder(m_view, m_transfers);
    selectCurrentRowOnFocus(m_view);
    nameBuiltInControls(this);
    showKeyboardFocus();
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    watchCache();
    m_client->setMaxConcurrentTransfers(SettingsDialog::parallelTransfers());
    restoreLayout();
    makePlaceholdersReadable(this);
    showListingState();
    QTimer::singleShot(0, this, &MainWindow::refresh);
}

MainWindow::~MainWindow()
{
    // A layout that cannot be saved (a full disk) is not worth a message at exit; the old one stays intact.
    auto saved = changeSettingsFile(QSettings().fileName(), [this](QSettings &settings) {
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
        m_columns->save(settings);
    });
    if (!saved)
        qWarning().noquote() << saved.error().message();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    // The first window: 1000×600, but no more than 90% of the screen (a small screen at 2× has 800×500 to
    // give), centred. A saved geometry larger than the screen (saved on another one) is fitted the same way.
    const QRect available = screen()->availableGeometry();
    resize(QSize(1000, 600).boundedTo(available.size() * 9 / 10));
    move(available.center() - rect().center());
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())
        && !available.contains(frameGeometry())) {
        resize(size().boundedTo(available.size() * 9 / 10));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_columns->restore(settings);
}

void MainWindow::watchCache()
{
    // index.json is replaced atomically (a new inode), so the directory is watched too and the file re-added.
    QDir().mkpath(m_cacheRoot);
    m_watcher->addPath(m_cacheRoot);
    if (QFileInfo::exists(m_cacheRoot + QStringLiteral("/index.json")))
        m_watcher->addPath(m_cacheRoot + QStringLiteral("/index.json"));
    auto changed = [this] {
        const QString index = m_cacheRoot + QStringLiteral("/index.json");
        if (QFileInfo::exists(index) && !m_watcher->files().contains(index))
            m_watcher->addPath(index);
        m_refreshTimer->start();
    };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
}

void MainWindow::refresh()
{
    m_loader->refresh();
}

void MainWindow::refreshShown()
{
    if (m_browser->showsVersions())
        m_browser->versions()->refresh(); // the user asked: every tag checked with the registry again
    else
        refresh();
}

void MainWindow::showListing(const ChartListing &listing)
{
    // Keep what the user was looking at.
    const QStringList selected = selectedReferences();
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->setCharts(listing.charts);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (selected.contains(index.data(ChartTableModel::ReferenceRole).toString()))
            m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_view->verticalScrollBar()->setValue(scroll);
    updateRowActions(); // a reset model drops the selection without a signal
    showListingState();
    m_columns->fit();
    m_summary->setText(tr("%n chart(s), %1", nullptr, static_cast<int>(listing.charts.size()))
                           .arg(formatBinarySize(m_model->totalSize())));
    if (!listing.problems.isEmpty())
        showProblem(
            tr("%n cached chart(s) could not be read: %1", nullptr, static_cast<int>(listing.problems.size()))
                .arg(ErrorText::message(listing.problems.first())));
}

void MainWindow::showListingState()
{
    const bool rows = m_model->rowCount() > 0;
    if (rows && m_pages->currentWidget() != m_view)
        m_columns->fit(); // to the first rows once, not at every batch
    m_pages->setCurrentWidget(rows ? static_cast<QWidget *>(m_view) : m_placeholder);
    m_placeholder->follow(m_loader->state(), m_lastMessage);
    if (m_loader->state() == ChartListLoader::State::Reading)
        m_summary->setText(rows ? tr("Reading the cache… %n chart(s) so far", nullptr, m_model->rowCount())
                                : tr("Reading the cache…"));
    else if (m_loader->state() == ChartListLoader::State::Unreadable)
        m_summary->clear();
}

void MainWindow::showMessage(const QString &message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, 15'000);
}

void MainWindow::showProblem(const QString &message, const QString &jobTitle)
{
    m_lastMessage = message;
    if (!m_problem) {
        m_problem = new QToolButton(this);
        m_problem->setObjectName(QStringLiteral("status-problem"));
        m_problem->setAutoRaise(true);
        m_problem->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_problem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        QPalette palette = m_problem->palette();
        palette.setColor(QPalette::ButtonText, problemColour(palette));
        m_problem->setPalette(palette);
        // A long reason must not widen the window: the note takes the room there is, the tooltip has it all.
        m_problem->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        connect(m_problem, &QToolButton::clicked, this, [this] {
            m_problem->hide();
            if (!m_problemJob.isEmpty())
                m_transfers->showJob(m_problemJob);
        });
        statusBar()->addWidget(m_problem, 1);
    }
    m_problemJob = jobTitle;
    m_problem->setText(message);
    m_problem->setToolTip(message + QStringLiteral("\n\n")
        + (jobTitle.isEmpty() ? tr("Click to dismiss.") : tr("Click to see it in Transfers.")));
    statusBar()->clearMessage();
    m_problem->show();
}

void MainWindow::runJob(Job *job, std::function<void()> onSuccess)
{
    job->setParent(this);
    m_transfers->track(job);
    connect(job, &Job::finished, this, [this, job, onSuccess] {
        job->deleteLater();
        if (job->state() == Job::State::Cancelled)
            showMessage(tr("%1: cancelled").arg(job->title())); // the user's own doing: no problem to keep
        else if (job->error())
            showProblem(
                tr("%1 failed: %2").arg(job->title(), ErrorText::message(*job->error())), job->title());
        else if (onSuccess)
            onSuccess();
    });
    job->start();
}

void MainWindow::trackInDock(Job *job)
{
    runJob(job, [this, title = job->title()] { showMessage(tr("%1: done").arg(title)); });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    event->acceptProposedAction();
    saveDropped(urls);
}

} // namespace charthouse
