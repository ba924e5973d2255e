#include "ui/TransfersDock.h"

#include "ui/ErrorText.h"
#include "ui/Icons.h"

#include "core/common/Format.h"
#include "core/jobs/Job.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace charthouse {

namespace {
enum Column { TitleColumn, ProgressColumn, StatusColumn };
}

TransfersDock::TransfersDock(QWidget *parent)
    : QDockWidget(tr("Transfers"), parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("transfers"));
    m_list->setHeaderLabels({tr("Job"), tr("Progress"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Transfers"));
    m_list->header()->setStretchLastSection(true);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel-transfers"));
    m_cancel->setIcon(actionIcon(QStringLiteral("cancel")));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the selected jobs"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QToolButton::clicked, this, &TransfersDock::cancelSelected);
    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clear-transfers"));
    clear->setText(tr("Clear finished"));
    clear->setAccessibleName(tr("Remove finished jobs from the list"));
    connect(clear, &QToolButton::clicked, this, &TransfersDock::clearFinished);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TransfersDock::updateCancel);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    setWidget(content);
}

void TransfersDock::updateCancel()
{
    bool running = false;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        running = running || m_jobs.value(item);
    m_cancel->setEnabled(running);
}

void TransfersDock::clearFinished()
{
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i)
        if (!m_jobs.contains(m_list->topLevelItem(i)))
            delete m_list->takeTopLevelItem(i);
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
    // Transfers report every few KiB; the line is redrawn at most ten times a second, and at the end.
    auto shown = std::make_shared<QElapsedTimer>();
    connect(job, &Job::progress, this, [item, bar, clock, shown](qint64 done, qint64 total) {
        if (shown->isValid() && shown->elapsed() < 100 && done < total)
            return;
        shown->start();
        if (total > 0) {
            bar->setRange(0, 1000);
            bar->setValue(static_cast<int>(done * 1000 / total));
        }
        const qint64 ms = qMax<qint64>(1, clock->elapsed());
        item->setText(StatusColumn,
            tr("%1 of %2, %3/s")
                .arg(formatBinarySize(done), formatBinarySize(qMax<qint64>(total, done)),
                    formatBinarySize(done * 1000 / ms)));
    });
    connect(job, &Job::finished, this, [this, item, bar, job] {
        bar->setRange(0, 1);
        bar->setValue(1);
        m_jobs.remove(item);
        updateCancel();
        if (job->state() == Job::State::Succeeded) {
            item->setText(StatusColumn, tr("Finished"));
        } else if (job->state() == Job::State::Cancelled) {
            item->setText(StatusColumn, tr("Cancelled"));
        } else {
            item->setText(
                StatusColumn,
                tr("Failed: %1").arg(job->error() ? ErrorText::message(*job->error()) : QString()));
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
