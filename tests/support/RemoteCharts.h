#pragma once

// Chart versions put straight into a real registry through the client (config, layers, manifest), so a test can
// make many versions, a provenance layer or a manifest that is no chart without packaging anything.
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"
#include "core/registry/RegistryClient.h"
#include "tests/support/RegistryCalls.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace charthouse::test {

struct RemoteChart
{
    QString version; // the chart's; the tag unless given
    bool provenance = false;
    QString configMediaType = QString::fromLatin1(MediaTypes::helmConfig);
    QString created = QStringLiteral("2026-01-02T03:04:05Z");
    QByteArray layer {}; // the chart layer's bytes; a short text naming the version unless given
};

// Pushes the chart under repository:tag; returns the manifest's bytes (empty on failure, with `why`).
inline QByteArray pushRemoteChart(
    RegistryClient &client, const Reference &repository, const QString &tag, const RemoteChart &chart, QString *why)
{
    const QByteArray config = QJsonDocument(QJsonObject {{QStringLiteral("apiVersion"), QStringLiteral("v2")},
                                                {QStringLiteral("name"), QStringLiteral("app")},
                                                {QStringLiteral("version"), chart.version},
                                                {QStringLiteral("appVersion"), QString(QStringLiteral("app-") + chart.version)},
                                                {QStringLiteral("description"), QString(QStringLiteral("App ") + chart.version)}})
                                  .toJson(QJsonDocument::Compact);
    QList<std::pair<Descriptor, QByteArray>> blobs;
    blobs.append({{chart.configMediaType, Digest::of(config), config.size(), {}, {}}, config});
    const QByteArray layer = chart.layer.isEmpty() ? QByteArray("chart layer of ") + chart.version.toUtf8() : chart.layer;
    blobs.append({{QString::fromLatin1(MediaTypes::chartLayer), Digest::of(layer), layer.size(), {}, {}}, layer});
    if (chart.provenance) {
        const QByteArray prov = QByteArray("-----BEGIN PGP SIGNED MESSAGE-----\n") + chart.version.toUtf8();
        blobs.append({{QString::fromLatin1(MediaTypes::provenance), Digest::of(prov), prov.size(), {}, {}}, prov});
    }
    for (const auto &[descriptor, data] : blobs) {
        auto sent = awaitCall<bool>([&, d = descriptor, bytes = data](auto done) {
            return client.uploadBlob(repository, d, bytes, done);
        });
        if (!sent) {
            *why = sent.error().message();
            return {};
        }
    }
    Manifest manifest;
    manifest.mediaType = QString::fromLatin1(MediaTypes::ociManifest);
    manifest.config = blobs.first().first;
    for (qsizetype i = 1; i < blobs.size(); ++i)
        manifest.layers.append(blobs.at(i).first);
    manifest.annotations.insert(QString::fromLatin1(Annotations::created), chart.created);
    const QByteArray bytes = manifest.toJson();
    auto put = awaitCall<Digest>([&](auto done) {
        return client.putManifest(repository.withTag(tag), QString::fromLatin1(MediaTypes::ociManifest), bytes, done);
    });
    if (!put) {
        *why = put.error().message();
        return {};
    }
    return bytes;
}

// The same with a client of its own, the tag as the chart's version: for a test's setup.
inline QByteArray pushRemoteChart(const Reference &repository, const QString &tag, QString *why)
{
    RegistryClient client;
    return pushRemoteChart(client, repository, tag, RemoteChart {QString(tag).replace(QLatin1Char('_'), QLatin1Char('+'))}, why);
}

} // namespace charthouse::test
