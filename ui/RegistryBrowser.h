#pragma once

#include "core/common/Clock.h"

#include <QWidget>

#include <functional>

class QAction;
class QStackedWidget;

namespace charthouse {

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

    RegistrySidebar *sidebar() const { return m_sidebar; }
    VersionsPanel *versions() const { return m_versions; }
    // Checkable: shows or hides the sidebar (and with it the registries).
    QAction *toggleAction() const { return m_toggle; }
    bool showsVersions() const;

private:
    RegistrySidebar *m_sidebar;
    VersionsPanel *m_versions;
    QStackedWidget *m_pages;
    QWidget *m_cachePage;
    QAction *m_toggle;
};

} // namespace charthouse
