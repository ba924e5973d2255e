#pragma once

#include "core/oci/Reference.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace charthouse {

// Asks for the reference to save a dropped or chosen chart under, prefilled with the default repository, the
// chart's name and its version as the tag; validated as you type.
class SaveDialog : public QDialog
{
    Q_OBJECT
public:
    SaveDialog(const QString &source, const QString &suggestedReference, bool legacy, QWidget *parent = nullptr);

    Reference reference() const;
    bool legacyLayer() const;
    // What the legacy media type choice means, for its checkboxes here and in Settings.
    static QString legacyLayerToolTip();
    QLineEdit *referenceEdit() const { return m_reference; }
    // The reference a chart is suggested under: <repository>/<name>:<version>, the name lower-cased
    // (repository names are) and '+' in the version written '_' (tags cannot hold it; Helm 3.8+ does the
    // same).
    static QString suggestedReference(const QString &repository, const QString &name, const QString &version);
    // What is wrong with the reference as typed, or empty.
    QString problem() const;

private:
    void validate();

    QLineEdit *m_reference;
    QLabel *m_problem;
    QCheckBox *m_legacy;
    QDialogButtonBox *m_buttons;
};

} // namespace charthouse
