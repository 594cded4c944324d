#!/usr/bin/python3
"""Baseline for bench/run.sh: the same job done with python-igraph.

Usage: py_igraph.py [--full] [--read-only] IN.graphml OUT.graphml

Default (the baseline named in the target):
  Graph.Read_GraphML, PageRank (weighted, damping 0.85), betweenness
  (weights as distances 1/w), write_graphml with both metrics as vertex
  attributes.
--full: the work `ergraph run` does, as near as python-igraph allows:
  undirected (symmetric) relations counted both ways, parallel relations
  of one (source, target, type) merged with weights summed, then every
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

LAST = [T0]


def phase(name):
	now = time.perf_counter()
	sys.stderr.write("phase %s %.3f\n" % (name, now - LAST[0]))
	LAST[0] = now


def merge_like_ergraph(g):
	"""Mirror symmetric relations and merge (source, target, type)."""
	edges = {}
	for e in g.es:
		s, t = e.source, e.target
		sym = bool(e["symmetric"]) if "symmetric" in g.es.attributes() \
			else False
		ty = e["type"]
		if sym and s > t:
			s, t = t, s
		key = (s, t, ty, sym)
		edges[key] = edges.get(key, 0.0) + e["weight"]
	el, wl = [], []
	for (s, t, _ty, sym), w in edges.items():
		el.append((s, t))
		wl.append(w)
		if sym:
			el.append((t, s))
			wl.append(w)
	h = igraph.Graph(n=g.vcount(), edges=el, directed=True)
	h.es["weight"] = wl
	return h


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
		h = merge_like_ergraph(g)
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
		m["closeness"] = h.closeness(weights=dist, mode="all")
		phase("closeness")
		m["harmonic"] = h.harmonic_centrality(weights=dist, mode="all")
		phase("harmonic")
		m["eigenvector"] = h.eigenvector_centrality(weights=w,
							    directed=True)
		m["pagerank"] = h.pagerank(weights=w, damping=0.85)
		m["hub"] = h.hub_score(weights=w)
		m["authority"] = h.authority_score(weights=w)
		m["coreness"] = h.coreness(mode="all")
		phase("spectral+coreness")
		u = h.as_undirected(mode="collapse", combine_edges="sum")
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
