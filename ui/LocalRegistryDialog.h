#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace charthouse {

class Job;
class RegistryClient;

// "Start a local test registry…": Debian's docker-registry on an address of the user's choice, with storage
// that is kept or temporary and optionally one user, as `charthouse-cli registry serve` does. Shows whether
// one runs there and stops it. With a user, it logs in once the registry answers, so pushing works right
// away. Jobs go to `track` (the window's Transfers dock); nothing here waits on the disk or the network.
class LocalRegistryDialog : public QDialog
{
    Q_OBJECT
public:
    LocalRegistryDialog(RegistryClient *client, std::function<void(Job *)> track, QWidget *parent = nullptr);

    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *storageEdit() const { return m_storage; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString status() const;

public Q_SLOTS:
    void start();
    void stop();
    void refreshStatus();

Q_SIGNALS:
    // After each status check: whether a registry runs on the address.
    void statusKnown(bool running);

private:
    void run(Job *job, std::function<void()> onSuccess);

    RegistryClient *m_client;
    std::function<void(Job *)> m_track;
    QLineEdit *m_address;
    QLineEdit *m_storage;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_stop;
    bool m_busy = false;
};

} // namespace charthouse
