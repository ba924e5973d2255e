#!/usr/bin/env bash
# Installs the Debian 12 packages Charthouse needs to build, run and test, skipping what is there.
# Runs apt-get as root, or through sudo.
set -euo pipefail

build_pkgs=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6opengl6-dev qtkeychain-qt6-dev libarchive-dev libyaml-cpp-dev
  zlib1g-dev libssl-dev libgpgme-dev)
run_pkgs=(libqt6svg6 qt6-qpa-plugins fonts-nanum qt6-translations-l10n # a Hangul font and Qt's own Korean (buttons)
  gpg gpg-agent) # GPGME runs gpg to verify provenance, and gpg-agent to sign it
test_pkgs=(docker-registry apache2-utils skopeo gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth
  unzip jq time clang-format clang-tidy appstream desktop-file-utils dpkg-dev file fakeroot groff-base openssl
  clang-14 libclang-rt-14-dev # libFuzzer for tests/fuzz
  python3-pyatspi at-spi2-core # tests/ui/accessibility_tree.py walks the AT-SPI tree on Xvfb
  locales) # digests must not change with the user's locale: tests run under de_DE, fr_FR and tr_TR too
test_locales=(de_DE.UTF-8 fr_FR.UTF-8 tr_TR.UTF-8)

want=("${build_pkgs[@]}" "${run_pkgs[@]}")
if [[ "${1:-}" == "--with-tests" ]]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# npm fetches the real Helm binaries for interop tests. Node.js may come from elsewhere (NodeSource ships npm
# inside its nodejs package, which conflicts with Debian's npm), so only a missing npm command asks for it.
if [[ "${1:-}" == "--with-tests" ]] && ! command -v npm >/dev/null; then
  missing+=(npm)
fi
missing_locales=()
if [[ "${1:-}" == "--with-tests" ]]; then
  for l in "${test_locales[@]}"; do
    locale -a 2>/dev/null | grep -qix "${l/UTF-8/utf8}" || missing_locales+=("$l")
  done
fi
[[ ${#missing[@]} -eq 0 && ${#missing_locales[@]} -eq 0 ]] && exit 0

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "Error: need root or sudo to install ${missing[*]} ${missing_locales[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -q
  "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [[ ${#missing_locales[@]} -gt 0 ]]; then
  echo "Generating locales: ${missing_locales[*]}"
  for l in "${missing_locales[@]}"; do
    grep -q "^$l UTF-8" /etc/locale.gen 2>/dev/null || echo "$l UTF-8" | "${as_root[@]}" tee -a /etc/locale.gen >/dev/null
  done
  "${as_root[@]}" locale-gen
fi
