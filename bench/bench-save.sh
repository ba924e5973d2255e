#!/usr/bin/env bash
# `chart save` into caches of 0, 2,000 and 10,000 charts, beside the real Helm 3.4.2 on copies of the same cache:
# does a save get slower as the cache grows? Each tool saves R new charts (distinct versions of `helm create`
# output) one after the other into its own copy; prints the median time of a save and its peak memory, the ratio
# charthouse/helm per size and charthouse's ratio to its own empty-cache time.
#
# The caches are written directly (blobs and index.json, by the Python below), not by 10,000 saves: legacy
# manifests exactly as Helm 3.4.2 writes them (config, one application/tar+gzip layer) and index entries with the
# full reference in org.opencontainers.image.ref.name; config and manifest are modelled on a real `helm chart save`.
# Both tools must list every chart of each cache before it is timed, and every chart after.
# Usage: bench/bench-save.sh [--sizes "0 2000 10000"] [--runs R] [--cli PATH] [--helm PATH]
#        bench/bench-save.sh --make-cache DIR N   (only writes a cache of N charts in DIR/registry/cache, e.g. to
#                                                  profile a save: HELM_CACHE_HOME=DIR charthouse-cli chart save ...)
set -euo pipefail
sizes="0 2000 10000" runs=21 make_cache=""
cli="$(cd "$(dirname "$0")/.." && pwd)/build/bin/charthouse-cli"
helm="${CHARTHOUSE_HELM_DIR:-$HOME/.cache/charthouse/helm}/3.4.2/helm"
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --helm) helm=$2; shift 2 ;;
    --make-cache) make_cache=$2 sizes=$3; shift 3 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in "$cli" "$helm" /usr/bin/time; do
  [[ -x $tool ]] || { echo "Error: $tool missing (build, scripts/fetch-helm.sh, apt-get install time)" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "Error: python3 missing (it writes the caches)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HELM_EXPERIMENTAL_OCI=1 HELM_CONFIG_HOME=$work/helm-config HELM_DATA_HOME=$work/helm-data \
  XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/xdg-cache

# Seed: one real Helm save, whose config and manifest the generated charts copy field for field.
mkdir -p "$work/src"
"$helm" create "$work/src/bench" >/dev/null
HELM_CACHE_HOME=$work/seed "$helm" chart save "$work/src/bench" localhost:5000/seed/bench:0.1.0 >/dev/null

# fill DIR N: a cache of N distinct charts bench:1.0.0 ... bench:1.0.(N-1).
fill() {
  python3 - "$work/seed/registry/cache" "$work/src/bench" "$1" "$2" <<'EOF'
import gzip, hashlib, io, json, os, shutil, sys, tarfile
seed, chart_dir, out, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
seed_index = json.load(open(os.path.join(seed, "index.json")))
seed_entry = seed_index["manifests"][0]
def blob(digest):
    return open(os.path.join(seed, "blobs/sha256", digest.split(":")[1]), "rb").read()
seed_manifest = json.loads(blob(seed_entry["digest"]))
assert len(seed_manifest["layers"]) == 1 and seed_manifest["layers"][0]["mediaType"] == "application/tar+gzip"
seed_config = json.loads(blob(seed_manifest["config"]["digest"]))
files = []
for root, _, names in os.walk(chart_dir):
    for name in sorted(names):
        path = os.path.join(root, name)
        files.append((os.path.join("bench", os.path.relpath(path, chart_dir)), open(path, "rb").read()))
files.sort()
os.makedirs(os.path.join(out, "blobs/sha256"))
os.makedirs(os.path.join(out, "ingest"))
shutil.copy(os.path.join(seed, "oci-layout"), out)
def put(data):
    digest = hashlib.sha256(data).hexdigest()
    with open(os.path.join(out, "blobs/sha256", digest), "wb") as f:
        f.write(data)
    return {"digest": "sha256:" + digest, "size": len(data)}
def go_json(value):  # compact, as Go's encoding/json writes these (ASCII-only) values
    return json.dumps(value, separators=(",", ":")).encode()
entries = []
for i in range(count):
    version = "1.0.%d" % i
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for name, data in files:
            if name == "bench/Chart.yaml":
                data = b"".join(b"version: " + version.encode() + b"\n" if line.startswith(b"version:") else line
                                for line in data.splitlines(keepends=True))
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o644, 1700000000
            tar.addfile(info, io.BytesIO(data))
    layer = put(gzip.compress(raw.getvalue(), mtime=0))
    config = put(go_json(dict(seed_config, version=version)))
    manifest = put(go_json({"schemaVersion": 2,
        "config": {"mediaType": seed_manifest["config"]["mediaType"], **config},
        "layers": [{"mediaType": "application/tar+gzip", **layer}]}))
    entries.append({"mediaType": seed_entry["mediaType"], **manifest,
        "annotations": {"org.opencontainers.image.ref.name": "localhost:5000/bench/bench:" + version}})
with open(os.path.join(out, "index.json"), "wb") as f:
    f.write(go_json({"schemaVersion": 2, "manifests": entries}))
EOF
}

if [[ -n $make_cache ]]; then
  mkdir -p "$make_cache/registry"
  fill "$make_cache/registry/cache" "$sizes"
  exit
fi

# listed CMD CACHE: how many charts CMD (`chart list`) lists in CACHE (its output has one header line).
listed() {
  local home=$2/../..
  HELM_CACHE_HOME=$home "$1" chart list | tail -n +2 | grep -c . || true
}

# time_save TOOL CACHE VERSION: saves bench:VERSION, appends "seconds kib" to $work/TOOL.times.
time_save() {
  local tool=$1 start end
  sed -i "s/^version: .*/version: $3/" "$work/src/bench/Chart.yaml"
  local bin=$cli
  [[ $tool == helm ]] && bin=$helm
  start=$(date +%s.%N)
  HELM_CACHE_HOME=$2/../.. /usr/bin/time -o "$work/time.out" -f "%M" \
    "$bin" chart save "$work/src/bench" "localhost:5000/bench/bench:$3" >/dev/null 2>"$work/stderr.out" \
    || { echo "Error: $tool chart save failed:" >&2; cat "$work/stderr.out" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" -v k="$(tail -n 1 "$work/time.out")" 'BEGIN {printf "%.4f %s\n", b - a, k}' \
    >>"$work/$tool.times"
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
peak() { awk '$2 > m {m = $2} END {print m}' "$1"; }

echo "chart save of one new chart, median of $runs saves per size (each into the cache as the last one left it)"
printf '  %-8s %-22s %-22s %-16s %s\n' charts "helm 3.4.2" charthouse-cli "charthouse/helm" "charthouse/empty"
first=""
for n in $sizes; do
  base=$work/base-$n/registry/cache
  mkdir -p "$(dirname "$base")"
  fill "$base" "$n"
  for tool in ours helm; do
    mkdir -p "$work/$tool-$n/registry"
    cp -a "$base" "$work/$tool-$n/registry/cache"
  done
  rm -rf "$work/base-$n"
  [[ $(listed "$helm" "$work/helm-$n/registry/cache") -eq $n ]] || { echo "Error: helm does not list $n charts" >&2; exit 1; }
  [[ $(listed "$cli" "$work/ours-$n/registry/cache") -eq $n ]] || { echo "Error: charthouse does not list $n charts" >&2; exit 1; }
  rm -f "$work/ours.times" "$work/helm.times"
  # The copies above leave ~120 MB (at 10,000 charts) to be written back: done now, or the first saves' syncs
  # wait for it, and those of whichever tool runs first the longest.
  sync
  for ((r = 0; r < runs; r++)); do # interleaved, so both see the same machine
    time_save ours "$work/ours-$n/registry/cache" "2.0.$r"
    time_save helm "$work/helm-$n/registry/cache" "2.0.$r"
  done
  for tool in ours helm; do
    got=$(listed "$cli" "$work/$tool-$n/registry/cache")
    [[ $got -eq $((n + runs)) ]] || { echo "Error: $tool's cache lists $got charts, not $((n + runs))" >&2; exit 1; }
  done
  ct=$(median "$work/ours.times") ht=$(median "$work/helm.times")
  [[ -n $first ]] || first=$ct
  awk -v n="$n" -v ht="$ht" -v hm="$(peak "$work/helm.times")" -v ct="$ct" -v cm="$(peak "$work/ours.times")" \
    -v e="$first" 'BEGIN {printf "  %-8d %7.1f ms %7.1f MiB   %7.1f ms %7.1f MiB   %-16.3f %.2f\n",
      n, ht * 1000, hm / 1024, ct * 1000, cm / 1024, ct / ht, ct / e}'
  rm -rf "$work/ours-$n" "$work/helm-$n"
done
