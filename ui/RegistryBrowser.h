#pragma once

#include "core/common/Clock.h"
#include "core/oci/Reference.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QStackedWidget;
class QTemporaryDir;

namespace charthouse {

class ChartDetailsDialog;
class Job;
class RegistryClient;
class RegistrySidebar;
class VersionsPanel;

// The registry browser: a sidebar of "Local cache" and the registries, beside either the chart table (the
// local cache) or the versions of the repository chosen. The sidebar is hidden until asked for (View ▸
// Registry browser); the chart table stays what the window shows first.
class RegistryBrowser : public QWidget
{
    Q_OBJECT
public:
    struct Services
    {
        QString cacheRoot;
        QString metadataRoot; // MetadataCache::defaultRoot() in the app
        RegistryClient *client = nullptr;
        std::function<void(Job *)> track; // runs a job in the Transfers dock
        Clock clock; // for how fresh a repository's last listing is (none: every tag checked each time)
        qint64 metadataSizeLimit = 0; // MetadataCache::defaultSizeLimit in the app (0: none)
    };
    // cachePage: the chart table's page (with its filter), shown for "Local cache".
    RegistryBrowser(QWidget *cachePage, Services services, QWidget *parent = nullptr);
    ~RegistryBrowser() override;

    RegistrySidebar *sidebar() const { return m_sidebar; }
    VersionsPanel *versions() const { return m_versions; }
    // Checkable: shows or hides the sidebar (and with it the registries).
    QAction *toggleAction() const { return m_toggle; }
    bool showsVersions() const;
    // Where remote versions are fetched to show their details: never the chart cache. Unset: a temporary
    // directory of the browser's own, kept while it lives (the session), so a second look downloads nothing.
    void setRemoteStoreRoot(const QString &root) { m_remoteStoreRoot = root; }
    // To check a remote version's signature with (the app: the keyring `helm verify` uses by default).
    void setKeyringPath(const QString &path) { m_keyringPath = path; }
    // The Details window of a remote version, read without the chart cache (VersionsPanel asks for it).
    ChartDetailsDialog *showDetails(const Reference &version);
    QString remoteStoreRoot() const;

Q_SIGNALS:
    void detailsShown(charthouse::ChartDetailsDialog *dialog);

private:
    RegistrySidebar *m_sidebar;
    VersionsPanel *m_versions;
    QStackedWidget *m_pages;
    QWidget *m_cachePage;
    QAction *m_toggle;
    RegistryClient *m_client;
    QString m_remoteStoreRoot;
    QString m_keyringPath;
    std::unique_ptr<QTemporaryDir> m_ownStore;
};

} // namespace charthouse
