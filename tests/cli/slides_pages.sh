#!/usr/bin/env bash
# `ergraph slides` at each page size: every actor drawn on a figure is
# named (a figure that cannot name them all at 14 pt draws fewer actors and
# says so in its subtitle); a title from the graph's name attribute.
# (Apart from slides.sh: each CLI test has its own time
# budget, and sanitizers are slow.)
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"
A=(--actors "$EXAMPLE/actors.csv")
R=$EXAMPLE/relations.csv

# titles come from a graph-level title/name attribute (NetworkX writes
# G.graph["name"]), never from the GraphML graph id or the file's name
expect_exit 0 "slides graphml" -- "$ERGRAPH" slides "$DATA/graphml/networkx_karate.graphml" \
  --egos 0 --dpi 40 -q -o "$TMP/karate"
grep -q ">Zachary&#39;s Karate Club: overview<" "$TMP/karate/01-overview.svg" && pass ||
  fail "title from the graph's name attribute"
# (a graph id "G" and no name: slides.sh, on the GraphML of `ergraph run`)

# every actor drawn on a slide is named, at every page size: a page that
# cannot name them all at 14 pt draws fewer actors and says so in the
# subtitle. Each drawn actor (a node not of the page: ergraph:*) has a
# text; the SVG comment counts labels of drawn actors.
unnamed() {
  /usr/bin/python3 - "$1" <<'PY'
import re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
bad = []
for m in re.finditer(r'<g id="node\d+" class="node[^"]*">\s*<title>([^<]*)</title>(.*?)</g>', svg, re.S):
    if not m.group(1).startswith("ergraph:") and "<text" not in m.group(2):
        bad.append(m.group(1))
c = re.search(r"labels=(\d+)/(\d+)", svg)
if not c or c.group(1) != c.group(2):
    bad.append("comment " + (c.group(0) if c else "missing"))
print(" ".join(bad))
PY
}
# (one ego network, at a low resolution: sanitizers are slow)
for page in slide slide43 square; do
  dir=$TMP/page-$page
  expect_exit 0 "slides $page" -- "$ERGRAPH" slides "$R" "${A[@]}" --size $page --egos 1 \
    --dpi 40 -q -o "$dir"
  for f in "$dir"/0*.svg "$dir"/10*.svg; do
    [[ -e $f ]] || continue
    [[ $f == *top-actors* ]] && continue
    u=$(unnamed "$f")
    [[ -z $u ]] && pass || fail "$page $(basename "$f"): unnamed actors: $u"
    # a cut is said in the subtitle
    if grep -q 'labels=[0-9]*/[0-9]*' "$f"; then
      n=$(grep -o 'labels=[0-9]*' "$f" | head -1 | cut -d= -f2)
      case $(basename "$f") in
      *overview*)
        if ((n < 21)); then
          grep -q ">$n of 21 actors, top by pagerank<" "$f" && pass ||
            fail "$page overview: $n of 21 actors, no cut in the subtitle"
        else
          grep -q ">21 actors, 40 relations<" "$f" && pass || fail "$page overview subtitle"
        fi ;;
      esac
    fi
  done
done
# the 16:9 slide names all 21 actors of the overview
grep -q 'labels=21/21' "$TMP/page-slide/01-overview.svg" && pass ||
  fail "slide overview: $(grep -o 'labels=[0-9/]*' "$TMP/page-slide/01-overview.svg")"

finish
