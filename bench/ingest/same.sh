#!/bin/bash
# Extraction-equivalence check for speed work: writes the GraphML (and the
# --explain text) of a fixed set of inputs with one ergraph binary, and
# either saves them as the reference or compares them byte for byte with
# the saved reference. A speed change must leave every file identical.
#
# Usage: bench/ingest/same.sh save|check BUILD_DIR [REF_DIR]
#   inputs: ../shared/corpus/russia-dprk-ties-2024.txt, every
#   tests/data/text/*.txt (default lexicon), examples/russia-dprk/texts/*
#   with examples/russia-dprk/russia-dprk.lex, and a 20 MB slice of the
#   bench corpus with bench.lex (bench/ingest/run.sh makes the corpus).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
mode=${1:?save|check}
build=${2:?BUILD_DIR}
ref=${3:-$here/work/ref}
work=$here/work
erg=$build/ergraph
if [ "$mode" = save ]; then out=$ref; else out=$work/cmp; fi
rm -rf "$out"; mkdir -p "$out"
if [ ! -s "$work/slice.txt" ] && [ -s "$work/corpus.txt" ]; then
  head -c 20000000 "$work/corpus.txt" > "$work/slice.txt"
fi
one() { # NAME ARGS...
  local name=$1; shift
  "$erg" ingest -q "$@" -o "$out/$name.graphml" > /dev/null 2>&1 || echo "exit $?" > "$out/$name.rc"
  "$erg" ingest -q --explain "$@" -o /dev/null > "$out/$name.explain" 2>&1 || true
}
one brief "$src/../shared/corpus/russia-dprk-ties-2024.txt"
for f in "$src"/tests/data/text/*.txt; do one "text-$(basename "$f" .txt)" "$f"; done
ex=$src/examples/russia-dprk
one example -l "$ex/russia-dprk.lex" "$ex"/texts/*
for f in "$ex"/texts/*; do one "ex-$(basename "$f")" -l "$ex/russia-dprk.lex" "$f"; done
if [ -s "$work/slice.txt" ]; then
  "$erg" ingest -q -l "$work/bench.lex" -o "$out/slice.graphml" "$work/slice.txt"
fi
if [ "$mode" = check ]; then
  if diff -r -q "$ref" "$out"; then echo "same: $(ls "$out" | wc -l) files identical"; else echo "DIFFERENT"; exit 1; fi
fi
