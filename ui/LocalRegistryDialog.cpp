#include "ui/LocalRegistryDialog.h"

#include "ui/ErrorText.h"
#include "ui/Icons.h"

#include "core/jobs/LocalRegistryJobs.h"
#include "core/jobs/RegistryJobs.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace charthouse {

LocalRegistryDialog::LocalRegistryDialog(
    RegistryClient *client, std::function<void(Job *)> track, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_track(std::move(track)),
      m_address(new QLineEdit(LocalRegistry::defaultAddress(), this)),
      m_storage(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_start(new QPushButton(tr("Start"), this)),
      m_stop(new QPushButton(tr("Stop"), this))
{
    setWindowTitle(tr("Local test registry"));
    auto *intro = new QLabel(
        tr("Runs Debian's docker-registry (the server of the \"registry\" container image) in the "
           "background on this computer, for trying out pushes and pulls."),
        this);
    intro->setWordWrap(true);
    m_address->setAccessibleName(tr("Address"));
    m_storage->setPlaceholderText(tr("Temporary: removed when the registry stops"));
    m_storage->setAccessibleName(tr("Storage directory"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the storage directory"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Keep the registry's data in"));
        if (!dir.isEmpty())
            m_storage->setText(dir);
    });
    m_user->setPlaceholderText(tr("None: anyone may push"));
    m_user->setAccessibleName(tr("User"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));

    auto *storageRow = new QHBoxLayout;
    storageRow->addWidget(m_storage);
    storageRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    auto *storageLabel = new QLabel(tr("S&torage:"), this);
    storageLabel->setBuddy(m_storage); // a row of a layout gets no buddy by itself
    form->addRow(storageLabel, storageRow);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &LocalRegistryDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &LocalRegistryDialog::stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    auto *typing = new QTimer(this); // check the address once the user stops typing
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &LocalRegistryDialog::refreshStatus);
    connect(m_address, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    m_start->setEnabled(false);
    m_stop->setEnabled(false);
    resize(520, 320);
    makePlaceholdersReadable(this);
    refreshStatus();
}

QString LocalRegistryDialog::status() const
{
    return m_status->text();
}

void LocalRegistryDialog::refreshStatus()
{
    auto registry = LocalRegistry::forAddress(m_address->text());
    if (!registry) {
        m_status->setText(ErrorText::message(registry.error()));
        m_start->setEnabled(false);
        m_stop->setEnabled(false);
        Q_EMIT statusKnown(false);
        return;
    }
    // Reading the state and /proc is quick, but it is the disk: off the GUI thread.
    auto *watcher = new QFutureWatcher<std::optional<LocalRegistryState>>(this);
    connect(watcher, &QFutureWatcher<std::optional<LocalRegistryState>>::finished, this,
        [this, watcher, address = registry->address()] {
            watcher->deleteLater();
            if (const auto current = LocalRegistry::forAddress(m_address->text());
                !current || current->address() != address)
                return; // the address changed meanwhile; a newer check follows
            const std::optional<LocalRegistryState> state = watcher->result();
            if (state)
                m_status->setText(
                    tr("Running on %1 since %2 (pid %3).")
                        .arg(state->address,
                            QLocale().toString(state->started.toLocalTime(), QLocale::ShortFormat))
                        .arg(state->pid)
                    + QLatin1Char('\n')
                    + tr("Storage: %1").arg(state->temporaryStorage ? tr("temporary") : state->storage));
            else
                m_status->setText(tr("No local registry runs on %1.").arg(address));
            m_start->setEnabled(!m_busy && !state);
            m_stop->setEnabled(!m_busy && state);
            Q_EMIT statusKnown(state.has_value());
        });
    watcher->setFuture(QtConcurrent::run([registry = *registry] { return registry.state(); }));
}

void LocalRegistryDialog::run(Job *job, std::function<void()> onSuccess)
{
    m_busy = true;
    m_start->setEnabled(false);
    m_stop->setEnabled(false);
    connect(job, &Job::finished, this, [this, job, onSuccess = std::move(onSuccess)] {
        m_busy = false;
        if (job->error())
            m_status->setText(ErrorText::message(*job->error()));
        else if (onSuccess)
            onSuccess();
        refreshStatus();
    });
    m_track(job);
}

void LocalRegistryDialog::start()
{
    auto registry = LocalRegistry::forAddress(m_address->text());
    if (!registry) {
        m_status->setText(ErrorText::message(registry.error()));
        return;
    }
    LocalRegistryOptions options;
    options.storage = m_storage->text().trimmed();
    options.user = m_user->text().trimmed();
    options.password = m_password->text();
    m_password->clear();
    auto *job = new StartLocalRegistryJob(*registry, options);
    run(job, [this, job, options] {
        if (options.user.isEmpty())
            return;
        // Log in right away, so the registry's first push needs no second trip to the Registries dialog.
        RegistryOptions plain;
        plain.plainHttp = true;
        m_track(new LoginJob(job->result()->address, {options.user, options.password}, plain, m_client));
    });
}

void LocalRegistryDialog::stop()
{
    auto registry = LocalRegistry::forAddress(m_address->text());
    if (registry)
        run(new StopLocalRegistryJob(*registry), {});
}

} // namespace charthouse
