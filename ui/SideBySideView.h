#pragma once

#include "ui/AlignedDiff.h"
#include "ui/CodeHighlighter.h"

#include <QWidget>

class QLabel;

namespace charthouse {

class DiffPane;

// Two files side by side, old on the left and new on the right, scrolling together (both ways, both
// directions), with their change blocks to step through.
class SideBySideView : public QWidget
{
    Q_OBJECT
public:
    explicit SideBySideView(QWidget *parent = nullptr);

    void setLabels(const QString &oldLabel, const QString &newLabel);
    void showDiff(const AlignedDiff &diff, CodeHighlighter::Language language);
    DiffPane *oldPane() const { return m_old; }
    DiffPane *newPane() const { return m_new; }
    int blockCount() const { return static_cast<int>(m_diff.blocks.size()); }
    // The block the old side's cursor is in or follows (-1 before the first).
    int currentBlock() const;
    // Puts both cursors on the block's first row, scrolled into view.
    void goToBlock(int block);
    int currentRow() const;
    const AlignedDiff &diff() const { return m_diff; }

Q_SIGNALS:
    // The user put the cursor on a row (by keyboard or mouse, on either side): F7 goes on from there.
    void rowChosen(int row);

private:
    void follow(DiffPane *from, DiffPane *to);

    QLabel *m_oldLabel;
    QLabel *m_newLabel;
    DiffPane *m_old;
    DiffPane *m_new;
    AlignedDiff m_diff;
    bool m_following = false;
    bool m_quiet = false; // moving the cursor itself, not the user
};

} // namespace charthouse
