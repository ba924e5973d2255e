#include "ui/RemoteBrowser.h"

#include "ui/ErrorText.h"

#include "core/common/Format.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/RegistryJobs.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace charthouse {

RemoteBrowser::RemoteBrowser(
    QString cacheRoot, RegistryClient *client, std::function<void(Job *)> track, QWidget *parent)
    : QDialog(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_client(client),
      m_track(std::move(track)),
      m_repository(new QLineEdit(this)),
      m_tags(new QTreeWidget(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Pull charts"));
    m_repository->setPlaceholderText(QStringLiteral("localhost:5000/myrepo/mychart"));
    m_repository->setAccessibleName(tr("Repository"));
    m_tags->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tags->setRootIsDecorated(false);
    m_tags->setHeaderLabels({tr("Tag"), tr("Size"), tr("Created")});
    m_tags->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tags->setSortingEnabled(true);
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

std::optional<Reference> RemoteBrowser::typedChart() const
{
    auto ref = Reference::parse(m_repository->text().trimmed());
    if (!ref || (ref->tag().isEmpty() && !ref->digest()))
        return std::nullopt;
    return *ref;
}

void RemoteBrowser::listTags()
{
    // A reference with a tag or digest lists its repository's tags.
    const auto typed = typedChart();
    auto repository = typed ? Reference::parseRepository(typed->name())
                            : Reference::parseRepository(m_repository->text().trimmed());
    if (!repository) {
        m_message->setText(ErrorText::message(repository.error()));
        return;
    }
    m_tags->clear();
    m_message->setText(tr("Listing tags…"));
    auto *job = new TagsJob(*repository, m_client, this);
    job->setWithDetails(true);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->error()) {
            m_message->setText(ErrorText::message(*job->error()));
        } else {
            for (const RemoteTag &tag : job->details()) {
                auto *item = new QTreeWidgetItem(m_tags,
                    {tag.tag, tag.size < 0 ? QString() : formatBinarySize(tag.size),
                        tag.created.isValid()
                            ? QLocale().toString(tag.created.toLocalTime(), QLocale::ShortFormat)
                            : QString()});
                item->setToolTip(1,
                    tag.size < 0
                        ? tr("The registry did not say")
                        : tr("%n byte(s)", nullptr, static_cast<int>(qMin<qint64>(tag.size, INT_MAX))));
            }
            m_tags->sortItems(0, Qt::AscendingOrder);
            m_message->setText(tr("%n tag(s)", nullptr, static_cast<int>(job->result()->size())));
        }
        Q_EMIT tagsListed();
    });
    job->start();
}

void RemoteBrowser::pullSelected()
{
    // Nothing selected and a whole reference typed (REPO:TAG or REPO@sha256:…): that chart.
    if (m_tags->selectedItems().isEmpty()) {
        if (const auto typed = typedChart()) {
            m_track(new PullJob(m_cacheRoot, *typed, m_client));
            m_message->setText(tr("Pulling %1…").arg(typed->toString()));
        }
        return;
    }
    auto repository = Reference::parseRepository(m_repository->text().trimmed());
    if (const auto typed = typedChart())
        repository = Reference::parseRepository(typed->name());
    if (!repository)
        return;
    for (const QTreeWidgetItem *item : m_tags->selectedItems())
        m_track(new PullJob(m_cacheRoot, repository->withTag(item->text(0)), m_client));
}

} // namespace charthouse
