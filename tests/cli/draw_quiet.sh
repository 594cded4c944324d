#!/usr/bin/env bash
# Graphviz and what it loads print nothing: GTS's failed assertion
# (Graphviz 2.43 aborts in prism overlap removal on the brief's network
# on a square page; the layout is redone without GTS) wrote "**" and
# "Gts:ERROR:..." to stderr and "Bail out! ..." to standard output,
# through GLib, even with --quiet. And the SVG document's <title> is the
# page's title. After GTS aborted, the layout drawn again places the
# brief's actors apart: Graphviz's global "nop" flag, left set by the
# aborted page layout, had every later neato layout keep all 20 actors at
# one point (drawn on top of each other, which passed for "every actor
# named at full size").
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
# under sanitizers LeakSanitizer lists the suppressions it used on stderr
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"
B=$DATA/draw/brief.graphml

# to standard output: the SVG alone, and nothing on stderr
expect_exit 0 "draw the brief on a square page" -- "$ERGRAPH" draw "$B" \
  --size square -F svg -o - --quiet
head -c 5 "$TMP/stdout" | grep -q '<?xml\|<svg\|<!--' && pass ||
  fail "stdout does not start with the SVG: $(head -c 100 "$TMP/stdout")"
grep -q 'Bail out\|Gts' "$TMP/stdout" && fail "GLib's message in the SVG" || pass
[[ ! -s $TMP/err ]] && pass || fail "stderr not empty: $(head -c 300 "$TMP/err")"
# and after GTS aborted, the layout drawn again places the actors apart:
# the polygons of their shapes (persons, drawn rounded, have none) have
# centres at half as many places as there are actors at least (all at one
# point: 5 places, the polygons of organizations and their corners)
centres() {
  grep -A4 'class="node n' "$1" | grep -o 'points="[^"]*"' |
    awk '{ gsub(/points=|"/, ""); n = split($0, p, " "); x = y = 0;
           for (i = 1; i <= n; i++) { split(p[i], c, ","); x += c[1]; y += c[2] }
           printf "%d,%d\n", x / n / 5, y / n / 5 }' | sort -u | wc -l
}
n=$(grep -c 'class="node n' "$TMP/stdout")
p=$(centres "$TMP/stdout")
(( n >= 20 && p >= n / 2 )) && pass || fail "square page: $n actors at $p places"

# the SVG's <title> is the page's title, not the GraphML graph id "G"
expect_exit 0 "draw with a title" -- "$ERGRAPH" draw \
  "$DATA/graphml/igraph_zachary.graphml" --title 'Ties & "links"' \
  -o "$TMP/titled.svg" --quiet
t=$(grep -m1 -o '<title>[^<]*' "$TMP/titled.svg" | sed 's/<title>//')
[[ $t == 'Ties &amp; &quot;links&quot;' ]] && pass || fail "SVG <title> is '$t'"
finish
