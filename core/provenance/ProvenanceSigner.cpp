#include "core/provenance/ProvenanceSigner.h"

#include "core/provenance/GpgSession.h"
#include "core/provenance/ProvenanceMessage.h"

namespace charthouse {

namespace {

struct PassphraseState
{
    const SigningKey *key = nullptr;
    bool asked = false;
    bool declined = false;
    bool wrong = false;
};

gpgme_error_t providePassphrase(void *hook, const char *uidHint, const char *, int previousWasBad, int fd)
{
    auto *state = static_cast<PassphraseState *>(hook);
    if (previousWasBad) {
        // One answer per signing: asking again would loop on a passphrase file.
        state->wrong = true;
        return gpg_error(GPG_ERR_CANCELED);
    }
    state->asked = true;
    // uidHint is "<long key id> <user id>".
    QString userId = QString::fromUtf8(uidHint ? uidHint : "");
    userId = userId.mid(userId.indexOf(QLatin1Char(' ')) + 1);
    const std::optional<QByteArray> passphrase
        = state->key->passphrase ? state->key->passphrase(userId) : std::nullopt;
    if (!passphrase) {
        state->declined = true;
        return gpg_error(GPG_ERR_CANCELED);
    }
    const QByteArray line = *passphrase + '\n';
    if (gpgme_io_writen(fd, line.constData(), static_cast<size_t>(line.size())) != 0)
        return gpg_error_from_syserror();
    return 0;
}

// As Helm's NewFromKeyring: a user ID equal to the name wins; else the one key with a user ID containing it.
// A fingerprint (or its tail, a key ID) names a key too.
Result<gpgme_key_t> findSecretKey(gpgme_ctx_t context, const SigningKey &key)
{
    if (gpgme_error_t e = gpgme_op_keylist_start(context, nullptr, 1); e != 0)
        return Error(Error::Code::Internal, GpgSession::describe(e));
    gpgme_key_t exact = nullptr;
    gpgme_key_t candidate = nullptr;
    bool vague = false;
    gpgme_key_t listed = nullptr;
    while (gpgme_op_keylist_next(context, &listed) == 0) {
        bool keep = false;
        const QString fingerprint = QString::fromLatin1(listed->fpr ? listed->fpr : "");
        const bool byFingerprint
            = key.name.size() >= 8 && fingerprint.endsWith(key.name, Qt::CaseInsensitive);
        for (gpgme_user_id_t uid = listed->uids; uid && !exact; uid = uid->next) {
            const QString text = QString::fromUtf8(uid->uid ? uid->uid : "");
            if (text == key.name || byFingerprint) {
                exact = listed;
                keep = true;
            } else if (text.contains(key.name) && candidate != listed) {
                vague = vague || candidate != nullptr;
                if (candidate)
                    gpgme_key_unref(candidate);
                candidate = listed;
                keep = true;
            }
        }
        if (!keep)
            gpgme_key_unref(listed);
    }
    gpgme_op_keylist_end(context);
    if (exact) {
        if (candidate && candidate != exact)
            gpgme_key_unref(candidate);
        return exact;
    }
    if (candidate && !vague)
        return candidate;
    if (candidate)
        gpgme_key_unref(candidate);
    if (vague)
        return Error(Error::Code::InvalidInput,
            ProvenanceSigner::tr("more than one key of %1 has a user ID containing \"%2\"")
                .arg(key.keyringPath, key.name));
    return Error(Error::Code::NotFound,
        ProvenanceSigner::tr("no secret key in %1 has a user ID containing \"%2\"")
            .arg(key.keyringPath, key.name));
}

} // namespace

Result<QByteArray> ProvenanceSigner::sign(
    const QByteArray &archive, const QString &fileName, const QByteArray &metadataYaml, const SigningKey &key)
{
    auto session = GpgSession::open();
    if (!session)
        return session.error();
    if (auto imported = (*session)->importKeyring(key.keyringPath); !imported)
        return imported.error();
    gpgme_ctx_t context = (*session)->context();
    auto signingKey = findSecretKey(context, key);
    if (!signingKey)
        return signingKey.error();
    gpgme_signers_add(context, *signingKey);
    gpgme_key_unref(*signingKey);

    PassphraseState state {&key};
    gpgme_set_armor(context, 1);
    gpgme_set_pinentry_mode(context, GPGME_PINENTRY_MODE_LOOPBACK);
    gpgme_set_passphrase_cb(context, providePassphrase, &state);
    GpgData message(ProvenanceMessage::build(archive, fileName, metadataYaml));
    GpgData signature;
    if (gpgme_error_t e = gpgme_op_sign(context, message.data, signature.data, GPGME_SIG_MODE_CLEAR);
        e != 0) {
        if (state.wrong || gpgme_err_code(e) == GPG_ERR_BAD_PASSPHRASE)
            return Error(
                Error::Code::Unauthorized, tr("the passphrase of the key \"%1\" is wrong").arg(key.name));
        if (state.declined)
            return Error(Error::Code::Unauthorized, tr("the key \"%1\" needs a passphrase").arg(key.name));
        return Error(Error::Code::Internal,
            tr("cannot sign with the key \"%1\": %2").arg(key.name, GpgSession::describe(e)));
    }
    return signature.take();
}

} // namespace charthouse
