#include "ui/RegistryBrowser.h"

#include "core/jobs/VersionsJob.h"
#include "ui/ChartDetailsDialog.h"
#include "ui/RegistrySidebar.h"
#include "ui/VersionsPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTreeView>

namespace charthouse {

RegistryBrowser::RegistryBrowser(QWidget *cachePage, Services services, QWidget *parent)
    : QWidget(parent),
      m_sidebar(new RegistrySidebar(services.cacheRoot, services.metadataRoot, services.client, this)),
      m_versions(new VersionsPanel(MetadataCache(services.metadataRoot, services.metadataSizeLimit),
          services.cacheRoot, services.client, std::move(services.track), this)),
      m_pages(new QStackedWidget(this)),
      m_cachePage(cachePage),
      m_toggle(new QAction(tr("Registry &browser"), this)),
      m_client(services.client)
{
    m_pages->addWidget(m_cachePage);
    m_pages->addWidget(m_versions);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 780});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_sidebar, &RegistrySidebar::localCacheSelected, this,
        [this] { m_pages->setCurrentWidget(m_cachePage); });
    connect(m_sidebar, &RegistrySidebar::repositorySelected, this, [this](const Reference &repository) {
        m_versions->showRepository(repository);
        m_pages->setCurrentWidget(m_versions);
    });
    connect(m_versions, &VersionsPanel::detailsRequested, this, &RegistryBrowser::showDetails);
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        m_sidebar->setVisible(on);
        if (on) {
            m_sidebar->reloadRegistries();
            m_sidebar->tree()->setFocus(Qt::OtherFocusReason);
        } else {
            m_sidebar->selectLocalCache(); // hidden browser: the chart table, as before
            m_pages->setCurrentWidget(m_cachePage);
        }
    });
    m_versions->setFreshness(std::move(services.clock), VersionsJob::defaultFreshness);
    m_sidebar->setVisible(false);
    m_sidebar->selectLocalCache();
}

RegistryBrowser::~RegistryBrowser() = default;

QString RegistryBrowser::remoteStoreRoot() const
{
    return m_remoteStoreRoot.isEmpty() && m_ownStore ? m_ownStore->path() : m_remoteStoreRoot;
}

ChartDetailsDialog *RegistryBrowser::showDetails(const Reference &version)
{
    if (m_remoteStoreRoot.isEmpty() && !m_ownStore)
        m_ownStore = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/charthouse-remote-XXXXXX"));
    auto *dialog = ChartDetailsDialog::forRemote(version, m_client, remoteStoreRoot(), this, m_keyringPath);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    Q_EMIT detailsShown(dialog);
    return dialog;
}

bool RegistryBrowser::showsVersions() const
{
    return m_pages->currentWidget() == m_versions;
}

} // namespace charthouse
