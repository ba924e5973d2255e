#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to every test: install, fetch real Helm, build with warnings as
# errors, run CTest; then the same tests built with AddressSanitizer + UBSan. CI calls this (.ci/run).
# Set CHARTHOUSE_SKIP_SANITIZE=1 to skip the sanitizer pass locally.
# Then a few minutes of libFuzzer on every parser of outside bytes (tests/fuzz); CHARTHOUSE_SKIP_FUZZ=1 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-tests
scripts/fetch-helm.sh
jobs=$(nproc)

run_suite() { # build-dir extra-cmake-args...
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCHARTHOUSE_WERROR=ON "$@" >/dev/null
  cmake --build "$dir" -j"$jobs"
  # A private session bus so keychain tests talk to their own Secret Service.
  dbus-run-session -- ctest --test-dir "$dir" --output-on-failure -j"$jobs"
}

echo "== Tests (RelWithDebInfo, -Werror)"
run_suite build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo
if [[ "${CHARTHOUSE_SKIP_SANITIZE:-0}" != 1 ]]; then
  echo "== Tests (AddressSanitizer + UBSan)"
  UBSAN_OPTIONS=print_stacktrace=1 \
    run_suite build-asan -DCMAKE_BUILD_TYPE=Debug -DCHARTHOUSE_SANITIZE=ON -DCHARTHOUSE_BENCH_IN_CTEST=OFF
fi
if [[ "${CHARTHOUSE_SKIP_FUZZ:-0}" != 1 ]]; then
  echo "== Fuzzing (libFuzzer, clang-14)"
  # Only the parsers and their fuzz targets are built (CHARTHOUSE_FUZZ leaves out the GUI, CLI and QtTests).
  CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DCHARTHOUSE_WERROR=ON -DCHARTHOUSE_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build-fuzz -j"$jobs"
  fuzz_status=0
  ctest --test-dir build-fuzz -L fuzz --output-on-failure -j2 || fuzz_status=$?
  cat build-fuzz/tests/fuzz/work/*/summary.txt 2>/dev/null || true
  exit "$fuzz_status"
fi
