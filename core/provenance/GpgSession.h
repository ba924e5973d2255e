#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <gpgme.h>

#include <memory>

namespace charthouse {

// A GPGME context on a private GnuPG home made for one operation and removed after it: the user's own GnuPG
// state is never read or changed, and the keyring the user names is only read (its keys are imported into
// the private home). Internal to core/provenance: no public header includes gpgme.h.
class GpgSession
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::GpgSession)
public:
    static Result<std::unique_ptr<GpgSession>> open();
    ~GpgSession();
    GpgSession(const GpgSession &) = delete;
    GpgSession &operator=(const GpgSession &) = delete;

    gpgme_ctx_t context() const { return m_context; }

    // Imports every key of a keyring file (binary or armored; public or secret keys). Secret keys start a
    // gpg-agent in the private home, which the destructor stops. The number of keys it holds.
    Result<int> importKeyring(const QString &path);

    // "gpgme: <what>: <GnuPG's reason>".
    static QString describe(gpgme_error_t error);

    static constexpr qint64 maxKeyringSize = 64 * 1024 * 1024;

private:
    GpgSession() = default;

    // In /tmp, not $TMPDIR: the agent's socket path must stay short (108 bytes) when /run/user is missing.
    QTemporaryDir m_home {QStringLiteral("/tmp/charthouse-gpg-XXXXXX")};
    gpgme_ctx_t m_context = nullptr;
    bool m_agentMayRun = false;
};

// gpgme_data_t from bytes (copied) and back, released by its owner.
struct GpgData
{
    gpgme_data_t data = nullptr;
    explicit GpgData(const QByteArray &bytes = {});
    ~GpgData();
    GpgData(const GpgData &) = delete;
    GpgData &operator=(const GpgData &) = delete;
    QByteArray take();
};

} // namespace charthouse
