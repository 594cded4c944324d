/* test_brokerage.c - constraint, effective size, brokerage roles,
 * articulation points and bridges.
 *
 * Expected values come from tests/data/signed/make_expected.py (see
 * SOURCES.md there): NetworkX 2.8 for the karate club (constraint,
 * effective size, articulation points, bridges) and for the weighted
 * case, a brute-force count of Gould-Fernandez roles for brokerage.csv. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <igraph.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "helpers.h"
#include "tsv_table.h"

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

static size_t add(erg_graph *g, const char *s, const char *t, const char *type)
{
	size_t a, b, ty, r;
	erg_error err;
	assert_int_equal(erg_graph_ensure_actor(g, s, &a, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, t, &b, NULL, &err), 0);
	assert_int_equal(erg_types_find(erg_graph_types(g), type, &ty), 0);
	assert_int_equal(erg_graph_add_relation(g, a, b, ty, &r, &err), 0);
	return r;
}

static size_t id(const erg_graph *g, const char *name)
{
	size_t a;
	assert_int_equal(erg_graph_find_actor(g, name, &a), 0);
	return a;
}

/* Zachary's karate club from igraph's famous graphs (same edges and
 * numbering as NetworkX's), actors "0".."33". */
static erg_graph *karate(void)
{
	igraph_t ig;
	igraph_vector_int_t el;
	erg_graph *g;
	erg_error err;
	char a[16], b[16];
	size_t k;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	for (int i = 0; i < 34; i++) {
		snprintf(a, sizeof(a), "%d", i);
		assert_int_equal(erg_graph_ensure_actor(g, a, &k, NULL, &err),
				 0);
	}
	assert_int_equal(igraph_famous(&ig, "Zachary"), IGRAPH_SUCCESS);
	igraph_vector_int_init(&el, 0);
	igraph_get_edgelist(&ig, &el, false);
	for (igraph_integer_t e = 0; e < igraph_ecount(&ig); e++) {
		snprintf(a, sizeof(a), "%d", (int)VECTOR(el)[2 * e]);
		snprintf(b, sizeof(b), "%d", (int)VECTOR(el)[2 * e + 1]);
		add(g, a, b, "related");
	}
	igraph_vector_int_destroy(&el);
	igraph_destroy(&ig);
	return g;
}

static erg_structure *compute(const erg_graph *g, const long *group)
{
	erg_structure *s = NULL;
	erg_error err;
	if (erg_structure_compute(g, NULL, group, &s, &err))
		fail_msg("erg_structure_compute: %s", err.message);
	return s;
}

static void test_brokerage__karate_networkx(void **state)
{
	erg_graph *g = karate();
	erg_structure *s = compute(g, NULL);
	table exp, br;
	(void)state;

	table_load(&exp, "signed/karate_structure.tsv");
	table_load(&br, "signed/karate_bridges.tsv");
	assert_int_equal(exp.n_rows, 34);
	check_col(g, s->constraint, &exp, "constraint", 1e-9);
	check_col(g, s->effective_size, &exp, "effective_size", 1e-9);
	for (size_t r = 0; r < exp.n_rows; r++) {
		size_t a = id(g, table_get(&exp, r, "id"));
		assert_int_equal(s->articulation[a],
				 atoi(table_get(&exp, r, "articulation")));
	}
	assert_int_equal(s->n_articulation, 1);
	assert_int_equal(s->n_bridges, br.n_rows);
	for (size_t r = 0; r < br.n_rows; r++) {
		assert_int_equal(s->bridges[r].source,
				 id(g, table_get(&br, r, "source")));
		assert_int_equal(s->bridges[r].target,
				 id(g, table_get(&br, r, "target")));
	}
	assert_false(s->has_groups);
	assert_int_equal(s->n_vertices, 34);
	assert_int_equal(s->n_ties, 78);
	free(exp.text);
	free(br.text);
	erg_structure_free(s);
	erg_graph_free(g);
}

/* Weights summed per pair over every relation, any sign or direction. */
static void test_brokerage__weighted_networkx(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_structure *s;
	table exp;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	if (erg_table_read_file(g, th_data("signed/directed_signed.csv"), ',',
				NULL, &err))
		fail_msg("%s", err.message);
	s = compute(g, NULL);
	table_load(&exp, "signed/weighted_structure.tsv");
	check_col(g, s->constraint, &exp, "constraint", 1e-9);
	check_col(g, s->effective_size, &exp, "effective_size", 1e-9);
	free(exp.text);
	erg_structure_free(s);
	erg_graph_free(g);
}

static void test_brokerage__roles_affiliation(void **state)
{
	static const char *roles[ERG_BROKER__COUNT] = {
	    "coordinator", "itinerant", "gatekeeper", "representative",
	    "liaison"};
	erg_graph *g;
	erg_error err;
	erg_structure *s;
	long *group;
	table exp;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	if (erg_actors_read_file(g, th_data("signed/brokerage_actors.csv"),
				 NULL, &err) ||
	    erg_table_read_file(g, th_data("signed/brokerage.csv"), ',', NULL,
				&err))
		fail_msg("%s", err.message);
	group = malloc(erg_graph_actor_count(g) * sizeof(long));
	assert_non_null(group);
	assert_int_equal(erg_structure_groups_affiliation(g, group, &err), 0);
	assert_int_equal(group[id(g, "a1")], (long)id(g, "X"));
	assert_int_equal(group[id(g, "X")], (long)id(g, "X"));
	s = compute(g, group);
	assert_true(s->has_groups);
	table_load(&exp, "signed/brokerage_expected.tsv");
	for (int r = 0; r < ERG_BROKER__COUNT; r++) {
		assert_string_equal(erg_broker_role_name(r), roles[r]);
		check_col(g, s->broker[r], &exp, roles[r], 0);
	}
	for (size_t r = 0; r < exp.n_rows; r++) {
		size_t a = id(g, table_get(&exp, r, "id"));
		double sum = 0;
		for (int k = 0; k < ERG_BROKER__COUNT; k++)
			sum += s->broker[k][a];
		assert_true(s->broker_total[a] == sum);
	}
	/* group actors without relations are outside */
	assert_true(s->broker_total[id(g, "X")] == 0);
	assert_true(s->constraint[id(g, "X")] == 0);
	assert_null(erg_broker_role_name(ERG_BROKER__COUNT));
	free(exp.text);
	free(group);
	erg_structure_free(s);
	erg_graph_free(g);
}

/* One open two-path a -> b -> c per role, groups set by hand. */
static void test_brokerage__each_role(void **state)
{
	static const long groups[ERG_BROKER__COUNT][3] = {
	    {0, 0, 0}, /* coordinator */
	    {0, 1, 0}, /* itinerant */
	    {0, 1, 1}, /* gatekeeper */
	    {0, 0, 1}, /* representative */
	    {0, 1, 2}, /* liaison */
	};
	erg_graph *g;
	erg_error err;
	erg_structure *s;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	add(g, "a", "b", "support");
	add(g, "b", "c", "support");
	for (int r = 0; r < ERG_BROKER__COUNT; r++) {
		s = compute(g, groups[r]);
		for (int k = 0; k < ERG_BROKER__COUNT; k++)
			assert_true(s->broker[k][1] == (k == r));
		assert_true(s->broker_total[0] == 0);
		assert_true(s->broker_total[2] == 0);
		erg_structure_free(s);
	}
	/* closing the triangle a -> c: b is no longer a broker */
	add(g, "a", "c", "support");
	s = compute(g, groups[0]);
	assert_true(s->broker_total[1] == 0);
	erg_structure_free(s);
	/* no group (-1) never shares one: liaison */
	{
		long none[3] = {-1, -1, -1};
		erg_graph *h;
		assert_int_equal(erg_graph_new(&h, NULL, &err), 0);
		add(h, "a", "b", "support");
		add(h, "b", "c", "support");
		s = compute(h, none);
		assert_true(s->broker[ERG_BROKER_LIAISON][1] == 1);
		erg_structure_free(s);
		erg_graph_free(h);
	}
	erg_graph_free(g);
}

/* A pair joined by two relation types is one tie: still a bridge. */
static void test_brokerage__bridges_collapse(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_structure *s;
	size_t r;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	add(g, "A", "B", "alliance");
	add(g, "B", "C", "alliance");
	add(g, "C", "A", "alliance");
	add(g, "C", "D", "alliance");
	add(g, "D", "C", "sanctions");
	r = add(g, "E", "E", "related"); /* self-loop only: isolated */
	(void)r;
	s = compute(g, NULL);
	assert_int_equal(s->n_bridges, 1);
	assert_int_equal(s->bridges[0].source, id(g, "C"));
	assert_int_equal(s->bridges[0].target, id(g, "D"));
	assert_int_equal(s->n_articulation, 1);
	assert_true(s->articulation[id(g, "C")]);
	assert_true(s->constraint[id(g, "E")] == 0);
	assert_true(s->effective_size[id(g, "E")] == 0);
	/* D has one tie: constraint 1, effective size 1 */
	assert_true(fabs(s->constraint[id(g, "D")] - 1.0) < 1e-12);
	assert_true(fabs(s->effective_size[id(g, "D")] - 1.0) < 1e-12);
	erg_structure_free(s);
	erg_graph_free(g);
}

static void test_brokerage__empty_and_errors(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_structure *s = NULL;
	size_t r;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	s = compute(g, NULL);
	assert_int_equal(s->n_vertices, 0);
	assert_int_equal(s->n_bridges, 0);
	erg_structure_free(s);
	r = add(g, "A", "B", "support");
	erg_graph_relation(g, r)->weight = 0;
	s = NULL;
	assert_int_equal(erg_structure_compute(g, NULL, NULL, &s, &err),
			 ERG_EINVAL);
	assert_null(s);
	erg_structure_free(NULL);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_brokerage__karate_networkx),
	    cmocka_unit_test(test_brokerage__weighted_networkx),
	    cmocka_unit_test(test_brokerage__roles_affiliation),
	    cmocka_unit_test(test_brokerage__each_role),
	    cmocka_unit_test(test_brokerage__bridges_collapse),
	    cmocka_unit_test(test_brokerage__empty_and_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
