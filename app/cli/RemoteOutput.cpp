#include "app/cli/RemoteOutput.h"

#include "app/cli/CliOutput.h"
#include "core/chart/PrintableText.h"
#include "core/common/Format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace charthouse::cli {

namespace {

QString cacheBadge(const RemoteVersion &v)
{
    if (!v.cached)
        return QStringLiteral("-");
    if (v.differs)
        return QStringLiteral("differs");
    return v.olderThanNewest ? QStringLiteral("cached, older") : QStringLiteral("cached");
}

} // namespace

QString versionsTableText(const QList<RemoteVersion> &versions, const QDateTime &now)
{
    QList<QStringList> rows {{QStringLiteral("TAG"), QStringLiteral("VERSION"), QStringLiteral("APP VERSION"),
        QStringLiteral("CREATED"), QStringLiteral("SIZE"), QStringLiteral("DIGEST"), QStringLiteral("CACHE"),
        QStringLiteral("DESCRIPTION")}};
    for (const RemoteVersion &v : versions) {
        // Everything but the tag comes from configs anyone could have pushed: no control character reaches
        // the terminal raw.
        const QString description
            = v.problem ? QStringLiteral("(%1)").arg(printable(v.problem->message())) : printable(v.description);
        rows.append({v.shownTag(), printable(v.version), printable(v.appVersion),
            v.created.isValid() ? formatHumanDuration(v.created.msecsTo(now)) : QStringLiteral("-"),
            v.size >= 0 ? formatBinarySize(v.size) : QStringLiteral("-"),
            v.digest.isValid() ? v.digest.shortHex() : QStringLiteral("-"), cacheBadge(v), description});
    }
    return tableText(rows);
}

QByteArray versionsJson(const QList<RemoteVersion> &versions)
{
    QJsonArray array;
    for (const RemoteVersion &v : versions) {
        QJsonObject o {{QStringLiteral("tag"), v.shownTag()}, {QStringLiteral("registryTag"), v.tag},
            {QStringLiteral("digest"), v.digest.isValid() ? v.digest.toString() : QString()},
            {QStringLiteral("name"), v.name}, {QStringLiteral("version"), v.version},
            {QStringLiteral("appVersion"), v.appVersion}, {QStringLiteral("description"), v.description},
            {QStringLiteral("created"),
                v.created.isValid() ? v.created.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("size"), v.size}, {QStringLiteral("provenance"), v.hasProvenance},
            {QStringLiteral("prerelease"), v.isPrerelease}, {QStringLiteral("cached"), v.cached},
            {QStringLiteral("differs"), v.differs}, {QStringLiteral("olderThanNewest"), v.olderThanNewest}};
        if (v.problem)
            o.insert(QStringLiteral("error"), v.problem->message());
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray repositoriesJson(const QString &host, const RepositoryListing &listing)
{
    const QJsonObject o {{QStringLiteral("registry"), host},
        {QStringLiteral("source"), listing.fromCatalog ? QStringLiteral("catalog") : QStringLiteral("local")},
        {QStringLiteral("repositories"), QJsonArray::fromStringList(listing.repositories)}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace charthouse::cli
