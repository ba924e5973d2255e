#!/usr/bin/env bash
# Desktop start-up beside `helm chart list` (Helm 3.4.2), on the same caches of N charts (default 2000 and 10000):
# the time from starting `charthouse` (offscreen) to a populated table, and its peak memory; the times from the
# start to the first rows painted, to all rows painted and to the listing complete, cold (no listing kept from an
# earlier start) and warm (the listing the previous start kept), with the CPU time (user+sys) of each; then, on the
# same cache, how the table responds (scrolling, sorting, filtering) against a 60 Hz frame budget.
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
  XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/xdg-cache QT_QPA_PLATFORM=offscreen

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

# measure_paints cold|warm: median seconds from start to the first rows painted (and the CPU time used by then),
# to all rows painted and to the listing complete, and median CPU seconds of the whole run (user+sys), over $runs
# runs of charthouse. cold: the kept listing is
# removed before each run; warm: one run first keeps it.
measure_paints() {
  local first=() firstcpu=() all=() listed=() cpu=() i start
  [[ $1 == warm ]] && CHARTHOUSE_QUIT_WHEN_LISTED=1 "$app" >/dev/null 2>&1
  for ((i = 0; i < runs; i++)); do
    [[ $1 == cold ]] && rm -rf "$XDG_CACHE_HOME"
    start=$(date +%s.%N)
    CHARTHOUSE_QUIT_WHEN_LISTED=1 CHARTHOUSE_REPORT_PAINTS=1 /usr/bin/time -o "$work/time.out" -f "%U %S" \
      "$app" >/dev/null 2>"$work/stderr.out" || { echo "Error: $app failed:" >&2; cat "$work/stderr.out" >&2; exit 1; }
    first+=("$(awk -v s="$start" '$2 == "first-rows-painted" {printf "%.4f", $3 - s}' "$work/stderr.out")")
    firstcpu+=("$(awk '$2 == "first-rows-painted" {print $4}' "$work/stderr.out")")
    all+=("$(awk -v s="$start" '$2 == "all-rows-painted" {printf "%.4f", $3 - s}' "$work/stderr.out")")
    listed+=("$(awk -v s="$start" '$2 == "listing-complete" {printf "%.4f", $3 - s}' "$work/stderr.out")")
    cpu+=("$(tail -n 1 "$work/time.out" | awk '{printf "%.3f", $1 + $2}')")
  done
  printf '%s\n' "${first[@]}" | median
  printf '%s\n' "${firstcpu[@]}" | median
  printf '%s\n' "${all[@]}" | median
  printf '%s\n' "${listed[@]}" | median
  printf '%s\n' "${cpu[@]}" | median
  echo
}
median() { sort -n | awk '{a[NR]=$1} END {printf "%s ", a[int((NR+1)/2)]}'; }

mkdir -p "$work/src"
"$helm" create "$work/src/bench" >/dev/null
made=0
for n in $sizes; do
  export HELM_CACHE_HOME=$work/cache
  echo "Filling the cache up to $n charts (one charthouse-cli --legacy save, copied by bench/clone-charts.py)..."
  if [[ $made -eq 0 ]]; then
    sed -i "s/^version: .*/version: 1.0.0/" "$work/src/bench/Chart.yaml"
    "$cli" chart save "$work/src/bench" "localhost:5000/bench/bench:1.0.0" --legacy >/dev/null
  fi
  python3 "$root/bench/clone-charts.py" "$HELM_CACHE_HOME/registry/cache" "$n"
  made=$n
  read -r ht hm < <(measure "$helm" chart list)
  hc=$(/usr/bin/time -f "%U %S" "$helm" chart list 2>&1 >/dev/null | tail -n 1 | awk '{printf "%.3f", $1 + $2}')
  # Cold: no listing kept from an earlier start (the shell execs the app: its time and memory are the app's).
  read -r gt gm < <(measure env CHARTHOUSE_QUIT_WHEN_LISTED=1 sh -c 'rm -rf "$XDG_CACHE_HOME"; exec "$0"' "$app")
  read -r cf cfc ca cd cc < <(measure_paints cold)
  read -r wf wfc wa wd wc < <(measure_paints warm)
  echo
  echo "$n charts (median of $runs runs, peak RSS)"
  awk -v l="helm chart list" -v s="$ht" -v k="$hm" 'BEGIN {printf "  %-28s %8.3f s %9.1f MiB\n", l, s, k / 1024}'
  awk -v l="charthouse, start to table" -v s="$gt" -v k="$gm" 'BEGIN {printf "  %-28s %8.3f s %9.1f MiB\n", l, s, k / 1024}'
  awk -v a="$gt" -v b="$ht" -v c="$gm" -v d="$hm" 'BEGIN {printf "  ratio (charthouse/helm): time %.3f, memory %.3f\n", a / b, c / d}'
  echo "  from start (median; CPU = user+sys of the whole process, one helm run):"
  printf '  %-28s %10s %10s %10s %10s %10s\n' "" "first rows" "(its CPU)" "all rows" "listed" "CPU"
  awk -v s="$ht" -v c="$hc" 'BEGIN {printf "  %-28s %10s %10s %8.3f s %8.3f s %8.3f s\n", "helm chart list", "", "", s, s, c}'
  awk -v f="$cf" -v fc="$cfc" -v a="$ca" -v d="$cd" -v c="$cc" \
    'BEGIN {printf "  %-28s %8.3f s %8.3f s %8.3f s %8.3f s %8.3f s\n", "charthouse, cold", f, fc, a, d, c}'
  awk -v f="$wf" -v fc="$wfc" -v a="$wa" -v d="$wd" -v c="$wc" \
    'BEGIN {printf "  %-28s %8.3f s %8.3f s %8.3f s %8.3f s %8.3f s\n", "charthouse, warm (kept list)", f, fc, a, d, c}'
  echo "  the table with $n charts (1200x800 window, offscreen raster painting):"
  "$interaction" "$HELM_CACHE_HOME/registry/cache"
done
