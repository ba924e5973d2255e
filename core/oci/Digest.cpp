#include "core/oci/Digest.h"

namespace charthouse {

Result<Digest> Digest::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return Error(Error::Code::InvalidInput,
            tr("invalid digest \"%1\": expected algorithm:hex, e.g. sha256:…").arg(text));
    const QStringView algorithm = QStringView(text).left(colon);
    const QStringView hex = QStringView(text).mid(colon + 1);
    if (algorithm != QLatin1String("sha256"))
        return Error(Error::Code::InvalidInput,
            tr("unsupported digest algorithm \"%1\" in \"%2\" (only sha256 is supported)")
                .arg(algorithm.toString(), text));
    const bool wellFormed = hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (!wellFormed)
        return Error(Error::Code::InvalidInput,
            tr("invalid digest \"%1\": sha256 needs 64 lowercase hex digits").arg(text));
    return Digest(hex.toString());
}

Digest Digest::of(QByteArrayView data)
{
    return fromRawSha256(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

Digest Digest::fromRawSha256(const QByteArray &raw)
{
    return Digest(QString::fromLatin1(raw.toHex()));
}

} // namespace charthouse
