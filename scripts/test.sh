#!/usr/bin/env bash
# Quick start, step 2: every test. Builds twice, with warnings as errors:
# once normally and once under AddressSanitizer + UndefinedBehaviorSanitizer,
# and runs the whole ctest suite in both.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
jobs=$(nproc)

echo "== build (warnings are errors) =="
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DERGRAPH_WERROR=ON >/dev/null
cmake --build build-test -j"$jobs"
echo "== tests =="
ctest --test-dir build-test --output-on-failure -j"$jobs"

echo "== build with ASan + UBSan =="
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DERGRAPH_WERROR=ON -DERGRAPH_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"
echo "== tests under ASan + UBSan =="
ctest --test-dir build-asan --output-on-failure -j"$jobs"
