#!/usr/bin/env bash
# `ergraph slides`: which ego networks become figures. The best ranked
# actors' ego networks, skipping one that shows much the same actors as a
# figure already drawn (ego.max_overlap of lexicons/slides.tsv); an actor
# with a single partner is shown two steps out (ego.min_actors).
#
# tests/data/slides/egos.csv, by out strength: H (5) -> G <- F, a clique
# A, B, C, D (out strengths 3, 2, 1, 1), then D -> E -> F.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"
IN=$ERGRAPH_SOURCE_DIR/tests/data/slides/egos.csv

# the ids of the actors drawn in an SVG figure (nodes not of the page)
svg_nodes() {
  grep -A1 '<g id="node[0-9]*" class="node' "$1" | grep -o '<title>[^<]*' | sed 's/<title>//' |
    grep -v '^ergraph' | sort | tr '\n' ' '
}

expect_exit 0 "slides egos" -- "$ERGRAPH" slides "$IN" --by out_strength --egos 3 --dpi 40 -o "$TMP/d"
got=$(cd "$TMP/d" && ls *-ego-*.svg | tr '\n' ' ')
# B's, C's and D's ego networks are (almost) A's: E's comes third
[[ $got == "03-ego-H.svg 04-ego-A.svg 05-ego-E.svg " ]] && pass || fail "ego figures: $got"
for x in B C D; do
  expect_err_match "the ego network of $x is much that of A: no figure" "$x skipped"
done
# H has one partner: two steps out, and the subtitle says so
[[ $(svg_nodes "$TMP/d/03-ego-H.svg") == "F G H " ]] && pass || fail "ego H actors: $(svg_nodes "$TMP/d/03-ego-H.svg")"
grep -q '>actors within 2 steps of H<' "$TMP/d/03-ego-H.svg" && pass || fail "ego H subtitle"
# A's is one step
[[ $(svg_nodes "$TMP/d/04-ego-A.svg") == "A B C D " ]] && pass || fail "ego A actors: $(svg_nodes "$TMP/d/04-ego-A.svg")"
grep -q '>actors within 1 step of A<' "$TMP/d/04-ego-A.svg" && pass || fail "ego A subtitle"
# the metric is named as text in the titles
grep -q '>Top actors by out strength<' "$TMP/d/06-top-actors.svg" && pass || fail "table title"
pages=$(pdfinfo "$TMP/d/deck.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
[[ -z $pages || $pages -eq 6 ]] && pass || fail "deck has $pages pages, expected 6"
finish
