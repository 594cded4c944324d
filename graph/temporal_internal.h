/*
 * temporal_internal.h - helpers shared by graph/temporal.c, graph/layers.c
 * and graph/diff.c. Not part of the public API.
 */
#ifndef ERG_TEMPORAL_INTERNAL_H
#define ERG_TEMPORAL_INTERNAL_H

#include "ergraph/analysis.h"
#include "ergraph/temporal.h"

/* Analysis options for one ranking by `by`: a copy of `opts` (NULL:
 * defaults) whose metric set is only `by` when it was "all", else `by`
 * added to it. */
void erg__rank_opts(erg_analyze_opts *out, const erg_analyze_opts *opts,
		    erg_metric by);

/* True if two metric values count as equal for ranking: equal within a
 * relative 1e-9 (so that round-off from another vertex order does not
 * split a tie). */
bool erg__same_value(double a, double b);

/* Fills value[a] and rank[a] (both n_actors long) from `m` for metric
 * `by`: rank 1-based over the actors with active[a] != 0 in the order of
 * erg_metrics_rank, equal values sharing the rank of the first of them
 * (1, 2, 2, 4), 0 for the others, whose value is set to 0. `*computed`
 * tells whether `m` holds `by`; when not, every rank is 0. `*n_active`
 * (may be NULL) receives the number of ranked actors; `order` (may be
 * NULL, n_actors long) receives actor indices, ranked ones first. */
erg_status erg__rank_active(const erg_graph *g, const erg_metrics *m,
			    erg_metric by, const size_t *active, double *value,
			    size_t *rank, size_t *order, size_t *n_active,
			    bool *computed, erg_error *err);

/* Analyses the relations idx[0..n) of `g` as a network of their own
 * (every actor of g, same indices) and ranks the actors taking part, as
 * erg__rank_active does. */
erg_status erg__rank_subset(const erg_graph *g, const size_t *idx, size_t n,
			    const erg_analyze_opts *aopts, erg_metric by,
			    double *value, size_t *rank, size_t *order,
			    size_t *n_active, bool *computed, erg_error *err);

#endif
