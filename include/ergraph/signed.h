/*
 * ergraph/signed.h - signed analysis: who is friend and who is foe.
 *
 * A relation's sign comes from its type's polarity in the type table
 * (lexicons/types.tsv: + - 0). Neutral types (polarity 0, such as
 * "related" or "affiliation") carry no sign and are left out of every
 * signed metric; erg_signed.n_neutral counts the relations left out.
 *
 * The signed network. The relations passing a view (NULL: all) are
 * aggregated (erg_aggregate_build); then every unordered pair of actors
 * gets one signed tie whose value is the sum of polarity x weight over
 * its signed relations, whatever their type or direction: two reports
 * of cooperation (+1 each) and one of sanctions (-1) between a pair make
 * a positive tie of value +1. The sign of the tie is the sign of that
 * sum; a pair whose sum is exactly 0 (as much hostility as friendship
 * reported) is ambivalent: it is left out and counted in
 * erg_signed.n_ambivalent. Self-loops are left out. Direction is ignored
 * by every signed metric except the directed PN indices (pn_in, pn_out),
 * which use the sign of the arc sums (an undirected relation counts both
 * ways). Actors with no signed tie in the view are outside the signed
 * network: their values are 0 and their bloc and side are -1. Weights
 * must be finite and positive (ERG_EINVAL otherwise).
 *
 * See docs/metrics.md for what each value means, its formula and its
 * reference.
 */
#ifndef ERGRAPH_SIGNED_H
#define ERGRAPH_SIGNED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "analysis.h"
#include "common.h"
#include "graph.h"
#include "output.h"
#include "structure.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	unsigned long seed;  /* spinglass and the frustration heuristic;
				default 42. One seed gives one result. */
	size_t exact_max;    /* exact frustration (every bipartition) up to
				this many actors in the signed network;
				default 24 (2^23 steps, milliseconds), at
				most 30 */
	unsigned restarts;   /* restarts of the frustration heuristic beyond
				exact_max; default 64 */
	unsigned spins;      /* most blocs spinglass may find; default 10 */
	bool blocs;          /* run spinglass; default true */
	size_t pn_max;       /* PN indices are left out (pn_computed false)
				beyond this many actors: dense n x n
				LAPACK solves; default 1000 (about a
				second per solve) */
	size_t blocs_max;    /* spinglass is skipped (blocs_skipped) beyond
				this many actors; default 300 (a few
				seconds) */
} erg_signed_opts;

void erg_signed_opts_init(erg_signed_opts *o);

typedef struct {
	size_t n_actors;       /* actors of the graph (array lengths) */
	size_t n_vertices;     /* actors in the signed network */
	bool directed;         /* some signed relation in the view is
				  directed: pn_in and pn_out are computed */
	size_t n_relations;    /* signed relations in the view */
	size_t n_neutral;      /* relations of neutral types, left out */
	size_t n_positive;     /* positive ties (actor pairs) */
	size_t n_negative;     /* negative ties */
	size_t n_ambivalent;   /* pairs whose signed sum is 0, left out */

	/* per actor (n_actors entries) */
	double *pos_degree;    /* positive ties */
	double *neg_degree;    /* negative ties */
	double *pos_strength;  /* sum of the values of its positive ties */
	double *neg_strength;  /* sum of |value| of its negative ties */
	double *pn_index;      /* PN index on the undirected signed
				  network (Everett and Borgatti 2014) */
	double *pn_in;         /* directed in-PN (0 unless directed) */
	double *pn_out;        /* directed out-PN (0 unless directed) */
	bool pn_computed;      /* false beyond opts.pn_max or when the PN
				  system is singular: every PN value is 0 */
	long *bloc;            /* spinglass bloc, 0.. by decreasing size; -1
				  outside the signed network or when blocs
				  were not requested */
	long *side;            /* side (0 or 1) in the 2-bloc partition that
				  reaches the frustration index; -1 outside */

	/* structural balance over triangles of ties */
	size_t triangles;
	size_t balanced;       /* +++ and +-- triangles */
	double ratio;          /* balanced / triangles; 1 when there is no
				  triangle */
	double weighted_ratio; /* sum over balanced triangles of the
				  product of |values|, over the same sum on
				  every triangle; 1 when there is none */

	/* frustration index: fewest ties that are negative inside or
	   positive across a 2-bloc partition */
	size_t frustration;
	bool frustration_exact; /* true: exhaustive search (optimal);
				   false: local-search heuristic (an upper
				   bound) */

	/* spinglass blocs */
	bool has_blocs;
	bool blocs_skipped;       /* requested, but more than blocs_max
				     actors */
	size_t n_blocs;
	size_t bloc_neg_within;   /* negative ties inside a bloc */
	size_t bloc_pos_between;  /* positive ties between blocs */
} erg_signed;

/* Computes the signed metrics over the relations passing `view` (NULL:
 * all). `opts` may be NULL (defaults). `*out` is released with
 * erg_signed_free. An empty signed network is not an error: counts are
 * 0, ratios 1.
 * Time: O(E log E) for the ties, O(T) for T triangles, O(n^3) for the PN
 * indices (LAPACK), O(2^(n-1) n) for the exact frustration (n <=
 * exact_max), O(restarts x passes x E) for the heuristic, and spinglass
 * (simulated annealing: seconds for a few hundred actors, hence
 * blocs_max). Side effects: igraph's
 * default RNG is reseeded with opts->seed. */
erg_status erg_signed_compute(const erg_graph *g, const erg_view *view,
			      const erg_signed_opts *opts, erg_signed **out,
			      erg_error *err);
void erg_signed_free(erg_signed *s);

/* How the edges of a partition disagree with balance: negative ties
 * inside a group and positive ties between groups, counted over the
 * signed network of `view`. `group` has one entry per actor (-1 =
 * outside: its ties are not counted). */
erg_status erg_signed_violations(const erg_graph *g, const erg_view *view,
				 const long *group, size_t *neg_within,
				 size_t *pos_between, erg_error *err);

/* ---- the metrics table with signed and structure columns ---- */

typedef struct {
	const erg_signed *sign;      /* NULL: no signed columns */
	const erg_structure *structure; /* NULL: no brokerage columns */
	const char *groups;          /* what the brokerage groups are
					("affiliation", "blocs"), shown in
					the summary; may be NULL */
	const char *rank_by;         /* NULL, or the name of an extra column
					("pn_index", "constraint", ...) to
					rank by instead of a metric,
					descending; ERG_EINVAL if absent */
} erg_metrics_extra;

/* As erg_metrics_write_fp (output.h), with the columns and summaries of
 * `extra` added (implemented in output/metrics_write.c; see the header
 * comment there for the layout). With no extra (NULL or both NULL) the
 * output is exactly erg_metrics_write_fp's. */
erg_status erg_metrics_write_extra_fp(const erg_graph *g, const erg_metrics *m,
				      const erg_metrics_extra *extra,
				      erg_metric rank_by, erg_table_format fmt,
				      FILE *fp, erg_error *err);
erg_status erg_metrics_write_extra_file(const erg_graph *g,
					const erg_metrics *m,
					const erg_metrics_extra *extra,
					erg_metric rank_by,
					erg_table_format fmt, const char *path,
					erg_error *err);

#ifdef __cplusplus
}
#endif
#endif
