#include "core/oci/EditableIndex.h"

namespace charthouse {

Result<EditableIndex> EditableIndex::parse(QByteArray json, const QString &where)
{
    EditableIndex index;
    if ((index.m_text = IndexText::scan(json)))
        return index;
    auto parsed = Index::parse(json, where);
    if (!parsed)
        return parsed.error();
    index.m_index = std::move(*parsed);
    index.m_json = std::move(json);
    return index;
}

const Index &EditableIndex::index() const
{
    if (!m_index)
        m_index = m_text ? m_text->toIndex() : Index {};
    return *m_index;
}

qsizetype EditableIndex::findRef(const QString &refName) const
{
    return m_text ? m_text->findRef(refName) : index().findRef(refName);
}

Descriptor EditableIndex::entry(qsizetype i) const
{
    return m_text ? m_text->entry(i) : index().manifests[i];
}

void EditableIndex::edit()
{
    if (m_text) {
        m_index = m_text->toIndex();
        m_text.reset();
    }
    index();
    m_json.clear();
}

void EditableIndex::replace(qsizetype i, const Descriptor &entry)
{
    if (m_text && m_text->replace(i, entry)) {
        m_index.reset();
        return;
    }
    edit();
    m_index->manifests[i] = entry;
}

void EditableIndex::append(const Descriptor &entry)
{
    if (m_text && m_text->append(entry)) {
        m_index.reset();
        return;
    }
    edit();
    m_index->manifests.append(entry);
}

void EditableIndex::remove(qsizetype i)
{
    if (m_text) {
        m_text->remove(i);
        m_index.reset();
        return;
    }
    edit();
    m_index->manifests.removeAt(i);
    for (Index::UnparsedEntry &odd : m_index->unparsed)
        odd.before -= odd.before > i ? 1 : 0;
}

QByteArray EditableIndex::json() const
{
    if (m_text)
        return m_text->json();
    if (m_json.isEmpty())
        m_json = index().toJson();
    return m_json;
}

Digest EditableIndex::digest() const
{
    return m_text ? m_text->digest() : Digest::of(json());
}

} // namespace charthouse
