#include "ui/VersionsDeleter.h"

#include "ui/ErrorText.h"

#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <memory>

namespace charthouse {

VersionsDeleter::VersionsDeleter(
    RegistryClient *client, std::function<void(Job *)> track, QWidget *dialogParent)
    : QObject(dialogParent), m_client(client), m_track(std::move(track)), m_dialogParent(dialogParent)
{ }

void VersionsDeleter::deleteVersions(const QList<Reference> &versions)
{
    if (versions.isEmpty())
        return;
    Q_EMIT said(versions.size() == 1
            ? tr("Looking for what else deleting %1 removes…").arg(versions.first().toString())
            : tr("Looking for what else deleting %n version(s) removes…", nullptr,
                static_cast<int>(versions.size())));
    // Every plan first, so that the one question names all that goes.
    struct Gathered
    {
        QList<DeletePlan> plans;
        qsizetype waiting = 0;
        std::optional<std::pair<Reference, Error>> failure;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->plans.resize(versions.size());
    gathered->waiting = versions.size();
    for (qsizetype i = 0; i < versions.size(); ++i) {
        auto *plan = new DeletePlanJob(versions.at(i), m_client);
        connect(plan, &Job::finished, this, [this, plan, versions, gathered, i] {
            if (plan->error() && !gathered->failure)
                gathered->failure = std::pair {versions.at(i), *plan->error()};
            else if (plan->result())
                gathered->plans[i] = *plan->result();
            if (--gathered->waiting > 0)
                return;
            if (gathered->failure)
                return Q_EMIT said(tr("Nothing was deleted. %1: %2")
                                       .arg(gathered->failure->first.toString(),
                                           ErrorText::message(gathered->failure->second)));
            confirm(versions, gathered->plans);
        });
        m_track(plan);
    }
}

void VersionsDeleter::confirm(const QList<Reference> &versions, const QList<DeletePlan> &plans)
{
    // One step per distinct digest, with the chosen tags on it (a registry deletes a manifest, not a tag).
    QList<Step> steps;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        auto known = std::find_if(steps.begin(), steps.end(),
            [&](const Step &step) { return step.first.digest == plans.at(i).digest; });
        if (known == steps.end())
            steps.append({plans.at(i), {versions.at(i).tag()}});
        else
            known->second.append(versions.at(i).tag());
    }
    QString text;
    if (versions.size() == 1) {
        const Reference &version = versions.first();
        QStringList others = plans.first().tags;
        others.removeAll(version.tag());
        text = others.isEmpty()
            ? tr("Delete %1 from the registry?").arg(version.toString())
            : tr("Delete %1 from the registry? The same chart (%2) is also tagged %3: those tags go too.")
                  .arg(version.toString(), plans.first().digest.toString().left(19),
                      others.join(QStringLiteral(", ")));
    } else {
        QStringList lines;
        for (const Step &step : std::as_const(steps)) {
            QStringList others = step.first.tags;
            for (const QString &tag : step.second)
                others.removeAll(tag);
            const QString chosen = step.second.join(QStringLiteral(", "));
            lines.append(others.isEmpty() ? chosen
                                          : tr("%1 (the same chart is also tagged %2: those tags go too)")
                                                .arg(chosen, others.join(QStringLiteral(", "))));
        }
        text = tr("Delete %n version(s) of %1 from the registry?", nullptr, static_cast<int>(versions.size()))
                   .arg(plans.first().repository.name())
            + QStringLiteral("\n\n• ") + lines.join(QStringLiteral("\n• "));
    }
    auto *ask = new QMessageBox(
        QMessageBox::Warning, tr("Delete from the registry"), text, QMessageBox::Cancel, m_dialogParent);
    ask->setObjectName(QStringLiteral("delete-question"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setTextFormat(Qt::PlainText);
    QPushButton *remove = ask->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask->setDefaultButton(QMessageBox::Cancel); // the safe answer
    connect(remove, &QPushButton::clicked, this, [this, steps] { deleteSteps(steps, {}); });
    ask->open();
    Q_EMIT dialogShown(ask);
}

void VersionsDeleter::deleteSteps(QList<Step> steps, QStringList deleted)
{
    const Step step = steps.takeFirst();
    const Reference repository = step.first.repository;
    auto *job = new DeleteJob(repository, step.first.digest, m_client);
    connect(
        job, &Job::finished, this, [this, job, steps, deleted, repository, chosen = step.second]() mutable {
            if (job->state() == Job::State::Cancelled)
                return end(repository, deleted, tr("%1: cancelled").arg(job->title()));
            if (job->error())
                return end(repository, deleted, ErrorText::message(*job->error()));
            deleted += chosen;
            if (steps.isEmpty())
                return end(repository, deleted, {});
            deleteSteps(std::move(steps), std::move(deleted));
        });
    m_track(job);
}

void VersionsDeleter::end(const Reference &repository, const QStringList &deleted, const QString &problem)
{
    const QString done = deleted.isEmpty()
        ? QString()
        : tr("Deleted %1 from %2.").arg(deleted.join(QStringLiteral(", ")), repository.name());
    Q_EMIT said(problem.isEmpty() ? done : done.isEmpty() ? problem : done + QLatin1Char(' ') + problem);
    Q_EMIT ended(repository, deleted);
}

} // namespace charthouse
