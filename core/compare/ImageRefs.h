#pragma once

#include "core/common/Result.h"
#include "core/compare/ValuesDiff.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace charthouse {

// A container image a chart names, and where: the `artifacthub.io/images` annotation (key: the entry's name)
// or values.yaml (key: the path of an `image:` string or of a map holding `repository:`).
struct ImageRef
{
    enum class Source { Annotation, Values };
    Source source;
    QString key;
    QString image;

    friend bool operator==(const ImageRef &, const ImageRef &) = default;
};

struct ImageChange
{
    ChangeKind kind;
    ImageRef::Source source;
    QString key;
    QString oldImage;
    QString newImage;

    friend bool operator==(const ImageChange &, const ImageChange &) = default;
};

// From `artifacthub.io/images` (a YAML list of {name, image}); no annotation gives none.
Result<QList<ImageRef>> imagesFromAnnotations(const QMap<QString, QString> &annotations);
// From values (a mapping): every non-empty `image:` string, and every map with a non-empty `repository:` as
// [registry/]repository[:tag][@digest].
Result<QList<ImageRef>> imagesFromValues(const QByteArray &valuesYaml, const QString &where);

// Matched by source and key.
QList<ImageChange> diffImages(const QList<ImageRef> &oldImages, const QList<ImageRef> &newImages);

QString imageSourceName(ImageRef::Source source); // "annotation", "values"

} // namespace charthouse
