/* test_metrics_write.c - the ranked metrics table in every format. */
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

/* Three actors with awkward labels and hand-made metric values:
 * pagerank ranks b (0.5) before c (0.3) before a (0.2). */
static erg_graph *fixture(erg_metrics **out)
{
	erg_graph *g;
	erg_metrics *m;
	erg_error err;
	size_t a, b, c;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, "a", &a, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, "b", &b, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, "c", &c, NULL, &err), 0);
	assert_int_equal(erg_actor_set_label(erg_graph_actor(g, a),
					     "Kim, \"Supreme\" Leader"),
			 0);
	assert_int_equal(
	    erg_actor_set_label(erg_graph_actor(g, b), "Line\none|two\tthree"),
	    0);
	assert_int_equal(
	    erg_actor_set_label(erg_graph_actor(g, c), "Ким Чен Ын"), 0);
	erg_graph_actor(g, a)->kind = ERG_KIND_PERSON;
	erg_graph_actor(g, b)->kind = ERG_KIND_STATE;

	m = calloc(1, sizeof(*m));
	assert_non_null(m);
	m->n_actors = 3;
	m->directed = true;
	m->n_relations = 4;
	m->n_communities = 2;
	for (int k = 0; k < ERG_METRIC__COUNT; k++) {
		m->values[k] = calloc(3, sizeof(double));
		assert_non_null(m->values[k]);
	}
	m->values[ERG_METRIC_PAGERANK][a] = 0.2;
	m->values[ERG_METRIC_PAGERANK][b] = 0.5;
	m->values[ERG_METRIC_PAGERANK][c] = 0.3;
	m->values[ERG_METRIC_DEGREE][a] = 2;
	m->values[ERG_METRIC_DEGREE][b] = 3;
	m->values[ERG_METRIC_DEGREE][c] = 1;
	m->values[ERG_METRIC_BETWEENNESS][b] = 1.0 / 3.0;
	m->values[ERG_METRIC_HARMONIC][c] = 12345.678;
	m->values[ERG_METRIC_COMMUNITY][c] = 1;
	*out = m;
	return g;
}

static char *write_mem(const erg_graph *g, const erg_metrics *m, erg_metric by,
		       erg_table_format fmt)
{
	char *text = NULL;
	size_t len = 0;
	erg_error err;
	FILE *fp = open_memstream(&text, &len);

	assert_non_null(fp);
	if (erg_metrics_write_fp(g, m, by, fmt, fp, &err) != ERG_OK)
		fail_msg("write: %s", err.message);
	fclose(fp);
	return text;
}

static void test_metrics_write__format_names(void **state)
{
	erg_table_format f;
	assert_int_equal(erg_table_format_parse("csv", &f), 0);
	assert_int_equal(f, ERG_TABLE_CSV);
	assert_int_equal(erg_table_format_parse("TSV", &f), 0);
	assert_int_equal(f, ERG_TABLE_TSV);
	assert_int_equal(erg_table_format_parse("json", &f), 0);
	assert_int_equal(f, ERG_TABLE_JSON);
	assert_int_equal(erg_table_format_parse("md", &f), 0);
	assert_int_equal(f, ERG_TABLE_MD);
	assert_int_equal(erg_table_format_parse("markdown", &f), 0);
	assert_int_equal(f, ERG_TABLE_MD);
	assert_int_equal(erg_table_format_parse("xlsx", &f), -1);
	assert_int_equal(erg_table_format_parse("", &f), -1);
}

static void test_metrics_write__csv(void **state)
{
	erg_metrics *m;
	erg_graph *g = fixture(&m);
	char *text = write_mem(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_CSV);
	const char *want =
	    "rank,id,label,kind,degree,in_degree,out_degree,strength,"
	    "in_strength,out_strength,betweenness,closeness,harmonic,"
	    "eigenvector,pagerank,hub,authority,coreness,community\n"
	    "1,b,\"Line\none|two\tthree\",state,3,0,0,0,0,0,"
	    "0.3333333333333333,0,0,0,0.5,0,0,0,0\n"
	    "2,c,Ким Чен Ын,other,1,0,0,0,0,0,0,0,12345.678,0,0.3,0,0,0,1\n"
	    "3,a,\"Kim, \"\"Supreme\"\" Leader\",person,2,0,0,0,0,0,0,0,0,"
	    "0,0.2,0,0,0,0\n";
	assert_string_equal(text, want);
	free(text);

	/* ranked by degree instead */
	text = write_mem(g, m, ERG_METRIC_DEGREE, ERG_TABLE_CSV);
	assert_non_null(strstr(text, "\n1,b,"));
	assert_non_null(strstr(text, "\n2,a,"));
	assert_non_null(strstr(text, "\n3,c,"));
	free(text);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_metrics_write__tsv(void **state)
{
	erg_metrics *m;
	erg_graph *g = fixture(&m);
	char *text = write_mem(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_TSV);
	char *line2 = strchr(text, '\n') + 1;

	assert_true(strncmp(text, "rank\tid\tlabel\tkind\tdegree\t", 25) == 0);
	/* tabs and newlines inside a field became spaces; quotes stay */
	assert_true(
	    strncmp(line2, "1\tb\tLine one|two three\tstate\t3\t", 31) == 0);
	assert_non_null(strstr(text, "\n3\ta\tKim, \"Supreme\" Leader\t"));
	/* four lines of 19 fields each */
	int lines = 0, tabs = 0;
	for (char *p = text; *p; p++) {
		lines += *p == '\n';
		tabs += *p == '\t';
	}
	assert_int_equal(lines, 4);
	assert_int_equal(tabs, 4 * 18);
	free(text);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_metrics_write__json(void **state)
{
	erg_metrics *m;
	erg_graph *g = fixture(&m);
	char *text;
	json_error_t jerr;
	json_t *root, *actors, *row;

	m->values[ERG_METRIC_CLOSENESS][0] = NAN; /* never written as NaN */
	text = write_mem(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_JSON);
	root = json_loads(text, 0, &jerr);
	if (!root)
		fail_msg("JSON does not parse: %s (line %d)", jerr.text,
			 jerr.line);
	assert_true(json_is_true(json_object_get(root, "directed")));
	assert_int_equal(json_integer_value(json_object_get(root, "relations")),
			 4);
	assert_int_equal(
	    json_integer_value(json_object_get(root, "communities")), 2);
	assert_string_equal(json_string_value(json_object_get(root, "rank_by")),
			    "pagerank");
	actors = json_object_get(root, "actors");
	assert_true(json_is_array(actors));
	assert_int_equal(json_array_size(actors), 3);

	row = json_array_get(actors, 0);
	assert_int_equal(json_integer_value(json_object_get(row, "rank")), 1);
	assert_string_equal(json_string_value(json_object_get(row, "id")), "b");
	assert_string_equal(json_string_value(json_object_get(row, "label")),
			    "Line\none|two\tthree");
	assert_string_equal(json_string_value(json_object_get(row, "kind")),
			    "state");
	assert_true(json_is_integer(json_object_get(row, "degree")));
	assert_int_equal(json_integer_value(json_object_get(row, "degree")), 3);
	assert_true(json_is_real(json_object_get(row, "betweenness")));
	assert_true(json_real_value(json_object_get(row, "betweenness")) ==
		    1.0 / 3.0);
	assert_true(json_real_value(json_object_get(row, "pagerank")) == 0.5);

	row = json_array_get(actors, 1);
	assert_string_equal(json_string_value(json_object_get(row, "label")),
			    "Ким Чен Ын");
	assert_int_equal(json_integer_value(json_object_get(row, "community")),
			 1);
	row = json_array_get(actors, 2);
	assert_string_equal(json_string_value(json_object_get(row, "label")),
			    "Kim, \"Supreme\" Leader");
	assert_true(json_is_real(json_object_get(row, "closeness")));
	assert_true(json_real_value(json_object_get(row, "closeness")) == 0);
	/* every metric is present in every row */
	for (size_t i = 0; i < 3; i++)
		for (int k = 0; k < ERG_METRIC__COUNT; k++)
			assert_non_null(json_object_get(
			    json_array_get(actors, i), erg_metric_name(k)));
	assert_null(strstr(text, "NaN"));
	json_decref(root);
	free(text);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_metrics_write__markdown(void **state)
{
	erg_metrics *m;
	erg_graph *g = fixture(&m);
	char *text = write_mem(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_MD);
	char *p;
	int lines = 0;

	assert_true(strncmp(text,
			    "| rank | id | label | kind | degree | in_degree |",
			    49) == 0);
	assert_non_null(strstr(text, "\n| ---: | --- | --- | --- | ---: |"));
	/* '|' escaped, newline and tab gone, 4 significant digits */
	assert_non_null(strstr(text, "\n| 1 | b | Line one\\|two\tthree | "
				     "state | 3 |"));
	assert_non_null(strstr(text, " 0.3333 |"));
	assert_non_null(strstr(text, " 1.235e+04 |"));
	assert_non_null(strstr(text, "| 3 | a | Kim, \"Supreme\" Leader |"));
	for (p = text; *p; p++)
		lines += *p == '\n';
	assert_int_equal(lines, 5); /* header, rule, three rows */
	free(text);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_metrics_write__subset(void **state)
{
	/* only the metrics computed are written */
	erg_metrics *m;
	erg_graph *g = fixture(&m);
	char *text;
	json_t *root, *row;

	m->computed = (1u << ERG_METRIC_PAGERANK) | (1u << ERG_METRIC_DEGREE);
	text = write_mem(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_CSV);
	assert_true(
	    strncmp(text, "rank,id,label,kind,degree,pagerank\n1,b,", 39) == 0);
	assert_non_null(strstr(text, "\n3,a,\"Kim, \"\"Supreme\"\" Leader\","
				     "person,2,0.2\n"));
	free(text);
	text = write_mem(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_MD);
	assert_true(strncmp(text,
			    "| rank | id | label | kind | degree | "
			    "pagerank |\n| ---: | --- | --- | --- | "
			    "---: | ---: |\n",
			    87) == 0);
	free(text);
	text = write_mem(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_JSON);
	root = json_loads(text, 0, NULL);
	assert_non_null(root);
	row = json_array_get(json_object_get(root, "actors"), 0);
	assert_int_equal(json_object_size(row), 6);
	assert_null(json_object_get(row, "betweenness"));
	json_decref(root);
	free(text);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_metrics_write__file_and_errors(void **state)
{
	erg_metrics *m;
	erg_graph *g = fixture(&m);
	erg_error err;
	char path[4096];
	char *text;

	snprintf(path, sizeof(path), "%s/metrics.csv", th_tmpdir());
	assert_int_equal(erg_metrics_write_file(g, m, ERG_METRIC_PAGERANK,
						ERG_TABLE_CSV, path, &err),
			 ERG_OK);
	text = th_slurp(path, NULL);
	assert_non_null(text);
	assert_true(strncmp(text, "rank,id,label,kind,", 19) == 0);
	free(text);

	/* a folder that does not exist: error, no file */
	assert_int_not_equal(
	    erg_metrics_write_file(g, m, ERG_METRIC_PAGERANK, ERG_TABLE_CSV,
				   "/nonexistent/dir/m.csv", &err),
	    ERG_OK);
	assert_false(th_exists("/nonexistent/dir/m.csv"));

	/* metrics for another graph */
	m->n_actors = 2;
	snprintf(path, sizeof(path), "%s/bad.csv", th_tmpdir());
	assert_int_equal(erg_metrics_write_file(g, m, ERG_METRIC_PAGERANK,
						ERG_TABLE_CSV, path, &err),
			 ERG_EINVAL);
	assert_false(th_exists(path));
	m->n_actors = 3;
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_metrics_write__analyzed(void **state)
{
	/* end to end: analyse, then write; the JSON reads back with the
	 * same numbers */
	erg_graph *g;
	erg_metrics *m;
	erg_error err;
	size_t a, b, c, ty;
	char *text;
	json_t *root;
	json_error_t jerr;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, "RUS", &a, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, "PRK", &b, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, "UKR", &c, NULL, &err), 0);
	assert_int_equal(
	    erg_types_find(erg_graph_types(g), "arms_transfer", &ty), 0);
	assert_int_equal(erg_graph_add_relation(g, b, a, ty, NULL, &err), 0);
	assert_int_equal(erg_types_find(erg_graph_types(g), "conflict", &ty),
			 0);
	assert_int_equal(erg_graph_add_relation(g, a, c, ty, NULL, &err), 0);
	assert_int_equal(erg_analyze(g, NULL, NULL, &m, &err), 0);
	text = write_mem(g, m, ERG_METRIC_BETWEENNESS, ERG_TABLE_JSON);
	root = json_loads(text, 0, &jerr);
	assert_non_null(root);
	json_t *first = json_array_get(json_object_get(root, "actors"), 0);
	assert_string_equal(json_string_value(json_object_get(first, "id")),
			    "RUS");
	assert_true(json_real_value(json_object_get(first, "betweenness")) ==
		    m->values[ERG_METRIC_BETWEENNESS][a]);
	assert_true(m->values[ERG_METRIC_BETWEENNESS][a] == 1);
	json_decref(root);
	free(text);
	erg_metrics_free(m);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_metrics_write__format_names),
	    cmocka_unit_test(test_metrics_write__csv),
	    cmocka_unit_test(test_metrics_write__tsv),
	    cmocka_unit_test(test_metrics_write__json),
	    cmocka_unit_test(test_metrics_write__markdown),
	    cmocka_unit_test(test_metrics_write__subset),
	    cmocka_unit_test(test_metrics_write__file_and_errors),
	    cmocka_unit_test(test_metrics_write__analyzed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
