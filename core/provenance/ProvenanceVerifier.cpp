#include "core/provenance/ProvenanceVerifier.h"

#include "core/oci/Digest.h"
#include "core/provenance/GpgSession.h"
#include "core/provenance/ProvenanceMessage.h"

#include <optional>

namespace charthouse {

namespace {

ProvenanceCheck malformed(const QString &fileName, const QString &why)
{
    ProvenanceCheck check;
    check.outcome = ProvenanceCheck::Outcome::Malformed;
    check.fileName = fileName;
    check.why = why;
    return check;
}

quint32 crc24(const QByteArray &data)
{
    // RFC 4880 6.1.
    quint32 crc = 0xB704CEu;
    for (const char byte : data) {
        crc ^= static_cast<quint32>(static_cast<unsigned char>(byte)) << 16;
        for (int bit = 0; bit < 8; ++bit) {
            crc <<= 1;
            if (crc & 0x1000000u)
                crc ^= 0x1864CFBu;
        }
    }
    return crc & 0xFFFFFFu;
}

// Helm 3.8+ and 4 (ProtonMail go-crypto) write the signature's armor without its optional CRC line and
// without a final newline; GnuPG 2.2 then reads the END line as base64 and finds no signature. The checksum
// of the armored bytes is added (the signed text and the signature are left as they are).
QByteArray withArmorChecksum(QByteArray provenance)
{
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN PGP SIGNATURE-----");
    static const QByteArray end = QByteArrayLiteral("-----END PGP SIGNATURE-----");
    const qsizetype at = provenance.lastIndexOf(begin);
    const qsizetype endAt = provenance.lastIndexOf(end);
    if (at < 0 || endAt < at)
        return provenance;
    if (!provenance.endsWith('\n'))
        provenance += '\n';
    // The body starts after the armor headers' blank line.
    const qsizetype blank = provenance.indexOf("\n\n", at);
    if (blank < 0 || blank > endAt)
        return provenance;
    const QList<QByteArray> lines = provenance.mid(blank + 2, endAt - blank - 2).trimmed().split('\n');
    if (lines.isEmpty() || lines.last().trimmed().startsWith('='))
        return provenance;
    QByteArray body;
    for (const QByteArray &line : lines)
        body += line.trimmed();
    const quint32 crc = crc24(QByteArray::fromBase64(body));
    const char raw[3] = {static_cast<char>(crc >> 16), static_cast<char>(crc >> 8), static_cast<char>(crc)};
    const QByteArray checksum = '=' + QByteArray(raw, 3).toBase64() + '\n';
    provenance.insert(endAt, provenance.at(endAt - 1) == '\n' ? checksum : QByteArray('\n' + checksum));
    return provenance;
}

// The signing key's user IDs and primary fingerprint.
void describeSigner(gpgme_ctx_t context, gpgme_signature_t signature, ProvenanceCheck &check)
{
    check.created = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(signature->timestamp), Qt::UTC);
    check.fingerprint = QString::fromLatin1(signature->fpr).toUpper();
    gpgme_key_t key = nullptr;
    if (gpgme_get_key(context, signature->fpr, &key, 0) != 0 || !key)
        return;
    if (key->fpr)
        check.fingerprint = QString::fromLatin1(key->fpr).toUpper();
    for (gpgme_user_id_t uid = key->uids; uid; uid = uid->next)
        if (uid->uid)
            check.signers.append(QString::fromUtf8(uid->uid));
    gpgme_key_unref(key);
}

// A signature that is intact but no longer to be trusted: its key revoked or expired, or itself expired.
// GnuPG says so in the summary bits (and in the status for the first it found); revocation weighs most.
std::optional<ProvenanceCheck::Outcome> lapsed(gpgme_signature_t signature, QDateTime *when)
{
    const auto summary = signature->summary;
    const gpg_err_code_t status = gpgme_err_code(signature->status);
    if (status == GPG_ERR_BAD_SIGNATURE) // a changed text is told as such, whoever's key it was
        return std::nullopt;
    if ((summary & GPGME_SIGSUM_KEY_REVOKED) || status == GPG_ERR_CERT_REVOKED)
        return ProvenanceCheck::Outcome::KeyRevoked;
    if ((summary & GPGME_SIGSUM_KEY_EXPIRED) || status == GPG_ERR_KEY_EXPIRED)
        return ProvenanceCheck::Outcome::KeyExpired;
    if ((summary & GPGME_SIGSUM_SIG_EXPIRED) || status == GPG_ERR_SIG_EXPIRED) {
        *when = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(signature->exp_timestamp), Qt::UTC);
        return ProvenanceCheck::Outcome::SignatureExpired;
    }
    return std::nullopt;
}

// When the signing key expired (its signing subkey's date if a subkey signed, else the primary key's).
QDateTime keyExpiry(gpgme_ctx_t context, gpgme_signature_t signature)
{
    gpgme_key_t key = nullptr;
    if (gpgme_get_key(context, signature->fpr, &key, 0) != 0 || !key)
        return {};
    QDateTime expiry;
    for (gpgme_subkey_t subkey = key->subkeys; subkey; subkey = subkey->next)
        if (subkey->expires > 0 && (!expiry.isValid() || qstrcmp(subkey->fpr, signature->fpr) == 0))
            expiry = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(subkey->expires), Qt::UTC);
    gpgme_key_unref(key);
    return expiry;
}

} // namespace

Result<ProvenanceCheck> ProvenanceVerifier::verify(
    const QByteArray &archive, const QByteArray &provenance, const QString &fileName) const
{
    if (provenance.isEmpty()) {
        ProvenanceCheck unsigned_;
        unsigned_.fileName = fileName;
        return unsigned_;
    }
    if (provenance.size() > maxProvenanceSize)
        return malformed(fileName, tr("the provenance is larger than %1 KiB").arg(maxProvenanceSize / 1024));
    if (!provenance.contains("-----BEGIN PGP SIGNED MESSAGE-----"))
        return malformed(fileName, tr("signature block not found"));

    auto session = GpgSession::open();
    if (!session)
        return session.error();
    if (auto imported = (*session)->importKeyring(m_keyringPath); !imported)
        return imported.error();
    gpgme_ctx_t context = (*session)->context();

    GpgData signedText(withArmorChecksum(provenance));
    GpgData plain;
    if (gpgme_error_t e = gpgme_op_verify(context, signedText.data, nullptr, plain.data); e != 0)
        return malformed(fileName, GpgSession::describe(e));
    const gpgme_verify_result_t result = gpgme_op_verify_result(context);
    if (!result || !result->signatures)
        return malformed(fileName, tr("the provenance holds no signature"));

    ProvenanceCheck check;
    check.fileName = fileName;
    // Every signature must verify: one good signature does not excuse another that was tampered with.
    for (gpgme_signature_t signature = result->signatures; signature; signature = signature->next) {
        const gpg_err_code_t status = gpgme_err_code(signature->status);
        if (status == GPG_ERR_NO_PUBKEY) {
            check.outcome = ProvenanceCheck::Outcome::UnknownKey;
            check.keyId = QString::fromLatin1(signature->fpr).toUpper();
            return check;
        }
        if (const auto outcome = lapsed(signature, &check.expired)) {
            check.outcome = *outcome;
            describeSigner(context, signature, check);
            if (*outcome == ProvenanceCheck::Outcome::KeyExpired)
                check.expired = keyExpiry(context, signature);
            return check;
        }
        if (status != GPG_ERR_NO_ERROR) {
            check.outcome = ProvenanceCheck::Outcome::BadSignature;
            check.why = GpgSession::describe(signature->status);
            describeSigner(context, signature, check);
            return check;
        }
    }
    describeSigner(context, result->signatures, check);

    // The hashes are read from the text GnuPG verified, never from the file around it.
    const QByteArray message = plain.take();
    auto hashes = ProvenanceMessage::fileHashes(message);
    if (!hashes)
        return malformed(fileName, hashes.error().message());
    const auto named = hashes->constFind(fileName);
    if (named == hashes->constEnd())
        return malformed(fileName, tr("the provenance names no file %1").arg(fileName));
    check.expectedSha256 = *named;
    check.actualSha256 = Digest::of(archive).toString();
    check.outcome = check.expectedSha256 == check.actualSha256 ? ProvenanceCheck::Outcome::Verified
                                                               : ProvenanceCheck::Outcome::ArchiveMismatch;
    return check;
}

} // namespace charthouse
