#pragma once

#include "core/oci/Digest.h"
#include "core/oci/Index.h"

#include <memory>
#include <optional>
#include <vector>

namespace charthouse {

// index.json kept as its bytes, with where each entry lies: a write looks one tag up and replaces, adds or
// removes one entry, and every other entry's bytes stay as they were read, without reading every entry into a
// Descriptor and writing it out again (index.json holds an entry per tag and is rewritten on every save).
//
// Only the exact form Index::toJson writes is taken (compact, Go's field order, map keys sorted, plain ASCII
// that Go writes unescaped, no empty mediaType or annotations, no urls); scan() leaves anything else to
// Index::parse. So json() is always exactly what Index::toJson gives for toIndex(), before and after any
// edit.
class IndexText
{
public:
    static std::optional<IndexText> scan(QByteArray json);

    const QByteArray &json() const { return m_json; }
    qsizetype size() const { return static_cast<qsizetype>(m_entries.size()); }
    // The first entry whose org.opencontainers.image.ref.name is refName, -1 if none (as Index::findRef).
    qsizetype findRef(const QString &refName) const;
    Descriptor entry(qsizetype i) const;
    Index toIndex() const;

    // Each edit returns false, changing nothing, when the new entry's JSON is not in the exact form (an
    // annotation that needs escapes, urls): then edit the parsed Index instead.
    bool replace(qsizetype i, const Descriptor &entry);
    bool append(const Descriptor &entry);
    void remove(qsizetype i);

    // sha256 of json(). The bytes before the end of the entry list, as scanned, are hashed only once however
    // often this is asked, and an append hashes only what follows them.
    Digest digest() const;

    struct Entry
    {
        qsizetype begin = 0; // its '{'
        qsizetype end = 0; // after its '}'
        qsizetype refBegin = -1; // its ref name's text, if it has one
        qsizetype refSize = 0;
    };

private:
    IndexText() = default;
    // Replaces json()[from, to) with `with`, moving the entries after it.
    void splice(qsizetype from, qsizetype to, QByteArrayView with);
    static std::optional<Entry> entryOf(const Descriptor &descriptor, QByteArray &json);

    QByteArray m_json;
    std::vector<Entry> m_entries;
    qsizetype m_listEnd = 0; // the ']' that closes "manifests"
    qsizetype m_unchanged = 0; // how many leading bytes of m_json are still as scanned
    qsizetype m_scannedListEnd = 0;
    // sha256 of the first m_scannedListEnd bytes as scanned, made by the first digest() that can use it.
    mutable std::shared_ptr<const Sha256Stream> m_listHash;
};

} // namespace charthouse
