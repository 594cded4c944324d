#!/usr/bin/env bash
# `ergraph slides` on a smaller page (PAGES, default slide43; square in
# slides_square.sh, which sources this file): every actor drawn on a figure
# is named (a figure that cannot name them all at 14 pt draws fewer actors
# and says so in its subtitle); a title from the graph's name attribute.
# The 16:9 slide is checked in slides.sh. (Each CLI test has its own time
# budget, and sanitizers are slow: no ego network, a low resolution.)
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"
A=(--actors "$EXAMPLE/actors.csv")
R=$EXAMPLE/relations.csv
PAGES=${PAGES:-slide43}

if [[ $PAGES == slide43 ]]; then
  # titles come from a graph-level title/name attribute (NetworkX writes
  # G.graph["name"]), never from the GraphML graph id or the file's name
  # (a graph id "G" and no name: slides.sh, on the GraphML of `ergraph run`)
  expect_exit 0 "slides graphml" -- "$ERGRAPH" slides "$DATA/graphml/networkx_karate.graphml" \
    --egos 0 --dpi 40 -q -o "$TMP/karate"
  grep -q ">Zachary&#39;s Karate Club: overview<" "$TMP/karate/01-overview.svg" && pass ||
    fail "title from the graph's name attribute"
fi

for page in $PAGES; do
  dir=$TMP/page-$page
  expect_exit 0 "slides $page" -- "$ERGRAPH" slides "$R" "${A[@]}" --size $page --egos 0 \
    --dpi 40 -q -o "$dir"
  for f in "$dir"/0*.svg; do
    [[ $f == *top-actors* ]] && continue
    u=$(/usr/bin/python3 "$ERGRAPH_SOURCE_DIR/tests/data/slides/unnamed.py" "$f")
    [[ -z $u ]] && pass || fail "$page $(basename "$f"): unnamed actors: $u"
  done
  # a cut is said in the subtitle, with the count drawn
  f=$dir/01-overview.svg
  n=$(grep -o 'labels=[0-9]*' "$f" | head -1 | cut -d= -f2)
  if ((n < 21)); then
    grep -q ">$n of 21 actors, top by pagerank<" "$f" && pass ||
      fail "$page overview: $n of 21 actors, no cut in the subtitle"
  else
    grep -q ">21 actors, 40 relations<" "$f" && pass || fail "$page overview subtitle"
  fi
  # the table's page is the figures' (a page narrower than the table
  # drops columns, never its size)
  p1=$(grep -o '<svg width="[0-9.]*pt" height="[0-9.]*pt"' "$f" | awk -F'"' '{printf "%.0fx%.0f", $2, $4}')
  p2=$(grep -o '<svg width="[0-9.]*pt" height="[0-9.]*pt"' "$dir"/0*-top-actors.svg | awk -F'"' '{printf "%.0fx%.0f", $2, $4}')
  [[ -n $p1 && $p1 == "$p2" ]] && pass || fail "$page: table page $p2, figures $p1"
done
finish
