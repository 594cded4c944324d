#!/usr/bin/env bash
# Every bad-input class: one clear message naming the file (and line where
# known), exit code 1, and no output file left behind.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
BAD=$DATA/bad

# check NAME INPUT LINE_REGEX [extra args...]
check() {
  local name=$1 input=$2 where=$3; shift 3
  local out=$TMP/$name.graphml
  expect_exit 1 "$name" -- "$ERGRAPH" convert "$input" "$@" -o "$out" &&
    expect_err_match "$where" "$name" && expect_one_line "$name"
  expect_absent "$out" "$name"
  local dir=$TMP/$name-run
  expect_exit 1 "$name (run)" -- "$ERGRAPH" run "$input" "$@" -o "$dir" -q
  expect_absent "$dir/network.graphml" "$name (run)"
  expect_absent "$dir/metrics.csv" "$name (run)"
}

check missing_file "$TMP/no-such-file.csv" 'no-such-file\.csv.*(No such file|cannot open)'
check unclosed "$BAD/unclosed.graphml" 'unclosed\.graphml:[0-9]+'
check unknown_node "$BAD/unknown_node.graphml" "unknown_node\.graphml:6.*zz"
check bad_attr_type "$BAD/bad_attr_type.graphml" 'bad_attr_type\.graphml:3.*decimal'
check hyperedge "$BAD/hyperedge.graphml" 'hyperedge\.graphml:7.*hyperedge'
check too_few_columns "$BAD/too_few_columns.csv" 'too_few_columns\.csv:3'
check unknown_type "$BAD/unknown_type.csv" "unknown_type\.csv:3.*friendship"
check unknown_modality "$BAD/unknown_modality.csv" "unknown_modality\.csv:3.*rumoured"
check invalid_utf8 "$BAD/invalid_utf8.csv" 'invalid_utf8\.csv:3.*UTF-8'
check bad_date "$BAD/bad_date.csv" 'bad_date\.csv:2.*2023-13-01'
check unknown_kind "$EXAMPLE/relations.csv" 'unknown_kind_actors\.csv:2.*country' \
  --actors "$BAD/unknown_kind_actors.csv"

head -c 4096 /dev/urandom >"$TMP/junk.bin"
printf '\x00\x01\x02binary\x00' >>"$TMP/junk.bin"
check binary_junk "$TMP/junk.bin" 'junk\.bin'
: >"$TMP/empty.csv"
check empty_file "$TMP/empty.csv" 'empty\.csv.*empty'

# malformed type table
printf 'name\tpolarity\tdirected\tcolour\nvisit\t+\tsometimes\t#000000\n' >"$TMP/types.tsv"
check bad_types "$EXAMPLE/relations.csv" 'types\.tsv:2:[0-9]+.*sometimes' --types "$TMP/types.tsv"

# an existing output is kept intact when the command fails
echo "precious" >"$TMP/keep.graphml"
expect_exit 1 "keep existing output" -- "$ERGRAPH" convert "$BAD/unknown_type.csv" -o "$TMP/keep.graphml"
if [[ $(cat "$TMP/keep.graphml") == precious ]]; then pass; else fail "existing output overwritten"; fi

# never write over an input
cp "$EXAMPLE/relations.csv" "$TMP/in.csv"
expect_exit 1 "output over input" -- "$ERGRAPH" convert "$TMP/in.csv" -o "$TMP/in.csv"
expect_err_match 'in\.csv.*input' "output over input"
cmp -s "$TMP/in.csv" "$EXAMPLE/relations.csv" && pass || fail "input modified"

# unwritable output folder
expect_exit 1 "missing output folder" -- "$ERGRAPH" convert "$EXAMPLE/relations.csv" -o "$TMP/nope/x.graphml"
expect_err_match 'nope/x\.graphml' "missing output folder"

# usage errors exit 2
expect_exit 2 "no args" -- "$ERGRAPH"
expect_exit 2 "unknown command" -- "$ERGRAPH" frobnicate
expect_exit 2 "bad option" -- "$ERGRAPH" analyze --bogus "$EXAMPLE/relations.csv"
expect_exit 2 "bad format" -- "$ERGRAPH" analyze -f xml "$EXAMPLE/relations.csv"
expect_exit 2 "no output" -- "$ERGRAPH" draw "$EXAMPLE/relations.csv"
expect_exit 2 "unknown view type" -- "$ERGRAPH" analyze --type friendship "$EXAMPLE/relations.csv"
expect_exit 2 "bad since" -- "$ERGRAPH" analyze --since 2023-99 "$EXAMPLE/relations.csv"
for cmd in analyze layers timeline; do
  expect_exit 2 "$cmd negative seed" -- "$ERGRAPH" $cmd --seed -3 "$EXAMPLE/relations.csv" &&
    expect_err_match "^ergraph $cmd: --seed: not a number: '-3'" "$cmd seed message"
done

finish
