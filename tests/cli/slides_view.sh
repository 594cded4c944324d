#!/usr/bin/env bash
# `ergraph slides` with view options, on the GraphML `ergraph run` writes
# (<graph id="G">): the figures of a criticism-only view and their default
# titles (never "G: ..."), notes for empty layers, --quiet, --focus.
# (Apart from slides.sh: each CLI test has its own time budget, and
# sanitizers are slow.)
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:print_suppressions=0"
A=(--actors "$EXAMPLE/actors.csv")
R=$EXAMPLE/relations.csv

# the runs below are lighter (few egos, low dpi): slow under sanitizers
# a view: only criticism; the cooperation and arms layers are empty (a
# note each), an ego depth of 2, two egos
# (read back from the GraphML `ergraph run` writes: <graph id="G">)
expect_exit 0 "run for slides" -- "$ERGRAPH" run "$R" "${A[@]}" -q -o "$TMP/run"
grep -q '<graph id="G"' "$TMP/run/network.graphml" && pass || fail "run's GraphML graph id"
expect_exit 0 "slides view" -- "$ERGRAPH" slides "$TMP/run/network.graphml" --type criticism --egos 2 \
  --ego-depth 2 --rows 4 --dpi 72 -o "$TMP/crit"
expect_err_match "layer 'cooperation' holds no relation" "empty layer note"
expect_err_match "layer 'arms' holds no relation" "empty layer note"
got=$(cd "$TMP/crit" && ls *.svg | sed 's/\.svg$//' | tr '\n' ' ')
[[ $got == "01-overview 02-layer-conflict 03-ego-"*" 05-top-actors " ]] && pass || fail "criticism figures: $got"
[[ $(grep -c '^| [0-9]* | ' "$TMP/crit/05-top-actors.md") -eq 4 ]] && pass || fail "--rows 4"
# no --title and no title attribute: the figure's own title, never the
# GraphML graph id ("G: overview") nor a file's stem; the footnote names
# the source document
grep -q '>Overview</text>' "$TMP/crit/01-overview.svg" && pass || fail "default overview title"
grep -q '>Conflict layer</text>' "$TMP/crit/02-layer-conflict.svg" && pass || fail "default layer title"
grep -q '>Ego network of ' "$TMP/crit/03-ego-"*.svg && pass || fail "default ego title"
grep -q '>Top actors by pagerank<' "$TMP/crit/05-top-actors.svg" && pass || fail "default table title"
head -1 "$TMP/crit/05-top-actors.md" | grep -q '^# Top actors by pagerank$' && pass || fail "md default title: $(head -1 "$TMP/crit/05-top-actors.md")"
grep -Eq '>(G|Network|russia&#45;dprk&#45;ties&#45;2024): ' "$TMP/crit/"*.svg && fail "an identifier or file stem as a title" || pass
grep -q 'Source: russia&#45;dprk&#45;ties&#45;2024' "$TMP/crit/01-overview.svg" && pass || fail "footnote lacks the source document"
pages=$(pdfinfo "$TMP/crit/deck.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
[[ $pages -eq 5 ]] && pass || fail "criticism deck has '$pages' pages, expected 5"
# --quiet silences the notes
expect_exit 0 "slides quiet" -- "$ERGRAPH" slides "$R" "${A[@]}" --type criticism --egos 0 --dpi 72 -q -o "$TMP/crit"
[[ ! -s $TMP/err ]] && pass || fail "--quiet printed: $(head -c 300 "$TMP/err")"

# view options reach slides: the ego network of North Korea only
expect_exit 0 "slides focus" -- "$ERGRAPH" slides "$R" "${A[@]}" --focus PRK --egos 1 --dpi 72 -o "$TMP/prk"
# (the top actor of North Korea's ego network, whichever it is)
ls "$TMP/prk/"05-ego-*.svg >/dev/null 2>&1 && pass || fail "focus PRK: $(ls "$TMP/prk" | tr '\n' ' ')"
grep -q 'Donald Trump' "$TMP/prk/01-overview.svg" && fail "focus PRK overview draws Trump" || pass

finish
