# example_russia_dprk.sh - examples/russia-dprk: the example lexicon and the
# example texts (plain text and HTML, our own words) through `ergraph
# lexicon check`, `ergraph ingest` and `ergraph run`.
source "$(dirname "$0")/../cli_lib.sh"

LEX=$EXAMPLE/russia-dprk.lex
TEXTS=("$EXAMPLE/texts/summit-2023.txt" "$EXAMPLE/texts/treaty-2024.html" "$EXAMPLE/texts/panel-veto-2024.txt")

# has_edge FILE SOURCE TARGET TYPE: a GraphML edge SOURCE -> TARGET of TYPE
has_edge() {
  /usr/bin/python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
f, s, t, ty = sys.argv[1:5]
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(f).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge"):
    d = {keys.get(x.get("key")): (x.text or "") for x in e.findall("g:data", ns)}
    if d.get("type") == ty and {e.get("source"), e.get("target")} >= {s, t} and (
            e.get("source") == s or d.get("symmetric", "false") == "true"):
        sys.exit(0)
sys.exit(1)
PY
}

expect_exit 0 "lexicon check" -- "$ERGRAPH" lexicon check "$LEX"

OUT=$TMP/example.graphml
expect_exit 0 "ingest the example texts" -- "$ERGRAPH" ingest -q -l "$LEX" "${TEXTS[@]}" -o "$OUT"
n=$(grep -c '<edge ' "$OUT")
if [[ $n -ge 10 ]]; then pass; else fail "only $n relations from the example texts"; fi
# persons from the example layer and from the world lexicon; the role
# resolved by date ("the Russian president" in June 2024 = Putin)
if has_edge "$OUT" sergei_shoigu PRK diplomacy; then pass; else fail "no Shoigu visit"; fi
if has_edge "$OUT" USA RUS criticism; then pass; else fail "no US criticism of Russia (HTML)"; fi
if has_edge "$OUT" PRK RUS arms_transfer; then pass; else fail "no arms transfer"; fi
if grep -q 'treaty-2024.html' "$OUT" && grep -q 'panel-veto-2024.txt' "$OUT"; then pass; else fail "documents missing from evidence"; fi
# nothing from the HTML navigation, aside, script or footer
for s in "China condemned Japan" "Germany criticized Russia" "Russia criticized Japan" "All rights reserved"; do
  if grep -q "$s" "$OUT"; then fail "boilerplate in output: $s"; else pass; fi
done

expect_exit 0 "explain" -- "$ERGRAPH" ingest -q --explain -l "$LEX" "${TEXTS[1]}"
if grep -q 'cue: "' "$TMP/stdout"; then pass; else fail "explain shows no cue"; fi

expect_exit 0 "run on the example texts" -- "$ERGRAPH" run -q --no-draw -l "$LEX" "${TEXTS[@]}" -o "$TMP/run"
for f in network.graphml metrics.csv; do
  if [[ -s $TMP/run/$f ]]; then pass; else fail "run wrote no $f"; fi
done
if grep -q '^vladimir_putin,\|,vladimir_putin,\|^"vladimir_putin"' "$TMP/run/metrics.csv"; then pass; else fail "Putin not in metrics.csv"; fi

finish
