#include "ui/TransfersDock.h"

#include "core/common/Format.h"
#include "core/jobs/Job.h"

#include <QHeaderView>
#include <QProgressBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace charthouse {

namespace {
enum Column { TitleColumn, ProgressColumn, StatusColumn };
}

TransfersDock::TransfersDock(QWidget *parent) : QDockWidget(tr("Transfers"), parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("transfers"));
    m_list->setHeaderLabels({tr("Job"), tr("Progress"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Transfers"));
    m_list->header()->setStretchLastSection(true);
    auto *cancel = new QToolButton(this);
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel the selected jobs"));
    connect(cancel, &QToolButton::clicked, this, &TransfersDock::cancelSelected);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(cancel, 0, Qt::AlignRight);
    setWidget(content);
}

void TransfersDock::track(Job *job)
{
    auto *item = new QTreeWidgetItem(m_list, {job->title(), QString(), tr("Waiting")});
    m_list->scrollToItem(item);
    auto *bar = new QProgressBar(m_list);
    bar->setRange(0, 0);
    bar->setAccessibleName(tr("Progress of %1").arg(job->title()));
    m_list->setItemWidget(item, ProgressColumn, bar);
    m_jobs.insert(item, job);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(job, &Job::started, this, [item] { item->setText(StatusColumn, tr("Running")); });
    connect(job, &Job::progress, this, [item, bar, clock](qint64 done, qint64 total) {
        if (total > 0) {
            bar->setRange(0, 1000);
            bar->setValue(static_cast<int>(done * 1000 / total));
        }
        const qint64 ms = qMax<qint64>(1, clock->elapsed());
        item->setText(StatusColumn, tr("%1 of %2, %3/s")
                                        .arg(formatBinarySize(done), formatBinarySize(qMax<qint64>(total, done)),
                                             formatBinarySize(done * 1000 / ms)));
    });
    connect(job, &Job::finished, this, [this, item, bar, job] {
        bar->setRange(0, 1);
        bar->setValue(1);
        m_jobs.remove(item);
        if (job->state() == Job::State::Succeeded) {
            item->setText(StatusColumn, tr("Finished"));
        } else if (job->state() == Job::State::Cancelled) {
            item->setText(StatusColumn, tr("Cancelled"));
        } else {
            item->setText(StatusColumn, tr("Failed: %1").arg(job->error() ? job->error()->message() : QString()));
            item->setToolTip(StatusColumn, item->text(StatusColumn));
        }
    });
}

void TransfersDock::cancelSelected()
{
    for (QTreeWidgetItem *item : m_list->selectedItems())
        if (const QPointer<Job> job = m_jobs.value(item))
            job->cancel();
}

QString TransfersDock::statusOf(const QString &title) const
{
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i)
        if (m_list->topLevelItem(i)->text(TitleColumn) == title)
            return m_list->topLevelItem(i)->text(StatusColumn);
    return {};
}

} // namespace charthouse
