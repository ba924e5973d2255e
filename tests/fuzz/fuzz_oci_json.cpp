// The JSON documents that come from registries and caches: manifests, a layout's index.json, chart configs.
#include "core/chart/ChartMetadata.h"
#include "core/oci/Index.h"
#include "core/oci/Manifest.h"
#include "tests/fuzz/FuzzInput.h"

using namespace charthouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzzBytes(data, size);
    // What we accept we must be able to write and read back unchanged: pulls re-serialise manifests and every
    // tag or untag rewrites index.json.
    if (const auto manifest = Manifest::parse(json)) {
        (void)manifest->chartLayer();
        const QByteArray written = manifest->toJson();
        const auto again = Manifest::parse(written);
        fuzzCheck(again.ok(), "a manifest we wrote does not parse");
        fuzzCheck(again->toJson() == written, "a manifest we wrote reads back differently");
    }
    if (const auto index = Index::parse(json, QStringLiteral("index.json"))) {
        for (qsizetype i = 0; i < index->manifests.size(); ++i)
            fuzzCheck(index->findRef(index->refName(i)) <= i, "findRef misses an entry of index.json");
        const QByteArray written = index->toJson();
        const auto again = Index::parse(written, QStringLiteral("written index.json"));
        fuzzCheck(again.ok(), "an index.json we wrote does not parse");
        fuzzCheck(again->toJson() == written, "an index.json we wrote reads back differently");
    }
    // The quick reader of the common form must read what it accepts exactly as the general parser does.
    if (const auto common = Index::parseCommonForm(json)) {
        const auto general = Index::parseAnyForm(json, QStringLiteral("index.json"));
        fuzzCheck(general.ok() && general->unparsed.isEmpty(),
            "the common-form reader accepts what the parser does not");
        fuzzCheck(
            common->toJson() == general->toJson(), "the common-form reader reads index.json differently");
    }
    if (const auto config = ChartMetadata::fromConfigJson(json))
        (void)config->toHelmConfigJson(ConfigFlavor::Helm4);
    return 0;
}
