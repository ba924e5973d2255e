#include "ui/CompareWindow.h"

#include "core/common/Format.h"
#include "ui/Accessibility.h"
#include "ui/CompareFileList.h"
#include "ui/CompareSummary.h"
#include "ui/ErrorText.h"
#include "ui/SideBySideView.h"

#include <QAction>
#include <QListView>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace charthouse {

namespace {

const QByteArray *fileData(const ChartSource &chart, const QString &path)
{
    for (const ChartFile &file : chart.files)
        if (file.path == path)
            return &file.data;
    return nullptr;
}

} // namespace

CompareWindow::CompareWindow(QWidget *parent)
    : QMainWindow(parent),
      m_files(new CompareFileList(this)),
      m_fileView(new QListView(this)),
      m_pages(new QStackedWidget(this)),
      m_summary(readableTextView(QStringLiteral("summary"), tr("Summary of the differences"), this)),
      m_sideBySide(new SideBySideView(this)),
      m_binary(readableTextView(QStringLiteral("binary"), tr("Binary file: sizes and digests"), this)),
      m_message(new StatusMessage(this)),
      m_busy(new QProgressBar(this))
{
    setWindowFlag(Qt::Window);
    setWindowTitle(tr("Compare charts"));
    setObjectName(QStringLiteral("compare-window"));

    auto *toolbar = addToolBar(tr("Changes"));
    toolbar->setObjectName(QStringLiteral("compare-toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_previous = toolbar->addAction(tr("&Previous change"), this, &CompareWindow::previousChange);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_previous->setToolTip(
        tr("Previous change (%1)").arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    m_next = toolbar->addAction(tr("&Next change"), this, &CompareWindow::nextChange);
    m_next->setShortcut(QKeySequence(Qt::Key_F7));
    m_next->setToolTip(tr("Next change (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    m_showUnchanged = toolbar->addAction(tr("Show &unchanged files"));
    m_showUnchanged->setCheckable(true);
    connect(m_showUnchanged, &QAction::toggled, this, [this](bool show) {
        const QString path = currentPath();
        m_files->setShowUnchanged(show);
        select(qMax(0, m_files->rowOfPath(path)));
    });
    for (QAction *action : {m_previous, m_next, m_showUnchanged})
        action->setShortcutContext(Qt::WindowShortcut);

    m_fileView->setModel(m_files);
    m_fileView->setObjectName(QStringLiteral("compare-files"));
    m_fileView->setAccessibleName(tr("Files compared"));
    m_fileView->setUniformItemSizes(true);
    connect(m_fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showEntry(current.row()); });
    connect(m_sideBySide, &SideBySideView::rowChosen, this,
        [this](int row) { m_block = m_sideBySide->diff().blockOfRow(row); });
    m_pages->addWidget(m_summary);
    m_pages->addWidget(m_sideBySide);
    m_pages->addWidget(m_binary);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_fileView);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 900});
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Comparing"));
    m_busy->setMaximumHeight(m_busy->sizeHint().height());
    m_message->setWordWrap(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    QWidget::setTabOrder(m_fileView, m_summary);
    nameBuiltInControls(this);
    resize(1200, 760);
    setBusy(false);
}

CompareWindow::~CompareWindow()
{
    if (m_job)
        m_job->cancel();
}

void CompareWindow::compare(const CompareSide &oldSide, const CompareSide &newSide)
{
    if (m_job)
        m_job->cancel();
    setWindowTitle(tr("Compare %1 with %2").arg(oldSide.spec, newSide.spec));
    m_sideBySide->setLabels(oldSide.spec, newSide.spec);
    auto *job = new CompareJob(oldSide, newSide, allCompareParts(), this);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job != m_job)
            return;
        m_job = nullptr;
        setBusy(false);
        if (job->state() == Job::State::Cancelled)
            say(tr("Comparison cancelled"));
        else if (job->error())
            say(tr("Cannot compare: %1").arg(ErrorText::message(*job->error())));
        else
            present(*job->result(), *job->charts());
        Q_EMIT compared();
    });
    showBusy(tr("Comparing %1 with %2…").arg(oldSide.spec, newSide.spec));
    job->start();
}

void CompareWindow::showBusy(const QString &text)
{
    setBusy(true);
    say(text);
}

void CompareWindow::showProblem(const QString &text)
{
    setBusy(false);
    say(text);
    Q_EMIT compared();
}

void CompareWindow::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_next->setEnabled(!busy && m_diff);
    m_previous->setEnabled(!busy && m_diff);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

bool CompareWindow::isBusy() const
{
    return !m_busy->isHidden();
}

void CompareWindow::say(const QString &text)
{
    m_message->setText(text);
}

QString CompareWindow::message() const
{
    return m_message->text();
}

QString CompareWindow::summaryText() const
{
    return m_summary->toPlainText();
}

QString CompareWindow::binaryText() const
{
    return m_binary->toPlainText();
}

void CompareWindow::present(const ChartDiff &diff, const ComparedCharts &charts)
{
    m_diff = diff;
    m_charts = charts;
    m_files->setEntries(compareEntries(diff, charts));
    m_summary->setHtml(CompareSummary::html(diff));
    const int changedFiles = m_files->count(CompareEntry::Kind::Added)
        + m_files->count(CompareEntry::Kind::Removed) + m_files->count(CompareEntry::Kind::Changed);
    say(diff.isEqual() ? tr("No differences")
                       : tr("%n file(s) differ", nullptr, changedFiles)
                + tr(" (%1 added, %2 removed, %3 changed)")
                      .arg(m_files->count(CompareEntry::Kind::Added))
                      .arg(m_files->count(CompareEntry::Kind::Removed))
                      .arg(m_files->count(CompareEntry::Kind::Changed)));
    setBusy(false);
    select(0);
    m_fileView->setFocus(Qt::OtherFocusReason);
}

QString CompareWindow::currentPath() const
{
    const int row = m_fileView->currentIndex().row();
    return row >= 0 && row < m_files->rowCount() ? m_files->entry(row).path : QString();
}

void CompareWindow::select(int row)
{
    if (row < 0 || row >= m_files->rowCount())
        return;
    const QModelIndex index = m_files->index(row);
    m_fileView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_fileView->scrollTo(index);
}

bool CompareWindow::isTextEntry(int row) const
{
    if (row < 0 || row >= m_files->rowCount())
        return false;
    const CompareEntry &entry = m_files->entry(row);
    return entry.kind != CompareEntry::Kind::Summary && !entry.binary;
}

bool CompareWindow::hasChanges(int row) const
{
    const CompareEntry::Kind kind = m_files->entry(row).kind;
    if (kind == CompareEntry::Kind::Summary)
        return m_diff && !m_diff->isEqual();
    return kind != CompareEntry::Kind::Unchanged;
}

void CompareWindow::showEntry(int row)
{
    m_block = -1;
    if (!m_charts || row < 0 || row >= m_files->rowCount())
        return;
    const CompareEntry &entry = m_files->entry(row);
    if (entry.kind == CompareEntry::Kind::Summary)
        return m_pages->setCurrentWidget(m_summary);
    if (entry.binary)
        return showBinary(entry.path);
    const QByteArray *oldData = fileData(m_charts->oldChart, entry.path);
    const QByteArray *newData = fileData(m_charts->newChart, entry.path);
    TextDiff text;
    if (entry.path == QLatin1String("Chart.yaml"))
        text = m_diff->chartYamlText;
    else if (entry.path == QLatin1String("values.yaml"))
        text = m_diff->valuesText;
    else
        for (const FileChange &file : m_diff->files)
            if (file.path == entry.path)
                text = file.text;
    m_sideBySide->showDiff(
        alignDiff(oldData ? *oldData : QByteArray(), newData ? *newData : QByteArray(), text),
        CodeHighlighter::languageOf(entry.path));
    m_pages->setCurrentWidget(m_sideBySide);
}

void CompareWindow::showBinary(const QString &path)
{
    for (const FileChange &file : m_diff->files) {
        if (file.path != path)
            continue;
        auto side = [](qint64 size, const QString &sha256) {
            return size < 0
                ? tr("no such file")
                : tr("%1 (%2 bytes), SHA-256 %3").arg(formatBinarySize(size)).arg(size).arg(sha256);
        };
        m_binary->setPlainText(tr("%1 is a binary file, compared by size and digest.").arg(path)
            + QStringLiteral("\n\n") + tr("Old: %1").arg(side(file.oldSize, file.oldSha256))
            + QLatin1Char('\n') + tr("New: %1").arg(side(file.newSize, file.newSha256)));
    }
    m_pages->setCurrentWidget(m_binary);
}

void CompareWindow::nextChange()
{
    const int row = m_fileView->currentIndex().row();
    if (isTextEntry(row) && m_block + 1 < m_sideBySide->blockCount()) {
        m_sideBySide->goToBlock(++m_block);
        return;
    }
    for (int next = row + 1; next < m_files->rowCount(); ++next) {
        if (!hasChanges(next))
            continue;
        select(next);
        if (isTextEntry(next) && m_sideBySide->blockCount() > 0)
            m_sideBySide->goToBlock(m_block = 0);
        return;
    }
    say(tr("No more changes after this one"));
}

void CompareWindow::previousChange()
{
    const int row = m_fileView->currentIndex().row();
    if (isTextEntry(row) && m_block > 0) {
        m_sideBySide->goToBlock(--m_block);
        return;
    }
    for (int previous = row - 1; previous >= 0; --previous) {
        if (!hasChanges(previous))
            continue;
        select(previous);
        if (isTextEntry(previous) && m_sideBySide->blockCount() > 0)
            m_sideBySide->goToBlock(m_block = m_sideBySide->blockCount() - 1);
        return;
    }
    say(tr("No changes before this one"));
}

} // namespace charthouse
