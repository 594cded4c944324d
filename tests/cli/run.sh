#!/usr/bin/env bash
# `ergraph run` end to end on the example: the five files, GraphML that
# NetworkX and igraph load with every attribute, DOT that `dot` accepts,
# a real PNG; and a network written by someone else goes through too.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
PY=/usr/bin/python3
out=$TMP/out

expect_exit 0 "run example" -- "$ERGRAPH" run "$EXAMPLE/relations.csv" \
  --actors "$EXAMPLE/actors.csv" --title "Russia and North Korea" -o "$out"
for f in network.graphml metrics.csv network.dot network.svg network.png; do
  if [[ -s $out/$f ]]; then pass; else fail "run did not write $f"; fi
  grep -q "wrote $out/$f" "$TMP/stdout" && pass || fail "run did not report $f"
done
ls -a "$out" | grep -q '^\.network' && fail "temporary files left in $out" || pass

# PNG signature, SVG with the legend and the title
[[ $(head -c 8 "$out/network.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] && pass || fail "not a PNG"
grep -q "Russia and North Korea" "$out/network.svg" && pass || fail "SVG lacks the title"
grep -qi "legend" "$out/network.svg" && pass || fail "SVG lacks the legend"
grep -q "arms_transfer" "$out/network.svg" && pass || fail "SVG legend lacks a relation type"

# dot accepts the DOT file
if command -v dot >/dev/null; then
  dot -Tsvg "$out/network.dot" -o "$TMP/check.svg" 2>"$TMP/dot.err" && pass || fail "dot rejects network.dot: $(cat "$TMP/dot.err")"
fi

# metrics.csv: header and one row per actor
head -1 "$out/metrics.csv" | grep -q '^rank,id,label,kind,.*pagerank' && pass || fail "metrics.csv header: $(head -1 "$out/metrics.csv")"
n_actors=$(($(grep -c . "$EXAMPLE/actors.csv") - 1))
rows=$($PY -c "import csv,sys; print(sum(1 for _ in csv.DictReader(open(sys.argv[1]))))" "$out/metrics.csv")
[[ $rows -eq $n_actors ]] && pass || fail "metrics.csv has $rows rows, expected $n_actors"

# NetworkX and igraph load the GraphML with all attributes intact
if $PY -c "import networkx, igraph" 2>/dev/null; then
  $PY - "$out/network.graphml" "$EXAMPLE/relations.csv" "$EXAMPLE/actors.csv" >"$TMP/py.out" 2>&1 <<'PYEOF'
import csv, sys
import networkx as nx, igraph as ig
path, rel_path, act_path = sys.argv[1:4]
rels = list(csv.DictReader(open(rel_path, encoding="utf-8")))
acts = {a["id"]: a for a in csv.DictReader(open(act_path, encoding="utf-8"))}
g = nx.read_graphml(path)
assert isinstance(g, nx.MultiDiGraph), type(g)
assert g.number_of_nodes() == len(acts), g.number_of_nodes()
assert g.number_of_edges() == len(rels), g.number_of_edges()
for nid, a in acts.items():
    d = g.nodes[nid]
    assert d["label"] == a["label"], (nid, d)
    assert d["kind"] == a["kind"], (nid, d)
    if a["affiliation"]:
        assert d["affiliation"] == a["affiliation"], (nid, d)
    if a["aliases"]:
        assert d["aliases"].split("|") == a["aliases"].split("|"), (nid, d)
    for m in ("pagerank", "betweenness", "closeness", "eigenvector", "degree"):
        assert m in d, (nid, m, d)
edges = sorted((u, v, d["type"], d["modality"], d.get("date", ""), float(d["weight"]), d["evidence"])
               for u, v, d in g.edges(data=True))
want = sorted((r["source"], r["target"], r["type"], r["modality"], r["date"], float(r["weight"]), r["evidence"])
              for r in rels)
assert edges == want, [e for e in edges if e not in want][:3]
h = ig.Graph.Read_GraphML(path)
assert h.vcount() == len(acts) and h.ecount() == len(rels)
assert "pagerank" in h.vs.attributes() and "evidence" in h.es.attributes()
print("ok")
PYEOF
  grep -q '^ok$' "$TMP/py.out" && pass || fail "NetworkX/igraph check: $(tail -5 "$TMP/py.out")"
fi

# networks written by someone else: every real GraphML fixture (Gephi, yEd,
# yFiles, graph-tool, NetworkX, igraph, a Java library) goes through run
for f in "$DATA"/graphml/*.graphml; do
  name=$(basename "$f" .graphml)
  expect_exit 0 "run on $name" -- "$ERGRAPH" run "$f" -o "$TMP/foreign-$name" -q
  for o in network.graphml metrics.csv network.dot network.svg network.png; do
    [[ -s $TMP/foreign-$name/$o ]] && pass || fail "run on $name: no $o"
  done
done

# Zachary's karate club as igraph wrote it (unweighted, undirected): the
# betweenness of actor n0 is NetworkX's, 231.0714... (normalized=False).
# (NetworkX's own karate file carries weights, read as distances 1/w.)
col=$(head -1 "$TMP/foreign-igraph_zachary/metrics.csv" | tr , '\n' | grep -n '^betweenness$' | cut -d: -f1)
awk -F, -v c="$col" 'NR > 1 && $2 == "n0" { print $c }' "$TMP/foreign-igraph_zachary/metrics.csv" >"$TMP/bw0"
[[ $(cut -c1-8 "$TMP/bw0") == 231.0714 ]] && pass || fail "karate betweenness of node 0: $(cat "$TMP/bw0")"

# the output folder is created with its missing parents
expect_exit 0 "run into a nested new folder" -- "$ERGRAPH" run "$EXAMPLE/relations.csv" -o "$TMP/new/deeper/out" -q --no-draw
[[ -s $TMP/new/deeper/out/metrics.csv ]] && pass || fail "nested output folder not created"
: >"$TMP/a-file"
expect_exit 1 "output folder is a file" -- "$ERGRAPH" run "$EXAMPLE/relations.csv" -o "$TMP/a-file" -q
expect_err_match 'a-file.*not a folder' "output folder is a file"

# standard input
expect_exit 0 "analyze from stdin" -- bash -c "\"$ERGRAPH\" analyze - <\"$EXAMPLE/relations.csv\""
grep -q "^1," "$TMP/stdout" && pass || fail "analyze from stdin printed no table"
finish
