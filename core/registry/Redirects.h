#pragma once

#include "core/common/Result.h"

#include <QUrl>

namespace charthouse {

constexpr int maxRedirects = 10;

// Where a redirect leads, under the rule every request follows: at most maxRedirects hops, only to http or
// https, never from HTTPS to anything but HTTPS. hop counts from 1; `who` names the service in messages.
// Credentials never travel with a redirect: each hop asks RegistrySession for its own.
Result<QUrl> redirectTarget(const QUrl &from, const QByteArray &location, int hop, const QString &who);

} // namespace charthouse
