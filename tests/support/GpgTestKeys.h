#pragma once

#include <QList>
#include <QString>

#include <utility>

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

// makeGpgKey for each (name, passphrase) in order; returns why one failed, or empty when all were made.
QString makeGpgKeys(const QString &dir, const QList<std::pair<QString, QString>> &namesAndPassphrases,
    QList<GpgTestKey> *keys);

} // namespace charthouse::test
