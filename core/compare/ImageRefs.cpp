#include "core/compare/ImageRefs.h"

#include "core/compare/KeyedDiff.h"
#include "core/compare/ValuesTree.h"
#include "core/compare/YamlTree.h"

namespace charthouse {

namespace {

constexpr auto imagesAnnotation = "artifacthub.io/images";

QString scalarIn(const QList<std::pair<QString, YAML::Node>> &entries, QLatin1String key)
{
    for (const auto &[name, value] : entries)
        if (name == key)
            return value.IsScalar() ? QString::fromStdString(value.Scalar()) : QString();
    return {};
}

QString scalarAt(const YAML::Node &map, const char *key)
{
    return scalarIn(mapEntries(map), QLatin1String(key));
}

void collectValueImages(const YAML::Node &node, const QString &path, QList<ImageRef> &out)
{
    if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            collectValueImages(node[i], itemPath(path, qsizetype(i)), out);
        return;
    }
    if (!node.IsMap())
        return;
    const QList<std::pair<QString, YAML::Node>> entries = mapEntries(node);
    if (const QString repository = scalarIn(entries, QLatin1String("repository")); !repository.isEmpty()) {
        QString image = repository;
        if (const QString registry = scalarIn(entries, QLatin1String("registry")); !registry.isEmpty())
            image = registry + QLatin1Char('/') + image;
        if (const QString tag = scalarIn(entries, QLatin1String("tag")); !tag.isEmpty())
            image += QLatin1Char(':') + tag;
        if (const QString digest = scalarIn(entries, QLatin1String("digest")); !digest.isEmpty())
            image += QLatin1Char('@') + digest;
        out.append({ImageRef::Source::Values, path, image});
    }
    for (const auto &[key, value] : entries) {
        const QString child = childPath(path, key);
        if (key == QLatin1String("image") && value.IsScalar()) {
            if (const QString image = QString::fromStdString(value.Scalar()); !image.isEmpty())
                out.append({ImageRef::Source::Values, child, image});
            continue;
        }
        collectValueImages(value, child, out);
    }
}

} // namespace

Result<QList<ImageRef>> imagesFromAnnotations(const QMap<QString, QString> &annotations)
{
    const auto text = annotations.constFind(QLatin1String(imagesAnnotation));
    if (text == annotations.constEnd())
        return QList<ImageRef> {};
    auto root = loadYamlTree(
        text->toUtf8(), QStringLiteral("Chart.yaml annotation %1").arg(QLatin1String(imagesAnnotation)));
    if (!root)
        return root.error();
    QList<ImageRef> images;
    if (!root->IsSequence())
        return images;
    for (const YAML::Node &entry : *root) {
        if (!entry.IsMap())
            continue;
        const QString image = scalarAt(entry, "image");
        const QString name = scalarAt(entry, "name");
        if (!image.isEmpty())
            images.append({ImageRef::Source::Annotation, name.isEmpty() ? image : name, image});
    }
    return images;
}

QList<ImageRef> imagesFromValueTree(const YAML::Node &root)
{
    QList<ImageRef> images;
    collectValueImages(root, QString(), images);
    return images;
}

Result<QList<ImageRef>> imagesFromValues(const QByteArray &valuesYaml, const QString &where)
{
    auto root = loadValuesTree(valuesYaml, where);
    if (!root)
        return root.error();
    return imagesFromValueTree(*root);
}

QList<ImageChange> diffImages(const QList<ImageRef> &oldImages, const QList<ImageRef> &newImages)
{
    QList<ImageChange> changes;
    diffByKey(
        oldImages, newImages,
        [](const ImageRef &ref) -> QString {
            return imageSourceName(ref.source) + QLatin1Char('\n') + ref.key;
        },
        [&changes](ChangeKind kind, const ImageRef *was, const ImageRef *now) {
            if (kind == ChangeKind::Changed && was->image == now->image)
                return;
            const ImageRef &either = was ? *was : *now;
            changes.append({kind, either.source, either.key, was ? was->image : QString(),
                now ? now->image : QString()});
        });
    return changes;
}

QString imageSourceName(ImageRef::Source source)
{
    return source == ImageRef::Source::Annotation ? QStringLiteral("annotation") : QStringLiteral("values");
}

} // namespace charthouse
