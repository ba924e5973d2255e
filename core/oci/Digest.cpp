#include "core/oci/Digest.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

#include <cstdlib>

namespace charthouse {

namespace {
// No clean-up of OpenSSL at exit: it freed the thread-local state of Qt pool threads still ending at the same
// moment (a double free ASan caught in `chart save`). The process's memory goes back to the system anyway.
const bool openSslWithoutExitCleanup = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
} // namespace

Result<Digest> Digest::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return Error(Error::Code::InvalidInput,
            tr("invalid digest \"%1\": expected algorithm:hex, e.g. sha256:…").arg(text));
    const QStringView algorithm = QStringView(text).left(colon);
    const QStringView hex = QStringView(text).mid(colon + 1);
    if (algorithm != QLatin1String("sha256"))
        return Error(Error::Code::InvalidInput,
            tr("unsupported digest algorithm \"%1\" in \"%2\" (only sha256 is supported)")
                .arg(algorithm.toString(), text));
    const bool wellFormed = hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (!wellFormed)
        return Error(Error::Code::InvalidInput,
            tr("invalid digest \"%1\": sha256 needs 64 lowercase hex digits").arg(text));
    return Digest(hex.toString());
}

Digest Digest::of(QByteArrayView data)
{
    unsigned char raw[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size()), raw);
    return fromRawSha256(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw));
}

struct Sha256Stream::State
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(context); }
};

namespace {

// Out of memory or a broken libcrypto: nothing sensible goes on from there.
void check(int ok)
{
    if (ok != 1)
        std::abort();
}

} // namespace

Sha256Stream::Sha256Stream() : m_state(std::make_unique<State>())
{
    if (!m_state->context)
        std::abort();
    check(EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr));
}

Sha256Stream::~Sha256Stream() = default;
Sha256Stream::Sha256Stream(Sha256Stream &&other) noexcept = default;
Sha256Stream &Sha256Stream::operator=(Sha256Stream &&other) noexcept = default;

void Sha256Stream::add(QByteArrayView data)
{
    check(EVP_DigestUpdate(m_state->context, data.data(), static_cast<size_t>(data.size())));
}

Digest Sha256Stream::result() const
{
    return resultAfter({});
}

Digest Sha256Stream::resultAfter(QByteArrayView rest) const
{
    State copy;
    check(EVP_MD_CTX_copy_ex(copy.context, m_state->context));
    check(EVP_DigestUpdate(copy.context, rest.data(), static_cast<size_t>(rest.size())));
    unsigned char raw[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    check(EVP_DigestFinal_ex(copy.context, raw, &length));
    return Digest::fromRawSha256(QByteArray(reinterpret_cast<const char *>(raw), static_cast<qsizetype>(length)));
}

Digest Digest::fromRawSha256(const QByteArray &raw)
{
    return Digest(QString::fromLatin1(raw.toHex()));
}

} // namespace charthouse
