#include "ui/SideBySideView.h"

#include "ui/DiffPane.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

namespace charthouse {

SideBySideView::SideBySideView(QWidget *parent)
    : QWidget(parent),
      m_oldLabel(new QLabel(this)),
      m_newLabel(new QLabel(this)),
      m_old(new DiffPane(DiffPane::Side::Old, this)),
      m_new(new DiffPane(DiffPane::Side::New, this))
{
    m_old->setObjectName(QStringLiteral("old-side"));
    m_new->setObjectName(QStringLiteral("new-side"));
    for (QLabel *label : {m_oldLabel, m_newLabel}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_oldLabel->setBuddy(m_old);
    m_newLabel->setBuddy(m_new);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_oldLabel, 0, 0);
    layout->addWidget(m_newLabel, 0, 1);
    layout->addWidget(m_old, 1, 0);
    layout->addWidget(m_new, 1, 1);
    follow(m_old, m_new);
    follow(m_new, m_old);
    setLabels({}, {});
}

void SideBySideView::follow(DiffPane *from, DiffPane *to)
{
    connect(
        from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(), &QScrollBar::setValue);
    connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(),
        &QScrollBar::setValue);
    // The cursor moves together too, so a row read on one side is the same row on the other.
    connect(from, &QPlainTextEdit::cursorPositionChanged, this, [this, from, to] {
        if (m_following)
            return;
        m_following = true;
        const int row = from->textCursor().blockNumber();
        to->setTextCursor(QTextCursor(to->document()->findBlockByNumber(row)));
        m_following = false;
        if (!m_quiet)
            Q_EMIT rowChosen(row);
    });
}

void SideBySideView::setLabels(const QString &oldLabel, const QString &newLabel)
{
    m_oldLabel->setText(oldLabel);
    m_newLabel->setText(newLabel);
    m_old->setAccessibleName(tr("Old: %1").arg(oldLabel));
    m_new->setAccessibleName(tr("New: %1").arg(newLabel));
}

void SideBySideView::showDiff(const AlignedDiff &diff, CodeHighlighter::Language language)
{
    m_quiet = true;
    m_diff = diff;
    m_old->showRows(diff.oldText, diff.rows, language);
    m_new->showRows(diff.newText, diff.rows, language);
    m_quiet = false;
}

int SideBySideView::currentRow() const
{
    return m_old->textCursor().blockNumber();
}

int SideBySideView::currentBlock() const
{
    return m_diff.blockOfRow(currentRow());
}

void SideBySideView::goToBlock(int block)
{
    if (block < 0 || block >= m_diff.blocks.size())
        return;
    const int row = m_diff.blocks.at(block);
    m_quiet = true;
    m_old->setTextCursor(QTextCursor(m_old->document()->findBlockByNumber(row)));
    m_quiet = false;
    // A little context above the change where there is room.
    const int top = qMax(0, row - 3);
    m_old->verticalScrollBar()->setValue(top);
    m_old->ensureCursorVisible();
}

} // namespace charthouse
