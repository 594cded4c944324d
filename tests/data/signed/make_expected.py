#!/usr/bin/python3
"""Expected values for tests/test_signed.c and tests/test_brokerage.c.

Run from this folder with Debian's python (it has numpy 1.24 and
networkx 2.8; the pyenv `python3` on PATH may lack them):

    /usr/bin/python3 make_expected.py

Everything here is computed independently of ergraph, from the same CSV
files the tests read, with plain loops, numpy and NetworkX. Where a
published value exists, the script checks it and stops if it disagrees:

- Read's highland tribes: share of balanced triangles 0.8676471
  (R signnet 1.0, balance_score(tribes, method = "triangles"), in its
  "Structural balance" vignette) and frustration index 7 (Aref and Wilson
  2018, "Measuring partial balance in signed networks", J. Complex
  Networks 6(4), table of the highland tribes network; signnet's
  frustration score 0.7586207 = 1 - 7/29 agrees).
- PN index of Everett and Borgatti's 10-actor example as printed by R
  signnet's "Centrality" vignette, pn_index(g).

It writes:
  tribes_expected.tsv      per tribe: pos_degree, neg_degree, pn_index
  tribes_summary.tsv       triangles, balanced, ratio, frustration, and
                           the fewest violated ties of any partition
                           into 3 blocs and into any number of blocs
                           (the UCINET data are 2 ties short of Hage and
                           Harary's 3-clusterable graph)
  pn_example_expected.tsv  PN index of the 10-actor example
  directed_expected.tsv    directed_signed.csv: pn_index, pn_in, pn_out,
                           pos/neg degree and strength
  karate_structure.tsv     Zachary's karate club: NetworkX constraint,
                           effective size, articulation point (0/1)
  karate_bridges.tsv       NetworkX bridges of the karate club
  weighted_structure.tsv   NetworkX weighted constraint and effective
                           size on directed_signed.csv (weights summed
                           per pair over every relation)
  brokerage_expected.tsv   Gould-Fernandez roles on brokerage.csv with
                           the affiliation groups of brokerage_actors.csv
"""
import csv
import itertools

import networkx as nx
import numpy as np

SIGN = {"alliance": 1, "cooperation": 1, "support": 1, "diplomacy": 1,
        "conflict": -1, "criticism": -1, "sanctions": -1, "opposition": -1,
        "related": 0, "affiliation": 0}
DIRECTED = {"support", "criticism", "sanctions", "opposition",
            "affiliation", "arms_transfer"}


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def signed_pairs(rows):
    """Undirected collapse: pair -> sum of sign x weight (signed only)."""
    ids, pairs = [], {}
    for r in rows:
        for a in (r["source"], r["target"]):
            if a not in ids:
                ids.append(a)
        s = SIGN[r["type"]]
        if s == 0 or r["source"] == r["target"]:
            continue
        key = tuple(sorted((r["source"], r["target"])))
        pairs[key] = pairs.get(key, 0.0) + s * float(r.get("weight") or 1)
    pairs = {k: v for k, v in pairs.items() if v != 0}
    verts = [a for a in ids if any(a in k for k in pairs)]
    return verts, pairs


def pn_undirected(verts, pairs):
    n = len(verts)
    idx = {a: i for i, a in enumerate(verts)}
    A = np.zeros((n, n))
    for (u, v), x in pairs.items():
        A[idx[u], idx[v]] = A[idx[v], idx[u]] = 1 if x > 0 else -2
    return np.linalg.solve(np.eye(n) - A / (2 * n - 2), np.ones(n))


def pn_directed(verts, rows):
    n = len(verts)
    idx = {a: i for i, a in enumerate(verts)}
    S = np.zeros((n, n))
    for r in rows:
        s = SIGN[r["type"]]
        if s == 0 or r["source"] == r["target"]:
            continue
        w = s * float(r.get("weight") or 1)
        i, j = idx[r["source"]], idx[r["target"]]
        S[i, j] += w
        if r["type"] not in DIRECTED:
            S[j, i] += w
    A = np.where(S > 0, 1.0, np.where(S < 0, -2.0, 0.0))
    k = 1.0 / (2 * n - 2)
    I = np.eye(n)
    out = np.linalg.solve(I - k * k * A @ A.T, (I + k * A) @ np.ones(n))
    inn = np.linalg.solve(I - k * k * A.T @ A, (I + k * A.T) @ np.ones(n))
    return out, inn


def balance(verts, pairs):
    tri = bal = 0
    for a, b, c in itertools.combinations(verts, 3):
        xs = [pairs.get(tuple(sorted(p))) for p in ((a, b), (b, c), (a, c))]
        if None in xs:
            continue
        tri += 1
        bal += np.sign(xs[0]) * np.sign(xs[1]) * np.sign(xs[2]) > 0
    return tri, int(bal)


def frustration(verts, pairs):
    """Exhaustive: every bipartition, the last vertex fixed on side 0."""
    n = len(verts)
    idx = {a: i for i, a in enumerate(verts)}
    ties = [(idx[u], idx[v], x > 0) for (u, v), x in pairs.items()]
    best, count = None, 0
    for mask in range(1 << (n - 1)):
        f = 0
        for u, v, pos in ties:
            same = ((mask >> u) & 1) == ((mask >> v) & 1)
            f += pos != same
        if best is None or f < best:
            best, count = f, 1
        elif f == best:
            count += 1
    return best, count


def best_partition(verts, pairs, k):
    """Fewest violated ties over partitions into at most k blocs (branch
    and bound; blocs are numbered in order of first use)."""
    n = len(verts)
    idx = {a: i for i, a in enumerate(verts)}
    back = [[] for _ in range(n)]
    for (u, v), x in pairs.items():
        i, j = sorted((idx[u], idx[v]))
        back[j].append((i, x > 0))
    best = [len(pairs)]
    lab = [0] * n

    def rec(i, used, f):
        if f >= best[0]:
            return
        if i == n:
            best[0] = f
            return
        for g in range(min(used + 1, k)):
            lab[i] = g
            d = sum(pos != (lab[w] == g) for w, pos in back[i])
            rec(i + 1, max(used, g + 1), f + d)

    rec(0, 0, 0)
    return best[0]


def degrees(verts, pairs):
    d = {a: [0, 0, 0.0, 0.0] for a in verts}
    for (u, v), x in pairs.items():
        for a in (u, v):
            if x > 0:
                d[a][0] += 1
                d[a][2] += x
            else:
                d[a][1] += 1
                d[a][3] += -x
    return d


# ---- Read's highland tribes ----
rows = read("tribes.csv")
verts, pairs = signed_pairs(rows)
assert len(verts) == 16 and len(pairs) == 58
assert sum(1 for x in pairs.values() if x > 0) == 29
tri, bal = balance(verts, pairs)
assert round(bal / tri, 7) == 0.8676471, (tri, bal)   # signnet
fr, n_opt = frustration(verts, pairs)
assert fr == 7, fr                                     # Aref and Wilson
assert best_partition(verts, pairs, 2) == fr
blocs3 = best_partition(verts, pairs, 3)
blocs_any = best_partition(verts, pairs, len(verts))
pn = pn_undirected(verts, pairs)
deg = degrees(verts, pairs)
with open("tribes_expected.tsv", "w") as f:
    f.write("id\tpos_degree\tneg_degree\tpn_index\n")
    for i, a in enumerate(verts):
        f.write(f"{a}\t{deg[a][0]}\t{deg[a][1]}\t{pn[i]!r}\n")
with open("tribes_summary.tsv", "w") as f:
    f.write("key\tvalue\n")
    for k, v in (("triangles", tri), ("balanced", bal),
                 ("ratio", repr(bal / tri)), ("frustration", fr),
                 ("optimal_bipartitions", n_opt),
                 ("best_3_bloc_violations", blocs3),
                 ("best_any_bloc_violations", blocs_any)):
        f.write(f"{k}\t{v}\n")

# ---- Everett and Borgatti's example, published PN values ----
published = [0.9009747, 0.8613482, 0.9076997, 0.8613482, 0.8410658,
             0.8496558, 0.8617321, 0.9015909, 0.8509848, 0.9072930]
rows = read("pn_example.csv")
verts, pairs = signed_pairs(rows)
pn = pn_undirected(verts, pairs)
with open("pn_example_expected.tsv", "w") as f:
    f.write("id\tpn_index\n")
    for i, a in enumerate(verts):
        k = int(a[1:]) - 1
        assert abs(pn[i] - published[k]) < 1e-6, (a, pn[i], published[k])
        f.write(f"{a}\t{pn[i]!r}\n")

# ---- a small directed signed network ----
rows = read("directed_signed.csv")
verts, pairs = signed_pairs(rows)
pn = pn_undirected(verts, pairs)
out, inn = pn_directed(verts, rows)
deg = degrees(verts, pairs)
with open("directed_expected.tsv", "w") as f:
    f.write("id\tpos_degree\tneg_degree\tpos_strength\tneg_strength\t"
            "pn_index\tpn_out\tpn_in\n")
    for i, a in enumerate(verts):
        d = deg[a]
        f.write(f"{a}\t{d[0]}\t{d[1]}\t{d[2]!r}\t{d[3]!r}\t{pn[i]!r}\t"
                f"{out[i]!r}\t{inn[i]!r}\n")

# ---- Zachary's karate club (unweighted, as tests/data/metrics) ----
karate = nx.Graph()
karate.add_nodes_from(range(34))
karate.add_edges_from(nx.karate_club_graph().edges())
con = nx.constraint(karate)
es = nx.effective_size(karate)
art = set(nx.articulation_points(karate))
with open("karate_structure.tsv", "w") as f:
    f.write("id\tconstraint\teffective_size\tarticulation\n")
    for v in karate.nodes():
        f.write(f"{v}\t{con[v]!r}\t{es[v]!r}\t{int(v in art)}\n")
with open("karate_bridges.tsv", "w") as f:
    f.write("source\ttarget\n")
    for u, v in sorted(tuple(sorted(e)) for e in nx.bridges(karate)):
        f.write(f"{u}\t{v}\n")

# ---- weighted constraint and effective size: directed_signed.csv ----
# Every relation (any sign, any direction) summed per unordered pair.
W = nx.Graph()
for r in read("directed_signed.csv"):
    u, v, w = r["source"], r["target"], float(r.get("weight") or 1)
    old = W.get_edge_data(u, v, {"weight": 0.0})["weight"]
    W.add_edge(u, v, weight=old + w)
con = nx.constraint(W, weight="weight")
es = nx.effective_size(W, weight="weight")
# NetworkX sums over sets of string nodes, whose order (and so the last
# bits of the sums) changes with Python's hash seed: 12 digits are stable.
with open("weighted_structure.tsv", "w") as f:
    f.write("id\tconstraint\teffective_size\n")
    for v in W.nodes():
        f.write(f"{v}\t{con[v]:.12g}\t{es[v]:.12g}\n")

# ---- Gould-Fernandez brokerage, brute force ----
group = {}
for r in read("brokerage_actors.csv"):
    group[r["id"]] = r["affiliation"] or r["id"]
arcs = set()
for r in read("brokerage.csv"):
    arcs.add((r["source"], r["target"]))
    if r["type"] not in DIRECTED:
        arcs.add((r["target"], r["source"]))
nodes = sorted({x for a in arcs for x in a})
roles = ["coordinator", "itinerant", "gatekeeper", "representative",
         "liaison"]
count = {v: dict.fromkeys(roles, 0) for v in nodes}
for a, b, c in itertools.permutations(nodes, 3):
    if (a, b) not in arcs or (b, c) not in arcs or (a, c) in arcs:
        continue
    ga, gb, gc = group.get(a, a), group.get(b, b), group.get(c, c)
    if ga == gb == gc:
        role = "coordinator"
    elif ga == gc:
        role = "itinerant"
    elif gb == gc:
        role = "gatekeeper"
    elif ga == gb:
        role = "representative"
    else:
        role = "liaison"
    count[b][role] += 1
with open("brokerage_expected.tsv", "w") as f:
    f.write("id\t" + "\t".join(roles) + "\n")
    for v in nodes:
        f.write(v + "\t" + "\t".join(str(count[v][r]) for r in roles) + "\n")
