/* test_temporal.c - partial dates, windows, timelines and layers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "ergraph/temporal.h"
#include "helpers.h"

static size_t actor(erg_graph *g, const char *id)
{
	size_t a;
	erg_error err;
	assert_int_equal(erg_graph_ensure_actor(g, id, &a, NULL, &err), 0);
	return a;
}

static erg_relation *rel(erg_graph *g, const char *s, const char *t,
			 const char *type, const char *date)
{
	size_t r, ty, a = actor(g, s), b = actor(g, t);
	erg_error err;
	erg_relation *x;
	assert_int_equal(erg_types_find(erg_graph_types(g), type, &ty), 0);
	assert_int_equal(erg_graph_add_relation(g, a, b, ty, &r, &err), 0);
	x = erg_graph_relation(g, r);
	assert_int_equal(erg_set_str(&x->date, date), 0);
	return x;
}

static size_t idx(const erg_graph *g, const char *id)
{
	size_t a;
	assert_int_equal(erg_graph_find_actor(g, id, &a), 0);
	return a;
}

static void period_is(const char *date, const char *first, const char *last)
{
	long f, l;
	char a[11], b[11];
	assert_int_equal(erg_date_period(date, &f, &l), 0);
	erg_date_format(f, a);
	erg_date_format(l, b);
	assert_string_equal(a, first);
	assert_string_equal(b, last);
}

static void test_temporal__date_periods(void **state)
{
	long f, l;

	period_is("2023", "2023-01-01", "2023-12-31");
	period_is("2023-02", "2023-02-01", "2023-02-28");
	period_is("2024-02", "2024-02-01", "2024-02-29");
	period_is("1900-02", "1900-02-01", "1900-02-28");
	period_is("2000-02", "2000-02-01", "2000-02-29");
	period_is("2023-12", "2023-12-01", "2023-12-31");
	period_is("2023-11-05", "2023-11-05", "2023-11-05");
	period_is("0001-01-01", "0001-01-01", "0001-01-01");
	assert_int_equal(erg_date_period("1970-01-01", &f, &l), 0);
	assert_int_equal(f, 0);
	assert_int_equal(erg_date_period("2023-13", &f, &l), -1);
	assert_int_equal(erg_date_period("2023-02-29", &f, &l), -1);
	assert_int_equal(erg_date_period("23", &f, &l), -1);
	assert_int_equal(erg_date_period(NULL, &f, &l), -1);
}

static void test_temporal__window_specs(void **state)
{
	erg_window_spec s;
	erg_error err;

	erg_window_spec_init(&s);
	assert_int_equal(s.unit, ERG_UNIT_MONTH);
	assert_int_equal(s.size, 1);
	assert_int_equal(erg_window_spec_parse(&s, "quarter", NULL, &err), 0);
	assert_int_equal(s.unit, ERG_UNIT_QUARTER);
	assert_int_equal(s.size, 1);
	assert_int_equal(s.step, 0);
	assert_int_equal(erg_window_spec_parse(&s, "6m", "1m", &err), 0);
	assert_int_equal(s.unit, ERG_UNIT_MONTH);
	assert_int_equal(s.size, 6);
	assert_int_equal(s.step, 1);
	assert_int_equal(erg_window_spec_parse(&s, "1q", "1m", &err), 0);
	assert_int_equal(s.unit, ERG_UNIT_MONTH);
	assert_int_equal(s.size, 3);
	assert_int_equal(s.step, 1);
	assert_int_equal(erg_window_spec_parse(&s, "2Y", "", &err), 0);
	assert_int_equal(s.unit, ERG_UNIT_YEAR);
	assert_int_equal(s.size, 2);
	assert_int_equal(erg_window_spec_parse(&s, "7d", "1d", &err), 0);
	assert_int_equal(s.unit, ERG_UNIT_DAY);
	assert_int_equal(erg_window_spec_parse(&s, "week", NULL, &err),
			 ERG_EINVAL);
	assert_non_null(strstr(err.message, "unknown window 'week'"));
	assert_int_equal(erg_window_spec_parse(&s, "0m", NULL, &err),
			 ERG_EINVAL);
	assert_int_equal(erg_window_spec_parse(&s, "6x", NULL, &err),
			 ERG_EINVAL);
	assert_int_equal(erg_window_spec_parse(&s, "6mm", NULL, &err),
			 ERG_EINVAL);
	assert_int_equal(erg_window_spec_parse(&s, "6m", "1d", &err),
			 ERG_EINVAL);
	assert_non_null(strstr(err.message, "mix days"));
	assert_int_equal(erg_window_spec_parse(&s, "6m", "soon", &err),
			 ERG_EINVAL);
	assert_non_null(strstr(err.message, "unknown step 'soon'"));
}

/* A-B 2023-01-15, B-C 2023-03, A-C 2023 (the whole year), D-E undated. */
static erg_graph *partial_dates(void)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	rel(g, "A", "B", "cooperation", "2023-01-15");
	rel(g, "B", "C", "cooperation", "2023-03");
	rel(g, "A", "C", "cooperation", "2023");
	rel(g, "D", "E", "cooperation", NULL);
	return g;
}

static erg_timeline *build(const erg_graph *g, const char *window,
			   const char *step, erg_partial_rule rule,
			   bool cumulative, erg_metric by)
{
	erg_window_spec s;
	erg_timeline *t = NULL;
	erg_error err;

	erg_window_spec_init(&s);
	assert_int_equal(erg_window_spec_parse(&s, window, step, &err), 0);
	s.partial = rule;
	s.cumulative = cumulative;
	if (erg_timeline_build(&t, g, NULL, &s, NULL, by, &err))
		fail_msg("%s", err.message);
	return t;
}

static void counts_are(const erg_timeline *t, const size_t *want, size_t n)
{
	assert_int_equal(t->n_windows, n);
	for (size_t i = 0; i < n; i++)
		if (t->windows[i].n_relations != want[i])
			fail_msg("window %zu (%s): %zu relations, expected %zu",
				 i, t->windows[i].label,
				 t->windows[i].n_relations, want[i]);
}

static void test_temporal__partial_dates_overlap(void **state)
{
	erg_graph *g = partial_dates();
	erg_timeline *t;
	const size_t month[] = {2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1};
	const size_t quarter[] = {3, 1, 1, 1};

	t = build(g, "month", NULL, ERG_PARTIAL_OVERLAP, false,
		  ERG_METRIC_DEGREE);
	counts_are(t, month, 12);
	assert_int_equal(t->n_undated, 1);
	assert_int_equal(t->n_dated, 3);
	assert_int_equal(t->n_unplaced, 0);
	assert_string_equal(t->windows[0].label, "2023-01");
	assert_string_equal(t->windows[0].start, "2023-01-01");
	assert_string_equal(t->windows[0].end, "2023-01-31");
	assert_string_equal(t->windows[1].end, "2023-02-28");
	assert_string_equal(t->windows[11].label, "2023-12");
	/* February holds only the year-dated A-C: B is absent, A and C tie */
	assert_int_equal(t->windows[1].n_active, 2);
	assert_int_equal(t->windows[1].rank[idx(g, "B")], 0);
	assert_int_equal(t->windows[1].rank[idx(g, "A")], 1);
	assert_int_equal(t->windows[1].rank[idx(g, "C")], 1);
	/* D and E only have an undated relation: never ranked */
	assert_int_equal(t->overall_rank[idx(g, "D")], 0);
	assert_int_equal(t->n_active_overall, 3);
	erg_timeline_free(t);

	t = build(g, "quarter", NULL, ERG_PARTIAL_OVERLAP, false,
		  ERG_METRIC_DEGREE);
	counts_are(t, quarter, 4);
	assert_string_equal(t->windows[0].label, "2023-Q1");
	assert_string_equal(t->windows[3].label, "2023-Q4");
	assert_string_equal(t->windows[3].start, "2023-10-01");
	assert_string_equal(t->windows[3].end, "2023-12-31");
	erg_timeline_free(t);
	erg_graph_free(g);
}

static void test_temporal__partial_dates_contained(void **state)
{
	erg_graph *g = partial_dates();
	erg_timeline *t;
	const size_t month[] = {1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
	const size_t year[] = {3};

	t = build(g, "month", NULL, ERG_PARTIAL_CONTAINED, false,
		  ERG_METRIC_DEGREE);
	counts_are(t, month, 12);
	assert_int_equal(t->n_unplaced, 1); /* "2023" fits no month */
	assert_int_equal(t->windows[1].n_active, 0);
	/* overall: only placed relations: A-B, B-C; B leads */
	assert_int_equal(t->overall_rank[idx(g, "B")], 1);
	assert_int_equal(t->order[0], idx(g, "B"));
	erg_timeline_free(t);

	t = build(g, "year", NULL, ERG_PARTIAL_CONTAINED, false,
		  ERG_METRIC_DEGREE);
	counts_are(t, year, 1);
	assert_string_equal(t->windows[0].label, "2023");
	assert_int_equal(t->n_unplaced, 0);
	erg_timeline_free(t);
	erg_graph_free(g);
}

static void test_temporal__cumulative_and_sliding(void **state)
{
	erg_graph *g = partial_dates();
	erg_timeline *t;
	const size_t cum[] = {2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
	const size_t cum_contained[] = {1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3};
	const size_t sliding[] = {2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1};

	t = build(g, "month", NULL, ERG_PARTIAL_OVERLAP, true,
		  ERG_METRIC_DEGREE);
	counts_are(t, cum, 12);
	assert_string_equal(t->windows[5].start, "2023-01-01");
	assert_string_equal(t->windows[5].end, "2023-06-30");
	assert_string_equal(t->windows[5].label, "2023-06");
	erg_timeline_free(t);

	t = build(g, "month", NULL, ERG_PARTIAL_CONTAINED, true,
		  ERG_METRIC_DEGREE);
	counts_are(t, cum_contained, 12);
	erg_timeline_free(t);

	/* two-month windows sliding by one month; the last one is the first
	 * to reach December */
	t = build(g, "2m", "1m", ERG_PARTIAL_OVERLAP, false, ERG_METRIC_DEGREE);
	counts_are(t, sliding, 11);
	assert_string_equal(t->windows[0].label, "2023-01/2023-02");
	assert_string_equal(t->windows[10].label, "2023-11/2023-12");
	assert_string_equal(t->windows[10].end, "2023-12-31");
	erg_timeline_free(t);

	t = build(g, "1q", "1m", ERG_PARTIAL_CONTAINED, false,
		  ERG_METRIC_DEGREE);
	assert_int_equal(t->n_windows, 10);
	assert_string_equal(t->windows[0].label, "2023-01/2023-03");
	assert_int_equal(t->windows[0].n_relations, 2);
	erg_timeline_free(t);
	erg_graph_free(g);
}

/* January 2024: a star around A; March 2024: a star around B (February
 * empty); E joins in March. */
static void test_temporal__ranks_move(void **state)
{
	erg_graph *g;
	erg_timeline *t;
	erg_error err;
	size_t A, B, C, E;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	rel(g, "A", "B", "support", "2024-01-03");
	rel(g, "A", "C", "support", "2024-01-10");
	rel(g, "A", "D", "support", "2024-01-31");
	rel(g, "B", "C", "support", "2024-03-01");
	rel(g, "B", "D", "support", "2024-03-02");
	rel(g, "B", "E", "support", "2024-03-03");
	rel(g, "B", "A", "support", "2024-03-04");
	A = idx(g, "A");
	B = idx(g, "B");
	C = idx(g, "C");
	E = idx(g, "E");
	t = build(g, "month", NULL, ERG_PARTIAL_OVERLAP, false,
		  ERG_METRIC_DEGREE);
	assert_int_equal(t->n_windows, 3);
	assert_true(t->windows[0].computed);
	assert_int_equal(t->windows[0].rank[A], 1);
	assert_int_equal(t->windows[0].rank[B], 2); /* B, C, D tie */
	assert_int_equal(t->windows[0].rank[C], 2);
	assert_int_equal(t->windows[0].n_active, 4);
	/* the order lists ties by label */
	assert_int_equal(t->order[2], C);
	assert_int_equal(t->windows[0].rank[E], 0);
	assert_true(t->windows[0].value[A] == 3.0);
	assert_int_equal(t->windows[1].n_relations, 0);
	assert_int_equal(t->windows[1].n_active, 0);
	assert_int_equal(t->windows[1].rank[A], 0);
	assert_int_equal(t->windows[2].rank[B], 1);
	assert_int_equal(t->windows[2].rank[A], 2);
	assert_int_equal(t->windows[2].rank[E], 2);
	assert_true(t->windows[2].value[B] == 4.0);
	/* overall: B has 5 relations, A 4 */
	assert_int_equal(t->overall_rank[B], 1);
	assert_int_equal(t->overall_rank[A], 2);
	assert_int_equal(t->order[0], B);
	assert_int_equal(t->order[1], A);
	erg_timeline_free(t);

	/* pagerank: B leads in March too */
	t = build(g, "month", NULL, ERG_PARTIAL_OVERLAP, false,
		  ERG_METRIC_PAGERANK);
	assert_int_equal(t->windows[2].n_active, 5);
	assert_true(t->windows[2].value[C] > 0);
	erg_timeline_free(t);
	erg_graph_free(g);
}

static void test_temporal__views_and_empty(void **state)
{
	erg_graph *g = partial_dates();
	erg_timeline *t = NULL;
	erg_window_spec s;
	erg_view v;
	erg_error err;

	erg_window_spec_init(&s);
	erg_view_init(&v);
	/* a view that keeps nothing dated */
	assert_int_equal(erg_view_add_type(&v, g, "conflict", &err), 0);
	assert_int_equal(
	    erg_timeline_build(&t, g, &v, &s, NULL, ERG_METRIC_PAGERANK, &err),
	    0);
	assert_int_equal(t->n_windows, 0);
	assert_int_equal(t->n_dated, 0);
	assert_int_equal(t->n_undated, 0);
	erg_timeline_free(t);
	erg_view_clear(&v);

	/* daily windows over 2023: 365 */
	assert_int_equal(erg_window_spec_parse(&s, "day", NULL, &err), 0);
	assert_int_equal(
	    erg_timeline_build(&t, g, NULL, &s, NULL, ERG_METRIC_DEGREE, &err),
	    0);
	assert_int_equal(t->n_windows, 365);
	assert_string_equal(t->windows[14].label, "2023-01-15");
	assert_int_equal(t->windows[14].n_relations, 2);
	erg_timeline_free(t);

	/* the cap on windows x actors: 365 daily windows of 140,000 actors */
	for (size_t i = 0; i < 140000; i++) {
		char id[32];
		size_t a;
		snprintf(id, sizeof(id), "x%zu", i);
		assert_int_equal(erg_graph_ensure_actor(g, id, &a, NULL, &err),
				 0);
	}
	assert_int_equal(
	    erg_timeline_build(&t, g, NULL, &s, NULL, ERG_METRIC_DEGREE, &err),
	    ERG_ELIMIT);
	assert_null(t);
	assert_non_null(strstr(err.message, "365 windows of 140005 actors"));
	/* monthly windows fit */
	assert_int_equal(erg_window_spec_parse(&s, "month", NULL, &err), 0);
	assert_int_equal(
	    erg_timeline_build(&t, g, NULL, &s, NULL, ERG_METRIC_DEGREE, &err),
	    0);
	assert_int_equal(t->n_windows, 12);
	assert_int_equal(t->windows[0].rank[idx(g, "A")], 1);
	erg_timeline_free(t);
	assert_int_equal(erg_window_spec_parse(&s, "day", NULL, &err), 0);

	/* the window cap */
	erg_set_str(&erg_graph_relation(g, 0)->date, "1900-01-01");
	assert_int_equal(
	    erg_timeline_build(&t, g, NULL, &s, NULL, ERG_METRIC_DEGREE, &err),
	    ERG_ELIMIT);
	assert_null(t);
	assert_non_null(strstr(err.message, "windows"));
	erg_graph_free(g);
}

/* A-B, A-C conflict; B-C, B-D cooperation; B-E cooperation (alleged). */
static erg_graph *layered(void)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	rel(g, "A", "B", "conflict", NULL);
	rel(g, "A", "C", "conflict", NULL);
	rel(g, "B", "C", "cooperation", NULL);
	rel(g, "B", "D", "cooperation", NULL);
	rel(g, "B", "E", "cooperation", NULL)->modality = ERG_MOD_ALLEGED;
	return g;
}

static void test_temporal__layers(void **state)
{
	erg_graph *g = layered();
	erg_layerset *ls;
	const erg_layerset_layer *l;
	erg_error err;
	size_t A = idx(g, "A"), B = idx(g, "B"), D = idx(g, "D"),
	       E = idx(g, "E");

	assert_int_equal(erg_layerset_new(&ls, g, NULL, &err), 0);
	assert_int_equal(erg_layerset_add_types(ls, &err), 0);
	assert_int_equal(erg_layerset_add_modality_set(ls, "reported", &err),
			 0);
	assert_int_equal(
	    erg_layerset_add_modality_set(ls, "reported, alleged", &err),
	    ERG_EINVAL);
	assert_int_equal(erg_layerset_add_modality_set(
			     ls, "reported,alleged,reported", &err),
			 0);
	assert_int_equal(erg_layerset_add_modality_set(ls, "rumoured", &err),
			 ERG_EINVAL);
	assert_non_null(strstr(err.message, "rumoured"));
	assert_int_equal(erg_layerset_add_modality_set(ls, "", &err),
			 ERG_EINVAL);
	assert_int_equal(erg_layerset_count(ls), 5);
	assert_int_equal(
	    erg_layerset_compute(ls, NULL, ERG_METRIC_DEGREE, &err), 0);
	assert_int_equal(erg_layerset_metric(ls), ERG_METRIC_DEGREE);

	l = erg_layerset_get(ls, 0);
	assert_string_equal(l->name, "all");
	assert_int_equal(l->n_relations, 5);
	assert_int_equal(l->rank[B], 1);
	assert_int_equal(l->rank[A], 2);
	assert_int_equal(erg_layerset_order(ls)[0], B);

	/* types in type table order: cooperation before conflict */
	l = erg_layerset_get(ls, 1);
	assert_string_equal(l->name, "type:cooperation");
	assert_int_equal(l->n_relations, 3);
	assert_int_equal(l->rank[B], 1);
	assert_int_equal(l->rank[A], 0);
	assert_int_equal(l->n_active, 4);

	l = erg_layerset_get(ls, 2);
	assert_string_equal(l->name, "type:conflict");
	assert_int_equal(l->rank[A], 1); /* A moves from 2 to 1 */
	assert_int_equal(l->rank[B], 2);
	assert_int_equal(l->rank[D], 0);
	assert_true(l->value[A] == 2.0);

	l = erg_layerset_get(ls, 3);
	assert_string_equal(l->name, "modality:reported");
	assert_int_equal(l->n_relations, 4);
	assert_int_equal(l->rank[E], 0);

	l = erg_layerset_get(ls, 4);
	assert_string_equal(l->name, "modality:reported+alleged");
	assert_int_equal(l->n_relations, 5);
	assert_int_equal(l->rank[E], 4); /* D and E tie */
	assert_int_equal(l->rank[D], 4);
	assert_null(erg_layerset_get(ls, 5));
	erg_layerset_free(ls);
	erg_graph_free(g);
}

static void test_temporal__layers_on_a_base_view(void **state)
{
	erg_graph *g = layered();
	erg_layerset *ls;
	erg_view base, v;
	erg_error err;

	erg_view_init(&base);
	assert_int_equal(erg_view_add_modality(&base, "alleged", &err), 0);
	assert_int_equal(erg_layerset_new(&ls, g, &base, &err), 0);
	assert_int_equal(erg_layerset_add_types(ls, &err), 0);
	/* only cooperation has an alleged relation */
	assert_int_equal(erg_layerset_count(ls), 2);
	erg_view_init(&v);
	assert_int_equal(erg_view_add_type(&v, g, "conflict", &err), 0);
	assert_int_equal(erg_layerset_add(ls, "mine", &v, &err), 0);
	assert_null(v.types); /* taken over */
	assert_int_equal(
	    erg_layerset_compute(ls, NULL, ERG_METRIC_PAGERANK, &err), 0);
	assert_int_equal(erg_layerset_get(ls, 0)->n_relations, 1);
	assert_int_equal(erg_layerset_get(ls, 0)->n_active, 2);
	assert_int_equal(erg_layerset_get(ls, 2)->n_relations, 0);
	assert_int_equal(erg_layerset_get(ls, 2)->n_active, 0);
	assert_int_equal(erg_layerset_get(ls, 2)->rank[idx(g, "A")], 0);
	erg_layerset_free(ls);
	erg_view_clear(&base);
	erg_graph_free(g);
}

static char *timeline_text(const erg_graph *g, const erg_timeline *t,
			   size_t top, erg_table_format fmt)
{
	char *s = NULL;
	size_t len = 0;
	erg_error err;
	FILE *fp = open_memstream(&s, &len);
	assert_non_null(fp);
	assert_int_equal(erg_timeline_write_fp(g, t, top, fmt, fp, &err), 0);
	fclose(fp);
	return s;
}

static void test_temporal__writers(void **state)
{
	erg_graph *g = partial_dates();
	erg_timeline *t = build(g, "quarter", NULL, ERG_PARTIAL_OVERLAP, false,
				ERG_METRIC_DEGREE);
	erg_layerset *ls;
	json_error_t jerr;
	json_t *root, *w;
	char *s = NULL;
	size_t len = 0;
	FILE *fp;
	erg_error err;

	/* overall all three have degree 2: the tie by label puts A first */
	s = timeline_text(g, t, 1, ERG_TABLE_CSV);
	assert_string_equal(s,
			    "window,start,end,rank,id,label,metric,value\n"
			    "2023-Q1,2023-01-01,2023-03-31,1,A,A,degree,2\n"
			    "2023-Q2,2023-04-01,2023-06-30,1,A,A,degree,1\n"
			    "2023-Q3,2023-07-01,2023-09-30,1,A,A,degree,1\n"
			    "2023-Q4,2023-10-01,2023-12-31,1,A,A,degree,1\n");
	free(s);
	s = timeline_text(g, t, 0, ERG_TABLE_MD);
	assert_non_null(strstr(s, "| 2023-Q1 | 2023-01-01 | 2023-03-31 | 1 | "
				  "B | B | degree | 2 |\n"
				  "| 2023-Q1 | 2023-01-01 | 2023-03-31 | 1 | "
				  "C | C | degree | 2 |\n"));
	free(s);
	s = timeline_text(g, t, 0, ERG_TABLE_JSON);
	root = json_loads(s, 0, &jerr);
	assert_non_null(root);
	assert_string_equal(json_string_value(json_object_get(root, "window")),
			    "quarter");
	assert_int_equal(json_integer_value(json_object_get(root, "undated")),
			 1);
	w = json_object_get(root, "windows");
	assert_int_equal(json_array_size(w), 4);
	assert_int_equal(
	    json_array_size(json_object_get(json_array_get(w, 0), "actors")),
	    3);
	assert_int_equal(json_integer_value(json_object_get(
			     json_array_get(w, 0), "relations")),
			 3);
	json_decref(root);
	free(s);
	erg_timeline_free(t);

	/* layers in Markdown: a rank and its move against "all" */
	erg_graph_free(g);
	g = layered();
	assert_int_equal(erg_layerset_new(&ls, g, NULL, &err), 0);
	assert_int_equal(erg_layerset_add_types(ls, &err), 0);
	assert_int_equal(
	    erg_layerset_compute(ls, NULL, ERG_METRIC_DEGREE, &err), 0);
	fp = open_memstream(&s, &len);
	assert_non_null(fp);
	assert_int_equal(erg_layerset_write_fp(g, ls, ERG_TABLE_MD, fp, &err),
			 0);
	fclose(fp);
	assert_non_null(strstr(s, "| id | label | kind | all | "
				  "type:cooperation | type:conflict |\n"));
	assert_non_null(strstr(s, "| A | A | other | 2 | - | 1 (+1) |\n"));
	assert_non_null(strstr(s, "| B | B | other | 1 | 1 | 2 (-1) |\n"));
	free(s);
	erg_layerset_free(ls);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_temporal__date_periods),
	    cmocka_unit_test(test_temporal__window_specs),
	    cmocka_unit_test(test_temporal__partial_dates_overlap),
	    cmocka_unit_test(test_temporal__partial_dates_contained),
	    cmocka_unit_test(test_temporal__cumulative_and_sliding),
	    cmocka_unit_test(test_temporal__ranks_move),
	    cmocka_unit_test(test_temporal__views_and_empty),
	    cmocka_unit_test(test_temporal__layers),
	    cmocka_unit_test(test_temporal__layers_on_a_base_view),
	    cmocka_unit_test(test_temporal__writers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
