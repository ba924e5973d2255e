#include "core/chart/YamlAliasCheck.h"

#include "core/chart/PrintableText.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <limits>
#include <sstream>
#include <vector>

namespace charthouse {

namespace {

constexpr quint64 countMax = std::numeric_limits<quint64>::max();

// A bomb's expanded size overflows any integer; saturating keeps the verdict right (the ratio is then ~1).
quint64 saturatingAdd(quint64 a, quint64 b)
{
    return a > countMax - b ? countMax : a + b;
}

// go-yaml v2's allowedAliasRatio: 99% of the decoded nodes may come from aliases up to 400,000 nodes, falling
// linearly to 10% at 4,000,000.
double allowedAliasRatio(quint64 decodes)
{
    constexpr quint64 low = 400'000;
    constexpr quint64 high = 4'000'000;
    if (decodes <= low)
        return 0.99;
    if (decodes >= high)
        return 0.10;
    return 0.99 - 0.89 * (double(decodes - low) / double(high - low));
}

// Thrown out of the event handler to stop the parse at the node that tips the balance.
struct Refusal
{
    YAML::Mark mark;
    QString why;
};

// Replays go-yaml's decoder counters without expanding anything. go-yaml counts every node it decodes
// (decodeCount) and every node decoded below an alias (aliasCount), and fails once aliasCount > 100,
// decodeCount > 1000 and aliasCount/decodeCount > allowedAliasRatio(decodeCount). An alias is one node plus
// its anchor's content decoded again, so recording each anchor's expanded size is enough. Checking after each
// node and after each whole alias expansion finds the same verdict as checking inside the expansion: while an
// alias expands, the ratio only rises and the allowed ratio only falls.
class AliasCounter : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override
    {
        m_decodes = 1;
    } // go-yaml decodes the document node too
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor, false); }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        const std::string &value) override
    {
        // go-yaml's isMerge: "<<" unquoted and untagged, or tagged !!merge.
        leaf(mark, anchor, value == "<<" && (tag == "?" || tag == "tag:yaml.org,2002:merge"));
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override
    {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override
    {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }
    void OnAnchor(const YAML::Mark &, const std::string &name) override { m_pendingName = name; }

private:
    struct Frame
    {
        YAML::anchor_t anchor;
        quint64 size; // nodes go-yaml decodes for this node when it is reached through an alias
        bool isMap;
        bool mergeSequence; // the value of "<<": go-yaml decodes its items, not the sequence itself
        quint64 children = 0;
        bool mergeValueNext = false;
    };
    enum class Place { Plain, MergeKey, MergeValue };

    Place place(bool mergeKeyText);
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor, bool mergeKeyText);
    void open(const YAML::Mark &mark, YAML::anchor_t anchor, bool isMap);
    void close();
    void name(YAML::anchor_t anchor);
    void addToParent(quint64 nodes);
    void decoded(const YAML::Mark &mark, quint64 nodes, quint64 fromAliases);

    std::vector<Frame> m_open;
    QHash<YAML::anchor_t, quint64> m_sizes;
    QHash<YAML::anchor_t, QString> m_names;
    std::string m_pendingName;
    quint64 m_decodes = 0;
    quint64 m_aliases = 0;
    YAML::anchor_t m_lastAlias = YAML::NullAnchor;
};

AliasCounter::Place AliasCounter::place(bool mergeKeyText)
{
    if (m_open.empty())
        return Place::Plain;
    Frame &parent = m_open.back();
    const bool isKey = parent.isMap && parent.children % 2 == 0;
    ++parent.children;
    if (isKey) {
        parent.mergeValueNext = mergeKeyText;
        return mergeKeyText ? Place::MergeKey : Place::Plain;
    }
    if (parent.mergeValueNext) {
        parent.mergeValueNext = false;
        return Place::MergeValue;
    }
    return Place::Plain;
}

void AliasCounter::name(YAML::anchor_t anchor)
{
    if (anchor != YAML::NullAnchor)
        m_names.insert(anchor, QString::fromStdString(m_pendingName));
    m_pendingName.clear();
}

void AliasCounter::leaf(const YAML::Mark &mark, YAML::anchor_t anchor, bool mergeKeyText)
{
    const Place at = place(mergeKeyText);
    name(anchor);
    if (anchor != YAML::NullAnchor)
        m_sizes.insert(anchor, 1);
    if (at == Place::MergeKey)
        return; // go-yaml merges without decoding the "<<" key
    addToParent(1);
    decoded(mark, 1, 0);
}

void AliasCounter::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    place(false);
    for (const Frame &frame : m_open) {
        if (frame.anchor == anchor)
            throw Refusal {mark,
                QCoreApplication::translate(
                    "charthouse::ChartMetadata", "the anchor \"%1\" contains itself (*%1)")
                    .arg(printable(m_names.value(anchor)))};
    }
    const quint64 target = m_sizes.value(anchor, 1);
    const quint64 size = saturatingAdd(1, target);
    addToParent(size);
    m_lastAlias = anchor;
    decoded(mark, size, target);
}

void AliasCounter::open(const YAML::Mark &mark, YAML::anchor_t anchor, bool isMap)
{
    const Place at = place(false);
    name(anchor);
    m_open.push_back({anchor, 1, isMap, at == Place::MergeValue && !isMap});
    if (!m_open.back().mergeSequence)
        decoded(mark, 1, 0);
}

void AliasCounter::close()
{
    const Frame frame = m_open.back();
    m_open.pop_back();
    if (frame.anchor != YAML::NullAnchor)
        m_sizes.insert(frame.anchor, frame.size);
    addToParent(frame.mergeSequence ? frame.size - 1 : frame.size);
}

void AliasCounter::addToParent(quint64 nodes)
{
    if (!m_open.empty())
        m_open.back().size = saturatingAdd(m_open.back().size, nodes);
}

void AliasCounter::decoded(const YAML::Mark &mark, quint64 nodes, quint64 fromAliases)
{
    m_decodes = saturatingAdd(m_decodes, nodes);
    m_aliases = saturatingAdd(m_aliases, fromAliases);
    if (m_aliases > 100 && m_decodes > 1000
        && double(m_aliases) / double(m_decodes) > allowedAliasRatio(m_decodes))
        throw Refusal {mark,
            QCoreApplication::translate("charthouse::ChartMetadata",
                "the document contains excessive aliasing: by here (last alias *%1) it expands to %2 nodes, "
                "%3 of them copies made by aliases (Helm refuses it too)")
                .arg(printable(m_names.value(m_lastAlias)))
                .arg(m_decodes == countMax ? QStringLiteral("> 1.8e19") : QString::number(m_decodes))
                .arg(m_aliases == countMax ? QStringLiteral("> 1.8e19") : QString::number(m_aliases))};
}

} // namespace

std::optional<YamlAliasProblem> findExcessiveAliasing(const QByteArray &yaml)
{
    std::istringstream in(yaml.toStdString());
    YAML::Parser parser(in);
    AliasCounter counter;
    try {
        parser.HandleNextDocument(counter);
    } catch (const Refusal &refusal) {
        return YamlAliasProblem {refusal.mark.line, refusal.why};
    }
    return std::nullopt;
}

} // namespace charthouse
