#!/bin/bash
# Interleaved CPU time of `ergraph ingest -l bench.lex` with two or more
# builds of the library, for speed work on a shared, noisy machine: the
# same CLI binary runs with each library in turn (LD_LIBRARY_PATH; the CLI
# has a RUNPATH, which it overrides), round after round, so that the load
# of other processes spreads over all of them alike. Prints each run's
# user + system seconds, then min, median and mean per library.
#
# Usage: bench/ingest/ab.sh ROUNDS CLI LIBDIR... (CORPUS=file to change
#   the input, default work/corpus.txt; NICE=-20 when root, to be
#   preempted less). A LIBDIR holds libergraph.so.0, e.g. a copy taken
#   with `cp -L BUILD/libergraph.so.0 DIR/` before and after a change.
#   Differences under 5 % need 10 rounds or more at a load of 2 or more.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rounds=${1:?ROUNDS}
cli=${2:?CLI}
shift 2
corpus=${CORPUS:-$here/work/corpus.txt}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
nice=()
if [ -n "${NICE:-}" ]; then nice=(nice -n "$NICE"); fi
declare -A runs
for _ in $(seq "$rounds"); do
  for lib in "$@"; do
    LD_LIBRARY_PATH=$lib "${nice[@]}" /usr/bin/time -f "%U %S" -o "$out/t" \
      "$cli" ingest -q -l "$here/work/bench.lex" -o "$out/o.graphml" "$corpus"
    runs[$lib]="${runs[$lib]:-} $(awk '{ printf "%.2f", $1 + $2 }' "$out/t")"
  done
done
for lib in "$@"; do
  # shellcheck disable=SC2086
  printf "%s\n" ${runs[$lib]} | sort -n | awk -v l="$lib" -v r="${runs[$lib]}" '
    { v[NR] = $1; s += $1 }
    END { printf "%s:%s\n  min %.2f median %.2f mean %.3f cpu s\n", l, r,
                 v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), s / NR }'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) CPUs)"
