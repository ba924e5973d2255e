#!/usr/bin/env bash
# Desktop start-up beside `helm chart list` (Helm 3.4.2), on the same caches of N charts (default 2000 and 10000):
# the time from starting `charthouse` (offscreen) to a populated table, and its peak memory; then, on the same
# cache, how the table responds (scrolling, sorting, filtering) against a 60 Hz frame budget.
# Usage: bench/bench-gui.sh [--charts "N M ..."] [--runs R] [--app PATH] [--cli PATH] [--interaction PATH] [--helm PATH]
set -euo pipefail
sizes="2000 10000" runs=3
root="$(cd "$(dirname "$0")/.." && pwd)"
app=$root/build/bin/charthouse cli=$root/build/bin/charthouse-cli
interaction=$root/build/bin/charthouse-bench-gui
helm="${CHARTHOUSE_HELM_DIR:-$HOME/.cache/charthouse/helm}/3.4.2/helm"
while [[ $# -gt 0 ]]; do
  case $1 in
    --charts) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --interaction) interaction=$2; shift 2 ;;
    --helm) helm=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in "$app" "$cli" "$interaction" "$helm" /usr/bin/time; do
  [[ -x $tool ]] || { echo "Error: $tool missing (build, scripts/fetch-helm.sh, apt-get install time)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HELM_EXPERIMENTAL_OCI=1 HELM_CONFIG_HOME=$work/helm-config HELM_DATA_HOME=$work/helm-data \
  XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=offscreen

# measure CMD...: median seconds and peak KiB over $runs runs.
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

mkdir -p "$work/src"
"$helm" create "$work/src/bench" >/dev/null
made=0
for n in $sizes; do
  export HELM_CACHE_HOME=$work/cache
  echo "Filling the cache up to $n charts (charthouse-cli --legacy, two at a time)..."
  # One chart directory per version, saved in parallel (the cache's lock keeps every tag).
  seq "$made" $((n - 1)) | xargs -P 2 -I{} sh -c '
    d="$1/src/c{}"; cp -r "$1/src/bench" "$d"; sed -i "s/^version: .*/version: 1.0.{}/" "$d/Chart.yaml"
    "$2" chart save "$d" "localhost:5000/bench/bench:1.0.{}" --legacy >/dev/null; rm -rf "$d"' _ "$work" "$cli"
  made=$n
  read -r ht hm < <(measure "$helm" chart list)
  read -r gt gm < <(measure env CHARTHOUSE_QUIT_WHEN_LISTED=1 "$app")
  echo
  echo "$n charts (median of $runs runs, peak RSS)"
  awk -v l="helm chart list" -v s="$ht" -v k="$hm" 'BEGIN {printf "  %-28s %8.3f s %9.1f MiB\n", l, s, k / 1024}'
  awk -v l="charthouse, start to table" -v s="$gt" -v k="$gm" 'BEGIN {printf "  %-28s %8.3f s %9.1f MiB\n", l, s, k / 1024}'
  awk -v a="$gt" -v b="$ht" -v c="$gm" -v d="$hm" 'BEGIN {printf "  ratio (charthouse/helm): time %.3f, memory %.3f\n", a / b, c / d}'
  echo "  the table with $n charts (1200x800 window, offscreen raster painting):"
  "$interaction" "$HELM_CACHE_HOME/registry/cache"
done
