#!/usr/bin/env bash
# test.sh — README's "run every test" command: set up, build, run every test:
#  1. the runtime's unit tests under ThreadSanitizer (build-tsan/, runtime only);
#  2. all ctest tests of the normal build: unit tests of every layer, golden programs
#     (compared with go build), bad-input programs, Go's conformance files.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
if [ "${MGO_SKIP_TSAN:-0}" != 1 ]; then
  TSAN=${MGO_TSAN_BUILD_DIR:-build-tsan}
  [ -f "$TSAN/build.ninja" ] || cmake -S . -B "$TSAN" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMGO_TSAN=ON >/dev/null
  ninja -C "$TSAN" runtime_tests >&2
  echo "== runtime unit tests under ThreadSanitizer"
  TSAN_OPTIONS="halt_on_error=1 ${TSAN_OPTIONS:-}" "$TSAN/runtime_tests" --gtest_brief=1
fi
ctest --test-dir "${MGO_BUILD_DIR:-build}" --output-on-failure -j2 "$@"
