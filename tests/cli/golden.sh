#!/usr/bin/env bash
# Golden outputs of each command on the example (ERGRAPH_UPDATE_GOLDEN=1
# rewrites tests/data/cli/*; review the diff before committing).
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
A=(--actors "$EXAMPLE/actors.csv")
R=$EXAMPLE/relations.csv

for f in csv md json; do
  expect_exit 0 "analyze -f $f" -- "$ERGRAPH" analyze "$R" "${A[@]}" -f $f -o "$TMP/analyze.$f"
  golden "analyze.$f" "$TMP/analyze.$f"
done
expect_exit 0 "analyze view" -- "$ERGRAPH" analyze "$R" "${A[@]}" -f tsv \
  --modality reported --since 2023 --by betweenness -o "$TMP/analyze-view.tsv"
golden analyze-view.tsv "$TMP/analyze-view.tsv"

expect_exit 0 "draw dot" -- "$ERGRAPH" draw "$R" "${A[@]}" --title "Example" -o "$TMP/draw.dot"
golden draw.dot "$TMP/draw.dot"
expect_exit 0 "draw arms view" -- "$ERGRAPH" draw "$R" "${A[@]}" --type arms_transfer \
  --type military_cooperation -o "$TMP/draw-arms.dot"
golden draw-arms.dot "$TMP/draw-arms.dot"

expect_exit 0 "convert to graphml" -- "$ERGRAPH" convert "$R" "${A[@]}" -o "$TMP/convert.graphml"
golden convert.graphml "$TMP/convert.graphml"

# table -> GraphML -> table is lossless
expect_exit 0 "convert back" -- "$ERGRAPH" convert "$TMP/convert.graphml" -o "$TMP/back.csv" \
  --actors-out "$TMP/back-actors.csv"
golden convert-back.csv "$TMP/back.csv"
golden convert-back-actors.csv "$TMP/back-actors.csv"
expect_exit 0 "convert again" -- "$ERGRAPH" convert "$TMP/back.csv" --actors "$TMP/back-actors.csv" -o "$TMP/again.graphml"
cmp -s "$TMP/convert.graphml" "$TMP/again.graphml" && pass || fail "GraphML -> CSV -> GraphML changed the network"
finish
