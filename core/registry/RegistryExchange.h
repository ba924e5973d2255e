#pragma once

// Inside the registry client: the request and response of one HTTP exchange, shared by RegistryCall (which
// sends, retries, authenticates and follows redirects) and RegistryClient (which builds the requests of the
// API). Not for use outside core/registry.
#include "core/registry/RegistryClient.h"

#include <QHash>
#include <QList>
#include <QUrl>

#include <functional>
#include <utility>

namespace charthouse {

struct RegistryCall::Request
{
    QByteArray method = "GET";
    QString host; // the registry
    QString repository; // for error messages
    QUrl url; // absolute once the scheme is known; else a path relative to the registry
    QString scope; // token scope, e.g. repository:myrepo/mychart:pull
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    RegistryClient::Sink sink; // stream a successful body here instead of keeping it
    std::function<void()> restartSink;
    qint64 expectedSize = -1; // with a sink: the most the body may be
};

struct RegistryCall::Response
{
    int status = 0;
    QByteArray body;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

} // namespace charthouse
