#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace charthouse {

// A strict Semantic Versioning 2.0.0 version: MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD], no leading zeros.
class SemVer
{
public:
    static std::optional<SemVer> parse(const QString &text);

    // SemVer 2 precedence: numbers, then a pre-release sorts before the release; build metadata is ignored.
    int compare(const SemVer &other) const;
    const QString &text() const { return m_text; }

private:
    quint64 m_major = 0, m_minor = 0, m_patch = 0;
    QStringList m_prerelease;
    QString m_text;
};

} // namespace charthouse
