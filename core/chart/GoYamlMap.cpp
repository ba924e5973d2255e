#include "core/chart/GoYamlMap.h"

#include "core/chart/ChartMetadata.h"
#include "core/chart/PrintableText.h"

#include <QCoreApplication>
#include <QMap>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <cctype>
#include <cstring>
#include <sstream>

namespace charthouse {

namespace {

const char binaryTag[] = "tag:yaml.org,2002:binary";
const char stringTag[] = "tag:yaml.org,2002:str";

Error invalid(const QString &where, const QString &why)
{
    return Error(Error::Code::InvalidInput, QStringLiteral("%1: %2").arg(printable(where), why));
}

// Resolved by go-yaml (bool, int, float, null) rather than taken as written.
bool isPlain(const YAML::Node &node)
{
    return node.Tag() != "!" && node.Tag() != stringTag && node.Tag() != binaryTag;
}

bool isMergeKey(const YAML::Node &key)
{
    return key.IsScalar() && key.Tag() == "?" && key.Scalar() == "<<";
}

Result<QString> jsonKey(const YAML::Node &key, const QString &source)
{
    if (!key.IsScalar() && !key.IsNull())
        return invalid(goYamlWhere(source, key),
            QCoreApplication::translate("charthouse::ChartMetadata", "a list or a map can't be a key"));
    if (key.IsNull() || (isPlain(key) && key.Scalar().empty()))
        return invalid(goYamlWhere(source, key),
            QCoreApplication::translate("charthouse::ChartMetadata", "a key must not be empty or null"));
    return goYamlStringValue(key);
}

// Members into `out`, each key replacing what an earlier one (or an earlier merge) set.
Result<void> collect(const YAML::Node &map, const QString &source, QMap<QByteArray, GoYamlMember> &out)
{
    for (const auto &pair : map) {
        if (isMergeKey(pair.first)) {
            const YAML::Node &merged = pair.second;
            QList<YAML::Node> maps;
            if (merged.IsSequence())
                for (const YAML::Node &item : merged)
                    maps.prepend(item); // earlier maps in the list take precedence: they go last
            else
                maps.append(merged);
            for (const YAML::Node &m : std::as_const(maps))
                if (!m.IsMap())
                    return invalid(goYamlWhere(source, merged),
                        QCoreApplication::translate("charthouse::ChartMetadata",
                            "a merge (<<) needs a map or a list of maps as its value"));
            for (const YAML::Node &m : std::as_const(maps))
                if (auto ok = collect(m, source, out); !ok)
                    return ok;
            continue;
        }
        auto key = jsonKey(pair.first, source);
        if (!key)
            return key.error();
        out.insert(key->toUtf8(), {*key, pair.second});
    }
    return {};
}

bool isInfOrNan(const YAML::Node &node)
{
    if (!node.IsScalar() || !isPlain(node))
        return false;
    const QString text = QString::fromStdString(node.Scalar());
    const QString value = goYamlPlainScalarAsString(text);
    return value != text
        && (value == QLatin1String("+Inf") || value == QLatin1String("-Inf")
            || value == QLatin1String("NaN"));
}

// Where yaml-cpp and go-yaml read the same text differently, found in the text at each scalar of the first
// document: yaml-cpp ends a quoted scalar that has no closing quote at the end of the file and reads on,
// where go-yaml refuses it ("found unexpected end of stream"); and yaml-cpp folds the first of the empty
// lines that end a `>+` scalar, which keep chomping keeps ("a\n\n\n" read as "a\n\n").
class YamlCppDifferences : public YAML::EventHandler
{
public:
    explicit YamlCppDifferences(const std::string &text, GoYamlFixes &fixes)
        : m_text(text), m_fixes(fixes) { }

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(
        const YAML::Mark &mark, const std::string &, YAML::anchor_t, const std::string &value) override
    {
        if (m_fixes.unclosedQuoteLine || mark.pos < 0 || size_t(mark.pos) >= m_text.size())
            return;
        // The mark is where the node starts: past its anchor and tag, if any, to the scalar itself.
        size_t start = size_t(mark.pos);
        while (start < m_text.size() && (m_text[start] == '&' || m_text[start] == '!')) {
            while (start < m_text.size() && !std::isspace(static_cast<unsigned char>(m_text[start])))
                ++start;
            while (start < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[start])))
                ++start;
        }
        if (start >= m_text.size())
            return;
        const char first = m_text[start];
        if (first == '"' || first == '\'') {
            if (!closed(start))
                m_fixes.unclosedQuoteLine = mark.line;
        } else if (first == '>' && !value.empty() && value.back() == '\n' && keptEmptyLines(start) > 0) {
            m_fixes.scalars[mark.pos] = value + '\n';
        }
    }
    void OnSequenceStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnSequenceEnd() override { }
    void OnMapStart(
        const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    { }
    void OnMapEnd() override { }

private:
    bool closed(size_t start) const
    {
        const char quote = m_text[start];
        for (size_t i = start + 1; i < m_text.size(); ++i) {
            if (quote == '"' && m_text[i] == '\\') {
                ++i;
            } else if (m_text[i] == quote) {
                if (quote == '\'' && i + 1 < m_text.size() && m_text[i + 1] == '\'') {
                    ++i; // '' is a quote inside single quotes
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    // For a block scalar with the keep indicator (+) in its header: the empty lines that end it.
    int keptEmptyLines(size_t start) const
    {
        size_t p = start + 1;
        bool keep = false;
        while (p < m_text.size() && std::strchr("+-0123456789", m_text[p]) && m_text[p] != '\0')
            keep = keep || m_text[p++] == '+';
        if (!keep)
            return 0;
        p = m_text.find('\n', p);
        int indent = -1;
        int empty = 0;
        while (p != std::string::npos && ++p < m_text.size()) {
            size_t end = m_text.find('\n', p);
            std::string line = m_text.substr(p, end == std::string::npos ? std::string::npos : end - p);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            const int spaces = int(
                line.find_first_not_of(' ') == std::string::npos ? line.size() : line.find_first_not_of(' '));
            if (spaces == int(line.size()) && (indent < 0 || spaces <= indent)) {
                ++empty;
            } else {
                if (indent < 0)
                    indent = spaces;
                if (spaces < indent)
                    break;
                empty = 0;
            }
            p = end;
        }
        return empty;
    }

    const std::string &m_text;
    GoYamlFixes &m_fixes;
};

void applyFixes(YAML::Node node, const std::map<qint64, std::string> &scalars)
{
    if (node.IsScalar()) {
        const auto it = scalars.find(node.Mark().pos);
        if (it != scalars.end() && node.Scalar() != it->second)
            node = it->second; // in place: an alias to it sees the same node
    } else if (node.IsSequence()) {
        for (YAML::Node item : node)
            applyFixes(item, scalars);
    } else if (node.IsMap()) {
        for (auto pair : node)
            applyFixes(pair.second, scalars);
    }
}

} // namespace

GoYamlFixes goYamlFixes(const QByteArray &yaml)
{
    // Marks count from after a byte order mark.
    const std::string text = (yaml.startsWith("\xEF\xBB\xBF") ? yaml.mid(3) : yaml).toStdString();
    std::istringstream in(text);
    YAML::Parser parser(in);
    GoYamlFixes fixes;
    YamlCppDifferences finder(text, fixes);
    parser.HandleNextDocument(finder);
    return fixes;
}

void applyGoYamlFixes(YAML::Node &root, const GoYamlFixes &fixes)
{
    if (!fixes.scalars.empty())
        applyFixes(root, fixes.scalars);
}

QString goYamlWhere(const QString &source, const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? source
                          : QCoreApplication::translate("charthouse::ChartMetadata", "%1 line %2")
                                .arg(source)
                                .arg(mark.line + 1);
}

Result<QList<GoYamlMember>> goYamlMembers(const YAML::Node &map, const QString &source)
{
    QMap<QByteArray, GoYamlMember> members;
    if (auto ok = collect(map, source, members); !ok)
        return ok.error();
    return members.values();
}

namespace {

// Deeper than yaml-cpp's own reader guard (500): only aliases reach it, each repeating what it names.
constexpr int maxUntypedDepth = 500;

Result<void> checkUntyped(const YAML::Node &node, const QString &source, int depth)
{
    if (depth > maxUntypedDepth)
        return invalid(goYamlWhere(source, node),
            QCoreApplication::translate("charthouse::ChartMetadata",
                "lists and maps nested more than %1 levels deep; Charthouse's YAML reader stops there")
                .arg(maxUntypedDepth));
    if (isInfOrNan(node))
        return invalid(goYamlWhere(source, node),
            QCoreApplication::translate(
                "charthouse::ChartMetadata", "%1 is a number JSON can't hold; quote it")
                .arg(printable(QString::fromStdString(node.Scalar()))));
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            if (auto ok = checkUntyped(item, source, depth + 1); !ok)
                return ok;
    } else if (node.IsMap()) {
        auto members = goYamlMembers(node, source);
        if (!members)
            return members.error();
        for (const GoYamlMember &m : std::as_const(*members))
            if (auto ok = checkUntyped(m.value, source, depth + 1); !ok)
                return ok;
    }
    return {};
}

} // namespace

Result<void> checkUntypedGoYaml(const YAML::Node &node, const QString &source)
{
    return checkUntyped(node, source, 0);
}

QString goYamlStringValue(const YAML::Node &scalar)
{
    const QString text = QString::fromStdString(scalar.Scalar());
    if (scalar.Tag() == binaryTag)
        return QString::fromUtf8(QByteArray::fromBase64(text.toLatin1()));
    if (!isPlain(scalar))
        return text;
    return goYamlPlainScalarAsString(text);
}

QString goYamlBoolValue(const YAML::Node &scalar)
{
    if (!scalar.IsScalar() || !isPlain(scalar))
        return {};
    const QString text = QString::fromStdString(scalar.Scalar());
    const QString value = goYamlPlainScalarAsString(text);
    if (value == QLatin1String("true") || value == QLatin1String("false"))
        return value;
    return {};
}

QString goYamlReaderProblem(const QByteArray &yaml, int *line)
{
    *line = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(yaml.constData());
    const auto *end = p + yaml.size();
    while (p < end) {
        const unsigned char lead = *p;
        int width = lead < 0x80     ? 1
            : (lead & 0xE0) == 0xC0 ? 2
            : (lead & 0xF0) == 0xE0 ? 3
            : (lead & 0xF8) == 0xF0 ? 4
                                    : 0;
        if (width == 0)
            return QCoreApplication::translate(
                "charthouse::ChartMetadata", "not UTF-8 (an invalid leading byte 0x%1)")
                .arg(lead, 2, 16, QLatin1Char('0'));
        if (end - p < width)
            return QCoreApplication::translate(
                "charthouse::ChartMetadata", "not UTF-8 (a character cut short at the end)");
        char32_t value = width == 1 ? lead : lead & (0x7F >> width);
        for (int i = 1; i < width; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return QCoreApplication::translate(
                    "charthouse::ChartMetadata", "not UTF-8 (an invalid continuation byte 0x%1)")
                    .arg(p[i], 2, 16, QLatin1Char('0'));
            value = (value << 6) | (p[i] & 0x3F);
        }
        const bool overlong = (width == 2 && value < 0x80) || (width == 3 && value < 0x800)
            || (width == 4 && value < 0x10000);
        if (overlong || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            return QCoreApplication::translate(
                "charthouse::ChartMetadata", "not UTF-8 (an invalid byte sequence)");
        const bool allowed = value == 0x09 || value == 0x0A || value == 0x0D
            || (value >= 0x20 && value <= 0x7E) || value == 0x85 || (value >= 0xA0 && value <= 0xD7FF)
            || (value >= 0xE000 && value <= 0xFFFD) || value >= 0x10000;
        if (!allowed)
            return QCoreApplication::translate("charthouse::ChartMetadata",
                "control character U+%1 is not allowed in YAML; write it as an escape in double quotes")
                .arg(QString::number(uint(value), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        if (value == 0x0A)
            ++*line;
        p += width;
    }
    return {};
}

} // namespace charthouse
