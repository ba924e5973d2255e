#pragma once

#include "ui/AlignedDiff.h"
#include "ui/CodeHighlighter.h"

#include <QPlainTextEdit>

namespace charthouse {

// The backgrounds of changed rows, chosen for the palette (light or dark) so that the palette's text and
// every syntax colour keep at least 4.5:1 (WCAG AA) on them.
struct DiffColours
{
    QColor removed;
    QColor added;
    QColor filler;

    static DiffColours forPalette(const QPalette &palette);
};

// One side of the side-by-side view: the file's rows in the details view's syntax colours, changed rows on a
// tinted background with a sign in the gutter beside the line number ("−" on the old side, "+" on the new),
// so a change is told by more than colour.
class DiffPane : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class Side { Old, New };
    DiffPane(Side side, QWidget *parent = nullptr);

    void showRows(const QStringList &text, const QList<AlignedRow> &rows, CodeHighlighter::Language language);
    // The gutter's sign for a row: "−", "+" or nothing.
    QString signOf(int row) const;
    int gutterWidth() const;
    CodeHighlighter *highlighter() const { return m_highlighter; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class DiffGutter;
    void paintGutter(QPaintEvent *event);
    void markRows();

    Side m_side;
    QWidget *m_gutter;
    CodeHighlighter *m_highlighter;
    QList<AlignedRow> m_rows;
};

} // namespace charthouse
