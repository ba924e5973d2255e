#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace charthouse {

// What checking a chart's provenance (a Helm .prov) against a keyring found. Every outcome is a value the
// faces word themselves; only a keyring that cannot be read or a GnuPG that cannot run are Errors.
struct ProvenanceCheck
{
    enum class Outcome {
        Unsigned, // the chart has no provenance
        Verified, // the signature verifies with a key of the keyring and the archive's sha256 matches
        BadSignature, // a key of the keyring made the signature, but the signed text or the signature was
                      // changed
        UnknownKey, // no key of the keyring made the signature
        KeyExpired, // the signature is intact, but the key that made it has expired
        KeyRevoked, // the signature is intact, but its owner has revoked the key that made it
        SignatureExpired, // the signature is intact, but the expiry date it carries has passed
        ArchiveMismatch, // the signature verifies, but the archive is not the one it names
        Malformed, // not a provenance file Helm would read
    };

    Outcome outcome = Outcome::Unsigned;
    // Verified, ArchiveMismatch, KeyExpired, KeyRevoked, SignatureExpired: the signing key's user IDs
    // ("Name (comment) <email>") and primary key fingerprint (upper-case hex, as `helm verify` prints it),
    // and when the signature was made.
    QStringList signers;
    QString fingerprint;
    QDateTime created;
    // KeyExpired: when the key expired; SignatureExpired: when the signature did.
    QDateTime expired;
    // UnknownKey: the key ID (or fingerprint) the signature names.
    QString keyId;
    // The archive's file name the provenance's `files:` map was read under ("mychart-0.1.0.tgz").
    QString fileName;
    // Verified: the hash checked. ArchiveMismatch: what the provenance names and what the archive is.
    QString expectedSha256; // "sha256:<hex>"
    QString actualSha256;
    // BadSignature, Malformed: what is wrong, in GnuPG's or the parser's words (a detail, not the headline).
    QString why;

    bool verified() const { return outcome == Outcome::Verified; }
};

} // namespace charthouse
