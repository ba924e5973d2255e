#pragma once

#include "core/oci/Reference.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace charthouse {

class Job;
class RegistryClient;
class StatusMessage;
class TagsJob;

// Type a repository (e.g. localhost:5000/myrepo/mychart), list its tags, pull the selected ones; or type one
// chart (REPO:TAG, REPO@sha256:…) and pull it.
class RemoteBrowser : public QDialog
{
    Q_OBJECT
public:
    RemoteBrowser(QString cacheRoot, RegistryClient *client, std::function<void(Job *)> track,
        QWidget *parent = nullptr);

    QLineEdit *repositoryEdit() const { return m_repository; }
    // Tag, size and created date of each tag, as far as its manifest tells; newest version first.
    QTreeWidget *tags() const { return m_tags; }
    QString message() const;

    void listTags();
    // The selected tags, or with none selected the chart typed.
    void pullSelected();

Q_SIGNALS:
    void tagsListed();

private:
    // What is typed, when it names one chart by tag or digest.
    std::optional<Reference> typedChart() const;

    QString m_cacheRoot;
    RegistryClient *m_client;
    std::function<void(Job *)> m_track;
    QLineEdit *m_repository;
    QTreeWidget *m_tags;
    StatusMessage *m_message; // announced to screen readers
    QPointer<TagsJob> m_listing; // the listing whose answer is shown when it comes
};

} // namespace charthouse
