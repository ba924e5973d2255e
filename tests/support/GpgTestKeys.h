#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace charthouse::test {

// An OpenPGP key made by the real gpg for a test, exported as Helm wants its keyrings.
struct GpgTestKey
{
    QString name; // its GnuPG home is <dir>/<name>-gnupg
    QString userId; // "Name <name@example.com>"
    QString fingerprint; // upper-case hex
    QString publicKeyring; // `gpg --export` (binary: Helm reads no armored keyring)
    QString secretKeyring; // `gpg --export-secret-keys`
};

// When a key is made and how long it lasts, in gpg's words: createdAt a --faked-system-time
// ("20200101T000000", empty: now), expiry as --quick-gen-key takes it ("never", "1d", "seconds=5").
struct GpgKeyAge
{
    QString createdAt;
    QString expiry = QStringLiteral("never");
};

// Generates an ed25519 signing key for `name` in a GnuPG home of its own under dir (passphrase: empty for
// none), exports both keyrings beside it, and stops the home's agent. Empty fingerprint and why on failure.
GpgTestKey makeGpgKey(const QString &dir, const QString &name, const QString &passphrase, QString *why,
    const GpgKeyAge &age = {});

// The two keys most signature tests want: Alice, who signs, and Mallory, whose keyring lacks her key (no
// passphrases). Returns why one was not made, or empty.
QString makeAliceAndMallory(const QString &dir, GpgTestKey *alice, GpgTestKey *mallory);

// Imports the revocation certificate gpg made with the key into its home and exports the public keyring
// again: key.publicKeyring then holds the revoked key. Returns why it failed, or empty.
QString revokeGpgKey(const QString &dir, const GpgTestKey &key);

// Clearsigns text with a key (no passphrase) as `gpg --clearsign --digest-algo SHA512` at signedAt (a
// --faked-system-time, empty: now) with a signature expiry (--default-sig-expire, "0": none): a Helm
// provenance made in the past. Empty on failure.
QByteArray clearsignAt(const QString &dir, const GpgTestKey &key, const QByteArray &text,
    const QString &signedAt, const QString &signatureExpiry = QStringLiteral("0"));

// makeGpgKey for each (name, passphrase) in order; returns why one failed, or empty when all were made.
QString makeGpgKeys(const QString &dir, const QList<std::pair<QString, QString>> &namesAndPassphrases,
    QList<GpgTestKey> *keys);

} // namespace charthouse::test
