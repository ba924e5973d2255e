#include "core/registry/Redirects.h"

#include <QCoreApplication>

namespace charthouse {

Result<QUrl> redirectTarget(const QUrl &from, const QByteArray &location, int hop, const QString &who)
{
    if (hop > maxRedirects)
        return Error(Error::Code::Network,
            QCoreApplication::translate("charthouse::RegistryCall", "%1: too many redirects (more than %2)")
                .arg(who)
                .arg(maxRedirects));
    QUrl next = from.resolved(QUrl::fromEncoded(location));
    next.setUserInfo({}); // a user:password@ in a Location is someone else's; Qt would send it
    const bool web = next.scheme() == QLatin1String("https") || next.scheme() == QLatin1String("http");
    if (!next.isValid() || !web || next.host().isEmpty())
        return Error(Error::Code::Network,
            QCoreApplication::translate(
                "charthouse::RegistryCall", "%1: a redirect to an address that is not valid")
                .arg(who));
    if (from.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https"))
        return Error(Error::Code::Unsafe,
            QCoreApplication::translate(
                "charthouse::RegistryCall", "%1: refusing a redirect from HTTPS to %2")
                .arg(who, next.scheme().toUpper()));
    return next;
}

} // namespace charthouse
