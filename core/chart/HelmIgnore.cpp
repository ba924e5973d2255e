#include "core/chart/HelmIgnore.h"

namespace charthouse {

namespace {

// One character class "[...]" starting after '['; advances p past ']'. Returns false if malformed.
bool matchClass(QStringView pattern, qsizetype &p, QChar c, bool &matched)
{
    matched = false;
    bool negated = false;
    if (p < pattern.size() && pattern[p] == QLatin1Char('^')) {
        negated = true;
        ++p;
    }
    bool first = true;
    while (true) {
        if (p >= pattern.size())
            return false;
        if (pattern[p] == QLatin1Char(']') && !first) {
            ++p;
            break;
        }
        first = false;
        auto next = [&](QChar &out) {
            if (p >= pattern.size())
                return false;
            if (pattern[p] == QLatin1Char('\\')) {
                if (++p >= pattern.size())
                    return false;
            }
            out = pattern[p++];
            return true;
        };
        QChar lo, hi;
        if (!next(lo))
            return false;
        hi = lo;
        if (p + 1 < pattern.size() && pattern[p] == QLatin1Char('-') && pattern[p + 1] != QLatin1Char(']')) {
            ++p;
            if (!next(hi))
                return false;
        }
        if (lo <= c && c <= hi)
            matched = true;
    }
    if (negated)
        matched = !matched;
    return true;
}

// One pattern element that stands for one character ('?', a class, an escape or a literal) against c;
// advances p past it.
bool matchOne(QStringView pattern, qsizetype &p, QChar c)
{
    const QChar pc = pattern[p];
    if (pc == QLatin1Char('?')) {
        ++p;
        return c != QLatin1Char('/');
    }
    if (pc == QLatin1Char('[')) {
        ++p;
        bool matched = false;
        return matchClass(pattern, p, c, matched) && matched && c != QLatin1Char('/');
    }
    if (pc == QLatin1Char('\\') && ++p >= pattern.size())
        return false;
    return c == pattern[p++];
}

// Backtracks only to the last '*' seen: going further back never helps, because '*' stops at '/' and every
// other element matches exactly one character. Trying every split for every '*' was exponential
// ("*a*a*a*a*a*a*a*a*a*a*a*a*b" against a long run of a's never finished).
bool matchFrom(QStringView pattern, QStringView name)
{
    qsizetype p = 0;
    qsizetype n = 0;
    qsizetype starP = -1; // just after the last '*'
    qsizetype starN = 0; // where that '*' stopped taking characters
    while (p < pattern.size() || n < name.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = ++p;
            starN = n;
            continue;
        }
        qsizetype next = p;
        if (p < pattern.size() && n < name.size() && matchOne(pattern, next, name[n])) {
            p = next;
            ++n;
            continue;
        }
        if (starP < 0 || starN >= name.size() || name[starN] == QLatin1Char('/'))
            return false;
        p = starP;
        n = ++starN;
    }
    return true;
}

// filepath.Match reports ErrBadPattern for unterminated classes and trailing '\'.
bool wellFormed(QStringView pattern)
{
    for (qsizetype p = 0; p < pattern.size(); ++p) {
        if (pattern[p] == QLatin1Char('\\')) {
            if (++p >= pattern.size())
                return false;
        } else if (pattern[p] == QLatin1Char('[')) {
            ++p;
            bool matched = false;
            if (!matchClass(pattern, p, QLatin1Char('a'), matched))
                return false;
            --p;
        }
    }
    return true;
}

} // namespace

bool goPathMatch(QStringView pattern, QStringView name)
{
    return wellFormed(pattern) && matchFrom(pattern, name);
}

Result<void> HelmIgnore::add(QList<Rule> &rules, const QString &rawLine)
{
    QString line = rawLine.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
        return {};
    if (line.contains(QLatin1String("**")))
        return Error(Error::Code::InvalidInput, tr("double-star (**) syntax is not supported"));
    if (!wellFormed(line))
        return Error(Error::Code::InvalidInput, tr("syntax error in pattern \"%1\"").arg(line));
    Rule rule;
    if (line.startsWith(QLatin1Char('!'))) {
        rule.negate = true;
        line.remove(0, 1);
    }
    if (line.endsWith(QLatin1Char('/'))) {
        rule.dirOnly = true;
        line.chop(1);
    }
    if (line.startsWith(QLatin1Char('/'))) {
        rule.kind = Rule::Kind::Anchored;
        line.remove(0, 1);
    } else if (line.contains(QLatin1Char('/'))) {
        rule.kind = Rule::Kind::Path;
    }
    rule.pattern = line;
    rules.append(rule);
    return {};
}

Result<HelmIgnore> HelmIgnore::parse(const QByteArray &text, const QString &sourceName)
{
    HelmIgnore ignore;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (auto ok = add(ignore.m_rules, lines[i]); !ok)
            return Error(Error::Code::InvalidInput,
                tr("%1 line %2: %3").arg(sourceName).arg(i + 1).arg(ok.error().message()));
    }
    (void)add(ignore.m_rules, QStringLiteral("templates/.?*"));
    return ignore;
}

HelmIgnore HelmIgnore::defaults()
{
    return *parse({}, {});
}

bool HelmIgnore::matches(const Rule &rule, const QString &path)
{
    if (rule.kind == Rule::Kind::BaseName)
        return goPathMatch(rule.pattern, QStringView(path).mid(path.lastIndexOf(QLatin1Char('/')) + 1));
    return goPathMatch(rule.pattern, path);
}

bool HelmIgnore::ignored(const QString &path, bool isDir) const
{
    if (path.isEmpty() || path == QLatin1String(".") || path == QLatin1String("./"))
        return false;
    for (const Rule &rule : m_rules) {
        if (rule.negate) {
            // Helm: a negated rule ignores what it does not match, and files when it wants directories.
            if (rule.dirOnly && !isDir)
                return true;
            if (!matches(rule, path))
                return true;
            continue;
        }
        if (rule.dirOnly && !isDir)
            continue;
        if (matches(rule, path))
            return true;
    }
    return false;
}

} // namespace charthouse
