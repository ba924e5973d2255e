#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to every test: install, fetch real Helm, build with warnings as
# errors, run CTest; then the same tests built with AddressSanitizer + UBSan. CI calls this (.ci/run).
# Set CHARTHOUSE_SKIP_SANITIZE=1 to skip the sanitizer pass locally.
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
