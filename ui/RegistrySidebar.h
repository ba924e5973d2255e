#pragma once

#include "core/oci/Reference.h"

#include <QHash>
#include <QSet>
#include <QPointer>
#include <QWidget>

class QDialog;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace charthouse {

class RegistryClient;
class RepositoriesJob;

// The registry browser's sidebar: "Local cache" first, then each registry the user logged in to and the local
// test registries running here. Expanding a registry lists its repositories (RepositoriesJob: the catalog
// page by page, else the ones known here: in the cache, listed before, or added by hand with "Add
// repository…", which the settings keep), added as they come, a page in one insert. A filter narrows the repositories by name.
class RegistrySidebar : public QWidget
{
    Q_OBJECT
public:
    RegistrySidebar(
        QString cacheRoot, QString metadataRoot, RegistryClient *client, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *addRepositoryButton() const { return m_addButton; }
    // Reads the known and running registries again, in the background (keeps the ones already listed).
    void reloadRegistries();
    void addRegistry(const QString &host);
    // Starts listing the registry's repositories (what expanding its row does).
    void listRepositories(const QString &host);
    QStringList registries() const;
    QStringList repositoriesOf(const QString &host) const;
    void selectLocalCache();
    void selectRepository(const Reference &repository);
    // "Add repository…": asks for REGISTRY/REPOSITORY (dialogShown), then addRepository.
    void askForRepository();
    // Lists the repository under its registry (adding the registry), keeps it in the settings, selects it.
    void addRepository(const Reference &repository);

Q_SIGNALS:
    void localCacheSelected();
    void repositorySelected(const charthouse::Reference &repository);
    void repositoriesListed(const QString &host);
    void registriesReloaded();
    void dialogShown(QDialog *dialog);
    // The settings kept a repository added by hand (or could not: the registry's note says why).
    void repositoryAdded(const charthouse::Reference &repository);

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
    QPushButton *m_addButton;
    QHash<QString, QPointer<RepositoriesJob>> m_listing;
    QHash<QString, QSet<QString>> m_shown; // per host, the repositories in the tree (a catalog can hold thousands)
    QHash<QString, QStringList> m_added; // by host: the repositories added by hand
};

} // namespace charthouse
