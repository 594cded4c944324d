#!/bin/bash
# Text-ingest benchmark: generates a >= 200 MB varied English corpus and a
# >= 10,000-alias lexicon (bench/ingest/gen.py), then prints ergraph ingest
# MB/s next to `grep -o -F -f ALIASES | wc -l` and `wc -w` on the same
# corpus in the same run. Separate from bench/run.sh (the spine's).
#
# Usage: bench/ingest/run.sh [SIZE_MB] [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
size=${1:-200}
build=${2:-$here/work/build}
work=$here/work
mkdir -p "$work"
if [ ! -x "$build/ergraph" ]; then
  cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DERGRAPH_TESTS=OFF >/dev/null
  cmake --build "$build" -j2 >/dev/null
fi
if [ ! -s "$work/corpus.txt" ] || [ "$(stat -c %s "$work/corpus.txt")" -lt $((size * 1000000)) ]; then
  /usr/bin/python3 "$here/gen.py" "$work" "$size"
fi
bytes=$(stat -c %s "$work/corpus.txt")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
naliases=$(wc -l < "$work/aliases.txt")
echo "corpus: $mb MB; lexicon: $naliases aliases (+ the default lexicon)"

t() { # seconds of wall time of "$@", output to $work/last.out
  local s e
  s=$(date +%s.%N)
  "$@" > "$work/last.out" 2> "$work/last.err" || { cat "$work/last.err" >&2; return 1; }
  e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", e - s }'
}
rate() { awk -v b="$bytes" -v s="$1" 'BEGIN { printf "%.0f", b / 1e6 / s }'; }

ts=$(t "$build/ergraph" ingest -q -l "$work/bench.lex" -o "$work/out.graphml" "$work/corpus.txt")
rel=$(grep -c "<edge " "$work/out.graphml" || true)
tg=$(t bash -c "LC_ALL=C grep -o -F -f '$work/aliases.txt' '$work/corpus.txt' | wc -l")
gm=$(cat "$work/last.out")
tw=$(t bash -c "wc -w < '$work/corpus.txt'")
wm=$(cat "$work/last.out")
rss=$( { /usr/bin/time -f %M "$build/ergraph" ingest -q -l "$work/bench.lex" -o "$work/out2.graphml" "$work/corpus.txt" ; } 2>&1 | tail -1)
printf "%-34s %8s s %6s MB/s  %s\n" "ergraph ingest ($rel relations)" "$ts" "$(rate "$ts")" "peak RSS ${rss} KB"
printf "%-34s %8s s %6s MB/s  %s matches\n" "grep -o -F -f ALIASES | wc -l" "$tg" "$(rate "$tg")" "$gm"
printf "%-34s %8s s %6s MB/s  %s words\n" "wc -w" "$tw" "$(rate "$tw")" "$wm"
awk -v a="$ts" -v b="$tg" 'BEGIN { printf "ergraph / grep time: %.2fx (target <= 3x)\n", a / b }'
