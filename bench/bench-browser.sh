#!/usr/bin/env bash
# The registry browser's versions listing: a repository of N chart versions (default 500) on a local
# docker-registry, listed with `charthouse-cli chart tags --output json` (tags, then every manifest and config blob,
# 4 at a time):
#   1. first visit (empty metadata cache): tag list + N manifests + N configs;
#   2. the same requests made with curl, 4 at a time (xargs -P4): one curl a URL, and 4 curls over kept-alive
#      connections (the floor: no process start per request);
#   3. second visit within the freshness window (10 minutes): the tag list alone, the rest from the metadata cache,
#      beside the same tag pages fetched with curl;
#   4. refresh (--refresh, or a listing older than the window): tag list + one HEAD a tag, beside the same HEADs
#      made with curl;
#   5. a catalog of C repositories (default 2000, made in the registry's storage): `repo list`, beside curl
#      following the same pages.
# Prints the median wall time of R runs (default 5) and the ratio first visit / curl.
# Aim (issue 13): first visit <= 3 s and <= 2x curl; second visit <= 0.3 s. (That the window never stalls while
# the sidebar fills with the 2,000 is measured by test_browser_window, largeCatalogListsProgressivelyWithoutStalling.)
# Usage: bench/bench-browser.sh [--versions N] [--repositories C] [--runs R] [--cli PATH]
set -euo pipefail
versions=500 repositories=2000 runs=5
cli="$(cd "$(dirname "$0")/.." && pwd)/build/bin/charthouse-cli"
while [[ $# -gt 0 ]]; do
  case $1 in
    --versions) versions=$2; shift 2 ;;
    --repositories) repositories=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -x $cli ]] || { echo "Error: charthouse-cli not found at $cli (build first)" >&2; exit 1; }
command -v curl >/dev/null || { echo "Error: curl missing (apt-get install curl)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "Error: python3 missing" >&2; exit 1; }
# shellcheck source=bench/local-registry.sh
source "$(dirname "$0")/local-registry.sh"

work=$(mktemp -d)
start_local_registry "$work"
repo=bench/browse
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config DOCKER_CONFIG=$work/home/.docker
mkdir -p "$HOME"

# N versions, each its own config and chart layer (random bytes, ~1 KiB), over one kept-alive connection.
python3 - "$host" "$repo" "$versions" <<'PY'
import hashlib, http.client, json, os, sys
host, repo, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
c = http.client.HTTPConnection(host)
def call(method, url, body=b"", headers={}):
    c.request(method, url, body, headers)
    r = c.getresponse(); r.read()
    if r.status >= 300: sys.exit(f"{method} {url}: {r.status}")
    return r
def blob(data):
    d = "sha256:" + hashlib.sha256(data).hexdigest()
    loc = call("POST", f"/v2/{repo}/blobs/uploads/").getheader("Location")
    sep = "&" if "?" in loc else "?"
    call("PUT", f"{loc}{sep}digest={d}", data, {"Content-Type": "application/octet-stream"})
    return {"digest": d, "size": len(data)}
for i in range(n):
    v = f"{i // 100}.{i % 100}.0"
    config = json.dumps({"apiVersion": "v2", "name": "browse", "version": v, "appVersion": "1.16.0",
                         "description": "A Helm chart for Kubernetes"}).encode()
    cd, ld = blob(config), blob(os.urandom(1024))
    manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": dict(mediaType="application/vnd.cncf.helm.config.v1+json", **cd),
        "layers": [dict(mediaType="application/vnd.cncf.helm.chart.content.v1.tar+gzip", **ld)],
        "annotations": {"org.opencontainers.image.created": "2026-01-01T00:00:00Z"}}).encode()
    call("PUT", f"/v2/{repo}/manifests/{v}", manifest,
         {"Content-Type": "application/vnd.oci.image.manifest.v1+json"})
PY

# median SECONDS of CMD... run $runs times; before each run, $prepare (if set) is evaluated.
measure() {
  local times=() i start end
  for ((i = 0; i < runs; i++)); do
    [[ -n ${prepare:-} ]] && eval "$prepare"
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$work/stderr.out" || { echo "Error: $* failed:" >&2; cat "$work/stderr.out" >&2; exit 1; }
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

list() { XDG_CACHE_HOME=$work/xdg-cache "$cli" --cache "$work/cache" chart tags --plain-http --output json "$@" "$host/$repo"; }
repo_list() { XDG_CACHE_HOME=$work/xdg-cache "$cli" --cache "$work/cache" repo list --plain-http "$host"; }

# The curl baseline makes the requests the first visit makes: the tag pages, then every manifest and config.
base=http://$host/v2/$repo
tags=$(curl -sf "$base/tags/list?n=100000" | python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin)["tags"]))')
[[ $(wc -l <<<"$tags") -eq $versions ]] || { echo "Error: the registry lists $(wc -l <<<"$tags") tags, not $versions" >&2; exit 1; }
accept='application/vnd.oci.image.manifest.v1+json'
configs=$(while read -r t; do curl -sf -H "Accept: $accept" "$base/manifests/$t"; echo; done <<<"$tags" |
  python3 -c 'import json,sys; [print(json.loads(l)["config"]["digest"]) for l in sys.stdin if l.strip()]')
# One curl a URL (as a script would), or 4 curls of N/4 URLs each over kept-alive connections (the floor).
batch=$(((versions + 3) / 4))
tag_pages() { for ((p = 0; p * 100 < versions; p++)); do curl -sf "$base/tags/list?n=100" >/dev/null; done; }
curl_visit() {
  tag_pages
  sed "s,^,$base/manifests/," <<<"$tags" | xargs -P4 -n1 curl -sf -o /dev/null -H "Accept: $accept"
  sed "s,^,$base/blobs/," <<<"$configs" | xargs -P4 -n1 curl -sf -o /dev/null
}
curl_kept_alive() {
  tag_pages
  sed "s,^,$base/manifests/," <<<"$tags" | xargs -P4 -n"$batch" curl -sf -H "Accept: $accept" >/dev/null
  sed "s,^,$base/blobs/," <<<"$configs" | xargs -P4 -n"$batch" curl -sf >/dev/null
}
curl_heads() {
  tag_pages
  sed "s,^,$base/manifests/," <<<"$tags" | xargs -P4 -n"$batch" curl -sfI -H "Accept: $accept" >/dev/null
}

prepare="rm -rf '$work/xdg-cache'"
first=$(measure list)
prepare=""
curl_time=$(measure curl_visit)
kept_time=$(measure curl_kept_alive)
list >/dev/null # warm
second=$(measure list)
# docker-registry 2.8 answers tags/list with every tag in one page (n aside): the second visit's one request.
tag_list() { curl -sf "$base/tags/list?n=100" >/dev/null; }
pages_time=$(measure tag_list)
refresh=$(measure list --refresh)
heads_time=$(measure curl_heads)

# The catalog: C repositories as distribution finds them (a directory holding _layers), made in its storage.
for ((i = 0; i < repositories; i++)); do printf '%s/storage/docker/registry/v2/repositories/bench/catalog/chart-%05d/_layers\n' "$work" "$i"; done |
  xargs mkdir -p
catalog_pages() {
  local url="/v2/_catalog?n=100" next
  while [[ -n $url ]]; do
    next=$(curl -sf -D - -o /dev/null "http://$host$url" | tr -d '\r' | sed -n 's/^[Ll]ink: <\([^>]*\)>.*/\1/p')
    url=$next
  done
}
listed=$(repo_list | wc -l)
[[ $listed -ge $repositories ]] || { echo "Error: repo list shows $listed repositories, not $repositories" >&2; exit 1; }
catalog=$(measure repo_list)
catalog_curl=$(measure catalog_pages)

echo "Versions listing, $versions versions on a local docker-registry ($host), median of $runs runs:"
awk -v f="$first" -v c="$curl_time" -v k="$kept_time" -v s="$second" -v p="$pages_time" -v r="$refresh" \
  -v h="$heads_time" -v n="$versions" -v g="$catalog" -v gc="$catalog_curl" -v m="$repositories" 'BEGIN {
  printf "  first visit (tags + %d manifests + %d configs)       %7.3f s\n", n, n, f
  printf "  curl, same requests, xargs -P4, one curl a URL     %7.3f s\n", c
  printf "  curl, same requests, 4 curls kept alive            %7.3f s\n", k
  printf "  second visit, fresh (the tag list alone)           %7.3f s\n", s
  printf "  curl, the same tag list (one request)              %7.3f s\n", p
  printf "  refresh (tags + %d HEADs, metadata cache warm)     %7.3f s\n", n, r
  printf "  curl, the same HEADs, 4 curls kept alive           %7.3f s\n", h
  printf "  repo list, catalog of %d repositories            %7.3f s\n", m, g
  printf "  curl, the same catalog pages                       %7.3f s\n", gc
  printf "  first / curl: %.2f (one a URL), %.2f (kept alive); aim <= 2\n", f / c, f / k
  printf "  first <= 3 s: %s; second <= 0.3 s: %s; refresh / curl HEADs: %.2f\n",
    (f <= 3 ? "yes" : "no"), (s <= 0.3 ? "yes" : "no"), r / h }'
