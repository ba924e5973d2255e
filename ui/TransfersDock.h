#pragma once

#include <QDockWidget>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <chrono>

class QTreeWidget;
class QTreeWidgetItem;
class QToolButton;

namespace charthouse {

class Job;

// Every running or finished job (save, push, pull, export, remove, login): a progress bar, bytes and speed,
// cancel, and the error in words when one fails. Failures stay listed until the user dismisses them.
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
    // Shows the dock and selects the newest entry with that title (the status bar's failure note leads here).
    void showJob(const QString &title);
    // A job that ran at least this long and ends (not cancelled) while the window is not the active one is
    // told to the desktop (org.freedesktop.Notifications). 10 s unless set (tests set 0).
    void setNotifyAfter(std::chrono::milliseconds after) { m_notifyAfter = after; }

private:
    void cancelSelected();
    // Clear finished: the jobs that finished or were cancelled; failed ones stay.
    void clearFinished();
    // Dismiss: the selected jobs that ended, failed ones included.
    void dismissSelected();
    void updateButtons(); // Cancel while a selected job runs, Dismiss while a selected one has ended

    QTreeWidget *m_list;
    QToolButton *m_cancel;
    QToolButton *m_dismiss;
    QHash<QTreeWidgetItem *, QPointer<Job>> m_jobs;
    std::chrono::milliseconds m_notifyAfter {10'000};
};

} // namespace charthouse
