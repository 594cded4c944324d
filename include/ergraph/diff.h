/*
 * ergraph/diff.h - what changed between two networks.
 *
 * Actors are matched by id. Relations are compared as bundles: every
 * (source id, target id, type name) group of parallel relations that
 * passes the view (erg_aggregate; an undirected type's ends are put in id
 * order, so "a-b" and "b-a" are one bundle). A bundle only in A is
 * removed, only in B added; one in both is changed when its summed weight
 * (beyond a relative 1e-9), its set of modalities or its direction
 * differs, and unchanged otherwise. When an actor pair (in either order)
 * has exactly one removed and one added bundle, the two are reported as a
 * single change of type (ERG_DIFF_TYPE): "RUS-PRK cooperation became
 * arms_transfer".
 *
 * Rank changes: both networks are analysed through the view (erg_analyze)
 * and ranked by one metric (pagerank by default); ranks are 1-based among
 * the actors with at least one relation in the view, equal values sharing
 * a rank (1, 2, 2, 4; see ergraph/temporal.h), 0 when absent. So two
 * networks that differ only in labels show no rank change.
 */
#ifndef ERGRAPH_DIFF_H
#define ERGRAPH_DIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "analysis.h"
#include "common.h"
#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	ERG_DIFF_ADDED,
	ERG_DIFF_REMOVED,
	ERG_DIFF_CHANGED,
	ERG_DIFF_SAME
} erg_diff_kind;

/* "added", "removed", "changed", "same". */
const char *erg_diff_kind_name(erg_diff_kind k);

/* What changed in a ERG_DIFF_CHANGED bundle (bit mask). */
#define ERG_DIFF_WEIGHT 1u
#define ERG_DIFF_MODALITY 2u
#define ERG_DIFF_TYPE 4u
#define ERG_DIFF_DIRECTION 8u

typedef struct {
	erg_diff_kind kind;
	unsigned changes; /* ERG_DIFF_* bits (changed bundles only) */
	char *source;	  /* actor ids */
	char *target;
	char *type_a;	 /* type name in A; NULL when added */
	char *type_b;	 /* type name in B; NULL when removed */
	bool directed;	 /* B's direction (A's when removed) */
	double weight_a; /* summed weights; 0 when absent */
	double weight_b;
	unsigned modalities_a; /* bit (1u << erg_modality) per modality */
	unsigned modalities_b;
	size_t count_a; /* parallel relations */
	size_t count_b;
	size_t first_a; /* index of the bundle's first relation in A,
			   (size_t)-1 when absent */
	size_t first_b;
} erg_diff_relation;

typedef struct {
	char *id;
	char *label; /* B's label, else A's */
	bool in_a;   /* has a relation in A's view */
	bool in_b;
	size_t rank_a; /* 1-based; 0 = absent */
	size_t rank_b;
	double value_a;
	double value_b;
} erg_diff_actor;

typedef struct {
	erg_metric by;
	erg_diff_relation *relations; /* removed, changed, added, same: each
					 group in order of appearance */
	size_t n_relations;
	size_t n_added, n_removed, n_changed, n_same;
	erg_diff_actor *actors; /* by rank in B, then actors only in
				   A by rank in A */
	size_t n_actors;
	size_t actors_added;   /* active in B, not in A */
	size_t actors_removed; /* active in A, not in B */
	bool computed;	       /* false if the metric could not be
				  computed in A or B */
} erg_diff;

typedef struct {
	erg_metric by;			 /* default pagerank */
	const erg_analyze_opts *analyze; /* NULL: defaults */
} erg_diff_opts;

void erg_diff_opts_init(erg_diff_opts *o);

/* Compares network `a` through view `va` with `b` through `vb` (NULL:
 * every relation; each view must have been built for its own graph,
 * since type indices differ between graphs). O(E_a + E_b) expected, plus
 * two analyses. */
erg_status erg_diff_build(erg_diff **out, const erg_graph *a,
			  const erg_view *va, const erg_graph *b,
			  const erg_view *vb, const erg_diff_opts *opts,
			  erg_error *err);
void erg_diff_free(erg_diff *d);

/* The union graph for drawing: every actor of both (B's label and kind
 * first), one relation per bundle of the diff with B's weight and
 * strongest modality (A's for removed bundles) and, on added, removed and
 * changed relations, the string edge attribute "diff" = "added",
 * "removed" or "changed" (unchanged relations carry none); actors only
 * in A or only in B carry the node attribute "diff" = "removed" or
 * "added". Types come from B's table, plus A's types B lacks. */
erg_status erg_diff_graph(erg_graph **out, const erg_diff *d,
			  const erg_graph *a, const erg_graph *b,
			  erg_error *err);

/* ---- output ---- */

typedef enum {
	ERG_DIFF_TEXT, /* human readable */
	ERG_DIFF_JSON, /* jansson */
	ERG_DIFF_MD    /* Markdown */
} erg_diff_format;

/* "text", "json", "md" (also "markdown"): 0 ok, -1 unknown. */
int erg_diff_format_parse(const char *s, erg_diff_format *out);

/* Writes the diff: a summary (counts), the relations added, removed and
 * changed (what changed: type, weight a -> b, modalities a -> b), then
 * the actors whose rank changed, largest moves first (up to `max_ranks`
 * rows; 0 = all). `name_a` and `name_b` name the inputs in the heading.
 * JSON: {"metric", "a", "b", "summary": {...}, "relations": [{"change",
 * "source", "target", "type", "type_a", "type_b", "changes": [...],
 * "weight_a", "weight_b", "modalities_a": [...], "modalities_b": [...]}],
 * "ranks": [{"id", "label", "rank_a", "rank_b", "move", "value_a",
 * "value_b"}]} with null for an absent side. */
erg_status erg_diff_write_fp(const erg_diff *d, const char *name_a,
			     const char *name_b, erg_diff_format fmt,
			     size_t max_ranks, FILE *fp, erg_error *err);
erg_status erg_diff_write_file(const erg_diff *d, const char *name_a,
			       const char *name_b, erg_diff_format fmt,
			       size_t max_ranks, const char *path,
			       erg_error *err);

#ifdef __cplusplus
}
#endif
#endif
