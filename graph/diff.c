/*
 * diff.c - what changed between two networks (see ergraph/diff.h).
 *
 * Both networks are aggregated through their views (erg_aggregate_build).
 * Each bundle gets a key "source id \x1f target id \x1f type name" (ids in
 * byte order for undirected bundles, because actor indices differ between
 * the graphs) in one hash map, A's bundles first, then B's; keys found on
 * both sides are compared. A second map on the unordered actor pair finds
 * pairs with exactly one removed and one added bundle, which are merged
 * into one change of type (or of direction). O(E_a + E_b) expected.
 */
#include "ergraph/diff.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "temporal_internal.h"
#include "util_internal.h"

#define SEP "\x1f"

typedef struct {
	char *key;
	erg_diff_relation r;
	bool has_a, has_b;
	bool dir_a; /* A's direction (r.directed is B's when in B) */
	bool dead;  /* merged into another entry */
} entry;

typedef struct {
	entry *items;
	size_t n, cap;
	erg_strmap map;
	erg_buf key;
} table;

const char *erg_diff_kind_name(erg_diff_kind k)
{
	static const char *names[] = {"added", "removed", "changed", "same"};
	return (unsigned)k <= ERG_DIFF_SAME ? names[k] : NULL;
}

void erg_diff_opts_init(erg_diff_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->by = ERG_METRIC_PAGERANK;
}

static void relation_clear(erg_diff_relation *r)
{
	free(r->source);
	free(r->target);
	free(r->type_a);
	free(r->type_b);
}

void erg_diff_free(erg_diff *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n_relations; i++)
		relation_clear(&d->relations[i]);
	free(d->relations);
	for (size_t i = 0; i < d->n_actors; i++) {
		free(d->actors[i].id);
		free(d->actors[i].label);
	}
	free(d->actors);
	free(d);
}

static erg_status oom(erg_error *err)
{
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

/* Adds the bundles of one side to the table. */
static erg_status add_side(table *t, const erg_graph *g,
			   const erg_aggregate *agg, bool side_b,
			   erg_error *err)
{
	const erg_types *types = erg_graph_types(g);

	for (size_t i = 0; i < agg->n; i++) {
		const erg_bundle *b = &agg->items[i];
		const char *s = erg_graph_actor_c(g, b->source)->id;
		const char *d = erg_graph_actor_c(g, b->target)->id;
		const char *type = erg_types_get(types, b->type)->name;
		size_t at;
		entry *e;

		if (!b->directed && strcmp(s, d) > 0) {
			const char *x = s;
			s = d;
			d = x;
		}
		erg__buf_reset(&t->key);
		if (erg__buf_printf(&t->key, "%s" SEP "%s" SEP "%s", s, d,
				    type))
			return erg_error_set(err, ERG_ELIMIT, NULL, 0, 0,
					     "actor ids too long");
		if (erg__strmap_get(&t->map, t->key.data, &at) == 0) {
			e = &t->items[at];
		} else {
			if (erg__grow((void **)&t->items, &t->cap, t->n + 1,
				      sizeof(*t->items)))
				return oom(err);
			e = &t->items[t->n];
			memset(e, 0, sizeof(*e));
			e->r.first_a = e->r.first_b = (size_t)-1;
			e->key = erg__strdup(t->key.data);
			e->r.source = erg__strdup(s);
			e->r.target = erg__strdup(d);
			t->n++;
			if (!e->key || !e->r.source || !e->r.target ||
			    erg__strmap_put(&t->map, e->key, t->n - 1))
				return oom(err);
		}
		if (side_b) {
			if (!e->r.type_b && !(e->r.type_b = erg__strdup(type)))
				return oom(err);
			e->has_b = true;
			e->r.weight_b += b->weight;
			e->r.modalities_b |= b->modalities;
			e->r.count_b += b->count;
			if (e->r.first_b == (size_t)-1)
				e->r.first_b = b->first;
			e->r.directed = b->directed;
		} else {
			if (!e->r.type_a && !(e->r.type_a = erg__strdup(type)))
				return oom(err);
			e->has_a = true;
			e->r.weight_a += b->weight;
			e->r.modalities_a |= b->modalities;
			e->r.count_a += b->count;
			if (e->r.first_a == (size_t)-1)
				e->r.first_a = b->first;
			e->dir_a = b->directed;
			e->r.directed = b->directed;
		}
	}
	return ERG_OK;
}

static bool weights_differ(double a, double b)
{
	double scale = fmax(1.0, fmax(fabs(a), fabs(b)));
	return fabs(a - b) > 1e-9 * scale;
}

/* Changes between the A and B sides of a bundle present in both; `dir_a`
 * is A's direction (r->directed is B's). */
static unsigned changes_of(const erg_diff_relation *r, bool dir_a)
{
	unsigned c = 0;
	if (weights_differ(r->weight_a, r->weight_b))
		c |= ERG_DIFF_WEIGHT;
	if (r->modalities_a != r->modalities_b)
		c |= ERG_DIFF_MODALITY;
	if (r->type_a && r->type_b && strcmp(r->type_a, r->type_b))
		c |= ERG_DIFF_TYPE;
	if (dir_a != r->directed)
		c |= ERG_DIFF_DIRECTION;
	return c;
}

typedef struct {
	char *key;
	size_t removed, added; /* first entry of each kind */
	size_t n_removed, n_added;
} pair;

static erg_status classify(table *t, erg_error *err)
{
	erg_strmap map;
	pair *pairs = NULL;
	size_t n_pairs = 0, cap = 0;
	erg_buf key;
	erg_status st = ERG_OK;

	for (size_t i = 0; i < t->n; i++) {
		entry *e = &t->items[i];
		if (e->has_a && e->has_b) {
			e->r.changes = changes_of(&e->r, e->dir_a);
			e->r.kind =
			    e->r.changes ? ERG_DIFF_CHANGED : ERG_DIFF_SAME;
		} else {
			e->r.kind =
			    e->has_a ? ERG_DIFF_REMOVED : ERG_DIFF_ADDED;
		}
	}
	/* pairs with one removed and one added bundle: a change of type */
	erg__strmap_init(&map);
	erg__buf_init(&key, (size_t)1 << 20);
	for (size_t i = 0; i < t->n; i++) {
		entry *e = &t->items[i];
		const char *x = e->r.source, *y = e->r.target;
		pair *p;
		size_t at;

		if (e->r.kind != ERG_DIFF_REMOVED &&
		    e->r.kind != ERG_DIFF_ADDED)
			continue;
		if (strcmp(x, y) > 0) {
			x = e->r.target;
			y = e->r.source;
		}
		erg__buf_reset(&key);
		if (erg__buf_printf(&key, "%s" SEP "%s", x, y)) {
			st = erg_error_set(err, ERG_ELIMIT, NULL, 0, 0,
					   "actor ids too long");
			goto done;
		}
		if (erg__strmap_get(&map, key.data, &at)) {
			if (erg__grow((void **)&pairs, &cap, n_pairs + 1,
				      sizeof(*pairs)))
				goto nomem;
			at = n_pairs;
			memset(&pairs[at], 0, sizeof(*pairs));
			if (!(pairs[at].key = erg__strdup(key.data)))
				goto nomem;
			n_pairs++;
			if (erg__strmap_put(&map, pairs[at].key, at))
				goto nomem;
		}
		p = &pairs[at];
		if (e->r.kind == ERG_DIFF_REMOVED) {
			if (!p->n_removed++)
				p->removed = i;
		} else if (!p->n_added++) {
			p->added = i;
		}
	}
	for (size_t i = 0; i < n_pairs; i++) {
		entry *rm, *ad;
		if (pairs[i].n_removed != 1 || pairs[i].n_added != 1)
			continue;
		rm = &t->items[pairs[i].removed];
		ad = &t->items[pairs[i].added];
		/* the added entry (B's ends and type) takes A's side over */
		ad->r.type_a = rm->r.type_a;
		rm->r.type_a = NULL;
		ad->r.weight_a = rm->r.weight_a;
		ad->r.modalities_a = rm->r.modalities_a;
		ad->r.count_a = rm->r.count_a;
		ad->r.first_a = rm->r.first_a;
		ad->has_a = true;
		ad->r.changes = changes_of(&ad->r, rm->dir_a);
		ad->r.kind = ERG_DIFF_CHANGED;
		rm->dead = true;
	}
	goto done;
nomem:
	st = oom(err);
done:
	for (size_t i = 0; i < n_pairs; i++)
		free(pairs[i].key);
	free(pairs);
	erg__strmap_free(&map);
	erg__buf_free(&key);
	return st;
}

/* Ranks one side: active actors are the ends of its bundles. */
static erg_status rank_side(const erg_graph *g, const erg_view *v,
			    const erg_aggregate *agg,
			    const erg_analyze_opts *aopts, erg_metric by,
			    double **value, size_t **rank, bool *computed,
			    erg_error *err)
{
	size_t n = erg_graph_actor_count(g);
	size_t *active = calloc(n ? n : 1, sizeof(*active));
	erg_metrics *m = NULL;
	erg_status st;

	*value = malloc((n ? n : 1) * sizeof(**value));
	*rank = malloc((n ? n : 1) * sizeof(**rank));
	if (!active || !*value || !*rank) {
		free(active);
		return oom(err);
	}
	for (size_t i = 0; i < agg->n; i++) {
		active[agg->items[i].source]++;
		active[agg->items[i].target]++;
	}
	if ((st = erg_analyze(g, v, aopts, &m, err)) == ERG_OK)
		st = erg__rank_active(g, m, by, active, *value, *rank, NULL,
				      NULL, computed, err);
	erg_metrics_free(m);
	free(active);
	return st;
}

static int cmp_actor(const void *x, const void *y)
{
	const erg_diff_actor *a = x, *b = y;
	/* B's ranked actors first by rank_b, then A-only by rank_a */
	if (a->rank_b && b->rank_b)
		return a->rank_b < b->rank_b ? -1 : a->rank_b > b->rank_b;
	if (a->rank_b || b->rank_b)
		return a->rank_b ? -1 : 1;
	if (a->rank_a != b->rank_a)
		return a->rank_a < b->rank_a ? -1 : 1;
	return strcmp(a->id, b->id);
}

static erg_status build_actors(erg_diff *d, const erg_graph *a,
			       const erg_graph *b, const double *va,
			       const size_t *ra, const double *vb,
			       const size_t *rb, erg_error *err)
{
	size_t na = erg_graph_actor_count(a), nb = erg_graph_actor_count(b);
	size_t n = 0;

	d->actors = calloc(na + nb ? na + nb : 1, sizeof(*d->actors));
	if (!d->actors)
		return oom(err);
	for (size_t i = 0; i < nb; i++) {
		const erg_actor *x = erg_graph_actor_c(b, i);
		erg_diff_actor *o;
		size_t j;
		bool in_a = erg_graph_find_actor(a, x->id, &j) == 0 && ra[j];
		if (!rb[i] && !in_a)
			continue;
		o = &d->actors[n++];
		o->id = erg__strdup(x->id);
		o->label = erg__strdup(x->label);
		d->n_actors = n;
		if (!o->id || !o->label)
			return oom(err);
		o->in_b = rb[i] != 0;
		o->rank_b = rb[i];
		o->value_b = vb[i];
		if (in_a) {
			o->in_a = true;
			o->rank_a = ra[j];
			o->value_a = va[j];
		}
		if (o->in_b && !o->in_a)
			d->actors_added++;
		if (o->in_a && !o->in_b)
			d->actors_removed++;
	}
	for (size_t i = 0; i < na; i++) {
		const erg_actor *x = erg_graph_actor_c(a, i);
		erg_diff_actor *o;
		size_t j;
		if (!ra[i] || erg_graph_find_actor(b, x->id, &j) == 0)
			continue;
		o = &d->actors[n++];
		o->id = erg__strdup(x->id);
		o->label = erg__strdup(x->label);
		d->n_actors = n;
		if (!o->id || !o->label)
			return oom(err);
		o->in_a = true;
		o->rank_a = ra[i];
		o->value_a = va[i];
		d->actors_removed++;
	}
	qsort(d->actors, n, sizeof(*d->actors), cmp_actor);
	return ERG_OK;
}

erg_status erg_diff_build(erg_diff **out, const erg_graph *a,
			  const erg_view *va, const erg_graph *b,
			  const erg_view *vb, const erg_diff_opts *opts,
			  erg_error *err)
{
	erg_diff_opts defaults;
	erg_aggregate agg_a = {0}, agg_b = {0};
	erg_analyze_opts aopts;
	table t;
	erg_diff *d = NULL;
	double *val_a = NULL, *val_b = NULL;
	size_t *rank_a = NULL, *rank_b = NULL, k = 0;
	bool ca = false, cb = false;
	erg_status st;
	static const erg_diff_kind order[] = {
	    ERG_DIFF_REMOVED, ERG_DIFF_CHANGED, ERG_DIFF_ADDED, ERG_DIFF_SAME};

	*out = NULL;
	if (!opts) {
		erg_diff_opts_init(&defaults);
		opts = &defaults;
	}
	if ((unsigned)opts->by >= ERG_METRIC__COUNT)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "unknown metric %d", (int)opts->by);
	memset(&t, 0, sizeof(t));
	erg__strmap_init(&t.map);
	erg__buf_init(&t.key, (size_t)1 << 20);
	erg__rank_opts(&aopts, opts->analyze, opts->by);
	if (!(d = calloc(1, sizeof(*d)))) {
		st = oom(err);
		goto done;
	}
	d->by = opts->by;
	if ((st = erg_aggregate_build(&agg_a, a, va, err)) ||
	    (st = erg_aggregate_build(&agg_b, b, vb, err)) ||
	    (st = add_side(&t, a, &agg_a, false, err)) ||
	    (st = add_side(&t, b, &agg_b, true, err)) ||
	    (st = classify(&t, err)))
		goto done;
	d->relations = calloc(t.n ? t.n : 1, sizeof(*d->relations));
	if (!d->relations) {
		st = oom(err);
		goto done;
	}
	for (size_t o = 0; o < 4; o++) {
		for (size_t i = 0; i < t.n; i++) {
			entry *e = &t.items[i];
			if (e->dead || e->r.kind != order[o])
				continue;
			d->relations[k++] = e->r;
			memset(&e->r, 0, sizeof(e->r));
			e->dead = true; /* moved */
			switch (order[o]) {
			case ERG_DIFF_ADDED:
				d->n_added++;
				break;
			case ERG_DIFF_REMOVED:
				d->n_removed++;
				break;
			case ERG_DIFF_CHANGED:
				d->n_changed++;
				break;
			default:
				d->n_same++;
				break;
			}
		}
	}
	d->n_relations = k;
	if ((st = rank_side(a, va, &agg_a, &aopts, opts->by, &val_a, &rank_a,
			    &ca, err)) ||
	    (st = rank_side(b, vb, &agg_b, &aopts, opts->by, &val_b, &rank_b,
			    &cb, err)))
		goto done;
	d->computed = ca && cb;
	if ((st = build_actors(d, a, b, val_a, rank_a, val_b, rank_b, err)))
		goto done;
	*out = d;
	d = NULL;
done:
	for (size_t i = 0; i < t.n; i++) {
		free(t.items[i].key);
		relation_clear(&t.items[i].r);
	}
	free(t.items);
	erg__strmap_free(&t.map);
	erg__buf_free(&t.key);
	erg_aggregate_clear(&agg_a);
	erg_aggregate_clear(&agg_b);
	free(val_a);
	free(val_b);
	free(rank_a);
	free(rank_b);
	erg_diff_free(d);
	return st;
}

/* ---- union graph ---- */

/* Adds to `types` every type of `from` it lacks. */
static erg_status merge_types(erg_types *types, const erg_types *from,
			      erg_error *err)
{
	erg_buf line;
	erg_status st = ERG_OK;
	size_t idx;

	erg__buf_init(&line, (size_t)1 << 20);
	for (size_t i = 0; i < erg_types_count(from) && !st; i++) {
		const erg_type *ty = erg_types_get(from, i);
		if (erg_types_find(types, ty->name, &idx) == 0)
			continue;
		erg__buf_reset(&line);
		if (erg__buf_printf(&line, "%s\t%s\t%s\t%s\t%s\n", ty->name,
				    ty->polarity > 0   ? "+"
				    : ty->polarity < 0 ? "-"
						       : "0",
				    ty->directed ? "yes" : "no", ty->color,
				    ty->cameo ? ty->cameo : ""))
			st = oom(err);
		else
			st = erg_types_parse(types, line.data, line.len,
					     "(network A's types)", err);
	}
	erg__buf_free(&line);
	return st;
}

static erg_status copy_actor(erg_graph *u, const erg_actor *x, uint32_t key,
			     const char *mark, erg_error *err)
{
	size_t i;
	bool created;
	erg_actor *y;
	erg_status st;
	erg_value v;

	if ((st = erg_graph_ensure_actor(u, x->id, &i, &created, err)))
		return st;
	if (!created)
		return ERG_OK;
	y = erg_graph_actor(u, i);
	y->kind = x->kind;
	if (erg_actor_set_label(y, x->label))
		return oom(err);
	if (mark) {
		v.s = (char *)mark;
		if ((st = erg_attrs_set(u, &y->attrs, key, v)))
			return erg_error_set(err, st, NULL, 0, 0,
					     "cannot mark actor %s", x->id);
	}
	return ERG_OK;
}

static int lowest_modality(unsigned mask)
{
	for (int m = 0; m < ERG_MOD__COUNT; m++)
		if (mask & (1u << m))
			return m;
	return ERG_MOD_REPORTED;
}

erg_status erg_diff_graph(erg_graph **out, const erg_diff *d,
			  const erg_graph *a, const erg_graph *b,
			  erg_error *err)
{
	erg_types *types = NULL;
	erg_graph *u = NULL;
	uint32_t ekey, nkey;
	erg_status st;

	*out = NULL;
	if ((st = erg_types_copy(&types, erg_graph_types(b), err)) ||
	    (st = merge_types(types, erg_graph_types(a), err)) ||
	    (st = erg_graph_new(&u, types, err)) ||
	    (st = erg_graph_define_key(u, ERG_DOMAIN_EDGE, "diff",
				       ERG_ATTR_STRING, false, &ekey, err)) ||
	    (st = erg_graph_define_key(u, ERG_DOMAIN_NODE, "diff",
				       ERG_ATTR_STRING, false, &nkey, err)))
		goto done;
	for (size_t i = 0; i < d->n_actors; i++) {
		const erg_diff_actor *x = &d->actors[i];
		const erg_graph *from = x->in_b ? b : a;
		size_t j;
		const char *mark = x->in_a && x->in_b ? NULL
				   : x->in_b	      ? "added"
						      : "removed";
		if (erg_graph_find_actor(from, x->id, &j) ||
		    (st = copy_actor(u, erg_graph_actor_c(from, j), nkey, mark,
				     err)))
			goto done;
	}
	for (size_t i = 0; i < d->n_relations; i++) {
		const erg_diff_relation *r = &d->relations[i];
		bool from_b = r->kind != ERG_DIFF_REMOVED;
		const erg_graph *g = from_b ? b : a;
		const erg_relation *src =
		    erg_graph_relation_c(g, from_b ? r->first_b : r->first_a);
		size_t s, t, ty, ri;
		erg_relation *c;
		erg_value v;

		for (int side = 0; side < 2; side++) {
			const char *id = side ? r->target : r->source;
			const erg_actor *x;
			size_t j;
			if (erg_graph_find_actor(u, id, &j) == 0)
				continue;
			/* an end inactive in both views: copy it plainly */
			if (erg_graph_find_actor(g, id, &j)) {
				st = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
						   "actor %s not found", id);
				goto done;
			}
			x = erg_graph_actor_c(g, j);
			if ((st = copy_actor(u, x, nkey, NULL, err)))
				goto done;
		}
		erg_graph_find_actor(u, r->source, &s);
		erg_graph_find_actor(u, r->target, &t);
		if (erg_types_find(erg_graph_types(u),
				   from_b ? r->type_b : r->type_a, &ty)) {
			st = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
					   "type %s not found",
					   from_b ? r->type_b : r->type_a);
			goto done;
		}
		if ((st = erg_graph_add_relation(u, s, t, ty, &ri, err)))
			goto done;
		c = erg_graph_relation(u, ri);
		c->directed = r->directed;
		c->weight = from_b ? r->weight_b : r->weight_a;
		c->modality = (erg_modality)lowest_modality(
		    from_b ? r->modalities_b : r->modalities_a);
		if (erg_set_str(&c->date, src->date) ||
		    erg_set_str(&c->evidence, src->evidence) ||
		    erg_set_str(&c->doc, src->doc)) {
			st = oom(err);
			goto done;
		}
		if (r->kind == ERG_DIFF_SAME)
			continue;
		v.s = (char *)erg_diff_kind_name(r->kind);
		if ((st = erg_attrs_set(u, &c->attrs, ekey, v))) {
			st = erg_error_set(err, st, NULL, 0, 0,
					   "cannot mark a relation");
			goto done;
		}
	}
	*out = u;
	u = NULL;
done:
	erg_graph_free(u);
	erg_types_free(types);
	return st;
}
