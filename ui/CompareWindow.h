#pragma once

#include "core/jobs/CompareJob.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QListView;
class QProgressBar;
class QStackedWidget;
class QTextEdit;

namespace charthouse {

class CompareFileList;
class SideBySideView;
class StatusMessage;

// Two charts compared: a list of the Summary and the files with their change markers beside the selected
// entry (the summary, the file side by side, or a binary file's sizes and digests). F7 and Shift+F7 step
// through the changes, file after file. The comparison runs as a CompareJob; the window is busy until then.
class CompareWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit CompareWindow(QWidget *parent = nullptr);
    ~CompareWindow() override;

    // Starts the comparison (a later call replaces an earlier one).
    void compare(const CompareSide &oldSide, const CompareSide &newSide);
    // Before the comparison can start (remote versions being fetched): busy, with what is under way.
    void showBusy(const QString &text);
    // A problem that ends the comparison; the window stays, saying it.
    void showProblem(const QString &text);

    bool isBusy() const;
    QString message() const;
    CompareFileList *files() const { return m_files; }
    QListView *fileView() const { return m_fileView; }
    SideBySideView *sideBySide() const { return m_sideBySide; }
    QString summaryText() const;
    QString binaryText() const;
    // The selected entry's path; empty for the Summary.
    QString currentPath() const;
    int currentBlock() const { return m_block; }
    const std::optional<ChartDiff> &diff() const { return m_diff; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *showUnchangedAction() const { return m_showUnchanged; }

public Q_SLOTS:
    void nextChange();
    void previousChange();

Q_SIGNALS:
    // The comparison finished, with a result or a problem.
    void compared();

private:
    void present(const ChartDiff &diff, const ComparedCharts &charts);
    void showEntry(int row);
    void showBinary(const QString &path);
    void select(int row);
    bool isTextEntry(int row) const;
    bool hasChanges(int row) const;
    void say(const QString &text);
    void setBusy(bool busy);

    CompareFileList *m_files;
    QListView *m_fileView;
    QStackedWidget *m_pages;
    QTextEdit *m_summary;
    SideBySideView *m_sideBySide;
    QTextEdit *m_binary;
    StatusMessage *m_message;
    QProgressBar *m_busy;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_showUnchanged;
    QPointer<CompareJob> m_job;
    std::optional<ChartDiff> m_diff;
    std::optional<ComparedCharts> m_charts;
    int m_block = -1; // the change block F7 last went to in the shown file
};

} // namespace charthouse
