#pragma once

#include "core/oci/Descriptor.h"
#include "core/oci/Manifest.h"

#include <optional>

namespace charthouse {

// Helm 3.0-3.6 read a cache entry only when its manifest has exactly one layer, of type application/tar+gzip;
// any other entry makes their `chart list`, `chart remove` and `chart push` fail for the whole cache. So a
// chart whose own manifest is another shape (the modern layer type, a provenance layer: what Helm 3.7+ and
// Charthouse push) is kept twice over the same blobs:
// - index.json's entry points at its legacy view: the manifest Helm 3.0-3.6 would have written for the same
//   config and chart layer, which they read, export, push and remove;
// - the entry's annotation `chartManifestAnnotation` names the chart's own manifest, kept as a blob beside
//   it. That one is the chart for Charthouse: the digest shown, what push sends, what a pull compares.
// Helm 3.0-3.6 keep the annotation of entries they do not touch and drop it with entries they replace or
// remove (prune then collects the manifest it named).
namespace LegacyView {

inline constexpr char chartManifestAnnotation[] = "io.charthouse.chart-manifest";

// Whether Helm 3.0-3.6 read this manifest as it is.
bool readableByHelm3(const Manifest &manifest);

// The manifest Helm 3.0-3.6 would write for this chart (config optional: another config blob, such as the
// one Helm 3.0-3.6 write for the same Chart.yaml), or nothing when `chart` is already that or has no chart
// layer.
std::optional<Manifest> of(const Manifest &chart, const std::optional<Descriptor> &config = std::nullopt);

// The index entry for a chart: its legacy view with the annotation naming the chart's manifest.
Descriptor entryFor(const Descriptor &view, const Descriptor &chartManifest);

// The digest of the chart's own manifest an entry names, if it names one.
std::optional<Digest> chartManifestOf(const Descriptor &entry);

} // namespace LegacyView

} // namespace charthouse
