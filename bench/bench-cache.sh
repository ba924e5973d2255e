#!/usr/bin/env bash
# Local-cache benchmarks beside the real Helm 3.4.2, in one run, on the same data:
#   1. `chart list` over a cache of N charts (default 2000), charthouse-cli vs `helm chart list`;
#   2. `chart save` of one chart (`helm create` output), repeated R times, charthouse-cli vs `helm chart save`.
# Prints wall time and peak memory (max RSS) of each and the ratios charthouse/helm (lower is better).
# Usage: bench/bench-cache.sh [--charts N] [--runs R] [--cli PATH] [--helm PATH]
set -euo pipefail
charts=2000 runs=5
cli="$(cd "$(dirname "$0")/.." && pwd)/build/bin/charthouse-cli"
helm="${CHARTHOUSE_HELM_DIR:-$HOME/.cache/charthouse/helm}/3.4.2/helm"
while [[ $# -gt 0 ]]; do
  case $1 in
    --charts) charts=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --helm) helm=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -x $cli ]] || { echo "Error: charthouse-cli not found at $cli (build first)" >&2; exit 1; }
[[ -x $helm ]] || { echo "Error: Helm 3.4.2 not found at $helm (scripts/fetch-helm.sh)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "Error: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HELM_EXPERIMENTAL_OCI=1 HELM_CACHE_HOME=$work/helm-cache HELM_CONFIG_HOME=$work/helm-config \
  HELM_DATA_HOME=$work/helm-data
cache=$HELM_CACHE_HOME/registry/cache

# measure LABEL CMD...: runs CMD $runs times, prints "median_seconds max_rss_kib" of the runs.
measure() {
  local times=() rss=() i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    /usr/bin/time -o "$work/time.out" -f "%M" "$@" >/dev/null 2>"$work/stderr.out" \
      || { echo "Error: $* failed:" >&2; cat "$work/stderr.out" >&2; exit 1; }
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", b - a}')")
    rss+=("$(tail -n 1 "$work/time.out")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%s ", a[int((NR+1)/2)]}'
  printf '%s\n' "${rss[@]}" | sort -n | tail -n 1
}

row() { # label seconds kib
  awk -v l="$1" -v s="$2" -v k="$3" 'BEGIN {printf "  %-16s %8.3f s %9.1f MiB\n", l, s, k / 1024}'
}
ratio() { awk -v a="$1" -v b="$2" -v c="$3" -v d="$4" 'BEGIN {printf "  ratio (charthouse/helm): time %.3f, memory %.3f\n", a / b, c / d}'; }

mkdir -p "$work/src"
"$helm" create "$work/src/bench" >/dev/null
echo "Filling a cache with $charts distinct charts (charthouse-cli --legacy, readable by Helm 3.4.2)..."
for ((i = 0; i < charts; i++)); do
  sed -i "s/^version: .*/version: 1.0.$i/" "$work/src/bench/Chart.yaml"
  "$cli" chart save "$work/src/bench" "localhost:5000/bench/bench:1.0.$i" --legacy >/dev/null
done
sed -i "s/^version: .*/version: 0.1.0/" "$work/src/bench/Chart.yaml"
[[ $("$helm" chart list | wc -l) -eq $((charts + 1)) ]] || { echo "Error: helm does not list $charts charts" >&2; exit 1; }

echo
echo "chart list over $charts charts (median time of $runs runs, peak RSS)"
read -r ht hm < <(measure "$helm" chart list)
read -r ct cm < <(measure "$cli" chart list)
row "helm 3.4.2" "$ht" "$hm"
row "charthouse-cli" "$ct" "$cm"
ratio "$ct" "$ht" "$cm" "$hm"

echo
echo "chart save of one chart (median time of $runs runs, peak RSS)"
read -r ht hm < <(measure "$helm" chart save "$work/src/bench" localhost:5000/save/helm:1)
read -r ct cm < <(measure "$cli" chart save "$work/src/bench" localhost:5000/save/ours:1)
row "helm 3.4.2" "$ht" "$hm"
row "charthouse-cli" "$ct" "$cm"
ratio "$ct" "$ht" "$cm" "$hm"
