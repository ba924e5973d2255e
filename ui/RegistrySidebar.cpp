#include "ui/RegistrySidebar.h"

#include "core/credentials/RegistrySettings.h"
#include "core/jobs/RepositoriesJob.h"
#include "core/registry/LocalRegistry.h"
#include "ui/ErrorText.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLineEdit>
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
      m_filter(new QLineEdit(this))
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

    auto *cache = new QStandardItem(tr("Local cache"));
    cache->setData(LocalCache, KindRole);
    m_model->appendRow(cache);
}

void RegistrySidebar::reloadRegistries()
{
    // The settings and the local registries' state files (each checked for a live server): off the GUI
    // thread.
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        watcher->deleteLater();
        for (const QString &host : watcher->result())
            addRegistry(host);
        Q_EMIT registriesReloaded();
    });
    watcher->setFuture(QtConcurrent::run([] {
        QStringList hosts = RegistrySettings::knownHosts();
        for (const LocalRegistryState &running : LocalRegistry::running())
            hosts.append(running.address);
        return hosts;
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
            if (!job->result()->fromCatalog)
                item->setToolTip(tr("This registry does not offer its catalog: these are the repositories "
                                    "known here (pushed, pulled or listed before)."));
            setNote(item, m_shown.value(host).isEmpty() ? tr("No repositories") : QString());
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
