#include "ui/DiffPane.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

namespace charthouse {

class DiffGutter : public QWidget
{
public:
    explicit DiffGutter(DiffPane *pane) : QWidget(pane), m_pane(pane) { }
    QSize sizeHint() const override { return {m_pane->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_pane->paintGutter(event); }

private:
    DiffPane *m_pane;
};

DiffColours DiffColours::forPalette(const QPalette &palette)
{
    if (palette.color(QPalette::Base).lightness() < 128)
        return {QColor(0x3d, 0x1a, 0x1a), QColor(0x16, 0x30, 0x1f), QColor(0x2a, 0x2a, 0x2a)};
    return {QColor(0xff, 0xf5, 0xf3), QColor(0xf0, 0xff, 0xf4), QColor(0xf7, 0xf7, 0xf7)};
}

DiffPane::DiffPane(Side side, QWidget *parent)
    : QPlainTextEdit(parent),
      m_side(side),
      m_gutter(new DiffGutter(this)),
      m_highlighter(new CodeHighlighter(CodeHighlighter::Language::None, document()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QPlainTextEdit::updateRequest, m_gutter, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void DiffPane::showRows(
    const QStringList &text, const QList<AlignedRow> &rows, CodeHighlighter::Language language)
{
    m_rows = rows;
    m_highlighter->setLanguage(language);
    setPlainText(text.join(QLatin1Char('\n')));
    setViewportMargins(gutterWidth(), 0, 0, 0);
    markRows();
}

QString DiffPane::signOf(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    switch (m_rows.at(row).kind) {
    case AlignedRow::Kind::Same: return {};
    case AlignedRow::Kind::Changed:
        return m_side == Side::Old ? QStringLiteral("\u2212") : QStringLiteral("+");
    case AlignedRow::Kind::Removed: return m_side == Side::Old ? QStringLiteral("\u2212") : QString();
    case AlignedRow::Kind::Added: return m_side == Side::New ? QStringLiteral("+") : QString();
    }
    return {};
}

int DiffPane::gutterWidth() const
{
    int digits = 1;
    for (qsizetype max = qMax<qsizetype>(1, m_rows.size()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2);
}

void DiffPane::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void DiffPane::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        markRows();
}

// Backgrounds as full-width extra selections: they sit under the highlighter's colours and the text cursor.
void DiffPane::markRows()
{
    const DiffColours colours = DiffColours::forPalette(palette());
    QList<QTextEdit::ExtraSelection> marks;
    QTextBlock block = document()->firstBlock();
    for (int row = 0; row < m_rows.size() && block.isValid(); ++row, block = block.next()) {
        const AlignedRow &r = m_rows.at(row);
        const bool filler = (m_side == Side::Old ? r.oldLine : r.newLine) < 0;
        QColor background;
        if (filler)
            background = colours.filler;
        else if (r.kind != AlignedRow::Kind::Same)
            background = m_side == Side::Old ? colours.removed : colours.added;
        if (!background.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(background);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        marks.append(mark);
    }
    setExtraSelections(marks);
}

void DiffPane::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(font());
    const int signWidth = fontMetrics().horizontalAdvance(QLatin1Char('9')) * 2;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        const int row = block.blockNumber();
        if (block.isVisible() && bottom >= event->rect().top() && row < m_rows.size()) {
            const int line = m_side == Side::Old ? m_rows.at(row).oldLine : m_rows.at(row).newLine;
            const int height = fontMetrics().height();
            if (line > 0)
                painter.drawText(
                    0, top, m_gutter->width() - signWidth - 4, height, Qt::AlignRight, QString::number(line));
            painter.drawText(
                m_gutter->width() - signWidth, top, signWidth, height, Qt::AlignCenter, signOf(row));
        }
        block = block.next();
        top = bottom;
    }
}

} // namespace charthouse
