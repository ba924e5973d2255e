#include "ui/VersionsPanel.h"

#include "core/cache/MetadataCache.h"
#include "core/jobs/CopyJob.h"
#include "core/jobs/PullJob.h"
#include "core/jobs/RemoteVerifyJob.h"
#include "core/jobs/VersionsJob.h"
#include "ui/Accessibility.h"
#include "ui/ErrorText.h"
#include "ui/Icons.h"
#include "ui/FlowLayout.h"
#include "ui/VersionsDeleter.h"
#include "ui/SignatureText.h"
#include "ui/VersionsModel.h"

#include <QCheckBox>
#include <QStyle>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace charthouse {

VersionsPanel::VersionsPanel(MetadataCache metadata, QString cacheRoot, RegistryClient *client,
    std::function<void(Job *)> track, QWidget *parent)
    : QWidget(parent),
      m_metadata(std::move(metadata)),
      m_cacheRoot(std::move(cacheRoot)),
      m_client(client),
      m_track(std::move(track)),
      m_model(new VersionsModel(this)),
      m_filter(new VersionsFilterModel(this)),
      m_view(new QTableView(this)),
      m_pages(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)),
      m_title(new QLabel(this)),
      m_prereleases(new QCheckBox(tr("Show &pre-releases"), this)),
      m_message(new StatusMessage(this)),
      m_deleter(new VersionsDeleter(m_client, m_track, this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VersionsModel::VersionColumn, Qt::DescendingOrder); // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Versions"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_view);
    m_prereleases->setAccessibleName(tr("Show pre-releases"));
    connect(m_prereleases, &QCheckBox::toggled, m_filter, &VersionsFilterModel::setShowPrereleases);
    connect(m_prereleases, &QCheckBox::toggled, this, &VersionsPanel::updateState);
    m_message->setWordWrap(true);

    // The actions wrap onto a second line where the panel is narrow, rather than widen the window.
    auto *buttons = new FlowLayout;
    buttons->setSpacing(style()->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::PushButton, Qt::Horizontal));
    auto button = [this, buttons](const QString &icon, const QString &text, void (VersionsPanel::*slot)()) {
        auto *b = new QPushButton(actionIcon(icon), text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        m_rowButtons.append(b);
    };
    button(QStringLiteral("details"), tr("D&etails…"), &VersionsPanel::showDetails);
    button(QStringLiteral("pull"), tr("P&ull"), &VersionsPanel::pullSelected);
    button(QStringLiteral("remove"), tr("&Delete…"), &VersionsPanel::deleteSelected);
    button(QStringLiteral("copy"), tr("Copy &to…"), &VersionsPanel::copySelected);
    button(QStringLiteral("push"), tr("Add t&ag…"), &VersionsPanel::tagSelected);
    button(QStringLiteral("compare"), tr("Co&mpare"), &VersionsPanel::compareSelected);
    button(QStringLiteral("verify"), tr("Verif&y signature"), &VersionsPanel::verifySelected);
    auto *refreshButton = new QPushButton(actionIcon(QStringLiteral("refresh")), tr("&Refresh"), this);
    refreshButton->setToolTip(tr("Check every tag with the registry again (F5)"));
    connect(refreshButton, &QPushButton::clicked, this, &VersionsPanel::refresh);
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_prereleases);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VersionsPanel::updateState);
    connect(m_view, &QTableView::activated, this, &VersionsPanel::showDetails); // Enter, double-click
    connect(m_deleter, &VersionsDeleter::said, this, &VersionsPanel::say);
    connect(m_deleter, &VersionsDeleter::dialogShown, this, &VersionsPanel::dialogShown);
    connect(m_deleter, &VersionsDeleter::ended, this,
        [this](const Reference &repository, const QStringList &deleted) {
            if (!deleted.isEmpty() && m_repository == repository) {
                const QString outcome = message();
                showRepository(m_repository); // once, after all the deletes
                m_outcome = outcome; // said beside the new count
            }
            Q_EMIT actionFinished();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &VersionsPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VersionsPanel::fitColumns);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    updateState();
}

QString VersionsPanel::message() const
{
    return m_message->text();
}

QString VersionsPanel::placeholderText() const
{
    return m_placeholder->text();
}

void VersionsPanel::say(const QString &text)
{
    m_message->setText(text);
}

void VersionsPanel::setFreshness(Clock clock, std::chrono::seconds window)
{
    m_clock = std::move(clock);
    m_freshness = window;
}

void VersionsPanel::refresh()
{
    if (!m_repository.registry().isEmpty())
        showRepository(m_repository, true);
}

void VersionsPanel::showRepository(const Reference &repository, bool revalidate)
{
    // The latest choice wins: a listing still running is cancelled and its answer dropped.
    if (const QPointer<VersionsJob> previous = std::exchange(m_listing, nullptr))
        previous->cancel();
    m_repository = repository;
    m_listingError.reset();
    m_remembered.clear();
    m_outcome.clear();
    m_title->setText(repository.name());
    m_model->clear();
    auto *job = new VersionsJob(repository, m_client, m_metadata, m_cacheRoot, this);
    job->setFreshness(m_clock, m_freshness);
    job->setRevalidate(revalidate);
    m_listing = job;
    connect(job, &VersionsJob::remembered, this, [this, job](const QList<RemoteVersion> &versions) {
        if (job != m_listing)
            return;
        m_model->setVersions(versions, true);
        for (const RemoteVersion &version : versions)
            m_remembered.insert(version.tag, version);
    });
    connect(job, &VersionsJob::listed, this, [this, job] {
        if (job != m_listing)
            return;
        // Until each is described again, a tag shows what it was last time (badges aside).
        QList<RemoteVersion> versions = job->versions();
        for (RemoteVersion &version : versions)
            if (const auto last = m_remembered.constFind(version.tag); last != m_remembered.cend())
                version = *last;
        m_model->setVersions(versions);
    });
    connect(job, &VersionsJob::described, this, [this, job](int row) {
        if (job == m_listing && !m_model->isRemembered())
            m_model->updateVersion(row, job->versions().at(row));
    });
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job != m_listing)
            return;
        m_listing = nullptr;
        if (job->error())
            m_listingError = *job->error();
        else if (job->result())
            m_model->setVersions(*job->result()); // with the badges
        updateState();
        Q_EMIT versionsListed();
    });
    updateState();
    job->start();
}

void VersionsPanel::updateState()
{
    const bool listing = m_listing != nullptr;
    const int shown = m_filter->rowCount();
    const int hidden = m_model->rowCount() - shown;
    if (shown == 0) {
        if (listing)
            m_placeholder->setText(tr("Listing the versions of %1…").arg(m_repository.name()));
        else if (m_listingError)
            m_placeholder->setText(tr("Cannot list the versions of %1: %2")
                                       .arg(m_repository.name(), ErrorText::message(*m_listingError)));
        else if (hidden > 0)
            m_placeholder->setText(
                tr("%n pre-release(s) only: tick “Show pre-releases” to see them.", nullptr, hidden));
        else if (m_repository.registry().isEmpty())
            m_placeholder->setText(tr("Choose a repository on the left."));
        else
            m_placeholder->setText(tr("%1 has no versions.").arg(m_repository.name()));
    }
    m_pages->setCurrentWidget(shown > 0 ? static_cast<QWidget *>(m_view) : m_placeholder);
    if (listing && m_model->isRemembered())
        say(tr("Showing the versions seen last time; checking the registry…"));
    else if (listing)
        say(tr("Listing versions…"));
    else if (m_listingError && m_model->rowCount() > 0)
        say(tr("Cannot reach the registry: %1").arg(ErrorText::message(*m_listingError)));
    else if (!m_listingError && !m_repository.registry().isEmpty() && m_model->rowCount() > 0)
        say((m_outcome.isEmpty() ? QString() : QString(m_outcome + QLatin1Char(' ')))
            + tr("%n version(s)", nullptr, m_model->rowCount())
            + (hidden > 0 ? tr(", %n pre-release(s) hidden", nullptr, hidden) : QString()));
    const bool selected = m_view->selectionModel()->hasSelection();
    for (QPushButton *button : std::as_const(m_rowButtons))
        button->setEnabled(selected);
}

QList<Reference> VersionsPanel::selectedVersions() const
{
    QList<Reference> versions;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        versions.append(m_repository.withTag(index.data(VersionsModel::TagRole).toString()));
    return versions;
}

void VersionsPanel::selectTag(const QString &tag)
{
    for (int row = 0; row < m_filter->rowCount(); ++row)
        if (m_filter->index(row, 0).data(VersionsModel::TagRole).toString() == tag)
            m_view->selectionModel()->select(
                m_filter->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void VersionsPanel::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && !m_repository.registry().isEmpty())
        Q_EMIT detailsRequested(
            m_repository.withTag(current.siblingAtColumn(0).data(VersionsModel::TagRole).toString()));
}

void VersionsPanel::pullSelected()
{
    const QList<Reference> versions = selectedVersions();
    for (const Reference &version : versions) {
        auto *job = new PullJob(m_cacheRoot, version, m_client);
        connect(job, &Job::finished, this, &VersionsPanel::actionFinished);
        m_track(job);
    }
    if (!versions.isEmpty())
        say(tr("Pulling %n version(s)…", nullptr, static_cast<int>(versions.size())));
}

void VersionsPanel::verifySelected()
{
    const QList<Reference> versions = selectedVersions();
    if (versions.isEmpty() || !m_keyring)
        return;
    if (!m_verifyStore)
        m_verifyStore = std::make_unique<QTemporaryDir>();
    const Reference version = versions.first();
    const QString keyring = m_keyring();
    auto *job = new RemoteVerifyJob(version, m_client, m_verifyStore->path(), keyring);
    connect(job, &Job::finished, this, [this, job, version, keyring] {
        const QString verdict = job->error() ? SignatureText::failed(*job->error())
                                             : SignatureText::of(job->result()->check, keyring);
        say(tr("%1: %2").arg(version.tag(), verdict));
        Q_EMIT signatureChecked();
    });
    m_track(job);
    say(tr("Checking the signature of %1…").arg(version.toString()));
}

void VersionsPanel::deleteSelected()
{
    m_deleter->deleteVersions(selectedVersions());
}

void VersionsPanel::runChange(Job *job, const QString &doneText)
{
    const Reference listed = m_repository;
    connect(job, &Job::finished, this, [this, job, doneText, listed] {
        if (job->state() == Job::State::Cancelled)
            say(tr("%1: cancelled").arg(job->title()));
        else if (job->error())
            say(ErrorText::message(*job->error()));
        else {
            say(doneText);
            if (m_repository == listed)
                showRepository(m_repository);
        }
        Q_EMIT actionFinished();
    });
    m_track(job);
}

void VersionsPanel::askText(const QString &name, const QString &title, const QString &label,
    const QString &value, std::function<void(const QString &)> answered)
{
    auto *ask = new QInputDialog(this);
    ask->setObjectName(name);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(title);
    ask->setLabelText(label);
    ask->setTextValue(value);
    connect(ask, &QInputDialog::textValueSelected, this,
        [answered = std::move(answered)](const QString &typed) { answered(typed.trimmed()); });
    ask->open();
    Q_EMIT dialogShown(ask);
}

void VersionsPanel::copySelected()
{
    const QList<Reference> versions = selectedVersions();
    if (versions.isEmpty())
        return;
    const Reference source = versions.first();
    askText(QStringLiteral("copy-destination"), tr("Copy to"),
        tr("Copy %1 to (REGISTRY/REPOSITORY[:TAG]):").arg(source.toString()), source.name(),
        [this, source](const QString &typed) {
            // Without a tag: the same tag in the other repository.
            std::optional<Reference> destination;
            if (auto full = Reference::parse(typed); full && !full->tag().isEmpty())
                destination = *full;
            else if (auto repository = Reference::parseRepository(typed))
                destination = repository->withTag(source.tag());
            else
                return say(ErrorText::message(repository.error()));
            runChange(new CopyJob(source, *destination, m_client),
                tr("Copied %1 to %2").arg(source.toString(), destination->toString()));
        });
}

void VersionsPanel::compareSelected()
{
    const QList<Reference> versions = selectedVersions();
    if (!versions.isEmpty())
        Q_EMIT compareRequested(versions.mid(0, 2));
}

void VersionsPanel::tagSelected()
{
    const QList<Reference> versions = selectedVersions();
    if (versions.isEmpty())
        return;
    const Reference source = versions.first();
    askText(QStringLiteral("new-tag"), tr("Add tag"), tr("New tag for %1:").arg(source.toString()), {},
        [this, source](const QString &tag) {
            if (!Reference::isValidTag(tag))
                return say(
                    tr("“%1” is not a valid tag: letters, digits, _ . + - only, at most 128.").arg(tag));
            runChange(new CopyJob(source, source.withTag(tag), m_client),
                tr("Tagged %1 as %2").arg(source.toString(), tag));
        });
}

void VersionsPanel::fitColumns()
{
    // Each column as wide as what it shows (a date is not elided); a long description takes at most a third
    // of the view, the badges the rest.
    for (int column = 0; column < VersionsModel::BadgesColumn; ++column)
        m_view->resizeColumnToContents(column);
    const int description = m_view->columnWidth(VersionsModel::DescriptionColumn);
    m_view->setColumnWidth(VersionsModel::DescriptionColumn, qMin(description, m_view->viewport()->width() / 3));
}

} // namespace charthouse
