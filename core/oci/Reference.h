#pragma once

#include "core/common/Result.h"
#include "core/oci/Digest.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace charthouse {

// A chart reference as Helm writes it: REGISTRY/REPOSITORY:TAG, optionally @DIGEST,
// e.g. localhost:5000/myrepo/mychart:2.7.0. The registry part is required (there is no default registry for
// charts); a tag or a digest is required.
class Reference
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::Reference)
public:
    Reference() = default;

    static Result<Reference> parse(const QString &text);
    // REGISTRY/REPOSITORY with neither tag nor digest (for listing a repository's tags).
    static Result<Reference> parseRepository(const QString &text);
    // A registry host as `registry login/logout` take it: HOST[:PORT], never a URL or user:password@host.
    static Result<QString> parseHost(const QString &text);
    // The text with any userinfo ("user:password@") replaced by ***, for messages and logs.
    static QString redacted(const QString &text);

    const QString &registry() const { return m_registry; } // host[:port]
    const QString &repository() const { return m_repository; } // myrepo/mychart
    const QString &tag() const { return m_tag; }
    const std::optional<Digest> &digest() const { return m_digest; }

    QString name() const { return m_registry + QLatin1Char('/') + m_repository; } // without tag and digest
    QString toString() const;
    Reference withTag(const QString &tag) const;
    // The tag as a registry knows it: '+' (which Helm 3.0–3.6 put in cached tags from chart versions, and the
    // distribution spec does not allow) written as '_', as Helm 3.8+ pushes and pulls "1.2.3+build.5".
    QString registryTag() const;
    // A tag of a reference: [A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}.
    static bool isValidTag(const QString &tag);

    friend bool operator==(const Reference &a, const Reference &b) { return a.toString() == b.toString(); }

private:
    QString m_registry;
    QString m_repository;
    QString m_tag;
    std::optional<Digest> m_digest;
};

} // namespace charthouse
