#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace charthouse {

class RegistryClient;
class StatusMessage;
class TransfersDock;

// Known registries and their login state; log in (checked against the registry, the password kept in the
// keychain) and out. Without a keychain it says so and offers to use the credentials for this session only.
class RegistriesDialog : public QDialog
{
    Q_OBJECT
public:
    RegistriesDialog(RegistryClient *client, TransfersDock *transfers, QWidget *parent = nullptr);

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *plainHttpBox() const { return m_plainHttp; }
    QListWidget *registries() const { return m_list; }
    QString message() const;

    void logIn();
    void logOut();

Q_SIGNALS:
    void done(bool ok); // a login or logout finished

private:
    void reload();

    RegistryClient *m_client;
    TransfersDock *m_transfers;
    QListWidget *m_list;
    QLineEdit *m_host;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_plainHttp;
    QCheckBox *m_skipVerify;
    QLineEdit *m_caFile;
    StatusMessage *m_message; // announced to screen readers
    QLabel *m_empty; // says there are none yet, under the empty list
    QPushButton *m_logOut;
};

} // namespace charthouse
