#!/usr/bin/env bash
# Checks one of the files in packaging/linux with the tool made for it; any warning fails.
#   check-files.sh desktop  SOURCE_DIR              desktop-file-validate
#   check-files.sh metainfo SOURCE_DIR              appstreamcli validate --no-net --strict
#   check-files.sh manpage  SOURCE_DIR CLI_PROGRAM  groff -ww, man --warnings, lexgrog; every command and flag
#                                                   of `charthouse-cli --help` is in the page
# Exit status 77 (CTest SKIP_RETURN_CODE) when the tool is not installed.
set -uo pipefail

what=$1
dir=$2/packaging/linux
skip() { echo "SKIP: $* (scripts/install-deps.sh --with-tests installs it)"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
# Runs a command; fails on a non-zero status or on any output.
quiet() {
  local out
  out=$("$@" 2>&1)
  local status=$?
  [[ -n $out ]] && printf '%s\n' "$out"
  [[ $status -eq 0 && -z $out ]] || fail "$* (status $status, output above)"
}

case $what in
desktop)
  command -v desktop-file-validate >/dev/null || skip "desktop-file-validate (desktop-file-utils) is missing"
  quiet desktop-file-validate "$dir/io.github.charthouse.Charthouse.desktop"
  ;;
metainfo)
  command -v appstreamcli >/dev/null || skip "appstreamcli (appstream) is missing"
  appstreamcli validate --no-net --strict --explain "$dir/io.github.charthouse.Charthouse.metainfo.xml" ||
    fail "appstreamcli validate"
  ;;
manpage)
  page=$dir/charthouse-cli.1
  cli=$3
  command -v groff >/dev/null || skip "groff (groff-base) is missing"
  quiet groff -man -Tutf8 -ww -z "$page"
  if command -v man >/dev/null; then
    out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [[ -z $out ]] || fail "man -l $page: $out"
  fi
  if command -v lexgrog >/dev/null; then # what mandb and whatis will read from the NAME section
    quiet_out=$(lexgrog "$page" 2>&1) || fail "lexgrog: $quiet_out"
    [[ $quiet_out == *"charthouse-cli - "* ]] || fail "lexgrog reads no NAME line: $quiet_out"
  fi
  # Every command and flag that --help lists is in the page.
  help=$("$cli" --help) || fail "$cli --help"
  text=$(groff -man -Tutf8 "$page" 2>/dev/null | sed 's/.\x08//g')
  missing=0
  while read -r group subs; do
    IFS='|' read -ra names <<<"$subs"
    for sub in "${names[@]}"; do
      grep -Eq "^ +$group $sub( |$)" <<<"$text" || { echo "COMMANDS lacks: $group $sub"; missing=1; }
    done
  done < <(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n 's/^ *\(chart\|registry\|repo\) \([a-z|]*\).*/\1 \2/p')
  while read -r flag; do
    grep -Eq "^ +(-[a-z], )?$flag( |$)" <<<"$text" || { echo "OPTIONS lacks: $flag"; missing=1; }
  done < <(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
  [[ $missing -eq 0 ]] || fail "the man page does not cover charthouse-cli --help"
  ;;
*)
  echo "usage: $0 desktop|metainfo|manpage SOURCE_DIR [CLI]" >&2
  exit 2
  ;;
esac
echo "OK: $what"
