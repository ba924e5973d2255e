#pragma once

#include "core/jobs/NetworkJob.h"

#include <QDateTime>

namespace charthouse {

// A tag of a remote repository, with what its manifest tells when it was fetched.
struct RemoteTag
{
    QString tag;
    qint64 size = -1; // the chart layer's size; -1 when unknown
    QDateTime created; // org.opencontainers.image.created; invalid when the manifest does not say
};

// Lists the tags of a remote repository (all pages). With details, then fetches the manifests of up to
// maxDetailed tags (the last ones listed) for their chart size and creation time; a manifest that cannot be
// fetched or read leaves that tag's details unknown rather than failing the job.
class TagsJob : public NetworkJob
{
    Q_OBJECT
public:
    TagsJob(Reference repository, RegistryClient *client, QObject *parent = nullptr);
    QString title() const override;
    void setWithDetails(bool withDetails, int maxDetailed = 200)
    {
        m_withDetails = withDetails;
        m_maxDetailed = maxDetailed;
    }
    const std::optional<QStringList> &result() const { return m_result; }
    // With details: one entry per tag, in the order of result().
    const QList<RemoteTag> &details() const { return m_details; }

protected:
    void run() override;

private:
    void fetchDetails();

    Reference m_repository;
    bool m_withDetails = false;
    int m_maxDetailed = 200;
    std::optional<QStringList> m_result;
    QList<RemoteTag> m_details;
    int m_pending = 0;
};

// Checks credentials against the registry, then keeps the password in the keychain and the rest in the
// settings. Wrong credentials or no keychain: an error, nothing stored.
class LoginJob : public NetworkJob
{
    Q_OBJECT
public:
    LoginJob(QString host, Credentials credentials, RegistryOptions options, RegistryClient *client,
        QObject *parent = nullptr);
    QString title() const override;

protected:
    void run() override;

private:
    void failLogin(const Error &error);
    QString m_host;
    Credentials m_credentials;
    RegistryOptions m_options;
};

// Deletes the keychain entry and then the settings of a registry: if the password cannot be removed, the
// settings stay too. A host neither the settings nor the keychain know fails with "not logged in to HOST".
class LogoutJob : public Job
{
    Q_OBJECT
public:
    explicit LogoutJob(QString host, QObject *parent = nullptr);
    QString title() const override;

protected:
    void run() override;

private:
    QString m_host;
};

} // namespace charthouse
