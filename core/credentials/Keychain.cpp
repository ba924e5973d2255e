#include "core/credentials/Keychain.h"

#include <qt6keychain/keychain.h>

namespace charthouse {

namespace {

const QString service = QStringLiteral("charthouse");

Error keychainError(const QKeychain::Job &job, const QString &host)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Error(Error::Code::Io,
            QCoreApplication::translate("charthouse::Keychain",
                "no keychain is available (is a Secret Service such as gnome-keyring running?): %1")
                .arg(job.errorString()))
            .withHint(Error::Hint::NoKeychain);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Code::Unauthorized,
            QCoreApplication::translate(
                "charthouse::Keychain", "the keychain refused access to the password for %1 (locked?): %2")
                .arg(host, job.errorString()));
    default:
        return Error(Error::Code::Io,
            QCoreApplication::translate("charthouse::Keychain", "keychain: %1").arg(job.errorString()));
    }
}

template<typename JobType> JobType *makeJob(const QString &host, QObject *context)
{
    auto *job = new JobType(service, context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(host);
    return job;
}

} // namespace

void Keychain::read(const QString &host, QObject *context, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(host, context);
    QObject::connect(job, &QKeychain::Job::finished, context, [host, done](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (finished->error() == QKeychain::EntryNotFound)
            return done(std::optional<QString>());
        if (finished->error() != QKeychain::NoError)
            return done(keychainError(*finished, host));
        done(std::optional<QString>(readJob->textData()));
    });
    job->start();
}

void Keychain::write(const QString &host, const QString &password, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(host, context);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [host, done](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            return done(keychainError(*finished, host));
        done({});
    });
    job->start();
}

void Keychain::remove(const QString &host, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(host, context);
    QObject::connect(job, &QKeychain::Job::finished, context, [host, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound)
            return done(Error(Error::Code::NotFound, tr("not logged in to %1").arg(host)));
        if (finished->error() != QKeychain::NoError)
            return done(keychainError(*finished, host));
        done({});
    });
    job->start();
}

} // namespace charthouse
