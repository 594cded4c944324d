#!/usr/bin/env bash
# `ergraph diff A B`: the report as text, Markdown (golden files in
# tests/data/diff) and JSON, the union diagram, and bad input.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
PY=/usr/bin/python3
D=$DATA/diff

dgolden() {
  local want=$D/$1
  if [[ ${ERGRAPH_UPDATE_GOLDEN:-0} == 1 ]]; then cp "$2" "$want"; pass; return; fi
  if diff -u "$want" "$2" >"$TMP/diff"; then pass; else
    fail "golden $1 differs:"; head -40 "$TMP/diff" >&2; fi
}

# the report names its inputs as given: run from the data folder
cd "$D" || exit 1
expect_exit 0 "text" -- "$ERGRAPH" diff a.csv b.csv --by degree
dgolden diff.txt "$TMP/stdout"
grep -q '^relations: 2 added, 1 removed, 3 changed, 1 unchanged$' "$TMP/stdout" && pass || fail "text summary"
expect_exit 0 "md" -- "$ERGRAPH" diff a.csv b.csv --by degree -f md
dgolden diff.md "$TMP/stdout"

expect_exit 0 "json" -- "$ERGRAPH" diff a.csv b.csv -f json
$PY - "$TMP/stdout" >"$TMP/py.out" 2>&1 <<'PYEOF' && pass || fail "diff JSON: $(cat "$TMP/py.out")"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["metric"] == "pagerank" and d["a"] == "a.csv" and d["b"] == "b.csv"
s = d["summary"]
assert (s["added"], s["removed"], s["changed"], s["unchanged"]) == (2, 1, 3, 1), s
assert (s["actors_added"], s["actors_removed"]) == (1, 1), s
kinds = [r["change"] for r in d["relations"]]
assert kinds == ["removed", "changed", "changed", "changed", "added", "added"], kinds
typechange = [r for r in d["relations"] if "type" in r["changes"]]
assert len(typechange) == 1 and typechange[0]["type_a"] == "diplomacy"
assert typechange[0]["type_b"] == "support"
w = [r for r in d["relations"] if r["changes"] == ["weight"]][0]
assert (w["weight_a"], w["weight_b"]) == (1, 2), w
ranks = {r["id"]: r for r in d["ranks"]}
assert ranks["WAG"]["rank_a"] is None and ranks["WAG"]["rank_b"] >= 1
assert ranks["IRN"]["rank_b"] is None and ranks["IRN"]["move"] is None
for r in d["ranks"]:
    if r["rank_a"] and r["rank_b"]:
        assert r["move"] == r["rank_a"] - r["rank_b"]
PYEOF

# the union diagram: SVG valid, DOT holding both sides' relations
expect_exit 0 "svg" -- "$ERGRAPH" diff a.csv b.csv -o "$TMP/diff.svg" -q
xmllint --noout "$TMP/diff.svg" 2>"$TMP/xml.err" && pass || fail "diff.svg is not XML: $(head -3 "$TMP/xml.err")"
grep -q 'a.csv → b.csv' "$TMP/diff.svg" && pass || fail "diagram title"
expect_exit 0 "dot" -- "$ERGRAPH" diff a.csv b.csv -o "$TMP/diff.dot" -q --title "Before and after"
for id in IRN WAG UKR; do
  grep -q "$id" "$TMP/diff.dot" && pass || fail "diff.dot lacks $id"
done
grep -q 'Before and after' "$TMP/diff.dot" && pass || fail "diff.dot title"
# draw's styling (output/draw.c, theme diff.* keys): removed grey and
# dashed, added solid and thicker in another colour, changed marked
$PY - "$TMP/diff.dot" >"$TMP/py.out" 2>&1 <<'PYEOF' && pass || fail "diff styling: $(cat "$TMP/py.out")"
import re, sys
dot = open(sys.argv[1], encoding="utf-8").read()
def edge(s, t):
    m = re.search(r"\b%s -> %s\s*\[(.*?)\];" % (s, t), dot, re.S)
    assert m, (s, t)
    return dict(re.findall(r'(\w+)=("[^"]*"|[^,\s\]]+)', m.group(1)))
removed, added = edge("RUS", "IRN"), edge("WAG", "RUS")
assert removed["style"] == "dashed", removed
assert added["style"] == "solid", added
assert removed["color"] != added["color"]
assert float(added["penwidth"]) > float(removed["penwidth"])
assert "removed" in removed["tooltip"] and "added" in added["tooltip"]
PYEOF
# a network against itself: nothing changed
expect_exit 0 "same" -- "$ERGRAPH" diff a.csv a.csv
grep -q '^relations: 0 added, 0 removed, 0 changed, 5 unchanged$' "$TMP/stdout" && pass || fail "self diff: $(head -3 "$TMP/stdout")"
grep -q 'Rank changes' "$TMP/stdout" && fail "self diff lists rank changes" || pass

# the example against a later version of itself: three relations dropped,
# one weight changed
ex=$EXAMPLE/relations.csv
head -n -3 "$ex" | sed '2s/,reported,3,/,reported,5,/' >"$TMP/later.csv"
expect_exit 0 "example" -- "$ERGRAPH" diff "$ex" "$TMP/later.csv" --actors "$EXAMPLE/actors.csv" -f json
$PY - "$TMP/stdout" >"$TMP/py.out" 2>&1 <<'PYEOF' && pass || fail "example diff: $(cat "$TMP/py.out")"
import json, sys
d = json.load(open(sys.argv[1]))
s = d["summary"]
assert s["added"] == 0 and s["changed"] >= 1, s
assert 1 <= s["removed"] <= 3, s
w = [r for r in d["relations"] if r["change"] == "changed"]
assert any(r["source"] in ("RUS", "UKR") and r["type"] == "conflict" and r["weight_b"] == 5 for r in w), w
PYEOF

# ---- bad input
expect_exit 2 "one network" -- "$ERGRAPH" diff a.csv
expect_err_match 'expected two networks' "one network"
expect_exit 2 "three networks" -- "$ERGRAPH" diff a.csv b.csv a.csv
expect_exit 1 "missing file" -- "$ERGRAPH" diff a.csv "$TMP/no-such.csv"
expect_err_match 'no-such\.csv' "missing file" && expect_one_line "missing file"
expect_exit 2 "unknown format" -- "$ERGRAPH" diff a.csv b.csv -f csv
expect_exit 2 "diagram format" -- "$ERGRAPH" diff a.csv b.csv -o "$TMP/diff.txt"
expect_absent "$TMP/diff.txt" "diagram format"
cp a.csv "$TMP/a.csv"
# -o only takes a diagram, so it can never name a table input; --report can
expect_exit 2 "diagram over A" -- "$ERGRAPH" diff "$TMP/a.csv" b.csv -o "$TMP/a.csv"
cmp -s "$TMP/a.csv" a.csv && pass || fail "A modified"
expect_exit 1 "report over A" -- "$ERGRAPH" diff "$TMP/a.csv" b.csv --report "$TMP/a.csv"
expect_err_match 'refusing to write over an input' "report over A"
cmp -s "$TMP/a.csv" a.csv && pass || fail "A modified"
expect_exit 1 "report over B" -- "$ERGRAPH" diff a.csv "$TMP/a.csv" --report "$TMP/a.csv"
cmp -s "$TMP/a.csv" a.csv && pass || fail "B modified"
expect_exit 0 "report to a file" -- "$ERGRAPH" diff a.csv b.csv --report "$TMP/report.md" -f md
[[ -s $TMP/stdout ]] && fail "--report still wrote to stdout" || pass
grep -q '^# Network diff: a.csv → b.csv$' "$TMP/report.md" && pass || fail "report heading"

# -n/--rows: how many rank changes are listed; --top: the actor selection
# (applied to each network)
moves() { sed -n '/^Rank changes/,$p' "$1" | grep -Ec '^ +[0-9-]+ +[0-9-]+ '; }
expect_exit 0 "rows 1" -- "$ERGRAPH" diff a.csv b.csv --rows 1
cp "$TMP/stdout" "$TMP/rows1.txt"
[[ $(moves "$TMP/rows1.txt") -eq 1 ]] && pass || fail "--rows 1 listed $(moves "$TMP/rows1.txt") rank changes"
expect_exit 0 "rows default" -- "$ERGRAPH" diff a.csv b.csv
[[ $(moves "$TMP/stdout") -eq 5 ]] && pass || fail "default listed $(moves "$TMP/stdout") rank changes"
expect_exit 0 "-n 1" -- "$ERGRAPH" diff a.csv b.csv -n 1
cmp -s "$TMP/stdout" "$TMP/rows1.txt" && pass || fail "--rows 1 and -n 1 differ"
expect_exit 0 "--top 2" -- "$ERGRAPH" diff a.csv b.csv --top 2 -f json
$PY - "$TMP/stdout" >"$TMP/py.out" 2>&1 <<'PYEOF' && pass || fail "diff --top 2: $(cat "$TMP/py.out")"
import json, sys
d = json.load(open(sys.argv[1]))
ids = {r["id"] for r in d["ranks"]}
assert len(ids) <= 4, ids               # two actors in each network
for r in d["relations"]:
    assert r["source"] in ids and r["target"] in ids, r
PYEOF
expect_exit 2 "--rows x" -- "$ERGRAPH" diff a.csv b.csv --rows x
expect_err_match "^ergraph diff: --rows: not a number: 'x'$" "--rows x"
expect_exit 2 "--top 0" -- "$ERGRAPH" diff a.csv b.csv --top 0
expect_err_match '^ergraph diff: --top: keep at least one actor$' "diff --top 0"

finish
