#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace charthouse {

// Asked for the passphrase of an encrypted secret key, with the key's user ID; nothing: the user gave none.
// May be called on any thread.
using PassphraseSource = std::function<std::optional<QByteArray>(const QString &userId)>;

// Which key signs, as `helm package --sign --key NAME --keyring FILE`.
struct SigningKey
{
    QString keyringPath; // a secret keyring (a GnuPG 1 secring.gpg, or `gpg --export-secret-keys [--armor]`)
    QString name; // a user ID, a unique part of one, or the key's fingerprint
    PassphraseSource passphrase;
};

// Writes a Helm provenance (.prov) for a chart archive, as Helm's pkg/provenance ClearSign: the metadata
// YAML,
// "...", the archive's sha256 under its file name, clearsigned with SHA-512. Blocking: call it off the GUI
// thread.
class ProvenanceSigner
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ProvenanceSigner)
public:
    static Result<QByteArray> sign(const QByteArray &archive, const QString &fileName,
        const QByteArray &metadataYaml, const SigningKey &key);
};

} // namespace charthouse
