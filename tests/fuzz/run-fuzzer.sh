#!/bin/sh
# Runs one libFuzzer target for CTest (tests/fuzz/CMakeLists.txt).
#   run-fuzzer.sh fuzz BINARY NAME SOURCE_DIR WORK_DIR SECONDS MAX_LEN
#       fuzzes a fresh copy of SOURCE_DIR/corpus/NAME in WORK_DIR/NAME (the repository is never written to),
#       and prints the number of executions;
#   run-fuzzer.sh regressions BINARY NAME SOURCE_DIR WORK_DIR
#       runs every file of SOURCE_DIR/regressions/NAME and SOURCE_DIR/corpus/NAME once.
# Fails if libFuzzer reports a crash, a leak, a timeout or running out of memory.
set -eu
mode=$1 binary=$2 name=$3 source=$4 work=$5/$3
dict=$source/dict/$name.dict
common="-timeout=10 -rss_limit_mb=2048 -artifact_prefix=$work/artifacts/"
[ -f "$dict" ] && common="$common -dict=$dict"
mkdir -p "$work/artifacts"

if [ "$mode" = regressions ]; then
  set --
  for f in "$source/regressions/$name"/* "$source/corpus/$name"/*; do
    [ -f "$f" ] && set -- "$@" "$f"
  done
  echo "$name: running $# saved inputs once"
  [ $# -eq 0 ] && exit 0
  # shellcheck disable=SC2086 # $common is a list of options
  exec "$binary" $common "$@"
fi

seconds=$6 max_len=$7
rm -rf "$work/corpus"
mkdir -p "$work/corpus"
cp "$source/corpus/$name"/* "$work/corpus/"
seeds=$(ls "$work/corpus" | wc -l)
status=0
start=$(date +%s)
# shellcheck disable=SC2086
"$binary" $common -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 "$work/corpus" \
  >"$work/fuzz.log" 2>&1 || status=$?
tail -n 60 "$work/fuzz.log"
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log")
echo "fuzz_$name: ${runs:-?} executions in $(($(date +%s) - start)) s, corpus $seeds -> $(ls "$work/corpus" | wc -l) inputs" \
  | tee "$work/summary.txt"
if [ "$status" -ne 0 ]; then
  echo "fuzz_$name: libFuzzer exited with $status; the input is in $work/artifacts/ (see docs/architecture.md)" >&2
fi
exit "$status"
