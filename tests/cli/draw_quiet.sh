#!/usr/bin/env bash
# Graphviz and what it loads print nothing: GTS's failed assertion
# (Graphviz 2.43 aborts in prism overlap removal on the brief's network
# on a square page; the layout is redone without GTS) wrote "**" and
# "Gts:ERROR:..." to stderr and "Bail out! ..." to standard output,
# through GLib, even with --quiet. And the SVG document's <title> is the
# page's title. A square page names every actor of the brief.
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
# and after GTS aborted, the layout drawn again still names every actor
# (dot as the fallback engine named none of the 20)
l=$(grep -o 'labels=[0-9]*/[0-9]*' "$TMP/stdout")
[[ -n $l && ${l#labels=} == "${l#*/}/${l#*/}" ]] && pass || fail "square page: $l"

# the SVG's <title> is the page's title, not the GraphML graph id "G"
expect_exit 0 "draw with a title" -- "$ERGRAPH" draw \
  "$DATA/graphml/igraph_zachary.graphml" --title 'Ties & "links"' \
  -o "$TMP/titled.svg" --quiet
t=$(grep -m1 -o '<title>[^<]*' "$TMP/titled.svg" | sed 's/<title>//')
[[ $t == 'Ties &amp; &quot;links&quot;' ]] && pass || fail "SVG <title> is '$t'"
finish
