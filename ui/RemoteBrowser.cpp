#include "ui/RemoteBrowser.h"

#include "ui/Accessibility.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"

#include "core/chart/SemVer.h"
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

namespace {

enum Column { TagColumn, SizeColumn, CreatedColumn };

// A row of the tag list. Tags sort as versions: SemVer order (a tag writes `+` as `_`, as Helm 3.8+ does),
// tags that are no version below every version, by name; listed descending, so the newest version comes first
// and other names after it, A to Z. Sizes and dates sort by value, not by their text.
class TagItem : public QTreeWidgetItem
{
public:
    TagItem(QTreeWidget *tags, const QStringList &texts)
        : QTreeWidgetItem(tags, texts),
          m_version(SemVer::parseAsHelm(
              QString(texts.value(TagColumn)).replace(QLatin1Char('_'), QLatin1Char('+'))))
    { }

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : TagColumn;
        if (column == SizeColumn || column == CreatedColumn) {
            const QVariant mine = data(column, Qt::UserRole), theirs = other.data(column, Qt::UserRole);
            if (mine != theirs)
                return QVariant::compare(mine, theirs) == QPartialOrdering::Less;
            return text(TagColumn) < other.text(TagColumn);
        }
        const auto &theirs = static_cast<const TagItem &>(other).m_version;
        if (m_version && theirs) {
            if (const int c = m_version->compare(*theirs))
                return c < 0;
            return text(TagColumn) < other.text(TagColumn); // the same version, other build metadata
        }
        if (m_version || theirs)
            return theirs.has_value();
        return other.text(TagColumn) < text(TagColumn);
    }

private:
    std::optional<SemVer> m_version;
};

} // namespace

RemoteBrowser::RemoteBrowser(
    QString cacheRoot, RegistryClient *client, std::function<void(Job *)> track, QWidget *parent)
    : QDialog(parent),
      m_cacheRoot(std::move(cacheRoot)),
      m_client(client),
      m_track(std::move(track)),
      m_repository(new QLineEdit(this)),
      m_tags(new QTreeWidget(this)),
      m_message(new StatusMessage(this))
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
    // Enter in the repository field lists the tags through the default button (connecting returnPressed as
    // well would list them twice).
    list->setDefault(true);
    connect(list, &QPushButton::clicked, this, &RemoteBrowser::listTags);
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
    makePlaceholdersReadable(this);
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
    // The latest request wins: a listing still running is cancelled and its answer dropped.
    if (const QPointer<TagsJob> previous = std::exchange(m_listing, nullptr))
        previous->cancel();
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
    m_listing = job;
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job != m_listing)
            return;
        m_listing = nullptr;
        if (job->error()) {
            m_message->setText(ErrorText::message(*job->error()));
        } else {
            for (const RemoteTag &tag : job->details()) {
                auto *item = new TagItem(m_tags,
                    {tag.tag, tag.size < 0 ? QString() : formatBinarySize(tag.size),
                        tag.created.isValid()
                            ? QLocale().toString(tag.created.toLocalTime(), QLocale::ShortFormat)
                            : QString()});
                item->setData(SizeColumn, Qt::UserRole, tag.size);
                item->setData(CreatedColumn, Qt::UserRole, tag.created);
                item->setToolTip(SizeColumn,
                    tag.size < 0
                        ? tr("The registry did not say")
                        : tr("%n byte(s)", nullptr, static_cast<int>(qMin<qint64>(tag.size, INT_MAX))));
            }
            m_tags->sortItems(TagColumn, Qt::DescendingOrder); // newest first
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
        m_track(new PullJob(m_cacheRoot, repository->withTag(item->text(TagColumn)), m_client));
}

} // namespace charthouse
