#include "core/registry/RegistryErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace charthouse {

namespace {

QString sentenceFor(const QString &code, const QString &repository)
{
    const QString repo
        = QCoreApplication::translate("charthouse::RegistryErrors", "repository \"%1\"").arg(repository);
    if (code == QLatin1String("UNAUTHORIZED"))
        return QCoreApplication::translate("charthouse::RegistryErrors", "authentication required");
    if (code == QLatin1String("DENIED"))
        return QCoreApplication::translate(
            "charthouse::RegistryErrors", "access to %1 denied: your account may not have the permission")
            .arg(repo);
    if (code == QLatin1String("NAME_UNKNOWN"))
        return QCoreApplication::translate("charthouse::RegistryErrors", "%1 not found").arg(repo);
    if (code == QLatin1String("NAME_INVALID"))
        return QCoreApplication::translate(
            "charthouse::RegistryErrors", "%1 is not a valid name for this registry")
            .arg(repo);
    if (code == QLatin1String("MANIFEST_UNKNOWN"))
        return QCoreApplication::translate("charthouse::RegistryErrors", "no such chart version in %1")
            .arg(repo);
    if (code == QLatin1String("BLOB_UNKNOWN"))
        return QCoreApplication::translate(
            "charthouse::RegistryErrors", "a blob of %1 is missing on the registry")
            .arg(repo);
    if (code == QLatin1String("BLOB_UPLOAD_UNKNOWN") || code == QLatin1String("BLOB_UPLOAD_INVALID"))
        return QCoreApplication::translate(
            "charthouse::RegistryErrors", "the registry lost track of an upload to %1; try again")
            .arg(repo);
    if (code == QLatin1String("DIGEST_INVALID"))
        return QCoreApplication::translate("charthouse::RegistryErrors",
            "the registry says uploaded content for %1 does not match its digest")
            .arg(repo);
    if (code == QLatin1String("SIZE_INVALID"))
        return QCoreApplication::translate(
            "charthouse::RegistryErrors", "the registry says uploaded content for %1 does not match its size")
            .arg(repo);
    if (code == QLatin1String("MANIFEST_BLOB_UNKNOWN"))
        return QCoreApplication::translate(
            "charthouse::RegistryErrors", "the manifest for %1 refers to blobs the registry does not have")
            .arg(repo);
    if (code == QLatin1String("MANIFEST_INVALID") || code == QLatin1String("MANIFEST_UNVERIFIED"))
        return QCoreApplication::translate(
            "charthouse::RegistryErrors", "the registry refused the manifest for %1 as invalid")
            .arg(repo);
    if (code == QLatin1String("TAG_INVALID"))
        return QCoreApplication::translate(
            "charthouse::RegistryErrors", "the registry refused the tag for %1")
            .arg(repo);
    if (code == QLatin1String("TOOMANYREQUESTS"))
        return QCoreApplication::translate("charthouse::RegistryErrors",
            "too many requests: the registry asks to slow down; try again later");
    if (code == QLatin1String("UNSUPPORTED"))
        return QCoreApplication::translate(
            "charthouse::RegistryErrors", "the registry does not support this operation on %1")
            .arg(repo);
    return {};
}

Error::Code codeFor(int status)
{
    switch (status) {
    case 401:
    case 403: return Error::Code::Unauthorized;
    case 404: return Error::Code::NotFound;
    case 405: return Error::Code::Unsupported;
    case 400:
    case 413: return Error::Code::InvalidInput;
    default: return Error::Code::Network;
    }
}

} // namespace

Error registryError(int status, const QByteArray &body, const QString &host, const QString &repository)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QLatin1String("errors")).toArray();
    QStringList sentences;
    bool loginNeeded = false;
    for (const QJsonValue &e : errors) {
        const QString code = e.toObject().value(QLatin1String("code")).toString();
        loginNeeded = loginNeeded || code == QLatin1String("UNAUTHORIZED");
        QString sentence = sentenceFor(code, repository);
        if (sentence.isEmpty())
            sentence = e.toObject().value(QLatin1String("message")).toString();
        if (!code.isEmpty())
            sentence += QStringLiteral(" (%1)").arg(code);
        sentences.append(sentence);
    }
    if (sentences.isEmpty()) {
        // Not the distribution error format: say what we know, with a short, printable excerpt of the body.
        // (HTML error pages from proxies say it between tags.)
        QString excerpt = QString::fromUtf8(body.left(400))
                              .remove(QRegularExpression(QStringLiteral("<[^>]*>")))
                              .simplified()
                              .left(200);
        excerpt.removeIf([](QChar c) { return !c.isPrint(); });
        sentences.append(
            QCoreApplication::translate("charthouse::RegistryErrors", "the registry answered HTTP %1%2")
                .arg(status)
                .arg(excerpt.isEmpty() ? QString() : QStringLiteral(": ") + excerpt));
        if (status == 401) {
            sentences.last() = sentenceFor(QStringLiteral("UNAUTHORIZED"), repository)
                + QStringLiteral(" (HTTP 401)");
            loginNeeded = true;
        }
        if (status == 404 && !repository.isEmpty())
            sentences.last() = QCoreApplication::translate(
                "charthouse::RegistryErrors", "not found in repository \"%1\" (HTTP 404)")
                                   .arg(repository);
    }
    const QString firstCode
        = errors.isEmpty() ? QString() : errors[0].toObject().value(QLatin1String("code")).toString();
    const Error::Code code = firstCode == QLatin1String("TOOMANYREQUESTS") ? Error::Code::Network
        : firstCode == QLatin1String("UNSUPPORTED")                        ? Error::Code::Unsupported
                                                                           : codeFor(status);
    const Error error(code, QStringLiteral("%1: %2").arg(host, sentences.join(QStringLiteral("; "))));
    return loginNeeded ? error.withHint(Error::Hint::Login, host) : error;
}

} // namespace charthouse
