# cli_lib.sh - helpers for the CLI tests in tests/cli/*.sh (sourced).
# Environment (set by ctest): ERGRAPH, ERGRAPH_SOURCE_DIR, ERGRAPH_TEST_DATA,
# ERGRAPH_SHARED, ERGRAPH_TMP.
set -uo pipefail

: "${ERGRAPH:?ERGRAPH must name the ergraph binary}"
SRC=${ERGRAPH_SOURCE_DIR:?}
DATA=${ERGRAPH_TEST_DATA:?}
TMP=${ERGRAPH_TMP:?}
EXAMPLE=$SRC/examples/russia-dprk
rm -rf "$TMP" && mkdir -p "$TMP"

failures=0
passes=0

pass() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# expect_exit CODE DESCRIPTION -- CMD...: runs CMD, stderr to $TMP/err.
expect_exit() {
  local want=$1 desc=$2; shift 3
  "$@" >"$TMP/stdout" 2>"$TMP/err"
  local got=$?
  if [[ $got -ne $want ]]; then
    fail "$desc: exit $got, expected $want; stderr: $(head -c 400 "$TMP/err")"
    return 1
  fi
  pass
}

# expect_err_match REGEX DESCRIPTION: the last stderr matches.
expect_err_match() {
  if grep -Eq -- "$1" "$TMP/err"; then pass; else
    fail "$2: stderr does not match /$1/: $(head -c 400 "$TMP/err")"; fi
}

# expect_one_line DESCRIPTION: stderr holds exactly one line.
expect_one_line() {
  local n; n=$(wc -l <"$TMP/err")
  if [[ $n -eq 1 ]]; then pass; else
    fail "$1: expected one message line, got $n: $(head -c 400 "$TMP/err")"; fi
}

expect_absent() {
  if [[ -e $1 ]]; then fail "$2: $1 exists"; else pass; fi
  # no temporary file left beside it either
  local left
  left=$(find "$(dirname "$1")" -maxdepth 1 -name ".$(basename "$1").*" 2>/dev/null | head -1)
  if [[ -n $left ]]; then fail "$2: temporary file left: $left"; fi
}

# golden NAME FILE: compares FILE with tests/data/cli/NAME; with
# ERGRAPH_UPDATE_GOLDEN=1 rewrites the expected file instead.
golden() {
  local want=$DATA/cli/$1
  if [[ ${ERGRAPH_UPDATE_GOLDEN:-0} == 1 ]]; then
    cp "$2" "$want"; pass; return
  fi
  if diff -u "$want" "$2" >"$TMP/diff"; then pass; else
    fail "golden $1 differs:"; head -40 "$TMP/diff" >&2; fi
}

finish() {
  echo "$passes passed, $failures failed"
  [[ $failures -eq 0 ]]
}
