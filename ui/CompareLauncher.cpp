#include "ui/CompareLauncher.h"

#include "core/chart/SemVer.h"
#include "core/jobs/CompareJob.h"
#include "core/jobs/RemoteDetailsJob.h"
#include "ui/ChartTableModel.h"
#include "ui/CompareWindow.h"
#include "ui/CompareWithDialog.h"
#include "ui/ErrorText.h"

#include <QDir>
#include <QTemporaryDir>

namespace charthouse {

namespace {

std::optional<SemVer> versionOf(const QString &spec)
{
    auto ref = Reference::parse(spec);
    if (!ref || ref->tag().isEmpty())
        return std::nullopt;
    return SemVer::parse(QString(ref->tag()).replace(QLatin1Char('_'), QLatin1Char('+')));
}

// Fetches the remote versions one after the other into the store, then compares them in the window.
void fetchThenCompare(CompareWindow *window, RegistryClient *client, const QString &store,
    QList<CompareSide> sides, QList<Reference> remote)
{
    if (remote.isEmpty())
        return window->compare(sides.at(0), sides.at(1));
    const Reference next = remote.takeFirst();
    window->showBusy(CompareLauncher::tr("Fetching %1…").arg(next.toString()));
    auto *job = new RemoteDetailsJob(next, client, store, window);
    QObject::connect(job, &Job::finished, window, [=] {
        job->deleteLater();
        if (job->error())
            return window->showProblem(CompareLauncher::tr("Cannot fetch %1: %2")
                                           .arg(next.toString(), ErrorText::message(*job->error())));
        fetchThenCompare(window, client, store, sides, remote);
    });
    job->start();
}

} // namespace

CompareLauncher::CompareLauncher(
    QString cacheRoot, RegistryClient *client, QAbstractItemModel *cachedCharts, QWidget *window)
    : QObject(window),
      m_cacheRoot(std::move(cacheRoot)),
      m_client(client),
      m_cached(cachedCharts),
      m_window(window)
{ }

CompareLauncher::~CompareLauncher() = default;

std::pair<QString, QString> CompareLauncher::olderFirst(const QString &first, const QString &second)
{
    const auto a = versionOf(first);
    const auto b = versionOf(second);
    if (a && b && a->compare(*b) > 0)
        return {second, first};
    return {first, second};
}

QStringList CompareLauncher::cachedReferences() const
{
    QStringList refs;
    for (int row = 0; m_cached && row < m_cached->rowCount(); ++row)
        refs.append(m_cached->index(row, 0).data(ChartTableModel::ReferenceRole).toString());
    refs.sort();
    return refs;
}

CompareWindow *CompareLauncher::openWindow()
{
    auto *window = new CompareWindow(m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    Q_EMIT windowShown(window);
    return window;
}

CompareWindow *CompareLauncher::compare(const QString &first, const QString &second)
{
    const auto [older, newer] = olderFirst(first, second);
    CompareWindow *window = openWindow();
    window->compare({m_cacheRoot, older}, {m_cacheRoot, newer});
    return window;
}

void CompareLauncher::compareSelected(const QStringList &specs)
{
    if (specs.size() == 1)
        askOtherSide(specs.first());
    else if (specs.size() >= 2)
        compare(specs.at(0), specs.at(1));
}

CompareWithDialog *CompareLauncher::askOtherSide(const QString &spec)
{
    auto *dialog = new CompareWithDialog(spec, cachedReferences(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareWithDialog::chosen, this,
        [this, spec](const QString &other) { compare(spec, other); });
    dialog->open();
    Q_EMIT dialogShown(dialog);
    return dialog;
}

QString CompareLauncher::remoteStore()
{
    if (!m_store)
        m_store = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/charthouse-compare-XXXXXX"));
    return m_store->path();
}

CompareWindow *CompareLauncher::compareRemote(const QList<Reference> &versions)
{
    if (versions.isEmpty() || !m_client)
        return nullptr;
    QList<CompareSide> sides;
    QList<Reference> remote;
    if (versions.size() >= 2) {
        const auto [older, newer] = olderFirst(versions.at(0).toString(), versions.at(1).toString());
        sides = {{remoteStore(), older}, {remoteStore(), newer}};
        remote = {versions.at(0), versions.at(1)};
    } else {
        // The newest version of the same repository in the cache, on the left.
        const Reference &version = versions.first();
        QString newest;
        std::optional<SemVer> newestVersion;
        for (const QString &cached : cachedReferences()) {
            auto ref = Reference::parse(cached);
            const auto semver = versionOf(cached);
            if (!ref || ref->name() != version.name())
                continue;
            if (newest.isEmpty() || (semver && (!newestVersion || semver->compare(*newestVersion) > 0))) {
                newest = cached;
                newestVersion = semver;
            }
        }
        if (newest.isEmpty()) {
            Q_EMIT problem(tr("No version of %1 is in the cache to compare with: select two versions.")
                               .arg(version.name()));
            return nullptr;
        }
        sides = {{m_cacheRoot, newest}, {remoteStore(), version.toString()}};
        remote = {version};
    }
    CompareWindow *window = openWindow();
    fetchThenCompare(window, m_client, remoteStore(), sides, remote);
    return window;
}

} // namespace charthouse
