#pragma once

// What the registry browser's GUI tests share: a private home (settings, XDG cache, Docker config), the
// English catalogue, a real docker-registry with deletes enabled and one without, a RegistryClient, and
// browsers whose jobs run at once (kept to be deleted at the end, as the window's dock would).
// test_browser_window.cpp predates it and may move onto it once the parallel changes to it are merged.
#include "core/jobs/Job.h"
#include "core/registry/RegistryClient.h"
#include "tests/support/RegistryServer.h"
#include "ui/RegistryBrowser.h"
#include "ui/VersionsModel.h"
#include "ui/VersionsPanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

namespace charthouse::test {

// Every file below root (paths from root), sorted.
inline QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files += it.next().mid(root.size());
    files.sort();
    return files;
}

// Shows the repository's versions in the browser and waits until the registry answered.
inline bool listVersions(RegistryBrowser &browser, const Reference &repository)
{
    QSignalSpy listed(browser.versions(), &VersionsPanel::versionsListed);
    browser.versions()->showRepository(repository);
    return listed.wait(15000);
}

inline QString failureOf(const Job &job)
{
    return job.error() ? job.error()->message() : QString();
}

class BrowserFixture
{
public:
    ~BrowserFixture() { qDeleteAll(m_jobs); }

    // False with why when the registries cannot run here (the test then skips).
    bool setUpBrowserFixture(QString *why)
    {
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "DOCKER_CONFIG"})
            qputenv(variable, (m_tmp.path() + QLatin1Char('/') + QString::fromLatin1(variable)).toUtf8());
        if (!m_english.load(QStringLiteral(":/i18n/charthouse_en.qm"))) {
            *why = QStringLiteral("no English catalogue");
            return false;
        }
        QCoreApplication::installTranslator(&m_english);
        m_registry = std::make_unique<RegistryServer>();
        m_noDeletes = std::make_unique<RegistryServer>(RegistryServer::Options::withoutDeletes());
        return m_registry->start(why) && m_noDeletes->start(why);
    }

    QString cacheRoot() const { return m_tmp.path() + QStringLiteral("/cache"); }
    QString storeRoot() const { return m_tmp.path() + QStringLiteral("/remote-store"); }
    static Reference repository(const QString &host, const QString &name)
    {
        return *Reference::parseRepository(host + QLatin1Char('/') + name);
    }

    // A shown browser with its sidebar, over cacheRoot(), fetching remote details into storeRoot().
    std::unique_ptr<RegistryBrowser> browser()
    {
        auto made = std::make_unique<RegistryBrowser>(new QWidget,
            RegistryBrowser::Services {
                cacheRoot(), m_tmp.path() + QStringLiteral("/remote"), &m_client, [this](Job *job) {
                    m_jobs.append(job);
                    job->start();
                },
                {}, 0});
        made->setRemoteStoreRoot(storeRoot());
        made->toggleAction()->setChecked(true);
        made->show();
        return made;
    }

    // The versions shown, sorted as text.
    static QStringList shownVersions(const VersionsPanel *panel)
    {
        QStringList versions;
        const QAbstractItemModel *model = panel->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            versions.append(model->index(row, VersionsModel::VersionColumn).data().toString());
        versions.sort();
        return versions;
    }

protected:
    QTemporaryDir m_tmp;
    std::unique_ptr<RegistryServer> m_registry;
    std::unique_ptr<RegistryServer> m_noDeletes;
    QTranslator m_english;
    RegistryClient m_client;
    QList<Job *> m_jobs;
};

} // namespace charthouse::test
