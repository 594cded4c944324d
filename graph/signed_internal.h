/*
 * signed_internal.h - the undirected collapse of a view, shared by
 * signed.c and brokerage.c. Not part of the public API.
 */
#ifndef ERG_SIGNED_INTERNAL_H
#define ERG_SIGNED_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "ergraph/analysis.h"

/* One unordered pair of actors (u < v) with at least one relation in the
 * view between them, self-loops excluded. */
typedef struct {
	size_t u, v;
	double net;      /* sum of polarity x weight over signed relations */
	double weight;   /* sum of the weights of every relation */
	bool has_signed; /* some relation of the pair has a signed type */
} erg__pair;

typedef struct {
	erg__pair *items; /* sorted by (u, v) */
	size_t n;
	size_t n_signed;  /* relations of a signed type */
	size_t n_neutral; /* relations of a neutral type */
	bool signed_directed; /* some signed relation is directed */
} erg__pairs;

/* Collapses `agg` (bundles of `g`) into pairs. Fails with ERG_EINVAL on a
 * bundle whose weight is not finite and positive. */
erg_status erg__pairs_build(const erg_graph *g, const erg_aggregate *agg,
			    erg__pairs *out, erg_error *err);
void erg__pairs_clear(erg__pairs *p);

#endif
