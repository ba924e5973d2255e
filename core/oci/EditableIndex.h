#pragma once

#include "core/common/Result.h"
#include "core/oci/Index.h"
#include "core/oci/IndexText.h"

#include <optional>

namespace charthouse {

// index.json as a write reads, edits and writes it back. In the form Index::toJson writes, it is kept as its
// bytes (IndexText) and an edit is spliced into them; in any other form it is parsed (Index::parse) and
// written out whole. Either way json() after an edit is exactly what Index::toJson gives for the same edit of
// index().
class EditableIndex
{
public:
    EditableIndex() = default; // an index without entries
    explicit EditableIndex(Index index) : m_index(std::move(index)) { }
    // `where` names the file in errors.
    static Result<EditableIndex> parse(QByteArray json, const QString &where);

    // Every entry read (on first use, for the kept bytes).
    const Index &index() const;
    qsizetype findRef(const QString &refName) const; // as Index::findRef
    Descriptor entry(qsizetype i) const;

    void replace(qsizetype i, const Descriptor &entry);
    void append(const Descriptor &entry);
    void remove(qsizetype i);

    // The file's bytes: as read until the first edit, then as edited.
    QByteArray json() const;
    Digest digest() const; // of json()

private:
    void edit(); // from here on, m_index is the index (and m_json its toJson() once asked for)

    std::optional<IndexText> m_text;
    // Without m_text, the index; with it, the same entries once index() was asked for.
    mutable std::optional<Index> m_index;
    mutable QByteArray m_json; // without m_text: the bytes read, or m_index's toJson() once asked for
};

} // namespace charthouse
