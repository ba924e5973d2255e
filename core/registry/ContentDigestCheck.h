#pragma once

#include "core/common/Result.h"

#include <QCryptographicHash>

#include <memory>

namespace charthouse {

// The Docker-Content-Digest a registry sends with an answer: sha256 and sha512 are checked against the
// content (the body received, or the body sent for a PUT); any other algorithm is refused, never ignored.
class ContentDigestCheck
{
public:
    static Result<ContentDigestCheck> fromHeader(const QByteArray &header, const QString &host);

    void add(QByteArrayView data) { m_hash->addData(data); }
    // The content, all of it, matched the header's digest.
    bool matches() const;
    const QByteArray &claimed() const { return m_claimed; }

private:
    ContentDigestCheck(QByteArray claimed, QCryptographicHash::Algorithm algorithm);
    QByteArray m_claimed; // "sha256:…", as sent
    QByteArray m_hex;
    std::shared_ptr<QCryptographicHash> m_hash;
};

} // namespace charthouse
