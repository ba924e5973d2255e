#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>

#include <memory>

namespace charthouse {

// A content digest "sha256:<64 lowercase hex>". Only sha256 is produced and accepted: it is what Helm,
// the OCI image layout and every registry we talk to use.
class Digest
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::Digest)
public:
    Digest() = default;

    static Result<Digest> parse(const QString &text);
    static Digest of(QByteArrayView data);
    static Digest fromRawSha256(const QByteArray &raw);

    bool isValid() const { return !m_hex.isEmpty(); }
    QString toString() const { return QStringLiteral("sha256:") + m_hex; }
    const QString &hex() const { return m_hex; }
    QString shortHex() const { return m_hex.left(7); } // what `helm chart list` shows

    friend bool operator==(const Digest &a, const Digest &b) { return a.m_hex == b.m_hex; }
    friend bool operator!=(const Digest &a, const Digest &b) { return !(a == b); }
    friend bool operator<(const Digest &a, const Digest &b) { return a.m_hex < b.m_hex; }

private:
    explicit Digest(QString hex) : m_hex(std::move(hex)) { }
    QString m_hex;
};

inline size_t qHash(const Digest &digest, size_t seed = 0)
{
    return qHash(digest.hex(), seed);
}

// Incremental sha256 for streamed data (pulls, large files). OpenSSL's, which uses the CPU's SHA instructions:
// Qt 6.4's own sha256 hashes ~110 MiB/s, and a pull hashes every byte it writes.
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(Sha256Stream &&other) noexcept;
    Sha256Stream &operator=(Sha256Stream &&other) noexcept;

    void add(QByteArrayView data);
    Digest result() const; // of everything added so far; adding may go on
    // Of everything added so far followed by rest, which is not added: one stream hashes a common beginning
    // once for several endings.
    Digest resultAfter(QByteArrayView rest) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace charthouse
