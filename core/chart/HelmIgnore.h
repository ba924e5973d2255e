#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace charthouse {

// Go's path/filepath.Match on '/'-separated names: '*' and '?' never cross '/', [...] classes, '\' escapes.
// A malformed pattern matches nothing.
bool goPathMatch(QStringView pattern, QStringView name);

// .helmignore rules with the semantics of Helm's pkg/ignore, quirks included:
// - a pattern without '/' matches the base name, with '/' the whole path, a leading '/' anchors at the root;
// - a trailing '/' matches directories only; '**' is refused;
// - a '!' rule means "ignore everything this does not match" (Helm's negation, not gitignore's).
class HelmIgnore
{
    Q_DECLARE_TR_FUNCTIONS(charthouse::HelmIgnore)
public:
    // Parses a .helmignore and adds Helm's default rule `templates/.?*`.
    static Result<HelmIgnore> parse(const QByteArray &text, const QString &sourceName);
    static HelmIgnore defaults();

    // relativePath uses '/' and has no leading "./".
    bool ignored(const QString &relativePath, bool isDir) const;

private:
    struct Rule
    {
        QString pattern;
        bool negate = false;
        bool dirOnly = false;
        enum class Kind { BaseName, Path, Anchored } kind = Kind::BaseName;
    };
    static Result<void> add(QList<Rule> &rules, const QString &line);
    static bool matches(const Rule &rule, const QString &path);

    QList<Rule> m_rules;
};

} // namespace charthouse
