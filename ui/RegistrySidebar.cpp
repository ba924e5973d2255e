#include "ui/RegistrySidebar.h"

#include "core/credentials/RegistrySettings.h"
#include "core/jobs/RepositoriesJob.h"
#include "core/registry/LocalRegistry.h"
#include "ui/ErrorText.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace charthouse {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int HostRole = Qt::UserRole + 2;
} // namespace

RegistrySidebar::RegistrySidebar(
    QString cacheRoot, QString metadataRoot, RegistryClient *client, QWidget *parent)
    : QWidget(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_metadataRoot(std::move(metadataRoot)),
      m_client(client),
      m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_tree(new QTreeView(this)),
      m_filter(new QLineEdit(this)),
      m_addButton(new QPushButton(tr("Add repositor&y…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true); // thousands of repositories: no row measured one by one
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("Registries and repositories"));
    m_filter->setPlaceholderText(tr("Filter repositories"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter repositories"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.data(KindRole).toInt() == Registry)
            listRepositories(source.data(HostRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &RegistrySidebar::selectionChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(m_addButton);
    m_addButton->setToolTip(tr("For a registry that does not list its repositories: add one by its name"));
    connect(m_addButton, &QPushButton::clicked, this, &RegistrySidebar::askForRepository);

    auto *cache = new QStandardItem(tr("Local cache"));
    cache->setData(LocalCache, KindRole);
    m_model->appendRow(cache);
}

void RegistrySidebar::reloadRegistries()
{
    // The settings and the local registries' state files (each checked for a live server): off the GUI
    // thread.
    struct Known
    {
        QStringList hosts;
        QHash<QString, QStringList> added;
    };
    auto *watcher = new QFutureWatcher<Known>(this);
    connect(watcher, &QFutureWatcher<Known>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Known known = watcher->result();
        for (auto it = known.added.cbegin(); it != known.added.cend(); ++it)
            for (const QString &name : it.value())
                if (!m_added.value(it.key()).contains(name))
                    m_added[it.key()].append(name);
        for (const QString &host : known.hosts)
            addRegistry(host);
        Q_EMIT registriesReloaded();
    });
    watcher->setFuture(QtConcurrent::run([] {
        Known known {RegistrySettings::knownHosts(), RegistrySettings::addedRepositories()};
        for (const LocalRegistryState &running : LocalRegistry::running())
            known.hosts.append(running.address);
        known.hosts += known.added.keys();
        return known;
    }));
}

QStandardItem *RegistrySidebar::registryItem(const QString &host) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (item->data(KindRole).toInt() == Registry && item->data(HostRole).toString() == host)
            return item;
    }
    return nullptr;
}

void RegistrySidebar::addRegistry(const QString &host)
{
    if (host.isEmpty() || registryItem(host))
        return;
    auto *item = new QStandardItem(host);
    item->setData(Registry, KindRole);
    item->setData(host, HostRole);
    item->setSelectable(false);
    m_model->appendRow(item);
    setNote(item, tr("Expand to list the repositories"));
}

QStringList RegistrySidebar::registries() const
{
    QStringList hosts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->data(KindRole).toInt() == Registry)
            hosts.append(m_model->item(row)->data(HostRole).toString());
    return hosts;
}

QStringList RegistrySidebar::repositoriesOf(const QString &host) const
{
    QStringList names;
    if (QStandardItem *registry = registryItem(host))
        for (int row = 0; row < registry->rowCount(); ++row)
            if (registry->child(row)->data(KindRole).toInt() == Repository)
                names.append(registry->child(row)->text());
    return names;
}

void RegistrySidebar::setNote(QStandardItem *registry, const QString &text)
{
    for (int row = registry->rowCount() - 1; row >= 0; --row)
        if (registry->child(row)->data(KindRole).toInt() == Note)
            registry->removeRow(row);
    if (text.isEmpty())
        return;
    auto *note = new QStandardItem(text);
    note->setData(Note, KindRole);
    note->setSelectable(false);
    note->setEnabled(false);
    registry->insertRow(0, note);
}

void RegistrySidebar::addRepositories(QStandardItem *registry, const QStringList &repositories)
{
    QSet<QString> &shown = m_shown[registry->data(HostRole).toString()];
    QList<QStandardItem *> added;
    for (const QString &name : repositories) {
        if (shown.contains(name))
            continue;
        shown.insert(name);
        auto *item = new QStandardItem(name);
        item->setData(Repository, KindRole);
        item->setData(registry->data(HostRole), HostRole);
        item->setToolTip(registry->data(HostRole).toString() + QLatin1Char('/') + name);
        added.append(item);
    }
    if (!added.isEmpty())
        registry->appendRows(added); // one insert a page: the proxy and the view update once
}

void RegistrySidebar::listRepositories(const QString &host)
{
    QStandardItem *registry = registryItem(host);
    if (!registry || m_listing.value(host))
        return;
    setNote(registry, tr("Listing repositories…"));
    auto *job = new RepositoriesJob(host, m_client, MetadataCache(m_metadataRoot), m_cacheRoot, this);
    job->setAddedByHand(m_added.value(host));
    m_listing.insert(host, job);
    connect(job, &RepositoriesJob::found, this, [this, host](const QStringList &repositories) {
        if (QStandardItem *item = registryItem(host))
            addRepositories(item, repositories);
    });
    connect(job, &Job::finished, this, [this, job, host] {
        job->deleteLater();
        m_listing.remove(host);
        QStandardItem *item = registryItem(host);
        if (!item)
            return;
        if (job->error()) {
            setNote(item, tr("Cannot list the repositories: %1").arg(ErrorText::message(*job->error())));
        } else {
            addRepositories(item, job->result()->repositories);
            const bool none = repositoriesOf(host).isEmpty();
            if (job->result()->fromCatalog) {
                setNote(item, none ? tr("No repositories") : QString());
            } else {
                item->setToolTip(tr("This registry does not offer its catalog: these are the repositories "
                                    "known here (pushed, pulled, listed before or added by hand)."));
                setNote(item, none ? tr("No catalog here: add a repository by hand")
                                   : tr("No catalog here: the repositories known on this computer"));
            }
        }
        Q_EMIT repositoriesListed(host);
    });
    job->start();
}

void RegistrySidebar::selectLocalCache()
{
    m_tree->setCurrentIndex(m_proxy->mapFromSource(m_model->index(0, 0)));
}

void RegistrySidebar::selectRepository(const Reference &repository)
{
    QStandardItem *registry = registryItem(repository.registry());
    if (!registry)
        return;
    for (int row = 0; row < registry->rowCount(); ++row)
        if (registry->child(row)->text() == repository.repository())
            m_tree->setCurrentIndex(m_proxy->mapFromSource(registry->child(row)->index()));
}

void RegistrySidebar::askForRepository()
{
    const QString host = m_proxy->mapToSource(m_tree->currentIndex()).data(HostRole).toString();
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("add-repository"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Add repository"));
    ask->setLabelText(tr("Repository (REGISTRY/REPOSITORY, e.g. registry.example.com/team/chart):"));
    ask->setTextValue(host.isEmpty() ? QString() : host + QLatin1Char('/'));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        auto repository = Reference::parseRepository(typed.trimmed());
        if (!repository) {
            auto *problem = new QMessageBox(QMessageBox::Warning, tr("Add repository"),
                tr("“%1” is no repository: %2").arg(typed.trimmed(), ErrorText::message(repository.error())),
                QMessageBox::Ok, this);
            problem->setAttribute(Qt::WA_DeleteOnClose);
            problem->open();
            Q_EMIT dialogShown(problem);
            return;
        }
        addRepository(*repository);
    });
    ask->open();
    Q_EMIT dialogShown(ask);
}

void RegistrySidebar::addRepository(const Reference &repository)
{
    const QString host = repository.registry();
    addRegistry(host);
    if (!m_added.value(host).contains(repository.repository()))
        m_added[host].append(repository.repository());
    addRepositories(registryItem(host), {repository.repository()});
    m_tree->expand(m_proxy->mapFromSource(registryItem(host)->index()));
    selectRepository(repository);
    // Kept in the settings off the GUI thread; a failure (a full disk) only means it is gone next time.
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [this, watcher, repository] {
        watcher->deleteLater();
        const Result<void> kept = watcher->result();
        if (!kept)
            if (QStandardItem *item = registryItem(repository.registry()))
                setNote(item, tr("Cannot remember %1: %2").arg(repository.name(), ErrorText::message(kept.error())));
        Q_EMIT repositoryAdded(repository);
    });
    watcher->setFuture(QtConcurrent::run(
        [repository] { return RegistrySettings::addRepository(repository.registry(), repository.repository()); }));
}

void RegistrySidebar::selectionChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    switch (current.data(KindRole).toInt()) {
    case LocalCache: Q_EMIT localCacheSelected(); break;
    case Repository: {
        auto repository = Reference::parseRepository(
            current.data(HostRole).toString() + QLatin1Char('/') + current.data(Qt::DisplayRole).toString());
        if (repository)
            Q_EMIT repositorySelected(*repository);
        break;
    }
    default: break;
    }
}

} // namespace charthouse
