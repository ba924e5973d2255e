#!/usr/bin/env bash
# Builds the .deb with CPack, checks its control data and contents, installs it with apt-get (offline: the
# dependencies are installed by scripts/install-deps.sh), runs the installed programs, then purges it and
# checks that nothing of it is left.
#   test-deb.sh BUILD_DIR CPACK_COMMAND VERSION
# Exit status 77 (CTest SKIP_RETURN_CODE) without root or passwordless sudo, without dpkg/apt, or when a
# charthouse package is installed already (this test does not replace it).
# Whatever happens after the installation, the EXIT trap purges the package again.
set -uo pipefail

build=$1
cpack=$2
version=$3
app_id=io.github.charthouse.Charthouse

skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
step() { echo "== $*"; }

for tool in dpkg dpkg-deb dpkg-query apt-get; do
  command -v "$tool" >/dev/null || skip "$tool is missing: not a Debian system"
done
command -v dpkg-shlibdeps >/dev/null || skip "dpkg-shlibdeps is missing (apt-get install dpkg-dev)"
[[ -x $cpack ]] || command -v "$cpack" >/dev/null || skip "cpack ($cpack) is missing"
if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  skip "installing the package needs root or passwordless sudo"
fi
status=$(dpkg-query -W -f='${Status}' charthouse 2>/dev/null)
if [[ -n $status && $status != *not-installed* ]]; then
  skip "a charthouse package is installed already ($status); this test does not replace it"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/charthouse-deb.XXXXXX") || fail "mktemp"
chmod 755 "$tmp" # apt's sandbox user (_apt) reads the .deb from here
installed=0
cleanup() {
  local left
  left=$(dpkg-query -W -f='${Status}' charthouse 2>/dev/null)
  if ((installed)) && [[ -n $left && $left != *not-installed* ]]; then
    echo "== cleanup: purging the charthouse package ($left)"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q charthouse >/dev/null 2>&1 ||
      "${as_root[@]}" dpkg --purge charthouse
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

step "cpack -G DEB"
timeout 300 "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/cpack" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log"; fail "cpack"; }
debs=("$tmp"/cpack/charthouse_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { cat "$tmp/cpack.log"; fail "expected one charthouse_*.deb, got: ${debs[*]}"; }
deb=${debs[0]}
chmod 644 "$deb"
echo "$deb"

step "dpkg-deb -I: control data"
dpkg-deb -I "$deb" || fail "dpkg-deb -I"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == charthouse ]] || fail "Package: $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version: $(field Version), expected $version"
depends=$(field Depends)
# From dpkg-shlibdeps (versioned), and the run-time plugin packages it cannot see.
for wanted in "libqt6core6 (>=" "libqt6widgets6 (>=" "libqt6network6 (>=" "libqt6svg6 (>=" "libqt6keychain1 (>=" \
  "libc6 (>=" "qt6-qpa-plugins" "qt6-translations-l10n"; do
  [[ $depends == *"$wanted"* ]] || fail "Depends lacks \"$wanted\": $depends"
done

step "dpkg-deb -c: contents"
dpkg-deb -c "$deb" >"$tmp/contents" || fail "dpkg-deb -c"
cat "$tmp/contents"
# Paths without the leading "." and the trailing "/"; directories apart.
awk '$1 !~ /^d/ { p = $6; sub(/^\./, "", p); print p }' "$tmp/contents" | sort >"$tmp/files"
awk '$1 ~ /^d/ { p = $6; sub(/^\./, "", p); sub(/\/$/, "", p); if (p != "") print p }' "$tmp/contents" |
  sort >"$tmp/dirs"
man_page=$(grep -E '^/usr/share/man/man1/charthouse-cli\.1(\.gz)?$' "$tmp/files")
printf '%s\n' /usr/bin/charthouse /usr/bin/charthouse-cli \
  "/usr/share/applications/$app_id.desktop" \
  "/usr/share/metainfo/$app_id.metainfo.xml" \
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  "${man_page:-/usr/share/man/man1/charthouse-cli.1.gz}" \
  /usr/share/bash-completion/completions/charthouse-cli \
  /usr/share/doc/charthouse/copyright | sort >"$tmp/expected"
if ! diff -u "$tmp/expected" "$tmp/files"; then
  fail "the package's files differ from the expected ones (- expected, + in the package)"
fi
! grep -Ei 'test|bench|\.a$|\.so' "$tmp/files" || fail "a test, benchmark or library file is in the package"

step "apt-get install (offline)"
# Offline: every dependency is installed already (scripts/install-deps.sh), so apt installs this one package.
# (apt-get's --no-download cannot be used: it refuses local .deb files.)
plan=$(apt-get install -s -q --no-install-recommends "$deb" 2>&1) || { echo "$plan"; fail "apt-get install -s $deb"; }
others=$(sed -n 's/^Inst \([^ ]*\).*/\1/p' <<<"$plan" | grep -vx charthouse)
[[ -z $others ]] || fail "dependencies are missing (run scripts/install-deps.sh): $(tr "\n" " " <<<"$others")"
installed=1 # from here on the EXIT trap purges, even if the installation fails half-way
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -q --no-install-recommends \
  -o DPkg::Lock::Timeout=120 "$deb" || fail "apt-get install $deb"
status=$(dpkg-query -W -f='${Status} ${Version}' charthouse)
[[ $status == "install ok installed $version" ]] || fail "dpkg status after installing: $status"

# Nothing of the user's: home, configuration, cache and state in the temporary directory.
home=$tmp/home
mkdir -p "$home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
run() {
  env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" XDG_DATA_HOME="$home/.local/share" \
    XDG_STATE_HOME="$home/.local/state" XDG_RUNTIME_DIR="$tmp/runtime" HELM_CACHE_HOME="$tmp/helm" \
    DOCKER_CONFIG="$home/.docker" "$@"
}

step "/usr/bin/charthouse-cli --version"
out=$(run timeout 30 /usr/bin/charthouse-cli --version) || fail "charthouse-cli --version"
echo "$out"
[[ $(head -n1 <<<"$out") == "charthouse-cli $version"* ]] || fail "unexpected --version output"

step "/usr/bin/charthouse-cli chart save, chart list"
mkdir -p "$tmp/pkg/templates"
printf 'apiVersion: v2\nname: pkg\nversion: 0.1.0\ndescription: The packaging test chart\n' >"$tmp/pkg/Chart.yaml"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pkg\n' >"$tmp/pkg/templates/configmap.yaml"
cache=$tmp/helm/registry/cache # the default cache for HELM_CACHE_HOME, which the app reads below
ref=localhost:5000/test/pkg:0.1.0
run timeout 30 /usr/bin/charthouse-cli --cache "$cache" chart save "$tmp/pkg" "$ref" || fail "chart save"
out=$(run timeout 30 /usr/bin/charthouse-cli --cache "$cache" chart list) || fail "chart list"
echo "$out"
awk -v ref="$ref" '$1 == ref { found = 1 } END { exit !found }' <<<"$out" || fail "chart list does not show $ref"
out=$(run timeout 30 /usr/bin/charthouse-cli chart list --output json) || fail "chart list (default cache)"
grep -qF "\"ref\": \"$ref\"" <<<"$out" || fail "chart list with HELM_CACHE_HOME does not show $ref: $out"

step "/usr/bin/charthouse (offscreen, quits once the table is filled)"
code=0
run env QT_QPA_PLATFORM=offscreen CHARTHOUSE_QUIT_WHEN_LISTED=1 timeout 30 /usr/bin/charthouse \
  >"$tmp/app.log" 2>&1 || code=$?
cat "$tmp/app.log"
[[ $code -eq 0 ]] || fail "charthouse exited with status $code (124: still running after 30 s)"

step "installed extras: man page, bash completion"
if command -v man >/dev/null; then
  page=$(man -w charthouse-cli) || fail "man -w charthouse-cli finds no page"
  echo "man page: $page"
fi
bash --norc --noprofile -c 'source /usr/share/bash-completion/completions/charthouse-cli && complete -p charthouse-cli' ||
  fail "the installed bash completion does not load"

step "apt-get purge"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive timeout 300 apt-get purge -y -q -o DPkg::Lock::Timeout=120 \
  charthouse || fail "apt-get purge charthouse"
installed=0
status=$(dpkg-query -W -f='${Status}' charthouse 2>/dev/null)
[[ -z $status || $status == *not-installed* ]] || fail "dpkg still lists charthouse: $status"
if dpkg -s charthouse >/dev/null 2>&1; then # known to dpkg at all: only as not installed
  [[ $(dpkg -s charthouse | sed -n 's/^Status: //p') == *not-installed* ]] || fail "dpkg -s says charthouse is installed"
fi
left=0
while read -r file; do
  if [[ -e $file || -L $file ]]; then
    echo "left behind: $file"
    left=1
  fi
done <"$tmp/files"
# A directory may stay if another package owns it or something else is in it.
while read -r dir; do
  [[ -d $dir ]] || continue
  if ! dpkg-query -S "$dir" >/dev/null 2>&1 && [[ -z $(ls -A "$dir") ]]; then
    echo "left behind: empty directory $dir that no package owns"
    left=1
  fi
done <"$tmp/dirs"
[[ $left -eq 0 ]] || fail "the purge left files behind"

echo "OK: the .deb builds, installs, runs and purges cleanly"
