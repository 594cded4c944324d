#!/usr/bin/env bash
# `ergraph analyze --signed --brokerage`: Read's highland tribes (expected
# values in tests/data/signed, see SOURCES.md there) and the example
# network with affiliation groups. Goldens live in tests/data/signed/cli
# (ERGRAPH_UPDATE_GOLDEN=1 rewrites them; review the diff).
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
T=$DATA/signed/tribes.csv
R=$EXAMPLE/relations.csv
A=(--actors "$EXAMPLE/actors.csv")

golden_signed() {
  local want=$DATA/signed/cli/$1
  if [[ ${ERGRAPH_UPDATE_GOLDEN:-0} == 1 ]]; then
    mkdir -p "$DATA/signed/cli"; cp "$2" "$want"; pass; return
  fi
  if diff -u "$want" "$2" >"$TMP/diff"; then pass; else
    fail "golden signed/cli/$1 differs:"; head -40 "$TMP/diff" >&2; fi
}

# has FILE FIXED-STRING DESCRIPTION
has() {
  if grep -qF -- "$2" "$1"; then pass; else
    fail "$3: '$2' not in $(basename "$1")"; fi
}

expect_exit 0 "tribes json" -- "$ERGRAPH" analyze --signed --brokerage -f json "$T" -o "$TMP/tribes.json"
# the published figures: 59 of 68 triangles balanced, frustration index 7
tr -d ' \n' <"$TMP/tribes.json" >"$TMP/tribes.min.json"
has "$TMP/tribes.min.json" '"balance":{"triangles":68,"balanced":59,"ratio":0.86764705882352' "json balance"
has "$TMP/tribes.min.json" '"frustration":{"value":7,"method":"exact"}' "json frustration"
has "$TMP/tribes.min.json" '"blocs":{"count":3,"method":"spinglass","negative_within":0,"positive_between":2,"violations":2}' "json blocs"
has "$TMP/tribes.min.json" '"id":"MASIL"' "json actor"
for k in bloc side pos_degree neg_degree pos_strength neg_strength pn_index constraint effective_size articulation coordinator itinerant gatekeeper representative liaison brokerage; do
  has "$TMP/tribes.min.json" "\"$k\":" "json actor field $k"
done
# MASIL: 7 positive ties, none negative, PN 1.2235610359245768 (numpy)
grep -A40 '"id": "MASIL"' "$TMP/tribes.json" | tr -d ' \n' >"$TMP/masil"
has "$TMP/masil" '"pos_degree":7,"neg_degree":0' "MASIL degrees"
has "$TMP/masil" '"pn_index":1.22356103592457' "MASIL PN index"

expect_exit 0 "tribes md" -- "$ERGRAPH" analyze --signed -f md "$T" -o "$TMP/tribes.md"
golden_signed tribes.md "$TMP/tribes.md"
expect_exit 0 "tribes csv" -- "$ERGRAPH" analyze --signed -f csv "$T" -o "$TMP/tribes.csv"
has "$TMP/tribes.csv" "# balance: triangles=68 balanced=59 ratio=0.8676470588235294 weighted_ratio=0.8676470588235294" "csv balance"
has "$TMP/tribes.csv" "# frustration: value=7 method=exact" "csv frustration"

# the example: brokerage with affiliation groups, signed columns, every
# format; without --signed/--brokerage the table is unchanged
for f in csv md json; do
  expect_exit 0 "example $f" -- "$ERGRAPH" analyze --signed --brokerage "$R" "${A[@]}" -f $f -o "$TMP/example.$f"
  golden_signed "example.$f" "$TMP/example.$f"
done
has "$TMP/example.csv" "groups=blocs" "default groups with --signed"
expect_exit 0 "example affiliation" -- "$ERGRAPH" analyze --brokerage --groups affiliation "$R" "${A[@]}" -f csv -o "$TMP/aff.csv"
has "$TMP/aff.csv" "groups=affiliation" "affiliation groups"
expect_exit 0 "plain" -- "$ERGRAPH" analyze "$R" "${A[@]}" -f csv -o "$TMP/plain.csv"
if cmp -s "$TMP/plain.csv" "$DATA/cli/analyze.csv"; then pass; else fail "plain analyze changed"; fi
head -1 "$TMP/example.csv" | grep -q "^$(head -1 "$TMP/plain.csv" | sed 's/[.[\*^$]/\\&/g'),bloc,side,pos_degree" && pass || fail "extra columns do not follow the plain ones"

# rank by a signed or brokerage column
expect_exit 0 "by pn_index" -- "$ERGRAPH" analyze --signed -b pn_index "$T" -o "$TMP/by.csv"
sed -n 2p "$TMP/by.csv" | grep -q '^1,MASIL,' && pass || fail "--by pn_index: MASIL (PN 1.2236) is not first"
expect_exit 0 "by constraint json" -- "$ERGRAPH" analyze --brokerage -b constraint -f json "$T" -o "$TMP/by.json"
has "$TMP/by.json" '"rank_by": "constraint"' "json rank_by"

# usage errors
expect_exit 2 "by pn_index without --signed" -- "$ERGRAPH" analyze -b pn_index "$T"
expect_err_match "needs --signed" "by pn_index message"
expect_exit 2 "by unknown" -- "$ERGRAPH" analyze -b nonsense "$T"
expect_err_match "unknown metric" "by unknown message"
expect_exit 2 "bad groups" -- "$ERGRAPH" analyze --brokerage --groups nonsense "$T"
expect_err_match "--groups" "bad groups message"
expect_exit 2 "groups without brokerage" -- "$ERGRAPH" analyze --groups blocs "$T"
expect_err_match "needs --brokerage" "groups without brokerage message"
finish
