/*
 * ergraph/analysis.h - views (filters), aggregation and influence metrics.
 *
 * Every metric is computed by igraph (never hand-rolled); igraph errors are
 * translated into erg_error in one adapter and igraph's aborting error
 * handler is replaced by a non-aborting one on first use.
 */
#ifndef ERGRAPH_ANALYSIS_H
#define ERGRAPH_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"
#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- views ---- */

/* A filter over relations. A zero-initialised view (or NULL where a view
 * is taken) keeps everything. Sets are bit masks: bit `type index` of
 * `types` (only when `n_types` > 0: see erg_view_add_type), bit
 * `1 << (polarity + 1)` of `polarities`, bit `1 << modality` of
 * `modalities`; a zero mask means "any". Dates compare as partial ISO
 * dates: `since` keeps relations whose date ends on or after it, `until`
 * those that start on or before it; undated relations are dropped when
 * either bound is set. */
typedef struct {
	size_t *types;       /* type indices to keep; owned by the view */
	size_t n_types;
	unsigned polarities;
	unsigned modalities;
	char since[11];      /* "" = no bound */
	char until[11];
	double min_weight;   /* relations below it are dropped; 0 = none */
	/* Actor selection (erg_view_focus, erg_view_top): keep[i] tells
	 * whether actor i is kept; NULL keeps every actor. Actors at index
	 * n_keep or beyond (added after the selection) are not kept. A
	 * relation passes only if both its ends are kept. Owned by the
	 * view. */
	bool *keep;
	size_t n_keep;
} erg_view;

void erg_view_init(erg_view *v);
void erg_view_clear(erg_view *v);
/* Deep copy of `src` (NULL: a view that keeps everything) into `out`,
 * which is overwritten (not cleared first). */
erg_status erg_view_copy(erg_view *out, const erg_view *src, erg_error *err);
erg_status erg_view_add_type(erg_view *v, const erg_graph *g,
			     const char *type_name, erg_error *err);
erg_status erg_view_add_modality(erg_view *v, const char *name,
				 erg_error *err);
erg_status erg_view_add_polarity(erg_view *v, const char *name,
				 erg_error *err); /* "+", "-", "0",
						     positive, negative,
						     neutral */
erg_status erg_view_set_since(erg_view *v, const char *date, erg_error *err);
erg_status erg_view_set_until(erg_view *v, const char *date, erg_error *err);

/* True if relation `r` of `g` passes the view (NULL view: always). */
bool erg_view_match(const erg_view *v, const erg_graph *g,
		    const erg_relation *r);

/* ---- named layers ----
 *
 * A layer is a named set of relation types, defined as data
 * (lexicons/layers.tsv, compiled in): "cooperation" (every positive type
 * of the type table), "conflict" (every negative type), "arms"
 * (arms_transfer, military_cooperation). Types given by polarity are
 * resolved against the graph's own type table when the layer is added. */

size_t erg_layers_count(void);
/* Name ("conflict") and title ("conflict layer") of layer i < count;
 * NULL when out of range. */
const char *erg_layer_name(size_t i);
const char *erg_layer_title(size_t i);
/* Index of the layer called `name` (ASCII case-insensitive): 0 if found,
 * -1 if not. */
int erg_layer_find(const char *name, size_t *out);

/* Adds the types of layer `name` to the view's type set (so that several
 * layers, and --type, add up). Fails with ERG_ENOTFOUND for an unknown
 * layer (the message lists the known ones) or a layer none of whose
 * types exists in g's type table. */
erg_status erg_view_add_layer(erg_view *v, const erg_graph *g,
			      const char *name, erg_error *err);

/* ---- actor selection ----
 *
 * Each selection narrows the current one: it only keeps actors the view
 * already keeps, so that focus then top keeps the best actors of an ego
 * network, and top then focus the ego network within the best actors. */

/* Index of the actor named `name`: its id, else its label, else one of
 * its aliases, each compared case-insensitively (ASCII and Unicode
 * simple case folding). ERG_ENOTFOUND when nothing matches; ERG_EINVAL,
 * naming the candidates, when several actors match at the same level. */
erg_status erg_view_find_actor(const erg_graph *g, const char *name,
			       size_t *out, erg_error *err);

/* Ego network: keeps the actors within `depth` steps of `actor` (see
 * erg_view_find_actor), following relations that pass the view in either
 * direction, and affiliations (erg_actor.affiliation, the actors table's
 * column) both ways: a person is one step from their state, a state one
 * step from its officials. An affiliation counts as a reported relation
 * of the type table's "affiliation" type would, except that date bounds
 * and a minimum weight do not drop it; a layer or type filter without
 * that type does not follow it. Depth 0 keeps the actor alone. O(V + E). */
erg_status erg_view_focus(erg_view *v, const erg_graph *g, const char *actor,
			  unsigned depth, erg_error *err);

/* erg_view_top (keep the n best actors by a metric) is declared with the
 * metrics below. */

/* True if the view keeps actor `actor` (NULL view or no selection:
 * always). */
bool erg_view_keeps_actor(const erg_view *v, size_t actor);

/* Number of actors of g that the view keeps and that take part in a
 * relation passing it. */
size_t erg_view_actor_count(const erg_view *v, const erg_graph *g);

/* A new graph holding the actors the view keeps (in their order, with
 * labels, kinds, aliases and attributes; an affiliation naming an actor
 * left out is dropped) and the relations passing the view, with a copy
 * of g's type table, name, keys and graph attributes. Useful to draw or
 * analyse a selection as a network of its own. Free it with
 * erg_graph_free(). */
erg_status erg_view_subgraph(const erg_view *v, const erg_graph *g,
			     erg_graph **out, erg_error *err);

/* ---- aggregation ---- */

/* One (source, target, type) bundle of parallel relations that pass a
 * view. For an undirected type, source <= target. */
typedef struct {
	size_t source;
	size_t target;
	size_t type;
	bool directed;
	double weight;         /* sum of weights */
	size_t count;          /* number of relations */
	unsigned modalities;   /* bit mask of the modalities present */
	size_t first;          /* index of the first relation in the bundle */
} erg_bundle;

typedef struct {
	erg_bundle *items;
	size_t n;
} erg_aggregate;

/* Groups the relations passing `view` by (source, target, type), in order
 * of first appearance. O(E) expected. */
erg_status erg_aggregate_build(erg_aggregate *out, const erg_graph *g,
			       const erg_view *view, erg_error *err);
void erg_aggregate_clear(erg_aggregate *a);

/* ---- metrics ---- */

typedef enum {
	ERG_METRIC_DEGREE,        /* total degree (in + out when directed) */
	ERG_METRIC_IN_DEGREE,
	ERG_METRIC_OUT_DEGREE,
	ERG_METRIC_STRENGTH,      /* weighted degree */
	ERG_METRIC_IN_STRENGTH,
	ERG_METRIC_OUT_STRENGTH,
	ERG_METRIC_BETWEENNESS,   /* weights as distances 1/w */
	ERG_METRIC_CLOSENESS,     /* weights as distances 1/w */
	ERG_METRIC_HARMONIC,      /* weights as distances 1/w */
	ERG_METRIC_EIGENVECTOR,   /* weighted */
	ERG_METRIC_PAGERANK,      /* weighted, damping 0.85 */
	ERG_METRIC_HUB,
	ERG_METRIC_AUTHORITY,
	ERG_METRIC_CORENESS,      /* k-core index */
	ERG_METRIC_COMMUNITY,     /* community id (0-based) */
	ERG_METRIC__COUNT
} erg_metric;

/* Attribute / column name: "degree", "in_degree", ..., "pagerank",
 * "betweenness", "community". */
const char *erg_metric_name(erg_metric m);
int erg_metric_parse(const char *name, erg_metric *out);
/* True for integer-valued metrics (degrees, coreness, community). */
bool erg_metric_is_integer(erg_metric m);

typedef struct {
	bool normalized;  /* betweenness normalised as NetworkX does; default
			     false (raw, as igraph and NetworkX report with
			     normalized=False) */
	unsigned long seed; /* for community detection; default 42 */
	unsigned metrics;   /* bit (1u << m) for each erg_metric m to compute;
			       0 (the default) = all. Closeness and harmonic
			       share one all-pairs pass, betweenness needs
			       another: leaving them out saves most time. */
	unsigned jobs;      /* processes for the path metrics; default 1.
			       On networks of at least 256 actors the
			       betweenness sources and closeness/harmonic
			       rows are split in two halves; with 2 or more
			       jobs a forked child process computes one half
			       (igraph is not thread-safe) while the parent
			       computes the other and the rest: the same
			       results for every jobs value, about half the
			       wall time on two cores. POSIX fork(): do not
			       use from a multi-threaded program. If the
			       child cannot be started or fails, the pass
			       runs in the calling process. */
} erg_analyze_opts;

void erg_analyze_opts_init(erg_analyze_opts *o);

/* Metric values: values[m][actor] for every actor of the graph (actors
 * with no relation in the view get 0 everywhere, not NaN). */
typedef struct {
	size_t n_actors;
	bool directed;          /* how the view was analysed */
	size_t n_relations;     /* relations in the view */
	size_t n_communities;
	double *values[ERG_METRIC__COUNT];
	unsigned computed;      /* bit (1u << m) per metric computed; 0 = all.
				   Values of the others are 0. A requested
				   eigenvector, hub or authority score is
				   left out when the network has no unique
				   dominant eigenvector (ARPACK does not
				   converge): compare with the request. */
} erg_metrics;

/* True if metric `k` of `m` was computed (see erg_analyze_opts.metrics). */
bool erg_metrics_has(const erg_metrics *m, erg_metric k);

/* Computes every metric over the relations passing `view` (NULL: all).
 * Direction follows erg_graph_is_directed() of the relations in the view.
 * Parallel relations are aggregated (weights summed) before analysis.
 * Time: dominated by betweenness and closeness, O(V E log V). */
erg_status erg_analyze(const erg_graph *g, const erg_view *view,
		       const erg_analyze_opts *opts, erg_metrics **out,
		       erg_error *err);
void erg_metrics_free(erg_metrics *m);

/* Stores every computed metric as a node attribute named after it
 * (double, or long for integer metrics), replacing earlier values. */
erg_status erg_metrics_attach(erg_graph *g, const erg_metrics *m,
			      erg_error *err);

/* Actor indices sorted by metric `by` descending, ties by label. `*out` is
 * malloc'ed (n_actors entries); free() it. */
erg_status erg_metrics_rank(const erg_graph *g, const erg_metrics *m,
			    erg_metric by, size_t **out, erg_error *err);

/* ---- actor selection by metric (views) ---- */

/* Keeps the `n` actors ranked best by metric `by` of `m` (as
 * erg_metrics_rank orders them) among those the view keeps that take part
 * in a relation passing it; like the other selections it narrows the
 * current one. `m` must hold `by` for g's actors (ERG_EINVAL otherwise).
 * Compute `m` on the same view (erg_analyze) for a ranking of what is
 * shown. O(V log V + E). */
erg_status erg_view_top(erg_view *v, const erg_graph *g, const erg_metrics *m,
			erg_metric by, size_t n, erg_error *err);

#ifdef __cplusplus
}
#endif
#endif
