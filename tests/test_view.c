/* test_view.c - relation filters (views) and aggregation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "helpers.h"

static size_t type_of(erg_graph *g, const char *name)
{
	size_t t;
	assert_int_equal(erg_types_find(erg_graph_types(g), name, &t), 0);
	return t;
}

static size_t actor(erg_graph *g, const char *id)
{
	size_t a;
	erg_error err;
	assert_int_equal(erg_graph_ensure_actor(g, id, &a, NULL, &err), 0);
	return a;
}

static erg_relation *rel(erg_graph *g, const char *s, const char *t,
			 const char *type, const char *date, double w)
{
	size_t r, a = actor(g, s), b = actor(g, t);
	erg_error err;
	erg_relation *x;
	assert_int_equal(
	    erg_graph_add_relation(g, a, b, type_of(g, type), &r, &err), 0);
	x = erg_graph_relation(g, r);
	assert_int_equal(erg_set_str(&x->date, date), 0);
	x->weight = w;
	return x;
}

static bool match(const erg_view *v, erg_graph *g, size_t r)
{
	return erg_view_match(v, g, erg_graph_relation_c(g, r));
}

static void test_view__names_and_errors(void **state)
{
	erg_graph *g;
	erg_view v;
	erg_error err;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	erg_view_init(&v);
	assert_int_equal(erg_view_add_type(&v, g, "conflict", &err), 0);
	assert_int_equal(erg_view_add_type(&v, g, "conflict", &err), 0);
	assert_int_equal(v.n_types, 1); /* no duplicates */
	assert_int_equal(erg_view_add_type(&v, g, "war", &err), ERG_EINVAL);
	assert_int_equal(err.code, ERG_EINVAL);
	assert_non_null(strstr(err.message, "'war'"));
	assert_non_null(strstr(err.message, "cooperation"));
	assert_non_null(strstr(err.message, "related"));

	assert_int_equal(erg_view_add_modality(&v, "Alleged", &err), 0);
	assert_int_equal(v.modalities, 1u << ERG_MOD_ALLEGED);
	assert_int_equal(erg_view_add_modality(&v, "rumoured", &err),
			 ERG_EINVAL);
	assert_non_null(strstr(err.message, "hypothetical"));

	assert_int_equal(erg_view_add_polarity(&v, "+", &err), 0);
	assert_int_equal(erg_view_add_polarity(&v, "neutral", &err), 0);
	assert_int_equal(v.polarities, (1u << 2) | (1u << 1));
	assert_int_equal(erg_view_add_polarity(&v, "NEGATIVE", &err), 0);
	assert_int_equal(v.polarities, 7u);
	assert_int_equal(erg_view_add_polarity(&v, "++", &err), ERG_EINVAL);

	assert_int_equal(erg_view_set_since(&v, "2023-02-30", &err),
			 ERG_EINVAL);
	assert_non_null(strstr(err.message, "since"));
	assert_int_equal(erg_view_set_until(&v, "23-01", &err), ERG_EINVAL);
	assert_int_equal(erg_view_set_since(&v, "2023-11", &err), 0);
	assert_string_equal(v.since, "2023-11");
	assert_int_equal(erg_view_set_since(&v, "", &err), 0);
	assert_string_equal(v.since, "");
	assert_int_equal(erg_view_set_until(&v, "2024-02-29", &err), 0);
	assert_string_equal(v.until, "2024-02-29");

	erg_view_clear(&v);
	assert_int_equal(v.n_types, 0);
	assert_null(v.types);
	erg_view_clear(NULL);

	/* a long type table: the list of known names is cut short */
	for (int i = 0; i < 100; i++) {
		char row[128];
		snprintf(
		    row, sizeof(row),
		    "a_rather_long_relation_type_name_%d\t0\tno\t#000000\n", i);
		assert_int_equal(erg_types_parse(erg_graph_types_mut(g), row,
						 strlen(row), "t.tsv", &err),
				 0);
	}
	assert_int_equal(erg_view_add_type(&v, g, "nope", &err), ERG_EINVAL);
	assert_non_null(strstr(err.message, "affiliation, cooperation"));
	assert_non_null(strstr(err.message, ", ..."));
	assert_true(strlen(err.message) < 480);
	erg_graph_free(g);
}

static void test_view__filters(void **state)
{
	erg_graph *g;
	erg_view v;
	erg_error err;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	rel(g, "A", "B", "cooperation", "2023-11", 1);	/* 0 */
	rel(g, "A", "C", "sanctions", "2023-10-31", 2); /* 1 */
	rel(g, "B", "C", "related", NULL, 0.5);		/* 2 */
	rel(g, "C", "A", "conflict", "2024", 3);	/* 3 */
	rel(g, "B", "A", "support", "2023-11-15", 1);	/* 4 */
	erg_graph_relation(g, 4)->modality = ERG_MOD_ALLEGED;

	/* NULL and empty views keep everything. */
	erg_view_init(&v);
	for (size_t i = 0; i < 5; i++) {
		assert_true(
		    erg_view_match(NULL, g, erg_graph_relation_c(g, i)));
		assert_true(match(&v, g, i));
	}

	/* types */
	assert_int_equal(erg_view_add_type(&v, g, "sanctions", &err), 0);
	assert_int_equal(erg_view_add_type(&v, g, "conflict", &err), 0);
	assert_false(match(&v, g, 0));
	assert_true(match(&v, g, 1));
	assert_false(match(&v, g, 2));
	assert_true(match(&v, g, 3));
	erg_view_clear(&v);

	/* polarity */
	assert_int_equal(erg_view_add_polarity(&v, "-", &err), 0);
	assert_false(match(&v, g, 0));
	assert_true(match(&v, g, 1));
	assert_false(match(&v, g, 2));
	assert_int_equal(erg_view_add_polarity(&v, "0", &err), 0);
	assert_true(match(&v, g, 2));
	assert_false(match(&v, g, 4));
	erg_view_clear(&v);

	/* modality */
	assert_int_equal(erg_view_add_modality(&v, "alleged", &err), 0);
	assert_false(match(&v, g, 0));
	assert_true(match(&v, g, 4));
	erg_view_clear(&v);

	/* dates: a partial date is a period, kept if it overlaps the bounds;
	 * undated relations are dropped once a bound is set */
	assert_int_equal(erg_view_set_since(&v, "2023-11-15", &err), 0);
	assert_true(match(&v, g, 0));  /* 2023-11 ends after the 15th */
	assert_false(match(&v, g, 1)); /* 2023-10-31 */
	assert_false(match(&v, g, 2)); /* undated */
	assert_true(match(&v, g, 3));  /* 2024 */
	assert_true(match(&v, g, 4));  /* the same day */
	assert_int_equal(erg_view_set_until(&v, "2023-11-01", &err), 0);
	assert_true(match(&v, g, 0));  /* 2023-11 starts before the 1st */
	assert_false(match(&v, g, 3)); /* 2024 is after */
	assert_false(match(&v, g, 4)); /* 2023-11-15 is after */
	assert_int_equal(erg_view_set_since(&v, "", &err), 0);
	assert_true(match(&v, g, 1)); /* only until now */
	assert_int_equal(erg_view_set_until(&v, "2023", &err), 0);
	assert_false(match(&v, g, 3));
	assert_true(match(&v, g, 4));
	assert_int_equal(erg_view_set_until(&v, "2024-06-30", &err), 0);
	assert_true(match(&v, g, 3)); /* 2024 starts before June */
	erg_view_clear(&v);

	/* minimum weight */
	v.min_weight = 1;
	assert_true(match(&v, g, 0));
	assert_false(match(&v, g, 2));
	assert_true(match(&v, g, 3));
	erg_view_clear(&v);
	erg_graph_free(g);
}

static void test_view__aggregate(void **state)
{
	erg_graph *g;
	erg_view v;
	erg_aggregate agg;
	erg_error err;
	size_t a, b, c;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	rel(g, "A", "B", "support", NULL, 1);	  /* 0: A->B support */
	rel(g, "B", "A", "cooperation", NULL, 2); /* 1: A-B coop (normalised) */
	rel(g, "A", "B", "support", NULL, 0.5);	  /* 2: joins 0 */
	rel(g, "B", "A", "support", NULL, 4);	  /* 3: B->A support: new */
	rel(g, "A", "B", "cooperation", NULL, 3); /* 4: joins 1 */
	rel(g, "C", "A", "cooperation", NULL, 1); /* 5: A-C coop */
	erg_graph_relation(g, 2)->modality = ERG_MOD_DENIED;
	/* a reader may mark a relation undirected against its type */
	rel(g, "A", "B", "support", NULL, 7); /* 6 */
	erg_graph_relation(g, 6)->directed = false;
	a = actor(g, "A");
	b = actor(g, "B");
	c = actor(g, "C");

	assert_int_equal(erg_aggregate_build(&agg, g, NULL, &err), 0);
	assert_int_equal(agg.n, 5);
	/* order of first appearance */
	assert_int_equal(agg.items[0].first, 0);
	assert_int_equal(agg.items[0].source, a);
	assert_int_equal(agg.items[0].target, b);
	assert_true(agg.items[0].directed);
	assert_true(agg.items[0].weight == 1.5);
	assert_int_equal(agg.items[0].count, 2);
	assert_int_equal(agg.items[0].modalities,
			 (1u << ERG_MOD_REPORTED) | (1u << ERG_MOD_DENIED));

	assert_int_equal(agg.items[1].first, 1);
	assert_int_equal(agg.items[1].source, a); /* source <= target */
	assert_int_equal(agg.items[1].target, b);
	assert_false(agg.items[1].directed);
	assert_true(agg.items[1].weight == 5);
	assert_int_equal(agg.items[1].count, 2);
	assert_int_equal(agg.items[1].type, type_of(g, "cooperation"));

	assert_int_equal(agg.items[2].first, 3);
	assert_int_equal(agg.items[2].source, b);
	assert_int_equal(agg.items[2].target, a);
	assert_true(agg.items[2].weight == 4);

	assert_int_equal(agg.items[3].first, 5);
	assert_int_equal(agg.items[3].source, a);
	assert_int_equal(agg.items[3].target, c);

	assert_int_equal(agg.items[4].first, 6);
	assert_false(agg.items[4].directed);
	erg_aggregate_clear(&agg);
	assert_null(agg.items);
	assert_int_equal(agg.n, 0);

	/* with a view */
	erg_view_init(&v);
	assert_int_equal(erg_view_add_type(&v, g, "support", &err), 0);
	v.min_weight = 1;
	assert_int_equal(erg_aggregate_build(&agg, g, &v, &err), 0);
	assert_int_equal(agg.n, 3);
	assert_true(agg.items[0].weight == 1); /* relation 2 (0.5) dropped */
	assert_int_equal(agg.items[0].count, 1);
	assert_int_equal(agg.items[1].first, 3);
	erg_aggregate_clear(&agg);
	erg_view_clear(&v);
	erg_graph_free(g);
}

static void test_view__aggregate_large(void **state)
{
	/* Many bundles: the hash table must keep them apart and merge
	 * exactly the parallel ones. */
	erg_graph *g;
	erg_aggregate agg;
	erg_error err;
	char id[32];
	size_t ty, n = 300;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	ty = type_of(g, "support");
	for (size_t i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "a%zu", i);
		actor(g, id);
	}
	for (int rep = 0; rep < 3; rep++)
		for (size_t i = 0; i < n; i++)
			assert_int_equal(erg_graph_add_relation(g, i,
								(i * 7 + 1) % n,
								ty, NULL, &err),
					 0);
	assert_int_equal(erg_aggregate_build(&agg, g, NULL, &err), 0);
	assert_int_equal(agg.n, n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(agg.items[i].source, i);
		assert_int_equal(agg.items[i].count, 3);
		assert_true(agg.items[i].weight == 3);
	}
	erg_aggregate_clear(&agg);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_view__names_and_errors),
	    cmocka_unit_test(test_view__filters),
	    cmocka_unit_test(test_view__aggregate),
	    cmocka_unit_test(test_view__aggregate_large),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
