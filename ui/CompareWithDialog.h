#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace charthouse {

// Asks what to compare a chart with: a cached chart (from the list, or typed), a chart directory or a .tgz
// package (chosen with a file dialog). Non-modal; chosen() carries the answer.
class CompareWithDialog : public QDialog
{
    Q_OBJECT
public:
    CompareWithDialog(const QString &subject, const QStringList &cachedCharts, QWidget *parent = nullptr);

    QComboBox *otherBox() const { return m_other; }
    QString other() const;

Q_SIGNALS:
    void chosen(const QString &other);

private:
    QComboBox *m_other;
    QPushButton *m_compare;
};

} // namespace charthouse
