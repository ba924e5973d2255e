#!/usr/bin/env bash
# Sources packaging/linux/charthouse-cli.bash-completion in a bare bash (run as `bash --norc --noprofile`) and
# checks what the completion function offers, with COMP_WORDS/COMP_CWORD split as bash splits them.
#   test-completion.sh SOURCE_DIR BIN_DIR
set -uo pipefail

source_dir=$1
bin_dir=$2
cli=$bin_dir/charthouse-cli
[[ -x $cli ]] || { echo "FAIL: no $cli (build first)"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# A cache with two charts, a chart directory, a package and other files to complete.
mkdir -p "$tmp/chartdir/templates" "$tmp/storage" "$tmp/config/Charthouse"
printf 'apiVersion: v2\nname: pkg\nversion: 0.1.0\n' >"$tmp/chartdir/Chart.yaml"
cache=$tmp/cache
"$cli" --cache "$cache" chart save "$tmp/chartdir" localhost:5000/test/pkg:0.1.0 >/dev/null || exit 1
"$cli" --cache "$cache" chart save "$tmp/chartdir" localhost:5000/other/pkg:1.0.0 >/dev/null || exit 1
: >"$tmp/chart.tgz"
: >"$tmp/chart.txt"
: >"$tmp/stfile"
: >"$tmp/htpasswd"
printf '[registries]\nmy.registry.example%%3A5443\\username=me\nmy.registry.example%%3A5443\\plainHttp=false\n' \
  >"$tmp/config/Charthouse/charthouse.ini"
export XDG_CONFIG_HOME=$tmp/config HOME=$tmp
export PATH=$bin_dir:$PATH

# shellcheck source=/dev/null
source "$source_dir/packaging/linux/charthouse-cli.bash-completion"

spec=$(complete -p charthouse-cli 2>&1)
[[ $spec == "complete -F _charthouse_cli charthouse-cli" ]] || { echo "FAIL: registered as: $spec"; failures=1; }

# Splits LINE as bash does for COMP_WORDS (blanks separate words; ":" and "=" are words of their own), sets
# COMP_WORDS, COMP_CWORD (the last word) and, unless NO_LINE is set, COMP_LINE and COMP_POINT; then runs the
# completion function and prints COMPREPLY sorted, one a line.
complete_line() {
  local line=$1 word="" c i
  COMP_WORDS=()
  for ((i = 0; i < ${#line}; i++)); do
    c=${line:i:1}
    if [[ $c == [[:space:]] ]]; then
      [[ -n $word ]] && COMP_WORDS+=("$word")
      word=""
    elif [[ $c == [:=] ]]; then
      [[ -n $word ]] && COMP_WORDS+=("$word")
      COMP_WORDS+=("$c")
      word=""
    else
      word+=$c
    fi
  done
  if [[ -n $word ]]; then
    COMP_WORDS+=("$word")
  elif [[ $line == *[[:space:]] ]]; then
    COMP_WORDS+=("")
  fi
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  if [[ -n ${NO_LINE:-} ]]; then
    unset COMP_LINE COMP_POINT
  else
    COMP_LINE=$line
    COMP_POINT=${#line}
  fi
  COMPREPLY=()
  _charthouse_cli charthouse-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]:-}" 2>/dev/null
  if ((${#COMPREPLY[@]})); then printf '%s\n' "${COMPREPLY[@]}" | sort; fi
}

# expect LINE CANDIDATE... : exactly these candidates (in any order).
expect() {
  local line=$1
  shift
  local got want
  got=$(complete_line "$line")
  want=$(if (($#)); then printf '%s\n' "$@" | sort; fi)
  if [[ $got == "$want" ]]; then
    echo "ok   [$line]${NO_LINE:+ (no COMP_LINE)}"
  else
    echo "FAIL [$line]${NO_LINE:+ (no COMP_LINE)}"
    echo "  expected: $(tr '\n' ' ' <<<"$want")"
    echo "  got:      $(tr '\n' ' ' <<<"$got")"
    failures=1
  fi
}

# expect_has LINE CANDIDATE... : at least these.
expect_has() {
  local line=$1 c got
  shift
  got=$(complete_line "$line")
  for c in "$@"; do
    if ! grep -qxF -- "$c" <<<"$got"; then
      echo "FAIL [$line] lacks $c (got: $(tr '\n' ' ' <<<"$got"))"
      failures=1
      return
    fi
  done
  echo "ok   [$line] has $*"
}

run_cases() {
  expect "charthouse-cli " chart registry repo
  expect "charthouse-cli --cache $cache r" registry repo
  expect "charthouse-cli chart " save list show export remove prune diff verify push pull tags copy tag delete
  expect "charthouse-cli chart ta" tags tag
  expect "charthouse-cli repo " list
  expect "charthouse-cli repo list -o " table json
  expect_has "charthouse-cli chart tags --" --output --stable --parallel --username --plain-http
  expect_has "charthouse-cli chart delete --" --username --password-stdin --plain-http
  expect "charthouse-cli chart pr" prune
  expect "charthouse-cli chart v" verify
  expect "charthouse-cli registry " login logout serve status logs stop
  expect "charthouse-cli registry s" serve status stop
  expect "charthouse-cli chart list --output " table json
  expect "charthouse-cli chart show -o " text json
  expect "charthouse-cli chart list --output=j" json
  expect "charthouse-cli chart export --" --cache --destination --force --help --version
  expect "charthouse-cli chart remove --" --cache --help --version
  expect "charthouse-cli chart prune --" --cache --dry-run --help --version
  expect "charthouse-cli chart prune "
  expect "charthouse-cli chart diff --" --cache --output --only --help --version
  expect "charthouse-cli chart diff -o " unified json
  expect "charthouse-cli chart diff --only " values templates metadata images manifest
  expect_has "charthouse-cli --cache $cache chart diff localhost:5000/test/pkg:0.1.0 localhost:5000/o" 5000/other/pkg:1.0.0
  expect "charthouse-cli chart save --" --cache --help --key --keyring --legacy --passphrase-file --sign --version
  expect "charthouse-cli chart verify --" --cache --help --keyring --version
  expect_has "charthouse-cli chart push --" --parallel --username --password-stdin --plain-http \
    --insecure-skip-tls-verify --ca-file --cert-file --key-file
  expect "charthouse-cli registry serve --" --address --storage --user --password-stdin --htpasswd \
    --cache --help --version
  expect "charthouse-cli registry stop --a" --address
  expect "charthouse-cli --" --cache --help --version

  # Cached references, from `chart list --output json`; bash replaces only what follows the last ":".
  expect "charthouse-cli --cache $cache chart show " localhost:5000/other/pkg:1.0.0 localhost:5000/test/pkg:0.1.0
  expect "charthouse-cli --cache $cache chart export localhost:5000/te" 5000/test/pkg:0.1.0
  expect "charthouse-cli --cache=$cache chart remove localhost:" 5000/other/pkg:1.0.0 5000/test/pkg:0.1.0
  expect "charthouse-cli chart push --cache $cache localhost:5000/test/pkg:" 0.1.0
  expect "charthouse-cli --cache $cache chart tags " localhost:5000/other/pkg localhost:5000/test/pkg
  expect "charthouse-cli --cache $cache chart show localhost:5000/test/pkg:0.1.0 "
  expect "charthouse-cli --cache $cache chart copy " localhost:5000/other/pkg:1.0.0 localhost:5000/test/pkg:0.1.0
  expect "charthouse-cli --cache $cache chart verify " localhost:5000/other/pkg:1.0.0 localhost:5000/test/pkg:0.1.0
  expect "charthouse-cli --cache $cache chart verify --keyring $tmp/chart.t" "$tmp/chart.tgz" "$tmp/chart.txt"
  expect "charthouse-cli chart save --passphrase-file $tmp/chart.t" "$tmp/chart.tgz" "$tmp/chart.txt"
  expect "charthouse-cli chart save --key "
  expect "charthouse-cli chart pull --key-file $tmp/chart.t" "$tmp/chart.tgz" "$tmp/chart.txt"
  expect "charthouse-cli --cache $cache registry login " localhost:5000 my.registry.example:5443
  expect "charthouse-cli registry logout " my.registry.example:5443

  # Directories and files.
  expect "charthouse-cli chart save $tmp/ch" "$tmp/chart.tgz" "$tmp/chartdir"
  expect "charthouse-cli chart save $tmp/chartdir localhost:5000/x/y:1 "
  expect "charthouse-cli registry serve --storage $tmp/st" "$tmp/storage"
  expect "charthouse-cli registry serve --htpasswd=$tmp/ht" "$tmp/htpasswd"
  expect "charthouse-cli chart export -d $tmp/cha" "$tmp/chartdir"
  expect "charthouse-cli --cache $tmp/sto" "$tmp/storage"
  expect "charthouse-cli chart pull --ca-file $tmp/chart.t" "$tmp/chart.tgz" "$tmp/chart.txt"
  expect "charthouse-cli chart push -u "
}

run_cases
# Without COMP_LINE (as some callers leave it), the split words are re-joined all the same.
NO_LINE=1 expect "charthouse-cli --cache $cache chart export localhost:5000/te" 5000/test/pkg:0.1.0
NO_LINE=1 expect "charthouse-cli chart list --output=t" table
NO_LINE=1 expect "charthouse-cli registry serve --address " localhost:5000

# Without jq: the sed fallback reads the same references. PATH has only what the completion may run.
mkdir "$tmp/nojq"
for tool in sed sort timeout tr grep; do # what the completion runs, and tr and grep for expect()
  ln -s "$(command -v "$tool")" "$tmp/nojq/$tool"
done
ln -s "$cli" "$tmp/nojq/charthouse-cli"
saved_path=$PATH
# shellcheck disable=SC2123 # on purpose
PATH=$tmp/nojq
command -v jq >/dev/null && { echo "FAIL: jq is still on PATH"; failures=1; }
expect "charthouse-cli --cache $cache chart show " localhost:5000/other/pkg:1.0.0 localhost:5000/test/pkg:0.1.0
expect "charthouse-cli --cache $cache chart tags localhost:5000/o" 5000/other/pkg
PATH=$saved_path

# Every command that --help lists is completed.
help=$("$cli" --help)
while read -r group subs; do
  IFS='|' read -ra names <<<"$subs"
  for sub in "${names[@]}"; do
    complete_line "charthouse-cli $group " | grep -qxF "$sub" ||
      { echo "FAIL: \"$group $sub\" (from --help) is not completed"; failures=1; }
  done
done < <(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed -n 's/^ *\(chart\|registry\) \([a-z|]*\).*/\1 \2/p')

if ((failures)); then
  echo "FAILED"
  exit 1
fi
echo "OK: bash completion"
