#!/usr/bin/python3
"""Expected metric values for tests/test_analysis.c, computed with NetworkX.

Run from this folder with Debian's python (it has python3-networkx 2.8):

    /usr/bin/python3 make_expected.py

It rewrites karate_networkx.tsv and directed_networkx.tsv. Conventions
(the same as graph/analysis.c): weights are turned into distances 1/w for
betweenness, closeness and harmonic centrality; closeness is NetworkX's
default (incoming distances, wf_improved=True); eigenvector, hub and
authority scores are rescaled so that their maximum is 1 (igraph's
scale=true); betweenness is raw (normalized=False).
"""
import networkx as nx


def write(path, G, weighted):
	w = "weight" if weighted else None
	d = "dist" if weighted else None
	if weighted:
		for u, v, data in G.edges(data=True):
			data["dist"] = 1.0 / data["weight"]
	deg = dict(G.degree())
	ind = dict(G.in_degree()) if G.is_directed() else deg
	outd = dict(G.out_degree()) if G.is_directed() else deg
	stren = dict(G.degree(weight=w))
	bet = nx.betweenness_centrality(G, normalized=False, weight=d)
	betn = nx.betweenness_centrality(G, normalized=True, weight=d)
	clo = nx.closeness_centrality(G, distance=d)
	har = nx.harmonic_centrality(G, distance=d)
	eig = nx.eigenvector_centrality_numpy(G, weight=w)
	emax = max(eig.values())
	pr = nx.pagerank(G, alpha=0.85, weight=w, tol=1e-12, max_iter=10000)
	hub, auth = nx.hits(G, max_iter=100000, tol=1e-12)
	hmax, amax = max(hub.values()), max(auth.values())
	core = nx.core_number(G)
	cols = ["id", "degree", "in_degree", "out_degree", "strength",
		"betweenness", "betweenness_normalized", "closeness",
		"harmonic", "eigenvector", "pagerank", "hub", "authority",
		"coreness"]
	with open(path, "w") as f:
		f.write("\t".join(cols) + "\n")
		for n in G.nodes():
			row = [str(n), str(deg[n]), str(ind[n]), str(outd[n]),
			       repr(float(stren[n])), repr(bet[n]), repr(betn[n]),
			       repr(clo[n]), repr(har[n]),
			       repr(eig[n] / emax), repr(pr[n]),
			       repr(hub[n] / hmax), repr(auth[n] / amax),
			       str(core[n])]
			f.write("\t".join(row) + "\n")


# Zachary's karate club without NetworkX's edge weights (igraph's famous
# "Zachary" graph has the same 78 edges and node numbering).
karate = nx.Graph()
karate.add_nodes_from(range(34))
karate.add_edges_from(nx.karate_club_graph().edges())
write("karate_networkx.tsv", karate, False)

# The small mixed graph of test_analysis__directed_weighted (directed.tsv
# lists its relations). Undirected relations become two arcs; parallel
# relations of one (source, target, type) are summed. F has no relation:
# it is not part of the analysed graph (ergraph gives it 0 everywhere).
D = nx.DiGraph()
with open("directed.tsv") as f:
	for line in f:
		if line.startswith("#") or not line.strip():
			continue
		s, t, typ, directed, weight = line.split()
		weight = float(weight)
		arcs = [(s, t)] if directed == "yes" else [(s, t), (t, s)]
		for a, b in arcs:
			old = D.get_edge_data(a, b, {"weight": 0.0})["weight"]
			D.add_edge(a, b, weight=old + weight)
write("directed_networkx.tsv", D, True)
