#include "core/compare/ChartComparer.h"

#include "core/compare/MetadataDiff.h"
#include "core/compare/ValuesTree.h"
#include "core/oci/Digest.h"

#include <QMap>
#include <QStringDecoder>

namespace charthouse {

namespace {

const QString chartYaml = QStringLiteral("Chart.yaml");
const QString valuesYaml = QStringLiteral("values.yaml");

const ChartFile *findFile(const ChartSource &chart, const QString &path)
{
    for (const ChartFile &file : chart.files)
        if (file.path == path)
            return &file;
    return nullptr;
}

bool isBinary(const QByteArray &data)
{
    if (data.contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    return decoder.hasError();
}

ManifestDiff diffManifests(const CachedChartManifest &a, const CachedChartManifest &b)
{
    auto digestFields = [](const CachedChartManifest &m) {
        QMap<QString, QString> fields;
        fields.insert(QStringLiteral("manifest digest"), m.descriptor.digest.toString());
        fields.insert(QStringLiteral("config digest"), m.manifest.config.digest.toString());
        if (const auto layer = m.manifest.chartLayer()) {
            fields.insert(QStringLiteral("layer digest"), layer->digest.toString());
            fields.insert(QStringLiteral("layer media type"), layer->mediaType);
            fields.insert(QStringLiteral("layer size"), QString::number(layer->size));
        }
        return fields;
    };
    auto same = [](const QString &name) { return name; };
    return {diffStringMaps(digestFields(a), digestFields(b), same),
        diffStringMaps(a.manifest.annotations, b.manifest.annotations, same)};
}

} // namespace

ChartComparer::ChartComparer(CompareParts parts, CompareLimits limits) : m_parts(parts), m_limits(limits) { }

Result<ChartDiff> ChartComparer::compare(
    const ChartSource &oldChart, const ChartSource &newChart, const std::atomic_bool *cancel) const
{
    ChartDiff diff;
    diff.oldLabel = oldChart.label;
    diff.newLabel = newChart.label;
    diff.parts = m_parts;
    if (m_parts.testFlag(ComparePart::Metadata)) {
        diff.metadata = diffMetadataFields(oldChart.metadata, newChart.metadata);
        diff.dependencies = diffDependencies(oldChart.metadata.dependencies, newChart.metadata.dependencies);
        const ChartFile *oldYaml = findFile(oldChart, chartYaml);
        const ChartFile *newYaml = findFile(newChart, chartYaml);
        diff.chartYamlText = diffLines(oldYaml ? QByteArrayView(oldYaml->data) : QByteArrayView(),
            newYaml ? QByteArrayView(newYaml->data) : QByteArrayView(), m_limits.context, m_limits.maxEdits);
    }
    if (m_parts & (ComparePart::Values | ComparePart::Images))
        if (auto ok = compareValuesAndImages(oldChart, newChart, diff); !ok)
            return ok.error();
    if (m_parts.testFlag(ComparePart::Files))
        if (auto ok = compareFiles(oldChart, newChart, diff, cancel); !ok)
            return ok.error();
    if (m_parts.testFlag(ComparePart::Manifest) && oldChart.cached && newChart.cached)
        diff.manifest = diffManifests(*oldChart.cached, *newChart.cached);
    return diff;
}

Result<void> ChartComparer::checkSize(const ChartFile &file, const QString &label) const
{
    if (file.data.size() <= m_limits.maxFileSize)
        return {};
    return Error(Error::Code::TooLarge,
        tr("%1/%2 is larger than %3 bytes: too large to compare")
            .arg(label, file.path)
            .arg(m_limits.maxFileSize));
}

Result<void> ChartComparer::compareValuesAndImages(
    const ChartSource &oldChart, const ChartSource &newChart, ChartDiff &diff) const
{
    // values.yaml is parsed once a side and serves both parts.
    QByteArray text[2];
    YAML::Node root[2];
    QList<ImageRef> images[2];
    const ChartSource *charts[2] = {&oldChart, &newChart};
    for (int side = 0; side < 2; ++side) {
        const QString where = charts[side]->label + QLatin1Char('/') + valuesYaml;
        if (const ChartFile *file = findFile(*charts[side], valuesYaml)) {
            if (auto ok = checkSize(*file, charts[side]->label); !ok)
                return ok;
            text[side] = file->data;
        }
        auto parsed = loadValuesTree(text[side], where);
        if (!parsed)
            return parsed.error();
        root[side] = *parsed;
        if (m_parts.testFlag(ComparePart::Images)) {
            auto annotated = imagesFromAnnotations(charts[side]->metadata.annotations);
            if (!annotated)
                return annotated.error().withContext(charts[side]->label);
            images[side] = *annotated + imagesFromValueTree(root[side]);
        }
    }
    if (m_parts.testFlag(ComparePart::Images))
        diff.images = diffImages(images[0], images[1]);
    if (!m_parts.testFlag(ComparePart::Values))
        return {};
    auto oldLeaves
        = flattenValueTree(root[0], oldChart.label + QLatin1Char('/') + valuesYaml, m_limits.maxValuesBytes);
    if (!oldLeaves)
        return oldLeaves.error();
    auto newLeaves
        = flattenValueTree(root[1], newChart.label + QLatin1Char('/') + valuesYaml, m_limits.maxValuesBytes);
    if (!newLeaves)
        return newLeaves.error();
    diff.values = diffValueLeaves(*oldLeaves, *newLeaves);
    diff.valuesText = diffLines(text[0], text[1], m_limits.context, m_limits.maxEdits);
    return {};
}

Result<void> ChartComparer::compareFiles(const ChartSource &oldChart, const ChartSource &newChart,
    ChartDiff &diff, const std::atomic_bool *cancel) const
{
    // Chart.yaml is compared field by field (Helm rewrites it when packaging), values.yaml by its own part.
    QMap<QString, std::pair<const ChartFile *, const ChartFile *>> byPath;
    for (const ChartFile &file : oldChart.files)
        byPath[file.path].first = &file;
    for (const ChartFile &file : newChart.files)
        byPath[file.path].second = &file;
    byPath.remove(chartYaml);
    byPath.remove(valuesYaml);
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it) {
        if (cancel && cancel->load())
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        const auto [oldFile, newFile] = it.value();
        for (const auto &[file, chart] : {std::pair {oldFile, &oldChart}, std::pair {newFile, &newChart}})
            if (file)
                if (auto ok = checkSize(*file, chart->label); !ok)
                    return ok;
        FileChange change;
        change.path = it.key();
        change.oldSize = oldFile ? oldFile->data.size() : -1;
        change.newSize = newFile ? newFile->data.size() : -1;
        if (!oldFile)
            change.kind = FileChange::Kind::Added;
        else if (!newFile)
            change.kind = FileChange::Kind::Removed;
        else if (oldFile->data == newFile->data)
            change.kind = FileChange::Kind::Unchanged;
        change.binary = (oldFile && isBinary(oldFile->data)) || (newFile && isBinary(newFile->data));
        if (change.binary) {
            change.oldSha256 = oldFile ? Digest::of(oldFile->data).hex() : QString();
            change.newSha256 = newFile ? Digest::of(newFile->data).hex() : QString();
        } else if (change.kind != FileChange::Kind::Unchanged) {
            change.text = diffLines(oldFile ? QByteArrayView(oldFile->data) : QByteArrayView(),
                newFile ? QByteArrayView(newFile->data) : QByteArrayView(), m_limits.context,
                m_limits.maxEdits);
        }
        diff.files.append(std::move(change));
    }
    return {};
}

bool ChartDiff::isEqual() const
{
    if (!metadata.isEmpty() || !dependencies.isEmpty() || !values.isEmpty() || !valuesText.isEmpty()
        || !images.isEmpty())
        return false;
    for (const FileChange &file : files)
        if (file.kind != FileChange::Kind::Unchanged)
            return false;
    return !manifest || (manifest->digests.isEmpty() && manifest->annotations.isEmpty());
}

QString ChartDiff::fileKindName(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Added: return QStringLiteral("added");
    case FileChange::Kind::Removed: return QStringLiteral("removed");
    case FileChange::Kind::Modified: return QStringLiteral("modified");
    case FileChange::Kind::Unchanged: break;
    }
    return QStringLiteral("unchanged");
}

QString ChartDiff::changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return QStringLiteral("added");
    case ChangeKind::Removed: return QStringLiteral("removed");
    case ChangeKind::Changed: break;
    }
    return QStringLiteral("changed");
}

} // namespace charthouse
