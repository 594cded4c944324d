/* test_slides.c - what titles a network's figures and pages: a
 * graph-level title or name attribute, never the GraphML graph id. */
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
#include "title_internal.h"

#define HEAD                                                               \
	"<?xml version=\"1.0\"?>\n<graphml "                               \
	"xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
#define BODY                                                               \
	"<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/>" \
	"</graph></graphml>\n"

static erg_graph *read_graphml(const char *text)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	assert_int_equal(
	    erg_graphml_read_memory(g, text, strlen(text), "t.graphml", NULL,
				    &err),
	    0);
	return g;
}

static void test_slides__graph_title(void **state)
{
	erg_graph *g;

	(void)state;
	/* igraph, NetworkX and ergraph write <graph id="G">: an identifier */
	g = read_graphml(HEAD "<graph id=\"G\" edgedefault=\"directed\">" BODY);
	assert_string_equal(erg_graph_name(g), "G");
	assert_null(erg__graph_title(g));
	erg_graph_free(g);

	/* NetworkX's G.graph["name"] */
	g = read_graphml(HEAD
			 "<key id=\"d0\" for=\"graph\" attr.name=\"name\" "
			 "attr.type=\"string\"/>\n<graph id=\"G\" "
			 "edgedefault=\"directed\"><data key=\"d0\">Zachary's "
			 "Karate Club</data>" BODY);
	assert_string_equal(erg__graph_title(g), "Zachary's Karate Club");
	erg_graph_free(g);

	/* "title" wins over "name"; a blank one is no title */
	g = read_graphml(HEAD
			 "<key id=\"d0\" for=\"graph\" attr.name=\"name\" "
			 "attr.type=\"string\"/>\n<key id=\"d1\" for=\"graph\" "
			 "attr.name=\"title\" attr.type=\"string\"/>\n<graph "
			 "id=\"G\"><data key=\"d0\">net-17</data><data "
			 "key=\"d1\">Sahel briefing</data>" BODY);
	assert_string_equal(erg__graph_title(g), "Sahel briefing");
	erg_graph_free(g);
	g = read_graphml(HEAD
			 "<key id=\"d1\" for=\"graph\" attr.name=\"title\" "
			 "attr.type=\"string\"/>\n<graph id=\"G\"><data "
			 "key=\"d1\">  </data>" BODY);
	assert_null(erg__graph_title(g));
	erg_graph_free(g);
	/* a node attribute called "name" is not the graph's */
	g = read_graphml(HEAD
			 "<key id=\"d0\" for=\"node\" attr.name=\"name\" "
			 "attr.type=\"string\"/>\n<graph id=\"net\">"
			 "<node id=\"x\"><data key=\"d0\">X</data></node>" BODY);
	assert_null(erg__graph_title(g));
	erg_graph_free(g);
	assert_null(erg__graph_title(NULL));
}

/* The report titles a graph read from GraphML by its title attribute,
 * else its default: never "G". */
static void test_slides__report_title(void **state)
{
	erg_graph *g;
	erg_report_opts o;
	erg_error err;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	(void)state;
	g = read_graphml(HEAD "<graph id=\"G\" edgedefault=\"directed\">" BODY);
	erg_report_opts_init(&o);
	o.diagram = false;
	fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	assert_int_equal(erg_report_write_fp(g, &o, fp, &err), 0);
	fclose(fp);
	assert_non_null(strstr(buf, "<title>Actor network report</title>"));
	assert_null(strstr(buf, "<title>G</title>"));
	free(buf);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_slides__graph_title),
	    cmocka_unit_test(test_slides__report_title),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
