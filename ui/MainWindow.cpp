#include "ui/MainWindow.h"

#include "ui/ErrorText.h"

#include "core/common/Format.h"
#include "core/common/SettingsFile.h"
#include "core/credentials/RegistrySettings.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/ListJob.h"
#include "core/jobs/PruneJob.h"
#include "core/jobs/PushJob.h"
#include "core/cache/MetadataCache.h"
#include "core/jobs/RegistryAccess.h"
#include "core/jobs/RemoveJob.h"
#include "core/jobs/SaveJob.h"
#include "core/registry/LocalRegistry.h"
#include "core/registry/RegistryClient.h"
#include "ui/AboutDialog.h"
#include "ui/Accessibility.h"
#include "ui/ChartColumns.h"
#include "ui/SaveQueue.h"
#include "ui/ChartDetailsDialog.h"
#include "ui/ChartTableModel.h"
#include "ui/Icons.h"
#include "ui/ListingPlaceholder.h"
#include "ui/LocalRegistryDialog.h"
#include "ui/RegistriesDialog.h"
#include "ui/RegistryBrowser.h"
#include "ui/RegistrySidebar.h"
#include "ui/RemoteBrowser.h"
#include "ui/SaveDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/TransfersDock.h"
#include "ui/VersionsPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
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
        {m_cacheRoot, MetadataCache::defaultRoot(), m_client, [this](Job *job) { trackInDock(job); }}, this);
    m_browser->versions()->setSignatureKeyring(&SettingsDialog::signatureKeyring);
    setCentralWidget(m_browser);
    statusBar()->addPermanentWidget(m_summary);

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

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_client->setMaxConcurrentTransfers(SettingsDialog::parallelTransfers());
        m_client->setTransferLimits(RegistrySettings::transferLimits());
        showMessage(
            tr("Settings saved. A new cache location or language applies when Charthouse starts again."));
    });
    dialog->open();
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Charts"));
    toolbar->setObjectName(QStringLiteral("charts-toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *chartMenu = menuBar()->addMenu(tr("&Chart"));
    QMenu *registryMenu = menuBar()->addMenu(tr("&Registry"));
    // Row actions also sit in the table's context menu; their keys work while the table has the focus, so
    // Delete and Ctrl+C keep their usual meaning in the filter box.
    auto add = [this, toolbar](QMenu *menu, const QString &icon, const QString &text,
                   const QKeySequence &shortcut, auto slot, bool onRows) {
        auto *action = new QAction(actionIcon(icon), text, this);
        // Toolbar text and tooltip without the access letter: "Save chart…" for "&Save chart…", "차트 저장…"
        // for "차트 저장(&S)…".
        QString plain = text;
        plain.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)"))).remove(QLatin1Char('&'));
        action->setIconText(plain);
        QString tip = plain;
        tip.remove(QChar(0x2026));
        if (!shortcut.isEmpty())
            tip = QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText));
        action->setToolTip(tip);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        toolbar->addAction(action);
        menu->addAction(action);
        if (onRows) {
            m_view->addAction(action);
            action->setShortcutContext(Qt::WidgetShortcut);
            m_rowActions.append(action); // enabled while rows are selected
        }
        return action;
    };
    add(fileMenu, QStringLiteral("save"), tr("&Save chart…"), QKeySequence(Qt::CTRL | Qt::Key_S),
        &MainWindow::chooseAndSave, false);
    add(registryMenu, QStringLiteral("push"), tr("&Push"), QKeySequence(Qt::CTRL | Qt::Key_P),
        &MainWindow::pushSelected, true);
    add(registryMenu, QStringLiteral("pull"), tr("P&ull…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        &MainWindow::showPull, false);
    add(chartMenu, QStringLiteral("export"), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        &MainWindow::exportSelected, true);
    add(chartMenu, QStringLiteral("remove"), tr("&Remove"), QKeySequence::Delete, &MainWindow::removeSelected,
        true);
    chartMenu->addAction(tr("Clea&n up the cache…"), this, &MainWindow::cleanUpCache);
    add(chartMenu, QStringLiteral("copy"), tr("&Copy reference"), QKeySequence::Copy,
        &MainWindow::copyReferences, true);
    add(chartMenu, QStringLiteral("details"), tr("&Details"), QKeySequence(Qt::Key_Return),
        &MainWindow::showDetails, true);
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::showDetails);
    add(chartMenu, QStringLiteral("refresh"), tr("Re&fresh"), QKeySequence::Refresh, &MainWindow::refresh,
        false);
    add(registryMenu, QStringLiteral("registries"), tr("Re&gistries…"), QKeySequence(Qt::CTRL | Qt::Key_R),
        &MainWindow::showRegistries, false);
    // Where the platform has no key for Settings or Quit (GNOME none for Settings, the Windows scheme none
    // for Quit), the usual ones.
    const auto platformKey = [](QKeySequence::StandardKey key, const QKeySequence &otherwise) {
        const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
        return keys.isEmpty() ? otherwise : keys.first();
    };
    add(fileMenu, QStringLiteral("settings"), tr("Se&ttings…"),
        platformKey(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)),
        &MainWindow::showSettings, false);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), platformKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)),
        this, &QWidget::close);
    // Only where Debian's docker-registry is installed (a PATH lookup, no more).
    if (!LocalRegistry::serverProgram().isEmpty()) {
        registryMenu->addSeparator();
        registryMenu->addAction(actionIcon(QStringLiteral("serve")), tr("Start a &local test registry…"),
            this, &MainWindow::showLocalRegistry);
    }
    // A closed dock or toolbar comes back from here.
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_transfers->toggleViewAction()->setText(tr("&Transfers"));
    viewMenu->addAction(m_transfers->toggleViewAction());
    viewMenu->addAction(m_browser->toggleAction());
    toolbar->toggleViewAction()->setText(tr("T&oolbar"));
    viewMenu->addAction(toolbar->toggleViewAction());
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(actionIcon(QStringLiteral("about")), tr("&About Charthouse"), this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    auto *find = new QAction(actionIcon(QStringLiteral("find")), tr("F&ind"), this);
    find->setShortcut(QKeySequence::Find);
    connect(
        find, &QAction::triggered, m_filterEdit, [this] { m_filterEdit->setFocus(Qt::ShortcutFocusReason); });
    addAction(find);
    chartMenu->addAction(find);
    updateRowActions();
}

void MainWindow::updateRowActions()
{
    const bool selected = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    for (QAction *action : std::as_const(m_rowActions))
        action->setEnabled(selected);
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

void MainWindow::saveDropped(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            showProblem(
                tr("%1: only local chart directories and .tgz packages can be saved").arg(url.toString()));
            continue;
        }
        const QString path = url.toLocalFile();
        // Reading the chart (and refusing unsafe ones) is disk work: off the GUI thread.
        auto *watcher = new QFutureWatcher<Result<LoadedChartSource>>(this);
        connect(watcher, &QFutureWatcher<Result<LoadedChartSource>>::finished, this, [this, watcher, path] {
            watcher->deleteLater();
            const Result<LoadedChartSource> loaded = watcher->result();
            if (!loaded)
                return showProblem(tr("Cannot save %1: %2")
                                       .arg(QFileInfo(path).fileName(), ErrorText::message(loaded.error())));
            m_saveQueue->ask(path, loaded->metadata);
        });
        watcher->setFuture(QtConcurrent::run([path] { return loadChartSource(path, ArchiveLimits {}); }));
    }
}

void MainWindow::chooseAndSave()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a chart directory"));
    if (!dir.isEmpty())
        saveDropped({QUrl::fromLocalFile(dir)});
}

QStringList MainWindow::selectedReferences() const
{
    QStringList refs;
    if (!m_view->selectionModel())
        return refs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        refs.append(index.data(ChartTableModel::ReferenceRole).toString());
    return refs;
}

void MainWindow::exportSelected()
{
    const QStringList refs = selectedReferences();
    if (refs.isEmpty())
        return;
    const QString dest = QFileDialog::getExistingDirectory(this, tr("Export charts to"));
    if (dest.isEmpty())
        return;
    for (const QString &text : refs)
        if (auto ref = Reference::parse(text))
            runJob(new ExportJob(m_cacheRoot, *ref, dest, false),
                [this, text, dest] { showMessage(tr("Exported %1 to %2").arg(text, dest)); });
}

void MainWindow::pushSelected()
{
    for (const QString &text : selectedReferences())
        if (auto ref = Reference::parse(text))
            runJob(new PushJob(m_cacheRoot, *ref, m_client),
                [this, text] { showMessage(tr("Pushed %1").arg(text)); });
}

void MainWindow::removeSelected()
{
    const QStringList refs = selectedReferences();
    if (refs.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove charts"),
        tr("Remove %n chart(s) from the cache?\n\n%1", nullptr, static_cast<int>(refs.size()))
            .arg(refs.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No); // Enter keeps the charts
    if (answer != QMessageBox::Yes)
        return;
    for (const QString &text : refs)
        if (auto ref = Reference::parse(text))
            runJob(
                new RemoveJob(m_cacheRoot, *ref), [this, text] { showMessage(tr("Removed %1").arg(text)); });
}

void MainWindow::cleanUpCache()
{
    auto *look = new PruneJob(m_cacheRoot, true);
    runJob(look, [this, look] {
        const PruneReport &found = *look->result();
        if (found.removed.isEmpty()) {
            auto *told = new QMessageBox(QMessageBox::Information, tr("Clean up the cache"),
                found.keptRecent.isEmpty()
                    ? tr("Every file in the cache belongs to a chart: there is nothing to clean up.")
                    : tr("Nothing to clean up now. %n unused file(s) changed in the last minutes are kept: another "
                         "program may still be saving them.",
                          nullptr, static_cast<int>(found.keptRecent.size())),
                QMessageBox::Ok, this);
            told->setObjectName(QStringLiteral("clean-up-nothing"));
            told->setAttribute(Qt::WA_DeleteOnClose);
            told->open();
            return;
        }
        auto *ask = new QMessageBox(QMessageBox::Question, tr("Clean up the cache"),
            tr("%n file(s) in the cache belong to no chart (%1). Remove them?", nullptr,
                static_cast<int>(found.removed.size()))
                .arg(formatBinarySize(found.removedBytes())),
            QMessageBox::Cancel, this);
        ask->setObjectName(QStringLiteral("clean-up-question"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *remove = ask->addButton(tr("Remove"), QMessageBox::DestructiveRole);
        ask->setDefaultButton(QMessageBox::Cancel); // the safe answer
        connect(remove, &QPushButton::clicked, this, [this] {
            auto *prune = new PruneJob(m_cacheRoot, false);
            runJob(prune, [this, prune] {
                showMessage(tr("Removed %n unused file(s), %1", nullptr,
                    static_cast<int>(prune->result()->removed.size()))
                                .arg(formatBinarySize(prune->result()->removedBytes())));
            });
        });
        ask->open();
    });
}

ChartDetailsDialog *MainWindow::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    auto ref = Reference::parse(current.data(ChartTableModel::ReferenceRole).toString());
    if (!ref)
        return nullptr;
    auto *dialog = new ChartDetailsDialog(m_cacheRoot, *ref, this, SettingsDialog::signatureKeyring());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

RegistriesDialog *MainWindow::showRegistries()
{
    auto *dialog = new RegistriesDialog(m_client, m_transfers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegistriesDialog::done, m_browser, [this] { m_browser->sidebar()->reloadRegistries(); });
    dialog->show();
    return dialog;
}

LocalRegistryDialog *MainWindow::showLocalRegistry()
{
    auto *dialog = new LocalRegistryDialog(
        m_client, [this](Job *job) { trackInDock(job); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

RemoteBrowser *MainWindow::showPull()
{
    auto *dialog = new RemoteBrowser(
        m_cacheRoot, m_client, [this](Job *job) { trackInDock(job); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::copyReferences()
{
    const QStringList refs = selectedReferences();
    if (!refs.isEmpty())
        QApplication::clipboard()->setText(refs.join(QLatin1Char('\n')));
}

} // namespace charthouse
