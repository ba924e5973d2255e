#include "ui/SaveDialog.h"

#include "ui/ErrorText.h"
#include "ui/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace charthouse {

SaveDialog::SaveDialog(const QString &source, const QString &suggestedReference, bool legacy, QWidget *parent)
    : QDialog(parent),
      m_reference(new QLineEdit(suggestedReference, this)),
      m_problem(new QLabel(this)),
      m_legacy(new QCheckBox(tr("Legacy layer media type (for Helm 3.0–3.6)"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save chart"));
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setMinimumWidth(420);
    m_problem->setObjectName(QStringLiteral("save-problem"));
    m_problem->setWordWrap(true);
    m_problem->setBuddy(m_reference); // the problem belongs to the field (and is its accessible description)
    followPalette(m_problem, QPalette::WindowText, problemColour);
    m_legacy->setChecked(legacy);
    m_legacy->setToolTip(legacyLayerToolTip());
    auto *layout = new QFormLayout(this);
    auto *sourceLabel = new QLabel(source, this);
    sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("Chart:"), sourceLabel);
    layout->addRow(tr("&Reference:"), m_reference);
    layout->addRow(QString(), m_problem);
    layout->addRow(QString(), m_legacy);
    layout->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reference, &QLineEdit::textChanged, this, &SaveDialog::validate);
    validate();
}

void SaveDialog::validate()
{
    auto ref = Reference::parse(m_reference->text().trimmed());
    QString problem;
    if (!ref)
        problem = ErrorText::message(ref.error());
    else if (ref->tag().isEmpty())
        problem = tr("The reference needs a tag, e.g. :1.0.0");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_reference->setAccessibleDescription(problem);
    // As tall as the message needs (a wrapped label's height depends on the width), and no taller once it is
    // gone: no empty band where the problem was.
    if (layout() && isVisible()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed != height())
            resize(width(), needed);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

QString SaveDialog::suggestedReference(const QString &repository, const QString &name, const QString &version)
{
    return QStringLiteral("%1/%2:%3")
        .arg(repository, name.toLower(), QString(version).replace(QLatin1Char('+'), QLatin1Char('_')));
}

QString SaveDialog::problem() const
{
    return m_problem->text();
}

Reference SaveDialog::reference() const
{
    auto ref = Reference::parse(m_reference->text().trimmed());
    return ref ? *ref : Reference();
}

QString SaveDialog::legacyLayerToolTip()
{
    return tr("The media type a push sends: the legacy one for registries that Helm 3.0–3.6 pull from. "
              "Helm 3.0–3.6 read the shared cache either way.");
}

bool SaveDialog::legacyLayer() const
{
    return m_legacy->isChecked();
}

} // namespace charthouse
