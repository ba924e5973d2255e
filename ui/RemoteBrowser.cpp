#include "ui/RemoteBrowser.h"

#include "core/jobs/PullJob.h"
#include "core/jobs/RegistryJobs.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace charthouse {

RemoteBrowser::RemoteBrowser(QString cacheRoot, RegistryClient *client, std::function<void(Job *)> track, QWidget *parent)
    : QDialog(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_client(client),
      m_track(std::move(track)),
      m_repository(new QLineEdit(this)),
      m_tags(new QListWidget(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Pull charts"));
    m_repository->setPlaceholderText(QStringLiteral("localhost:5000/myrepo/mychart"));
    m_repository->setAccessibleName(tr("Repository"));
    m_tags->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tags->setAccessibleName(tr("Tags"));
    m_message->setWordWrap(true);
    auto *list = new QPushButton(tr("List tags"), this);
    auto *pull = new QPushButton(tr("Pull selected"), this);
    connect(list, &QPushButton::clicked, this, &RemoteBrowser::listTags);
    connect(m_repository, &QLineEdit::returnPressed, this, &RemoteBrowser::listTags);
    connect(pull, &QPushButton::clicked, this, &RemoteBrowser::pullSelected);
    auto *top = new QHBoxLayout;
    top->addWidget(m_repository);
    top->addWidget(list);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(pull, QDialogButtonBox::ActionRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tags);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(560, 420);
}

QString RemoteBrowser::message() const
{
    return m_message->text();
}

void RemoteBrowser::listTags()
{
    auto repository = Reference::parseRepository(m_repository->text().trimmed());
    if (!repository) {
        m_message->setText(repository.error().message());
        return;
    }
    m_tags->clear();
    m_message->setText(tr("Listing tags…"));
    auto *job = new TagsJob(*repository, m_client, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->error()) {
            m_message->setText(job->error()->message());
        } else {
            m_tags->addItems(*job->result());
            m_message->setText(tr("%n tag(s)", nullptr, static_cast<int>(job->result()->size())));
        }
        Q_EMIT tagsListed();
    });
    job->start();
}

void RemoteBrowser::pullSelected()
{
    auto repository = Reference::parseRepository(m_repository->text().trimmed());
    if (!repository)
        return;
    for (const QListWidgetItem *item : m_tags->selectedItems())
        m_track(new PullJob(m_cacheRoot, repository->withTag(item->text()), m_client));
}

} // namespace charthouse
