#pragma once

#include "core/oci/Reference.h"

#include <QHash>
#include <QSet>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace charthouse {

class RegistryClient;
class RepositoriesJob;

// The registry browser's sidebar: "Local cache" first, then each registry the user logged in to and the local
// test registries running here. Expanding a registry lists its repositories (RepositoriesJob: the catalog
// page by page, else the ones known here), added as they come, a page in one insert. A filter narrows the
// repositories by name.
class RegistrySidebar : public QWidget
{
    Q_OBJECT
public:
    RegistrySidebar(
        QString cacheRoot, QString metadataRoot, RegistryClient *client, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Reads the known and running registries again, in the background (keeps the ones already listed).
    void reloadRegistries();
    void addRegistry(const QString &host);
    // Starts listing the registry's repositories (what expanding its row does).
    void listRepositories(const QString &host);
    QStringList registries() const;
    QStringList repositoriesOf(const QString &host) const;
    void selectLocalCache();
    void selectRepository(const Reference &repository);

Q_SIGNALS:
    void localCacheSelected();
    void repositorySelected(const charthouse::Reference &repository);
    void repositoriesListed(const QString &host);
    void registriesReloaded();

private:
    enum Kind { LocalCache = 1, Registry, Repository, Note };
    QStandardItem *registryItem(const QString &host) const;
    void setNote(QStandardItem *registry, const QString &text);
    void addRepositories(QStandardItem *registry, const QStringList &repositories);
    void selectionChanged();

    QString m_cacheRoot;
    QString m_metadataRoot;
    RegistryClient *m_client;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QHash<QString, QPointer<RepositoriesJob>> m_listing;
    QHash<QString, QSet<QString>> m_shown; // per host, the repositories in the tree (a catalog can hold thousands)
};

} // namespace charthouse
