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
 *
 * Named layers are data (lexicons/layers.tsv, compiled in): a layer adds
 * its types to the view's type set, a polarity item ("+") standing for
 * every type of that polarity in the graph's own table.
 *
 * Actor selections (focus, top) are a `keep` mask over actor indices; a
 * relation passes only if both its ends are kept, so erg_aggregate_build,
 * erg_analyze and the drawing honour a selection through erg_view_match.
 * erg_view_focus is a breadth-first search, O(V + E), over an adjacency
 * built from the relations passing the view and the actors' affiliations
 * (a person one step from their state, a state one step from its
 * officials: affiliated_with says when a view counts them); erg_view_top walks
 * erg_metrics_rank's order. Every selection intersects the previous one.
 * erg_view_subgraph copies what a view shows into a graph of its own.
 */
#include "ergraph/analysis.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "util_internal.h"
#include "view_internal.h"

extern const unsigned char erg_default_layers_tsv[];
extern const size_t erg_default_layers_tsv_len;

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
	free(v->keep);
	erg_view_init(v);
}

erg_status erg_view_copy(erg_view *out, const erg_view *src, erg_error *err)
{
	erg_view v;

	erg_view_init(&v);
	if (!src) {
		*out = v;
		return ERG_OK;
	}
	v = *src;
	v.types = NULL;
	v.keep = NULL;
	if (src->n_types) {
		v.types = malloc(src->n_types * sizeof(*v.types));
		if (!v.types)
			goto oom;
		memcpy(v.types, src->types, src->n_types * sizeof(*v.types));
	}
	if (src->keep) {
		v.keep = malloc((src->n_keep ? src->n_keep : 1) *
				sizeof(*v.keep));
		if (!v.keep)
			goto oom;
		memcpy(v.keep, src->keep, src->n_keep * sizeof(*v.keep));
	}
	*out = v;
	return ERG_OK;
oom:
	free(v.types);
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
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
	if (v->keep && !(erg_view_keeps_actor(v, r->source) &&
			 erg_view_keeps_actor(v, r->target)))
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

/* ---- named layers ----
 *
 * lexicons/layers.tsv is compiled in and parsed once, on first use
 * (pthread_once), into a table that lives as long as the process. The
 * compiled-in file is ours: a row that does not parse is a build bug,
 * caught by the tests (test_view__layers), and is skipped here. */

#define LAYERS_MAX 256

typedef struct {
	char *name;
	char *types; /* comma-separated type names and polarities */
	char *title;
} layer_def;

static layer_def layer_table[LAYERS_MAX];
static size_t layer_count;
static char *layer_text; /* the copy the table points into */
static pthread_once_t layer_once = PTHREAD_ONCE_INIT;

static char *trim_field(char *s)
{
	char *e;
	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

static bool layer_name_valid(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s) &&
		    *s != '_')
			return false;
	return true;
}

static void layers_load(void)
{
	size_t len = erg_default_layers_tsv_len;
	char *line, *next;

	layer_text = malloc(len + 1);
	if (!layer_text)
		return;
	memcpy(layer_text, erg_default_layers_tsv, len);
	layer_text[len] = '\0';
	for (line = layer_text; line && layer_count < LAYERS_MAX; line = next) {
		char *f[3] = {NULL, NULL, NULL}, *p = line;
		size_t nf = 0;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		while (nf < 3) {
			char *tab = strchr(p, '\t');
			f[nf++] = p;
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		f[0] = trim_field(f[0]);
		if (!f[0][0] || f[0][0] == '#' || strcmp(f[0], "name") == 0)
			continue;
		if (nf < 2 || !layer_name_valid(f[0]))
			continue;
		layer_table[layer_count].name = f[0];
		layer_table[layer_count].types = trim_field(f[1]);
		layer_table[layer_count].title =
		    nf == 3 && *trim_field(f[2]) ? trim_field(f[2]) : NULL;
		layer_count++;
	}
}

static void layers_init(void)
{
	pthread_once(&layer_once, layers_load);
}

size_t erg_layers_count(void)
{
	layers_init();
	return layer_count;
}

const char *erg_layer_name(size_t i)
{
	layers_init();
	return i < layer_count ? layer_table[i].name : NULL;
}

const char *erg_layer_title(size_t i)
{
	layers_init();
	if (i >= layer_count)
		return NULL;
	return layer_table[i].title ? layer_table[i].title
				    : layer_table[i].name;
}

int erg_layer_find(const char *name, size_t *out)
{
	layers_init();
	for (size_t i = 0; name && i < layer_count; i++) {
		if (erg__strcasecmp(name, layer_table[i].name) == 0) {
			*out = i;
			return 0;
		}
	}
	return -1;
}

static erg_status view_add_type_index(erg_view *v, size_t idx)
{
	size_t *p;
	for (size_t i = 0; i < v->n_types; i++)
		if (v->types[i] == idx)
			return ERG_OK;
	p = realloc(v->types, (v->n_types + 1) * sizeof(*p));
	if (!p)
		return ERG_ENOMEM;
	v->types = p;
	v->types[v->n_types++] = idx;
	return ERG_OK;
}

erg_status erg_view_add_layer(erg_view *v, const erg_graph *g,
			      const char *name, erg_error *err)
{
	const erg_types *types = erg_graph_types(g);
	size_t li, added = 0;
	const char *p;
	erg_buf known;
	erg_status st;

	if (erg_layer_find(name, &li) != 0) {
		erg__buf_init(&known, KNOWN_LIST_MAX);
		for (size_t i = 0; i < layer_count; i++)
			erg__buf_printf(&known, "%s%s", i ? ", " : "",
					layer_table[i].name);
		st = erg_error_set(err, ERG_ENOTFOUND, NULL, 0, 0,
				   "unknown layer '%s' (known: %s)",
				   name ? name : "(null)",
				   known.data ? known.data : "none");
		erg__buf_free(&known);
		return st;
	}
	/* each comma-separated item: a polarity or a type name */
	for (p = layer_table[li].types; *p;) {
		char item[128];
		size_t n = strcspn(p, ","), idx;
		int pol = 2;

		if (n < sizeof(item)) {
			memcpy(item, p, n);
			item[n] = '\0';
			char *it = trim_field(item);
			if (strcmp(it, "+") == 0)
				pol = 1;
			else if (strcmp(it, "-") == 0)
				pol = -1;
			else if (strcmp(it, "0") == 0)
				pol = 0;
			if (pol != 2) {
				for (size_t t = 0; t < erg_types_count(types);
				     t++) {
					if (erg_types_get(types, t)->polarity !=
					    pol)
						continue;
					if (view_add_type_index(v, t))
						goto oom;
					added++;
				}
			} else if (erg_types_find(types, it, &idx) == 0) {
				if (view_add_type_index(v, idx))
					goto oom;
				added++;
			}
		}
		p += n;
		if (*p == ',')
			p++;
	}
	if (!added)
		return erg_error_set(err, ERG_ENOTFOUND, NULL, 0, 0,
				     "layer '%s' has no relation type in this "
				     "type table (it needs: %s)",
				     layer_table[li].name,
				     layer_table[li].types);
	return ERG_OK;
oom:
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

/* ---- actor selection ---- */

bool erg_view_keeps_actor(const erg_view *v, size_t actor)
{
	if (!v || !v->keep)
		return true;
	return actor < v->n_keep && v->keep[actor];
}

/* Case-folded copy of s (Unicode simple folding through utf8proc, ASCII
 * lower-casing when s is not valid UTF-8); NULL out of memory. */
static char *fold(const char *s)
{
	utf8proc_uint8_t *dst = NULL;
	utf8proc_ssize_t n = utf8proc_map(
	    (const utf8proc_uint8_t *)s, 0, &dst,
	    UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
		UTF8PROC_CASEFOLD);
	if (n >= 0)
		return (char *)dst;
	free(dst);
	char *c = erg__strdup(s);
	for (char *q = c; q && *q; q++)
		*q = (char)tolower((unsigned char)*q);
	return c;
}

static bool folded_eq(const char *key, const char *s)
{
	char *f;
	bool eq;
	if (!s)
		return false;
	f = fold(s);
	eq = f && strcmp(f, key) == 0;
	free(f);
	return eq;
}

erg_status erg_view_find_actor(const erg_graph *g, const char *name,
			       size_t *out, erg_error *err)
{
	size_t n = erg_graph_actor_count(g);
	char *key = NULL;
	erg_status st = ERG_OK;

	if (!name || !name[0])
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "empty actor name");
	if (erg_graph_find_actor(g, name, out) == 0)
		return ERG_OK;
	if (!(key = fold(name)))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	/* level 0: id, 1: label, 2: aliases */
	for (int level = 0; level < 3; level++) {
		size_t found = 0, first = 0;
		erg_buf names;

		erg__buf_init(&names, KNOWN_LIST_MAX);
		for (size_t i = 0; i < n; i++) {
			const erg_actor *a = erg_graph_actor_c(g, i);
			bool hit = false;
			if (level == 0)
				hit = folded_eq(key, a->id);
			else if (level == 1)
				hit = folded_eq(key, a->label);
			for (size_t k = 0; level == 2 && !hit && k < a->n_aliases;
			     k++)
				hit = folded_eq(key, a->aliases[k]);
			if (!hit)
				continue;
			if (!found++)
				first = i;
			erg__buf_printf(&names, "%s%s", found > 1 ? ", " : "",
					a->id);
		}
		if (found == 1) {
			*out = first;
		} else if (found > 1) {
			st = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
					   "actor name '%s' is ambiguous: it "
					   "names %s (use an id)",
					   name, names.data ? names.data : "");
		}
		erg__buf_free(&names);
		if (found)
			goto done;
	}
	st = erg_error_set(err, ERG_ENOTFOUND, NULL, 0, 0,
			   "unknown actor '%s' (not an actor id, label or "
			   "alias)",
			   name);
done:
	free(key);
	return st;
}

/* Actors that take part in a relation passing the view; calloc'ed. */
static bool *active_actors(const erg_view *v, const erg_graph *g)
{
	size_t na = erg_graph_actor_count(g), nr = erg_graph_relation_count(g);
	bool *act = calloc(na ? na : 1, sizeof(*act));
	if (!act)
		return NULL;
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (!erg_view_match(v, g, r))
			continue;
		act[r->source] = true;
		act[r->target] = true;
	}
	return act;
}

size_t erg_view_actor_count(const erg_view *v, const erg_graph *g)
{
	size_t na = erg_graph_actor_count(g), n = 0;
	bool *act = active_actors(v, g);
	if (!act)
		return 0;
	for (size_t i = 0; i < na; i++)
		n += act[i] && erg_view_keeps_actor(v, i);
	free(act);
	return n;
}

static void set_keep(erg_view *v, bool *keep, size_t n)
{
	free(v->keep);
	v->keep = keep;
	v->n_keep = n;
}

/* The actor an actor is affiliated with (erg_actor.affiliation, the
 * actors table's column) when that link counts in the view, else
 * (size_t)-1. The link counts like a reported affiliation relation
 * between the two (type "affiliation" of g's type table): both actors
 * kept, the type, polarity and modality filters passing it. It is a
 * standing fact, not an event: date bounds and a minimum weight do not
 * drop it. A type table
 * without an affiliation type follows the link unless the view filters
 * by type. */
static size_t affiliated_with(const erg_view *v, const erg_graph *g,
			      size_t a, size_t aff_type)
{
	const erg_actor *act = erg_graph_actor_c(g, a);
	erg_relation r;
	erg_view nodate;
	size_t b;

	if (!act->affiliation ||
	    erg_graph_find_actor(g, act->affiliation, &b) || b == a)
		return (size_t)-1;
	if (!v)
		return b;
	if (aff_type == (size_t)-1) {
		if (v->n_types || !erg_view_keeps_actor(v, a) ||
		    !erg_view_keeps_actor(v, b))
			return (size_t)-1;
		return b;
	}
	memset(&r, 0, sizeof(r));
	r.source = a;
	r.target = b;
	r.type = aff_type;
	r.directed = true;
	r.modality = ERG_MOD_REPORTED;
	r.weight = v->min_weight > 1 ? v->min_weight : 1;
	r.offset = -1;
	nodate = *v; /* shallow: read only */
	nodate.since[0] = nodate.until[0] = '\0';
	return erg_view_match(&nodate, g, &r) ? b : (size_t)-1;
}

size_t erg__affiliation_type(const erg_graph *g)
{
	size_t t;
	if (erg_types_find(erg_graph_types(g), "affiliation", &t))
		return (size_t)-1;
	return t;
}

size_t erg__view_affiliated_with(const erg_view *v, const erg_graph *g,
				 size_t actor)
{
	return affiliated_with(v, g, actor, erg__affiliation_type(g));
}

erg_status erg_view_focus(erg_view *v, const erg_graph *g, const char *actor,
			  unsigned depth, erg_error *err)
{
	size_t aff_type = erg__affiliation_type(g), to;
	size_t na = erg_graph_actor_count(g), nr = erg_graph_relation_count(g);
	size_t *off = NULL, *adj = NULL, *queue = NULL, *fill = NULL;
	unsigned *dist = NULL;
	bool *keep = NULL;
	size_t center, head = 0, tail = 0, m = 0;
	erg_status st;

	if ((st = erg_view_find_actor(g, actor, &center, err)))
		return st;
	if (!erg_view_keeps_actor(v, center))
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "actor '%s' is not in the view (an "
				     "earlier selection left it out)",
				     erg_graph_actor_c(g, center)->id);
	/* adjacency in both directions over the relations of the view
	 * (compressed rows: off[a]..off[a+1] in adj) */
	off = calloc(na + 1, sizeof(*off));
	fill = calloc(na + 1, sizeof(*fill));
	dist = malloc((na ? na : 1) * sizeof(*dist));
	queue = malloc((na ? na : 1) * sizeof(*queue));
	keep = calloc(na ? na : 1, sizeof(*keep));
	if (!off || !fill || !dist || !queue || !keep)
		goto oom;
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (!erg_view_match(v, g, r))
			continue;
		off[r->source + 1]++;
		off[r->target + 1]++;
		m += 2;
	}
	/* an affiliation (actors table) is a step like a relation */
	for (size_t i = 0; i < na; i++)
		if ((to = affiliated_with(v, g, i, aff_type)) != (size_t)-1) {
			off[i + 1]++;
			off[to + 1]++;
			m += 2;
		}
	for (size_t i = 0; i < na; i++)
		off[i + 1] += off[i];
	adj = malloc((m ? m : 1) * sizeof(*adj));
	if (!adj)
		goto oom;
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (!erg_view_match(v, g, r))
			continue;
		adj[off[r->source] + fill[r->source]++] = r->target;
		adj[off[r->target] + fill[r->target]++] = r->source;
	}
	for (size_t i = 0; i < na; i++)
		if ((to = affiliated_with(v, g, i, aff_type)) != (size_t)-1) {
			adj[off[i] + fill[i]++] = to;
			adj[off[to] + fill[to]++] = i;
		}
	for (size_t i = 0; i < na; i++)
		dist[i] = (unsigned)-1;
	dist[center] = 0;
	queue[tail++] = center;
	while (head < tail) {
		size_t a = queue[head++];
		keep[a] = true;
		if (dist[a] >= depth)
			continue;
		for (size_t k = off[a]; k < off[a + 1]; k++) {
			size_t b = adj[k];
			if (dist[b] != (unsigned)-1)
				continue;
			dist[b] = dist[a] + 1;
			queue[tail++] = b;
		}
	}
	set_keep(v, keep, na);
	keep = NULL;
	st = ERG_OK;
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	free(off);
	free(fill);
	free(adj);
	free(dist);
	free(queue);
	free(keep);
	return st;
}

erg_status erg_view_top(erg_view *v, const erg_graph *g, const erg_metrics *m,
			erg_metric by, size_t n, erg_error *err)
{
	size_t na = erg_graph_actor_count(g), *order = NULL, kept = 0;
	bool *act = NULL, *keep = NULL;
	erg_status st;

	if (!m)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "no metrics to rank actors by");
	if ((st = erg_metrics_rank(g, m, by, &order, err)))
		return st;
	act = active_actors(v, g);
	keep = calloc(na ? na : 1, sizeof(*keep));
	if (!act || !keep) {
		st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				   "out of memory");
		goto done;
	}
	for (size_t i = 0; i < na && kept < n; i++) {
		size_t a = order[i];
		if (!act[a] || !erg_view_keeps_actor(v, a))
			continue;
		keep[a] = true;
		kept++;
	}
	set_keep(v, keep, na);
	keep = NULL;
done:
	free(order);
	free(act);
	free(keep);
	return st;
}

/* ---- sub-graphs ---- */

static erg_status copy_attrs(erg_graph *dst, erg_attrs *to,
			     const erg_attrs *from, const uint32_t *keymap)
{
	for (uint32_t i = 0; i < from->n; i++) {
		erg_status st = erg_attrs_set(dst, to, keymap[from->items[i].key],
					      from->items[i].v);
		if (st)
			return st;
	}
	return ERG_OK;
}

erg_status erg_view_subgraph(const erg_view *v, const erg_graph *g,
			     erg_graph **out, erg_error *err)
{
	size_t na = erg_graph_actor_count(g), nr = erg_graph_relation_count(g);
	size_t nk = erg_graph_key_count(g);
	size_t *map = NULL; /* actor index in g -> index in sg */
	uint32_t *keymap = NULL;
	erg_graph *sg = NULL;
	erg_status st;

	*out = NULL;
	if ((st = erg_graph_new(&sg, erg_graph_types(g), err)))
		return st;
	map = malloc((na ? na : 1) * sizeof(*map));
	keymap = malloc((nk ? nk : 1) * sizeof(*keymap));
	if (!map || !keymap)
		goto oom;
	if (erg_graph_name(g) && erg_graph_set_name(sg, erg_graph_name(g)))
		goto oom;
	for (size_t k = 0; k < nk; k++) {
		const erg_key *key = erg_graph_key(g, (uint32_t)k);
		if ((st = erg_graph_define_key(sg, key->domain, key->name,
					       key->type, false, &keymap[k],
					       err)))
			goto done;
		if (key->has_default &&
		    (st = erg_graph_set_key_default(sg, keymap[k], key->def)))
			goto fail;
	}
	if ((st = copy_attrs(sg, erg_graph_attrs(sg), erg_graph_attrs_c(g),
			     keymap)))
		goto fail;
	for (size_t i = 0; i < na; i++) {
		const erg_actor *a = erg_graph_actor_c(g, i);
		erg_actor *b;
		size_t aff;

		map[i] = (size_t)-1;
		if (!erg_view_keeps_actor(v, i))
			continue;
		if ((st = erg_graph_ensure_actor(sg, a->id, &map[i], NULL,
						 err)))
			goto done;
		b = erg_graph_actor(sg, map[i]);
		b->kind = a->kind;
		if ((st = erg_actor_set_label(b, a->label)))
			goto fail;
		for (size_t k = 0; k < a->n_aliases; k++)
			if ((st = erg_actor_add_alias(b, a->aliases[k])))
				goto fail;
		if (a->affiliation &&
		    erg_graph_find_actor(g, a->affiliation, &aff) == 0 &&
		    erg_view_keeps_actor(v, aff) &&
		    (st = erg_set_str(&b->affiliation, a->affiliation)))
			goto fail;
		if ((st = copy_attrs(sg, &b->attrs, &a->attrs, keymap)))
			goto fail;
	}
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		erg_relation *c;
		size_t ri;

		if (!erg_view_match(v, g, r))
			continue;
		if ((st = erg_graph_add_relation(sg, map[r->source],
						 map[r->target], r->type, &ri,
						 err)))
			goto done;
		c = erg_graph_relation(sg, ri);
		c->directed = r->directed;
		c->modality = r->modality;
		c->weight = r->weight;
		c->offset = r->offset;
		if ((st = erg_set_str(&c->date, r->date)) ||
		    (st = erg_set_str(&c->evidence, r->evidence)) ||
		    (st = erg_set_str(&c->doc, r->doc)) ||
		    (st = erg_set_str(&c->id, r->id)) ||
		    (st = copy_attrs(sg, &c->attrs, &r->attrs, keymap)))
			goto fail;
	}
	*out = sg;
	sg = NULL;
	st = ERG_OK;
	goto done;
oom:
	st = ERG_ENOMEM;
fail:
	st = erg_error_set(err, st, NULL, 0, 0, "cannot copy the view: %s",
			   erg_status_str(st));
done:
	free(map);
	free(keymap);
	erg_graph_free(sg);
	return st;
}
