#!/usr/bin/env bash
# common_options.sh - the options every command shares (cli_cmd_option in
# cli/common.c): --help, unknown options, -j, --seed, -f, -b, the view and
# actor selection options, no input, and no output over an input. Each
# command must answer alike: same message, exit 2 for usage, 1 for input.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"

R=$TMP/rel.csv
cp "$EXAMPLE/relations.csv" "$R"
A=(--actors "$EXAMPLE/actors.csv")
# commands that read a network, and what else each needs to get going
declare -A NEED=([run]="-o $TMP/run" [analyze]="" [draw]="-o $TMP/x.dot"
  [convert]="-o $TMP/x.graphml" [timeline]="" [layers]="" [diff]="$R"
  [slides]="-o $TMP/slides" [report]="-o $TMP/x.html")
VIEWS=(run analyze draw timeline layers diff slides report)

# usage: exit 2 and "ergraph CMD: MSG" then the --help hint
expect_usage() { # CMD MSG-REGEX DESC -- ARGS...
  local cmd=$1 re=$2 desc=$3; shift 4
  expect_exit 2 "$desc" -- "$ERGRAPH" "$cmd" "$@" || return
  expect_err_match "$re" "$desc"
  expect_err_match "^Try 'ergraph $cmd --help'\.\$" "$desc hint"
}

for cmd in run analyze draw convert timeline layers diff slides report ingest lexicon; do
  expect_exit 0 "$cmd --help" -- "$ERGRAPH" $cmd --help
  grep -q "^Usage: ergraph $cmd" "$TMP/stdout" && pass || fail "$cmd --help: no usage line"
  [[ ! -s $TMP/err ]] && pass || fail "$cmd --help wrote to stderr"
  expect_exit 0 "$cmd -h" -- "$ERGRAPH" $cmd -h
  expect_usage $cmd "^ergraph $cmd: invalid option '--bogus'\$" "$cmd unknown option" -- --bogus "$R"
  expect_usage $cmd "^ergraph $cmd: invalid option '-Z'\$" "$cmd unknown short option" -- -qZ "$R"
  expect_usage $cmd "^ergraph $cmd: option '--quiet' takes no value\$" "$cmd --quiet=1" -- --quiet=1 "$R"
  expect_usage $cmd "^ergraph $cmd: option '--help' takes no value\$" "$cmd --help=1" -- --help=1 "$R"
  # getopt says nothing of its own: one message, then the hint
  [[ $(wc -l <"$TMP/err") -eq 2 ]] && pass || fail "$cmd: more than one message: $(head -c 300 "$TMP/err")"
  [[ $cmd == lexicon ]] && continue # no option with a value
  expect_usage $cmd "^ergraph $cmd: option '-l' needs a value\$" "$cmd -l without its value" -- "$R" -l
  expect_usage $cmd "^ergraph $cmd: option '--lexicon' needs a value\$" "$cmd --lexicon without its value" -- "$R" --lexicon
done
# an unknown short option inside a cluster, after a long option with '='
expect_usage analyze "^ergraph analyze: invalid option '-Z'\$" "analyze -Zq after --types=" -- --types="$TMP/none.tsv" -Zq "$R"
# one wording for every command: no other form of "invalid option" left
# in the sources
if grep -rnE '"(bad|unknown|unrecognized) option' "$SRC/cli" >"$TMP/forms"; then
  fail "another wording of 'invalid option': $(head -3 "$TMP/forms")"; else pass; fi

# no input
for cmd in "${!NEED[@]}" ingest; do
  [[ $cmd == diff ]] && continue
  expect_usage $cmd "^ergraph $cmd: no input file\$" "$cmd no input" -- ${NEED[$cmd]:-}
done

# -j and --seed
for cmd in run analyze draw timeline layers diff slides report; do
  expect_usage $cmd "^ergraph $cmd: --jobs: not a number from 1 to 1024: '0'\$" "$cmd -j 0" -- "$R" ${NEED[$cmd]} -j 0
  expect_usage $cmd "^ergraph $cmd: --jobs: not a number from 1 to 1024: 'x'\$" "$cmd --jobs x" -- "$R" ${NEED[$cmd]} --jobs x
done
for cmd in analyze timeline layers diff; do
  expect_usage $cmd "^ergraph $cmd: --seed: not a number: 'x'\$" "$cmd --seed x" -- "$R" ${NEED[$cmd]} --seed x
  expect_exit 0 "$cmd --seed 7" -- "$ERGRAPH" $cmd "$R" ${NEED[$cmd]} --seed 7 -q
done

# -f (tables) and -b (metrics)
for cmd in analyze timeline layers; do
  expect_usage $cmd "^ergraph $cmd: unknown format 'xml' \(csv, tsv, json, md\)\$" "$cmd -f xml" -- "$R" -f xml
  expect_exit 0 "$cmd --format tsv" -- "$ERGRAPH" $cmd "$R" --format tsv -q
  head -1 "$TMP/stdout" | grep -q $'\t' && pass || fail "$cmd --format tsv: no tab in the header"
done
for cmd in analyze timeline layers diff slides report; do
  expect_usage $cmd "^ergraph $cmd: unknown metric 'fame'\$" "$cmd -b fame" -- "$R" ${NEED[$cmd]} -b fame
done
for cmd in timeline layers diff slides; do
  expect_usage $cmd "^ergraph $cmd: unknown metric 'community'\$" "$cmd --by community" -- "$R" ${NEED[$cmd]} --by community
done

# view and actor selection options
for cmd in "${VIEWS[@]}"; do
  n=${NEED[$cmd]}
  expect_usage $cmd "^ergraph $cmd: --depth needs --focus\$" "$cmd --depth alone" -- "$R" $n --depth 2
  expect_usage $cmd "^ergraph $cmd: --top-by needs --top\$" "$cmd --top-by alone" -- "$R" $n --top-by degree
  expect_usage $cmd "^ergraph $cmd: --top: keep at least one actor\$" "$cmd --top 0" -- "$R" $n --top 0
  expect_usage $cmd "^ergraph $cmd: --top: not a whole number from 0 to 1000000: 'x'\$" "$cmd --top x" -- "$R" $n --top x
  expect_usage $cmd "^ergraph $cmd: --min-weight: not a non-negative number: '-1'\$" "$cmd --min-weight -1" -- "$R" $n --min-weight -1
  expect_usage $cmd "^ergraph $cmd: --focus: empty actor name\$" "$cmd empty --focus" -- "$R" $n --focus ''
  expect_usage $cmd "^ergraph $cmd: --focus: unknown actor 'Atlantis'" "$cmd unknown --focus" -- "$R" $n "${A[@]}" --focus Atlantis
  expect_usage $cmd "^ergraph $cmd: unknown relation type 'friendship'" "$cmd unknown --type" -- "$R" $n --type friendship
  expect_usage $cmd "^ergraph $cmd: unknown modality 'rumoured'" "$cmd unknown --modality" -- "$R" $n --modality rumoured
done

# --types and --actors that cannot be read: exit 1, one message
for cmd in "${!NEED[@]}"; do
  expect_exit 1 "$cmd missing --types" -- "$ERGRAPH" $cmd "$R" ${NEED[$cmd]} --types "$TMP/none.tsv"
  expect_err_match "none\.tsv" "$cmd missing --types"
  expect_one_line "$cmd missing --types"
  expect_exit 1 "$cmd missing --actors" -- "$ERGRAPH" $cmd "$R" ${NEED[$cmd]} --actors "$TMP/none.csv"
  expect_err_match "none\.csv" "$cmd missing --actors"
done

# value errors of a command's own options: "OPTION: ..." or "unknown ..."
expect_usage draw "^ergraph draw: --dpi: not a number from 10 to 1200: 'lots'\$" "draw --dpi lots" -- "$R" -o "$TMP/x.png" --dpi lots
expect_usage draw "^ergraph draw: --size-by: unknown metric 'fame'\$" "draw --size-by fame" -- "$R" -o "$TMP/x.png" --size-by fame
expect_usage slides "^ergraph slides: --size-by: unknown metric 'fame'\$" "slides --size-by fame" -- "$R" -o "$TMP/s" --size-by fame
expect_usage layers "^ergraph layers: --modality-sets: unknown modality 'rumoured'" "layers --modality-sets" -- "$R" --modality-sets "reported;rumoured"
expect_usage ingest "^ergraph ingest: no output \(-o OUT\.graphml, or --explain\)\$" "ingest without -o" -- "$R"

# no output over an input (-o, and the second outputs)
for args in "analyze -o $R" "layers -o $R" "convert -o $R" "draw -o $R -F dot" \
  "report -o $R" "timeline -t $R" "diff $R --report $R" \
  "convert -o $TMP/c.csv --actors-out $R" "ingest -o $R"; do
  set -- $args
  cmd=$1; shift
  expect_exit 1 "$cmd over an input" -- "$ERGRAPH" $cmd "$R" "$@"
  expect_err_match "^ergraph: .*rel\.csv: refusing to write over an input file\$" "$cmd over an input"
  cmp -s "$R" "$EXAMPLE/relations.csv" && pass || fail "$cmd over an input: input modified"
done

# -q: nothing on stderr for a run that works
expect_exit 0 "analyze -q" -- "$ERGRAPH" analyze "$R" "${A[@]}" -q -o "$TMP/q.csv"
[[ ! -s $TMP/err ]] && pass || fail "analyze -q wrote to stderr: $(head -c 200 "$TMP/err")"

finish
