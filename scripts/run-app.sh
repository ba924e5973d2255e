#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running Charthouse: install, build, launch.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHARTHOUSE_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)"
exec build/bin/charthouse "$@"
