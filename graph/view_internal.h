/*
 * view_internal.h - what views share with the figures built on them
 * (defined in graph/view.c). Not part of the public API.
 */
#ifndef ERG_VIEW_INTERNAL_H
#define ERG_VIEW_INTERNAL_H

#include <stddef.h>

#include "ergraph/analysis.h"

/* The index of the actor that `actor` is affiliated with (its
 * erg_actor.affiliation) when the view counts that link, else
 * (size_t)-1. A link counts as a reported, undated relation of the type
 * table's "affiliation" type between two kept actors would (date bounds
 * and minimum weight aside: an affiliation is a standing fact); with no
 * such type, unless the view filters by type. erg_view_focus steps along these links. */
size_t erg__view_affiliated_with(const erg_view *v, const erg_graph *g,
				 size_t actor);

/* The index of the type named "affiliation" in g's type table (the link
 * of persons to their state or body), or (size_t)-1 if it has none. */
size_t erg__affiliation_type(const erg_graph *g);

#endif
