#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace charthouse {

// A Semantic Versioning 2.0.0 version: MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD].
class SemVer
{
public:
    // Strictly as the SemVer 2 specification writes it: three numbers without leading zeros.
    static std::optional<SemVer> parse(const QString &text);
    // As Helm reads a chart's version (Masterminds semver's NewVersion, the same in Helm 3.4.2 and 4.1.4): an
    // optional "v", MINOR and PATCH optional (0), leading zeros in the numbers allowed, but not in a numeric
    // pre-release identifier. "v1.2.3", "1.0" and "1" are versions; "1.2.3.4" and "1.2.3-01" are not.
    static std::optional<SemVer> parseAsHelm(const QString &text);

    // SemVer 2 precedence: numbers, then a pre-release sorts before the release; build metadata is ignored.
    int compare(const SemVer &other) const;
    const QString &text() const { return m_text; }
    bool isPrerelease() const { return !m_prerelease.isEmpty(); }

private:
    quint64 m_major = 0, m_minor = 0, m_patch = 0;
    QStringList m_prerelease;
    QString m_text;
};

} // namespace charthouse
