#!/bin/bash
# metrics_option.sh - `--metrics LIST` on analyze and run: only the listed
# metrics (plus the one the table is ranked by) are computed and written;
# unknown names and malformed lists are usage errors.
. "$(dirname "$0")/../cli_lib.sh"

REL=$EXAMPLE/relations.csv
ACT=$EXAMPLE/actors.csv

# analyze: the columns are the listed metrics, in the table's order
expect_exit 0 "analyze --metrics" -- \
  "$ERGRAPH" analyze "$REL" --actors "$ACT" --metrics degree,pagerank -f csv
header=$(head -1 "$TMP/stdout")
[[ $header == "rank,id,label,kind,degree,pagerank" ]] && pass ||
  fail "analyze --metrics degree,pagerank: header '$header'"
full=$("$ERGRAPH" analyze "$REL" --actors "$ACT" -f csv --quiet)
# the values of a listed metric do not depend on what else is computed
want=$(printf '%s\n' "$full" | /usr/bin/awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "pagerank") c = i } NR == 2 { print $2, $c }')
got=$(/usr/bin/awk -F, 'NR == 2 { print $2, $6 }' "$TMP/stdout")
[[ -n $want && $want == "$got" ]] && pass ||
  fail "analyze --metrics: top row '$got', full table says '$want'"

# the ranking metric is computed even when the list leaves it out
expect_exit 0 "analyze --metrics with -b" -- \
  "$ERGRAPH" analyze "$REL" --metrics degree -b betweenness -f csv
header=$(head -1 "$TMP/stdout")
[[ $header == "rank,id,label,kind,degree,betweenness" ]] && pass ||
  fail "analyze --metrics degree -b betweenness: header '$header'"

# all is every metric
expect_exit 0 "analyze --metrics all" -- \
  "$ERGRAPH" analyze "$REL" --actors "$ACT" --metrics all -f csv --quiet
[[ "$(cat "$TMP/stdout")" == "$full" ]] && pass ||
  fail "analyze --metrics all differs from the default table"

# usage errors: exit 2, one message naming the option
for bad in "pagerank,foo" "pagerank," ",degree" ""; do
  expect_exit 2 "analyze --metrics '$bad'" -- \
    "$ERGRAPH" analyze "$REL" --metrics "$bad"
  expect_err_match "^ergraph analyze: --metrics: " "analyze --metrics '$bad' message"
done

# run: metrics.csv and the GraphML carry the listed metrics and PageRank
expect_exit 0 "run --metrics" -- \
  "$ERGRAPH" run "$REL" --actors "$ACT" --metrics betweenness --no-draw \
  -o "$TMP/run" --quiet
header=$(head -1 "$TMP/run/metrics.csv")
[[ $header == "rank,id,label,kind,betweenness,pagerank" ]] && pass ||
  fail "run --metrics betweenness: metrics.csv header '$header'"
grep -q 'attr.name="betweenness"' "$TMP/run/network.graphml" && pass ||
  fail "run --metrics: no betweenness key in network.graphml"
if grep -q 'attr.name="closeness"' "$TMP/run/network.graphml"; then
  fail "run --metrics betweenness: network.graphml has closeness"
else pass; fi
expect_exit 2 "run --metrics bad" -- \
  "$ERGRAPH" run "$REL" --metrics nope -o "$TMP/run2"
expect_absent "$TMP/run2" "run --metrics bad left no folder"
finish
