#include "ui/RegistriesDialog.h"

#include "ui/Accessibility.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"

#include "core/credentials/RegistrySettings.h"
#include "core/jobs/RegistryJobs.h"
#include "core/oci/Reference.h"
#include "ui/TransfersDock.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace charthouse {

RegistriesDialog::RegistriesDialog(RegistryClient *client, TransfersDock *transfers, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_transfers(transfers),
      m_list(new QListWidget(this)),
      m_host(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_plainHttp(new QCheckBox(tr("Plain HTTP"), this)),
      m_skipVerify(new QCheckBox(tr("Skip TLS verification"), this)),
      m_caFile(new QLineEdit(this)),
      m_message(new StatusMessage(this)),
      m_empty(new QLabel(tr("No registries yet. Type one below and log in."), this)),
      m_logOut(new QPushButton(tr("Log out"), this))
{
    setWindowTitle(tr("Registries"));
    m_list->setAccessibleName(tr("Known registries"));
    m_host->setPlaceholderText(QStringLiteral("localhost:5000"));
    m_host->setAccessibleName(tr("Registry"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_caFile->setPlaceholderText(tr("CA file (optional)"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Registry:"), m_host);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_plainHttp);
    form->addRow(QString(), m_skipVerify);
    form->addRow(tr("CA file:"), m_caFile);
    auto *login = new QPushButton(tr("Log in"), this);
    m_logOut->setObjectName(QStringLiteral("log-out"));
    m_logOut->setEnabled(false); // logs out of the selected registry
    connect(login, &QPushButton::clicked, this, &RegistriesDialog::logIn);
    connect(m_logOut, &QPushButton::clicked, this, &RegistriesDialog::logOut);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { m_logOut->setEnabled(!m_list->selectedItems().isEmpty()); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(login);
    buttons->addWidget(m_logOut);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *heading = new QLabel(tr("&Known registries:"), this);
    heading->setObjectName(QStringLiteral("registries-heading"));
    heading->setBuddy(m_list);
    m_empty->setObjectName(QStringLiteral("registries-empty"));
    m_empty->setWordWrap(true);
    followPalette(m_empty, QPalette::WindowText, hintColour); // greyed as the main window's empty table
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(520, 440);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        const QString host = text.section(QLatin1Char(' '), 0, 0);
        m_host->setText(host);
        m_user->setText(RegistrySettings::username(host));
        const RegistryOptions options = RegistrySettings::options(host);
        m_plainHttp->setChecked(options.plainHttp);
        m_skipVerify->setChecked(options.insecureSkipTlsVerify);
        m_caFile->setText(options.caFile);
    });
    reload();
    makePlaceholdersReadable(this);
}

QString RegistriesDialog::message() const
{
    return m_message->text();
}

void RegistriesDialog::reload()
{
    m_list->clear();
    for (const QString &host : RegistrySettings::knownHosts())
        m_list->addItem(tr("%1 — logged in as %2").arg(host, RegistrySettings::username(host)));
    m_empty->setVisible(m_list->count() == 0);
    m_logOut->setEnabled(false); // nothing selected after a reload
}

void RegistriesDialog::logIn()
{
    // HOST[:PORT] only: a URL or user:password@ is refused before anything (the transfers list, a message)
    // could show it.
    const auto parsedHost = Reference::parseHost(m_host->text().trimmed());
    if (!parsedHost) {
        m_message->setText(ErrorText::message(parsedHost.error()));
        return Q_EMIT done(false);
    }
    const QString host = *parsedHost;
    RegistryOptions options;
    options.plainHttp = m_plainHttp->isChecked();
    options.insecureSkipTlsVerify = m_skipVerify->isChecked();
    options.caFile = m_caFile->text().trimmed();
    const Credentials credentials {m_user->text().trimmed(), m_password->text()};
    auto *job = new LoginJob(host, credentials, options, m_client, this);
    m_transfers->track(job);
    m_message->setText(tr("Logging in to %1…").arg(host));
    connect(job, &Job::finished, this, [this, job, host, credentials] {
        job->deleteLater();
        m_password->clear();
        if (!job->error()) {
            m_message->setText(tr("Logged in to %1.").arg(host));
            reload();
            return Q_EMIT done(true);
        }
        const Error &error = *job->error();
        m_message->setText(ErrorText::message(error));
        if (error.hint() == Error::Hint::NoKeychain) {
            // The registry accepted the credentials (the keychain is checked last): offer them for this
            // session. The question is the hint's wording here, so the box shows the bare message.
            auto *ask = new QMessageBox(QMessageBox::Question, tr("No keychain"),
                tr("%1\n\nUse these credentials for this session only? They will not be stored.")
                    .arg(error.message()),
                QMessageBox::Yes | QMessageBox::No, this);
            ask->setObjectName(QStringLiteral("session-credentials-question"));
            ask->setAttribute(Qt::WA_DeleteOnClose);
            connect(ask, &QMessageBox::finished, this, [this, host, credentials](int answer) {
                if (answer != QMessageBox::Yes)
                    return;
                m_client->setCredentials(host, credentials);
                m_message->setText(tr("Using the credentials for %1 until Charthouse quits.").arg(host));
            });
            ask->open();
        }
        Q_EMIT done(false);
    });
    job->start();
}

void RegistriesDialog::logOut()
{
    const auto parsedHost = Reference::parseHost(m_host->text().trimmed());
    if (!parsedHost) {
        m_message->setText(ErrorText::message(parsedHost.error()));
        return Q_EMIT done(false);
    }
    const QString host = *parsedHost;
    auto *job = new LogoutJob(host, this);
    m_transfers->track(job);
    connect(job, &Job::finished, this, [this, job, host] {
        job->deleteLater();
        m_client->setCredentials(host, std::nullopt);
        m_message->setText(
            job->error() ? ErrorText::message(*job->error()) : tr("Logged out of %1.").arg(host));
        reload();
        Q_EMIT done(!job->error());
    });
    job->start();
}

} // namespace charthouse
