#pragma once

// Charts of apiVersion v3 — the chart format Helm's main branch is adding — as a registry or a cache holds
// them: Helm 4's push writes the v2-shaped metadata JSON (apiVersion "v3" in it) as an ordinary Helm config
// blob. Header-only, for tests that link charthouse_core.

#include "core/cache/ChartCache.h"
#include "core/chart/ChartPackager.h"
#include "core/oci/Manifest.h"
#include "core/oci/MediaTypes.h"

#include <QtTest>

namespace charthouse::test {

// A v3 chart's files, Chart.yaml as Helm main's `helm create --chart-api-version v3` writes it, plus the
// fields a v3 chart shares with v2 (dependencies, annotations).
inline ChartFiles v3ChartFiles(const QString &name, const QString &version)
{
    const QByteArray chartYaml = "apiVersion: v3\nname: " + name.toUtf8()
        + "\ndescription: A Helm chart for Kubernetes\ntype: application\nversion: " + version.toUtf8()
        + "\nappVersion: \"1.16.0\"\nannotations:\n  category: Testing\ndependencies:\n  - name: common\n"
          "    version: 2.x.x\n    repository: oci://registry.example.com/charts\n";
    return {{QStringLiteral("Chart.yaml"), chartYaml}, {QStringLiteral("values.yaml"), "replicaCount: 1\n"},
        {QStringLiteral("templates/configmap.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n"}};
}

// Files as writeTree() and readTree() take them: path → bytes.
inline QMap<QString, QByteArray> asTree(const ChartFiles &files)
{
    QMap<QString, QByteArray> tree;
    for (const ChartFile &file : files)
        tree.insert(file.path, file.data);
    return tree;
}

// The config blob Helm 4's push writes for that chart: json.Marshal of its metadata.
inline QByteArray v3ChartConfig(const QString &name, const QString &version, const QString &apiVersion = {})
{
    return "{\"name\":\"" + name.toUtf8() + "\",\"version\":\"" + version.toUtf8()
        + "\",\"description\":\"A Helm chart for Kubernetes\",\"apiVersion\":\""
        + (apiVersion.isEmpty() ? QByteArray("v3") : apiVersion.toUtf8())
        + "\",\"appVersion\":\"1.16.0\",\"annotations\":{\"category\":\"Testing\"},\"dependencies\":[{"
          "\"name\":"
          "\"common\",\"version\":\"2.x.x\",\"repository\":\"oci://registry.example.com/charts\"}],\"type\":"
          "\"application\"}";
}

// Config, chart layer and manifest of one chart, as a registry serves them.
struct ChartBlobs
{
    QByteArray config;
    QByteArray layer;
    QByteArray manifest;
    Descriptor manifestDescriptor() const
    {
        return {QString::fromLatin1(MediaTypes::ociManifest), Digest::of(manifest), manifest.size(), {}, {}};
    }
};

inline ChartBlobs chartBlobs(const QString &name, const QByteArray &config, const ChartFiles &files)
{
    ChartBlobs blobs;
    blobs.config = config;
    auto layer = ChartPackager::package(name, files);
    if (!layer)
        qFatal("%s", qPrintable(layer.error().message()));
    blobs.layer = *layer;
    Manifest manifest;
    manifest.mediaType = QString::fromLatin1(MediaTypes::ociManifest);
    manifest.config = {
        QString::fromLatin1(MediaTypes::helmConfig), Digest::of(blobs.config), blobs.config.size(), {}, {}};
    manifest.layers = {
        {QString::fromLatin1(MediaTypes::chartLayer), Digest::of(blobs.layer), blobs.layer.size(), {}, {}}};
    blobs.manifest = manifest.toJson();
    return blobs;
}

// Puts the blobs into a cache under ref, as a pull would.
inline void commitToCache(ChartCache &cache, const QString &ref, const ChartBlobs &blobs)
{
    if (auto layout = cache.ensureLayout(); !layout)
        qFatal("%s", qPrintable(layout.error().message()));
    std::vector<StagedBlob> staged;
    for (const QByteArray *blob : {&blobs.config, &blobs.layer, &blobs.manifest}) {
        auto s = cache.stageBlob(*blob);
        if (!s)
            qFatal("%s", qPrintable(s.error().message()));
        staged.push_back(std::move(*s));
    }
    auto tagged = cache.commitTag(*Reference::parse(ref), std::move(staged), blobs.manifestDescriptor());
    if (!tagged)
        qFatal("%s", qPrintable(tagged.error().message()));
}

} // namespace charthouse::test
