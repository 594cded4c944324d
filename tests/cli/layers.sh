#!/usr/bin/env bash
# `ergraph layers`: ranks per relation type, named layer and modality set
# (golden files in tests/data/temporal), JSON structure, and bad input.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
PY=/usr/bin/python3
T=$DATA/temporal

tgolden() {
  local want=$T/$1
  if [[ ${ERGRAPH_UPDATE_GOLDEN:-0} == 1 ]]; then cp "$2" "$want"; pass; return; fi
  if diff -u "$want" "$2" >"$TMP/diff"; then pass; else
    fail "golden $1 differs:"; head -40 "$TMP/diff" >&2; fi
}

# a hand-made network whose answer is known: A leads the conflict layer,
# B everything else; E only has an alleged relation
cat >"$TMP/layered.csv" <<'EOF'
source,target,type,modality
A,B,conflict,reported
A,C,conflict,reported
B,C,cooperation,reported
B,D,cooperation,reported
B,E,cooperation,alleged
EOF
expect_exit 0 "small" -- "$ERGRAPH" layers "$TMP/layered.csv" --by degree
tgolden layers-small.csv "$TMP/stdout"
head -1 "$TMP/stdout" | grep -q '^id,label,kind,all.rank,all.value,type:cooperation.rank,type:cooperation.value,type:conflict.rank,type:conflict.value,layer:cooperation.rank,layer:cooperation.value,layer:conflict.rank,layer:conflict.value,modality:reported.rank,modality:reported.value,modality:reported+alleged+projected.rank' && pass || fail "header: $(head -1 "$TMP/stdout")"
grep -q '^B,B,other,1,4,1,3,2,1,' "$TMP/stdout" && pass || fail "B row: $(grep '^B,' "$TMP/stdout")"
grep -q '^A,A,other,2,2,,,1,2,' "$TMP/stdout" && pass || fail "A row: $(grep '^A,' "$TMP/stdout")"
grep -q '^E,.*,,,4,1$' "$TMP/stdout" && pass || fail "E row: $(grep '^E,' "$TMP/stdout")"
grep -q '^C,C,other,2,2,' "$TMP/stdout" && pass || fail "C ties with A: $(grep '^C,' "$TMP/stdout")"

expect_exit 0 "modality sets" -- "$ERGRAPH" layers "$TMP/layered.csv" --by degree --no-types --no-named --modality-sets "alleged" -f tsv
head -1 "$TMP/stdout" | grep -qx $'id\tlabel\tkind\tall.rank\tall.value\tmodality:alleged.rank\tmodality:alleged.value' && pass || fail "sets header: $(head -1 "$TMP/stdout")"
[[ $(wc -l <"$TMP/stdout") -eq 6 ]] && pass || fail "sets: 5 actors expected"

# the example: Markdown golden, JSON structure
ex=("$EXAMPLE/relations.csv" --actors "$EXAMPLE/actors.csv")
expect_exit 0 "example md" -- "$ERGRAPH" layers "${ex[@]}" --by degree -f md
tgolden layers-example.md "$TMP/stdout"
expect_exit 0 "example json" -- "$ERGRAPH" layers "${ex[@]}" -f json -o "$TMP/layers.json"
$PY - "$TMP/layers.json" "$EXAMPLE/relations.csv" >"$TMP/py.out" 2>&1 <<'PYEOF' && pass || fail "layers JSON: $(cat "$TMP/py.out")"
import csv, json, sys
d = json.load(open(sys.argv[1]))
rels = [r for r in csv.DictReader(open(sys.argv[2], encoding="utf-8")) if r["modality"] != "negated"]
names = [l["name"] for l in d["layers"]]
assert names[0] == "all" and d["layers"][0]["relations"] == len(rels)
types = sorted({r["type"] for r in rels})
assert sorted(n[5:] for n in names if n.startswith("type:")) == types, names
assert "layer:arms" in names and "modality:reported" in names
by = {l["name"]: l for l in d["layers"]}
assert by["modality:reported"]["relations"] == sum(r["modality"] == "reported" for r in rels)
assert sum(by["type:" + t]["relations"] for t in types) == len(rels)
for name in names:
    ranks = sorted(a["ranks"][name] for a in d["actors"] if a["ranks"][name] is not None)
    # 1, 2, 2, 4: ties share the rank of the first of them
    assert ranks[0] == 1 and all(ranks[i] in (ranks[i - 1], i + 1) for i in range(1, len(ranks))), name
    assert len(ranks) == by[name]["actors"]
alls = [a["ranks"]["all"] for a in d["actors"]]
assert alls == sorted(alls) and alls[0] == 1        # rows follow "all"
assert d["actors"][0]["id"] == "RUS"
PYEOF

# a base view narrows every layer
expect_exit 0 "base view" -- "$ERGRAPH" layers "${ex[@]}" --type conflict --type sanctions -f json
$PY -c "
import json,sys; d=json.load(open(sys.argv[1]))
n=[l['name'] for l in d['layers']]
assert n[:3]==['all','type:sanctions','type:conflict'], n
assert 'layer:cooperation' not in n, n
" "$TMP/stdout" 2>"$TMP/py.out" && pass || fail "base view: $(cat "$TMP/py.out")"

# ---- bad input
expect_exit 1 "missing file" -- "$ERGRAPH" layers "$TMP/no-such.csv"
expect_err_match 'no-such\.csv' "missing file" && expect_one_line "missing file"
expect_exit 2 "bad modality set" -- "$ERGRAPH" layers "$TMP/layered.csv" --modality-sets "reported;rumoured"
expect_err_match "unknown modality 'rumoured'" "bad modality set"
expect_exit 2 "unknown metric" -- "$ERGRAPH" layers "$TMP/layered.csv" --by fame
expect_exit 2 "unknown format" -- "$ERGRAPH" layers "$TMP/layered.csv" -f xlsx
expect_exit 1 "output over input" -- "$ERGRAPH" layers "$TMP/layered.csv" -o "$TMP/layered.csv"
expect_err_match 'refusing to write over an input' "output over input"
expect_exit 2 "no input" -- "$ERGRAPH" layers

finish
