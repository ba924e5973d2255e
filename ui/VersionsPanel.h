#pragma once

#include "core/cache/MetadataCache.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/jobs/RemoteVersion.h"
#include "core/oci/Digest.h"
#include "core/oci/Reference.h"

#include <QHash>
#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace charthouse {

class Job;
class RegistryClient;
class StatusMessage;
class VersionsFilterModel;
class VersionsJob;
class VersionsDeleter;
class VersionsModel;

// The versions of one remote chart repository (newest first, badges against the cache), with the actions on
// the selected ones: pull, delete, copy to another repository, add a tag. Every action is a job handed to
// `track` (the Transfers dock). A repository listed less than the freshness window ago is shown from the
// metadata cache after the tag list alone; Refresh checks every tag with the registry again.
class VersionsPanel : public QWidget
{
    Q_OBJECT
public:
    VersionsPanel(MetadataCache metadata, QString cacheRoot, RegistryClient *client,
        std::function<void(Job *)> track, QWidget *parent = nullptr);

    // How long a listing is trusted without checking each tag (VersionsJob::setFreshness).
    void setFreshness(Clock clock, std::chrono::seconds window);
    // revalidate: check every tag's digest with the registry whatever the listing's age.
    void showRepository(const Reference &repository, bool revalidate = false);
    // The repository shown, listed again with every tag checked (Refresh, F5).
    void refresh();
    const Reference &repository() const { return m_repository; }
    VersionsModel *model() const { return m_model; }
    VersionsFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QCheckBox *prereleaseBox() const { return m_prereleases; }
    // What the panel says (loading, empty, a problem, the outcome of an action).
    QString message() const;
    // What the table's place says while it has no rows.
    QString placeholderText() const;

    // The selected versions as REGISTRY/REPOSITORY:TAG.
    QList<Reference> selectedVersions() const;
    void selectTag(const QString &tag);
    // The current version's details (Enter, double-click, Details…): asks for them with detailsRequested.
    void showDetails();
    void pullSelected();
    // One question for all the selected versions, naming the other tags each takes with it (VersionsDeleter).
    void deleteSelected();
    void copySelected();
    void tagSelected();
    // Compare: two selected versions, or one against the newest cached version (compareRequested).
    void compareSelected();
    // Checks the first selected version's signature against the keyring (the chart and provenance layers are
    // fetched into a temporary store, never the cache) and says the verdict in the panel.
    void verifySelected();
    // Where the keyring to check signatures with is read, when a check starts (the Settings' choice).
    void setSignatureKeyring(std::function<QString()> keyring) { m_keyring = std::move(keyring); }

Q_SIGNALS:
    void versionsListed();
    void detailsRequested(const charthouse::Reference &version);
    // A question or input dialog opened by an action (non-modal; for tests).
    void dialogShown(QDialog *dialog);
    void actionFinished();
    void compareRequested(const QList<charthouse::Reference> &versions);
    void signatureChecked();

private:
    void updateState();
    void fitColumns();
    void say(const QString &text);
    // Runs a job that changes the registry; lists the versions again when it succeeded.
    void runChange(Job *job, const QString &doneText);
    // A non-modal question with a text field (dialogShown); answered gets the trimmed text when accepted.
    void askText(const QString &name, const QString &title, const QString &label, const QString &value,
        std::function<void(const QString &)> answered);

    MetadataCache m_metadata;
    QString m_cacheRoot;
    Clock m_clock;
    std::chrono::seconds m_freshness {0};
    RegistryClient *m_client;
    std::function<void(Job *)> m_track;
    Reference m_repository;
    VersionsModel *m_model;
    VersionsFilterModel *m_filter;
    QTableView *m_view;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_title;
    QCheckBox *m_prereleases;
    StatusMessage *m_message;
    VersionsDeleter *m_deleter;
    QList<QPushButton *> m_rowButtons;
    QPointer<VersionsJob> m_listing;
    std::optional<Error> m_listingError;
    QString m_outcome; // what the last deletion did, said beside the count it listed again
    QHash<QString, RemoteVersion> m_remembered; // by tag: the last visit's, while the live rows are described
    std::function<QString()> m_keyring;
    std::unique_ptr<QTemporaryDir> m_verifyStore; // what signature checks fetched, removed with the panel
};

} // namespace charthouse
