#include "ui/SignatureText.h"

#include "ui/ErrorText.h"

#include <QLocale>

namespace charthouse {

namespace {

QString signer(const ProvenanceCheck &check)
{
    return check.signers.isEmpty() ? check.fingerprint : check.signers.join(QStringLiteral(", "));
}

QString date(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat)
                          : SignatureText::tr("an unknown date");
}

} // namespace

QString SignatureText::checking()
{
    return tr("Signature: checking…");
}

QString SignatureText::of(const ProvenanceCheck &check, const QString &keyring)
{
    using Outcome = ProvenanceCheck::Outcome;
    switch (check.outcome) {
    case Outcome::Unsigned: return tr("Signature: not signed");
    case Outcome::Verified:
        return tr("Signature: verified, signed by %1 (key %2); the archive's SHA-256 matches")
            .arg(signer(check), check.fingerprint);
    case Outcome::UnknownKey:
        return tr("Signature: signed with key %1, which is not in the keyring %2").arg(check.keyId, keyring);
    case Outcome::KeyExpired:
        return tr("Signature: signed by %1 (key %2), but the key expired on %3")
            .arg(signer(check), check.fingerprint, date(check.expired));
    case Outcome::KeyRevoked:
        return tr("Signature: signed by %1 (key %2), but its owner revoked the key; do not trust it")
            .arg(signer(check), check.fingerprint);
    case Outcome::SignatureExpired:
        return tr("Signature: signed by %1 (key %2), but the signature expired on %3")
            .arg(signer(check), check.fingerprint, date(check.expired));
    case Outcome::BadSignature:
        return tr("Signature: does not verify; the provenance was changed after signing (%1)").arg(check.why);
    case Outcome::ArchiveMismatch:
        return tr("Signature: the chart is not the archive that was signed (SHA-256 %1, signed %2)")
            .arg(check.actualSha256, check.expectedSha256);
    case Outcome::Malformed: return tr("Signature: the provenance cannot be read: %1").arg(check.why);
    }
    return {};
}

QString SignatureText::failed(const Error &error)
{
    return tr("Signature: cannot be checked: %1").arg(ErrorText::message(error));
}

} // namespace charthouse
