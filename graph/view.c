/*
 * view.c - relation filters and aggregation (see ergraph/analysis.h).
 *
 * A view is a conjunction of optional conditions: type in a set, polarity
 * in a set, modality in a set, date within [since, until], weight at
 * least min_weight. Dates are partial ISO dates compared on their common
 * prefix (erg_date_cmp_prefix), so that a relation dated "2023-11" passes
 * since = "2023-11-15" (its month ends after the bound) and until =
 * "2023-11-01" (it starts before it): a relation is kept when
 * cmp_prefix(date, since) >= 0 and cmp_prefix(date, until) <= 0.
 *
 * erg_aggregate_build groups the relations that pass a view by (source,
 * target, type, directed) with an open-addressing hash table, O(E)
 * expected time and O(E) memory; an undirected relation is normalised to
 * source <= target first, so "a related b" and "b related a" share one
 * bundle, while a directed and an undirected relation of the same type
 * stay apart.
 */
#include "ergraph/analysis.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util_internal.h"

/* The message listing known names is capped: a type table of hundreds of
 * rows is cut short with ", ...". */
#define KNOWN_LIST_MAX 400

void erg_view_init(erg_view *v)
{
	memset(v, 0, sizeof(*v));
}

void erg_view_clear(erg_view *v)
{
	if (!v)
		return;
	free(v->types);
	erg_view_init(v);
}

erg_status erg_view_add_type(erg_view *v, const erg_graph *g,
			     const char *type_name, erg_error *err)
{
	const erg_types *types = erg_graph_types(g);
	size_t idx, *p;
	erg_buf known;
	erg_status st;

	if (!type_name || erg_types_find(types, type_name, &idx) != 0) {
		erg__buf_init(&known, KNOWN_LIST_MAX);
		for (size_t i = 0; i < erg_types_count(types); i++) {
			const char *name = erg_types_get(types, i)->name;
			if (known.len + strlen(name) + 8 > KNOWN_LIST_MAX) {
				erg__buf_append(&known, ", ...", 5);
				break;
			}
			erg__buf_printf(&known, "%s%s", i ? ", " : "", name);
		}
		st = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				   "unknown relation type '%s' (known: %s)",
				   type_name ? type_name : "(null)",
				   known.data ? known.data : "none");
		erg__buf_free(&known);
		return st;
	}
	for (size_t i = 0; i < v->n_types; i++)
		if (v->types[i] == idx)
			return ERG_OK;
	p = realloc(v->types, (v->n_types + 1) * sizeof(*p));
	if (!p)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	v->types = p;
	v->types[v->n_types++] = idx;
	return ERG_OK;
}

erg_status erg_view_add_modality(erg_view *v, const char *name, erg_error *err)
{
	erg_modality m;
	erg_buf known;
	erg_status st;

	if (name && erg_modality_parse(name, &m) == 0) {
		v->modalities |= 1u << m;
		return ERG_OK;
	}
	erg__buf_init(&known, KNOWN_LIST_MAX);
	for (int i = 0; i < ERG_MOD__COUNT; i++)
		erg__buf_printf(&known, "%s%s", i ? ", " : "",
				erg_modality_name((erg_modality)i));
	st = erg_error_set(
	    err, ERG_EINVAL, NULL, 0, 0, "unknown modality '%s' (known: %s)",
	    name ? name : "(null)", known.data ? known.data : "");
	erg__buf_free(&known);
	return st;
}

erg_status erg_view_add_polarity(erg_view *v, const char *name, erg_error *err)
{
	static const struct {
		const char *name;
		int polarity;
	} names[] = {{"+", 1},	      {"-", -1},	{"0", 0},
		     {"positive", 1}, {"negative", -1}, {"neutral", 0}};

	for (size_t i = 0; name && i < sizeof(names) / sizeof(names[0]); i++) {
		if (erg__strcasecmp(name, names[i].name) == 0) {
			v->polarities |= 1u << (names[i].polarity + 1);
			return ERG_OK;
		}
	}
	return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
			     "unknown polarity '%s' (known: +, -, 0, "
			     "positive, negative, neutral)",
			     name ? name : "(null)");
}

static erg_status set_date(char *slot, const char *date, const char *what,
			   erg_error *err)
{
	if (!date || !date[0]) {
		slot[0] = '\0';
		return ERG_OK;
	}
	if (!erg_date_valid(date))
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "invalid %s date '%s' (expected YYYY, "
				     "YYYY-MM or YYYY-MM-DD)",
				     what, date);
	memcpy(slot, date, strlen(date) + 1); /* at most 10 + NUL */
	return ERG_OK;
}

erg_status erg_view_set_since(erg_view *v, const char *date, erg_error *err)
{
	return set_date(v->since, date, "since", err);
}

erg_status erg_view_set_until(erg_view *v, const char *date, erg_error *err)
{
	return set_date(v->until, date, "until", err);
}

bool erg_view_match(const erg_view *v, const erg_graph *g,
		    const erg_relation *r)
{
	if (!v)
		return true;
	if (v->n_types) {
		size_t i;
		for (i = 0; i < v->n_types; i++)
			if (v->types[i] == r->type)
				break;
		if (i == v->n_types)
			return false;
	}
	if (v->polarities &&
	    !(v->polarities & (1u << (erg_relation_polarity(g, r) + 1))))
		return false;
	if (v->modalities && !(v->modalities & (1u << r->modality)))
		return false;
	if (v->since[0] || v->until[0]) {
		if (!r->date || !r->date[0])
			return false;
		if (v->since[0] && erg_date_cmp_prefix(r->date, v->since) < 0)
			return false;
		if (v->until[0] && erg_date_cmp_prefix(r->date, v->until) > 0)
			return false;
	}
	if (v->min_weight != 0 && !(r->weight >= v->min_weight))
		return false;
	return true;
}

/* ---- aggregation ---- */

static uint64_t mix(uint64_t h, uint64_t x)
{
	h ^= x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	h ^= h >> 31;
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 29);
}

static uint64_t bundle_hash(size_t s, size_t t, size_t type, bool directed)
{
	return mix(mix(mix((uint64_t)s, t), type), directed);
}

static bool bundle_is(const erg_bundle *b, size_t s, size_t t, size_t type,
		      bool directed)
{
	return b->source == s && b->target == t && b->type == type &&
	       b->directed == directed;
}

erg_status erg_aggregate_build(erg_aggregate *out, const erg_graph *g,
			       const erg_view *view, erg_error *err)
{
	size_t n_rels = erg_graph_relation_count(g);
	size_t cap = 16, mask, n = 0, items_cap = 0;
	size_t *slots = NULL; /* bundle index + 1, 0 = empty */
	erg_bundle *items = NULL;
	erg_status st = ERG_OK;

	out->items = NULL;
	out->n = 0;
	while (cap < 2 * n_rels)
		cap <<= 1;
	mask = cap - 1;
	slots = calloc(cap, sizeof(*slots));
	if (!slots)
		goto oom;
	for (size_t i = 0; i < n_rels; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		size_t s = r->source, t = r->target, h;
		erg_bundle *b;

		if (!erg_view_match(view, g, r))
			continue;
		if (!r->directed && s > t) {
			t = r->source;
			s = r->target;
		}
		h = (size_t)bundle_hash(s, t, r->type, r->directed) & mask;
		while (slots[h] && !bundle_is(&items[slots[h] - 1], s, t,
					      r->type, r->directed))
			h = (h + 1) & mask;
		if (slots[h]) {
			b = &items[slots[h] - 1];
			b->weight += r->weight;
			b->count++;
			b->modalities |= 1u << r->modality;
			continue;
		}
		if (erg__grow((void **)&items, &items_cap, n + 1,
			      sizeof(*items)))
			goto oom;
		b = &items[n];
		b->source = s;
		b->target = t;
		b->type = r->type;
		b->directed = r->directed;
		b->weight = r->weight;
		b->count = 1;
		b->modalities = 1u << r->modality;
		b->first = i;
		slots[h] = ++n;
	}
	out->items = items;
	out->n = n;
	items = NULL;
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	free(items);
	free(slots);
	return st;
}

void erg_aggregate_clear(erg_aggregate *a)
{
	if (!a)
		return;
	free(a->items);
	a->items = NULL;
	a->n = 0;
}
