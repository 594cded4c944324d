#!/usr/bin/env bash
# bench/run.sh - speed benchmark of `ergraph run` against python-igraph and
# NetworkX on one synthetic actor network (see bench/README.md).
#
# Usage: bash bench/run.sh            (from anywhere; paths are repo-relative)
#
# Environment:
#   BENCH_ACTORS=5000 BENCH_RELATIONS=25000 BENCH_SEED=1   network size, seed
#   BENCH_REPEAT=3         runs per tool; the best wall-clock time is kept
#   BENCH_SLOW=300         a tool whose first run takes longer than this many
#                          seconds is not repeated (said so in the table)
#   BENCH_TIMEOUT=1800     hard cap per run (seconds); a run cut off is
#                          reported as ">cap"
#   BENCH_NX=1             0 skips NetworkX (it is ~70x slower than igraph)
#   BENCH_DRAW=1           0 skips the full `ergraph run` with diagrams
#   BENCH_DRAW_TIMEOUT=900 cap for that run (a Graphviz layout of thousands
#                          of actors can take longer than the rest together)
#   BENCH_PROFILE=0        1 adds `perf record` of `ergraph run` (top symbols)
#   BENCH_J1=0             1 adds `ergraph run --no-draw -j 1` (one process:
#                          its wall time is the whole work of the metrics)
#   BENCH_JOBS=2           build parallelism
#
# Every figure is printed next to the python-igraph baseline measured in
# the same run (as a ratio); nothing is compared with a fixed number of
# seconds.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

ACTORS=${BENCH_ACTORS:-5000}
RELATIONS=${BENCH_RELATIONS:-25000}
SEED=${BENCH_SEED:-1}
REPEAT=${BENCH_REPEAT:-3}
SLOW=${BENCH_SLOW:-300}
TIMEOUT=${BENCH_TIMEOUT:-1800}
DO_NX=${BENCH_NX:-1}
DO_DRAW=${BENCH_DRAW:-1}
DRAW_TIMEOUT=${BENCH_DRAW_TIMEOUT:-900}
DO_PROFILE=${BENCH_PROFILE:-0}
DO_J1=${BENCH_J1:-0}
JOBS=${BENCH_JOBS:-2}
PY=/usr/bin/python3          # the system python has igraph and networkx
WORK=bench/work
BUILD=$WORK/build
NET=$WORK/network.graphml
ERGRAPH=$BUILD/ergraph

die() { echo "bench: $*" >&2; exit 1; }

# ---- dependencies -----------------------------------------------------------

need=()
command -v cmake >/dev/null || need+=(cmake)
command -v cc >/dev/null || need+=(gcc)
command -v timeout >/dev/null || need+=(coreutils)
[ -x /usr/bin/time ] || need+=(time)   # GNU time: wall clock and peak RSS
if [ ${#need[@]} -gt 0 ]; then
	echo "bench: missing Debian packages: ${need[*]}" >&2
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "bench: installing them: apt-get install -y ${need[*]}" >&2
		apt-get install -y "${need[@]}" >&2 ||
			{ apt-get update >&2 &&
			  apt-get install -y "${need[@]}" >&2; } ||
			die "could not install ${need[*]}"
	else
		die "install them first: sudo apt-get install ${need[*]}"
	fi
fi
"$PY" -c 'import igraph' 2>/dev/null ||
	die "$PY lacks python-igraph (apt-get install python3-igraph)"
if [ "$DO_NX" = 1 ]; then
	"$PY" -c 'import networkx' 2>/dev/null ||
		die "$PY lacks networkx (apt-get install python3-networkx," \
		    "or BENCH_NX=0)"
fi

# ---- machine ----------------------------------------------------------------

model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
echo "== ergraph benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: ${model:-unknown CPU}, nproc $(nproc), $mem," \
     "$(uname -sr)"
echo "versions: ergraph $(git rev-parse --short HEAD 2>/dev/null ||
	echo '?')$(git diff --quiet HEAD -- 2>/dev/null || echo '+dirty')," \
     "igraph C $(pkg-config --modversion igraph 2>/dev/null || echo '?')," \
     "python-igraph $("$PY" -c 'import igraph; print(igraph.__version__)')," \
     "networkx $("$PY" -c 'import networkx; print(networkx.__version__)' \
	2>/dev/null || echo '-')"

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average: $LOAD0 (other work on the machine inflates wall times;" \
     "cpu seconds suffer less)"

# ---- build ------------------------------------------------------------------

mkdir -p "$WORK"
echo "== building ergraph (Release) in $BUILD"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DERGRAPH_TESTS=OFF \
	>"$WORK/cmake.log" 2>&1 || { cat "$WORK/cmake.log"; die "cmake failed"; }
cmake --build "$BUILD" -j"$JOBS" >>"$WORK/cmake.log" 2>&1 ||
	{ tail -40 "$WORK/cmake.log"; die "build failed"; }
[ -x "$ERGRAPH" ] || die "no CLI at $ERGRAPH (is cli/ written yet?)"

# ---- network ----------------------------------------------------------------

echo "== generating $ACTORS actors, $RELATIONS relations (seed $SEED)"
"$PY" bench/gen_network.py --actors "$ACTORS" --relations "$RELATIONS" \
	--seed "$SEED" -o "$NET"
echo "   $NET: $(du -h "$NET" | cut -f1)"

# ---- measuring --------------------------------------------------------------

# measure NAME CMD...: runs CMD up to REPEAT times under GNU time; sets
# R_SEC[NAME] (best wall clock), R_CPU[NAME] (user + system seconds of
# that run), R_RSS[NAME] (its peak RSS, KiB), R_NOTE[NAME]; keeps the best
# run's stderr in $WORK/NAME.err.
declare -A R_SEC R_CPU R_RSS R_NOTE
calc() { awk "BEGIN { print ($*) }"; }  # parenthesised: > is no redirect
measure() {
	local name=$1; shift
	local i t rss us sy best="" bestrss="" bestcpu="" note=""
	local tf="$WORK/$name.time"
	for ((i = 1; i <= REPEAT; i++)); do
		if ! /usr/bin/time -f '%e %M %U %S' -o "$tf" \
			timeout "$TIMEOUT" "$@" >"$WORK/$name.out" \
			2>"$WORK/$name.cur"; then
			if grep -q 'exited with non-zero status 124' "$tf"; then
				R_SEC[$name]=">$TIMEOUT"; R_RSS[$name]=""
				R_NOTE[$name]="cut off after ${TIMEOUT}s"
				echo "   $name: cut off after ${TIMEOUT}s" >&2
				return 0
			fi
			echo "bench: $name failed: $*" >&2
			tail -20 "$WORK/$name.cur" >&2
			R_SEC[$name]="fail"; R_RSS[$name]=""
			R_NOTE[$name]="failed (see $WORK/$name.cur)"
			return 0
		fi
		read -r t rss us sy < <(tail -1 "$tf")
		printf '   %-16s run %d: %7.2f s wall, %7.2f s cpu, %6.1f MiB\n' \
			"$name" "$i" "$t" "$(calc "$us + $sy")" \
			"$(calc "$rss / 1024")"
		if [ -z "$best" ] || [ "$(calc "$t < $best")" = 1 ]; then
			best=$t; bestrss=$rss; bestcpu=$(awk -v u="$us" -v s="$sy" \
				'BEGIN { printf "%.2f", u + s }')
			mv "$WORK/$name.cur" "$WORK/$name.err"
		fi
		if [ "$(calc "$t > $SLOW")" = 1 ] && [ "$i" -lt "$REPEAT" ]; then
			note="1 run (>${SLOW}s)"
			break
		fi
	done
	R_SEC[$name]=$best; R_RSS[$name]=$bestrss; R_CPU[$name]=$bestcpu
	R_NOTE[$name]=${note:-"best of $REPEAT"}
}

help=$("$ERGRAPH" run --help 2>&1 || true)
nodraw=()
if grep -q -- '--no-draw' <<<"$help"; then
	nodraw=(--no-draw)
fi
runopts=()
if grep -q -- '--quiet' <<<"$help"; then
	runopts=(--quiet)
fi
# The baselines analyse every relation; ergraph leaves negated ones out
# unless told otherwise.
if grep -q -- '--all-modalities' <<<"$help"; then
	runopts+=(--all-modalities)
fi

echo "== timing (best of $REPEAT wall-clock runs; peak RSS of that run)"
rm -rf "$WORK/out-run" "$WORK/out-all" "$WORK/out-j1" "$WORK/out-pb"
rm -f "$WORK"/*.err "$WORK"/*.cur "$WORK"/*.time
measure igraph "$PY" bench/py_igraph.py "$NET" "$WORK/igraph.graphml"
measure igraph_full "$PY" bench/py_igraph.py --full "$NET" \
	"$WORK/igraph_full.graphml"
if [ ${#nodraw[@]} -gt 0 ]; then
	measure ergraph_run "$ERGRAPH" run "$NET" -o "$WORK/out-run" \
		"${runopts[@]}" "${nodraw[@]}"
	if [ "$DO_J1" = 1 ] && grep -q -- '--jobs' <<<"$help"; then
		measure ergraph_j1 "$ERGRAPH" run "$NET" -o "$WORK/out-j1" \
			"${runopts[@]}" "${nodraw[@]}" --jobs 1
	fi
	# the baseline's metric set (PageRank and betweenness), same work
	if grep -q -- '--metrics' <<<"$help"; then
		measure ergraph_pb "$ERGRAPH" run "$NET" -o "$WORK/out-pb" \
			"${runopts[@]}" "${nodraw[@]}" \
			--metrics pagerank,betweenness
	fi
else
	R_SEC[ergraph_run]="n/a"; R_NOTE[ergraph_run]="CLI has no --no-draw"
fi
# read + all metrics + metrics table, no GraphML written
measure ergraph_an "$ERGRAPH" analyze "$NET" -o "$WORK/analyze.csv" \
	"${runopts[@]}"
if [ "$DO_DRAW" = 1 ]; then
	TIMEOUT=$DRAW_TIMEOUT measure ergraph_all "$ERGRAPH" run "$NET" \
		-o "$WORK/out-all" "${runopts[@]}"
fi
if [ "$DO_NX" = 1 ]; then
	measure networkx "$PY" bench/py_networkx.py "$NET" \
		"$WORK/networkx.graphml"
fi

# Reader micro-benchmark: read + write GraphML, no metrics.
conv=()
if "$ERGRAPH" convert --help >/dev/null 2>&1; then
	conv=("$ERGRAPH" convert "$NET" -o "$WORK/convert.graphml")
fi
measure igraph_rw "$PY" bench/py_igraph.py --read-only "$NET" \
	"$WORK/igraph_rw.graphml"
if [ ${#conv[@]} -gt 0 ]; then
	measure ergraph_rw "${conv[@]}"
fi

# ---- tables -----------------------------------------------------------------

ratio() { # ratio SEC BASE
	case "$1:$2" in
	:*|*:|*[!0-9.:]*) echo "-" ;;
	*) awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' ;;
	esac
}
row() { # row NAME LABEL BASENAME
	local s=${R_SEC[$1]:-} c=${R_CPU[$1]:-} r=${R_RSS[$1]:-} mib="-" q qc
	[ -n "$s" ] || return 0
	[ -n "$r" ] && mib=$(awk -v r="$r" 'BEGIN { printf "%.0f", r / 1024 }')
	q=$(ratio "$s" "${R_SEC[$3]:-}"); [ "$q" = - ] || q=${q}x
	qc=$(ratio "$c" "${R_CPU[$3]:-}"); [ "$qc" = - ] || qc=${qc}x
	printf '%-50s %8s %7s %8s %7s %7s  %s\n' "$2" "$s" "$q" "${c:--}" \
		"$qc" "$mib" "${R_NOTE[$1]}"
}
header() {
	printf '%-50s %8s %7s %8s %7s %7s  %s\n' tool "wall s" ratio \
		"cpu s" ratio "RSS MiB" runs
}

echo
echo "== results: $ACTORS actors, $RELATIONS relations; ratio to python-igraph"
echo "   (load average at start: $LOAD0; at end: $(cut -d' ' -f1-3 /proc/loadavg))"
header
row igraph "python-igraph (read, pagerank, betweenness, write)" igraph
row ergraph_run "ergraph run --no-draw (read, all metrics, write)" igraph
row ergraph_j1 "ergraph run --no-draw --jobs 1 (one process)" igraph
row ergraph_an "ergraph analyze (read, all metrics, csv)" igraph
row ergraph_pb "ergraph run --no-draw --metrics pagerank,betweenness" igraph
row ergraph_all "ergraph run (also .dot .svg .png)" igraph
row igraph_full "python-igraph --full (ergraph's metric set)" igraph
row networkx "NetworkX (read, pagerank, betweenness, write)" igraph
echo
echo "== GraphML read + write only (no metrics); ratio to python-igraph"
header
row igraph_rw "python-igraph Read_GraphML + write_graphml" igraph_rw
if [ ${#conv[@]} -gt 0 ]; then
	row ergraph_rw "ergraph convert IN -o OUT.graphml" igraph_rw
else
	echo "(ergraph has no convert command: reader not timed alone)"
fi

echo
verdict() { # verdict NAME BASENAME LABEL
	local r c; r=$(ratio "${R_SEC[$1]:-x}" "${R_SEC[$2]:-}")
	c=$(ratio "${R_CPU[$1]:-x}" "${R_CPU[$2]:-}")
	if [ "$r" = "-" ]; then
		echo "$3: not measured (${R_NOTE[$1]:-skipped})"
	elif [ "$(calc "$r <= 1.2")" = 1 ]; then
		echo "$3: ${r}x wall (${c}x cpu) -> within 1.2x: YES"
	else
		echo "$3: ${r}x wall (${c}x cpu) -> within 1.2x: NO"
	fi
}
verdict ergraph_run igraph \
	"TARGET: ergraph run --no-draw vs python-igraph"
verdict ergraph_run igraph_full \
	"same work, ergraph run --no-draw vs python-igraph --full"

echo
echo "== where python-igraph spends its time (best run, seconds)"
for n in igraph igraph_full networkx; do
	[ -f "$WORK/$n.err" ] || continue
	printf '%-12s %s\n' "$n" "$(awk '$1 == "phase" { printf "%s %s  ", $2, $3 }' \
		"$WORK/$n.err")"
done

if [ "$DO_PROFILE" = 1 ] && command -v perf >/dev/null && \
	[ ${#nodraw[@]} -gt 0 ]; then
	echo
	echo "== perf profile of ergraph run --no-draw (top symbols, self time)"
	rm -rf "$WORK/out-perf"
	perf record -q -o "$WORK/perf.data" "$ERGRAPH" run "$NET" \
		-o "$WORK/out-perf" "${runopts[@]}" "${nodraw[@]}" \
		>/dev/null 2>&1 || echo "(perf record failed)"
	echo "-- by library"
	perf report -i "$WORK/perf.data" --stdio --sort dso 2>/dev/null |
		grep -E '^ +[0-9]' | head -8 || true
	echo "-- by symbol"
	perf report -i "$WORK/perf.data" --stdio --sort dso,symbol \
		2>/dev/null | grep -E '^ +[0-9]' | head -25 || true
fi
