/*
 * analysis.c - influence metrics through igraph (see ergraph/analysis.h).
 *
 * The graph analysed. erg_analyze aggregates the relations passing the
 * view (erg_aggregate_build) and builds one igraph_t from the bundles.
 * It is directed when any bundle is directed; then every undirected
 * bundle becomes two arcs, one each way, each with the bundle's weight
 * (an undirected self-loop stays one loop). Its vertices are the actors
 * that have at least one relation in the view, in actor order; the
 * others get 0 for every metric without entering igraph, so PageRank
 * sums to 1 over the actors in the view and every normalisation counts
 * those actors only (n below). Bundle weights must be finite and
 * positive (ERG_EINVAL otherwise, naming the first relation of the
 * bundle); as distances, weights are turned into 1/w.
 *
 * Choices (checked against NetworkX 2.8 in tests/test_analysis.c):
 *  - degree counts aggregated bundles, not relations: two reports of the
 *    same (source, target, type) are one link, two types between the same
 *    pair are two links (parallel edges). In a directed analysis an
 *    undirected bundle counts once in in_degree and once in out_degree.
 *    Loops count twice, as igraph_degree(loops = true) does. strength is
 *    the weighted counterpart (sum of bundle weights).
 *  - paths: betweenness, closeness and harmonic centrality run on a copy
 *    of the graph where parallel edges (several types between one pair)
 *    are merged into the shortest, so that they do not count as several
 *    shortest paths; NetworkX treats multigraphs the same way.
 *  - betweenness: igraph_betweenness on distances 1/w, raw (pairs counted
 *    once in undirected graphs, as NetworkX normalized=False); with
 *    opts->normalized it is scaled as NetworkX does: 1/((n-1)(n-2)) when
 *    directed, 2/((n-1)(n-2)) when undirected, unscaled when n <= 2.
 *  - closeness: incoming distances (how near the others are to the actor;
 *    NetworkX's convention for digraphs, the same as "all" when
 *    undirected) with the Wasserman-Faust correction NetworkX applies by
 *    default (wf_improved=True): C(u) = (r/(n-1)) * (r/D) where r is the
 *    number of actors that reach u and D the sum of their distances. On a
 *    connected graph this is igraph_closeness(normalized = true); on a
 *    disconnected one it is igraph's value times r/(n-1), so that members
 *    of small components do not outrank the main component. 0 when r = 0.
 *  - harmonic: sum of 1/d(v, u) over the actors v that reach u, not
 *    normalised, as igraph_harmonic_centrality(mode = IN) and NetworkX's
 *    harmonic_centrality.
 *    Closeness and harmonic centrality come from one all-pairs pass of
 *    igraph_distances_dijkstra over chunks of target vertices instead of
 *    two (igraph_closeness and igraph_harmonic_centrality would each run
 *    their own); the test suite checks both against those functions. In
 *    a directed graph the pass searches the reversed path graph forwards
 *    (see build_paths).
 *  - from 256 vertices on, betweenness and the closeness pass are split
 *    in two interleaved halves of the vertices, summed afterwards (see
 *    "path metrics" below), so that opts->jobs >= 2 puts half of each on
 *    either core; every jobs value gives the same numbers.
 *  - eigenvector: igraph_eigenvector_centrality, weighted, scaled so that
 *    the maximum is 1 (NetworkX scales to unit length instead; the test
 *    rescales its values). Directed graphs use in-edges, as NetworkX.
 *    When ARPACK does not converge (periodic graphs such as a directed
 *    cycle) it is retried once on A + cI, which has the same eigenvectors
 *    (see eigenvector_shifted). When that fails too, or hub and authority
 *    scores fail, the network has no unique dominant eigenvector and the
 *    metric is left out (see left_out): 0 everywhere and its bit cleared
 *    in erg_metrics.computed.
 *  - pagerank: PRPACK, damping 0.85, weighted, dangling actors spread
 *    uniformly (as NetworkX).
 *  - hub, authority: igraph_hub_and_authority_scores, weighted, max 1.
 *  - coreness: igraph_coreness(IGRAPH_ALL) on the analysed graph (so an
 *    undirected bundle counts twice in a directed analysis, like degree).
 *  - community: Louvain (igraph_community_multilevel, modularity,
 *    resolution 1) on the undirected collapse of the bundles: one edge per
 *    unordered pair, weights summed over every bundle between the pair
 *    (an undirected bundle counts once, not twice). igraph's RNG is seeded
 *    with opts->seed, so a seed gives one result. Communities are numbered
 *    0.. by decreasing size, ties by lowest actor index. Actors with no
 *    relation in the view are the one exception to "0 everywhere": each
 *    is a singleton community numbered after the others, so that they do
 *    not join community 0; n_communities counts them.
 * Every value igraph reports as NaN or infinite is stored as 0.
 * opts->metrics selects the metrics to compute (all by default); the
 * others stay 0 and erg_metrics.computed records the selection.
 * Side effects on the process-wide igraph state: the error and warning
 * handlers are replaced once (igraph_adapter.c) and the default RNG is
 * reseeded with opts->seed before community detection.
 *
 * Time: O(V E log V) for betweenness plus one more all-pairs Dijkstra for
 * closeness and harmonic (O(V E) breadth-first searches instead when all
 * weights are equal, as in unweighted networks), about half of it in a
 * second process when opts->jobs >= 2; memory O(V + E) (the analysed
 * graph and up to two path graphs) plus a chunk of distances of at most
 * DIST_CHUNK_CELLS doubles per process.
 */
#include "ergraph/analysis.h"

#ifdef ERG_HAVE_OPENMP
#include <omp.h>
#endif

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "igraph_internal.h"
#include "util_internal.h"

#define DIST_CHUNK_CELLS ((size_t)1 << 20) /* 8 MiB of distances */
#define NO_VERTEX SIZE_MAX

static const char *metric_names[ERG_METRIC__COUNT] = {
    "degree",	    "in_degree",   "out_degree", "strength", "in_strength",
    "out_strength", "betweenness", "closeness",	 "harmonic", "eigenvector",
    "pagerank",	    "hub",	   "authority",	 "coreness", "community"};

const char *erg_metric_name(erg_metric m)
{
	return (unsigned)m < ERG_METRIC__COUNT ? metric_names[m] : NULL;
}

int erg_metric_parse(const char *name, erg_metric *out)
{
	for (int i = 0; name && i < ERG_METRIC__COUNT; i++) {
		if (erg__strcasecmp(name, metric_names[i]) == 0) {
			*out = (erg_metric)i;
			return 0;
		}
	}
	return -1;
}

bool erg_metric_is_integer(erg_metric m)
{
	switch (m) {
	case ERG_METRIC_DEGREE:
	case ERG_METRIC_IN_DEGREE:
	case ERG_METRIC_OUT_DEGREE:
	case ERG_METRIC_CORENESS:
	case ERG_METRIC_COMMUNITY:
		return true;
	default:
		return false;
	}
}

void erg_analyze_opts_init(erg_analyze_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->normalized = false;
	o->seed = 42;
	o->jobs = 1;
}

#define BIT(m) (1u << (m))
#define ALL_METRICS (BIT(ERG_METRIC__COUNT) - 1)
#define PATH_METRICS                                                           \
	(BIT(ERG_METRIC_BETWEENNESS) | BIT(ERG_METRIC_CLOSENESS) |             \
	 BIT(ERG_METRIC_HARMONIC))

bool erg_metrics_has(const erg_metrics *m, erg_metric k)
{
	return (unsigned)k < ERG_METRIC__COUNT &&
	       (m->computed == 0 || (m->computed & BIT(k)));
}

void erg_metrics_free(erg_metrics *m)
{
	if (!m)
		return;
	for (int i = 0; i < ERG_METRIC__COUNT; i++)
		free(m->values[i]);
	free(m);
}

/* ---- the analysed graph ---- */

/* From this many vertices on, the path metrics are split in two parts
 * (see "path metrics" below) and the path graphs are renumbered (see
 * path_order). */
#define SPLIT_MIN_VERTICES 256

/* A graph for the path metrics and its arc lengths. */
typedef struct {
	bool have_g, have_len;
	igraph_t g;
	igraph_vector_t len; /* per edge of g */
} path_graph;

typedef struct {
	const erg_graph *g;
	erg_metrics *m;
	unsigned want; /* metrics to compute */
	erg_aggregate agg;
	size_t *vertex_of; /* actor -> vertex, NO_VERTEX if not in the view */
	size_t *actor_of;  /* vertex -> actor */
	igraph_integer_t nv;
	bool have_graph, have_weight;
	igraph_t graph;		/* the analysed graph */
	igraph_vector_t weight; /* per edge of graph */
	path_graph paths;	/* graph, parallel edges merged */
	path_graph rpaths;	/* paths reversed (directed graphs only) */
	igraph_vector_int_t pv; /* vertex -> its number in paths, rpaths */
	bool have_pv;
	double uniform; /* the one distance if all are equal, else 0 */
	igraph_vector_t res;
	igraph_vector_int_t ires;
} analysis;

/* Stores a per-vertex result as metric `m`, NaN and infinities as 0. */
static void store(analysis *a, erg_metric m, const igraph_vector_t *v)
{
	double *out = a->m->values[m];
	for (igraph_integer_t i = 0; i < a->nv; i++) {
		double x = VECTOR(*v)[i];
		/* NaN and infinities as 0; so are -0 and round-off residue
		 * below 1e-13 that ARPACK leaves where the true value is 0 */
		out[a->actor_of[i]] = isfinite(x) && fabs(x) >= 1e-13 ? x : 0.0;
	}
}

static void store_int(analysis *a, erg_metric m, const igraph_vector_int_t *v)
{
	double *out = a->m->values[m];
	for (igraph_integer_t i = 0; i < a->nv; i++)
		out[a->actor_of[i]] = (double)VECTOR(*v)[i];
}

static erg_status check_weights(analysis *a, erg_error *err)
{
	for (size_t i = 0; i < a->agg.n; i++) {
		const erg_bundle *b = &a->agg.items[i];
		if (!(isfinite(b->weight) && b->weight > 0)) {
			const erg_actor *s = erg_graph_actor_c(a->g, b->source);
			const erg_actor *t = erg_graph_actor_c(a->g, b->target);
			const erg_type *ty =
			    erg_types_get(erg_graph_types(a->g), b->type);
			return erg_error_set(
			    err, ERG_EINVAL, NULL, 0, 0,
			    "relation %zu (%s %s %s) has weight %g: "
			    "analysis needs positive weights (filter "
			    "the others out with a minimum weight)",
			    b->first, s->id, ty ? ty->name : "?", t->id,
			    b->weight);
		}
	}
	return ERG_OK;
}

/* An arc (or edge) of the path graph: endpoints and length. */
typedef struct {
	igraph_integer_t u, v;
	double d;
} arc;

static int arc_cmp(const void *pa, const void *pb)
{
	const arc *x = pa, *y = pb;
	if (x->u != y->u)
		return x->u < y->u ? -1 : 1;
	if (x->v != y->v)
		return x->v < y->v ? -1 : 1;
	return x->d < y->d ? -1 : x->d > y->d;
}

/* Creates `pg` from the first np arcs, in their order: igraph numbers the
 * edges in that order, so when the arcs are sorted by source the
 * outgoing arcs of a vertex, their endpoints and their lengths lie side
 * by side in memory, which is what a single-source search over outgoing
 * arcs reads. */
static erg_status path_graph_create(path_graph *pg, const arc *arcs,
				    igraph_integer_t np, igraph_integer_t nv,
				    bool directed, erg_error *err)
{
	igraph_vector_int_t pe;
	igraph_error_t e;

	if (igraph_vector_int_init(&pe, 2 * np))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	if (igraph_vector_init(&pg->len, np)) {
		igraph_vector_int_destroy(&pe);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	pg->have_len = true;
	for (igraph_integer_t i = 0; i < np; i++) {
		VECTOR(pe)[2 * i] = arcs[i].u;
		VECTOR(pe)[2 * i + 1] = arcs[i].v;
		VECTOR(pg->len)[i] = arcs[i].d;
	}
	e = igraph_create(&pg->g, &pe, nv, directed);
	igraph_vector_int_destroy(&pe);
	if (e == IGRAPH_SUCCESS)
		pg->have_g = true;
	return erg__igraph_status(e, err, "graph construction");
}

static void path_graph_destroy(path_graph *pg)
{
	if (pg->have_g)
		igraph_destroy(&pg->g);
	if (pg->have_len)
		igraph_vector_destroy(&pg->len);
	pg->have_g = pg->have_len = false;
}

/* Numbers the vertices of the path graphs in breadth-first order from
 * the vertex of highest degree (arcs followed both ways; the other
 * components after it, by lowest vertex): neighbours get near numbers,
 * so a search touches fewer cache lines of igraph's per-vertex arrays
 * and incidence lists. The metrics do not depend on the numbering (a
 * path's length is summed along the path either way); results are
 * mapped back through a->pv. */
static erg_status path_order(analysis *a, erg_error *err)
{
	igraph_vector_int_t deg, order;
	igraph_error_t e;

	if (igraph_vector_int_init(&deg, 0))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	if (igraph_vector_int_init(&order, 0)) {
		igraph_vector_int_destroy(&deg);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	e = igraph_degree(&a->graph, &deg, igraph_vss_all(), IGRAPH_ALL,
			  IGRAPH_LOOPS);
	/* the order, not igraph_bfs's `rank`, which igraph 0.10.2 leaves
	 * at 0 */
	if (e == IGRAPH_SUCCESS)
		e = igraph_bfs(&a->graph, igraph_vector_int_which_max(&deg),
			       NULL, IGRAPH_ALL, true, NULL, &order, NULL, NULL,
			       NULL, NULL, NULL, NULL, NULL);
	/* a numbering of every vertex, or none (kept in igraph's order) */
	if (e == IGRAPH_SUCCESS && igraph_vector_int_size(&order) == a->nv)
		e = igraph_vector_int_init(&a->pv, a->nv);
	else
		igraph_vector_int_clear(&order);
	if (e == IGRAPH_SUCCESS && igraph_vector_int_size(&order) == a->nv) {
		a->have_pv = true;
		for (igraph_integer_t i = 0; i < a->nv; i++)
			VECTOR(a->pv)[VECTOR(order)[i]] = i;
	}
	igraph_vector_int_destroy(&deg);
	igraph_vector_int_destroy(&order);
	return erg__igraph_status(e, err, "vertex ordering");
}

/* The path graph: the analysed graph with parallel edges merged into the
 * shortest one, lengths 1/w. Shortest paths are the same; what changes
 * is that two relation types between one pair no longer count as two
 * routes in betweenness (NetworkX's multigraph semantics), and each
 * all-pairs pass has fewer edges to scan. Betweenness searches along
 * outgoing arcs, the closeness pass along incoming ones; so a directed
 * path graph is built twice: `paths` with its arcs sorted by source, and
 * `rpaths` with every arc reversed and sorted by its new source, in
 * which the closeness pass searches outgoing arcs (the same distances;
 * on the 5,000-actor benchmark this halves the pass' L1 cache misses,
 * since igraph lists the incoming arcs of a vertex scattered over the
 * edge arrays). */
static erg_status build_paths(analysis *a, const igraph_vector_int_t *edges,
			      erg_error *err)
{
	igraph_integer_t ne = igraph_vector_size(&a->weight), np = 0;
	bool directed = a->m->directed;
	erg_status st;
	arc *arcs;

	if (a->nv >= SPLIT_MIN_VERTICES && (st = path_order(a, err)))
		return st;
	arcs = malloc((ne ? (size_t)ne : 1) * sizeof(*arcs));
	if (!arcs)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	for (igraph_integer_t i = 0; i < ne; i++) {
		igraph_integer_t u = VECTOR(*edges)[2 * i];
		igraph_integer_t v = VECTOR(*edges)[2 * i + 1];
		if (a->have_pv) {
			u = VECTOR(a->pv)[u];
			v = VECTOR(a->pv)[v];
		}
		if (!directed && u > v) {
			igraph_integer_t t = u;
			u = v;
			v = t;
		}
		arcs[i].u = u;
		arcs[i].v = v;
		arcs[i].d = 1.0 / VECTOR(a->weight)[i];
	}
	qsort(arcs, (size_t)ne, sizeof(*arcs), arc_cmp);
	for (igraph_integer_t i = 0; i < ne; i++)
		if (!np || arcs[np - 1].u != arcs[i].u ||
		    arcs[np - 1].v != arcs[i].v)
			arcs[np++] = arcs[i];
	a->uniform = np ? arcs[0].d : 0;
	for (igraph_integer_t i = 0; i < np; i++)
		if (arcs[i].d != a->uniform)
			a->uniform = 0;
	st = path_graph_create(&a->paths, arcs, np, a->nv, directed, err);
	if (st == ERG_OK && directed) {
		for (igraph_integer_t i = 0; i < np; i++) {
			igraph_integer_t t = arcs[i].u;
			arcs[i].u = arcs[i].v;
			arcs[i].v = t;
		}
		qsort(arcs, (size_t)np, sizeof(*arcs), arc_cmp);
		st = path_graph_create(&a->rpaths, arcs, np, a->nv, directed,
				       err);
	}
	free(arcs);
	return st;
}

static erg_status build_graph(analysis *a, erg_error *err)
{
	size_t n_actors = a->m->n_actors, ne = 0, k = 0;
	igraph_vector_int_t edges;
	igraph_error_t e;
	bool directed = false;
	erg_status st;

	for (size_t i = 0; i < a->agg.n; i++) {
		const erg_bundle *b = &a->agg.items[i];
		directed |= b->directed;
		a->m->n_relations += b->count;
		a->vertex_of[b->source] = 0;
		a->vertex_of[b->target] = 0;
	}
	a->m->directed = directed;
	for (size_t i = 0; i < n_actors; i++) {
		if (a->vertex_of[i] == NO_VERTEX)
			continue;
		a->vertex_of[i] = (size_t)a->nv;
		a->actor_of[a->nv++] = i;
	}
	for (size_t i = 0; i < a->agg.n; i++) {
		const erg_bundle *b = &a->agg.items[i];
		ne += (directed && !b->directed && b->source != b->target) ? 2
									   : 1;
	}
	if (igraph_vector_int_init(&edges, (igraph_integer_t)(2 * ne)))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	if (igraph_vector_init(&a->weight, (igraph_integer_t)ne)) {
		igraph_vector_int_destroy(&edges);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	a->have_weight = true;
	for (size_t i = 0; i < a->agg.n; i++) {
		const erg_bundle *b = &a->agg.items[i];
		igraph_integer_t s = (igraph_integer_t)a->vertex_of[b->source];
		igraph_integer_t t = (igraph_integer_t)a->vertex_of[b->target];

		VECTOR(edges)[2 * k] = s;
		VECTOR(edges)[2 * k + 1] = t;
		VECTOR(a->weight)[k++] = b->weight;
		if (directed && !b->directed && s != t) {
			VECTOR(edges)[2 * k] = t;
			VECTOR(edges)[2 * k + 1] = s;
			VECTOR(a->weight)[k++] = b->weight;
		}
	}
	e = igraph_create(&a->graph, &edges, a->nv, directed);
	st = erg__igraph_status(e, err, "graph construction");
	if (st == ERG_OK) {
		a->have_graph = true;
		if (a->want & PATH_METRICS)
			st = build_paths(a, &edges, err);
	}
	igraph_vector_int_destroy(&edges);
	return st;
}

/* ---- metrics ---- */

static erg_status degrees(analysis *a, erg_error *err)
{
	static const struct {
		erg_metric degree, strength;
		igraph_neimode_t mode;
	} modes[] = {
	    {ERG_METRIC_DEGREE, ERG_METRIC_STRENGTH, IGRAPH_ALL},
	    {ERG_METRIC_IN_DEGREE, ERG_METRIC_IN_STRENGTH, IGRAPH_IN},
	    {ERG_METRIC_OUT_DEGREE, ERG_METRIC_OUT_STRENGTH, IGRAPH_OUT},
	};
	erg_status st;

	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		if (!(a->want &
		      (BIT(modes[i].degree) | BIT(modes[i].strength))))
			continue;
		st = erg__igraph_status(igraph_degree(&a->graph, &a->ires,
						      igraph_vss_all(),
						      modes[i].mode, true),
					err, "degree");
		if (st)
			return st;
		store_int(a, modes[i].degree, &a->ires);
		st = erg__igraph_status(
		    igraph_strength(&a->graph, &a->res, igraph_vss_all(),
				    modes[i].mode, true, &a->weight),
		    err, "strength");
		if (st)
			return st;
		store(a, modes[i].strength, &a->res);
	}
	return ERG_OK;
}

/* ARPACK does not converge when the top eigenvalue is not alone on its
 * circle, as in a directed cycle (periodic graphs). A + cI has the same
 * eigenvectors and a dominant eigenvalue that stands apart, so the
 * fallback adds a loop of weight c (the mean weight) to every vertex of
 * a copy; NetworkX's power iteration uses A + I for the same reason. */
static igraph_error_t eigenvector_shifted(analysis *a)
{
	igraph_integer_t ne = igraph_ecount(&a->graph);
	igraph_arpack_options_t arpack;
	igraph_vector_int_t loops;
	igraph_vector_t w;
	igraph_real_t value, c;
	igraph_t shifted;
	igraph_error_t e;

	c = ne ? igraph_vector_sum(&a->weight) / (double)ne : 1.0;
	if ((e = igraph_vector_int_init(&loops, 2 * a->nv)))
		return e;
	if ((e = igraph_vector_init_copy(&w, &a->weight))) {
		igraph_vector_int_destroy(&loops);
		return e;
	}
	for (igraph_integer_t i = 0; i < a->nv; i++)
		VECTOR(loops)[2 * i] = VECTOR(loops)[2 * i + 1] = i;
	e = igraph_copy(&shifted, &a->graph);
	if (e == IGRAPH_SUCCESS) {
		igraph_arpack_options_init(&arpack);
		if (!(e = igraph_add_edges(&shifted, &loops, NULL)) &&
		    !(e = igraph_vector_resize(&w, ne + a->nv))) {
			for (igraph_integer_t i = 0; i < a->nv; i++)
				VECTOR(w)[ne + i] = c;
			e = igraph_eigenvector_centrality(
			    &shifted, &a->res, &value, true, true, &w, &arpack);
		}
		igraph_destroy(&shifted);
	}
	igraph_vector_destroy(&w);
	igraph_vector_int_destroy(&loops);
	return e;
}

/* An eigenvector metric igraph could not compute on this network
 * (ARPACK found no unique dominant eigenvector: a defective or degenerate
 * top eigenvalue, where NetworkX's power iteration fails too) is left
 * out: its values stay 0 and its bits leave m->computed, so that callers
 * can tell. Running out of memory is still an error. */
static erg_status left_out(analysis *a, igraph_error_t e, erg_error *err,
			   const char *what, unsigned bits)
{
	erg_status st = erg__igraph_status(e, err, what);
	if (st == ERG_ENOMEM)
		return st;
	erg_error_clear(err);
	a->m->computed &= ~bits;
	return ERG_OK;
}

static erg_status spectral(analysis *a, erg_error *err)
{
	igraph_arpack_options_t arpack;
	igraph_vector_t hub;
	igraph_real_t value;
	igraph_error_t e;
	erg_status st;

	if (a->want & BIT(ERG_METRIC_EIGENVECTOR)) {
		igraph_arpack_options_init(&arpack);
		e = igraph_eigenvector_centrality(&a->graph, &a->res, &value,
						  true, true, &a->weight,
						  &arpack);
		if (e != IGRAPH_SUCCESS && e != IGRAPH_ENOMEM)
			e = eigenvector_shifted(a);
		if (e == IGRAPH_SUCCESS)
			store(a, ERG_METRIC_EIGENVECTOR, &a->res);
		else if ((st = left_out(a, e, err, "eigenvector centrality",
					BIT(ERG_METRIC_EIGENVECTOR))))
			return st;
	}
	if (a->want & BIT(ERG_METRIC_PAGERANK)) {
		/* PRPACK's OpenMP reductions sum in a varying order: one
		 * thread gives the same digits on every run. The setting is
		 * the calling thread's and is restored. */
#ifdef ERG_HAVE_OPENMP
		int threads = omp_get_max_threads();
		omp_set_num_threads(1);
#endif
		e = igraph_pagerank(&a->graph, IGRAPH_PAGERANK_ALGO_PRPACK,
				    &a->res, &value, igraph_vss_all(), true,
				    0.85, &a->weight, NULL);
#ifdef ERG_HAVE_OPENMP
		omp_set_num_threads(threads);
#endif
		st = erg__igraph_status(e, err, "PageRank");
		if (st)
			return st;
		store(a, ERG_METRIC_PAGERANK, &a->res);
	}
	if (!(a->want & (BIT(ERG_METRIC_HUB) | BIT(ERG_METRIC_AUTHORITY))))
		return ERG_OK;

	if (igraph_vector_init(&hub, 0))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	igraph_arpack_options_init(&arpack);
	e = igraph_hub_and_authority_scores(&a->graph, &hub, &a->res, &value,
					    true, &a->weight, &arpack);
	st = ERG_OK;
	if (e == IGRAPH_SUCCESS) {
		if (a->want & BIT(ERG_METRIC_HUB))
			store(a, ERG_METRIC_HUB, &hub);
		if (a->want & BIT(ERG_METRIC_AUTHORITY))
			store(a, ERG_METRIC_AUTHORITY, &a->res);
	} else {
		st = left_out(a, e, err, "hub and authority scores",
			      BIT(ERG_METRIC_HUB) | BIT(ERG_METRIC_AUTHORITY));
	}
	igraph_vector_destroy(&hub);
	return st;
}

static erg_status coreness(analysis *a, erg_error *err)
{
	erg_status st;

	if (!(a->want & BIT(ERG_METRIC_CORENESS)))
		return ERG_OK;
	st = erg__igraph_status(
	    igraph_coreness(&a->graph, &a->ires, IGRAPH_ALL), err, "coreness");
	if (st == ERG_OK)
		store_int(a, ERG_METRIC_CORENESS, &a->ires);
	return st;
}

typedef struct {
	igraph_integer_t size;
	igraph_integer_t first; /* lowest vertex, i.e. lowest actor */
	igraph_integer_t raw;
} community;

static int community_cmp(const void *pa, const void *pb)
{
	const community *x = pa, *y = pb;
	if (x->size != y->size)
		return x->size > y->size ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* Louvain on the undirected collapse, then deterministic renumbering. */
static erg_status communities(analysis *a, const erg_analyze_opts *opts,
			      erg_error *err)
{
	size_t n = 0, nb = a->agg.n;
	arc *pairs = NULL; /* d holds a weight here */
	community *comm = NULL;
	igraph_integer_t *rank = NULL, k = 0;
	igraph_vector_int_t edges, membership;
	igraph_vector_t w;
	igraph_t u;
	bool have_u = false, have_vec = false;
	double *out = a->m->values[ERG_METRIC_COMMUNITY];
	erg_status st = ERG_OK;

	if (!(a->want & BIT(ERG_METRIC_COMMUNITY)))
		return ERG_OK;
	pairs = malloc((nb ? nb : 1) * sizeof(*pairs));
	if (!pairs)
		goto oom;
	for (size_t i = 0; i < nb; i++) {
		const erg_bundle *b = &a->agg.items[i];
		igraph_integer_t s = (igraph_integer_t)a->vertex_of[b->source];
		igraph_integer_t t = (igraph_integer_t)a->vertex_of[b->target];
		pairs[i].u = s < t ? s : t;
		pairs[i].v = s < t ? t : s;
		pairs[i].d = b->weight;
	}
	qsort(pairs, nb, sizeof(*pairs), arc_cmp);
	for (size_t i = 0; i < nb; i++) {
		if (n && pairs[n - 1].u == pairs[i].u &&
		    pairs[n - 1].v == pairs[i].v)
			pairs[n - 1].d += pairs[i].d;
		else
			pairs[n++] = pairs[i];
	}
	if (igraph_vector_int_init(&edges, (igraph_integer_t)(2 * n)))
		goto oom;
	if (igraph_vector_init(&w, (igraph_integer_t)n)) {
		igraph_vector_int_destroy(&edges);
		goto oom;
	}
	if (igraph_vector_int_init(&membership, 0)) {
		igraph_vector_int_destroy(&edges);
		igraph_vector_destroy(&w);
		goto oom;
	}
	have_vec = true;
	for (size_t i = 0; i < n; i++) {
		VECTOR(edges)[2 * i] = pairs[i].u;
		VECTOR(edges)[2 * i + 1] = pairs[i].v;
		VECTOR(w)[i] = pairs[i].d;
	}
	st = erg__igraph_status(igraph_create(&u, &edges, a->nv, false), err,
				"community graph construction");
	if (st)
		goto done;
	have_u = true;
	igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)opts->seed);
	st = erg__igraph_status(
	    igraph_community_multilevel(&u, &w, 1.0, &membership, NULL, NULL),
	    err, "community detection (Louvain)");
	if (st)
		goto done;

	for (igraph_integer_t i = 0; i < a->nv; i++)
		if (VECTOR(membership)[i] + 1 > k)
			k = VECTOR(membership)[i] + 1;
	comm = calloc((size_t)(k ? k : 1), sizeof(*comm));
	rank = malloc((size_t)(k ? k : 1) * sizeof(*rank));
	if (!comm || !rank)
		goto oom;
	for (igraph_integer_t c = 0; c < k; c++) {
		comm[c].raw = c;
		comm[c].first = a->nv;
	}
	for (igraph_integer_t i = 0; i < a->nv; i++) {
		community *c = &comm[VECTOR(membership)[i]];
		c->size++;
		if (i < c->first)
			c->first = i;
	}
	qsort(comm, (size_t)k, sizeof(*comm), community_cmp);
	for (igraph_integer_t c = 0; c < k; c++)
		rank[comm[c].raw] = c;
	for (igraph_integer_t i = 0; i < a->nv; i++)
		out[a->actor_of[i]] = (double)rank[VECTOR(membership)[i]];
	a->m->n_communities = (size_t)k;
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	if (have_u)
		igraph_destroy(&u);
	if (have_vec) {
		igraph_vector_int_destroy(&edges);
		igraph_vector_destroy(&w);
		igraph_vector_int_destroy(&membership);
	}
	free(pairs);
	free(comm);
	free(rank);
	return st;
}

/* Actors outside the analysed graph: singleton communities after the
 * others. Every other metric is already 0. */
static void isolated_communities(analysis *a)
{
	double *out = a->m->values[ERG_METRIC_COMMUNITY];
	if (!(a->want & BIT(ERG_METRIC_COMMUNITY)))
		return;
	for (size_t i = 0; i < a->m->n_actors; i++)
		if (a->vertex_of[i] == NO_VERTEX)
			out[i] = (double)a->m->n_communities++;
}

/* ---- path metrics: betweenness, closeness, harmonic ---- */

/* Both are all-pairs passes: one single-source search per vertex. On
 * networks of SPLIT_MIN_VERTICES vertices or more the vertices are split
 * in two interleaved parts (see part_of): part k holds the betweenness
 * that the searches from its sources add up (igraph_betweenness_subset,
 * every vertex a target) and the closeness and harmonic centrality of
 * its vertices. Betweenness is part 0 plus part 1; the other two need no
 * combining. With opts->jobs >= 2 a forked child computes part 1 while
 * the parent computes part 0 and then the other metrics (eigenvector,
 * PageRank, hubs, coreness, communities: about 1.5 % of the work on the
 * 5,000-actor benchmark), so part 1 is that much larger: 65 vertices in
 * 128. The split does not depend on opts->jobs, so every jobs value
 * gives the very same numbers (a sum in one order); they may differ from
 * one igraph_betweenness call in the last bit. Smaller networks are one
 * part, which is igraph_betweenness exactly. */
#define PART1_SHARE 65 /* in 128 */

/* A part's results, vertex-indexed: betweenness, closeness, harmonic. */
#define PART_BET(p, nv) (p)
#define PART_CLO(p, nv) ((p) + (nv))
#define PART_HAR(p, nv) ((p) + 2 * (nv))

typedef struct {
	int parts;	/* 0 (no path metric wanted), 1 or 2 */
	double *buf[2]; /* per part: 3 nv doubles */
	bool have[2];	/* part computed (or received) */
	pid_t pid;	/* child computing part 1, or 0 */
	int fd;		/* its pipe */
} path_plan;

/* The number of vertex v in the path graphs. */
static igraph_integer_t pnum(const analysis *a, igraph_integer_t v)
{
	return a->have_pv ? VECTOR(a->pv)[v] : v;
}

/* Raw betweenness of every vertex on the paths that start at `src` (path
 * graph numbers). Equal distances: breadth-first search finds the same
 * paths. */
static erg_status betweenness_from(analysis *a, const igraph_vector_int_t *src,
				   double *out, erg_error *err)
{
	erg_status st =
	    erg__igraph_status(igraph_betweenness_subset(
				   &a->paths.g, &a->res, igraph_vss_all(), true,
				   igraph_vss_vector(src), igraph_vss_all(),
				   a->uniform ? NULL : &a->paths.len),
			       err, "betweenness");
	if (st == ERG_OK)
		for (igraph_integer_t v = 0; v < a->nv; v++)
			out[v] = VECTOR(a->res)[pnum(a, v)];
	return st;
}

/* Closeness and harmonic centrality of the vertices `vs` from incoming
 * distances; `pvs` holds their numbers in the path graphs. Row i of a
 * chunk holds d(j -> vs[i]) for every vertex j, in column pnum(j)
 * (outgoing distances in the reversed graph, or mode IN, which follows
 * arcs backwards, in an undirected one). The matrix is column-major, so
 * the sums run over columns with the rows innermost; each row still adds
 * its distances in vertex order. */
static erg_status closeness_rows(analysis *a, const igraph_vector_int_t *vs,
				 const igraph_vector_int_t *pvs, double *clo,
				 double *har, erg_error *err)
{
	igraph_integer_t nv = a->nv, nr = igraph_vector_int_size(vs), chunk;
	const path_graph *pg = a->rpaths.have_g ? &a->rpaths : &a->paths;
	igraph_neimode_t mode = a->rpaths.have_g ? IGRAPH_OUT : IGRAPH_IN;
	igraph_vector_int_t slice;
	igraph_matrix_t d;
	igraph_integer_t *reach = NULL;
	double *sum = NULL, *inv = NULL;
	erg_status st = ERG_OK;

	if (!(a->want &
	      (BIT(ERG_METRIC_CLOSENESS) | BIT(ERG_METRIC_HARMONIC))) ||
	    nr == 0)
		return ERG_OK;
	chunk = (igraph_integer_t)(DIST_CHUNK_CELLS / (size_t)nv);
	if (chunk < 1)
		chunk = 1;
	if (chunk > nr)
		chunk = nr;
	if (igraph_matrix_init(&d, 0, 0))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	reach = malloc((size_t)chunk * sizeof(*reach));
	sum = malloc((size_t)chunk * sizeof(*sum));
	inv = malloc((size_t)chunk * sizeof(*inv));
	if (!reach || !sum || !inv) {
		st =
		    erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
		goto done;
	}
	for (igraph_integer_t from = 0; from < nr; from += chunk) {
		igraph_integer_t rows = nr - from < chunk ? nr - from : chunk;
		const igraph_integer_t *row_v = VECTOR(*vs) + from;
		igraph_vs_t sel = igraph_vss_vector(
		    igraph_vector_int_view(&slice, VECTOR(*pvs) + from, rows));
		st = erg__igraph_status(
		    a->uniform ? igraph_distances(&pg->g, &d, sel,
						  igraph_vss_all(), mode)
			       : igraph_distances_dijkstra(&pg->g, &d, sel,
							   igraph_vss_all(),
							   &pg->len, mode),
		    err, "shortest path lengths");
		if (st)
			break;
		for (igraph_integer_t i = 0; i < rows; i++) {
			reach[i] = 0;
			sum[i] = inv[i] = 0;
		}
		for (igraph_integer_t j = 0; j < nv; j++) {
			const double *col = &MATRIX(d, 0, pnum(a, j));
			for (igraph_integer_t i = 0; i < rows; i++) {
				double x = col[i];
				if (j == row_v[i] || !isfinite(x))
					continue;
				if (a->uniform)
					x *= a->uniform; /* hops -> distance */
				reach[i]++;
				sum[i] += x;
				if (x > 0)
					inv[i] += 1.0 / x;
			}
		}
		for (igraph_integer_t i = 0; i < rows; i++) {
			igraph_integer_t v = row_v[i];
			if ((a->want & BIT(ERG_METRIC_CLOSENESS)) && sum[i] > 0)
				clo[v] = ((double)reach[i] / (double)(nv - 1)) *
					 ((double)reach[i] / sum[i]);
			if (a->want & BIT(ERG_METRIC_HARMONIC))
				har[v] = inv[i];
		}
	}
done:
	igraph_matrix_destroy(&d);
	free(reach);
	free(sum);
	free(inv);
	return st;
}

/* The part of vertex v: part 1 takes v when floor(v * share) steps up,
 * spreading its 65 in 128 evenly (0 1 0 1 ..., one more 1 per 128). */
static int part_of(const path_plan *p, igraph_integer_t v)
{
	if (p->parts < 2)
		return 0;
	return (v + 1) * PART1_SHARE / 128 != v * PART1_SHARE / 128;
}

/* Computes part k into p->buf[k] (zeroed by the caller). */
static erg_status path_part(analysis *a, const path_plan *p, int k,
			    erg_error *err)
{
	igraph_integer_t nv = a->nv, nk = 0;
	igraph_vector_int_t vs, pvs;
	double *buf = p->buf[k];
	erg_status st = ERG_OK;

	if (igraph_vector_int_init(&vs, nv))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	if (igraph_vector_int_init(&pvs, nv)) {
		igraph_vector_int_destroy(&vs);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	for (igraph_integer_t v = 0; v < nv; v++)
		if (part_of(p, v) == k) {
			VECTOR(vs)[nk] = v;
			VECTOR(pvs)[nk++] = pnum(a, v);
		}
	/* shrinking cannot fail */
	igraph_vector_int_resize(&vs, nk);
	igraph_vector_int_resize(&pvs, nk);
	if (a->want & BIT(ERG_METRIC_BETWEENNESS))
		st = betweenness_from(a, &pvs, PART_BET(buf, nv), err);
	if (st == ERG_OK)
		st = closeness_rows(a, &vs, &pvs, PART_CLO(buf, nv),
				    PART_HAR(buf, nv), err);
	igraph_vector_int_destroy(&vs);
	igraph_vector_int_destroy(&pvs);
	return st;
}

/* igraph keeps global state (the error-cleanup stack, the RNG), so two
 * parts cannot run in threads of one process; a forked child has its own
 * copy of everything. It computes part 1, writes it to a pipe and leaves
 * without running atexit handlers or flushing stdio buffers. */
static bool write_all(int fd, const void *buf, size_t len)
{
	const char *s = buf;
	while (len) {
		ssize_t w = write(fd, s, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		s += w;
		len -= (size_t)w;
	}
	return true;
}

static bool read_all(int fd, void *buf, size_t len)
{
	char *s = buf;
	while (len) {
		ssize_t r = read(fd, s, len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return false;
		s += r;
		len -= (size_t)r;
	}
	return true;
}

static void child_start(analysis *a, path_plan *p)
{
	int fds[2];

	if (pipe(fds) != 0)
		return;
	fflush(NULL);
	p->pid = fork();
	if (p->pid < 0) {
		p->pid = 0;
		close(fds[0]);
		close(fds[1]);
		return;
	}
	if (p->pid == 0) {
		erg_error cerr;
		bool ok;
		close(fds[0]);
		ok = path_part(a, p, 1, &cerr) == ERG_OK &&
		     write_all(fds[1], p->buf[1],
			       3 * (size_t)a->nv * sizeof(double));
		_exit(ok ? 0 : 1);
	}
	close(fds[1]);
	p->fd = fds[0];
}

/* Collects the child's part; false if it failed. Always reaps it. */
static bool child_finish(analysis *a, path_plan *p)
{
	int status = 0;
	bool ok;
	pid_t r;

	ok = read_all(p->fd, p->buf[1], 3 * (size_t)a->nv * sizeof(double));
	close(p->fd);
	if (!ok)
		kill(p->pid, SIGKILL);
	do
		r = waitpid(p->pid, &status, 0);
	while (r < 0 && errno == EINTR);
	p->pid = 0;
	return ok && r > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* Error path: stops a child still running and frees the buffers. */
static void paths_clear(path_plan *p)
{
	if (p->pid > 0) {
		close(p->fd);
		kill(p->pid, SIGKILL);
		while (waitpid(p->pid, NULL, 0) < 0 && errno == EINTR)
			;
		p->pid = 0;
	}
	free(p->buf[0]);
	free(p->buf[1]);
	p->buf[0] = p->buf[1] = NULL;
}

/* Plans the parts, starts the child when asked to and worth it, and
 * computes part 0 here. */
static erg_status paths_begin(analysis *a, const erg_analyze_opts *opts,
			      path_plan *p, erg_error *err)
{
	erg_status st;

	if (!(a->want & PATH_METRICS))
		return ERG_OK;
	p->parts = a->nv >= SPLIT_MIN_VERTICES ? 2 : 1;
	for (int k = 0; k < p->parts; k++)
		if (!(p->buf[k] = calloc(3 * (size_t)a->nv, sizeof(double))))
			return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
					     "out of memory");
	if (p->parts == 2 && opts->jobs >= 2)
		child_start(a, p);
	if ((st = path_part(a, p, 0, err)))
		return st;
	p->have[0] = true;
	return ERG_OK;
}

/* Collects part 1 (from the child, or computed here when there is none
 * or it failed) and stores the three metrics. */
static erg_status paths_end(analysis *a, const erg_analyze_opts *opts,
			    path_plan *p, erg_error *err)
{
	igraph_integer_t nv = a->nv;
	double *clo = a->m->values[ERG_METRIC_CLOSENESS];
	double *har = a->m->values[ERG_METRIC_HARMONIC];
	double n = (double)nv;
	erg_status st;

	if (!p->parts)
		return ERG_OK;
	if (p->parts == 2) {
		if (p->pid > 0)
			p->have[1] = child_finish(a, p);
		if (!p->have[1]) {
			/* no child, or it failed: zero what it may have
			 * half-sent and compute the part here */
			memset(p->buf[1], 0, 3 * (size_t)nv * sizeof(double));
			if ((st = path_part(a, p, 1, err)))
				return st;
			p->have[1] = true;
		}
	}
	for (igraph_integer_t v = 0; v < nv; v++) {
		const double *part = p->buf[part_of(p, v)];
		clo[a->actor_of[v]] = PART_CLO(part, nv)[v];
		har[a->actor_of[v]] = PART_HAR(part, nv)[v];
	}
	if (!(a->want & BIT(ERG_METRIC_BETWEENNESS)))
		return ERG_OK;
	if (igraph_vector_resize(&a->res, nv))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	for (igraph_integer_t v = 0; v < nv; v++) {
		double b = PART_BET(p->buf[0], nv)[v];
		if (p->parts == 2)
			b += PART_BET(p->buf[1], nv)[v];
		VECTOR(a->res)[v] = b;
	}
	if (opts->normalized && nv > 2) {
		double scale = 1.0 / ((n - 1) * (n - 2));
		if (!a->m->directed)
			scale *= 2;
		igraph_vector_scale(&a->res, scale);
	}
	store(a, ERG_METRIC_BETWEENNESS, &a->res);
	return ERG_OK;
}

erg_status erg_analyze(const erg_graph *g, const erg_view *view,
		       const erg_analyze_opts *opts, erg_metrics **out,
		       erg_error *err)
{
	erg_analyze_opts defaults;
	analysis a;
	path_plan paths;
	size_t n = erg_graph_actor_count(g);
	bool have_res = false;
	erg_status st;

	*out = NULL;
	if (!opts) {
		erg_analyze_opts_init(&defaults);
		opts = &defaults;
	}
	erg__igraph_init();
	/* ARPACK's start vector and Louvain both draw from igraph's RNG:
	 * seeding it here makes every run give the very same numbers */
	igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)opts->seed);
	memset(&a, 0, sizeof(a));
	memset(&paths, 0, sizeof(paths));
	a.g = g;
	a.want = opts->metrics & ALL_METRICS;
	if (!a.want)
		a.want = ALL_METRICS;
	a.m = calloc(1, sizeof(*a.m));
	if (!a.m)
		goto oom;
	a.m->n_actors = n;
	a.m->computed = a.want;
	for (int i = 0; i < ERG_METRIC__COUNT; i++)
		if (!(a.m->values[i] = calloc(n ? n : 1, sizeof(double))))
			goto oom;
	a.vertex_of = malloc((n ? n : 1) * sizeof(*a.vertex_of));
	a.actor_of = malloc((n ? n : 1) * sizeof(*a.actor_of));
	if (!a.vertex_of || !a.actor_of)
		goto oom;
	for (size_t i = 0; i < n; i++)
		a.vertex_of[i] = NO_VERTEX;

	if ((st = erg_aggregate_build(&a.agg, g, view, err)) ||
	    (st = check_weights(&a, err)) || (st = build_graph(&a, err)))
		goto done;
	if (a.nv > 0) {
		if (igraph_vector_init(&a.res, 0))
			goto oom;
		if (igraph_vector_int_init(&a.ires, 0)) {
			igraph_vector_destroy(&a.res);
			goto oom;
		}
		have_res = true;
		/* the other metrics run while a child computes its part
		 * of the path metrics */
		if ((st = degrees(&a, err)) ||
		    (st = paths_begin(&a, opts, &paths, err)) ||
		    (st = spectral(&a, err)) || (st = coreness(&a, err)) ||
		    (st = communities(&a, opts, err)) ||
		    (st = paths_end(&a, opts, &paths, err)))
			goto done;
	}
	isolated_communities(&a);
	*out = a.m;
	a.m = NULL;
	st = ERG_OK;
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	paths_clear(&paths);
	if (have_res) {
		igraph_vector_destroy(&a.res);
		igraph_vector_int_destroy(&a.ires);
	}
	if (a.have_graph)
		igraph_destroy(&a.graph);
	path_graph_destroy(&a.paths);
	path_graph_destroy(&a.rpaths);
	if (a.have_pv)
		igraph_vector_int_destroy(&a.pv);
	if (a.have_weight)
		igraph_vector_destroy(&a.weight);
	erg_aggregate_clear(&a.agg);
	free(a.vertex_of);
	free(a.actor_of);
	erg_metrics_free(a.m);
	return st;
}

/* ---- using the results ---- */

erg_status erg_metrics_attach(erg_graph *g, const erg_metrics *m,
			      erg_error *err)
{
	size_t n = erg_graph_actor_count(g);

	if (m->n_actors != n)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "metrics are for %zu actors, the graph "
				     "has %zu",
				     m->n_actors, n);
	for (int i = 0; i < ERG_METRIC__COUNT; i++) {
		bool integer = erg_metric_is_integer((erg_metric)i);
		uint32_t key;
		erg_status st;

		if (!erg_metrics_has(m, (erg_metric)i))
			continue;
		st = erg_graph_define_key(
		    g, ERG_DOMAIN_NODE, metric_names[i],
		    integer ? ERG_ATTR_LONG : ERG_ATTR_DOUBLE, true, &key, err);
		if (st)
			return st;
		for (size_t k = 0; k < n; k++) {
			erg_value v;
			if (integer)
				v.i = (long long)m->values[i][k];
			else
				v.d = m->values[i][k];
			st = erg_attrs_set(g, &erg_graph_actor(g, k)->attrs,
					   key, v);
			if (st)
				return erg_error_set(err, st, NULL, 0, 0,
						     "cannot store metric "
						     "'%s'",
						     metric_names[i]);
		}
	}
	return ERG_OK;
}

typedef struct {
	double v;
	const char *label;
	const char *id;
	size_t index;
} rank_item;

static int rank_cmp(const void *pa, const void *pb)
{
	const rank_item *x = pa, *y = pb;
	int c;
	if (x->v != y->v)
		return x->v > y->v ? -1 : 1;
	if ((c = strcmp(x->label, y->label)) != 0)
		return c;
	if ((c = strcmp(x->id, y->id)) != 0)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

erg_status erg_metrics_rank(const erg_graph *g, const erg_metrics *m,
			    erg_metric by, size_t **out, erg_error *err)
{
	size_t n = m->n_actors;
	rank_item *items;
	size_t *order;

	*out = NULL;
	if ((unsigned)by >= ERG_METRIC__COUNT)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "unknown metric %d", (int)by);
	if (!erg_metrics_has(m, by))
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "cannot rank by %s: it was not computed",
				     erg_metric_name(by));
	if (n != erg_graph_actor_count(g))
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "metrics are for %zu actors, the graph "
				     "has %zu",
				     n, erg_graph_actor_count(g));
	items = malloc((n ? n : 1) * sizeof(*items));
	order = malloc((n ? n : 1) * sizeof(*order));
	if (!items || !order) {
		free(items);
		free(order);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		const erg_actor *act = erg_graph_actor_c(g, i);
		double v = m->values[by][i];
		items[i].v = isnan(v) ? 0.0 : v;
		items[i].label = act->label ? act->label : act->id;
		items[i].id = act->id;
		items[i].index = i;
	}
	qsort(items, n, sizeof(*items), rank_cmp);
	for (size_t i = 0; i < n; i++)
		order[i] = items[i].index;
	free(items);
	*out = order;
	return ERG_OK;
}
