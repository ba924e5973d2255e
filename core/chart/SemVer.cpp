#include "core/chart/SemVer.h"

#include <QRegularExpression>

namespace charthouse {

std::optional<SemVer> SemVer::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*))"
        R"((?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?)"
        R"((?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    SemVer v;
    bool ok1 = false, ok2 = false, ok3 = false;
    v.m_major = match.captured(1).toULongLong(&ok1);
    v.m_minor = match.captured(2).toULongLong(&ok2);
    v.m_patch = match.captured(3).toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3)
        return std::nullopt; // beyond 64 bits
    if (!match.captured(4).isEmpty())
        v.m_prerelease = match.captured(4).split(QLatin1Char('.'));
    v.m_text = text;
    return v;
}

std::optional<SemVer> SemVer::parseAsHelm(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?)"
        R"((-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?)"
        R"((\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    SemVer v;
    bool ok = false;
    v.m_major = match.captured(1).toULongLong(&ok);
    if (!ok)
        return std::nullopt; // beyond 64 bits, as strconv.ParseUint
    for (auto [group, part] : {std::pair {2, &v.m_minor}, std::pair {3, &v.m_patch}}) {
        const QString digits = match.captured(group).mid(1);
        if (digits.isEmpty())
            continue;
        *part = digits.toULongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    const QString prerelease = match.captured(5);
    if (!prerelease.isEmpty()) {
        v.m_prerelease = prerelease.split(QLatin1Char('.'));
        for (const QString &identifier : std::as_const(v.m_prerelease)) {
            bool numeric = false;
            identifier.toULongLong(&numeric);
            if (numeric && identifier.size() > 1 && identifier.startsWith(QLatin1Char('0')))
                return std::nullopt; // "Version segment starts with 0"
        }
    }
    v.m_text = text;
    return v;
}

int SemVer::compare(const SemVer &other) const
{
    auto cmp = [](auto a, auto b) { return a < b ? -1 : (a > b ? 1 : 0); };
    if (int c = cmp(m_major, other.m_major))
        return c;
    if (int c = cmp(m_minor, other.m_minor))
        return c;
    if (int c = cmp(m_patch, other.m_patch))
        return c;
    if (m_prerelease.isEmpty() || other.m_prerelease.isEmpty()) // a release sorts after its pre-releases
        return cmp(m_prerelease.isEmpty(), other.m_prerelease.isEmpty());
    for (qsizetype i = 0; i < qMin(m_prerelease.size(), other.m_prerelease.size()); ++i) {
        const QString &a = m_prerelease[i];
        const QString &b = other.m_prerelease[i];
        bool aNum = false, bNum = false;
        const quint64 an = a.toULongLong(&aNum);
        const quint64 bn = b.toULongLong(&bNum);
        int c = 0;
        if (aNum && bNum)
            c = cmp(an, bn);
        else if (aNum != bNum)
            c = aNum ? -1 : 1; // numeric identifiers sort before alphanumeric ones
        else
            c = cmp(QString::compare(a, b), 0);
        if (c)
            return c;
    }
    return cmp(m_prerelease.size(), other.m_prerelease.size());
}

} // namespace charthouse
