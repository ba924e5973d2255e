#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace charthouse {

class KeyringField;
class LabelledComboBox;

// Cache location, default registry/repository for saves, the legacy layer media type, parallel transfers, the
// largest layer a pull accepts, the speed below which a transfer ends, the keyring signatures are checked
// with, and the language. Stored in the app's settings; the cache and language apply after a restart.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    // The settings' values with their defaults, read by the window and main().
    static QString cacheLocation();
    static QString defaultRepository();
    static bool legacyLayer();
    static int parallelTransfers();
    static QString language(); // "" = the system's
    // The public keyring chart signatures are checked against: the chosen one, else Helm's default
    // ($GNUPGHOME/pubring.gpg or ~/.gnupg/pubring.gpg).
    static QString signatureKeyring();
    KeyringField *keyringField() const { return m_keyring; }

private:
    QLineEdit *m_cache;
    QLineEdit *m_repository;
    QCheckBox *m_legacy;
    QSpinBox *m_parallel;
    QSpinBox *m_maxLayer; // MiB
    QSpinBox *m_speedLimit; // bytes in the speed window; 0: never
    KeyringField *m_keyring;
    LabelledComboBox *m_language; // named "Language" for screen readers, not by its value
};

} // namespace charthouse
