#!/usr/bin/env bash
# Views on the example: golden DOT of the overview, of each named layer,
# of one ego network and of a top-N selection (ERGRAPH_UPDATE_GOLDEN=1
# rewrites tests/data/views/*.dot: review the diff before committing);
# the selection reaches `analyze` too; bad view options fail clearly.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
A=(--actors "$EXAMPLE/actors.csv")
R=$EXAMPLE/relations.csv

# goldens live in tests/data/views (golden() reads tests/data/cli/NAME)
view_golden() { golden "../views/$1" "$2"; }

# the ids of the actors drawn in a DOT file, sorted
dot_nodes() {
  gvpr 'N{print($.name)}' "$1" | grep -v '^ergraph' | sort | tr '\n' ' '
}

expect_exit 0 "overview" -- "$ERGRAPH" draw "$R" "${A[@]}" --title "Overview" -o "$TMP/overview.dot"
view_golden overview.dot "$TMP/overview.dot"

for layer in cooperation conflict arms; do
  expect_exit 0 "layer $layer" -- "$ERGRAPH" draw "$R" "${A[@]}" --layer $layer \
    --title "$layer layer" -o "$TMP/layer-$layer.dot"
  view_golden "layer-$layer.dot" "$TMP/layer-$layer.dot"
done
# the conflict layer has only negative types, the arms layer only two
grep -Eq ': (cooperation|diplomacy|support|alliance|arms_transfer|military_cooperation) \(' "$TMP/layer-conflict.dot" && fail "conflict layer draws a positive type" || pass
grep -Eq 'criticism|sanctions' "$TMP/layer-conflict.dot" && pass || fail "conflict layer lacks criticism/sanctions"
[[ $(dot_nodes "$TMP/layer-arms.dot") == "JPN KOR PRK RUS UKR USA WAGNER " ]] && pass || \
  fail "arms layer actors: $(dot_nodes "$TMP/layer-arms.dot")"

# ego network of North Korea by label, any case; depth 1
expect_exit 0 "focus" -- "$ERGRAPH" draw "$R" "${A[@]}" --focus "north korea" \
  --title "North Korea" -o "$TMP/focus-prk.dot"
view_golden focus-prk.dot "$TMP/focus-prk.dot"
# the ego network of a state holds its officials (affiliation in the
# actors table counts as a step), drawn in its box
[[ $(dot_nodes "$TMP/focus-prk.dot") == *"KIMJU "* ]] && pass || fail "focus PRK lacks Kim Jong Un (affiliated)"
# by alias; depth 1 around Kim Jong Un is Putin (a summit) and North Korea
# (his state), depth 2 adds what is one step from either (Russia first)
expect_exit 0 "focus depth 1" -- "$ERGRAPH" draw "$R" "${A[@]}" --focus "Kim Jong-un" -o "$TMP/kim1.dot"
[[ $(dot_nodes "$TMP/kim1.dot") == "KIMJU PRK PUTIN " ]] && pass || fail "focus Kim depth 1: $(dot_nodes "$TMP/kim1.dot")"
expect_exit 0 "focus depth 2" -- "$ERGRAPH" draw "$R" "${A[@]}" --focus KIMJU --depth 2 -o "$TMP/kim2.dot"
[[ $(dot_nodes "$TMP/kim2.dot") == "CHN CHOE KIMILGUK KIMJU KOR KOZLOV LAVROV NARYSHKIN PRK PUTIN RICHOLMAN RUS UNSC USA WAGNER " ]] && pass || fail "focus Kim depth 2: $(dot_nodes "$TMP/kim2.dot")"
# a layer without the affiliation type follows relations only
expect_exit 0 "focus in a layer" -- "$ERGRAPH" draw "$R" "${A[@]}" --focus KIMJU --layer cooperation -o "$TMP/kim-coop.dot"
[[ $(dot_nodes "$TMP/kim-coop.dot") == "KIMJU PUTIN " ]] && pass || fail "focus Kim cooperation layer: $(dot_nodes "$TMP/kim-coop.dot")"
# focus within a layer: Ukraine's conflict ego network
expect_exit 0 "focus + layer" -- "$ERGRAPH" draw "$R" "${A[@]}" --focus UKR --layer conflict -o "$TMP/ukr.dot"
[[ $(dot_nodes "$TMP/ukr.dot") == "RUS UKR " ]] && pass || fail "focus UKR conflict: $(dot_nodes "$TMP/ukr.dot")"

# top 6 by pagerank
expect_exit 0 "top" -- "$ERGRAPH" draw "$R" "${A[@]}" --top 6 --title "Top 6" -o "$TMP/top6.dot"
view_golden top6.dot "$TMP/top6.dot"
n=$(dot_nodes "$TMP/top6.dot" | wc -w)
[[ $n -eq 6 ]] && pass || fail "--top 6 drew $n actors"

# analyze lists only the selected actors
expect_exit 0 "analyze focus" -- "$ERGRAPH" analyze "$R" "${A[@]}" --focus Putin -f csv -o "$TMP/putin.csv"
rows=$(tail -n +2 "$TMP/putin.csv" | cut -d, -f2 | sort | tr '\n' ' ')
[[ $rows == "KIMJU PRK PUTIN RUS " ]] && pass || fail "analyze --focus Putin rows: $rows"
expect_exit 0 "analyze top" -- "$ERGRAPH" analyze "$R" "${A[@]}" --top 3 --top-by degree -f csv -o "$TMP/top3.csv"
rows=$(tail -n +2 "$TMP/top3.csv" | cut -d, -f2 | sort | tr '\n' ' ')
[[ $rows == "KOR PRK RUS " ]] && pass || fail "analyze --top 3 --top-by degree rows: $rows"

# bad view options: one clear message (then the --help hint of every usage
# error), usage exit code, nothing written
expect_usage_lines() { # DESC
  if [[ $(wc -l <"$TMP/err") -eq 2 ]] && tail -1 "$TMP/err" | grep -q "^Try 'ergraph draw --help'\.$"; then pass; else
    fail "$1: expected a message and the hint: $(head -c 400 "$TMP/err")"; fi
}
expect_exit 2 "unknown layer" -- "$ERGRAPH" draw "$R" "${A[@]}" --layer war -o "$TMP/bad.dot"
expect_err_match "unknown layer 'war' \(known: cooperation, conflict, arms" "unknown layer"
expect_usage_lines "unknown layer"
expect_absent "$TMP/bad.dot" "unknown layer"
expect_exit 2 "unknown actor" -- "$ERGRAPH" draw "$R" "${A[@]}" --focus Atlantis -o "$TMP/bad.dot"
expect_err_match "unknown actor 'Atlantis'" "unknown actor"
expect_usage_lines "unknown actor"
expect_absent "$TMP/bad.dot" "unknown actor"
expect_exit 2 "ambiguous actor" -- "$ERGRAPH" analyze "$R" "${A[@]}" --focus "Sergei"
expect_err_match "unknown actor|ambiguous" "ambiguous actor"
expect_exit 2 "depth without focus" -- "$ERGRAPH" draw "$R" "${A[@]}" --depth 2 -o "$TMP/bad.dot"
expect_err_match "--depth needs --focus" "depth without focus"
expect_exit 2 "bad depth" -- "$ERGRAPH" draw "$R" "${A[@]}" --focus RUS --depth -1 -o "$TMP/bad.dot"
expect_exit 2 "bad top" -- "$ERGRAPH" analyze "$R" "${A[@]}" --top 0
expect_err_match "--top" "bad top"
expect_exit 2 "bad top-by" -- "$ERGRAPH" analyze "$R" "${A[@]}" --top 3 --top-by fame
expect_err_match "unknown metric 'fame'" "bad top-by"
expect_exit 2 "top-by without top" -- "$ERGRAPH" analyze "$R" "${A[@]}" --top-by degree
# a focus actor that the filters leave out
expect_exit 0 "focus outside the layer" -- "$ERGRAPH" analyze "$R" "${A[@]}" --focus TRUMP --layer arms -f csv -o "$TMP/trump.csv"
[[ $(tail -n +2 "$TMP/trump.csv" | cut -d, -f2) == "TRUMP" ]] && pass || fail "focus TRUMP in arms layer: $(cat "$TMP/trump.csv")"
finish
