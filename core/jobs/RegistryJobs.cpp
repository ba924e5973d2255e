#include "core/jobs/RegistryJobs.h"

#include "core/credentials/Keychain.h"
#include "core/credentials/RegistrySettings.h"
#include "core/oci/Manifest.h"

namespace charthouse {

TagsJob::TagsJob(Reference repository, RegistryClient *client, QObject *parent)
    : NetworkJob(client, parent), m_repository(std::move(repository))
{ }

QString TagsJob::title() const
{
    return tr("List tags of %1").arg(m_repository.name());
}

void TagsJob::run()
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    track(client()->listTags(m_repository, [this](Result<QStringList> tags) {
        if (stopped())
            return;
        if (!tags)
            return fail(tags.error());
        m_result = *tags;
        if (!m_withDetails)
            return finish({});
        fetchDetails();
    }));
}

void TagsJob::fetchDetails()
{
    for (const QString &tag : std::as_const(*m_result))
        m_details.append({tag, -1, {}});
    const qsizetype first = qMax<qsizetype>(0, m_details.size() - m_maxDetailed);
    m_pending = static_cast<int>(m_details.size() - first);
    if (m_pending == 0)
        return finish({});
    for (qsizetype i = first; i < m_details.size(); ++i) {
        const qsizetype total = m_details.size() - first;
        track(client()->fetchManifest(
            m_repository.withTag(m_details.at(i).tag), [this, i, total](Result<FetchedManifest> fetched) {
                if (stopped())
                    return;
                if (fetched) {
                    if (const auto manifest = Manifest::parse(fetched->bytes)) {
                        if (const auto layer = manifest->chartLayer())
                            m_details[i].size = layer->size;
                        m_details[i].created = QDateTime::fromString(
                            manifest->annotations.value(QStringLiteral("org.opencontainers.image.created")),
                            Qt::ISODate);
                    }
                }
                --m_pending;
                reportProgress(total - m_pending, total);
                if (m_pending == 0)
                    finish({});
            }));
    }
}

LoginJob::LoginJob(
    QString host, Credentials credentials, RegistryOptions options, RegistryClient *client, QObject *parent)
    : NetworkJob(client, parent),
      m_host(std::move(host)),
      m_credentials(std::move(credentials)),
      m_options(options)
{ }

QString LoginJob::title() const
{
    return tr("Log in to %1").arg(m_host);
}

void LoginJob::run()
{
    if (!client())
        return fail(Error(Error::Code::Internal, QStringLiteral("no registry client")));
    if (m_credentials.username.isEmpty())
        return fail(Error(Error::Code::InvalidInput, tr("a user name is required to log in")));
    client()->setOptions(m_host, m_options);
    client()->setCredentials(m_host, m_credentials);
    track(client()->ping(m_host, [this](Result<void> accepted) {
        if (stopped())
            return;
        if (!accepted) {
            // The user is logging in right now: "log in" is no advice.
            const Error error = accepted.error();
            return failLogin(error.hint() == Error::Hint::Login ? error.withHint(Error::Hint::None) : error);
        }
        Keychain::write(m_host, m_credentials.password, this, [this](Result<void> stored) {
            if (stopped())
                return;
            if (!stored)
                return failLogin(stored.error());
            // All or nothing: without the user name beside it the stored password would be an orphan.
            auto remembered = RegistrySettings::remember(m_host, m_credentials.username, m_options);
            if (remembered)
                return finish({});
            Keychain::remove(m_host, this, [this, remembered](Result<void>) { failLogin(remembered.error()); });
        });
    }));
}

void LoginJob::failLogin(const Error &error)
{
    // The attempt's options and credentials go: the next call asks the keychain and the settings again (a
    // window that offers the credentials for the session sets them itself).
    if (client())
        client()->forget(m_host);
    fail(error);
}

LogoutJob::LogoutJob(QString host, QObject *parent) : Job(parent), m_host(std::move(host)) { }

QString LogoutJob::title() const
{
    return tr("Log out of %1").arg(m_host);
}

void LogoutJob::run()
{
    // All or nothing: the settings entry goes only once the keychain holds no password for the host, so a
    // failure (no keychain, access refused) leaves both as they were.
    auto removePassword = [this] {
        Keychain::remove(m_host, this, [this](Result<void> removed) {
            if (!removed && removed.error().code() != Error::Code::NotFound)
                return finish(removed.error());
            finish(RegistrySettings::forget(m_host));
        });
    };
    if (!RegistrySettings::username(m_host).isEmpty())
        return removePassword();
    // The settings do not know the host. Some keychains (gnome-keyring) never say "not found" on removal, so
    // ask whether a password is stored before reporting success: only a stale one is removed.
    Keychain::read(m_host, this, [this, removePassword](Result<std::optional<QString>> stored) {
        if (stored && *stored)
            return removePassword();
        finish(Error(Error::Code::NotFound, tr("not logged in to %1").arg(m_host)));
    });
}

} // namespace charthouse
