#!/usr/bin/python3
"""Baseline for bench/run.sh: the same job done with python-igraph.

Usage: py_igraph.py [--full] [--read-only] IN.graphml OUT.graphml

Default (the baseline named in the target):
  Graph.Read_GraphML, PageRank (weighted, damping 0.85), betweenness
  (weights as distances 1/w), write_graphml with both metrics as vertex
  attributes.
--full: the work `ergraph run` does, as near as python-igraph allows:
  parallel relations of one (source, target, type) merged with weights
  summed, undirected (symmetric) bundles counted both ways, then every
  metric ergraph computes (degrees, strengths, betweenness, closeness,
  harmonic centrality, eigenvector centrality, PageRank, hub and
  authority scores, coreness, communities) before writing.
--read-only: Read_GraphML then write_graphml (no metrics), to compare
  against a read+write conversion.

Phase timings go to standard error as "phase <name> <seconds>".
"""

import sys
import time

T0 = time.perf_counter()
import igraph  # noqa: E402  (import time is part of the job)
import warnings  # noqa: E402

warnings.simplefilter("ignore")  # igraph notes on weighted eigenvector

LAST = [T0]


def phase(name):
	now = time.perf_counter()
	sys.stderr.write("phase %s %.3f\n" % (name, now - LAST[0]))
	LAST[0] = now


def merge_like_ergraph(g):
	"""Merge parallel (source, target, type) relations, weights summed,
	as erg_aggregate_build does; return (directed graph with symmetric
	bundles as two arcs, undirected collapse for communities)."""
	sym_of = g.es["symmetric"] if "symmetric" in g.es.attributes() \
		else [False] * g.ecount()
	bundles = {}
	for (s, t), ty, sym, w in zip(g.get_edgelist(), g.es["type"], sym_of,
				      g.es["weight"]):
		if sym and s > t:
			s, t = t, s
		key = (s, t, ty, bool(sym))
		bundles[key] = bundles.get(key, 0.0) + w
	el, wl, pairs = [], [], {}
	for (s, t, _ty, sym), w in bundles.items():
		el.append((s, t))
		wl.append(w)
		if sym and s != t:
			el.append((t, s))
			wl.append(w)
		p = (s, t) if s <= t else (t, s)
		pairs[p] = pairs.get(p, 0.0) + w
	h = igraph.Graph(n=g.vcount(), edges=el, directed=True)
	h.es["weight"] = wl
	u = igraph.Graph(n=g.vcount(), edges=list(pairs), directed=False)
	u.es["weight"] = list(pairs.values())
	return h, u


def main(argv):
	full = "--full" in argv
	read_only = "--read-only" in argv
	args = [a for a in argv if not a.startswith("--")]
	if len(args) != 2:
		sys.exit(__doc__)
	src, dst = args
	phase("import")
	g = igraph.Graph.Read_GraphML(src)
	phase("read")
	if read_only:
		g.write_graphml(dst)
		phase("write")
		return 0
	if not full:
		pr = g.pagerank(weights="weight", damping=0.85)
		phase("pagerank")
		dist = [1.0 / w for w in g.es["weight"]]
		bt = g.betweenness(weights=dist, directed=True)
		phase("betweenness")
		g.vs["pagerank"] = pr
		g.vs["betweenness"] = bt
	else:
		h, u = merge_like_ergraph(g)
		phase("merge")
		w = h.es["weight"]
		dist = [1.0 / x for x in w]
		m = {}
		m["degree"] = h.degree(mode="all")
		m["in_degree"] = h.degree(mode="in")
		m["out_degree"] = h.degree(mode="out")
		m["strength"] = h.strength(mode="all", weights=w)
		m["in_strength"] = h.strength(mode="in", weights=w)
		m["out_strength"] = h.strength(mode="out", weights=w)
		phase("degrees")
		m["betweenness"] = h.betweenness(weights=dist, directed=True)
		phase("betweenness")
		m["closeness"] = h.closeness(weights=dist, mode="in")
		phase("closeness")
		m["harmonic"] = h.harmonic_centrality(weights=dist,
							 mode="in")
		phase("harmonic")
		m["eigenvector"] = h.eigenvector_centrality(weights=w,
							    directed=True)
		m["pagerank"] = h.pagerank(weights=w, damping=0.85)
		m["hub"] = h.hub_score(weights=w)
		m["authority"] = h.authority_score(weights=w)
		m["coreness"] = h.coreness(mode="all")
		phase("spectral+coreness")
		m["community"] = u.community_multilevel(
			weights="weight").membership
		phase("community")
		for k, v in m.items():
			g.vs[k] = v
	g.write_graphml(dst)
	phase("write")
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))
