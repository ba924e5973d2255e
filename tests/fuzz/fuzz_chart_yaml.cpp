// Chart.yaml and requirements.yaml on arbitrary bytes: both come from chart directories and packages that
// anyone may have written.
#include "core/chart/ChartMetadata.h"
#include "core/chart/HelmAnnotations.h"
#include "tests/fuzz/FuzzInput.h"

using namespace charthouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml = fuzzBytes(data, size);
    if (const auto md = ChartMetadata::fromChartYaml(yaml, QStringLiteral("Chart.yaml"))) {
        // What we write into the config blob must read back as the same chart: the cache and the registry
        // only ever see the config. import-values are kept as raw JSON and are not read back field by field.
        // Helm 4's flavour sanitizes: what it wrote is sanitized already and must write back the same. (A
        // name that is nothing but invisible characters sanitizes to nothing; Helm 4 refuses such a chart.)
        bool importValues = false;
        for (const ChartDependency &d : md->dependencies)
            importValues = importValues || !d.importValues.isEmpty();
        for (const ConfigFlavor flavor : {ConfigFlavor::Helm3Legacy, ConfigFlavor::Helm4}) {
            if (flavor == ConfigFlavor::Helm4 && helmSanitized(*md).name.isEmpty())
                continue;
            const QByteArray config = md->toHelmConfigJson(flavor);
            const auto again = ChartMetadata::fromConfigJson(config);
            fuzzCheck(again.ok(), "the config written for a valid Chart.yaml does not read back");
            fuzzCheck(importValues || again->toHelmConfigJson(flavor) == config,
                "the config written for a valid Chart.yaml reads back differently");
        }
        (void)helmManifestAnnotations(*md, QDateTime());
    }

    // requirements.yaml is applied over a Chart.yaml the directory loader has already read.
    static const ChartMetadata base = *ChartMetadata::fromChartYaml(
        "apiVersion: v1\nname: base\nversion: 0.1.0\n", QStringLiteral("base"));
    ChartMetadata withRequirements = base;
    if (withRequirements.applyRequirementsYaml(yaml, QStringLiteral("requirements.yaml")))
        (void)withRequirements.toHelmConfigJson(ConfigFlavor::Helm4);
    return 0;
}
