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
} erg_view;

void erg_view_init(erg_view *v);
void erg_view_clear(erg_view *v);
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
			       With 2 or more, on networks of at least 256
			       actors, the closeness/harmonic pass runs in a
			       forked child process (igraph is not
			       thread-safe) while the parent computes
			       betweenness: same results, about half the
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

#ifdef __cplusplus
}
#endif
#endif
