/*
 * layers.c - one network analysed layer by layer (see ergraph/temporal.h).
 *
 * A layer is a second view applied on top of the base view: a relation
 * belongs to the layer when it passes both (erg_view_match twice), so the
 * two never need merging. Each layer's relations are analysed as a
 * network of their own (erg__rank_subset: the graph's actors in the same
 * order, only those relations), so actor indices are the graph's.
 */
#include "ergraph/temporal.h"

#include <stdlib.h>
#include <string.h>

#include "temporal_internal.h"
#include "util_internal.h"

/* A cap on layers: each is one analysis. */
#define MAX_LAYERS 1024

struct erg_layerset {
	const erg_graph *g;
	const erg_view *base;
	erg_layerset_layer *items;
	size_t n;
	size_t cap;
	size_t *order;
	erg_metric by;
};

static erg_status oom(erg_error *err)
{
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

void erg_layerset_free(erg_layerset *ls)
{
	if (!ls)
		return;
	for (size_t i = 0; i < ls->n; i++) {
		erg_layerset_layer *l = &ls->items[i];
		free(l->name);
		erg_view_clear(&l->view);
		free(l->value);
		free(l->rank);
	}
	free(ls->items);
	free(ls->order);
	free(ls);
}

erg_status erg_layerset_add(erg_layerset *ls, const char *name, erg_view *view,
			    erg_error *err)
{
	erg_layerset_layer *l;
	erg_status st = ERG_OK;

	if (ls->n >= MAX_LAYERS) {
		st = erg_error_set(err, ERG_ELIMIT, NULL, 0, 0,
				   "more than %d layers", MAX_LAYERS);
		goto done;
	}
	if (erg__grow((void **)&ls->items, &ls->cap, ls->n + 1,
		      sizeof(*ls->items))) {
		st = oom(err);
		goto done;
	}
	l = &ls->items[ls->n];
	memset(l, 0, sizeof(*l));
	if (!(l->name = erg__strdup(name ? name : ""))) {
		st = oom(err);
		goto done;
	}
	if (view) {
		l->view = *view;
		erg_view_init(view);
	} else {
		erg_view_init(&l->view);
	}
	ls->n++;
done:
	if (st && view)
		erg_view_clear(view);
	return st;
}

erg_status erg_layerset_new(erg_layerset **out, const erg_graph *g,
			    const erg_view *base, erg_error *err)
{
	erg_layerset *ls = calloc(1, sizeof(*ls));
	erg_status st;

	*out = NULL;
	if (!ls)
		return oom(err);
	ls->g = g;
	ls->base = base;
	ls->by = ERG_METRIC_PAGERANK;
	if ((st = erg_layerset_add(ls, "all", NULL, err))) {
		erg_layerset_free(ls);
		return st;
	}
	*out = ls;
	return ERG_OK;
}

erg_status erg_layerset_add_types(erg_layerset *ls, erg_error *err)
{
	const erg_types *types = erg_graph_types(ls->g);
	size_t nt = erg_types_count(types);
	size_t nr = erg_graph_relation_count(ls->g);
	unsigned char *seen = calloc(nt ? nt : 1, 1);
	erg_status st = ERG_OK;
	erg_buf name;

	if (!seen)
		return oom(err);
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(ls->g, i);
		if (r->type < nt && erg_view_match(ls->base, ls->g, r))
			seen[r->type] = 1;
	}
	erg__buf_init(&name, 4096);
	for (size_t t = 0; t < nt && !st; t++) {
		erg_view v;
		if (!seen[t])
			continue;
		erg_view_init(&v);
		erg__buf_reset(&name);
		if ((st = erg__buf_printf(&name, "type:%s",
					  erg_types_get(types, t)->name)) ||
		    (st = erg_view_add_type(
			 &v, ls->g, erg_types_get(types, t)->name, err)))
			erg_view_clear(&v);
		else
			st = erg_layerset_add(ls, name.data, &v, err);
		if (st && !err->message[0])
			erg_error_set(err, st, NULL, 0, 0,
				      "cannot add the layer of type %s",
				      erg_types_get(types, t)->name);
	}
	erg__buf_free(&name);
	free(seen);
	return st;
}

/* True if some relation passes the base view and `v`. */
static bool has_relations(const erg_layerset *ls, const erg_view *v)
{
	size_t nr = erg_graph_relation_count(ls->g);
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(ls->g, i);
		if (erg_view_match(ls->base, ls->g, r) &&
		    erg_view_match(v, ls->g, r))
			return true;
	}
	return false;
}

erg_status erg_layerset_add_named(erg_layerset *ls, erg_error *err)
{
	erg_status st = ERG_OK;
	erg_buf name;

	erg__buf_init(&name, 4096);
	for (size_t i = 0; i < erg_layers_count() && !st; i++) {
		const char *layer = erg_layer_name(i);
		erg_view v;

		erg_view_init(&v);
		st = erg_view_add_layer(&v, ls->g, layer, err);
		if (st == ERG_ENOTFOUND || (!st && !has_relations(ls, &v))) {
			/* none of its types in this network */
			erg_view_clear(&v);
			st = ERG_OK;
			continue;
		}
		erg__buf_reset(&name);
		if (!st && (st = erg__buf_printf(&name, "layer:%s", layer)))
			st = erg_error_set(err, st, NULL, 0, 0,
					   "layer name too long");
		if (st) {
			erg_view_clear(&v);
			break;
		}
		st = erg_layerset_add(ls, name.data, &v, err);
	}
	erg__buf_free(&name);
	return st;
}

erg_status erg_layerset_add_modality_set(erg_layerset *ls, const char *set,
					 erg_error *err)
{
	erg_view v;
	erg_buf name;
	erg_status st = ERG_OK;
	const char *p = set ? set : "";

	erg_view_init(&v);
	erg__buf_init(&name, 256);
	if ((st = erg__buf_printf(&name, "modality:")))
		goto done;
	while (*p) {
		size_t n = strcspn(p, ",");
		char *word = erg__strndup(p, n);
		erg_modality m;

		if (!word) {
			st = oom(err);
			goto done;
		}
		if (erg_modality_parse(word, &m)) {
			st = word[0] ? erg_view_add_modality(&v, word, err)
				     : ERG_EINVAL;
			if (st == ERG_EINVAL && !word[0])
				erg_error_set(err, st, NULL, 0, 0,
					      "empty modality in '%s'", set);
			free(word);
			goto done;
		}
		free(word);
		if (!(v.modalities & (1u << m)) &&
		    (st =
			 erg__buf_printf(&name, "%s%s", v.modalities ? "+" : "",
					 erg_modality_name(m))))
			goto done;
		v.modalities |= 1u << m;
		p += n;
		if (*p == ',')
			p++;
	}
	if (!v.modalities) {
		st = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				   "empty modality set");
		goto done;
	}
	st = erg_layerset_add(ls, name.data, &v, err);
done:
	if (st == ERG_ELIMIT || st == ERG_ENOMEM)
		if (!err || !err->message[0])
			erg_error_set(err, st, NULL, 0, 0,
				      "modality set too long");
	erg__buf_free(&name);
	erg_view_clear(&v);
	return st;
}

erg_status erg_layerset_compute(erg_layerset *ls, const erg_analyze_opts *opts,
				erg_metric by, erg_error *err)
{
	size_t n = erg_graph_actor_count(ls->g);
	size_t nr = erg_graph_relation_count(ls->g);
	size_t *idx = malloc((nr ? nr : 1) * sizeof(*idx));
	erg_analyze_opts aopts;
	erg_status st = ERG_OK;

	if (!idx)
		return oom(err);
	if ((unsigned)by >= ERG_METRIC__COUNT) {
		free(idx);
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "unknown metric %d", (int)by);
	}
	ls->by = by;
	erg__rank_opts(&aopts, opts, by);
	free(ls->order);
	ls->order = malloc((n ? n : 1) * sizeof(*ls->order));
	if (!ls->order) {
		free(idx);
		return oom(err);
	}
	for (size_t i = 0; i < ls->n && !st; i++) {
		erg_layerset_layer *l = &ls->items[i];
		size_t k = 0;

		free(l->value);
		free(l->rank);
		l->value = malloc((n ? n : 1) * sizeof(*l->value));
		l->rank = malloc((n ? n : 1) * sizeof(*l->rank));
		if (!l->value || !l->rank) {
			st = oom(err);
			break;
		}
		for (size_t r = 0; r < nr; r++) {
			const erg_relation *rel =
			    erg_graph_relation_c(ls->g, r);
			if (erg_view_match(ls->base, ls->g, rel) &&
			    erg_view_match(&l->view, ls->g, rel))
				idx[k++] = r;
		}
		l->n_relations = k;
		st = erg__rank_subset(ls->g, idx, k, &aopts, by, l->value,
				      l->rank, i == 0 ? ls->order : NULL,
				      &l->n_active, &l->computed, err);
	}
	free(idx);
	return st;
}

size_t erg_layerset_count(const erg_layerset *ls)
{
	return ls ? ls->n : 0;
}

const erg_layerset_layer *erg_layerset_get(const erg_layerset *ls, size_t i)
{
	return ls && i < ls->n ? &ls->items[i] : NULL;
}

const size_t *erg_layerset_order(const erg_layerset *ls)
{
	return ls ? ls->order : NULL;
}

erg_metric erg_layerset_metric(const erg_layerset *ls)
{
	return ls ? ls->by : ERG_METRIC_PAGERANK;
}
