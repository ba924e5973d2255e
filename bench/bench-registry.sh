#!/usr/bin/env bash
# Registry benchmarks beside the real Helm 4.1.4, in one run, against one local docker-registry:
#   push N charts: `charthouse-cli chart push REF...` (one process) vs a loop of `helm push`;
#   pull N charts: `charthouse-cli chart pull REF...` (one process) vs a loop of `helm pull`.
# Prints wall times and the ratios charthouse/helm (lower is better).
# Usage: bench/bench-registry.sh [--charts N] [--cli PATH] [--helm PATH]
set -euo pipefail
# shellcheck source=bench/local-registry.sh
source "$(dirname "$0")/local-registry.sh"
charts=100
cli="$(cd "$(dirname "$0")/.." && pwd)/build/bin/charthouse-cli"
helm="${CHARTHOUSE_HELM_DIR:-$HOME/.cache/charthouse/helm}/4.1.4/helm"
while [[ $# -gt 0 ]]; do
  case $1 in
    --charts) charts=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --helm) helm=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -x $cli ]] || { echo "Error: charthouse-cli not found at $cli (build first)" >&2; exit 1; }
[[ -x $helm ]] || { echo "Error: Helm 4.1.4 not found at $helm (scripts/fetch-helm.sh)" >&2; exit 1; }

work=$(mktemp -d)
start_local_registry "$work"

export HOME=$work/home HELM_CACHE_HOME=$work/helm-cache HELM_CONFIG_HOME=$work/helm-config \
  HELM_DATA_HOME=$work/helm-data XDG_CONFIG_HOME=$work/config DOCKER_CONFIG=$work/docker
mkdir -p "$HOME" "$work/src" "$work/packages" "$work/helm-pulled"
cache=$work/ours-cache

echo "Preparing $charts charts (helm create output, one version each)..."
"$helm" create "$work/src/bench" >/dev/null
refs=()
for ((i = 0; i < charts; i++)); do
  sed -i "s/^version: .*/version: 1.0.$i/" "$work/src/bench/Chart.yaml"
  "$helm" package "$work/src/bench" -d "$work/packages" >/dev/null
  "$cli" --cache "$cache" chart save "$work/src/bench" "$host/ours/bench:1.0.$i" >/dev/null
  refs+=("$host/ours/bench:1.0.$i")
done

seconds() { local start=$1 end; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}'; }
report() { # label helm_s ours_s
  awk -v l="$1" -v h="$2" -v o="$3" 'BEGIN {printf "%s\n  helm 4.1.4 (loop)        %8.3f s\n  charthouse-cli (1 call)  %8.3f s\n  ratio (charthouse/helm): %.3f (%.1fx faster)\n", l, h, o, o / h, h / o}'
}

start=$(date +%s.%N)
for ((i = 0; i < charts; i++)); do
  "$helm" push "$work/packages/bench-1.0.$i.tgz" "oci://$host/helm" --plain-http >/dev/null 2>&1
done
helm_push=$(seconds "$start")
start=$(date +%s.%N)
"$cli" --cache "$cache" chart push ${CLI_FLAGS:-} "${refs[@]}" >/dev/null
ours_push=$(seconds "$start")

start=$(date +%s.%N)
for ((i = 0; i < charts; i++)); do
  "$helm" pull "oci://$host/helm/bench" --version "1.0.$i" --plain-http -d "$work/helm-pulled" >/dev/null 2>&1
done
helm_pull=$(seconds "$start")
start=$(date +%s.%N)
"$cli" --cache "$work/ours-pulled" chart pull ${CLI_FLAGS:-} "${refs[@]}" >/dev/null
ours_pull=$(seconds "$start")

[[ $(ls "$work/helm-pulled" | wc -l) -eq $charts ]] || { echo "Error: helm pulled $(ls "$work/helm-pulled" | wc -l) charts" >&2; exit 1; }
[[ $("$cli" --cache "$work/ours-pulled" chart list -o json | grep -c '"ref"') -eq $charts ]] || { echo "Error: charthouse pulled too few" >&2; exit 1; }

echo
report "push $charts charts" "$helm_push" "$ours_push"
echo
report "pull $charts charts" "$helm_pull" "$ours_pull"
