#!/usr/bin/env bash
# test.sh — README's "run every test" command: set up, build, run all ctest tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
ctest --test-dir "${MGO_BUILD_DIR:-build}" --output-on-failure -j2 "$@"
