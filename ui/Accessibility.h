#pragma once

#include <QComboBox>
#include <QLabel>

class QAbstractItemView;
class QTextEdit;

namespace charthouse {

// A dialog's status or error line that a screen reader announces: exposed as a status bar (not a static
// label) named by its message, and telling assistive technology (AT-SPI: a name change) at each new message.
class StatusMessage : public QLabel
{
    Q_OBJECT
public:
    explicit StatusMessage(QWidget *parent = nullptr);
    // Hides QLabel::setText (not virtual) so that no message is shown without being announced.
    void setText(const QString &message);
};

// A combo box a screen reader names by its label ("Language"), as every other field, where Qt on Linux names
// a combo box by its current value.
class LabelledComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit LabelledComboBox(QWidget *parent = nullptr);
};

// Names the controls Qt adds without one: each line edit's clear button and each tool bar's overflow button
// under `window`.
void nameBuiltInControls(QWidget *window);

// When `view` gets the keyboard focus (Tab, a shortcut, a screen reader) with nothing selected, selects the
// current row, the first if there is none: what has the focus is what Delete, Push or Copy act on.
void selectCurrentRowOnFocus(QAbstractItemView *view);

// From now on, a ring in the palette's text colour around the view or text view that has the keyboard focus
// (in any window of the application); once per application.
void showKeyboardFocus();

// Formatted text to read (a chart's overview, a comparison's summary): a read-only text edit, which screen readers
// get as text with a caret to read by (Qt exposes a QTextBrowser as a bare label), selectable by keyboard and mouse.
QTextEdit *readableTextView(const QString &name, const QString &accessibleName, QWidget *parent);

} // namespace charthouse
