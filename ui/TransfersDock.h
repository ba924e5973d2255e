#pragma once

#include <QDockWidget>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class QTreeWidget;
class QTreeWidgetItem;
class QToolButton;

namespace charthouse {

class Job;

// Every running or finished job (save, push, pull, export, remove, login): a progress bar, bytes and speed,
// cancel, and the error in words when one fails.
class TransfersDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TransfersDock(QWidget *parent = nullptr);

    void track(Job *job);
    QTreeWidget *list() const { return m_list; }
    // "Finished", "Cancelled" or "Failed: …" of the newest entry with that title, for tests and
    // accessibility.
    QString statusOf(const QString &title) const;

private:
    void cancelSelected();
    void clearFinished();
    void updateCancel(); // Cancel is enabled while a selected job runs

    QTreeWidget *m_list;
    QToolButton *m_cancel;
    QHash<QTreeWidgetItem *, QPointer<Job>> m_jobs;
};

} // namespace charthouse
