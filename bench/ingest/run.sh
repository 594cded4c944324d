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
if [ ! -s "$work/corpus.txt" ] || [ "$(stat -L -c %s "$work/corpus.txt")" -lt $((size * 1000000)) ]; then
  /usr/bin/python3 "$here/gen.py" "$work" "$size"
fi
bytes=$(stat -L -c %s "$work/corpus.txt")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
naliases=$(wc -l < "$work/aliases.txt")
echo "corpus: $mb MB; lexicon: $naliases aliases (+ the default lexicon)"

# t NAME CMD...: runs CMD (output to $work/last.out); sets NAME_wall,
# NAME_cpu (user + system seconds, children included) and NAME_rss (KB).
t() {
  local name=$1; shift
  /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$@" > "$work/last.out" 2> "$work/last.err" ||
    { cat "$work/last.err" >&2; return 1; }
  read -r w u s m < "$work/time.txt"
  printf -v "${name}_wall" "%s" "$w"
  printf -v "${name}_cpu" "%s" "$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')"
  printf -v "${name}_rss" "%s" "$m"
}
rate() { awk -v b="$bytes" -v s="$1" 'BEGIN { if (s > 0) printf "%.0f", b / 1e6 / s; else print "-" }'; }

t ing "$build/ergraph" ingest -q -l "$work/bench.lex" -o "$work/out.graphml" "$work/corpus.txt"
rel=$(grep -c "<edge " "$work/out.graphml" || true)
t grp bash -c "LC_ALL=C grep -o -F -f '$work/aliases.txt' '$work/corpus.txt' | wc -l"
gm=$(cat "$work/last.out")
t wcw bash -c "wc -w < '$work/corpus.txt'"
wm=$(cat "$work/last.out")
load=$(cut -d' ' -f1-3 /proc/loadavg)
printf "%-34s %8s %8s %8s %8s\n" "" "wall s" "MB/s" "cpu s" "MB/cpu-s"
row() { printf "%-34s %8s %8s %8s %8s  %s\n" "$1" "$2" "$(rate "$2")" "$3" "$(rate "$3")" "$4"; }
row "ergraph ingest ($rel relations)" "$ing_wall" "$ing_cpu" "peak RSS ${ing_rss} KB"
row "grep -o -F -f ALIASES | wc -l" "$grp_wall" "$grp_cpu" "$gm matches"
row "wc -w" "$wcw_wall" "$wcw_cpu" "$wm words"
awk -v a="$ing_wall" -v b="$grp_wall" -v c="$ing_cpu" -v d="$grp_cpu" \
  'BEGIN { printf "ergraph / grep: %.2fx wall, %.2fx cpu (target <= 3x)\n", a / b, c / d }'
echo "load average during the run: $load ($(nproc) CPUs)"

# The library's share, phase by phase (lexicon, erg_text_ingest_file,
# GraphML writer), in CPU seconds of one process.
if cc -O2 -I "$src/include" "$here/phases.c" -o "$work/phases" \
     -L "$build" -lergraph -Wl,-rpath,"$build" 2> "$work/phases.err"; then
  "$work/phases" "$work/bench.lex" "$work/corpus.txt" "$work/out2.graphml"
else
  echo "phases: not built ($(head -c 200 "$work/phases.err"))"
fi

# The phrase scan alone: ergraph's trie (default + bench lexicon) against
# Hyperscan literals (when libhyperscan-dev is installed), same corpus.
hs=()
if [ -f /usr/include/hs/hs.h ]; then hs=(-DHAVE_HS -lhs); fi
if cc -O2 -I "$src/include" -I "$src/ingest" -I "$src/graph" "$here/scan.c" -o "$work/scan" \
     -L "$build" -lergraph "${hs[@]}" -Wl,-rpath,"$build" 2> "$work/scan.err"; then
  "$work/scan" "$work/bench.lex" "$work/aliases.txt" "$work/corpus.txt"
else
  echo "scan: not built ($(head -c 200 "$work/scan.err"))"
fi

