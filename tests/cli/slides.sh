#!/usr/bin/env bash
# `ergraph slides` on the example: the numbered figure files in deck
# order, real SVG and PNG files with their titles, a Markdown table,
# deck.pdf with one page per figure; notes for empty layers; bad inputs
# leave nothing behind and never overwrite an input.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
# under sanitizers LeakSanitizer lists the suppressions it used on stderr
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"
A=(--actors "$EXAMPLE/actors.csv")
R=$EXAMPLE/relations.csv
out=$TMP/deck
TITLE="Russia–DPRK network"

# 100 dpi rather than the default 200: the test runs under sanitizers too
expect_exit 0 "slides example" -- "$ERGRAPH" slides "$R" "${A[@]}" --title "$TITLE" --dpi 100 -o "$out"
# not a terminal: no progress, and no layer is empty
[[ ! -s $TMP/err ]] && pass || fail "slides wrote to stderr: $(head -c 300 "$TMP/err")"
[[ ! -s $TMP/stdout ]] && pass || fail "slides wrote to stdout"

want="01-overview 02-layer-cooperation 03-layer-conflict 04-layer-arms 05-ego-RUS 06-ego-PRK 07-ego-KOR 08-ego-USA 09-ego-PUTIN 10-top-actors"
got=$(cd "$out" && ls *.svg | sed 's/\.svg$//' | tr '\n' ' ')
[[ $got == "$want " ]] && pass || fail "figures: got '$got', want '$want'"
for f in $want; do
  [[ -s $out/$f.png ]] && pass || fail "$f.png missing"
  [[ $(head -c 8 "$out/$f.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] && pass || fail "$f.png is not a PNG"
  xmllint --noout --nonet "$out/$f.svg" 2>"$TMP/xml.err" && pass || fail "$f.svg is not XML: $(head -3 "$TMP/xml.err")"
done
[[ $(cd "$out" && ls | wc -l) -eq 22 ]] && pass || fail "unexpected files in $out: $(ls -a "$out" | tr '\n' ' ')"
ls -A "$out" | grep -q '^\.' && fail "temporary files left in $out" || pass

# titles
grep -q "$TITLE: overview" "$out/01-overview.svg" && pass || fail "overview title"
grep -q "$TITLE: conflict layer" "$out/03-layer-conflict.svg" && pass || fail "conflict layer title"
grep -q "$TITLE: ego network of Russia" "$out/05-ego-RUS.svg" && pass || fail "ego title"
grep -q "$TITLE: top actors by pagerank" "$out/10-top-actors.svg" && pass || fail "table title"
# the SVG document's own title (the first <title>, the root graph's) is
# the page's, not the graph's id ("G") or "top_actors"
for f in 01-overview:overview 05-ego-RUS:"ego network of Russia" 10-top-actors:"top actors by pagerank"; do
  t=$(grep -m1 -o '<title>[^<]*' "$out/${f%%:*}.svg" | sed 's/<title>//')
  [[ $t == "$TITLE: ${f#*:}" ]] && pass || fail "${f%%:*}.svg <title> is '$t'"
done
# PNG size: a 13.33 in slide at 100 dpi is 1333 pixels wide
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }
svg_size() { grep -o '<svg width="[0-9.]*pt" height="[0-9.]*pt"' "$1" | head -1 | awk -F'"' '{printf "%.0fx%.0f", $2+0, $4+0}'; }
w=$(png_size "$out/01-overview.png"); w=${w%x*}
[[ $w -ge 1300 && $w -le 1400 ]] && pass || fail "overview PNG $w px wide, expected about 1333"
# every figure, the ranked table too, has the same page: PNG pixels and
# SVG size (they drop onto a slide identically)
want_png=$(png_size "$out/01-overview.png"); want_svg=$(svg_size "$out/01-overview.svg")
[[ $want_svg == 960x540 ]] && pass || fail "overview SVG page $want_svg, expected 960x540 pt"
for f in $want; do
  [[ $(png_size "$out/$f.png") == "$want_png" ]] && pass || fail "$f.png is $(png_size "$out/$f.png"), the overview $want_png"
  [[ $(svg_size "$out/$f.svg") == "$want_svg" ]] && pass || fail "$f.svg page is $(svg_size "$out/$f.svg"), the overview's $want_svg"
done

# the overview is not zoomed far out (dot's layout of the example, a hub
# and its neighbours in one wide rank, was drawn at 0.31: thin lines,
# dashes that read as dots, a small network beside a legend of five rows)
# (the ego network of Russia, drawn the same way at 0.42, too)
for f in 01-overview 05-ego-RUS; do
  z=$(grep -o 'ergraph: engine=[a-z]* labels=[0-9/]* zoom=[0-9.]*' "$out/$f.svg" | sed 's/.*zoom=//')
  awk -v z="${z:-0}" 'BEGIN { exit !(z >= 0.5) }' && pass || fail "$f zoom ${z:-none}, want at least 0.5"
done

# every actor drawn on the 16:9 slide is named (slides_pages.sh: smaller
# pages), and the overview shows all 21
for f in $want; do
  [[ $f == *top-actors* ]] && continue
  u=$(/usr/bin/python3 "$ERGRAPH_SOURCE_DIR/tests/data/slides/unnamed.py" "$out/$f.svg")
  [[ -z $u ]] && pass || fail "$f: unnamed actors: $u"
done
grep -q 'labels=21/21' "$out/01-overview.svg" && pass ||
  fail "slide overview: $(grep -o 'labels=[0-9/]*' "$out/01-overview.svg")"

# ego networks hold affiliation: Russia's its officials (whatever else a
# small page cuts), Putin's his state
svg_nodes() {
  grep -A1 '<g id="node[0-9]*" class="node' "$1" | grep -o '<title>[^<]*' | sed 's/<title>//' |
    grep -v '^ergraph' | sort | tr '\n' ' '
}
rus=$(svg_nodes "$out/05-ego-RUS.svg")
for id in KOZLOV LAVROV NARYSHKIN PUTIN PRK; do
  [[ " $rus" == *" $id "* ]] && pass || fail "Russia's ego network lacks $id: $rus"
done
[[ $(svg_nodes "$out/09-ego-PUTIN.svg") == "KIMJU PRK PUTIN RUS " ]] && pass ||
  fail "Putin's ego network: $(svg_nodes "$out/09-ego-PUTIN.svg")"

# the Markdown table: title, header, ten ranked rows, Russia first
md=$out/10-top-actors.md
head -1 "$md" | grep -q "^# $TITLE: top actors by pagerank" && pass || fail "md title: $(head -1 "$md")"
grep -q '^| Rank | Actor | Kind | Pagerank | Degree | Betweenness |$' "$md" && pass || fail "md header"
[[ $(grep -c '^| [0-9]* | ' "$md") -eq 10 ]] && pass || fail "md rows: $(grep -c '^| [0-9]* | ' "$md")"
grep -q '^| 1 | Russia | state |' "$md" && pass || fail "md first row: $(grep '^| 1 ' "$md")"
grep -q 'russia-dprk-ties-2024' "$md" && pass || fail "md lacks the source footnote"
# the rendered table holds the same actors
grep -q 'Kim Jong Un' "$out/10-top-actors.svg" && pass || fail "table SVG lacks a row"

# deck.pdf: one page per figure, with the outline of titles
if command -v pdfinfo >/dev/null; then
  pages=$(pdfinfo "$out/deck.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  [[ $pages -eq 10 ]] && pass || fail "deck.pdf has '$pages' pages, expected 10"
  pdfinfo "$out/deck.pdf" | grep -q "^Title: *$TITLE" && pass || fail "deck.pdf title"
else
  head -c 5 "$out/deck.pdf" | grep -q '%PDF-' && pass || fail "deck.pdf is not a PDF"
fi
# deck.pdf read back: every page the size of the figures' SVG, each
# page's title in figure order, the text rendered (fonts embedded)
if command -v pdfinfo >/dev/null; then
  sizes=$(pdfinfo -f 1 -l 99 "$out/deck.pdf" | awk '/^Page +[0-9]+ size:/ {printf "%.0fx%.0f\n", $4, $6}' | sort -u | tr '\n' ' ')
  [[ $sizes == "960x540 " ]] && pass || fail "deck.pdf page sizes: '$sizes'"
fi
if command -v pdffonts >/dev/null; then
  pdffonts "$out/deck.pdf" | awk 'NR > 2 && $(NF-4) != "yes" {bad=1} END {exit bad}' && pass || fail "deck.pdf has fonts not embedded: $(pdffonts "$out/deck.pdf" | head -5)"
fi
if command -v pdftotext >/dev/null; then
  i=0
  for t in "overview" "cooperation layer" "conflict layer" "arms layer" "ego network of Russia" \
           "ego network of North Korea" "ego network of South Korea" "ego network of United States" \
           "ego network of Vladimir Putin" "top actors by pagerank"; do
    i=$((i + 1))
    pdftotext -f $i -l $i "$out/deck.pdf" - | head -3 | grep -qF "$TITLE: $t" && pass ||
      fail "deck page $i does not open with '$TITLE: $t': $(pdftotext -f $i -l $i "$out/deck.pdf" - | head -2 | tr '\n' '|')"
  done
  # nothing cut off: the source line at the foot of every page
  for i in $(seq 1 10); do
    pdftotext -f $i -l $i "$out/deck.pdf" - | grep -q "Source: russia-dprk-ties-2024" && pass || fail "deck page $i lacks its source line"
  done
fi

# (view options, default titles: slides_view.sh)

# bad inputs: exit codes, one message, no folder or deck left behind
expect_exit 1 "missing input" -- "$ERGRAPH" slides "$TMP/nope.csv" -o "$TMP/bad1"
expect_one_line "missing input"
expect_absent "$TMP/bad1" "missing input"
expect_exit 1 "malformed input" -- "$ERGRAPH" slides "$DATA/bad/unknown_type.csv" -o "$TMP/bad2"
expect_absent "$TMP/bad2" "malformed input"
expect_exit 2 "no output" -- "$ERGRAPH" slides "$R" "${A[@]}"
expect_err_match "no output \(-o DIR\)" "no output"
expect_exit 2 "unknown layer" -- "$ERGRAPH" slides "$R" "${A[@]}" --layer war -o "$TMP/bad3"
expect_absent "$TMP/bad3" "unknown layer"
expect_exit 2 "bad dpi" -- "$ERGRAPH" slides "$R" "${A[@]}" --dpi 0 -o "$TMP/bad4"
expect_exit 1 "empty view" -- "$ERGRAPH" slides "$R" "${A[@]}" --since 2030 -o "$TMP/bad5"
expect_err_match "no relation passes the view" "empty view"
expect_absent "$TMP/bad5" "empty view"
# DIR is a file
: >"$TMP/afile"
expect_exit 1 "output is a file" -- "$ERGRAPH" slides "$R" "${A[@]}" -o "$TMP/afile"
expect_one_line "output is a file"
# an input inside DIR under a figure's name is never overwritten
mkdir -p "$TMP/trap"
cp "$EXAMPLE/actors.csv" "$TMP/trap/10-top-actors.md"
expect_exit 1 "input in the way" -- "$ERGRAPH" slides "$R" --actors "$TMP/trap/10-top-actors.md" -o "$TMP/trap"
expect_err_match "refusing to write over an input" "input in the way"
cmp -s "$EXAMPLE/actors.csv" "$TMP/trap/10-top-actors.md" && pass || fail "an input was overwritten"
finish
