/* test_read.c - whole-file input, format sniffing, read dispatch. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "helpers.h"

static const char *tmp_path(const char *name)
{
	static char buf[4096];
	snprintf(buf, sizeof(buf), "%s/%s", th_tmpdir(), name);
	return buf;
}

static erg_graph *new_graph(void)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	return g;
}

static void test_read__opts_init(void **state)
{
	erg_read_opts o;
	memset(&o, 0x55, sizeof(o));
	erg_read_opts_init(&o);
	assert_null(o.warn);
	assert_null(o.progress);
	assert_null(o.warn_userdata);
	assert_int_equal(o.max_input_bytes, (size_t)1 << 30);
}

typedef struct {
	int calls;
	size_t last_done, last_total;
} progress_log;

static void on_progress(void *ud, const char *what, size_t done, size_t total)
{
	progress_log *p = ud;
	assert_string_equal(what, "reading");
	assert_true(done >= p->last_done);
	p->calls++;
	p->last_done = done;
	p->last_total = total;
}

static void test_read__read_all(void **state)
{
	erg_error err;
	erg_read_opts opts;
	progress_log log = {0, 0, 0};
	char *data;
	size_t len, big = 3u << 20;
	char *text = malloc(big + 1);
	const char *path = tmp_path("big.txt");

	assert_non_null(text);
	for (size_t i = 0; i < big; i++)
		text[i] = (char)('a' + i % 26);
	text[big] = '\0';
	assert_int_equal(th_write(path, text), 0);

	erg_read_opts_init(&opts);
	opts.progress = on_progress;
	opts.progress_userdata = &log;
	assert_int_equal(erg_read_all(path, &opts, &data, &len, &err), ERG_OK);
	assert_int_equal(len, big);
	assert_memory_equal(data, text, big);
	assert_int_equal(data[len], '\0');
	assert_true(log.calls >= 3);
	assert_int_equal(log.last_done, big);
	assert_int_equal(log.last_total, big);
	free(data);

	/* the cap, exactly at and just below the size */
	opts.progress = NULL;
	opts.max_input_bytes = big;
	assert_int_equal(erg_read_all(path, &opts, &data, &len, &err), ERG_OK);
	free(data);
	opts.max_input_bytes = big - 1;
	data = (char *)1;
	assert_int_equal(erg_read_all(path, &opts, &data, &len, &err),
			 ERG_ELIMIT);
	assert_null(data);
	assert_string_equal(err.file, path);
	free(text);

	/* empty file: an empty string */
	assert_int_equal(th_write(tmp_path("empty"), ""), 0);
	assert_int_equal(
	    erg_read_all(tmp_path("empty"), NULL, &data, &len, &err), ERG_OK);
	assert_int_equal(len, 0);
	assert_string_equal(data, "");
	free(data);
}

static void test_read__read_all_stdin(void **state)
{
	erg_error err;
	char *data;
	size_t len;
	const char *path = tmp_path("stdin.txt");

	assert_int_equal(th_write(path, "from stdin\n"), 0);
	assert_non_null(freopen(path, "rb", stdin));
	assert_int_equal(erg_read_all("-", NULL, &data, &len, &err), ERG_OK);
	assert_int_equal(len, 11);
	assert_string_equal(data, "from stdin\n");
	free(data);
}

static void test_read__missing_file_and_directory(void **state)
{
	erg_error err;
	char *data = NULL;
	size_t len;
	erg_graph *g = new_graph();
	const char *missing = "/nonexistent/dir/relations.csv";

	assert_int_equal(erg_read_all(missing, NULL, &data, &len, &err),
			 ERG_EIO);
	assert_string_equal(err.message,
			    "cannot open: No such file or directory");
	assert_string_equal(err.file, missing);
	assert_int_equal(
	    erg_read_file(g, missing, ERG_FORMAT_UNKNOWN, NULL, &err), ERG_EIO);
	assert_string_equal(err.file, missing);
	assert_int_equal(erg_table_read_file(g, missing, 0, NULL, &err),
			 ERG_EIO);
	assert_int_equal(erg_actors_read_file(g, missing, NULL, &err), ERG_EIO);

	assert_int_equal(erg_read_all(th_tmpdir(), NULL, &data, &len, &err),
			 ERG_EIO);
	assert_non_null(strstr(err.message, "directory"));
	assert_int_equal(
	    erg_read_file(g, th_tmpdir(), ERG_FORMAT_UNKNOWN, NULL, &err),
	    ERG_EIO);
	assert_non_null(strstr(err.message, "directory"));
	assert_null(data);
	erg_graph_free(g);
}

static void test_read__sniff(void **state)
{
	static const struct {
		const char *text;
		erg_format expect;
	} cases[] = {
	    {"<?xml version=\"1.0\"?>\n<graphml>", ERG_FORMAT_GRAPHML},
	    {"\xEF\xBB\xBF\n  <?xml version=\"1.0\"?>", ERG_FORMAT_GRAPHML},
	    {"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
	     ERG_FORMAT_GRAPHML},
	    {"source\ttarget\ttype\nA\tB\tsupport\n", ERG_FORMAT_TSV},
	    {"\xEF\xBB\xBFsource\ttarget\ttype\n", ERG_FORMAT_TSV},
	    {"source,target,type\nA,B,\"x\ty\"\n", ERG_FORMAT_CSV},
	    {"source,target,type", ERG_FORMAT_CSV},
	    {"", ERG_FORMAT_CSV},
	    {"%PDF-1.5\n", ERG_FORMAT_PDF},
	    {"\x89PNG\r\n\x1a\n", ERG_FORMAT_PNG},
	    {"digraph G {\n a -> b\n}\n", ERG_FORMAT_DOT},
	    {"strict graph {\n}", ERG_FORMAT_DOT},
	    {"graph,source,target\n", ERG_FORMAT_CSV},
	    {"<?xml version=\"1.0\"?>\n<svg width=\"1\">", ERG_FORMAT_SVG},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		erg_format f =
		    erg_format_sniff(cases[i].text, strlen(cases[i].text));
		if (f != cases[i].expect)
			fprintf(stderr, "case %zu: got %s\n", i,
				erg_format_name(f));
		assert_int_equal(f, cases[i].expect);
	}
}

static void test_read__dispatch_tables(void **state)
{
	erg_error err;
	erg_graph *g = new_graph();
	size_t i;

	assert_int_equal(erg_read_file(g, th_data("tables/relations.csv"),
				       ERG_FORMAT_UNKNOWN, NULL, &err),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 4);
	assert_int_equal(erg_read_file(g, th_data("tables/relations.tsv"),
				       ERG_FORMAT_UNKNOWN, NULL, &err),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 6);
	/* no extension: sniffed */
	assert_int_equal(erg_read_file(g, th_data("tables/noext_tsv"),
				       ERG_FORMAT_UNKNOWN, NULL, &err),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 7);
	assert_int_equal(erg_read_file(g, th_data("tables/noext_csv"),
				       ERG_FORMAT_UNKNOWN, NULL, &err),
			 ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 9);
	assert_int_equal(erg_graph_find_actor(g, "Hamas", &i), 0);
	assert_int_equal(erg_graph_relation_c(g, 8)->target, i);
	/* an explicit format wins over the content */
	assert_int_equal(erg_read_file(g, th_data("tables/noext_tsv"),
				       ERG_FORMAT_CSV, NULL, &err),
			 ERG_EPARSE);
	assert_non_null(strstr(err.message, "missing required column"));
	erg_graph_free(g);
}

static void test_read__dispatch_errors_name_the_file(void **state)
{
	erg_error err;
	erg_graph *g = new_graph();
	const char *bad = tmp_path("bad.csv");

	assert_int_equal(th_write(bad, "source,target,type\nA,B,support\n"
				       "A,B,nonsense\n"),
			 0);
	assert_int_equal(erg_read_file(g, bad, ERG_FORMAT_UNKNOWN, NULL, &err),
			 ERG_EINVAL);
	assert_string_equal(err.file, bad);
	assert_int_equal(err.line, 3);
	erg_graph_free(g);
}

static void test_read__output_only_formats(void **state)
{
	erg_error err;
	erg_graph *g = new_graph();

	assert_int_equal(th_write(tmp_path("net.dot"), "digraph { a -> b }\n"),
			 0);
	assert_int_equal(erg_read_file(g, tmp_path("net.dot"),
				       ERG_FORMAT_UNKNOWN, NULL, &err),
			 ERG_EUNSUPPORTED);
	assert_string_equal(err.message,
			    "cannot read DOT files (inputs are GraphML, CSV or "
			    "TSV)");
	/* no extension, DOT content */
	assert_int_equal(th_write(tmp_path("net"), "digraph { a -> b }\n"), 0);
	assert_int_equal(
	    erg_read_file(g, tmp_path("net"), ERG_FORMAT_UNKNOWN, NULL, &err),
	    ERG_EUNSUPPORTED);
	assert_non_null(strstr(err.message, "cannot read DOT files"));
	/* rejected by name, before the file is even opened */
	assert_int_equal(erg_read_file(g, "/nonexistent/x.png",
				       ERG_FORMAT_UNKNOWN, NULL, &err),
			 ERG_EUNSUPPORTED);
	assert_non_null(strstr(err.message, "cannot read PNG files"));
	assert_int_equal(erg_read_file(g, "/nonexistent/x.svg",
				       ERG_FORMAT_UNKNOWN, NULL, &err),
			 ERG_EUNSUPPORTED);
	assert_int_equal(erg_read_file(g, "x", ERG_FORMAT_PDF, NULL, &err),
			 ERG_EUNSUPPORTED);
	assert_non_null(strstr(err.message, "cannot read PDF files"));
	assert_int_equal(erg_graph_relation_count(g), 0);
	erg_graph_free(g);
}

static void test_read__dispatch_graphml(void **state)
{
	erg_error err;
	erg_graph *g = new_graph();
	const char *path = tmp_path("graph_noext");
	erg_status st;

	assert_int_equal(
	    th_write(path,
		     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		     "<graphml xmlns=\"http://graphml.graphdrawing.org/"
		     "xmlns\">\n<graph id=\"G\" edgedefault=\"directed\">\n"
		     "<node id=\"a\"/><node id=\"b\"/>\n"
		     "<edge source=\"a\" target=\"b\"/>\n</graph>\n"
		     "</graphml>\n"),
	    0);
	st = erg_read_file(g, path, ERG_FORMAT_UNKNOWN, NULL, &err);
	/* the GraphML reader is someone else's: it must be the one called,
	 * never the table reader */
	if (st == ERG_OK) {
		assert_int_equal(erg_graph_actor_count(g), 2);
		assert_int_equal(erg_graph_relation_count(g), 1);
	} else {
		assert_int_equal(st, ERG_EUNSUPPORTED);
	}
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_read__opts_init),
	    cmocka_unit_test(test_read__read_all),
	    cmocka_unit_test(test_read__read_all_stdin),
	    cmocka_unit_test(test_read__missing_file_and_directory),
	    cmocka_unit_test(test_read__sniff),
	    cmocka_unit_test(test_read__dispatch_tables),
	    cmocka_unit_test(test_read__dispatch_errors_name_the_file),
	    cmocka_unit_test(test_read__output_only_formats),
	    cmocka_unit_test(test_read__dispatch_graphml),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
