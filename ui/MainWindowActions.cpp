#include "ui/MainWindow.h"

// What the user does from the menus, the toolbar and the table: the actions, and what each starts.
#include "core/common/Format.h"
#include "core/credentials/RegistrySettings.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/PruneJob.h"
#include "core/jobs/PushJob.h"
#include "core/jobs/RemoveJob.h"
#include "core/registry/LocalRegistry.h"
#include "core/registry/RegistryClient.h"
#include "ui/AboutDialog.h"
#include "ui/ChartDetailsDialog.h"
#include "ui/ChartTableModel.h"
#include "ui/CompareLauncher.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"
#include "ui/LocalRegistryDialog.h"
#include "ui/RegistriesDialog.h"
#include "ui/RegistryBrowser.h"
#include "ui/RegistrySidebar.h"
#include "ui/RemoteBrowser.h"
#include "ui/SaveQueue.h"
#include "ui/SettingsDialog.h"
#include "ui/TransfersDock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QToolBar>

namespace charthouse {

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_client->setMaxConcurrentTransfers(SettingsDialog::parallelTransfers());
        m_client->setTransferLimits(RegistrySettings::transferLimits());
        m_browser->setKeyringPath(SettingsDialog::signatureKeyring());
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
    add(chartMenu, QStringLiteral("compare"), tr("Co&mpare…"), QKeySequence(),
        [this] { m_compare->compareSelected(selectedReferences()); }, true);
    add(chartMenu, QStringLiteral("details"), tr("&Details"), QKeySequence(Qt::Key_Return),
        &MainWindow::showDetails, true);
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::showDetails);
    add(chartMenu, QStringLiteral("refresh"), tr("Re&fresh"), QKeySequence::Refresh, &MainWindow::refreshShown,
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
    // The keyring `helm verify` uses by default.
    auto *dialog = new ChartDetailsDialog(m_cacheRoot, *ref, this, SettingsDialog::signatureKeyring());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChartDetailsDialog::compareRequested, m_compare, &CompareLauncher::askOtherSide);
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
