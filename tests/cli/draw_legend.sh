#!/usr/bin/env bash
# The legend's two columns keep their rows' spacing: Graphviz stretches a
# table nested in a cell to the cell's height, so when the first column
# (eleven relation types) was taller, the second (three line styles, the
# actor kinds) had its rows spread down the whole frame.
# tests/data/draw/legend-types.csv: every relation type among four states.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"

# a low page: the legend takes two columns
expect_exit 0 "draw a low page" -- "$ERGRAPH" draw "$DATA/draw/legend-types.csv" \
  --size 13.33x5 --title Legend --subtitle "A subtitle" -o "$TMP/low.svg" --quiet
y() { grep -o "y=\"[-0-9.]*\"[^>]*>$1<" "$TMP/low.svg" | head -1 | sed 's/^y="\([-0-9.]*\)".*/\1/'; }
c1=$(y cooperation); c2=$(y diplomacy); s1=$(y reported); s2=$(y alleged); s3=$(y projected)
if [[ -z $c1 || -z $c2 || -z $s1 || -z $s2 || -z $s3 ]]; then
  fail "legend items not found: '$c1' '$c2' '$s1' '$s2' '$s3'"
else
  # the two columns side by side, their rows as far apart as the first's
  awk -v c1="$c1" -v s1="$s1" 'BEGIN { d = c1 - s1; exit !(d < 30 && d > -30) }' && pass ||
    fail "the columns do not start level: relation types at $c1, line styles at $s1"
  awk -v c1="$c1" -v c2="$c2" -v s1="$s1" -v s2="$s2" -v s3="$s3" \
    'BEGIN { g = c2 - c1; exit !(s2 - s1 <= 1.2 * g && s3 - s2 <= 1.2 * g) }' && pass ||
    fail "line styles spread: rows at $s1 $s2 $s3, relation types $c1 $c2 apart"
fi
finish
