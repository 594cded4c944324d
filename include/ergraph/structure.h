/*
 * ergraph/structure.h - brokerage and structural holes: who holds the
 * network together and who stands between groups.
 *
 * The networks. The relations passing a view (NULL: all), of every
 * polarity, are aggregated (erg_aggregate_build). Then:
 *  - constraint, effective size, articulation points and bridges use the
 *    undirected collapse: one tie per unordered pair of actors, weighted
 *    by the sum of the weights of every relation between them, whatever
 *    the type, sign or direction. Self-loops are left out.
 *  - brokerage roles use the directed arcs: a directed relation s -> t
 *    is the arc s -> t, an undirected one is two arcs; several relations
 *    on one arc count once (unweighted).
 * Actors with no relation in the view are outside: their values are 0
 * (constraint 0, not NaN) and they are never articulation points.
 * Weights must be finite and positive (ERG_EINVAL otherwise).
 *
 * See docs/metrics.md for the meaning, formulas and references.
 */
#ifndef ERGRAPH_STRUCTURE_H
#define ERGRAPH_STRUCTURE_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis.h"
#include "common.h"
#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Gould-Fernandez brokerage roles of the middle actor b of an open
 * two-path a -> b -> c (a != c, no arc a -> c), by group membership. */
typedef enum {
	ERG_BROKER_COORDINATOR,    /* a, b, c in one group */
	ERG_BROKER_ITINERANT,      /* a and c in one group, b outside it
				      (also called consultant) */
	ERG_BROKER_GATEKEEPER,     /* b and c in one group, a outside */
	ERG_BROKER_REPRESENTATIVE, /* a and b in one group, c outside */
	ERG_BROKER_LIAISON,        /* three different groups */
	ERG_BROKER__COUNT
} erg_broker_role;

/* "coordinator", "itinerant", "gatekeeper", "representative", "liaison";
 * NULL out of range. */
const char *erg_broker_role_name(erg_broker_role r);

typedef struct {
	size_t source; /* actor index, source < target */
	size_t target;
} erg_bridge;

typedef struct {
	size_t n_actors;       /* array lengths */
	size_t n_vertices;     /* actors with a relation in the view */
	size_t n_ties;         /* pairs in the undirected collapse */
	size_t n_arcs;         /* arcs for brokerage */
	double *constraint;    /* Burt's constraint (igraph_constraint) */
	double *effective_size;/* Burt's effective size */
	double *broker[ERG_BROKER__COUNT]; /* two-paths per role */
	double *broker_total;  /* open two-paths through the actor */
	bool *articulation;    /* cut vertex of the undirected collapse */
	size_t n_articulation;
	erg_bridge *bridges;   /* ordered by source, then target */
	size_t n_bridges;
	bool has_groups;       /* brokerage roles computed */
} erg_structure;

/* Groups from the actors' affiliation: an actor's group is the actor it
 * is affiliated to (erg_actor.affiliation, when that id exists in the
 * graph), otherwise itself, so that an organisation and its members
 * share one group. `group` gets one entry per actor (actor indices). */
erg_status erg_structure_groups_affiliation(const erg_graph *g, long *group,
					    erg_error *err);

/* Computes the structure metrics over `view` (NULL: all). `group` (one
 * entry per actor; -1 = no group, such an actor never shares a group)
 * gives the brokerage groups; NULL skips the brokerage roles.
 * `*out` is released with erg_structure_free.
 * Time: O(E log E) to build, O(sum of d^2) for constraint and effective
 * size, O(sum over b of in(b) x out(b) x log d) for brokerage, O(V + E)
 * for articulation points and bridges. */
erg_status erg_structure_compute(const erg_graph *g, const erg_view *view,
				 const long *group, erg_structure **out,
				 erg_error *err);
void erg_structure_free(erg_structure *s);

#ifdef __cplusplus
}
#endif
#endif
