#pragma once

#include "core/jobs/NetworkJob.h"

namespace charthouse {

// Lists the tags of a remote repository (all pages).
class TagsJob : public NetworkJob
{
    Q_OBJECT
public:
    TagsJob(Reference repository, RegistryClient *client, QObject *parent = nullptr);
    QString title() const override;
    const std::optional<QStringList> &result() const { return m_result; }

protected:
    void run() override;

private:
    Reference m_repository;
    std::optional<QStringList> m_result;
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
