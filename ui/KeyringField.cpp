#include "ui/KeyringField.h"

#include "ui/ErrorText.h"

#include "core/jobs/BlockingPool.h"
#include "core/provenance/KeyringCheck.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent>

namespace charthouse {

KeyringField::KeyringField(const QString &path, const QString &defaultPath, QWidget *parent)
    : QWidget(parent),
      m_defaultPath(defaultPath),
      m_edit(new QLineEdit(path, this)),
      m_browse(new QPushButton(tr("Bro&wse…"), this)),
      m_state(new QLabel(this)),
      m_delay(new QTimer(this))
{
    m_edit->setPlaceholderText(defaultPath);
    m_edit->setAccessibleName(tr("Keyring for signatures"));
    m_edit->setToolTip(
        tr("The GnuPG public keyring chart signatures are checked against. Empty: Helm's default, %1")
            .arg(defaultPath));
    m_browse->setAccessibleName(tr("Choose the keyring for signatures"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_browse, 0, 1);
    layout->addWidget(m_state, 1, 0, 1, 2);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &KeyringField::check);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        ++m_generation;
        m_delay->start();
    });
    connect(m_browse, &QPushButton::clicked, this, &KeyringField::browse);
    check();
}

QString KeyringField::path() const
{
    return m_edit->text().trimmed();
}

void KeyringField::setPath(const QString &path)
{
    m_edit->setText(path);
}

void KeyringField::browse()
{
    // Non-modal, as every dialog of the window: no nested event loop.
    auto *chooser = new QFileDialog(this, tr("Keyring for signatures"),
        QFileInfo(path().isEmpty() ? m_defaultPath : path()).absolutePath(),
        tr("GnuPG keyrings (*.gpg *.kbx *.asc *.pgp);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this, &KeyringField::setPath);
    chooser->open();
}

void KeyringField::check()
{
    const QString file = path().isEmpty() ? m_defaultPath : path();
    const int generation = ++m_generation;
    m_state->setText(tr("Checking the keyring…"));
    auto *watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcher<Result<int>>::finished, this, [this, watcher, generation, file] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Result<int> keys = watcher->result();
        if (keys)
            m_state->setText(tr("%1 holds %n key(s).", nullptr, *keys).arg(QDir::toNativeSeparators(file)));
        else if (keys.error().code() == Error::Code::NotFound)
            m_state->setText(tr("%1 does not exist: signatures cannot be checked until it does, or another "
                                "keyring is chosen.")
                                 .arg(QDir::toNativeSeparators(file)));
        else
            m_state->setText(tr("Not a keyring GnuPG can read: %1").arg(ErrorText::message(keys.error())));
        Q_EMIT checked();
    });
    watcher->setFuture(QtConcurrent::run(&blockingPool(), [file] { return keyringKeyCount(file); }));
}

} // namespace charthouse
