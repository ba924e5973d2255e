#pragma once

#include "core/common/Result.h"
#include "core/oci/Digest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace charthouse {

// An OCI content descriptor: what a blob is, its digest and its size.
struct Descriptor
{
    QString mediaType;
    Digest digest;
    qint64 size = 0;
    QMap<QString, QString> annotations;
    QStringList urls;

    // Go field order of ocispec.Descriptor: mediaType, digest, size, urls, annotations (both omitempty).
    QByteArray toJson() const;
    void appendJson(QByteArray &out) const; // the same, written at the end of out
    // `what` names the descriptor in errors ("manifest layer 1").
    static Result<Descriptor> fromJson(const QJsonObject &object, const QString &what);

    Q_DECLARE_TR_FUNCTIONS(charthouse::Descriptor)
};

} // namespace charthouse
