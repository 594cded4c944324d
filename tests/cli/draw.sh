#!/usr/bin/env bash
# ergraph draw for slides: pages, themes, title/subtitle/footnote, legend,
# tooltips, size-by, dpi, engines, diff styling, bad options and themes.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
A=(--actors "$EXAMPLE/actors.csv")
R=$EXAMPLE/relations.csv
D=$DATA/draw

# smallest text on the page of an SVG: font-size times the drawing's zoom
min_font() {
  awk '
    match($0, /class="graph" transform="scale\([0-9.]+/) {
      s = substr($0, RSTART, RLENGTH); sub(/.*scale\(/, "", s); scale = s
    }
    {
      line = $0
      while (match(line, /font-size="[0-9.]+"/)) {
        f = substr(line, RSTART + 11, RLENGTH - 12)
        if (min == "" || f * scale < min) min = f * scale
        line = substr(line, RSTART + RLENGTH)
      }
    }
    END { printf "%.2f\n", min }' "$1"
}

expect_min_font() { # FILE DESCRIPTION
  local m; m=$(min_font "$1")
  if awk -v m="$m" 'BEGIN { exit !(m >= 13.99) }'; then pass; else
    fail "$2: smallest text $m pt"; fi
}

expect_grep() { # PATTERN FILE DESCRIPTION
  if grep -q -- "$1" "$2"; then pass; else fail "$3: no '$1' in $2"; fi
}

# the default page: a 16:9 slide with a title, a legend and a source line
expect_exit 0 "draw svg" -- "$ERGRAPH" draw "$R" "${A[@]}" -q --title "Russia and North Korea" \
  --subtitle "Ties since 2022" -o "$TMP/slide.svg"
expect_grep '<svg width="960pt" height="540pt"' "$TMP/slide.svg" "slide size"
expect_grep '>Russia and North Korea<' "$TMP/slide.svg" "title"
expect_grep '>Ties since 2022<' "$TMP/slide.svg" "subtitle"
expect_grep '>Relation types<' "$TMP/slide.svg" "legend"
expect_grep '>Actor kinds<' "$TMP/slide.svg" "legend kinds"
expect_grep '>Source: russia&#45;dprk&#45;ties&#45;2024' "$TMP/slide.svg" "footnote"
expect_grep 'xlink:title="Russia (state, RUS)' "$TMP/slide.svg" "node tooltip"
expect_grep '&#10;pagerank 0\.' "$TMP/slide.svg" "node tooltip metrics"
expect_grep 'The two leaders held a summit at the Vostochny Cosmodrome' "$TMP/slide.svg" "edge tooltip evidence"
expect_min_font "$TMP/slide.svg" "slide"
# negated relations stay out by default: no "negated" in the line styles
if grep -q '>[^<]*negated' "$TMP/slide.svg"; then fail "negated in the legend"; else pass; fi

# other pages and the dark theme
for page in slide43 a4 square; do
  expect_exit 0 "draw $page" -- "$ERGRAPH" draw "$R" "${A[@]}" -q --size $page --theme dark \
    --footnote "Source: test" -o "$TMP/$page.svg"
  expect_min_font "$TMP/$page.svg" "$page"
  expect_grep '>Source: test<' "$TMP/$page.svg" "$page footnote"
  expect_grep 'fill="#1e2329"' "$TMP/$page.svg" "$page dark background"
done
expect_grep '<svg width="720pt" height="540pt"' "$TMP/slide43.svg" "slide43 size"
expect_grep '<svg width="540pt" height="540pt"' "$TMP/square.svg" "square size"

# PNG at a resolution, PDF
expect_exit 0 "draw png" -- "$ERGRAPH" draw "$R" "${A[@]}" -q --dpi 100 --size-by pagerank -o "$TMP/x.png"
if [[ $(od -An -tu1 -j16 -N4 "$TMP/x.png" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }') -eq 1333 ]]; then
  pass; else fail "png width at 100 dpi"; fi
expect_exit 0 "draw pdf" -- "$ERGRAPH" draw "$R" "${A[@]}" -q -o "$TMP/x.pdf"
if head -c 4 "$TMP/x.pdf" | grep -q '%PDF'; then pass; else fail "pdf"; fi

# DOT: the page and the engine are named
expect_exit 0 "draw dot" -- "$ERGRAPH" draw "$R" "${A[@]}" -q --size square --engine neato -o "$TMP/x.dot"
expect_grep 'size="7.5,7.5"' "$TMP/x.dot" "dot page size"
expect_grep 'layout=neato' "$TMP/x.dot" "dot engine"

# relations of a diff: added highlighted, removed grey dashed, changed marked
expect_exit 0 "draw diff" -- "$ERGRAPH" draw "$D/diff.csv" -q -o "$TMP/diff.dot"
expect_grep 'color="#D81B60"' "$TMP/diff.dot" "added highlighted"
expect_grep 'style=dashed' "$TMP/diff.dot" "removed dashed"
expect_grep '>Δ<' "$TMP/diff.dot" "changed marker"
expect_exit 0 "draw diff svg" -- "$ERGRAPH" draw "$D/diff.csv" -q -o "$TMP/diff.svg"
expect_grep '>Changes<' "$TMP/diff.svg" "diff legend"

# a theme file
expect_exit 0 "theme file" -- "$ERGRAPH" draw "$R" "${A[@]}" -q --theme "$D/theme-green.tsv" -o "$TMP/green.svg"
expect_grep 'stroke="#00aa00"' "$TMP/green.svg" "theme colour"

# errors: one line each, nothing written
expect_exit 1 "bad theme" -- "$ERGRAPH" draw "$R" "${A[@]}" --theme "$D/theme-bad.tsv" -o "$TMP/bad.svg"
expect_err_match 'theme-bad\.tsv:3:.*key<TAB>value' "bad theme: file and line"
expect_one_line "bad theme"
expect_absent "$TMP/bad.svg" "bad theme"
expect_exit 1 "missing theme" -- "$ERGRAPH" draw "$R" "${A[@]}" --theme "$TMP/none.tsv" -o "$TMP/bad.svg"
expect_err_match 'none\.tsv' "missing theme"
expect_exit 1 "bad page" -- "$ERGRAPH" draw "$R" "${A[@]}" --size poster -o "$TMP/bad.svg"
expect_err_match "unknown page size 'poster'" "bad page"
expect_exit 2 "bad metric" -- "$ERGRAPH" draw "$R" "${A[@]}" --size-by fame -o "$TMP/bad.svg"
expect_err_match "unknown metric 'fame'" "bad metric"
expect_exit 2 "bad dpi" -- "$ERGRAPH" draw "$R" "${A[@]}" --dpi lots -o "$TMP/bad.png"
expect_exit 0 "help" -- "$ERGRAPH" draw --help
expect_grep '\-\-size PAGE' "$TMP/stdout" "help names --size"

finish
