#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build ergraph, and run the
# main job on the bundled example. Prints where the outputs are.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DERGRAPH_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)"

out=out/russia-dprk
./build/ergraph run examples/russia-dprk/relations.csv \
  --actors examples/russia-dprk/actors.csv \
  --title "Russia–North Korea ties, 2022–2024" -o "$out"
echo
echo "Top actors by PageRank:"
./build/ergraph analyze examples/russia-dprk/relations.csv \
  --actors examples/russia-dprk/actors.csv -f md -q | head -n 12
echo
echo "Outputs are in $(pwd)/$out"
