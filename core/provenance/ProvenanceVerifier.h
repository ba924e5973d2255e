#pragma once

#include "core/common/Result.h"
#include "core/provenance/ProvenanceCheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace charthouse {

// Checks a chart archive against its Helm provenance as `helm verify` does (Helm's pkg/provenance Verify):
// the clearsigned message must be signed by a key of the keyring, and its `files:` map must name the
// archive's file name with the archive's sha256. Blocking (GnuPG runs as a child process): call it off the
// GUI thread.
class ProvenanceVerifier
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::ProvenanceVerifier)
public:
    // keyringPath: a GnuPG keyring file with public keys (pubring.gpg, or `gpg --export [--armor]`), only
    // read.
    explicit ProvenanceVerifier(QString keyringPath) : m_keyringPath(std::move(keyringPath)) { }

    // archive: the chart .tgz (the chart layer); provenance: the .prov (empty: the chart is unsigned);
    // fileName: the archive's file name the provenance names ("mychart-0.1.0.tgz").
    // An Error only when the keyring cannot be read or GnuPG cannot run; everything about the chart is a
    // check.
    Result<ProvenanceCheck> verify(
        const QByteArray &archive, const QByteArray &provenance, const QString &fileName) const;

    static constexpr qint64 maxProvenanceSize = 1024 * 1024;

private:
    QString m_keyringPath;
};

} // namespace charthouse
