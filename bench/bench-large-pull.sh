#!/usr/bin/env bash
# Large-pull benchmark (issue 10) beside curl and the real Helm 4.1.4, in one run, against one local
# docker-registry: one chart whose layer is about SIZE MiB of incompressible data (default 1024), pulled by
#   charthouse-cli --cache DIR chart pull --plain-http --max-layer-size BYTES HOST/bench/big:1.0.0 (fresh cache each run),
#   curl -s -o /dev/null http://HOST/v2/bench/big/blobs/sha256:... (the same layer blob),
#   helm pull oci://HOST/bench/big --version 1.0.0 --plain-http -d DIR.
# Each runs R times (default 3), interleaved; prints median wall time, throughput and peak RSS (largest run), the
# ratio of throughputs charthouse/curl (aim >= 0.5), the peak RSS against its aim (<= 100 MiB) and charthouse/helm.
# Every pulled blob is checked against the layer's sha256.
# The chart is built here (charthouse-cli chart save refuses charts this big): `helm create` output plus
# files/blob.bin from /dev/urandom, tar+gzip, its config JSON and an OCI manifest, uploaded with curl.
# Needs about 4 × SIZE of free space in $TMPDIR (default /tmp).
# Usage: bench/bench-large-pull.sh [--size-mib N] [--runs R] [--cli PATH] [--helm PATH]
set -euo pipefail
# shellcheck source=bench/local-registry.sh
source "$(dirname "$0")/local-registry.sh"
size_mib=1024 runs=3
cli="$(cd "$(dirname "$0")/.." && pwd)/build/bin/charthouse-cli"
helm="${CHARTHOUSE_HELM_DIR:-$HOME/.cache/charthouse/helm}/4.1.4/helm"
while [[ $# -gt 0 ]]; do
  case $1 in
    --size-mib) size_mib=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --helm) helm=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ $size_mib =~ ^[1-9][0-9]*$ && $runs =~ ^[1-9][0-9]*$ ]] || { echo "Error: --size-mib and --runs take a positive number" >&2; exit 2; }
[[ -x $cli ]] || { echo "Error: charthouse-cli not found at $cli (build first)" >&2; exit 1; }
[[ -x $helm ]] || { echo "Error: Helm 4.1.4 not found at $helm (scripts/fetch-helm.sh)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "Error: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
for tool in curl sha256sum; do
  command -v $tool >/dev/null || { echo "Error: $tool missing (scripts/install-deps.sh --with-tests)" >&2; exit 1; }
done

work=$(mktemp -d)
avail_mib=$(df -Pm "$work" | awk 'NR == 2 {print $4}')
if ((avail_mib < 4 * size_mib + 256)); then
  rm -rf "$work"
  echo "Error: $((4 * size_mib + 256)) MiB free needed in $(dirname "$work"), $avail_mib MiB there (set TMPDIR)" >&2
  exit 1
fi
start_local_registry "$work"

export HOME=$work/home HELM_CACHE_HOME=$work/helm-cache HELM_CONFIG_HOME=$work/helm-config \
  HELM_DATA_HOME=$work/helm-data XDG_CONFIG_HOME=$work/config DOCKER_CONFIG=$work/docker
mkdir -p "$HOME" "$work/src"

echo "Preparing a chart with a $size_mib MiB layer (helm create output + $size_mib MiB from /dev/urandom)..."
"$helm" create "$work/src/big" >/dev/null
sed -i "s/^version: .*/version: 1.0.0/" "$work/src/big/Chart.yaml"
mkdir -p "$work/src/big/files"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom >"$work/src/big/files/blob.bin"
tar -C "$work/src" -cf - big | gzip -1 >"$work/big-1.0.0.tgz"
rm -rf "$work/src/big/files"
printf '{"name":"big","version":"1.0.0","apiVersion":"v2"}' >"$work/config.json"

sha() { sha256sum "$1" | cut -d' ' -f1; }
layer_hex=$(sha "$work/big-1.0.0.tgz") layer_size=$(stat -c %s "$work/big-1.0.0.tgz")
config_hex=$(sha "$work/config.json") config_size=$(stat -c %s "$work/config.json")

upload() { # file hex
  local location
  location=$(curl -fsS -D - -o /dev/null -X POST "http://$host/v2/bench/big/blobs/uploads/" \
    | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
  [[ -n $location ]] || { echo "Error: the registry gave no upload location" >&2; exit 1; }
  [[ $location == /* ]] && location=http://$host$location
  [[ $location == *\?* ]] && location+="&" || location+="?"
  curl -fsS -o /dev/null -X PUT -H 'Content-Type: application/octet-stream' -T "$1" "${location}digest=sha256:$2"
}
upload "$work/config.json" "$config_hex"
upload "$work/big-1.0.0.tgz" "$layer_hex"
cat >"$work/manifest.json" <<JSON
{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
"config":{"mediaType":"application/vnd.cncf.helm.config.v1+json","digest":"sha256:$config_hex","size":$config_size},
"layers":[{"mediaType":"application/vnd.cncf.helm.chart.content.v1.tar+gzip","digest":"sha256:$layer_hex","size":$layer_size}]}
JSON
curl -fsS -o /dev/null -X PUT -H 'Content-Type: application/vnd.oci.image.manifest.v1+json' \
  --data-binary "@$work/manifest.json" "http://$host/v2/bench/big/manifests/1.0.0"
rm "$work/big-1.0.0.tgz"
blob_url=http://$host/v2/bench/big/blobs/sha256:$layer_hex
ref=$host/bench/big:1.0.0

# timed NAME CMD...: runs CMD under /usr/bin/time, appends "seconds kib" to $work/NAME.runs; 1 when CMD failed.
timed() {
  local name=$1; shift
  if ! /usr/bin/time -o "$work/time.out" -f '%e %M' "$@" >"$work/out.txt" 2>&1; then
    cp "$work/out.txt" "$work/$name.failed"
    return 1
  fi
  tail -n 1 "$work/time.out" >>"$work/$name.runs"
}
# check NAME FILE: the pulled blob is the layer.
check() {
  [[ -f $2 ]] || { echo "Error: $1 left no $2" >&2; exit 1; }
  local got; got=$(sha "$2")
  [[ $got == "$layer_hex" ]] || { echo "Error: $1 pulled a blob whose sha256 is $got, not $layer_hex" >&2; exit 1; }
}

curl -fsS -o /dev/null "$blob_url" # once untimed: the registry's file in the page cache for every tool alike
helm_ok=1
for ((i = 1; i <= runs; i++)); do
  echo "Run $i of $runs..."
  timed curl curl -fsS -o /dev/null "$blob_url" || { echo "Error: curl failed:" >&2; cat "$work/curl.failed" >&2; exit 1; }
  cache=$work/ours-cache-$i
  timed ours "$cli" --cache "$cache" chart pull --plain-http --max-layer-size "$layer_size" "$ref" \
    || { echo "Error: charthouse-cli chart pull failed:" >&2; cat "$work/ours.failed" >&2; exit 1; }
  check charthouse-cli "$cache/blobs/sha256/$layer_hex"
  rm -rf "$cache"
  if ((helm_ok)); then
    rm -rf "$work/helm-pulled"; mkdir "$work/helm-pulled"
    if timed helm "$helm" pull "oci://$host/bench/big" --version 1.0.0 --plain-http -d "$work/helm-pulled"; then
      check helm "$work/helm-pulled/big-1.0.0.tgz"
    else
      helm_ok=0
    fi
    rm -rf "$work/helm-pulled"
  fi
done

# stats NAME: "median_seconds max_kib" of the runs.
stats() {
  local t m
  t=$(cut -d' ' -f1 "$work/$1.runs" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  m=$(cut -d' ' -f2 "$work/$1.runs" | sort -n | tail -n 1)
  echo "$t $m"
}
read -r ct cm < <(stats ours)
read -r ut um < <(stats curl)

echo
awk -v s="$layer_size" -v r="$runs" 'BEGIN {printf "pull of one chart layer of %.1f MiB (%d bytes), median of %d runs, peak RSS of the largest\n", s / 1048576, s, r}'
row() { # label seconds kib
  awk -v l="$1" -v t="$2" -v k="$3" -v s="$layer_size" \
    'BEGIN {printf "  %-22s %8.2f s %9.1f MiB/s %9.1f MiB RSS\n", l, t, s / 1048576 / (t > 0 ? t : 0.01), k / 1024}'
}
row "curl -o /dev/null" "$ut" "$um"
row "charthouse-cli" "$ct" "$cm"
if ((helm_ok)); then
  read -r ht hm < <(stats helm)
  row "helm 4.1.4" "$ht" "$hm"
fi
awk -v c="$ct" -v u="$ut" -v m="$cm" 'BEGIN {
  u = u > 0 ? u : 0.01; c = c > 0 ? c : 0.01
  printf "  throughput charthouse/curl: %.3f (aim >= 0.5)%s\n", u / c, (u / c >= 0.5 ? "" : "  << below the aim")
  printf "  charthouse peak RSS: %.1f MiB (aim <= 100 MiB)%s\n", m / 1024, (m <= 100 * 1024 ? "" : "  << above the aim")
}'
if ((helm_ok)); then
  awk -v c="$ct" -v h="$ht" -v m="$cm" -v hm="$hm" 'BEGIN {
    c = c > 0 ? c : 0.01
    printf "  ratio (charthouse/helm): time %.3f (%.1fx %s), memory %.3f\n", c / h, (c <= h ? h / c : c / h), (c <= h ? "faster" : "slower"), m / hm
  }'
else
  echo "  helm 4.1.4 refused the pull (no helm ratio); it said:"
  sed 's/^/    /' "$work/helm.failed"
fi
