// Chart references: typed by users, and read back from the ref names of a cache's index.json, whose JSON
// escapes can carry any UTF-16, lone surrogates included.
#include "core/oci/Reference.h"
#include "tests/fuzz/FuzzInput.h"

#include <cstring>

using namespace charthouse;

namespace {

// An odd first byte reads the rest as UTF-16, an even one as UTF-8.
QString text(const uint8_t *data, size_t size)
{
    if (size == 0 || data[0] % 2 == 0)
        return QString::fromUtf8(fuzzBytes(data + (size ? 1 : 0), size ? size - 1 : 0));
    QString utf16(static_cast<qsizetype>((size - 1) / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data + 1, static_cast<size_t>(utf16.size()) * sizeof(QChar));
    return utf16;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = text(data, size);
    if (const auto ref = Reference::parse(input)) {
        // The cache stores toString() and parses it again later.
        const auto again = Reference::parse(ref->toString());
        fuzzCheck(again.ok() && *again == *ref, "a reference does not survive toString() and parse()");
        fuzzCheck(Reference::parseRepository(ref->name()).ok(), "a reference's name is not a repository");
        fuzzCheck(Reference::parse(ref->withTag(QStringLiteral("1.0.0")).toString()).ok(),
            "a reference with a plain tag does not parse");
    }
    if (const auto repository = Reference::parseRepository(input))
        fuzzCheck(Reference::parse(repository->name() + QStringLiteral(":latest")).ok(),
            "a repository with a tag is not a reference");
    return 0;
}
