#!/usr/bin/env bash
# `chart diff` of two 200-file charts (a `helm create` chart grown to 200 files: templates of 40-120 lines and a
# values.yaml of ~600 lines), the second with 20 templates edited, 3 added, 3 removed and 15 values changed,
# beside `diff -ru` of the same two directories. Prints the median of R runs of each and their ratio. Aim: the
# chart diff in 0.2 s or less.
# Usage: bench/bench-diff.sh [--runs R] [--files N] [--cli PATH] [--helm PATH]
set -euo pipefail
runs=21 files=200
cli="$(cd "$(dirname "$0")/.." && pwd)/build/bin/charthouse-cli"
helm="${CHARTHOUSE_HELM_DIR:-$HOME/.cache/charthouse/helm}/4.1.4/helm"
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --files) files=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --helm) helm=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in "$cli" "$helm"; do
  [[ -x $tool ]] || { echo "Error: $tool missing (build, scripts/fetch-helm.sh)" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "Error: python3 missing (it writes the charts)" >&2; exit 1; }

work=$(mktemp -d)
trap '[[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT
export HOME=$work HELM_CACHE_HOME=$work/helm-cache HELM_CONFIG_HOME=$work/helm-config HELM_DATA_HOME=$work/helm-data
mkdir -p "$work/old"
"$helm" create "$work/old/bench" >/dev/null

python3 - "$work/old/bench" "$work/new/bench" "$files" <<'PY'
import os, random, shutil, sys
old, new, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(20261129)
existing = sum(len(f) for _, _, f in os.walk(old))
def template(i, lines):
    out = [f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{{{ include \"bench.fullname\" . }}}}-cm{i}\n"
           "  labels:\n    {{- include \"bench.labels\" . | nindent 4 }}\ndata:\n"]
    out += [f"  key{j}: {{{{ .Values.settings.s{j % 50} | quote }}}}  # line {j} of {i}\n" for j in range(lines)]
    return "".join(out)
for i in range(total - existing):
    with open(os.path.join(old, "templates", f"cm{i:03}.yaml"), "w") as f:
        f.write(template(i, rng.randint(40, 120)))
with open(os.path.join(old, "values.yaml"), "a") as f:
    f.write("\n# Settings the generated templates read.\nsettings:\n")
    for j in range(500):
        f.write(f"  # setting {j}\n  s{j}: value-{j}\n")
shutil.copytree(old, new)
names = sorted(n for n in os.listdir(os.path.join(new, "templates")) if n.startswith("cm"))
for name in rng.sample(names[3:], 20):
    path = os.path.join(new, "templates", name)
    lines = open(path).read().splitlines(True)
    for _ in range(3):
        k = rng.randrange(8, len(lines))
        lines[k] = lines[k].replace("quote", "squote")
    open(path, "w").write("".join(lines))
for name in names[:3]:
    os.remove(os.path.join(new, "templates", name))
for i in range(3):
    with open(os.path.join(new, "templates", f"added{i}.yaml"), "w") as f:
        f.write(template(1000 + i, 60))
values = open(os.path.join(new, "values.yaml")).read()
for j in rng.sample(range(500), 15):
    values = values.replace(f"  s{j}: value-{j}\n", f"  s{j}: changed-{j}\n")
open(os.path.join(new, "values.yaml"), "w").write(values)
PY
count=$(find "$work/old/bench" -type f | wc -l)
[[ $count -ge $files ]] || { echo "Error: made $count files, wanted $files" >&2; exit 1; }

# The comparison must see every change before it is timed.
set +e
"$cli" chart diff "$work/old/bench" "$work/new/bench" --output json >"$work/out.json"
status=$?
set -e
[[ $status -eq 1 ]] || { echo "Error: chart diff exited $status, expected 1" >&2; exit 1; }
python3 - "$work/out.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
kinds = [f["change"] for f in d["files"]]
assert kinds.count("modified") == 20 and kinds.count("added") == 3 and kinds.count("removed") == 3, kinds
assert len(d["values"]["changes"]) == 15, d["values"]["changes"]
PY

# median_ms CMD...: the median wall time of R runs in milliseconds (exit status 1 is "different", not failure).
median_ms() {
  local i start end
  local -a times=()
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || [[ $? -eq 1 ]]
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f\n", a[int((NR+1)/2)]/1000}'
}

echo "files per chart: $count; runs: $runs; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
ours=$(median_ms "$cli" chart diff "$work/old/bench" "$work/new/bench")
ours_json=$(median_ms "$cli" chart diff "$work/old/bench" "$work/new/bench" --output json)
theirs=$(median_ms diff -ru "$work/old/bench" "$work/new/bench")
echo "charthouse-cli chart diff (unified): ${ours} ms"
echo "charthouse-cli chart diff (json):    ${ours_json} ms"
echo "diff -ru:                            ${theirs} ms"
awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "ratio chart diff / diff -ru: %.1fx\n", a / b}'
awk -v a="$ours" 'BEGIN {exit !(a <= 200)}' && echo "aim (<= 200 ms): met" || echo "aim (<= 200 ms): NOT met"
