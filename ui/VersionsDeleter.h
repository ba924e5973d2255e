#pragma once

#include "core/jobs/DeleteJob.h"

#include <QObject>

#include <functional>

class QDialog;
class QWidget;

namespace charthouse {

class Job;

// Deleting remote versions, for the registry browser: each version's DeletePlanJob (its digest and every tag
// on it), then one question naming each version and every other tag that goes with it (Cancel by default),
// then one DeleteJob per distinct digest, one after another, in the Transfers dock (`track`). It stops at the
// first failure, which is said once: a registry that refuses deletes refuses them all.
class VersionsDeleter : public QObject
{
    Q_OBJECT
public:
    VersionsDeleter(RegistryClient *client, std::function<void(Job *)> track, QWidget *dialogParent);

    void deleteVersions(const QList<Reference> &versions);

Q_SIGNALS:
    // What to tell the user: the search, a problem, the outcome.
    void said(const QString &text);
    void dialogShown(QDialog *dialog);
    // The deletes ended (deleted: the tags that went, maybe none).
    void ended(const charthouse::Reference &repository, const QStringList &deleted);

private:
    using Step = std::pair<DeletePlan, QStringList>; // a digest to delete and the chosen tags on it
    void confirm(const QList<Reference> &versions, const QList<DeletePlan> &plans);
    void deleteSteps(QList<Step> steps, QStringList deleted);
    void end(const Reference &repository, const QStringList &deleted, const QString &problem);

    RegistryClient *m_client;
    std::function<void(Job *)> m_track;
    QWidget *m_dialogParent;
};

} // namespace charthouse
