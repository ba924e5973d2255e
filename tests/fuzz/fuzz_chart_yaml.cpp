// Chart.yaml and requirements.yaml on arbitrary bytes: both come from chart directories and packages that
// anyone may have written.
#include "core/chart/ChartMetadata.h"
#include "tests/fuzz/FuzzInput.h"

using namespace charthouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml = fuzzBytes(data, size);
    if (const auto md = ChartMetadata::fromChartYaml(yaml, QStringLiteral("Chart.yaml"))) {
        // What we write into the config blob must read back as the same chart: the cache and the registry
        // only ever see the config. import-values are kept as raw JSON and are not read back field by field.
        const QByteArray config = md->toHelmConfigJson();
        const auto again = ChartMetadata::fromConfigJson(config);
        fuzzCheck(again.ok(), "the config written for a valid Chart.yaml does not read back");
        bool importValues = false;
        for (const ChartDependency &d : md->dependencies)
            importValues = importValues || !d.importValues.isEmpty();
        fuzzCheck(importValues || again->toHelmConfigJson() == config,
            "the config written for a valid Chart.yaml reads back differently");
    }

    // requirements.yaml is applied over a Chart.yaml the directory loader has already read.
    static const ChartMetadata base = *ChartMetadata::fromChartYaml(
        "apiVersion: v1\nname: base\nversion: 0.1.0\n", QStringLiteral("base"));
    ChartMetadata withRequirements = base;
    if (withRequirements.applyRequirementsYaml(yaml, QStringLiteral("requirements.yaml")))
        (void)withRequirements.toHelmConfigJson();
    return 0;
}
