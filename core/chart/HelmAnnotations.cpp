#include "core/chart/HelmAnnotations.h"

#include "core/oci/MediaTypes.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

namespace charthouse {

namespace {

// Go's unicode.IsSpace: the Latin-1 spaces, then the Unicode White_Space property.
bool goIsSpace(char32_t c)
{
    switch (c) {
    case U'\t':
    case U'\n':
    case U'\v':
    case U'\f':
    case U'\r':
    case U' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
    default: return c >= 0x2000 && c <= 0x200A;
    }
}

// The printable code points Unicode 15.0 added: Go has them (Go 1.21+ is on Unicode 15.0.0; Helm 4.1.4 is
// built with Go 1.25), Qt 6.4 (Unicode 14.0) sees them as unassigned. Found by pushing every code point with
// Helm 4 (tests/interop/test_helm_annotations_interop.cpp).
constexpr std::pair<char32_t, char32_t> printableSinceUnicode15[] = {{0x0CF3, 0x0CF3}, {0x0ECE, 0x0ECE},
    {0x10EFD, 0x10EFF}, {0x1123F, 0x11241}, {0x11B00, 0x11B09}, {0x11F00, 0x11F10}, {0x11F12, 0x11F3A},
    {0x11F3E, 0x11F59}, {0x1342F, 0x1342F}, {0x13440, 0x13455}, {0x1B132, 0x1B132}, {0x1B155, 0x1B155},
    {0x1D2C0, 0x1D2D3}, {0x1DF25, 0x1DF2A}, {0x1E030, 0x1E06D}, {0x1E08F, 0x1E08F}, {0x1E4D0, 0x1E4F9},
    {0x1F6DC, 0x1F6DC}, {0x1F774, 0x1F776}, {0x1F77B, 0x1F77F}, {0x1F7D9, 0x1F7D9}, {0x1FA75, 0x1FA77},
    {0x1FA87, 0x1FA88}, {0x1FAAD, 0x1FAAF}, {0x1FABB, 0x1FABD}, {0x1FABF, 0x1FABF}, {0x1FACE, 0x1FACF},
    {0x1FADA, 0x1FADB}, {0x1FAE8, 0x1FAE8}, {0x1FAF7, 0x1FAF8}, {0x2B739, 0x2B739}, {0x31350, 0x323AF}};

// Go's Unicode version in Qt's numbering: a Qt newer than 6.4 knows code points Go does not have yet.
constexpr int goUnicodeVersion = static_cast<int>(QChar::Unicode_14_0) + 1; // 15.0

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space, by Unicode 15.0.
bool goIsPrint(char32_t c)
{
    if (c == U' ')
        return true;
    if (static_cast<int>(QChar::unicodeVersion(c)) > goUnicodeVersion)
        return false; // assigned after Unicode 15.0: unassigned for Go
    if (QChar::category(c) == QChar::Other_NotAssigned)
        return std::any_of(std::cbegin(printableSinceUnicode15), std::cend(printableSinceUnicode15),
            [c](const auto &range) { return c >= range.first && c <= range.second; });
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other: return true;
    default: return false;
    }
}

// pkg/chart/v2/metadata.go sanitizeString: strings.Map(space → ' ', printable → itself, else dropped). A lone
// surrogate reads as U+FFFD, as invalid UTF-8 does in Go, and U+FFFD is printable.
QString goSanitizeString(const QString &text)
{
    std::u32string out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (goIsSpace(c))
            out.push_back(U' ');
        else if (goIsPrint(c))
            out.push_back(c);
    }
    return QString::fromUcs4(out.data(), qsizetype(out.size()));
}

void sanitizeList(QStringList &list)
{
    for (QString &item : list)
        item = goSanitizeString(item);
}

// strings.TrimSpace(value) != "": not only whitespace.
bool hasNonSpace(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(), [](char32_t c) { return !goIsSpace(c); });
}

// addToMap: the value goes in as it is, but only when it is more than whitespace.
void addToMap(QMap<QString, QString> &map, const char *key, const QString &value)
{
    if (hasNonSpace(value))
        map.insert(QString::fromLatin1(key), value);
}

// Go's time.Format(time.RFC3339): "2006-01-02T15:04:05Z07:00", the time in its own offset.
QString goRfc3339(const QDateTime &time)
{
    const QDateTime t = time.isValid() ? time : QDateTime::currentDateTimeUtc();
    const QDate date = t.date();
    const QTime clock = t.time();
    const auto two = [](int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    QString text = QStringLiteral("%1-%2-%3T%4:%5:%6")
                       .arg(QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0')), two(date.month()),
                           two(date.day()), two(clock.hour()), two(clock.minute()), two(clock.second()));
    const int offset = t.offsetFromUtc();
    if (offset == 0)
        return text + QLatin1Char('Z');
    const int minutes = qAbs(offset) / 60;
    return text + QLatin1Char(offset < 0 ? '-' : '+') + two(minutes / 60) + QLatin1Char(':')
        + two(minutes % 60);
}

} // namespace

ChartMetadata helmSanitized(const ChartMetadata &metadata)
{
    ChartMetadata md = metadata;
    for (QString *field : {&md.name, &md.description, &md.home, &md.icon, &md.condition, &md.tags,
             &md.appVersion, &md.kubeVersion})
        *field = goSanitizeString(*field);
    sanitizeList(md.sources);
    sanitizeList(md.keywords);
    for (ChartMaintainer &m : md.maintainers) {
        m.name = goSanitizeString(m.name);
        m.email = goSanitizeString(m.email);
        m.url = goSanitizeString(m.url);
    }
    for (ChartDependency &d : md.dependencies) {
        d.name = goSanitizeString(d.name);
        d.version = goSanitizeString(d.version);
        d.repository = goSanitizeString(d.repository);
        d.condition = goSanitizeString(d.condition);
        sanitizeList(d.tags);
    }
    return md;
}

QMap<QString, QString> helmManifestAnnotations(const ChartMetadata &metadata, const QDateTime &created)
{
    // Helm loads the chart (sanitizing) before it builds the map from it.
    const ChartMetadata md = helmSanitized(metadata);
    QMap<QString, QString> map;
    addToMap(map, Annotations::description, md.description);
    addToMap(map, Annotations::title, md.name);
    addToMap(map, Annotations::version, md.version);
    addToMap(map, Annotations::url, md.home);
    addToMap(map, Annotations::created, goRfc3339(created));
    if (!md.sources.isEmpty())
        addToMap(map, Annotations::source, md.sources.first());
    if (!md.maintainers.isEmpty()) {
        QString authors;
        for (qsizetype i = 0; i < md.maintainers.size(); ++i) {
            const ChartMaintainer &m = md.maintainers[i];
            authors += m.name;
            if (!m.email.isEmpty())
                authors += QStringLiteral(" (") + m.email + QLatin1Char(')');
            if (i < md.maintainers.size() - 1)
                authors += QStringLiteral(", ");
        }
        addToMap(map, Annotations::authors, authors);
    }
    // Chart.yaml's annotations, as written and even when empty, over Helm's own but for the immutable two.
    for (auto it = md.annotations.cbegin(); it != md.annotations.cend(); ++it) {
        if (it.key() == QLatin1String(Annotations::title) || it.key() == QLatin1String(Annotations::version))
            continue;
        map.insert(it.key(), it.value());
    }
    return map;
}

} // namespace charthouse
