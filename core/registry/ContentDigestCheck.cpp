#include "core/registry/ContentDigestCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace charthouse {

ContentDigestCheck::ContentDigestCheck(QByteArray claimed, QCryptographicHash::Algorithm algorithm)
    : m_claimed(std::move(claimed)),
      m_hex(m_claimed.mid(m_claimed.indexOf(':') + 1)),
      m_hash(std::make_shared<QCryptographicHash>(algorithm))
{ }

Result<ContentDigestCheck> ContentDigestCheck::fromHeader(const QByteArray &header, const QString &host)
{
    const QByteArray claimed = header.trimmed();
    const qsizetype colon = claimed.indexOf(':');
    const QByteArray algorithm = colon > 0 ? claimed.left(colon) : QByteArray();
    const QByteArray hex = claimed.mid(colon + 1);
    static const QRegularExpression lowerHex(QStringLiteral("^[0-9a-f]+$"));
    const bool hexOk = lowerHex.match(QString::fromLatin1(hex)).hasMatch();
    if (algorithm == "sha256" && hex.size() == 64 && hexOk)
        return ContentDigestCheck(claimed, QCryptographicHash::Sha256);
    if (algorithm == "sha512" && hex.size() == 128 && hexOk)
        return ContentDigestCheck(claimed, QCryptographicHash::Sha512);
    QString shown = QString::fromLatin1(claimed.left(80));
    shown.removeIf([](QChar c) { return !c.isPrint(); });
    return Error(Error::Code::Corrupt,
        QCoreApplication::translate("charthouse::RegistryCall",
            "%1: the registry's Docker-Content-Digest \"%2\" is not a sha256 or sha512 digest; refusing the "
            "answer")
            .arg(host, shown));
}

bool ContentDigestCheck::matches() const
{
    return m_hash->result().toHex() == m_hex;
}

} // namespace charthouse
