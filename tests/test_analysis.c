/* test_analysis.c - influence metrics against NetworkX and igraph.
 *
 * Expected values come from the *_networkx.tsv files of tests/data/metrics,
 * written by
 * tests/data/metrics/make_expected.py (see README.md there). */
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
#include "igraph_internal.h"


static void check_close(const char *what, const char *id, double got,
			double want, double tol)
{
	if (!(fabs(got - want) <= tol))
		fail_msg("%s of %s: got %.12g, want %.12g", what, id, got,
			 want);
}

/* Compares metric `m` for every row of `t` (actor id in column "id"). */
static void check_metric(const erg_graph *g, const erg_metrics *m,
			 const table *t, erg_metric metric, const char *col,
			 double tol)
{
	for (size_t r = 0; r < t->n_rows; r++) {
		const char *id = table_get(t, r, "id");
		size_t a;
		assert_int_equal(erg_graph_find_actor(g, id, &a), 0);
		check_close(col, id, m->values[metric][a],
			    strtod(table_get(t, r, col), NULL), tol);
	}
}

/* ---- building graphs ---- */

static size_t type_of(const erg_graph *g, const char *name)
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

static erg_relation *add(erg_graph *g, const char *s, const char *t,
			 const char *type, double w)
{
	size_t r, a = actor(g, s), b = actor(g, t);
	erg_error err;
	assert_int_equal(
	    erg_graph_add_relation(g, a, b, type_of(g, type), &r, &err), 0);
	erg_graph_relation(g, r)->weight = w;
	return erg_graph_relation(g, r);
}

static erg_graph *karate(void)
{
	igraph_t ig;
	igraph_vector_int_t el;
	erg_graph *g;
	erg_error err;
	char a[16], b[16];

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	for (int i = 0; i < 34; i++) {
		snprintf(a, sizeof(a), "%d", i);
		actor(g, a);
	}
	assert_int_equal(igraph_famous(&ig, "Zachary"), IGRAPH_SUCCESS);
	igraph_vector_int_init(&el, 0);
	igraph_get_edgelist(&ig, &el, false);
	for (igraph_integer_t e = 0; e < igraph_ecount(&ig); e++) {
		snprintf(a, sizeof(a), "%d", (int)VECTOR(el)[2 * e]);
		snprintf(b, sizeof(b), "%d", (int)VECTOR(el)[2 * e + 1]);
		assert_false(add(g, a, b, "related", 1)->directed);
	}
	igraph_vector_int_destroy(&el);
	igraph_destroy(&ig);
	return g;
}

/* The graph of tests/data/metrics/directed.tsv plus an isolated F. */
static erg_graph *directed_graph(void)
{
	erg_graph *g;
	erg_error err;
	char *text = th_slurp(th_data("metrics/directed.tsv"), NULL);
	char *p = text, *line;

	assert_non_null(text);
	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	while ((line = strsep(&p, "\n")) != NULL) {
		char s[16], t[16], type[32], dir[8];
		double w;
		if (!*line || *line == '#')
			continue;
		assert_int_equal(
		    sscanf(line, "%15s %15s %31s %7s %lf", s, t, type, dir, &w),
		    5);
		erg_relation *r = add(g, s, t, type, w);
		assert_int_equal(r->directed, strcmp(dir, "yes") == 0);
	}
	free(text);
	actor(g, "F");
	return g;
}

/* ---- against NetworkX ---- */

static void test_analysis__karate_networkx(void **state)
{
	erg_graph *g = karate();
	erg_metrics *m;
	erg_analyze_opts o;
	erg_error err;
	table t;

	table_load(&t, "metrics/karate_networkx.tsv");
	assert_int_equal(t.n_rows, 34);
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_OK);
	assert_false(m->directed);
	assert_int_equal(m->n_actors, 34);
	assert_int_equal(m->n_relations, 78);
	check_metric(g, m, &t, ERG_METRIC_DEGREE, "degree", 0);
	check_metric(g, m, &t, ERG_METRIC_IN_DEGREE, "degree", 0);
	check_metric(g, m, &t, ERG_METRIC_STRENGTH, "strength", 1e-12);
	check_metric(g, m, &t, ERG_METRIC_BETWEENNESS, "betweenness", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_CLOSENESS, "closeness", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_HARMONIC, "harmonic", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_EIGENVECTOR, "eigenvector", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_PAGERANK, "pagerank", 1e-4);
	check_metric(g, m, &t, ERG_METRIC_HUB, "hub", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_AUTHORITY, "authority", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_CORENESS, "coreness", 0);
	/* the famous split: Louvain finds more than one community */
	assert_true(m->n_communities >= 2 && m->n_communities <= 6);
	erg_metrics_free(m);

	erg_analyze_opts_init(&o);
	assert_int_equal(o.seed, 42);
	assert_false(o.normalized);
	o.normalized = true;
	assert_int_equal(erg_analyze(g, NULL, &o, &m, &err), ERG_OK);
	check_metric(g, m, &t, ERG_METRIC_BETWEENNESS, "betweenness_normalized",
		     1e-9);
	erg_metrics_free(m);
	free(t.text);
	erg_graph_free(g);
}

static void test_analysis__directed_weighted(void **state)
{
	erg_graph *g = directed_graph();
	erg_metrics *m;
	erg_analyze_opts o;
	erg_error err;
	size_t f;
	table t;

	table_load(&t, "metrics/directed_networkx.tsv");
	assert_int_equal(t.n_rows, 5);
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_OK);
	assert_true(m->directed);
	assert_int_equal(m->n_relations, 8);
	/* C-D and B-E are undirected: counted both ways */
	check_metric(g, m, &t, ERG_METRIC_DEGREE, "degree", 0);
	check_metric(g, m, &t, ERG_METRIC_IN_DEGREE, "in_degree", 0);
	check_metric(g, m, &t, ERG_METRIC_OUT_DEGREE, "out_degree", 0);
	/* the two A->B support relations are one bundle of weight 3 */
	check_metric(g, m, &t, ERG_METRIC_STRENGTH, "strength", 1e-12);
	check_metric(g, m, &t, ERG_METRIC_BETWEENNESS, "betweenness", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_CLOSENESS, "closeness", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_HARMONIC, "harmonic", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_EIGENVECTOR, "eigenvector", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_PAGERANK, "pagerank", 1e-4);
	check_metric(g, m, &t, ERG_METRIC_HUB, "hub", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_AUTHORITY, "authority", 1e-6);
	check_metric(g, m, &t, ERG_METRIC_CORENESS, "coreness", 0);

	/* F has no relation: 0 everywhere (never NaN), own community last */
	assert_int_equal(erg_graph_find_actor(g, "F", &f), 0);
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		if (k != ERG_METRIC_COMMUNITY)
			assert_true(m->values[k][f] == 0.0);
	assert_true(m->values[ERG_METRIC_COMMUNITY][f] ==
		    (double)(m->n_communities - 1));
	erg_metrics_free(m);

	erg_analyze_opts_init(&o);
	o.normalized = true;
	assert_int_equal(erg_analyze(g, NULL, &o, &m, &err), ERG_OK);
	check_metric(g, m, &t, ERG_METRIC_BETWEENNESS, "betweenness_normalized",
		     1e-9);
	erg_metrics_free(m);
	free(t.text);
	erg_graph_free(g);
}

/* ---- one-pass closeness and harmonic against igraph's own ---- */

/* Builds the same graph twice: as an erg_graph (type support, directed,
 * or related, undirected) and as an igraph_t with distances 1/w. */
static void compare_closeness_harmonic(igraph_t *ig, const igraph_vector_t *w)
{
	igraph_integer_t n = igraph_vcount(ig), ne = igraph_ecount(ig);
	bool directed = igraph_is_directed(ig);
	igraph_vector_t dist, clo, har, deg;
	igraph_vector_int_t reach;
	erg_graph *g;
	erg_metrics *m;
	erg_error err;
	char a[16], b[16];

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	for (igraph_integer_t i = 0; i < n; i++) {
		snprintf(a, sizeof(a), "v%d", (int)i);
		actor(g, a);
	}
	igraph_vector_init(&dist, ne);
	for (igraph_integer_t e = 0; e < ne; e++) {
		snprintf(a, sizeof(a), "v%d", (int)IGRAPH_FROM(ig, e));
		snprintf(b, sizeof(b), "v%d", (int)IGRAPH_TO(ig, e));
		add(g, a, b, directed ? "support" : "related", VECTOR(*w)[e]);
		VECTOR(dist)[e] = 1.0 / VECTOR(*w)[e];
	}
	if (erg_analyze(g, NULL, NULL, &m, &err) != ERG_OK)
		fail_msg("erg_analyze: %s (n %d, e %d, directed %d)",
			 err.message, (int)n, (int)ne, directed);
	assert_int_equal(m->directed, directed);

	igraph_vector_init(&clo, 0);
	igraph_vector_init(&har, 0);
	igraph_vector_init(&deg, 0);
	igraph_vector_int_init(&reach, 0);
	assert_int_equal(igraph_closeness(ig, &clo, &reach, NULL,
					  igraph_vss_all(), IGRAPH_IN, &dist,
					  true),
			 IGRAPH_SUCCESS);
	assert_int_equal(igraph_harmonic_centrality(ig, &har, igraph_vss_all(),
						    IGRAPH_IN, &dist, false),
			 IGRAPH_SUCCESS);
	assert_int_equal(
	    igraph_strength(ig, &deg, igraph_vss_all(), IGRAPH_ALL, true, NULL),
	    IGRAPH_SUCCESS);
	/* the erg graph leaves out isolated vertices: n counts the others */
	igraph_integer_t nv = 0;
	for (igraph_integer_t i = 0; i < n; i++)
		nv += VECTOR(deg)[i] > 0;
	for (igraph_integer_t i = 0; i < n; i++) {
		double want_c = VECTOR(clo)[i], want_h = VECTOR(har)[i];
		snprintf(a, sizeof(a), "v%d", (int)i);
		if (VECTOR(deg)[i] == 0) {
			want_c = want_h = 0;
		} else if (isnan(want_c)) {
			want_c = 0; /* nobody reaches it */
		} else {
			/* Wasserman-Faust: igraph's value times r/(n-1) */
			want_c *= (double)VECTOR(reach)[i] / (double)(nv - 1);
		}
		check_close("closeness", a, m->values[ERG_METRIC_CLOSENESS][i],
			    want_c, 1e-12);
		check_close("harmonic", a, m->values[ERG_METRIC_HARMONIC][i],
			    want_h, 1e-9);
	}
	igraph_vector_destroy(&clo);
	igraph_vector_destroy(&har);
	igraph_vector_destroy(&deg);
	igraph_vector_int_destroy(&reach);
	igraph_vector_destroy(&dist);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void random_weights(igraph_vector_t *w, igraph_integer_t n)
{
	igraph_vector_init(w, n);
	for (igraph_integer_t i = 0; i < n; i++)
		VECTOR(*w)[i] = (double)RNG_INTEGER(1, 8) / 2.0;
}

/* Installs the library's igraph handlers (erg_analyze does it once) before
 * a test calls igraph directly, and seeds igraph's RNG. */
static void use_igraph(unsigned long seed)
{
	erg_metrics *m;
	erg_graph *g;
	erg_error err;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), 0);
	erg_metrics_free(m);
	erg_graph_free(g);
	igraph_rng_seed(igraph_rng_default(), seed);
}

static void test_analysis__closeness_harmonic_match_igraph(void **state)
{
	igraph_t ig;
	igraph_vector_t w;

	use_igraph(7);

	for (int directed = 0; directed <= 1; directed++) {
		/* sparse random graphs: several components, isolated vertices,
		 * vertices nobody reaches */
		for (int round = 0; round < 3; round++) {
			assert_int_equal(igraph_erdos_renyi_game_gnm(
					     &ig, 60 + 20 * round,
					     50 + 40 * round, directed, false),
					 IGRAPH_SUCCESS);
			random_weights(&w, igraph_ecount(&ig));
			compare_closeness_harmonic(&ig, &w);
			igraph_vector_destroy(&w);
			igraph_destroy(&ig);
		}
	}
	/* equal weights take the breadth-first path: distances scale */
	for (int directed = 0; directed <= 1; directed++) {
		assert_int_equal(
		    igraph_erdos_renyi_game_gnm(&ig, 80, 90, directed, false),
		    IGRAPH_SUCCESS);
		igraph_vector_init(&w, igraph_ecount(&ig));
		igraph_vector_fill(&w, 2.5);
		compare_closeness_harmonic(&ig, &w);
		igraph_vector_destroy(&w);
		igraph_destroy(&ig);
	}
	/* a strongly connected one with more vertices than a chunk of
	 * distances has rows: a directed ring with random chords */
	assert_int_equal(igraph_ring(&ig, 1500, true, false, true),
			 IGRAPH_SUCCESS);
	for (int i = 0; i < 300; i++)
		igraph_add_edge(&ig, RNG_INTEGER(0, 1499),
				RNG_INTEGER(0, 1499));
	random_weights(&w, igraph_ecount(&ig));
	compare_closeness_harmonic(&ig, &w);
	igraph_vector_destroy(&w);
	igraph_destroy(&ig);
}

/* Networks of 256 actors or more split the betweenness sources in two
 * parts (one per process with jobs = 2) and add the parts up: the sum
 * must be igraph_betweenness's value, and the same for every jobs
 * value. Closeness and harmonic centrality are split by vertex. */
static void compare_split_paths(igraph_t *ig, const igraph_vector_t *w)
{
	igraph_integer_t n = igraph_vcount(ig), ne = igraph_ecount(ig);
	bool directed = igraph_is_directed(ig);
	igraph_vector_t dist, bet, har;
	erg_analyze_opts o1, o2;
	erg_metrics *m1, *m2;
	erg_graph *g;
	erg_error err;
	char a[16], b[16];
	double top = 0;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	for (igraph_integer_t i = 0; i < n; i++) {
		snprintf(a, sizeof(a), "v%d", (int)i);
		actor(g, a);
	}
	igraph_vector_init(&dist, ne);
	for (igraph_integer_t e = 0; e < ne; e++) {
		snprintf(a, sizeof(a), "v%d", (int)IGRAPH_FROM(ig, e));
		snprintf(b, sizeof(b), "v%d", (int)IGRAPH_TO(ig, e));
		add(g, a, b, directed ? "support" : "related", VECTOR(*w)[e]);
		VECTOR(dist)[e] = 1.0 / VECTOR(*w)[e];
	}
	erg_analyze_opts_init(&o1);
	erg_analyze_opts_init(&o2);
	o2.jobs = 2;
	assert_int_equal(erg_analyze(g, NULL, &o1, &m1, &err), ERG_OK);
	assert_int_equal(erg_analyze(g, NULL, &o2, &m2, &err), ERG_OK);
	assert_int_equal(m1->directed, directed);

	igraph_vector_init(&bet, 0);
	igraph_vector_init(&har, 0);
	assert_int_equal(
	    igraph_betweenness(ig, &bet, igraph_vss_all(), true, &dist),
	    IGRAPH_SUCCESS);
	assert_int_equal(igraph_harmonic_centrality(ig, &har, igraph_vss_all(),
						    IGRAPH_IN, &dist, false),
			 IGRAPH_SUCCESS);
	top = igraph_vector_max(&bet);
	assert_true(top > 0);
	for (igraph_integer_t i = 0; i < n; i++) {
		snprintf(a, sizeof(a), "v%d", (int)i);
		check_close("betweenness", a,
			    m1->values[ERG_METRIC_BETWEENNESS][i],
			    VECTOR(bet)[i], 1e-12 * top);
		check_close("harmonic", a, m1->values[ERG_METRIC_HARMONIC][i],
			    VECTOR(har)[i], 1e-9);
		/* every process count gives the very same numbers */
		for (int k = 0; k < ERG_METRIC__COUNT; k++)
			if (m1->values[k][i] != m2->values[k][i])
				fail_msg("%s of %s: jobs 1 %.17g, jobs 2 %.17g",
					 erg_metric_name((erg_metric)k), a,
					 m1->values[k][i], m2->values[k][i]);
	}
	/* vertices of both parts (0 1 0 1 ... at first) have closeness */
	assert_true(m1->values[ERG_METRIC_CLOSENESS][0] > 0 ||
		    m1->values[ERG_METRIC_CLOSENESS][2] > 0);
	assert_true(m1->values[ERG_METRIC_CLOSENESS][1] > 0 ||
		    m1->values[ERG_METRIC_CLOSENESS][3] > 0);
	/* one path metric alone, in two processes: the same values, the
	 * others 0 */
	for (int k = 0; k < 2; k++) {
		erg_metric only =
		    k ? ERG_METRIC_BETWEENNESS : ERG_METRIC_HARMONIC;
		erg_metric other =
		    k ? ERG_METRIC_HARMONIC : ERG_METRIC_BETWEENNESS;
		erg_metrics *m3;
		o2.metrics = 1u << only;
		assert_int_equal(erg_analyze(g, NULL, &o2, &m3, &err), ERG_OK);
		for (igraph_integer_t i = 0; i < n; i++) {
			assert_true(m3->values[only][i] == m1->values[only][i]);
			assert_true(m3->values[other][i] == 0);
			assert_true(m3->values[ERG_METRIC_CLOSENESS][i] == 0);
		}
		erg_metrics_free(m3);
	}
	igraph_vector_destroy(&bet);
	igraph_vector_destroy(&har);
	igraph_vector_destroy(&dist);
	erg_metrics_free(m1);
	erg_metrics_free(m2);
	erg_graph_free(g);
}

static void test_analysis__split_betweenness_matches_igraph(void **state)
{
	igraph_t ig;
	igraph_vector_t w;

	use_igraph(11);

	/* simple graphs (no parallel edges: the analysis merges them, igraph
	 * would count them as several routes), weighted and unweighted */
	for (int directed = 0; directed <= 1; directed++) {
		assert_int_equal(igraph_erdos_renyi_game_gnm(&ig, 400, 1200,
							     directed, false),
				 IGRAPH_SUCCESS);
		random_weights(&w, igraph_ecount(&ig));
		compare_split_paths(&ig, &w);
		igraph_vector_fill(&w, 2.0);
		compare_split_paths(&ig, &w);
		igraph_vector_destroy(&w);
		igraph_destroy(&ig);
	}
}

/* From 256 vertices on, the path graphs are numbered in breadth-first
 * order from the vertex of highest degree, component after component:
 * the results must not depend on it. Several components, one of them
 * with vertices nobody reaches, the highest degree not in the first. */
static void test_analysis__path_numbering_components(void **state)
{
	igraph_t parts[3], ig;
	igraph_vector_ptr_t list;
	igraph_vector_t w;

	use_igraph(5);

	assert_int_equal(igraph_ring(&parts[0], 80, true, false, true),
			 IGRAPH_SUCCESS);
	assert_int_equal(
	    igraph_erdos_renyi_game_gnm(&parts[1], 150, 300, true, false),
	    IGRAPH_SUCCESS);
	assert_int_equal(igraph_star(&parts[2], 60, IGRAPH_STAR_OUT, 0),
			 IGRAPH_SUCCESS);
	igraph_vector_ptr_init(&list, 3);
	for (int i = 0; i < 3; i++)
		VECTOR(list)[i] = &parts[i];
	assert_int_equal(igraph_disjoint_union_many(&ig, &list),
			 IGRAPH_SUCCESS);
	assert_true(igraph_vcount(&ig) >= 256);
	random_weights(&w, igraph_ecount(&ig));
	compare_split_paths(&ig, &w);
	compare_closeness_harmonic(&ig, &w);
	igraph_vector_destroy(&w);
	igraph_destroy(&ig);
	for (int i = 0; i < 3; i++)
		igraph_destroy(&parts[i]);
	igraph_vector_ptr_destroy(&list);
}

/* ---- edge cases ---- */

static void test_analysis__empty_and_isolated(void **state)
{
	erg_graph *g;
	erg_metrics *m;
	erg_error err;
	erg_view v;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_OK);
	assert_int_equal(m->n_actors, 0);
	assert_int_equal(m->n_relations, 0);
	assert_int_equal(m->n_communities, 0);
	assert_false(m->directed);
	erg_metrics_free(m);

	actor(g, "A");
	actor(g, "B");
	actor(g, "C");
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_OK);
	assert_int_equal(m->n_communities, 3);
	for (size_t i = 0; i < 3; i++) {
		for (int k = 0; k < ERG_METRIC_COMMUNITY; k++)
			assert_true(m->values[k][i] == 0.0);
		assert_true(m->values[ERG_METRIC_COMMUNITY][i] == (double)i);
	}
	erg_metrics_free(m);

	/* one relation, one loop, and a view that keeps none */
	add(g, "A", "B", "support", 2);
	add(g, "C", "C", "related", 1);
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_OK);
	assert_true(m->directed);
	for (size_t i = 0; i < 3; i++)
		for (int k = 0; k < ERG_METRIC__COUNT; k++)
			assert_true(isfinite(m->values[k][i]));
	assert_true(m->values[ERG_METRIC_OUT_DEGREE][0] == 1);
	assert_true(m->values[ERG_METRIC_IN_STRENGTH][1] == 2);
	assert_true(m->values[ERG_METRIC_DEGREE][2] == 2);    /* loop */
	assert_true(m->values[ERG_METRIC_CLOSENESS][0] == 0); /* unreached */
	assert_true(m->values[ERG_METRIC_CLOSENESS][2] == 0);
	assert_true(m->values[ERG_METRIC_HARMONIC][1] == 2);
	erg_metrics_free(m);

	erg_view_init(&v);
	assert_int_equal(erg_view_add_type(&v, g, "conflict", &err), 0);
	assert_int_equal(erg_analyze(g, &v, NULL, &m, &err), ERG_OK);
	assert_int_equal(m->n_relations, 0);
	for (size_t i = 0; i < 3; i++)
		for (int k = 0; k < ERG_METRIC_COMMUNITY; k++)
			assert_true(m->values[k][i] == 0.0);
	erg_metrics_free(m);
	erg_view_clear(&v);
	erg_graph_free(g);
}

static void test_analysis__view_and_weights(void **state)
{
	erg_graph *g;
	erg_metrics *m;
	erg_error err;
	erg_view v;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	add(g, "A", "B", "cooperation", 1);
	add(g, "B", "A", "cooperation", 2); /* same undirected bundle */
	add(g, "A", "B", "diplomacy", 1);   /* a second link A-B */
	add(g, "B", "C", "cooperation", 1);
	add(g, "C", "A", "sanctions", 1); /* directed, negative */

	/* positive relations only: undirected */
	erg_view_init(&v);
	assert_int_equal(erg_view_add_polarity(&v, "+", &err), 0);
	assert_int_equal(erg_analyze(g, &v, NULL, &m, &err), ERG_OK);
	assert_false(m->directed);
	assert_int_equal(m->n_relations, 4);
	/* degree counts bundles: A-B cooperation, A-B diplomacy */
	assert_true(m->values[ERG_METRIC_DEGREE][0] == 2);
	assert_true(m->values[ERG_METRIC_DEGREE][1] == 3);
	assert_true(m->values[ERG_METRIC_STRENGTH][0] == 4);
	assert_true(m->values[ERG_METRIC_BETWEENNESS][1] == 1);
	erg_metrics_free(m);
	erg_view_clear(&v);

	/* everything: the sanctions arc makes it directed */
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_OK);
	assert_true(m->directed);
	assert_true(m->values[ERG_METRIC_DEGREE][0] == 5);
	assert_true(m->values[ERG_METRIC_IN_DEGREE][0] == 3);
	assert_true(m->values[ERG_METRIC_OUT_DEGREE][0] == 2);
	erg_metrics_free(m);

	/* weights must be positive */
	erg_graph_relation(g, 4)->weight = 0;
	m = (erg_metrics *)1;
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_EINVAL);
	assert_null(m);
	assert_non_null(strstr(err.message, "relation 4"));
	assert_non_null(strstr(err.message, "positive"));
	erg_graph_relation(g, 4)->weight = NAN;
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_EINVAL);
	/* ... unless the view drops them */
	erg_view_init(&v);
	v.min_weight = 0.5;
	assert_int_equal(erg_analyze(g, &v, NULL, &m, &err), ERG_OK);
	assert_false(m->directed);
	erg_metrics_free(m);
	erg_view_clear(&v);
	erg_graph_free(g);
}

static void test_analysis__parallel_types_one_route(void **state)
{
	/* A-B by two types (each of length 2) and A-C-B (length 2): NetworkX
	 * (MultiGraph) gives C betweenness 1/2; igraph on the raw multigraph
	 * would count three shortest paths and give 1/3. */
	erg_graph *g;
	erg_metrics *m;
	erg_error err;
	size_t c;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	add(g, "A", "B", "cooperation", 0.5);
	add(g, "A", "B", "diplomacy", 0.5);
	add(g, "A", "C", "related", 1);
	add(g, "C", "B", "related", 1);
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_OK);
	assert_int_equal(erg_graph_find_actor(g, "C", &c), 0);
	check_close("betweenness", "C", m->values[ERG_METRIC_BETWEENNESS][c],
		    0.5, 1e-12);
	/* degree still counts both links A-B */
	assert_true(m->values[ERG_METRIC_DEGREE][0] == 3);
	check_close("closeness", "A", m->values[ERG_METRIC_CLOSENESS][0],
		    2.0 / 3.0, 1e-12);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_analysis__no_dominant_eigenvector(void **state)
{
	/* Two mutual pairs of equal weight, one feeding the other: the top
	 * eigenvalue is defective, ARPACK (and NetworkX's power iteration)
	 * do not converge. The analysis succeeds without that metric. */
	erg_graph *g;
	erg_metrics *m;
	erg_error err;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	add(g, "A", "B", "conflict", 1.5);
	add(g, "C", "D", "conflict", 0.5);
	add(g, "D", "C", "cooperation", 1);
	add(g, "B", "D", "sanctions", 0.5);
	add(g, "E", "F", "support", 0.5);
	if (erg_analyze(g, NULL, NULL, &m, &err) != ERG_OK)
		fail_msg("erg_analyze: %s", err.message);
	assert_false(erg_metrics_has(m, ERG_METRIC_EIGENVECTOR));
	assert_true(erg_metrics_has(m, ERG_METRIC_PAGERANK));
	assert_true(erg_metrics_has(m, ERG_METRIC_BETWEENNESS));
	assert_true(erg_metrics_has(m, ERG_METRIC_COMMUNITY));
	for (size_t i = 0; i < m->n_actors; i++)
		assert_true(m->values[ERG_METRIC_EIGENVECTOR][i] == 0);
	assert_true(m->values[ERG_METRIC_PAGERANK][0] > 0);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_analysis__periodic_eigenvector(void **state)
{
	/* A directed cycle: ARPACK alone does not converge (every eigenvalue
	 * has the same modulus); the shifted fallback gives the answer. */
	const char *ids[] = {"A", "B", "C", "D", "E"};
	erg_graph *g;
	erg_metrics *m;
	erg_error err;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	for (int i = 0; i < 5; i++)
		add(g, ids[i], ids[(i + 1) % 5], "support", 2);
	if (erg_analyze(g, NULL, NULL, &m, &err) != ERG_OK)
		fail_msg("erg_analyze: %s", err.message);
	assert_true(erg_metrics_has(m, ERG_METRIC_EIGENVECTOR));
	for (size_t i = 0; i < 5; i++) {
		check_close("eigenvector", ids[i],
			    m->values[ERG_METRIC_EIGENVECTOR][i], 1.0, 1e-9);
		check_close("pagerank", ids[i],
			    m->values[ERG_METRIC_PAGERANK][i], 0.2, 1e-9);
		/* hub: A A^T = 4I, any vector is an eigenvector */
		assert_true(m->values[ERG_METRIC_HUB][i] >= 0 &&
			    m->values[ERG_METRIC_HUB][i] <= 1);
	}
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_analysis__metric_subset(void **state)
{
	erg_graph *g = directed_graph();
	erg_metrics *all, *some;
	erg_analyze_opts o;
	erg_error err;
	size_t *order;
	uint32_t key;
	unsigned want =
	    (1u << ERG_METRIC_PAGERANK) | (1u << ERG_METRIC_HARMONIC);

	assert_int_equal(erg_analyze(g, NULL, NULL, &all, &err), ERG_OK);
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		assert_true(erg_metrics_has(all, k));
	erg_analyze_opts_init(&o);
	assert_int_equal(o.metrics, 0);
	o.metrics = want;
	assert_int_equal(erg_analyze(g, NULL, &o, &some, &err), ERG_OK);
	assert_int_equal(some->computed, want);
	assert_int_equal(some->n_communities, 0);
	for (int k = 0; k < ERG_METRIC__COUNT; k++) {
		bool on = (want >> k) & 1;
		assert_int_equal(erg_metrics_has(some, k), on);
		for (size_t i = 0; i < some->n_actors; i++)
			assert_true(some->values[k][i] ==
				    (on ? all->values[k][i] : 0.0));
	}
	assert_int_equal(
	    erg_metrics_rank(g, some, ERG_METRIC_DEGREE, &order, &err),
	    ERG_EINVAL);
	assert_non_null(strstr(err.message, "degree"));
	assert_int_equal(
	    erg_metrics_rank(g, some, ERG_METRIC_PAGERANK, &order, &err),
	    ERG_OK);
	free(order);
	assert_int_equal(erg_metrics_attach(g, some, &err), ERG_OK);
	assert_int_equal(
	    erg_graph_find_key(g, ERG_DOMAIN_NODE, "pagerank", &key), 0);
	assert_int_equal(erg_graph_find_key(g, ERG_DOMAIN_NODE, "degree", &key),
			 -1);
	erg_metrics_free(all);
	erg_metrics_free(some);
	erg_graph_free(g);
}

static void test_analysis__igraph_errors_translated(void **state)
{
	/* igraph's default handler would abort here */
	igraph_t ig;
	igraph_error_t e;
	erg_error err;

	erg__igraph_init();
	erg__igraph_init(); /* idempotent */
	e = igraph_empty(&ig, -5, false);
	assert_int_equal(e, IGRAPH_EINVAL);
	assert_int_equal(erg__igraph_status(e, &err, "graph construction"),
			 ERG_EINVAL);
	assert_int_equal(err.code, ERG_EINVAL);
	assert_non_null(strstr(err.message, "graph construction"));
	assert_non_null(strstr(err.message, "negative"));
	assert_int_equal(erg__igraph_status(IGRAPH_SUCCESS, &err, "x"), ERG_OK);
	assert_int_equal(erg__igraph_status(IGRAPH_ENOMEM, &err, "x"),
			 ERG_ENOMEM);
	assert_int_equal(erg__igraph_status(IGRAPH_ARPACK_MAXIT, &err, "x"),
			 ERG_EALGO);
	/* warnings are recorded, not printed */
	IGRAPH_WARNING("a test warning");
	assert_string_equal(erg__igraph_last_warning(), "a test warning");
	assert_string_equal(erg__igraph_last_warning(), "");
}

/* Two cliques (5 and 4 actors) joined by one bridge. */
static erg_graph *two_cliques(void)
{
	const char *big[] = {"k1", "k2", "k3", "k4", "k5"};
	const char *small[] = {"s1", "s2", "s3", "s4"};
	erg_graph *g;
	erg_error err;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	/* the small clique first, so its actors have the lower indices */
	for (int i = 0; i < 4; i++)
		for (int j = i + 1; j < 4; j++)
			add(g, small[i], small[j], "alliance", 1);
	for (int i = 0; i < 5; i++)
		for (int j = i + 1; j < 5; j++)
			add(g, big[i], big[j], "alliance", 1);
	add(g, "s1", "k1", "criticism", 0.5);
	actor(g, "lonely");
	return g;
}

static void test_analysis__communities_deterministic(void **state)
{
	erg_graph *g = two_cliques();
	erg_metrics *m1, *m2;
	erg_analyze_opts o;
	erg_error err;
	size_t k1, s1, lonely;

	assert_int_equal(erg_graph_find_actor(g, "k1", &k1), 0);
	assert_int_equal(erg_graph_find_actor(g, "s1", &s1), 0);
	assert_int_equal(erg_graph_find_actor(g, "lonely", &lonely), 0);
	erg_analyze_opts_init(&o);
	o.seed = 7;
	assert_int_equal(erg_analyze(g, NULL, &o, &m1, &err), ERG_OK);
	assert_int_equal(erg_analyze(g, NULL, &o, &m2, &err), ERG_OK);
	for (size_t i = 0; i < m1->n_actors; i++)
		assert_true(m1->values[ERG_METRIC_COMMUNITY][i] ==
			    m2->values[ERG_METRIC_COMMUNITY][i]);
	assert_int_equal(m1->n_communities, 3);
	/* numbered by size: the 5-clique is 0 although it comes second */
	for (size_t i = 0; i < m1->n_actors; i++) {
		const char *id = erg_graph_actor_c(g, i)->id;
		double want = id[0] == 'k' ? 0 : id[0] == 's' ? 1 : 2;
		assert_true(m1->values[ERG_METRIC_COMMUNITY][i] == want);
	}
	assert_true(m1->values[ERG_METRIC_COMMUNITY][lonely] == 2);
	erg_metrics_free(m1);
	erg_metrics_free(m2);

	/* other seeds: the same partition here */
	for (unsigned long seed = 1; seed < 6; seed++) {
		o.seed = seed;
		assert_int_equal(erg_analyze(g, NULL, &o, &m1, &err), ERG_OK);
		assert_true(m1->values[ERG_METRIC_COMMUNITY][k1] == 0);
		assert_true(m1->values[ERG_METRIC_COMMUNITY][s1] == 1);
		erg_metrics_free(m1);
	}
	erg_graph_free(g);
}

static void test_analysis__rank_ties(void **state)
{
	erg_graph *g;
	erg_metrics *m;
	erg_error err;
	size_t *order, a;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	/* a star: the centre first, then leaves tied, by label then id */
	add(g, "hub", "z1", "related", 1);
	add(g, "hub", "a2", "related", 1);
	add(g, "hub", "a1", "related", 1);
	add(g, "hub", "m", "related", 1);
	assert_int_equal(erg_graph_find_actor(g, "m", &a), 0);
	assert_int_equal(erg_actor_set_label(erg_graph_actor(g, a), "Beta"), 0);
	assert_int_equal(erg_graph_find_actor(g, "z1", &a), 0);
	assert_int_equal(erg_actor_set_label(erg_graph_actor(g, a), "Alpha"),
			 0);
	assert_int_equal(erg_graph_find_actor(g, "a2", &a), 0);
	assert_int_equal(erg_actor_set_label(erg_graph_actor(g, a), "Alpha"),
			 0);
	assert_int_equal(erg_graph_find_actor(g, "a1", &a), 0);
	assert_int_equal(erg_actor_set_label(erg_graph_actor(g, a), "Gamma"),
			 0);
	actor(g, "AAA"); /* isolated: 0, tied with the leaves */
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_OK);

	const char *want[] = {"hub", "AAA", "a2", "z1", "m", "a1"};
	for (int rep = 0; rep < 2; rep++) {
		assert_int_equal(erg_metrics_rank(g, m, ERG_METRIC_BETWEENNESS,
						  &order, &err),
				 ERG_OK);
		for (size_t i = 0; i < 6; i++)
			assert_string_equal(erg_graph_actor_c(g, order[i])->id,
					    want[i]);
		free(order);
	}
	assert_int_equal(
	    erg_metrics_rank(g, m, ERG_METRIC__COUNT, &order, &err),
	    ERG_EINVAL);
	assert_null(order);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_analysis__names_and_attach(void **state)
{
	erg_graph *g;
	erg_metrics *m;
	erg_error err;
	erg_metric x;
	uint32_t key;
	erg_value v;
	size_t a;

	assert_string_equal(erg_metric_name(ERG_METRIC_PAGERANK), "pagerank");
	assert_string_equal(erg_metric_name(ERG_METRIC_IN_DEGREE), "in_degree");
	assert_string_equal(erg_metric_name(ERG_METRIC_COMMUNITY), "community");
	assert_null(erg_metric_name(ERG_METRIC__COUNT));
	for (int k = 0; k < ERG_METRIC__COUNT; k++) {
		assert_int_equal(erg_metric_parse(erg_metric_name(k), &x), 0);
		assert_int_equal(x, k);
	}
	assert_int_equal(erg_metric_parse("influence", &x), -1);
	assert_true(erg_metric_is_integer(ERG_METRIC_DEGREE));
	assert_true(erg_metric_is_integer(ERG_METRIC_CORENESS));
	assert_true(erg_metric_is_integer(ERG_METRIC_COMMUNITY));
	assert_false(erg_metric_is_integer(ERG_METRIC_STRENGTH));
	assert_false(erg_metric_is_integer(ERG_METRIC_PAGERANK));

	g = directed_graph();
	/* an earlier "pagerank" string key is replaced */
	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_NODE, "pagerank",
					      ERG_ATTR_STRING, false, &key,
					      &err),
			 0);
	v.s = "high";
	assert_int_equal(
	    erg_attrs_set(g, &erg_graph_actor(g, 0)->attrs, key, v), 0);
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), ERG_OK);
	assert_int_equal(erg_metrics_attach(g, m, &err), ERG_OK);
	assert_int_equal(erg_metrics_attach(g, m, &err), ERG_OK); /* again */
	for (int k = 0; k < ERG_METRIC__COUNT; k++) {
		assert_int_equal(erg_graph_find_key(g, ERG_DOMAIN_NODE,
						    erg_metric_name(k), &key),
				 0);
		assert_int_equal(erg_graph_key(g, key)->type,
				 erg_metric_is_integer(k) ? ERG_ATTR_LONG
							  : ERG_ATTR_DOUBLE);
		for (size_t i = 0; i < m->n_actors; i++) {
			const erg_value *got =
			    erg_attrs_get(&erg_graph_actor(g, i)->attrs, key);
			assert_non_null(got);
			if (erg_metric_is_integer(k))
				assert_true((double)got->i == m->values[k][i]);
			else
				assert_true(got->d == m->values[k][i]);
		}
	}
	assert_int_equal(erg_graph_find_actor(g, "B", &a), 0);
	assert_int_equal(erg_graph_find_key(g, ERG_DOMAIN_NODE, "degree", &key),
			 0);
	assert_int_equal(erg_attrs_get(&erg_graph_actor(g, a)->attrs, key)->i,
			 4);
	m->n_actors--;
	assert_int_equal(erg_metrics_attach(g, m, &err), ERG_EINVAL);
	m->n_actors++;
	erg_metrics_free(m);
	erg_metrics_free(NULL);
	erg_graph_free(g);
}

/* jobs = 2 runs the closeness pass in a child process: the results must be
 * the very same numbers as in one process. */
static void test_analysis__two_processes_same_results(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_analyze_opts o1, o2;
	erg_metrics *m1, *m2;
	char s[16], t[16];
	unsigned long x = 12345;
	const char *types[] = {"support", "cooperation", "criticism"};

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	for (int i = 0; i < 1500; i++) {
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		snprintf(s, sizeof(s), "a%lu", (x >> 33) % 400);
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		snprintf(t, sizeof(t), "a%lu", (x >> 33) % 400);
		add(g, s, t, types[i % 3], 1.0 + (double)((x >> 40) % 5));
	}
	erg_analyze_opts_init(&o1);
	erg_analyze_opts_init(&o2);
	o2.jobs = 2;
	assert_int_equal(erg_analyze(g, NULL, &o1, &m1, &err), 0);
	assert_int_equal(erg_analyze(g, NULL, &o2, &m2, &err), 0);
	assert_true(erg_graph_actor_count(g) >= 256);
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		for (size_t i = 0; i < m1->n_actors; i++)
			if (m1->values[k][i] != m2->values[k][i])
				fail_msg("%s of actor %zu: %.17g != %.17g",
					 erg_metric_name((erg_metric)k), i,
					 m1->values[k][i], m2->values[k][i]);
	/* and the pass did run: closeness is not all zero */
	{
		double sum = 0;
		for (size_t i = 0; i < m2->n_actors; i++)
			sum += m2->values[ERG_METRIC_CLOSENESS][i];
		assert_true(sum > 0);
	}
	erg_metrics_free(m1);
	erg_metrics_free(m2);
	erg_graph_free(g);
}

/* PageRank gives the same digits on every run (PRPACK's OpenMP
 * reductions add in a varying order unless held to one thread). */
static void test_analysis__pagerank_reproducible(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_analyze_opts o;
	erg_metrics *first, *m;
	char s[16], t[16];
	unsigned long x = 777;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	for (int i = 0; i < 30000; i++) {
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		snprintf(s, sizeof(s), "a%lu", (x >> 33) % 6000);
		x = x * 6364136223846793005UL + 1442695040888963407UL;
		snprintf(t, sizeof(t), "a%lu", (x >> 33) % 6000);
		add(g, s, t, "support", 1.0 + (double)((x >> 40) % 7));
	}
	erg_analyze_opts_init(&o);
	o.metrics = 1u << ERG_METRIC_PAGERANK;
	assert_int_equal(erg_analyze(g, NULL, &o, &first, &err), 0);
	for (int run = 0; run < 4; run++) {
		assert_int_equal(erg_analyze(g, NULL, &o, &m, &err), 0);
		for (size_t i = 0; i < m->n_actors; i++)
			if (m->values[ERG_METRIC_PAGERANK][i] !=
			    first->values[ERG_METRIC_PAGERANK][i])
				fail_msg("run %d, actor %zu: %.17g != %.17g",
					 run, i,
					 m->values[ERG_METRIC_PAGERANK][i],
					 first->values[ERG_METRIC_PAGERANK][i]);
		erg_metrics_free(m);
	}
	erg_metrics_free(first);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_analysis__karate_networkx),
	    cmocka_unit_test(test_analysis__directed_weighted),
	    cmocka_unit_test(test_analysis__closeness_harmonic_match_igraph),
	    cmocka_unit_test(test_analysis__split_betweenness_matches_igraph),
	    cmocka_unit_test(test_analysis__path_numbering_components),
	    cmocka_unit_test(test_analysis__empty_and_isolated),
	    cmocka_unit_test(test_analysis__view_and_weights),
	    cmocka_unit_test(test_analysis__parallel_types_one_route),
	    cmocka_unit_test(test_analysis__no_dominant_eigenvector),
	    cmocka_unit_test(test_analysis__periodic_eigenvector),
	    cmocka_unit_test(test_analysis__metric_subset),
	    cmocka_unit_test(test_analysis__igraph_errors_translated),
	    cmocka_unit_test(test_analysis__communities_deterministic),
	    cmocka_unit_test(test_analysis__rank_ties),
	    cmocka_unit_test(test_analysis__names_and_attach),
	    cmocka_unit_test(test_analysis__two_processes_same_results),
	    cmocka_unit_test(test_analysis__pagerank_reproducible),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
