#!/usr/bin/env bash
# `ergraph timeline`: windows over partial dates, the ranks table in every
# format (golden files in tests/data/temporal), the SVG and PNG chart, the
# ICEWS sample as a real dated event set, and bad input.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
PY=/usr/bin/python3
T=$DATA/temporal

# golden NAME FILE against tests/data/temporal (ERGRAPH_UPDATE_GOLDEN=1
# rewrites it)
tgolden() {
  local want=$T/$1
  if [[ ${ERGRAPH_UPDATE_GOLDEN:-0} == 1 ]]; then cp "$2" "$want"; pass; return; fi
  if diff -u "$want" "$2" >"$TMP/diff"; then pass; else
    fail "golden $1 differs:"; head -40 "$TMP/diff" >&2; fi
}

# ---- partial dates: "2023" counts in every month (overlap) or none
# (contained); the undated relation is left out with a note
expect_exit 0 "months overlap" -- "$ERGRAPH" timeline "$T/partial.csv" --by degree -n 0
cp "$TMP/stdout" "$TMP/overlap.csv"
expect_err_match 'note: 1 undated relation left out' "undated note"
# February: only the year-dated A-C
rows=$(grep -c '^2023-02,' "$TMP/overlap.csv")
[[ $rows -eq 2 ]] && pass || fail "overlap: February has $rows rows, expected 2"
rows=$(cut -d, -f1 "$TMP/overlap.csv" | sort -u | grep -c '^2023-')
[[ $rows -eq 12 ]] && pass || fail "overlap: $rows months, expected 12"
tgolden partial-month.csv "$TMP/overlap.csv"

expect_exit 0 "months contained" -- "$ERGRAPH" timeline "$T/partial.csv" --by degree --partial contained -n 0
expect_err_match 'note: 1 relation dated less precisely' "contained note"
grep -q '^2023-02,' "$TMP/stdout" && fail "contained: February should be empty" || pass
grep -c '^2023-01,' "$TMP/stdout" | grep -qx 2 && pass || fail "contained: January should hold A-B"

expect_exit 0 "years contained" -- "$ERGRAPH" timeline "$T/partial.csv" --by degree --partial contained -w year -q
grep -q '^2023,2023-01-01,2023-12-31,1,A,A,degree,2$' "$TMP/stdout" && pass || fail "year window: $(cat "$TMP/stdout")"
[[ -s $TMP/err ]] && fail "-q still printed: $(cat "$TMP/err")" || pass

expect_exit 0 "cumulative" -- "$ERGRAPH" timeline "$T/partial.csv" --by degree -w quarter --cumulative -q
grep -q '^2023-Q4,2023-01-01,2023-12-31,1,A,A,degree,2$' "$TMP/stdout" && pass || fail "cumulative Q4: $(cat "$TMP/stdout")"

expect_exit 0 "sliding" -- "$ERGRAPH" timeline "$T/partial.csv" --by degree -w 2m --step 1m -q -f tsv
n=$(cut -f1 "$TMP/stdout" | sort -u | grep -c /)
[[ $n -eq 11 ]] && pass || fail "sliding: $n windows, expected 11"
head -1 "$TMP/stdout" | grep -q $'^window\tstart\tend\trank\tid\tlabel\tmetric\tvalue$' && pass || fail "TSV header"

# ---- the example: golden table and chart
ex=("$EXAMPLE/relations.csv" --actors "$EXAMPLE/actors.csv")
expect_exit 0 "example quarters" -- "$ERGRAPH" timeline "${ex[@]}" -w quarter --since 2023 --by degree -n 5 -t "$TMP/q.csv" -o "$TMP/chart.svg"
tgolden example-quarter.csv "$TMP/q.csv"
[[ -s $TMP/stdout ]] && fail "-t still wrote to stdout" || pass
xmllint --noout "$TMP/chart.svg" 2>"$TMP/xml.err" && pass || fail "chart is not XML: $(head -3 "$TMP/xml.err")"
$PY - "$TMP/chart.svg" >"$TMP/py.out" 2>&1 <<'PYEOF' && pass || fail "chart structure: $(cat "$TMP/py.out")"
import sys, xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(sys.argv[1]).getroot()
assert root.get("viewBox") == "0 0 1280 720", root.get("viewBox")
texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
assert "Rank by degree over time" in texts, texts[:3]
assert "Quarter" in texts
for q in ("2023-Q1", "2024-Q4"):
    assert q in texts, q
legend = [g for g in root.findall("s:g", ns) if g.get("class") == "legend"][0]
labels = [t.text for t in legend.findall("s:text", ns)]
assert labels[:2] == ["Russia", "North Korea"], labels
assert len(labels) == 5, labels
series = [g for g in root.findall("s:g", ns) if g.get("class") == "series"]
assert len(series) == 5
colours = {l.get("stroke") for l in legend.findall("s:line", ns)}
assert len(colours) == 5, colours          # one colour per actor
for g in series:
    assert g.findall("s:circle", ns), "no markers"
PYEOF
expect_exit 0 "example md" -- "$ERGRAPH" timeline "${ex[@]}" -w year --by degree -n 3 -f md -q
tgolden example-year.md "$TMP/stdout"

# JSON: every window in order, ranks 1..n without gaps inside the top set
expect_exit 0 "example json" -- "$ERGRAPH" timeline "${ex[@]}" -w year -f json -n 0 -q
$PY - "$TMP/stdout" "$EXAMPLE/relations.csv" >"$TMP/py.out" 2>&1 <<'PYEOF' && pass || fail "timeline JSON: $(cat "$TMP/py.out")"
import csv, json, sys
d = json.load(open(sys.argv[1]))
rels = [r for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))
        if r["modality"] != "negated"]  # left out by default
assert d["metric"] == "pagerank" and d["window"] == "year" and d["partial"] == "overlap"
dated = sum(1 for r in rels if r["date"])
assert (d["dated"], d["undated"]) == (dated, len(rels) - dated), (d["dated"], d["undated"])
labels = [w["window"] for w in d["windows"]]
assert labels == [str(y) for y in range(2006, 2025)], labels
def competition(actors):
    # 1, 2, 2, 4: equal values share the rank of the first of them
    for i, a in enumerate(actors):
        same = i and abs(a["value"] - actors[i - 1]["value"]) <= 1e-9 * abs(a["value"])
        assert a["rank"] == (actors[i - 1]["rank"] if same else i + 1), actors
for w in d["windows"]:
    competition(w["actors"])
    vals = [a["value"] for a in w["actors"]]
    # descending; values within round-off of each other are ties, by label
    assert all(vals[i] <= vals[i - 1] * (1 + 1e-9) for i in range(1, len(vals))), vals
    if not w["relations"]:
        assert not w["actors"]
assert len(d["windows"][-1]["actors"]) > 10
PYEOF

# PNG through librsvg
expect_exit 0 "png chart" -- "$ERGRAPH" timeline "${ex[@]}" -w year -q -o "$TMP/chart.png"
[[ $(head -c 8 "$TMP/chart.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] && pass || fail "not a PNG"

# a custom palette: two colours, so two lines at most
printf 'key\tvalue\nseries\t#000000,#FF0000\ntext.title\tMy %%m chart\n' >"$TMP/pal.tsv"
expect_exit 0 "palette" -- "$ERGRAPH" timeline "${ex[@]}" -w year -q --palette "$TMP/pal.tsv" -o "$TMP/pal.svg"
grep -q 'My pagerank chart' "$TMP/pal.svg" && pass || fail "palette title"
n=$(grep -c 'class="series"' "$TMP/pal.svg")
[[ $n -eq 2 ]] && pass || fail "palette: $n series, expected 2"
printf 'series\tblue\n' >"$TMP/badpal.tsv"
expect_exit 1 "bad palette" -- "$ERGRAPH" timeline "${ex[@]}" -q --palette "$TMP/badpal.tsv" -o "$TMP/bad.svg"
expect_err_match 'badpal\.tsv:1:8: invalid value .blue. for series' "bad palette message"
expect_absent "$TMP/bad.svg" "bad palette"
# the palette is read by the theme reader: comments, CRLF, file:line:column
printf '# my palette\r\nkey\tvalue\r\n\r\ntext.title\tCRLF %%m chart\r\n' >"$TMP/crlf.tsv"
expect_exit 0 "palette crlf" -- "$ERGRAPH" timeline "${ex[@]}" -w year -q --palette "$TMP/crlf.tsv" -o "$TMP/crlf.svg"
grep -q 'CRLF pagerank chart<' "$TMP/crlf.svg" && pass || fail "palette CRLF title"
printf '# colours\nwidth\t1000\nfont.size\t12\n' >"$TMP/unk.tsv"
expect_exit 1 "palette unknown key" -- "$ERGRAPH" timeline "${ex[@]}" -q --palette "$TMP/unk.tsv" -o "$TMP/bad.svg"
expect_err_match "unk\.tsv:3:1: unknown chart key 'font\.size'" "palette unknown key message"
printf 'width\t1000\nheight 700\n' >"$TMP/notab.tsv"
expect_exit 1 "palette row without tab" -- "$ERGRAPH" timeline "${ex[@]}" -q --palette "$TMP/notab.tsv" -o "$TMP/bad.svg"
expect_err_match "notab\.tsv:2:[0-9]+: expected key<TAB>value" "palette row without tab message"
printf 'width\t1000\ntext.title\t\377\n' >"$TMP/latin.tsv"
expect_exit 1 "palette not UTF-8" -- "$ERGRAPH" timeline "${ex[@]}" -q --palette "$TMP/latin.tsv" -o "$TMP/bad.svg"
expect_err_match "latin\.tsv:2:" "palette not UTF-8 line"
expect_absent "$TMP/bad.svg" "bad palettes"

# no dated relation: an empty table and a chart that says so
printf 'source,target,type\nA,B,support\n' >"$TMP/undated.csv"
expect_exit 0 "undated only" -- "$ERGRAPH" timeline "$TMP/undated.csv" -o "$TMP/empty.svg"
expect_err_match 'timeline is empty' "empty note"
[[ $(wc -l <"$TMP/stdout") -eq 1 ]] && pass || fail "empty timeline: header only expected"
grep -q 'No dated relations' "$TMP/empty.svg" && pass || fail "empty chart text"

# ---- ICEWS: a real dated event set (two days of June 2018), mapped to a
# relation table with the CAMEO root codes of lexicons/types.tsv
icews=$ERGRAPH_SHARED/eventdata/icews_events.2018.sample.tab
if [[ -f $icews ]]; then
  $PY - "$icews" "$SRC/lexicons/types.tsv" "$TMP/icews.csv" <<'PYEOF'
import csv, sys
src, types_path, out = sys.argv[1:4]
roots = {}
for line in open(types_path, encoding="utf-8"):
    if line.startswith("#") or line.startswith("name\t"):
        continue
    f = line.rstrip("\n").split("\t")
    for code in (f[4].split(",") if len(f) > 4 and f[4] else []):
        roots.setdefault(code, f[0])
w = csv.writer(open(out, "w", newline="", encoding="utf-8"))
w.writerow(["source", "target", "type", "date"])
for row in csv.DictReader(open(src, encoding="utf-8"), delimiter="\t"):
    code = row["CAMEO Code"]
    t = roots.get(code[:4]) or roots.get(code[:3]) or roots.get(code[:2]) or "related"
    w.writerow([row["Source Name"], row["Target Name"], t, row["Event Date"]])
PYEOF
  expect_exit 0 "icews days" -- "$ERGRAPH" timeline "$TMP/icews.csv" -w day -f json -n 0 -q -o "$TMP/icews.svg"
  $PY - "$TMP/stdout" "$TMP/icews.csv" >"$TMP/py.out" 2>&1 <<'PYEOF' && pass || fail "ICEWS timeline: $(cat "$TMP/py.out")"
import csv, json, sys
d = json.load(open(sys.argv[1]))
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
assert [w["window"] for w in d["windows"]] == ["2018-06-01", "2018-06-02"]
assert d["undated"] == 0 and d["dated"] == len(rows)
assert sum(w["relations"] for w in d["windows"]) == len(rows)
for w in d["windows"]:
    day = [r for r in rows if r["date"] == w["window"]]
    actors = {r["source"] for r in day} | {r["target"] for r in day}
    assert len(w["actors"]) == len(actors), (len(w["actors"]), len(actors))
    r = [a["rank"] for a in w["actors"]]
    assert r[0] == 1 and r == sorted(r) and all(r[i] in (r[i - 1], i + 1) for i in range(1, len(r)))
    assert abs(sum(a["value"] for a in w["actors"]) - 1) < 1e-6  # pagerank sums to 1
PYEOF
  xmllint --noout "$TMP/icews.svg" && pass || fail "ICEWS chart is not XML"
  expect_exit 0 "icews months" -- "$ERGRAPH" timeline "$TMP/icews.csv" -w month -n 3 -q
  [[ $(wc -l <"$TMP/stdout") -eq 4 ]] && pass || fail "ICEWS month: 3 rows expected"
fi

# ---- bad input
expect_exit 1 "missing file" -- "$ERGRAPH" timeline "$TMP/no-such.csv"
expect_err_match 'no-such\.csv' "missing file" && expect_one_line "missing file"
expect_exit 2 "unknown window" -- "$ERGRAPH" timeline "$T/partial.csv" -w fortnight
expect_err_match "unknown window 'fortnight'" "unknown window"
expect_exit 2 "bad step" -- "$ERGRAPH" timeline "$T/partial.csv" -w 6m --step 1d
expect_err_match "mix days" "bad step"
expect_exit 2 "unknown partial rule" -- "$ERGRAPH" timeline "$T/partial.csv" --partial some
expect_exit 2 "unknown format" -- "$ERGRAPH" timeline "$T/partial.csv" -f xml
expect_exit 2 "chart format" -- "$ERGRAPH" timeline "$T/partial.csv" -o "$TMP/chart.gif"
expect_err_match '\.svg or \.png' "chart format"
expect_exit 2 "table and chart on one file" -- "$ERGRAPH" timeline "$T/partial.csv" -t "$TMP/x.svg" -o "$TMP/x.svg"
expect_exit 2 "no input" -- "$ERGRAPH" timeline
cp "$T/partial.csv" "$TMP/in.csv"
expect_exit 1 "table over input" -- "$ERGRAPH" timeline "$TMP/in.csv" -t "$TMP/in.csv"
expect_err_match 'refusing to write over an input' "table over input"
cmp -s "$TMP/in.csv" "$T/partial.csv" && pass || fail "input modified"
expect_exit 0 "help" -- "$ERGRAPH" timeline --help
grep -q -- '--partial RULE' "$TMP/stdout" && pass || fail "help lacks --partial"

# -n/--rows picks rows and lines (ranks of the whole network); --top is the
# actor selection of every command: ranks within the selected actors
actors() { cut -d, -f5 "$1" | tail -n +2 | sort -u | wc -l; }
expect_exit 0 "-n 3" -- "$ERGRAPH" timeline "${ex[@]}" -w year -q -n 3 -t "$TMP/n3.csv"
expect_exit 0 "--rows 3" -- "$ERGRAPH" timeline "${ex[@]}" -w year -q --rows 3 -t "$TMP/rows3.csv"
cmp -s "$TMP/n3.csv" "$TMP/rows3.csv" && pass || fail "--rows 3 and -n 3 differ"
[[ $(actors "$TMP/n3.csv") -eq 3 ]] && pass || fail "-n 3: $(actors "$TMP/n3.csv") actors"
expect_exit 0 "--top 4" -- "$ERGRAPH" timeline "${ex[@]}" -w year -q --top 4 -n 0 -t "$TMP/top4.csv"
[[ $(actors "$TMP/top4.csv") -eq 4 ]] && pass || fail "--top 4: $(actors "$TMP/top4.csv") actors"
# the four are the top four by PageRank of the whole view (analyze)
expect_exit 0 "analyze for --top" -- "$ERGRAPH" analyze "${ex[@]}" -q -f csv -o "$TMP/an.csv"
want=$(sed -n 2,5p "$TMP/an.csv" | cut -d, -f2 | sort | tr '\n' ' ')
got=$(cut -d, -f5 "$TMP/top4.csv" | tail -n +2 | sort -u | tr '\n' ' ')
[[ $want == "$got" ]] && pass || fail "--top 4 kept '$got', analyze ranks '$want' first"
# ranks are computed within the four: some rank differs from the -n run
cut -d, -f1,5,7 "$TMP/top4.csv" | sort >"$TMP/top4.k"
cut -d, -f1,5,7 "$TMP/n3.csv" | sort >"$TMP/n3.k"
[[ $(comm -12 "$TMP/top4.k" "$TMP/n3.k" | wc -l) -lt $(wc -l <"$TMP/n3.k") ]] && pass || fail "--top did not rank within the selection"
expect_exit 2 "--top 0" -- "$ERGRAPH" timeline "${ex[@]}" --top 0
expect_err_match '^ergraph timeline: --top: keep at least one actor$' "--top 0"
expect_exit 2 "--rows x" -- "$ERGRAPH" timeline "${ex[@]}" --rows x
expect_err_match "^ergraph timeline: --rows: not a number: 'x'$" "--rows x"
expect_exit 0 "help --rows" -- "$ERGRAPH" timeline --help
grep -q -- '-n, --rows N' "$TMP/stdout" && pass || fail "help lacks -n, --rows"
grep -q -- '--top N  *the N actors ranked best by --top-by' "$TMP/stdout" && pass || fail "help lacks the view's --top"

finish
