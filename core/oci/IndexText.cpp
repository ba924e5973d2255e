#include "core/oci/IndexText.h"

#include "core/oci/CompactJsonCursor.h"
#include "core/oci/MediaTypes.h"

#include <algorithm>
#include <string_view>

namespace charthouse {

namespace {

constexpr std::string_view listStart = R"({"schemaVersion":2,"manifests":[)";

// Reads the exact form IndexText takes (IndexText.h); offsets are from `base`.
class ExactFormScanner
{
public:
    ExactFormScanner(const char *base, qsizetype from, qsizetype to)
        : m_base(base),
          m_json(base + from, base + to),
          m_plain(CompactJsonCursor::plainText({base + from, to - from}))
    { }

    // The whole index.json.
    bool index(std::vector<IndexText::Entry> &entries, qsizetype &listEnd)
    {
        if (!m_plain || !m_json.literal(listStart))
            return false;
        if (!m_json.literal("]")) {
            do {
                auto next = entry();
                if (!next)
                    return false;
                entries.push_back(*next);
            } while (m_json.literal(","));
            if (!m_json.literal("]"))
                return false;
        }
        listEnd = offset(m_json.at()) - 1;
        if (m_json.literal(R"(,"annotations":)") && !map(nullptr))
            return false;
        return m_json.literal("}") && m_json.atEnd();
    }

    // One entry, and nothing after it.
    std::optional<IndexText::Entry> lastEntry()
    {
        auto only = m_plain ? entry() : std::nullopt;
        if (!only || !m_json.atEnd())
            return {};
        return only;
    }

private:
    qsizetype offset(const char *at) const { return at - m_base; }

    std::optional<IndexText::Entry> entry()
    {
        IndexText::Entry found;
        found.begin = offset(m_json.at());
        if (!m_json.literal("{"))
            return {};
        if (m_json.literal(R"("mediaType":)")) {
            const auto mediaType = m_json.checkedString();
            if (!mediaType || mediaType->isEmpty() || !m_json.literal(","))
                return {};
        }
        if (!m_json.literal(R"("digest":)"))
            return {};
        const auto digest = m_json.checkedString();
        const auto lowerHex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
        if (!digest || digest->size() != 71 || !digest->startsWith("sha256:")
            || !std::all_of(digest->begin() + 7, digest->end(), lowerHex))
            return {};
        if (!m_json.literal(R"(,"size":)") || !m_json.size())
            return {};
        if (m_json.literal(R"(,"annotations":)") && !map(&found))
            return {};
        if (!m_json.literal("}"))
            return {};
        found.end = offset(m_json.at());
        return found;
    }

    // A map of strings, not empty, its keys in Go's order (which also refuses a repeated key).
    bool map(IndexText::Entry *entry)
    {
        if (!m_json.literal("{"))
            return false;
        std::string_view previous;
        do {
            const auto key = m_json.checkedString();
            if (!key || !m_json.literal(":"))
                return false;
            const std::string_view keyText(key->data(), static_cast<size_t>(key->size()));
            if (!previous.empty() && !(previous < keyText))
                return false;
            previous = keyText;
            const auto value = m_json.checkedString();
            if (!value)
                return false;
            if (entry && keyText == Annotations::refName) {
                entry->refBegin = offset(value->data());
                entry->refSize = value->size();
            }
        } while (m_json.literal(","));
        return m_json.literal("}");
    }

    const char *m_base;
    CompactJsonCursor m_json;
    const bool m_plain; // every string is plain and htmlSafe (CompactJsonCursor::plainText)
};

void move(IndexText::Entry &entry, qsizetype by)
{
    entry.begin += by;
    entry.end += by;
    if (entry.refBegin >= 0)
        entry.refBegin += by;
}

} // namespace

std::optional<IndexText> IndexText::scan(QByteArray json)
{
    IndexText text;
    text.m_entries.reserve(static_cast<size_t>(json.size() / 160)); // an entry takes 200–300 bytes
    if (!ExactFormScanner(json.constData(), 0, json.size()).index(text.m_entries, text.m_listEnd))
        return std::nullopt;
    text.m_json = std::move(json);
    text.m_unchanged = text.m_json.size();
    text.m_scannedListEnd = text.m_listEnd;
    return text;
}

qsizetype IndexText::findRef(const QString &refName) const
{
    // The stored names are ASCII: a name with any other character is in none of them, and its UTF-8 matches
    // none.
    const QByteArray wanted = refName.toUtf8();
    const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry &entry) {
        return entry.refSize == wanted.size()
            && std::equal(wanted.cbegin(), wanted.cend(), m_json.cbegin() + entry.refBegin);
    });
    return found == m_entries.cend() ? -1 : found - m_entries.cbegin();
}

Descriptor IndexText::entry(qsizetype i) const
{
    const Entry &at = m_entries[static_cast<size_t>(i)];
    const QByteArray one = QByteArray(listStart.data(), listStart.size())
        + QByteArrayView(m_json).sliced(at.begin, at.end - at.begin) + "]}";
    auto index = Index::parseCommonForm(one);
    if (!index || index->manifests.size() != 1)
        qFatal("IndexText: an entry it took cannot be read back");
    return index->manifests.first();
}

Index IndexText::toIndex() const
{
    auto index = Index::parseCommonForm(m_json);
    if (!index)
        qFatal("IndexText: an index it took cannot be read back");
    return std::move(*index);
}

std::optional<IndexText::Entry> IndexText::entryOf(const Descriptor &descriptor, QByteArray &json)
{
    const qsizetype from = json.size();
    descriptor.appendJson(json);
    return ExactFormScanner(json.constData(), from, json.size()).lastEntry();
}

bool IndexText::replace(qsizetype i, const Descriptor &descriptor)
{
    QByteArray json;
    auto entry = entryOf(descriptor, json);
    if (!entry)
        return false;
    Entry &old = m_entries[static_cast<size_t>(i)];
    move(*entry, old.begin);
    splice(old.begin, old.end, json);
    old = *entry;
    return true;
}

bool IndexText::append(const Descriptor &descriptor)
{
    QByteArray json(m_entries.empty() ? "" : ",");
    auto entry = entryOf(descriptor, json);
    if (!entry)
        return false;
    move(*entry, m_listEnd);
    splice(m_listEnd, m_listEnd, json);
    m_entries.push_back(*entry);
    return true;
}

void IndexText::remove(qsizetype i)
{
    const auto at = static_cast<size_t>(i);
    // The entry and one comma beside it: the one before it, else the one after it.
    qsizetype from = m_entries[at].begin;
    qsizetype to = m_entries[at].end;
    if (at > 0)
        from = m_entries[at - 1].end;
    else if (m_entries.size() > 1)
        to = m_entries[1].begin;
    m_entries.erase(m_entries.begin() + i);
    splice(from, to, {});
}

void IndexText::splice(qsizetype from, qsizetype to, QByteArrayView with)
{
    m_json.replace(from, to - from, with);
    const qsizetype by = with.size() - (to - from);
    // The entries are in the order of their bytes: those after the change are at the end.
    for (auto it = m_entries.rbegin(); it != m_entries.rend() && it->begin >= to; ++it)
        move(*it, by);
    if (m_listEnd >= to)
        m_listEnd += by;
    m_unchanged = std::min(m_unchanged, from);
}

Digest IndexText::digest() const
{
    if (m_unchanged < m_scannedListEnd)
        return Digest::of(m_json);
    if (!m_listHash) {
        auto hash = std::make_shared<Sha256Stream>();
        hash->add(QByteArrayView(m_json).first(m_scannedListEnd));
        m_listHash = std::move(hash);
    }
    return m_listHash->resultAfter(QByteArrayView(m_json).sliced(m_scannedListEnd));
}

} // namespace charthouse
