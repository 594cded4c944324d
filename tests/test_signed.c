/* test_signed.c - signed analysis against published and independently
 * computed values.
 *
 * Expected values live in tests/data/signed (see SOURCES.md there):
 * *_expected.tsv and tribes_summary.tsv are written by
 * tests/data/signed/make_expected.py (numpy and plain Python), which
 * also checks the published figures for Read's highland tribes (balance
 * 59/68 from R signnet, frustration index 7 from Aref and Wilson 2018)
 * and the PN indices printed by signnet for Everett and Borgatti's
 * example. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "helpers.h"
#include "tsv_table.h"

/* Value of `key` in a two-column key/value table. */
static double summary(const table *t, const char *key)
{
	for (size_t r = 0; r < t->n_rows; r++)
		if (strcmp(t->cells[r][0], key) == 0)
			return strtod(t->cells[r][1], NULL);
	fail_msg("no key %s", key);
	return 0;
}

/* Compares per-actor values with column `col` of `t` for every row. */
static void check_col(const erg_graph *g, const double *values, const table *t,
		      const char *col, double tol)
{
	for (size_t r = 0; r < t->n_rows; r++) {
		const char *id = table_get(t, r, "id");
		double want = strtod(table_get(t, r, col), NULL);
		size_t a;
		assert_int_equal(erg_graph_find_actor(g, id, &a), 0);
		if (!(fabs(values[a] - want) <= tol))
			fail_msg("%s of %s: got %.12g, want %.12g", col, id,
				 values[a], want);
	}
}

/* ---- building graphs ---- */

static erg_graph *load_csv(const char *name)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	if (erg_table_read_file(g, th_data(name), ',', NULL, &err))
		fail_msg("%s: %s", name, err.message);
	return g;
}

static void add(erg_graph *g, const char *s, const char *t, const char *type,
		double w)
{
	size_t a, b, ty, r;
	erg_error err;
	assert_int_equal(erg_graph_ensure_actor(g, s, &a, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, t, &b, NULL, &err), 0);
	assert_int_equal(erg_types_find(erg_graph_types(g), type, &ty), 0);
	assert_int_equal(erg_graph_add_relation(g, a, b, ty, &r, &err), 0);
	erg_graph_relation(g, r)->weight = w;
}

static size_t id(const erg_graph *g, const char *name)
{
	size_t a;
	assert_int_equal(erg_graph_find_actor(g, name, &a), 0);
	return a;
}

static erg_signed *compute(const erg_graph *g, const erg_signed_opts *o)
{
	erg_signed *s = NULL;
	erg_error err;
	if (erg_signed_compute(g, NULL, o, &s, &err))
		fail_msg("erg_signed_compute: %s", err.message);
	return s;
}

/* ---- tests ---- */

static void test_signed__tribes_published(void **state)
{
	erg_graph *g = load_csv("signed/tribes.csv");
	erg_signed *s = compute(g, NULL);
	table exp, sum;
	size_t nw, pb;
	erg_error err;
	(void)state;

	table_load(&exp, "signed/tribes_expected.tsv");
	table_load(&sum, "signed/tribes_summary.tsv");
	assert_int_equal(s->n_vertices, 16);
	assert_int_equal(s->n_relations, 58);
	assert_int_equal(s->n_positive, 29);
	assert_int_equal(s->n_negative, 29);
	assert_int_equal(s->n_neutral, 0);
	assert_int_equal(s->n_ambivalent, 0);
	assert_false(s->directed);
	/* published: 59 of 68 triangles balanced (signnet), F = 7 (Aref) */
	assert_int_equal(s->triangles, 68);
	assert_int_equal(s->balanced, 59);
	assert_int_equal(s->triangles, (size_t)summary(&sum, "triangles"));
	assert_int_equal(s->balanced, (size_t)summary(&sum, "balanced"));
	assert_true(fabs(s->ratio - 0.8676471) < 5e-8);
	assert_true(fabs(s->weighted_ratio - s->ratio) < 1e-12);
	assert_int_equal(s->frustration, 7);
	assert_int_equal(s->frustration, (size_t)summary(&sum, "frustration"));
	assert_true(s->frustration_exact);
	check_col(g, s->pos_degree, &exp, "pos_degree", 0);
	check_col(g, s->neg_degree, &exp, "neg_degree", 0);
	assert_true(s->pn_computed);
	check_col(g, s->pn_index, &exp, "pn_index", 1e-9);

	/* the reported side partition reaches the frustration index */
	assert_int_equal(
	    erg_signed_violations(g, NULL, s->side, &nw, &pb, &err), 0);
	assert_int_equal(nw + pb, 7);
	for (size_t i = 0; i < 16; i++)
		assert_true(s->side[i] == 0 || s->side[i] == 1);
	assert_int_equal(s->side[0], 0);

	/* blocs: the violations reported are those of the bloc partition,
	   and spinglass reaches the fewest possible (2, in 3 blocs: the
	   UCINET data are 2 ties short of Hage and Harary's clusterable
	   graph; make_expected.py searches every partition) */
	assert_true(s->has_blocs);
	assert_int_equal(
	    erg_signed_violations(g, NULL, s->bloc, &nw, &pb, &err), 0);
	assert_int_equal(nw, s->bloc_neg_within);
	assert_int_equal(pb, s->bloc_pos_between);
	assert_int_equal(s->n_blocs, 3);
	assert_int_equal(nw + pb,
			 (size_t)summary(&sum, "best_any_bloc_violations"));
	assert_int_equal(nw + pb, 2);
	{ /* one seed, one result */
		erg_signed *again = compute(g, NULL);
		assert_memory_equal(s->bloc, again->bloc, 16 * sizeof(long));
		erg_signed_free(again);
	}
	assert_int_equal(s->bloc[id(g, "GAVEV")], s->bloc[id(g, "KOTUN")]);
	assert_int_equal(s->bloc[id(g, "GAVEV")], s->bloc[id(g, "GAMA")]);
	assert_int_equal(s->bloc[id(g, "MASIL")], s->bloc[id(g, "OVE")]);
	assert_int_not_equal(s->bloc[id(g, "MASIL")], s->bloc[id(g, "GAMA")]);

	erg_signed_free(s);
	free(exp.text);
	free(sum.text);
	erg_graph_free(g);
}

static void test_signed__heuristic_finds_tribes_optimum(void **state)
{
	erg_graph *g = load_csv("signed/tribes.csv");
	erg_signed_opts o;
	erg_signed *s;
	(void)state;

	erg_signed_opts_init(&o);
	o.exact_max = 0; /* force the heuristic */
	o.blocs = false;
	s = compute(g, &o);
	assert_false(s->frustration_exact);
	assert_int_equal(s->frustration, 7);
	assert_false(s->has_blocs);
	assert_false(s->blocs_skipped);
	assert_int_equal(s->bloc[0], -1);
	erg_signed_free(s);

	/* more actors than blocs_max: skipped, and said so */
	erg_signed_opts_init(&o);
	o.blocs_max = 15;
	s = compute(g, &o);
	assert_false(s->has_blocs);
	assert_true(s->blocs_skipped);
	assert_int_equal(s->bloc[0], -1);
	assert_true(s->frustration_exact);
	erg_signed_free(s);
	erg_graph_free(g);
}

/* A seeded random signed network of 22 actors: the heuristic reaches the
 * exact optimum, and one seed gives one result. */
static void test_signed__heuristic_matches_exact(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_signed_opts o;
	erg_signed *exact, *heur, *again;
	uint64_t x = 12345;
	char a[8], b[8];
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	for (int i = 0; i < 22; i++)
		for (int j = i + 1; j < 22; j++) {
			x = x * 6364136223846793005ULL + 1442695040888963407ULL;
			if ((x >> 60) < 5) { /* density about 0.3 */
				snprintf(a, sizeof(a), "n%d", i);
				snprintf(b, sizeof(b), "n%d", j);
				add(g, a, b,
				    (x >> 59) & 1 ? "conflict" : "alliance", 1);
			}
		}
	erg_signed_opts_init(&o);
	o.blocs = false;
	o.exact_max = 22;
	exact = compute(g, &o);
	assert_true(exact->frustration_exact);
	o.exact_max = 0;
	heur = compute(g, &o);
	again = compute(g, &o);
	assert_false(heur->frustration_exact);
	assert_true(exact->frustration > 0);
	assert_int_equal(heur->frustration, exact->frustration);
	assert_memory_equal(heur->side, again->side, 22 * sizeof(long));
	erg_signed_free(exact);
	erg_signed_free(heur);
	erg_signed_free(again);
	erg_graph_free(g);
}

static void test_signed__pn_published_example(void **state)
{
	/* Everett and Borgatti's example as printed by signnet */
	static const double published[10] = {
	    0.9009747, 0.8613482, 0.9076997, 0.8613482, 0.8410658,
	    0.8496558, 0.8617321, 0.9015909, 0.8509848, 0.9072930};
	erg_graph *g = load_csv("signed/pn_example.csv");
	erg_signed *s = compute(g, NULL);
	table exp;
	char name[8];
	(void)state;

	assert_true(s->pn_computed);
	for (int i = 0; i < 10; i++) {
		snprintf(name, sizeof(name), "v%d", i + 1);
		assert_true(fabs(s->pn_index[id(g, name)] - published[i]) <
			    6e-8);
	}
	table_load(&exp, "signed/pn_example_expected.tsv");
	check_col(g, s->pn_index, &exp, "pn_index", 1e-9);
	free(exp.text);
	erg_signed_free(s);
	erg_graph_free(g);
}

static void test_signed__directed_and_aggregation(void **state)
{
	erg_graph *g = load_csv("signed/directed_signed.csv");
	erg_signed *s = compute(g, NULL);
	table exp;
	(void)state;

	table_load(&exp, "signed/directed_expected.tsv");
	assert_true(s->directed);
	assert_int_equal(s->n_neutral, 1); /* A related F */
	assert_int_equal(s->n_relations, 11);
	assert_int_equal(s->n_vertices, 6);
	check_col(g, s->pos_degree, &exp, "pos_degree", 0);
	check_col(g, s->neg_degree, &exp, "neg_degree", 0);
	check_col(g, s->pos_strength, &exp, "pos_strength", 1e-12);
	check_col(g, s->neg_strength, &exp, "neg_strength", 1e-12);
	check_col(g, s->pn_index, &exp, "pn_index", 1e-9);
	check_col(g, s->pn_out, &exp, "pn_out", 1e-9);
	check_col(g, s->pn_in, &exp, "pn_in", 1e-9);
	free(exp.text);
	erg_signed_free(s);
	erg_graph_free(g);
}

/* Sum of signed weights decides a pair's sign; a zero sum is left out. */
static void test_signed__mixed_pairs(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_signed *s;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	add(g, "A", "B", "alliance", 2);
	add(g, "B", "A", "sanctions", 1); /* net +1: positive */
	add(g, "A", "C", "cooperation", 1);
	add(g, "C", "A", "criticism", 1); /* net 0: ambivalent */
	add(g, "C", "D", "related", 5);	  /* neutral: left out */
	add(g, "B", "C", "conflict", 0.5);
	s = compute(g, NULL);
	assert_int_equal(s->n_positive, 1);
	assert_int_equal(s->n_negative, 1);
	assert_int_equal(s->n_ambivalent, 1);
	assert_int_equal(s->n_neutral, 1);
	assert_int_equal(s->n_vertices, 3);
	assert_true(fabs(s->pos_strength[id(g, "A")] - 1.0) < 1e-12);
	assert_true(fabs(s->neg_strength[id(g, "C")] - 0.5) < 1e-12);
	assert_true(s->pos_degree[id(g, "C")] == 0);
	assert_int_equal(s->bloc[id(g, "D")], -1);
	assert_int_equal(s->side[id(g, "D")], -1);
	assert_true(s->pn_index[id(g, "D")] == 0);
	assert_int_equal(s->triangles, 0);
	assert_true(s->ratio == 1.0);
	assert_int_equal(s->frustration, 0);
	erg_signed_free(s);
	erg_graph_free(g);
}

/* Two triangles: (A,B,C) balanced with |product| 6, (A,C,D) unbalanced
 * with |product| 3: ratio 1/2, weighted ratio 6/9. */
static void test_signed__weighted_balance(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_signed *s;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	add(g, "A", "B", "alliance", 2);
	add(g, "B", "C", "conflict", 1);
	add(g, "A", "C", "conflict", 3);
	add(g, "C", "D", "alliance", 1);
	add(g, "A", "D", "alliance", 1);
	s = compute(g, NULL);
	assert_int_equal(s->triangles, 2);
	assert_int_equal(s->balanced, 1);
	assert_true(fabs(s->ratio - 0.5) < 1e-12);
	assert_true(fabs(s->weighted_ratio - 6.0 / 9.0) < 1e-12);
	assert_int_equal(s->frustration, 1);
	erg_signed_free(s);
	erg_graph_free(g);
}

static void test_signed__empty_and_errors(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_signed *s = NULL;
	erg_view v;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	s = compute(g, NULL);
	assert_int_equal(s->n_vertices, 0);
	assert_int_equal(s->frustration, 0);
	assert_true(s->frustration_exact);
	assert_true(s->ratio == 1.0 && s->weighted_ratio == 1.0);
	assert_false(s->pn_computed);
	erg_signed_free(s);

	add(g, "A", "B", "related", 1); /* only neutral relations */
	s = compute(g, NULL);
	assert_int_equal(s->n_vertices, 0);
	assert_int_equal(s->n_neutral, 1);
	assert_int_equal(s->bloc[0], -1);
	erg_signed_free(s);

	add(g, "A", "C", "alliance", -1); /* bad weight */
	s = NULL;
	assert_int_equal(erg_signed_compute(g, NULL, NULL, &s, &err),
			 ERG_EINVAL);
	assert_null(s);
	assert_non_null(strstr(err.message, "weight"));

	/* a view that keeps only the positive types leaves the bad
	   relation in: still an error; keeping neutral ones drops it */
	erg_view_init(&v);
	assert_int_equal(erg_view_add_polarity(&v, "0", &err), 0);
	assert_int_equal(erg_signed_compute(g, &v, NULL, &s, &err), 0);
	assert_int_equal(s->n_vertices, 0);
	erg_signed_free(s);
	erg_view_clear(&v);
	erg_signed_free(NULL);
	erg_graph_free(g);
}

/* A bloc partition's violations, counted by hand. */
static void test_signed__violations(void **state)
{
	erg_graph *g;
	erg_error err;
	long group[4] = {0, 0, 1, -1};
	size_t nw, pb;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	add(g, "A", "B", "conflict", 1); /* negative within 0 */
	add(g, "A", "C", "alliance", 1); /* positive between */
	add(g, "B", "C", "conflict", 1); /* fine */
	add(g, "C", "D", "alliance", 1); /* D outside: not counted */
	assert_int_equal(erg_signed_violations(g, NULL, group, &nw, &pb, &err),
			 0);
	assert_int_equal(nw, 1);
	assert_int_equal(pb, 1);
	erg_graph_free(g);
}

/* Writes the table to memory. */
static char *write_mem(const erg_graph *g, const erg_metrics *m,
		       const erg_metrics_extra *x, erg_table_format fmt)
{
	char *buf = NULL, *out;
	size_t len = 0;
	erg_error err;
	FILE *fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	if (erg_metrics_write_extra_fp(g, m, x, ERG_METRIC_DEGREE, fmt, fp,
				       &err))
		fail_msg("write: %s", err.message);
	fclose(fp);
	/* a copy: GCC's -Wdangling-pointer (at -O2) takes pointers into the
	 * open_memstream buffer for pointers to the local variable */
	out = strdup(buf);
	assert_non_null(out);
	free(buf);
	return out;
}

static void test_signed__table_output(void **state)
{
	erg_graph *g = load_csv("signed/tribes.csv");
	erg_signed *s = compute(g, NULL);
	erg_structure *st = NULL;
	erg_metrics *m = NULL;
	erg_analyze_opts ao;
	erg_metrics_extra x, none;
	erg_error err;
	json_error_t jerr;
	json_t *root, *bal, *fr, *actor;
	char *plain, *same, *csv, *js, *md, *line;
	FILE *fp;
	size_t len = 0;
	(void)state;

	memset(&x, 0, sizeof(x));
	memset(&none, 0, sizeof(none));
	erg_analyze_opts_init(&ao);
	ao.metrics = 1u << ERG_METRIC_DEGREE;
	assert_int_equal(erg_analyze(g, NULL, &ao, &m, &err), 0);
	assert_int_equal(erg_structure_compute(g, NULL, s->bloc, &st, &err), 0);

	/* no extra: the plain table, byte for byte */
	fp = open_memstream(&plain, &len);
	assert_int_equal(erg_metrics_write_fp(g, m, ERG_METRIC_DEGREE,
					      ERG_TABLE_CSV, fp, &err),
			 0);
	fclose(fp);
	same = write_mem(g, m, &none, ERG_TABLE_CSV);
	assert_string_equal(plain, same);
	free(same);
	same = write_mem(g, m, NULL, ERG_TABLE_CSV);
	assert_string_equal(plain, same);
	free(same);

	static const char header[] =
		"rank,id,label,kind,degree,bloc,side,pos_degree,neg_degree,"
		"pos_strength,neg_strength,pn_index,constraint,effective_size,"
		"articulation,coordinator,itinerant,gatekeeper,representative,"
		"liaison,brokerage";

	x.sign = s;
	x.structure = st;
	x.groups = "blocs";
	csv = write_mem(g, m, &x, ERG_TABLE_CSV);
	line = strchr(csv, '\n');
	assert_non_null(line);
	/* the header row */
	assert_int_equal((size_t)(line - csv), strlen(header));
	assert_memory_equal(csv, header, strlen(header));
	assert_non_null(strstr(csv, "\n# balance: triangles=68 balanced=59 "
				    "ratio=0.867647058823529"));
	assert_non_null(strstr(csv, "\n# frustration: value=7 method=exact\n"));
	assert_non_null(strstr(csv, "\n# blocs: count=3 method=spinglass "));
	assert_non_null(strstr(csv, "\n# structure: articulation_points=0 "
				    "bridges=0 groups=blocs\n"));
	/* MASIL: 7 positive ties, no negative */
	assert_non_null(strstr(csv, ",MASIL,MASIL,other,7,"));

	js = write_mem(g, m, &x, ERG_TABLE_JSON);
	root = json_loads(js, 0, &jerr);
	assert_non_null(root);
	bal = json_object_get(root, "balance");
	assert_int_equal(json_integer_value(json_object_get(bal, "triangles")),
			 68);
	assert_int_equal(json_integer_value(json_object_get(bal, "balanced")),
			 59);
	assert_true(fabs(json_real_value(json_object_get(bal, "ratio")) -
			 59.0 / 68.0) < 1e-12);
	assert_non_null(json_object_get(bal, "weighted_ratio"));
	fr = json_object_get(root, "frustration");
	assert_int_equal(json_integer_value(json_object_get(fr, "value")), 7);
	assert_string_equal(json_string_value(json_object_get(fr, "method")),
			    "exact");
	assert_int_equal(json_integer_value(json_object_get(
			     json_object_get(root, "blocs"), "violations")),
			 2);
	actor = json_array_get(json_object_get(root, "actors"), 0);
	assert_non_null(json_object_get(actor, "bloc"));
	assert_true(json_is_integer(json_object_get(actor, "bloc")));
	assert_true(json_is_integer(json_object_get(actor, "pos_degree")));
	assert_true(json_is_integer(json_object_get(actor, "neg_degree")));
	assert_true(json_is_real(json_object_get(actor, "pn_index")));
	assert_true(json_is_boolean(json_object_get(actor, "articulation")));
	assert_true(json_is_integer(json_object_get(actor, "liaison")));
	assert_true(json_is_array(
	    json_object_get(json_object_get(root, "structure"), "bridges")));
	json_decref(root);

	md = write_mem(g, m, &x, ERG_TABLE_MD);
	assert_non_null(strstr(md, "| bloc | side | pos_degree |"));
	assert_non_null(strstr(md, "\n## Signed network\n"));
	assert_non_null(strstr(md, "- Balance: 59 of 68 triangles balanced"));
	assert_non_null(strstr(md, "- Frustration index: 7 (exact"));
	assert_non_null(strstr(md, "\n## Structure\n"));

	/* rank by an extra column: MASIL has the highest PN index */
	x.rank_by = "pn_index";
	same = write_mem(g, m, &x, ERG_TABLE_CSV);
	assert_non_null(strstr(same, "\n1,MASIL,MASIL,"));
	free(same);
	x.rank_by = "pn_in"; /* not there: undirected network */
	fp = open_memstream(&same, &len);
	assert_int_equal(erg_metrics_write_extra_fp(g, m, &x, ERG_METRIC_DEGREE,
						    ERG_TABLE_CSV, fp, &err),
			 ERG_EINVAL);
	fclose(fp);
	free(same);
	assert_non_null(strstr(err.message, "pn_in"));

	free(plain);
	free(csv);
	free(js);
	free(md);
	erg_structure_free(st);
	erg_metrics_free(m);
	erg_signed_free(s);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_signed__tribes_published),
	    cmocka_unit_test(test_signed__heuristic_finds_tribes_optimum),
	    cmocka_unit_test(test_signed__heuristic_matches_exact),
	    cmocka_unit_test(test_signed__pn_published_example),
	    cmocka_unit_test(test_signed__directed_and_aggregation),
	    cmocka_unit_test(test_signed__mixed_pairs),
	    cmocka_unit_test(test_signed__weighted_balance),
	    cmocka_unit_test(test_signed__empty_and_errors),
	    cmocka_unit_test(test_signed__violations),
	    cmocka_unit_test(test_signed__table_output),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
