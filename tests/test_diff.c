/* test_diff.c - relations added, removed and changed, rank moves, the
 * union graph and the diff report. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "ergraph/diff.h"
#include "helpers.h"

static erg_graph *load(const char *name)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	if (erg_read_file(g, th_data(name), ERG_FORMAT_UNKNOWN, NULL, &err))
		fail_msg("%s", err.message);
	return g;
}

static const erg_diff_relation *find(const erg_diff *d, const char *s,
				     const char *t, const char *type)
{
	for (size_t i = 0; i < d->n_relations; i++) {
		const erg_diff_relation *r = &d->relations[i];
		const char *ty = r->type_b ? r->type_b : r->type_a;
		if (!strcmp(r->source, s) && !strcmp(r->target, t) &&
		    !strcmp(ty, type))
			return r;
	}
	fail_msg("no relation %s %s %s", s, t, type);
	return NULL;
}

static const erg_diff_actor *actor(const erg_diff *d, const char *id)
{
	for (size_t i = 0; i < d->n_actors; i++)
		if (!strcmp(d->actors[i].id, id))
			return &d->actors[i];
	return NULL;
}

static erg_diff *diff_of(const erg_graph *a, const erg_graph *b, erg_metric by)
{
	erg_diff_opts o;
	erg_diff *d = NULL;
	erg_error err;
	erg_diff_opts_init(&o);
	o.by = by;
	if (erg_diff_build(&d, a, NULL, b, NULL, &o, &err))
		fail_msg("%s", err.message);
	return d;
}

static void test_diff__added_removed_changed(void **state)
{
	erg_graph *a = load("diff/a.csv"), *b = load("diff/b.csv");
	erg_diff *d = diff_of(a, b, ERG_METRIC_PAGERANK);
	const erg_diff_relation *r;

	assert_int_equal(d->n_same, 1);
	assert_int_equal(d->n_changed, 3);
	assert_int_equal(d->n_added, 2);
	assert_int_equal(d->n_removed, 1);
	assert_int_equal(d->n_relations, 7);
	/* groups in order: removed, changed, added, same */
	assert_int_equal(d->relations[0].kind, ERG_DIFF_REMOVED);
	assert_int_equal(d->relations[1].kind, ERG_DIFF_CHANGED);
	assert_int_equal(d->relations[4].kind, ERG_DIFF_ADDED);
	assert_int_equal(d->relations[6].kind, ERG_DIFF_SAME);

	/* two parallel relations in A (both orders) weigh 2, as B's one */
	r = find(d, "PRK", "RUS", "cooperation");
	assert_int_equal(r->kind, ERG_DIFF_SAME);
	assert_int_equal(r->count_a, 2);
	assert_int_equal(r->count_b, 1);
	assert_true(r->weight_a == 2.0 && r->weight_b == 2.0);

	r = find(d, "RUS", "UKR", "conflict");
	assert_int_equal(r->kind, ERG_DIFF_CHANGED);
	assert_int_equal(r->changes, ERG_DIFF_MODALITY);
	assert_int_equal(r->modalities_a, 1u << ERG_MOD_REPORTED);
	assert_int_equal(r->modalities_b, 1u << ERG_MOD_ALLEGED);

	r = find(d, "USA", "PRK", "sanctions");
	assert_int_equal(r->changes, ERG_DIFF_WEIGHT);
	assert_true(r->weight_a == 1.0 && r->weight_b == 2.0);

	/* CHN-PRK lost diplomacy and gained support: one change of type */
	r = find(d, "CHN", "PRK", "support");
	assert_int_equal(r->kind, ERG_DIFF_CHANGED);
	assert_true(r->changes & ERG_DIFF_TYPE);
	assert_true(r->changes & ERG_DIFF_DIRECTION);
	assert_string_equal(r->type_a, "diplomacy");
	assert_string_equal(r->type_b, "support");

	r = find(d, "PRK", "RUS", "arms_transfer");
	assert_int_equal(r->kind, ERG_DIFF_ADDED);
	assert_null(r->type_a);
	assert_true(r->directed);
	r = find(d, "WAG", "RUS", "affiliation");
	assert_int_equal(r->kind, ERG_DIFF_ADDED);
	r = find(d, "RUS", "IRN", "support");
	assert_int_equal(r->kind, ERG_DIFF_REMOVED);
	assert_null(r->type_b);

	assert_int_equal(d->actors_added, 1);
	assert_int_equal(d->actors_removed, 1);
	assert_true(actor(d, "WAG")->in_b && !actor(d, "WAG")->in_a);
	assert_int_equal(actor(d, "WAG")->rank_a, 0);
	assert_true(actor(d, "WAG")->rank_b > 0);
	assert_true(actor(d, "IRN")->in_a && !actor(d, "IRN")->in_b);
	assert_int_equal(actor(d, "IRN")->rank_b, 0);
	assert_int_equal(d->n_actors, 7);
	/* actors: ranked in B first, A-only last */
	assert_string_equal(d->actors[6].id, "IRN");
	assert_int_equal(d->actors[0].rank_b, 1);
	erg_diff_free(d);

	/* a network against itself: nothing changes */
	d = diff_of(a, a, ERG_METRIC_DEGREE);
	assert_int_equal(d->n_same, 5);
	assert_int_equal(d->n_added + d->n_removed + d->n_changed, 0);
	for (size_t i = 0; i < d->n_actors; i++)
		assert_int_equal(d->actors[i].rank_a, d->actors[i].rank_b);
	erg_diff_free(d);
	erg_graph_free(a);
	erg_graph_free(b);
}

static void add(erg_graph *g, const char *s, const char *t, const char *type)
{
	size_t a, b, ty, r;
	erg_error err;
	assert_int_equal(erg_graph_ensure_actor(g, s, &a, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, t, &b, NULL, &err), 0);
	assert_int_equal(erg_types_find(erg_graph_types(g), type, &ty), 0);
	assert_int_equal(erg_graph_add_relation(g, a, b, ty, &r, &err), 0);
}

/* A: a star around x; B: a star around y. By degree x falls from 1 to 3
 * (tied with a and b) and y rises from 3 to 1. */
static void test_diff__rank_moves(void **state)
{
	erg_graph *a, *b;
	erg_diff *d;
	erg_error err;

	assert_int_equal(erg_graph_new(&a, NULL, &err), 0);
	assert_int_equal(erg_graph_new(&b, NULL, &err), 0);
	add(a, "x", "a", "cooperation");
	add(a, "x", "b", "cooperation");
	add(a, "x", "c", "cooperation");
	add(a, "y", "c", "cooperation");
	add(b, "y", "a", "cooperation");
	add(b, "y", "b", "cooperation");
	add(b, "y", "c", "cooperation");
	add(b, "c", "x", "cooperation"); /* same bundle as x-c */
	d = diff_of(a, b, ERG_METRIC_DEGREE);
	assert_int_equal(d->n_same, 2); /* x-c, y-c */
	assert_int_equal(d->n_added, 2);
	assert_int_equal(d->n_removed, 2);
	assert_int_equal(actor(d, "x")->rank_a, 1);
	assert_int_equal(actor(d, "x")->rank_b, 3);
	assert_int_equal(actor(d, "a")->rank_b, 3);
	assert_int_equal(actor(d, "y")->rank_a, 3);
	assert_int_equal(actor(d, "y")->rank_b, 1);
	assert_int_equal(actor(d, "c")->rank_a, 2);
	assert_int_equal(actor(d, "c")->rank_b, 2);
	assert_true(actor(d, "y")->value_b == 3.0);
	erg_diff_free(d);

	/* one bundle per pair on each side with another type: type change */
	erg_graph_free(b);
	assert_int_equal(erg_graph_new(&b, NULL, &err), 0);
	add(b, "x", "a", "conflict");
	add(b, "x", "b", "cooperation");
	add(b, "x", "c", "cooperation");
	add(b, "y", "c", "cooperation");
	d = diff_of(a, b, ERG_METRIC_DEGREE);
	assert_int_equal(d->n_changed, 1);
	assert_int_equal(d->relations[0].changes, ERG_DIFF_TYPE);
	assert_int_equal(d->n_added + d->n_removed, 0);
	erg_diff_free(d);
	erg_graph_free(a);
	erg_graph_free(b);
}

static void test_diff__direction_and_views(void **state)
{
	erg_graph *a, *b;
	erg_diff *d = NULL;
	erg_view v;
	erg_error err;
	erg_diff_opts o;

	assert_int_equal(erg_graph_new(&a, NULL, &err), 0);
	assert_int_equal(erg_graph_new(&b, NULL, &err), 0);
	add(a, "P", "Q", "support");
	add(b, "Q", "P", "support");
	erg_graph_relation(b, 0)->directed = false; /* read as symmetric */
	d = diff_of(a, b, ERG_METRIC_DEGREE);
	assert_int_equal(d->n_changed, 1);
	assert_int_equal(d->relations[0].changes, ERG_DIFF_DIRECTION);
	erg_diff_free(d);

	/* a view per graph: only conflict, so nothing to compare */
	erg_view_init(&v);
	assert_int_equal(erg_view_add_type(&v, a, "conflict", &err), 0);
	erg_diff_opts_init(&o);
	assert_int_equal(erg_diff_build(&d, a, &v, b, &v, &o, &err), 0);
	assert_int_equal(d->n_relations, 0);
	assert_int_equal(d->n_actors, 0);
	erg_diff_free(d);
	erg_view_clear(&v);
	o.by = ERG_METRIC__COUNT;
	assert_int_equal(erg_diff_build(&d, a, NULL, b, NULL, &o, &err),
			 ERG_EINVAL);
	assert_null(d);
	erg_graph_free(a);
	erg_graph_free(b);
}

static const char *attr_str(const erg_graph *g, const erg_attrs *attrs,
			    erg_domain dom)
{
	uint32_t k;
	const erg_value *v;
	if (erg_graph_find_key(g, dom, "diff", &k))
		return NULL;
	v = erg_attrs_get(attrs, k);
	return v ? v->s : NULL;
}

static void test_diff__union_graph(void **state)
{
	erg_graph *a = load("diff/a.csv"), *b = load("diff/b.csv"), *u;
	erg_diff *d = diff_of(a, b, ERG_METRIC_PAGERANK);
	size_t counts[4] = {0}, i;
	erg_error err;
	char *dot = NULL;
	size_t len = 0;
	FILE *fp;
	erg_draw_opts dopts;

	assert_int_equal(erg_diff_graph(&u, d, a, b, &err), 0);
	assert_int_equal(erg_graph_relation_count(u), 7);
	assert_int_equal(erg_graph_actor_count(u), 7);
	for (i = 0; i < 7; i++) {
		const erg_relation *r = erg_graph_relation_c(u, i);
		const char *s = attr_str(u, &r->attrs, ERG_DOMAIN_EDGE);
		if (!s)
			counts[3]++;
		else if (!strcmp(s, "added"))
			counts[0]++;
		else if (!strcmp(s, "removed"))
			counts[1]++;
		else if (!strcmp(s, "changed"))
			counts[2]++;
	}
	assert_int_equal(counts[0], 2);
	assert_int_equal(counts[1], 1);
	assert_int_equal(counts[2], 3);
	assert_int_equal(counts[3], 1);
	assert_int_equal(erg_graph_find_actor(u, "WAG", &i), 0);
	assert_string_equal(
	    attr_str(u, &erg_graph_actor_c(u, i)->attrs, ERG_DOMAIN_NODE),
	    "added");
	assert_int_equal(erg_graph_find_actor(u, "IRN", &i), 0);
	assert_string_equal(
	    attr_str(u, &erg_graph_actor_c(u, i)->attrs, ERG_DOMAIN_NODE),
	    "removed");
	assert_int_equal(erg_graph_find_actor(u, "RUS", &i), 0);
	assert_null(
	    attr_str(u, &erg_graph_actor_c(u, i)->attrs, ERG_DOMAIN_NODE));
	assert_string_equal(erg_graph_actor_c(u, i)->label, "RUS");

	/* the union graph draws */
	fp = open_memstream(&dot, &len);
	assert_non_null(fp);
	erg_draw_opts_init(&dopts);
	assert_int_equal(erg_draw_fp(u, &dopts, ERG_FORMAT_DOT, fp, &err), 0);
	fclose(fp);
	assert_non_null(strstr(dot, "WAG"));
	free(dot);
	erg_graph_free(u);
	erg_diff_free(d);
	erg_graph_free(a);
	erg_graph_free(b);
}

static char *write_to_string(const erg_diff *d, erg_diff_format fmt, size_t max)
{
	char *s = NULL;
	size_t len = 0;
	erg_error err;
	FILE *fp = open_memstream(&s, &len);
	assert_non_null(fp);
	assert_int_equal(
	    erg_diff_write_fp(d, "a.csv", "b.csv", fmt, max, fp, &err), 0);
	fclose(fp);
	return s;
}

static void test_diff__report(void **state)
{
	erg_graph *a = load("diff/a.csv"), *b = load("diff/b.csv");
	erg_diff *d = diff_of(a, b, ERG_METRIC_DEGREE);
	erg_diff_format f;
	json_error_t jerr;
	json_t *root, *rels;
	char *s;

	assert_int_equal(erg_diff_format_parse("JSON", &f), 0);
	assert_int_equal(f, ERG_DIFF_JSON);
	assert_int_equal(erg_diff_format_parse("markdown", &f), 0);
	assert_int_equal(f, ERG_DIFF_MD);
	assert_int_equal(erg_diff_format_parse("csv", &f), -1);

	s = write_to_string(d, ERG_DIFF_TEXT, 0);
	assert_non_null(strstr(s, "relations: 2 added, 1 removed, 3 changed, "
				  "1 unchanged"));
	assert_non_null(strstr(s, "actors: 1 added, 1 removed"));
	assert_non_null(strstr(s, "  - RUS -> IRN  support  (weight 1, "
				  "reported)"));
	assert_non_null(strstr(s, "  ~ CHN -> PRK  support  (type diplomacy "
				  "-> support; direction undirected -> "
				  "directed)"));
	assert_non_null(strstr(s, "  ~ RUS -- UKR  conflict  (modality "
				  "reported -> alleged)"));
	assert_non_null(strstr(s, "  + WAG -> RUS  affiliation"));
	assert_non_null(strstr(s, "Rank changes (degree)"));
	assert_non_null(strstr(s, "new  WAG (WAG)"));
	assert_non_null(strstr(s, "gone  IRN (IRN)"));
	free(s);

	s = write_to_string(d, ERG_DIFF_MD, 1);
	assert_non_null(strstr(s, "| relations changed | 3 |"));
	assert_non_null(strstr(s, "| changed | USA | PRK | sanctions | weight "
				  "1 -> 2 |"));
	assert_null(strstr(s, "gone")); /* only one rank row */
	free(s);

	s = write_to_string(d, ERG_DIFF_JSON, 0);
	root = json_loads(s, 0, &jerr);
	assert_non_null(root);
	assert_int_equal(json_integer_value(json_object_get(
			     json_object_get(root, "summary"), "changed")),
			 3);
	rels = json_object_get(root, "relations");
	assert_int_equal(json_array_size(rels), 6); /* unchanged left out */
	assert_string_equal(json_string_value(json_object_get(
				json_array_get(rels, 0), "change")),
			    "removed");
	assert_true(
	    json_is_null(json_object_get(json_array_get(rels, 0), "weight_b")));
	assert_int_equal(json_array_size(json_object_get(root, "ranks")), 7);
	json_decref(root);
	free(s);
	erg_diff_free(d);
	erg_graph_free(a);
	erg_graph_free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_diff__added_removed_changed),
	    cmocka_unit_test(test_diff__rank_moves),
	    cmocka_unit_test(test_diff__direction_and_views),
	    cmocka_unit_test(test_diff__union_graph),
	    cmocka_unit_test(test_diff__report),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
