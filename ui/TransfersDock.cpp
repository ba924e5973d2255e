#include "ui/TransfersDock.h"

#include "ui/DesktopNotification.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"

#include "core/common/Format.h"
#include "core/jobs/Job.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace charthouse {

namespace {
enum Column { TitleColumn, ProgressColumn, StatusColumn };
// On the title column: the Job::State a job ended in (absent while it waits or runs).
constexpr int EndedRole = Qt::UserRole + 1;
} // namespace

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
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismiss-transfers"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Remove the selected ended jobs from the list, failed ones too"));
    m_dismiss->setEnabled(false);
    connect(m_dismiss, &QToolButton::clicked, this, &TransfersDock::dismissSelected);
    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("clear-transfers"));
    clear->setText(tr("Clear finished"));
    clear->setAccessibleName(tr("Remove finished and cancelled jobs from the list; failed ones stay"));
    connect(clear, &QToolButton::clicked, this, &TransfersDock::clearFinished);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TransfersDock::updateButtons);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    setWidget(content);
}

void TransfersDock::updateButtons()
{
    bool running = false;
    bool ended = false;
    for (QTreeWidgetItem *item : m_list->selectedItems()) {
        running = running || m_jobs.value(item);
        ended = ended || item->data(TitleColumn, EndedRole).isValid();
    }
    m_cancel->setEnabled(running);
    m_dismiss->setEnabled(ended);
}

void TransfersDock::clearFinished()
{
    // Failures stay until they are dismissed one by one: clearing the list must not hide what went wrong.
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        const QVariant ended = m_list->topLevelItem(i)->data(TitleColumn, EndedRole);
        if (ended.isValid() && ended.toInt() != static_cast<int>(Job::State::Failed))
            delete m_list->takeTopLevelItem(i);
    }
    updateButtons();
}

void TransfersDock::dismissSelected()
{
    for (QTreeWidgetItem *item : m_list->selectedItems())
        if (item->data(TitleColumn, EndedRole).isValid())
            delete item;
    updateButtons();
}

void TransfersDock::track(Job *job)
{
    auto *item = new QTreeWidgetItem(m_list, {job->title(), QString(), tr("Waiting")});
    // The bar is drawn over the progress cell but is not in the accessibility tree: the cell says it.
    item->setData(ProgressColumn, Qt::AccessibleTextRole, tr("Waiting"));
    m_list->scrollToItem(item);
    QPointer<QProgressBar> bar = new QProgressBar(m_list);
    bar->setRange(0, 0);
    bar->setAccessibleName(tr("Progress of %1").arg(job->title()));
    m_list->setItemWidget(item, ProgressColumn, bar);
    m_jobs.insert(item, job);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(job, &Job::started, this, [item] {
        item->setText(StatusColumn, tr("Running"));
        item->setData(ProgressColumn, Qt::AccessibleTextRole, tr("Running"));
    });
    // Transfers report every few KiB; the line is redrawn at most ten times a second, and at the end.
    auto shown = std::make_shared<QElapsedTimer>();
    connect(job, &Job::progress, this, [item, bar, clock, shown](qint64 done, qint64 total) {
        if (!bar || (shown->isValid() && shown->elapsed() < 100 && done < total))
            return;
        shown->start();
        if (total > 0) {
            bar->setRange(0, 1000);
            bar->setValue(static_cast<int>(done * 1000 / total));
            item->setData(ProgressColumn, Qt::AccessibleTextRole, tr("%1 %").arg(done * 100 / total));
        }
        const qint64 ms = qMax<qint64>(1, clock->elapsed());
        item->setText(StatusColumn,
            tr("%1 of %2, %3/s")
                .arg(formatBinarySize(done), formatBinarySize(qMax<qint64>(total, done)),
                    formatBinarySize(done * 1000 / ms)));
    });
    connect(job, &Job::finished, this, [this, item, bar, job, clock] {
        disconnect(job, &Job::progress, this, nullptr); // a late report must not redraw an ended line
        m_jobs.remove(item);
        const Job::State state = job->state();
        item->setData(TitleColumn, EndedRole, static_cast<int>(state));
        QString outcome;
        if (state == Job::State::Succeeded) {
            bar->setRange(0, 1);
            bar->setValue(1);
            item->setIcon(StatusColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
            outcome = tr("Finished");
            item->setData(ProgressColumn, Qt::AccessibleTextRole, tr("Done"));
        } else {
            // A job that did not get to the end has no full bar: the progress column says how it ended, and a
            // failure says so three ways (icon, words, colour), so it reads without colour too.
            m_list->removeItemWidget(item, ProgressColumn);
            item->setData(ProgressColumn, Qt::AccessibleTextRole, QVariant()); // the cell's own words
            if (state == Job::State::Cancelled) {
                item->setIcon(StatusColumn, style()->standardIcon(QStyle::SP_DialogCancelButton));
                item->setText(ProgressColumn, tr("Cancelled"));
                outcome = tr("Cancelled");
            } else {
                item->setIcon(StatusColumn, style()->standardIcon(QStyle::SP_MessageBoxCritical));
                item->setText(ProgressColumn, tr("Failed"));
                outcome = tr("Failed: %1").arg(job->error() ? ErrorText::message(*job->error()) : QString());
                const QColor problem = problemColour(palette());
                item->setForeground(ProgressColumn, problem);
                item->setForeground(StatusColumn, problem);
            }
        }
        item->setText(StatusColumn, outcome);
        item->setToolTip(StatusColumn, outcome);
        updateButtons();
        // A long job that ends while the user is elsewhere: tell the desktop (not a cancel the user asked
        // for).
        if (state != Job::State::Cancelled && clock->elapsed() >= m_notifyAfter.count()
            && !window()->isActiveWindow())
            notifyDesktop(job->title(), outcome, state == Job::State::Failed);
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

void TransfersDock::showJob(const QString &title)
{
    show();
    raise();
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(TitleColumn) == title) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
            return;
        }
    }
}

} // namespace charthouse
