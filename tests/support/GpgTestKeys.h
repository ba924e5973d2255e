#pragma once

#include <QString>

namespace charthouse::test {

// An OpenPGP key made by the real gpg for a test, exported as Helm wants its keyrings.
struct GpgTestKey
{
    QString userId; // "Name <name@example.com>"
    QString fingerprint; // upper-case hex
    QString publicKeyring; // `gpg --export` (binary: Helm reads no armored keyring)
    QString secretKeyring; // `gpg --export-secret-keys`
};

// Generates an ed25519 signing key for `name` in a GnuPG home of its own under dir (passphrase: empty for
// none), exports both keyrings beside it, and stops the home's agent. Empty fingerprint and why on failure.
GpgTestKey makeGpgKey(const QString &dir, const QString &name, const QString &passphrase, QString *why);

} // namespace charthouse::test
