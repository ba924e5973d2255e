#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace charthouse {

// The Settings row for the keyring signatures are checked with: a path (empty: Helm's default, shown as the
// placeholder), a button that opens a file chooser, and below them, in words, whether the file is a keyring
// GPGME can read and how many keys it holds. The check runs off the GUI thread a moment after typing stops.
class KeyringField : public QWidget
{
    Q_OBJECT
public:
    KeyringField(const QString &path, const QString &defaultPath, QWidget *parent = nullptr);

    QString path() const; // as typed, trimmed; empty: the default
    void setPath(const QString &path);
    QLineEdit *edit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *state() const { return m_state; }

Q_SIGNALS:
    // The words under the field changed to the outcome of a check (for tests).
    void checked();

private:
    void browse();
    void check();

    QString m_defaultPath;
    QLineEdit *m_edit;
    QPushButton *m_browse;
    QLabel *m_state;
    QTimer *m_delay;
    int m_generation = 0; // a check answers only if nothing was typed since it started
};

} // namespace charthouse
