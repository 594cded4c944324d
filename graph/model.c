/* model.c - the network model (see ergraph/graph.h). */
#include "ergraph/graph.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util_internal.h"

struct erg_graph {
	erg_types *types;
	char *name;
	erg_actor *actors;
	size_t n_actors, cap_actors;
	erg_relation *rels;
	size_t n_rels, cap_rels;
	erg_strmap actor_index;
	erg_key *keys;
	size_t n_keys, cap_keys;
	erg_attrs attrs;
};

static const char *kind_names[ERG_KIND__COUNT] = {
	"person", "state", "organization", "group", "other"
};

static const char *modality_names[ERG_MOD__COUNT] = {
	"reported", "alleged", "denied", "projected",
	"hypothetical", "prescribed", "negated"
};

const char *erg_kind_name(erg_kind k)
{
	return (unsigned)k < ERG_KIND__COUNT ? kind_names[k] : NULL;
}

int erg_kind_parse(const char *s, erg_kind *out)
{
	for (int i = 0; i < ERG_KIND__COUNT; i++) {
		if (erg__strcasecmp(s, kind_names[i]) == 0) {
			*out = (erg_kind)i;
			return 0;
		}
	}
	if (erg__strcasecmp(s, "org") == 0 ||
	    erg__strcasecmp(s, "organisation") == 0) {
		*out = ERG_KIND_ORGANIZATION;
		return 0;
	}
	return -1;
}

const char *erg_modality_name(erg_modality m)
{
	return (unsigned)m < ERG_MOD__COUNT ? modality_names[m] : NULL;
}

int erg_modality_parse(const char *s, erg_modality *out)
{
	for (int i = 0; i < ERG_MOD__COUNT; i++) {
		if (erg__strcasecmp(s, modality_names[i]) == 0) {
			*out = (erg_modality)i;
			return 0;
		}
	}
	return -1;
}

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool erg_date_valid(const char *s)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30,
				     31, 31, 30, 31, 30, 31 };
	size_t n = s ? strlen(s) : 0;
	int y, m, d;

	if (n != 4 && n != 7 && n != 10)
		return false;
	if ((y = digits(s, 4)) < 0)
		return false;
	if (n == 4)
		return true;
	if (s[4] != '-' || (m = digits(s + 5, 2)) < 1 || m > 12)
		return false;
	if (n == 7)
		return true;
	if (s[7] != '-' || (d = digits(s + 8, 2)) < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return false;
	return true;
}

int erg_date_cmp_prefix(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t n = la < lb ? la : lb;
	return strncmp(a, b, n);
}

static const char *attr_type_names[] = { "boolean", "int",    "long",
					 "float",   "double", "string" };

const char *erg_attr_type_name(erg_attr_type t)
{
	return (unsigned)t <= ERG_ATTR_STRING ? attr_type_names[t] : NULL;
}

int erg_attr_type_parse(const char *s, erg_attr_type *out)
{
	for (int i = 0; i <= ERG_ATTR_STRING; i++) {
		if (strcmp(s, attr_type_names[i]) == 0) {
			*out = (erg_attr_type)i;
			return 0;
		}
	}
	if (strcmp(s, "bool") == 0) {
		*out = ERG_ATTR_BOOL;
		return 0;
	}
	return -1;
}

/* ---- graph ---- */

erg_status erg_graph_new(erg_graph **out, const erg_types *types,
			 erg_error *err)
{
	erg_graph *g = calloc(1, sizeof(*g));
	erg_status st;

	if (!g)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	erg__strmap_init(&g->actor_index);
	st = types ? erg_types_copy(&g->types, types, err)
		   : erg_types_new_default(&g->types, err);
	if (st) {
		free(g);
		return st;
	}
	*out = g;
	return ERG_OK;
}

static void attrs_clear(erg_graph *g, erg_attrs *a)
{
	for (uint32_t i = 0; i < a->n; i++)
		if (g->keys[a->items[i].key].type == ERG_ATTR_STRING)
			free(a->items[i].v.s);
	free(a->items);
	a->items = NULL;
	a->n = a->cap = 0;
}

void erg_graph_free(erg_graph *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->n_actors; i++) {
		erg_actor *a = &g->actors[i];
		free(a->id);
		free(a->label);
		for (size_t k = 0; k < a->n_aliases; k++)
			free(a->aliases[k]);
		free(a->aliases);
		free(a->affiliation);
		attrs_clear(g, &a->attrs);
	}
	for (size_t i = 0; i < g->n_rels; i++) {
		erg_relation *r = &g->rels[i];
		free(r->date);
		free(r->evidence);
		free(r->doc);
		free(r->id);
		attrs_clear(g, &r->attrs);
	}
	attrs_clear(g, &g->attrs);
	for (size_t i = 0; i < g->n_keys; i++) {
		if (g->keys[i].type == ERG_ATTR_STRING && g->keys[i].has_default)
			free(g->keys[i].def.s);
		free(g->keys[i].name);
	}
	free(g->keys);
	free(g->actors);
	free(g->rels);
	free(g->name);
	erg__strmap_free(&g->actor_index);
	erg_types_free(g->types);
	free(g);
}

const erg_types *erg_graph_types(const erg_graph *g) { return g->types; }
erg_types *erg_graph_types_mut(erg_graph *g) { return g->types; }
const char *erg_graph_name(const erg_graph *g) { return g->name; }

erg_status erg_graph_set_name(erg_graph *g, const char *name)
{
	return erg_set_str(&g->name, name);
}

size_t erg_graph_actor_count(const erg_graph *g) { return g->n_actors; }
size_t erg_graph_relation_count(const erg_graph *g) { return g->n_rels; }

erg_actor *erg_graph_actor(erg_graph *g, size_t i)
{
	return i < g->n_actors ? &g->actors[i] : NULL;
}

const erg_actor *erg_graph_actor_c(const erg_graph *g, size_t i)
{
	return i < g->n_actors ? &g->actors[i] : NULL;
}

erg_relation *erg_graph_relation(erg_graph *g, size_t i)
{
	return i < g->n_rels ? &g->rels[i] : NULL;
}

const erg_relation *erg_graph_relation_c(const erg_graph *g, size_t i)
{
	return i < g->n_rels ? &g->rels[i] : NULL;
}

int erg_graph_find_actor(const erg_graph *g, const char *id, size_t *out)
{
	return erg__strmap_get(&g->actor_index, id, out);
}

erg_status erg_graph_ensure_actor(erg_graph *g, const char *id, size_t *out,
				  bool *created, erg_error *err)
{
	size_t idx;
	erg_actor *a;

	if (erg__strmap_get(&g->actor_index, id, &idx) == 0) {
		if (out)
			*out = idx;
		if (created)
			*created = false;
		return ERG_OK;
	}
	if (!id[0])
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "empty actor id");
	if (erg__grow((void **)&g->actors, &g->cap_actors, g->n_actors + 1,
		      sizeof(erg_actor)))
		goto oom;
	a = &g->actors[g->n_actors];
	memset(a, 0, sizeof(*a));
	a->kind = ERG_KIND_OTHER;
	a->id = erg__strdup(id);
	a->label = erg__strdup(id);
	if (!a->id || !a->label ||
	    erg__strmap_put(&g->actor_index, a->id, g->n_actors)) {
		free(a->id);
		free(a->label);
		goto oom;
	}
	idx = g->n_actors++;
	if (out)
		*out = idx;
	if (created)
		*created = true;
	return ERG_OK;
oom:
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

erg_status erg_graph_add_relation(erg_graph *g, size_t source, size_t target,
				  size_t type, size_t *out, erg_error *err)
{
	erg_relation *r;
	const erg_type *t;

	if (source >= g->n_actors || target >= g->n_actors)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "relation endpoint out of range");
	t = erg_types_get(g->types, type);
	if (!t)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "relation type index out of range");
	if (erg__grow((void **)&g->rels, &g->cap_rels, g->n_rels + 1,
		      sizeof(erg_relation)))
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	r = &g->rels[g->n_rels];
	memset(r, 0, sizeof(*r));
	r->source = source;
	r->target = target;
	r->type = type;
	r->directed = t->directed;
	r->modality = ERG_MOD_REPORTED;
	r->weight = 1.0;
	r->offset = -1;
	if (out)
		*out = g->n_rels;
	g->n_rels++;
	return ERG_OK;
}

erg_status erg_set_str(char **slot, const char *value)
{
	char *copy = NULL;
	if (value && !(copy = erg__strdup(value)))
		return ERG_ENOMEM;
	free(*slot);
	*slot = copy;
	return ERG_OK;
}

erg_status erg_actor_set_label(erg_actor *a, const char *label)
{
	return erg_set_str(&a->label, label ? label : a->id);
}

erg_status erg_actor_add_alias(erg_actor *a, const char *alias)
{
	char **p;
	char *copy;
	for (size_t i = 0; i < a->n_aliases; i++)
		if (strcmp(a->aliases[i], alias) == 0)
			return ERG_OK;
	copy = erg__strdup(alias);
	if (!copy)
		return ERG_ENOMEM;
	p = realloc(a->aliases, (a->n_aliases + 1) * sizeof(*p));
	if (!p) {
		free(copy);
		return ERG_ENOMEM;
	}
	a->aliases = p;
	a->aliases[a->n_aliases++] = copy;
	return ERG_OK;
}

erg_status erg_actor_set_aliases_joined(erg_actor *a, const char *joined)
{
	const char *p = joined;
	for (size_t i = 0; i < a->n_aliases; i++)
		free(a->aliases[i]);
	free(a->aliases);
	a->aliases = NULL;
	a->n_aliases = 0;
	if (!joined)
		return ERG_OK;
	while (*p) {
		const char *e = strchr(p, '|');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		const char *s = p;
		while (n && isspace((unsigned char)*s)) {
			s++;
			n--;
		}
		while (n && isspace((unsigned char)s[n - 1]))
			n--;
		if (n) {
			char *one = erg__strndup(s, n);
			erg_status st;
			if (!one)
				return ERG_ENOMEM;
			st = erg_actor_add_alias(a, one);
			free(one);
			if (st)
				return st;
		}
		if (!e)
			break;
		p = e + 1;
	}
	return ERG_OK;
}

bool erg_graph_is_directed(const erg_graph *g)
{
	for (size_t i = 0; i < g->n_rels; i++)
		if (g->rels[i].directed)
			return true;
	return false;
}

int erg_relation_polarity(const erg_graph *g, const erg_relation *r)
{
	const erg_type *t = erg_types_get(g->types, r->type);
	return t ? t->polarity : 0;
}

/* ---- keys and attributes ---- */

int erg_graph_find_key(const erg_graph *g, erg_domain domain,
		       const char *name, uint32_t *out)
{
	for (size_t i = 0; i < g->n_keys; i++) {
		if (g->keys[i].domain == domain &&
		    strcmp(g->keys[i].name, name) == 0) {
			if (out)
				*out = (uint32_t)i;
			return 0;
		}
	}
	return -1;
}

/* Where `key` is or would go in a's items, which are sorted by key.
 * Rows are mostly filled in key order (a table's columns, a GraphML
 * element's data): a key after the last one costs O(1), else O(log n). */
static uint32_t attrs_find(const erg_attrs *a, uint32_t key)
{
	uint32_t lo = 0, hi = a->n;
	if (hi && a->items[hi - 1].key < key)
		return hi;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (a->items[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void attrs_drop_key(erg_graph *g, erg_attrs *a, uint32_t key)
{
	uint32_t i = attrs_find(a, key);
	if (i == a->n || a->items[i].key != key)
		return;
	if (g->keys[key].type == ERG_ATTR_STRING)
		free(a->items[i].v.s);
	memmove(&a->items[i], &a->items[i + 1],
		(a->n - i - 1) * sizeof(*a->items));
	a->n--;
}

erg_status erg_graph_define_key(erg_graph *g, erg_domain domain,
				const char *name, erg_attr_type type,
				bool replace_type, uint32_t *out,
				erg_error *err)
{
	uint32_t k;
	erg_key *key;

	if (erg_graph_find_key(g, domain, name, &k) == 0) {
		key = &g->keys[k];
		if (key->type != type) {
			if (!replace_type)
				return erg_error_set(
					err, ERG_EINVAL, NULL, 0, 0,
					"attribute '%s' is declared as %s and "
					"as %s", name,
					erg_attr_type_name(key->type),
					erg_attr_type_name(type));
			if (domain == ERG_DOMAIN_NODE)
				for (size_t i = 0; i < g->n_actors; i++)
					attrs_drop_key(g, &g->actors[i].attrs,
						       k);
			else if (domain == ERG_DOMAIN_EDGE)
				for (size_t i = 0; i < g->n_rels; i++)
					attrs_drop_key(g, &g->rels[i].attrs, k);
			else
				attrs_drop_key(g, &g->attrs, k);
			if (key->type == ERG_ATTR_STRING && key->has_default)
				free(key->def.s);
			key->has_default = false;
			key->type = type;
		}
		if (out)
			*out = k;
		return ERG_OK;
	}
	if (g->n_keys >= UINT32_MAX ||
	    erg__grow((void **)&g->keys, &g->cap_keys, g->n_keys + 1,
		      sizeof(erg_key)))
		goto oom;
	key = &g->keys[g->n_keys];
	memset(key, 0, sizeof(*key));
	key->name = erg__strdup(name);
	if (!key->name)
		goto oom;
	key->domain = domain;
	key->type = type;
	if (out)
		*out = (uint32_t)g->n_keys;
	g->n_keys++;
	return ERG_OK;
oom:
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

size_t erg_graph_key_count(const erg_graph *g) { return g->n_keys; }

const erg_key *erg_graph_key(const erg_graph *g, uint32_t key)
{
	return key < g->n_keys ? &g->keys[key] : NULL;
}

erg_status erg_graph_set_key_default(erg_graph *g, uint32_t key, erg_value v)
{
	erg_key *k = &g->keys[key];
	if (k->type == ERG_ATTR_STRING) {
		char *s = erg__strdup(v.s ? v.s : "");
		if (!s)
			return ERG_ENOMEM;
		if (k->has_default)
			free(k->def.s);
		v.s = s;
	}
	k->def = v;
	k->has_default = true;
	return ERG_OK;
}

erg_attrs *erg_graph_attrs(erg_graph *g) { return &g->attrs; }
const erg_attrs *erg_graph_attrs_c(const erg_graph *g) { return &g->attrs; }

erg_status erg_attrs_set(erg_graph *g, erg_attrs *a, uint32_t key,
			 erg_value v)
{
	bool is_str;
	uint32_t i;
	if (key >= g->n_keys)
		return ERG_EINVAL;
	is_str = g->keys[key].type == ERG_ATTR_STRING;
	if (is_str && !(v.s = erg__strdup(v.s ? v.s : "")))
		return ERG_ENOMEM;
	i = attrs_find(a, key);
	if (i < a->n && a->items[i].key == key) {
		if (is_str)
			free(a->items[i].v.s);
		a->items[i].v = v;
		return ERG_OK;
	}
	if (a->n == a->cap) {
		uint32_t ncap = a->cap ? a->cap * 2 : 4;
		erg_attr *p = realloc(a->items, ncap * sizeof(*p));
		if (!p) {
			if (is_str)
				free(v.s);
			return ERG_ENOMEM;
		}
		a->items = p;
		a->cap = ncap;
	}
	memmove(&a->items[i + 1], &a->items[i],
		(a->n - i) * sizeof(*a->items));
	a->items[i].key = key;
	a->items[i].v = v;
	a->n++;
	return ERG_OK;
}

const erg_value *erg_attrs_get(const erg_attrs *a, uint32_t key)
{
	uint32_t i = attrs_find(a, key);
	return i < a->n && a->items[i].key == key ? &a->items[i].v : NULL;
}

const char *erg_value_format(erg_attr_type t, const erg_value *v, char *buf,
			     size_t size)
{
	switch (t) {
	case ERG_ATTR_BOOL:
		snprintf(buf, size, "%s", v->b ? "true" : "false");
		break;
	case ERG_ATTR_INT:
	case ERG_ATTR_LONG:
		snprintf(buf, size, "%lld", v->i);
		break;
	case ERG_ATTR_FLOAT:
	case ERG_ATTR_DOUBLE:
		if (isnan(v->d))
			snprintf(buf, size, "NaN");
		else if (isinf(v->d))
			snprintf(buf, size, "%sINF", v->d < 0 ? "-" : "");
		else
			snprintf(buf, size, "%.17g", v->d);
		break;
	case ERG_ATTR_STRING:
		return v->s ? v->s : "";
	}
	return buf;
}

int erg_value_parse(erg_attr_type t, const char *s, erg_value *out)
{
	char *end = NULL;
	const char *p = s;

	while (isspace((unsigned char)*p) && t != ERG_ATTR_STRING)
		p++;
	switch (t) {
	case ERG_ATTR_BOOL: {
		size_t n = strlen(p);
		while (n && isspace((unsigned char)p[n - 1]))
			n--;
		if ((n == 4 && strncasecmp(p, "true", 4) == 0) ||
		    (n == 1 && p[0] == '1')) {
			out->b = 1;
			return 0;
		}
		if ((n == 5 && strncasecmp(p, "false", 5) == 0) ||
		    (n == 1 && p[0] == '0')) {
			out->b = 0;
			return 0;
		}
		return -1;
	}
	case ERG_ATTR_INT:
	case ERG_ATTR_LONG:
		errno = 0;
		out->i = strtoll(p, &end, 10);
		if (end == p || errno)
			return -1;
		break;
	case ERG_ATTR_FLOAT:
	case ERG_ATTR_DOUBLE:
		errno = 0;
		out->d = strtod(p, &end);
		if (end == p || (errno && !isinf(out->d) && out->d != 0))
			return -1;
		break;
	case ERG_ATTR_STRING:
		out->s = (char *)s;
		return 0;
	}
	while (isspace((unsigned char)*end))
		end++;
	return *end ? -1 : 0;
}
