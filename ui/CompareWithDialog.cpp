#include "ui/CompareWithDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace charthouse {

CompareWithDialog::CompareWithDialog(const QString &subject, const QStringList &cachedCharts, QWidget *parent)
    : QDialog(parent), m_other(new QComboBox(this))
{
    setObjectName(QStringLiteral("compare-with"));
    setWindowTitle(tr("Compare with"));
    auto *intro = new QLabel(tr("Compare %1 with:").arg(subject), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_other->setEditable(true);
    m_other->setInsertPolicy(QComboBox::NoInsert);
    QStringList others = cachedCharts;
    others.removeAll(subject);
    m_other->addItems(others);
    m_other->setCurrentIndex(-1);
    m_other->lineEdit()->setPlaceholderText(tr("A cached chart, a chart directory or a .tgz"));
    m_other->setAccessibleName(tr("Chart to compare with"));
    m_other->lineEdit()->setAccessibleName(m_other->accessibleName()); // its text field, named the same
    m_other->setMinimumContentsLength(40);

    auto *directory = new QPushButton(tr("Chart &directory…"), this);
    auto *package = new QPushButton(tr("&Package (.tgz)…"), this);
    connect(directory, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a chart directory"));
        if (!dir.isEmpty())
            m_other->setEditText(dir);
    });
    connect(package, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a chart package"), {}, tr("Chart packages (*.tgz *.tar.gz)"));
        if (!file.isEmpty())
            m_other->setEditText(file);
    });
    auto *browse = new QHBoxLayout;
    browse->addWidget(directory);
    browse->addWidget(package);
    browse->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_compare = buttons->addButton(tr("&Compare"), QDialogButtonBox::AcceptRole);
    m_compare->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (other().isEmpty())
            return;
        accept();
        Q_EMIT chosen(other());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_compare->setEnabled(!other().isEmpty()); };
    connect(m_other, &QComboBox::editTextChanged, this, update);
    update();

    auto *form = new QFormLayout(this);
    form->addRow(intro);
    auto *label = new QLabel(tr("&Other chart:"), this);
    label->setBuddy(m_other);
    form->addRow(label, m_other);
    form->addRow(browse);
    form->addRow(buttons);
}

QString CompareWithDialog::other() const
{
    return m_other->currentText().trimmed();
}

} // namespace charthouse
