#!/usr/bin/python3
"""Second baseline for bench/run.sh: the same job done with NetworkX.

Usage: py_networkx.py IN.graphml OUT.graphml

read_graphml, PageRank (weighted, alpha 0.85), betweenness_centrality
(weights as distances 1/w, normalized=False), write_graphml with both
metrics as node attributes. Phase timings go to standard error as
"phase <name> <seconds>".
"""

import sys
import time

T0 = time.perf_counter()
import networkx as nx  # noqa: E402  (import time is part of the job)

LAST = [T0]


def phase(name):
	now = time.perf_counter()
	sys.stderr.write("phase %s %.3f\n" % (name, now - LAST[0]))
	sys.stderr.flush()
	LAST[0] = now


def main(argv):
	if len(argv) != 2:
		sys.exit(__doc__)
	src, dst = argv
	phase("import")
	g = nx.read_graphml(src)
	phase("read")
	pr = nx.pagerank(g, alpha=0.85, weight="weight")
	phase("pagerank")
	for _u, _v, d in g.edges(data=True):
		d["distance"] = 1.0 / d["weight"]
	bt = nx.betweenness_centrality(g, weight="distance", normalized=False)
	phase("betweenness")
	for _u, _v, d in g.edges(data=True):
		del d["distance"]
	nx.set_node_attributes(g, pr, "pagerank")
	nx.set_node_attributes(g, bt, "betweenness")
	nx.write_graphml(g, dst)
	phase("write")
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))
