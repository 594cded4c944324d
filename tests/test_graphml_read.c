/* test_graphml_read.c - the GraphML reader (ingest/graphml_read.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "helpers.h"

/* ---- helpers ---- */

typedef struct {
	int n;
	int n_port;
	long first_line;
	char last[512];
} warnings;

static void collect_warning(void *userdata, const char *file, long line,
			    const char *message)
{
	warnings *w = userdata;
	(void)file;
	if (!w->n)
		w->first_line = line;
	w->n++;
	if (strstr(message, "port"))
		w->n_port++;
	snprintf(w->last, sizeof(w->last), "%s", message);
}

static void opts_with(erg_read_opts *o, warnings *w)
{
	memset(o, 0, sizeof(*o));
	if (w) {
		memset(w, 0, sizeof(*w));
		o->warn = collect_warning;
		o->warn_userdata = w;
	}
}

static erg_graph *new_graph(void)
{
	erg_graph *g = NULL;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	return g;
}

/* Reads fixture tests/data/graphml/<name> into a new graph; asserts OK. */
static erg_graph *load(const char *name, warnings *w)
{
	char path[1024];
	erg_graph *g = new_graph();
	erg_read_opts o;
	erg_error err;
	erg_status st;

	snprintf(path, sizeof(path), "%s", th_data("graphml/"));
	strncat(path, name, sizeof(path) - strlen(path) - 1);
	opts_with(&o, w);
	st = erg_graphml_read_file(g, path, &o, &err);
	if (st != ERG_OK) {
		char buf[1200];
		erg_error_format(&err, buf, sizeof(buf));
		fail_msg("%s: %s", name, buf);
	}
	return g;
}

static erg_status read_str(erg_graph *g, const char *xml, warnings *w,
			   erg_error *err)
{
	erg_read_opts o;
	opts_with(&o, w);
	return erg_graphml_read_memory(g, xml, strlen(xml), "mem.graphml", &o,
				       err);
}

static const erg_actor *actor(erg_graph *g, const char *id)
{
	size_t i;
	if (erg_graph_find_actor(g, id, &i) != 0)
		fail_msg("no actor '%s'", id);
	return erg_graph_actor_c(g, i);
}

static uint32_t key(erg_graph *g, erg_domain d, const char *name)
{
	uint32_t k;
	if (erg_graph_find_key(g, d, name, &k) != 0)
		fail_msg("no key '%s'", name);
	return k;
}

static const erg_value *aval(erg_graph *g, const char *id, const char *name)
{
	return erg_attrs_get(&actor(g, id)->attrs,
			     key(g, ERG_DOMAIN_NODE, name));
}

static const erg_value *rval(erg_graph *g, size_t r, const char *name)
{
	return erg_attrs_get(&erg_graph_relation_c(g, r)->attrs,
			     key(g, ERG_DOMAIN_EDGE, name));
}

static const char *type_name(erg_graph *g, size_t r)
{
	return erg_types_get(erg_graph_types(g),
			     erg_graph_relation_c(g, r)->type)
		->name;
}

/* ---- real files ---- */

static void test_graphml_read__real_files_counts(void **state)
{
	/* counts as reported by networkx.read_graphml (igraph for the Java
	 * GraphML library file, which networkx rejects) */
	static const struct {
		const char *file;
		size_t nodes, edges;
		int directed;
	} cases[] = {
		{ "networkx_karate.graphml", 34, 78, 0 },
		{ "networkx_lesmis.graphml", 77, 254, 0 },
		{ "igraph_zachary.graphml", 34, 78, 0 },
		{ "gephi_friends.graphml", 8, 8, 1 },
		{ "graphtool_5cliques.graphml", 25, 54, 0 },
		{ "yed_groups.graphml", 7, 4, 1 },
		{ "yfiles_html_ports.graphml", 4, 4, 1 },
		{ "javagraphml_test.graphml", 6, 7, 0 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		erg_graph *g = load(cases[i].file, NULL);
		if (erg_graph_actor_count(g) != cases[i].nodes ||
		    erg_graph_relation_count(g) != cases[i].edges ||
		    (int)erg_graph_is_directed(g) != cases[i].directed)
			fail_msg("%s: %zu nodes %zu edges directed %d",
				 cases[i].file, erg_graph_actor_count(g),
				 erg_graph_relation_count(g),
				 (int)erg_graph_is_directed(g));
		erg_graph_free(g);
	}
}

static void test_graphml_read__networkx_karate(void **state)
{
	erg_graph *g = load("networkx_karate.graphml", NULL);
	const erg_relation *r = erg_graph_relation_c(g, 0);
	uint32_t k;

	/* graph-level data */
	k = key(g, ERG_DOMAIN_GRAPH, "name");
	assert_string_equal(erg_attrs_get(erg_graph_attrs_c(g), k)->s,
			    "Zachary's Karate Club");
	assert_string_equal(aval(g, "0", "club")->s, "Mr. Hi");
	assert_string_equal(aval(g, "33", "club")->s, "Officer");
	/* a "long" weight goes to the weight field, not to a free key */
	assert_int_equal(erg_graph_find_key(g, ERG_DOMAIN_EDGE, "weight", &k),
			 -1);
	assert_string_equal(erg_graph_actor_c(g, r->source)->id, "0");
	assert_string_equal(erg_graph_actor_c(g, r->target)->id, "1");
	assert_true(r->weight == 4.0);
	assert_false(r->directed);
	assert_string_equal(type_name(g, 0), ERG_TYPE_RELATED);
	assert_null(r->id);
	/* no label key: label = id */
	assert_string_equal(actor(g, "5")->label, "5");
	erg_graph_free(g);
}

static void test_graphml_read__gephi(void **state)
{
	erg_graph *g = load("gephi_friends.graphml", NULL);
	const erg_key *k;

	assert_string_equal(actor(g, "Ann")->label, "Ann");
	assert_int_equal(aval(g, "Ann", "r")->i, 172);
	assert_true(fabs(aval(g, "Ann", "x")->d - -55.12323) < 1e-9);
	assert_string_equal(aval(g, "Helen", "gender")->s, "F");
	k = erg_graph_key(g, key(g, ERG_DOMAIN_NODE, "size"));
	assert_int_equal(k->type, ERG_ATTR_FLOAT);
	/* declared but unused keys are kept with their type */
	k = erg_graph_key(g, key(g, ERG_DOMAIN_EDGE, "Edge Label"));
	assert_int_equal(k->type, ERG_ATTR_STRING);
	/* label is a model field, not a free key */
	assert_int_equal(
		erg_graph_find_key(g, ERG_DOMAIN_NODE, "label", NULL), -1);
	assert_true(erg_graph_relation_c(g, 2)->directed);
	erg_graph_free(g);
}

static void test_graphml_read__graph_tool(void **state)
{
	erg_graph *g = load("graphtool_5cliques.graphml", NULL);
	uint32_t k = key(g, ERG_DOMAIN_GRAPH, "dl");
	const erg_value *v = erg_attrs_get(erg_graph_attrs_c(g), k);

	assert_non_null(v);
	assert_true(fabs(v->d - 150.10880360418344) < 1e-9);
	assert_int_equal(erg_graph_key(g, k)->type, ERG_ATTR_FLOAT);
	assert_int_equal(aval(g, "n24", "partition")->i, 4);
	assert_string_equal(erg_graph_relation_c(g, 53)->id, "e53");
	assert_string_equal(erg_graph_name(g), "G");
	erg_graph_free(g);
}

static void test_graphml_read__java_lib_defaults_and_whitespace(void **state)
{
	warnings w;
	erg_graph *g = load("javagraphml_test.graphml", &w);
	const erg_key *color, *gender;
	uint32_t k;

	color = erg_graph_key(g, key(g, ERG_DOMAIN_NODE, "color"));
	assert_true(color->has_default);
	assert_string_equal(color->def.s, "yellow");
	gender = erg_graph_key(g, key(g, ERG_DOMAIN_NODE, "gender"));
	assert_int_equal(gender->type, ERG_ATTR_BOOL);
	assert_true(gender->has_default);
	assert_int_equal(gender->def.b, 1);
	/* defaults are not materialised as values */
	assert_null(aval(g, "n1", "color"));
	assert_int_equal(aval(g, "n0", "gender")->b, 1); /* "  true   " */
	assert_int_equal(aval(g, "n5", "gender")->b, 0); /* "fAlSe" */
	assert_string_equal(aval(g, "n3", "color")->s,
			    "red \"with entities\"");
	k = key(g, ERG_DOMAIN_GRAPH, "date");
	assert_string_equal(erg_attrs_get(erg_graph_attrs_c(g), k)->s,
			    "2006-11-12");
	/* a graph key used on a node: kept, for the node */
	assert_string_equal(aval(g, "n0", "unused")->s, "incorrect");
	assert_true(erg_graph_relation_c(g, 2)->weight == 2.0);
	assert_true(erg_graph_relation_c(g, 3)->weight == 1.0);
	assert_true(erg_graph_relation_c(g, 6)->weight == 1.1);
	assert_string_equal(erg_graph_relation_c(g, 6)->id, "e6");
	erg_graph_free(g);
}

static void test_graphml_read__yed_nested_groups(void **state)
{
	erg_graph *g = load("yed_groups.graphml", NULL);

	/* labels from y:NodeLabel */
	assert_string_equal(actor(g, "n0")->label, "Ivrea");
	assert_string_equal(actor(g, "n2")->label, "Northern Italy");
	assert_string_equal(actor(g, "n2::n2")->label, "Group 2");
	/* flattened: inner nodes get their group as affiliation */
	assert_null(actor(g, "n0")->affiliation);
	assert_null(actor(g, "n2")->affiliation);
	assert_string_equal(actor(g, "n2::n0")->affiliation, "n2");
	assert_string_equal(actor(g, "n2::n2")->affiliation, "n2");
	assert_string_equal(actor(g, "n2::n2::n0")->affiliation, "n2::n2");
	assert_string_equal(aval(g, "n2::n1", "url")->s,
			    "https://www.comune.brescia.it/Pagine/default.aspx");
	/* edges of the nested graph are kept */
	assert_string_equal(erg_graph_relation_c(g, 3)->id, "n2::e0");
	assert_string_equal(rval(g, 0, "description")->s,
			    "Length\t246 km (153 mi)");
	/* yfiles graphics keys are not attributes */
	assert_int_equal(erg_graph_key_count(g), 5);
	erg_graph_free(g);
}

static void test_graphml_read__yfiles_ports_warn_once(void **state)
{
	warnings w;
	erg_graph *g = load("yfiles_html_ports.graphml", &w);

	assert_int_equal(w.n_port, 1);
	assert_true(w.first_line > 0);
	/* labels from yFiles for HTML y:Label.Text */
	assert_string_equal(actor(g, "n0")->label,
			    "Top left rounded rectangle");
	assert_string_equal(actor(g, "n2")->label, "\xc5\x91\xc3\xb0\xe4\xb8\xad");
	assert_string_equal(aval(g, "n0", "description")->s, "<node id=\"n3\">");
	assert_int_equal(aval(g, "n3", "zOrder")->i, 4);
	/* parallel edges kept, self-loop kept */
	assert_int_equal(erg_graph_relation_count(g), 4);
	assert_int_equal(erg_graph_relation_c(g, 1)->source,
			 erg_graph_relation_c(g, 2)->source);
	assert_int_equal(erg_graph_relation_c(g, 1)->target,
			 erg_graph_relation_c(g, 2)->target);
	assert_int_equal(erg_graph_relation_c(g, 3)->source,
			 erg_graph_relation_c(g, 3)->target);
	erg_graph_free(g);
}

/* ---- semantics on small inputs ---- */

static void test_graphml_read__all_attr_types(void **state)
{
	const char *xml =
		"<graphml>\n"
		"<key id='b' for='node' attr.name='flag' attr.type='boolean'>"
		"<default>false</default></key>\n"
		"<key id='i' for='node' attr.name='count' attr.type='int'>"
		"<default>7</default></key>\n"
		"<key id='l' for='node' attr.name='big' attr.type='long'/>\n"
		"<key id='f' for='edge' attr.name='f' attr.type='float'>"
		"<default>0.5</default></key>\n"
		"<key id='d' for='edge' attr.name='d' attr.type='double'/>\n"
		"<key id='s' for='graph' attr.name='note'><default>hi</default>"
		"</key>\n"
		"<key id='g' for='node' attr.name='rank' attr.type='integer'/>\n"
		"<graph id='G1'>\n"
		"<data key='s'>about</data>\n"
		"<node id='a'><data key='b'>TRUE</data><data key='i'>-3</data>"
		"<data key='l'>9007199254740993</data><data key='g'>2</data>"
		"</node>\n"
		"<node id='b'><data key='i'> </data></node>\n"
		"<edge source='a' target='b'><data key='f'>1e3</data>"
		"<data key='d'>-INF</data></edge>\n"
		"</graph></graphml>\n";
	erg_graph *g = new_graph();
	erg_error err;
	const erg_key *k;

	assert_int_equal(read_str(g, xml, NULL, &err), ERG_OK);
	assert_int_equal(aval(g, "a", "flag")->b, 1);
	assert_int_equal(aval(g, "a", "count")->i, -3);
	assert_true(aval(g, "a", "big")->i == 9007199254740993LL);
	assert_int_equal(aval(g, "a", "rank")->i, 2);
	assert_null(aval(g, "b", "count")); /* blank number: no value */
	assert_true(rval(g, 0, "f")->d == 1000.0);
	assert_true(isinf(rval(g, 0, "d")->d) && rval(g, 0, "d")->d < 0);
	k = erg_graph_key(g, key(g, ERG_DOMAIN_NODE, "flag"));
	assert_int_equal(k->type, ERG_ATTR_BOOL);
	assert_true(k->has_default && k->def.b == 0);
	k = erg_graph_key(g, key(g, ERG_DOMAIN_NODE, "count"));
	assert_true(k->type == ERG_ATTR_INT && k->def.i == 7);
	k = erg_graph_key(g, key(g, ERG_DOMAIN_NODE, "big"));
	assert_int_equal(k->type, ERG_ATTR_LONG);
	k = erg_graph_key(g, key(g, ERG_DOMAIN_EDGE, "f"));
	assert_true(k->type == ERG_ATTR_FLOAT && k->def.d == 0.5);
	assert_int_equal(
		erg_graph_key(g, key(g, ERG_DOMAIN_EDGE, "d"))->type,
		ERG_ATTR_DOUBLE);
	k = erg_graph_key(g, key(g, ERG_DOMAIN_GRAPH, "note"));
	assert_true(k->type == ERG_ATTR_STRING && k->has_default);
	assert_string_equal(k->def.s, "hi");
	assert_string_equal(erg_graph_name(g), "G1");
	erg_graph_free(g);
}

static void test_graphml_read__reserved_fields(void **state)
{
	const char *xml =
		"<?xml version='1.0'?>\n"
		"<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>\n"
		"<key id='lb' for='node' attr.name='label' attr.type='string'/>\n"
		"<key id='kd' for='node' attr.name='kind' attr.type='string'/>\n"
		"<key id='al' for='node' attr.name='aliases'/>\n"
		"<key id='af' for='node' attr.name='affiliation'/>\n"
		"<key id='ty' for='edge' attr.name='type'/>\n"
		"<key id='po' for='edge' attr.name='polarity' attr.type='int'/>\n"
		"<key id='mo' for='edge' attr.name='modality'>"
		"<default>alleged</default></key>\n"
		"<key id='da' for='edge' attr.name='date'/>\n"
		"<key id='we' for='edge' attr.name='weight' attr.type='int'/>\n"
		"<key id='ev' for='edge' attr.name='evidence'/>\n"
		"<key id='dc' for='edge' attr.name='doc'/>\n"
		"<key id='of' for='edge' attr.name='offset' attr.type='long'/>\n"
		"<key id='sy' for='edge' attr.name='symmetric' "
		"attr.type='boolean'/>\n"
		"<graph edgedefault='directed'>\n"
		"<node id='us'><data key='lb'>United States</data>"
		"<data key='kd'>State</data>"
		"<data key='al'>USA| U.S. |America</data></node>\n"
		"<node id='nato'><data key='kd'>org</data></node>\n"
		"<node id='x'><data key='af'>nato</data>"
		"<data key='lb'></data></node>\n"
		"<edge id='r1' source='us' target='nato'>"
		"<data key='ty'>support</data><data key='po'>-1</data>"
		"<data key='mo'>Denied</data><data key='da'>2022-03</data>"
		"<data key='we'>3</data><data key='ev'>The U.S. backs NATO.</data>"
		"<data key='dc'>a.txt</data><data key='of'>120</data>"
		"<data key='sy'>true</data></edge>\n"
		"<edge source='nato' target='us'/>\n"
		"</graph></graphml>";
	erg_graph *g = new_graph();
	erg_error err;
	const erg_actor *a;
	const erg_relation *r;

	assert_int_equal(read_str(g, xml, NULL, &err), ERG_OK);
	a = actor(g, "us");
	assert_string_equal(a->label, "United States");
	assert_int_equal(a->kind, ERG_KIND_STATE);
	assert_int_equal(a->n_aliases, 3);
	assert_string_equal(a->aliases[1], "U.S.");
	assert_int_equal(actor(g, "nato")->kind, ERG_KIND_ORGANIZATION);
	assert_string_equal(actor(g, "x")->affiliation, "nato");
	assert_string_equal(actor(g, "x")->label, "x"); /* empty label */
	assert_int_equal(actor(g, "x")->kind, ERG_KIND_OTHER);

	r = erg_graph_relation_c(g, 0);
	assert_string_equal(type_name(g, 0), "support");
	assert_int_equal(r->modality, ERG_MOD_DENIED);
	assert_string_equal(r->date, "2022-03");
	assert_true(r->weight == 3.0);
	assert_string_equal(r->evidence, "The U.S. backs NATO.");
	assert_string_equal(r->doc, "a.txt");
	assert_true(r->offset == 120);
	assert_false(r->directed); /* symmetric=true */
	assert_string_equal(r->id, "r1");
	/* polarity comes from the type: not stored anywhere */
	assert_int_equal(erg_relation_polarity(g, r), 1);
	assert_int_equal(erg_graph_key_count(g), 0);

	r = erg_graph_relation_c(g, 1);
	assert_string_equal(type_name(g, 1), ERG_TYPE_RELATED);
	assert_int_equal(r->modality, ERG_MOD_ALLEGED); /* key default */
	assert_null(r->date);
	assert_true(r->weight == 1.0);
	assert_true(r->offset == -1);
	assert_true(r->directed);
	erg_graph_free(g);
}

static void test_graphml_read__reserved_defaults(void **state)
{
	const char *xml =
		"<graphml>"
		"<key id='t' for='edge' attr.name='type'>"
		"<default>cooperation</default></key>"
		"<key id='k' for='node' attr.name='kind'>"
		"<default>person</default></key>"
		"<key id='w' for='edge' attr.name='weight' attr.type='double'>"
		"<default>2.5</default></key>"
		"<graph><node id='a'/><node id='b'><data key='k'>state</data>"
		"</node>"
		"<edge source='a' target='b'/>"
		"<edge source='a' target='b'><data key='t'>conflict</data>"
		"<data key='w'>4</data></edge>"
		"</graph></graphml>";
	erg_graph *g = new_graph();
	erg_error err;

	assert_int_equal(read_str(g, xml, NULL, &err), ERG_OK);
	assert_int_equal(actor(g, "a")->kind, ERG_KIND_PERSON);
	assert_int_equal(actor(g, "b")->kind, ERG_KIND_STATE);
	assert_string_equal(type_name(g, 0), "cooperation");
	assert_true(erg_graph_relation_c(g, 0)->weight == 2.5);
	assert_string_equal(type_name(g, 1), "conflict");
	assert_true(erg_graph_relation_c(g, 1)->weight == 4.0);
	erg_graph_free(g);
}

static void test_graphml_read__direction(void **state)
{
	const char *xml =
		"<graphml><key id='s' for='edge' attr.name='symmetric' "
		"attr.type='boolean'/>"
		"<graph edgedefault='undirected'>"
		"<node id='a'/><node id='b'/>"
		"<edge source='a' target='b'/>"
		"<edge source='a' target='b' directed='true'/>"
		"<edge source='a' target='b' directed='true'>"
		"<data key='s'>true</data></edge>"
		"<edge source='b' target='a' directed='false'>"
		"<data key='s'>false</data></edge>"
		"</graph>"
		"<graph><node id='c'/><edge source='c' target='a'/>"
		"<edge source='c' target='a' directed='false'/></graph>"
		"</graphml>";
	erg_graph *g = new_graph();
	erg_error err;

	assert_int_equal(read_str(g, xml, NULL, &err), ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 6);
	assert_false(erg_graph_relation_c(g, 0)->directed);
	assert_true(erg_graph_relation_c(g, 1)->directed);
	assert_false(erg_graph_relation_c(g, 2)->directed);
	assert_true(erg_graph_relation_c(g, 3)->directed);
	/* second top-level graph: merged, edgedefault missing = directed */
	assert_true(erg_graph_relation_c(g, 4)->directed);
	assert_false(erg_graph_relation_c(g, 5)->directed);
	assert_int_equal(erg_graph_actor_count(g), 3);
	erg_graph_free(g);
}

static void test_graphml_read__edges_before_nodes_and_merge(void **state)
{
	const char *first =
		"<graphml><key id='l' for='node' attr.name='label'/>"
		"<graph><node id='a'><data key='l'>Alpha</data></node>"
		"</graph></graphml>";
	const char *second =
		"<graph id='second'>\n"
		"<edge source='a' target='b'/>\n"
		"<edge source='b' target='c'/>\n"
		"<node id='c'/><node id='b'/>\n"
		"</graph>";
	erg_graph *g = new_graph();
	erg_error err;

	assert_int_equal(erg_graph_set_name(g, "mine"), ERG_OK);
	assert_int_equal(read_str(g, first, NULL, &err), ERG_OK);
	/* second input: no graphml root, edges before nodes, actor 'a'
	 * known from the first input */
	assert_int_equal(read_str(g, second, NULL, &err), ERG_OK);
	assert_int_equal(erg_graph_actor_count(g), 3);
	assert_int_equal(erg_graph_relation_count(g), 2);
	assert_string_equal(actor(g, "a")->label, "Alpha");
	assert_string_equal(erg_graph_name(g), "mine");
	erg_graph_free(g);
}

static void test_graphml_read__keys_for_all_and_unnamed(void **state)
{
	const char *xml =
		"<graphml>"
		"<key id='note' for='all'/>"
		"<key id='score' attr.type='double'/>"
		"<graph><data key='note'>g</data>"
		"<node id='a'><data key='note'>n</data>"
		"<data key='mystery'>?</data></node>"
		"<node id='b'/>"
		"<edge source='a' target='b'><data key='note'>e</data>"
		"<data key='score'>0.25</data></edge>"
		"</graph></graphml>";
	warnings w;
	erg_graph *g = new_graph();
	erg_error err;
	uint32_t k;

	assert_int_equal(read_str(g, xml, &w, &err), ERG_OK);
	assert_string_equal(aval(g, "a", "note")->s, "n");
	/* a key declared inside <graph> (non-standard) is still a key */
	assert_int_equal(read_str(g, "<graphml><graph><key id='w' for='node' "
				     "attr.name='wealth' attr.type='double'/>"
				     "<node id='a'><data key='w'>2.5</data>"
				     "</node></graph></graphml>",
				  NULL, &err),
			 ERG_OK);
	assert_true(aval(g, "a", "wealth")->d == 2.5);
	assert_string_equal(rval(g, 0, "note")->s, "e");
	assert_true(rval(g, 0, "score")->d == 0.25);
	k = key(g, ERG_DOMAIN_GRAPH, "note");
	assert_string_equal(erg_attrs_get(erg_graph_attrs_c(g), k)->s, "g");
	/* for="all" keys are defined only where used */
	assert_int_equal(
		erg_graph_find_key(g, ERG_DOMAIN_NODE, "score", NULL), -1);
	/* an undeclared key: kept as a string, with a warning */
	assert_string_equal(aval(g, "a", "mystery")->s, "?");
	assert_int_equal(w.n, 1);
	assert_non_null(strstr(w.last, "mystery"));
	erg_graph_free(g);
}

static void test_graphml_read__key_type_conflict(void **state)
{
	const char *a = "<graphml><key id='k' for='node' attr.name='size' "
			"attr.type='int'/><graph/></graphml>";
	const char *b = "<graphml>\n<key id='k' for='node' attr.name='size' "
			"attr.type='string'/><graph/></graphml>";
	erg_graph *g = new_graph();
	erg_error err;

	assert_int_equal(read_str(g, a, NULL, &err), ERG_OK);
	assert_int_equal(read_str(g, b, NULL, &err), ERG_EINVAL);
	assert_int_equal(err.line, 2);
	assert_string_equal(err.file, "mem.graphml");
	erg_graph_free(g);
}

static void test_graphml_read__deep_nesting(void **state)
{
	/* 60 group levels: the element stack grows while frames are live */
	char *xml = malloc(60 * 80 + 200), *p = xml;
	erg_graph *g = new_graph();
	erg_error err;
	char id[16];

	p += sprintf(p, "<graphml><graph>");
	for (int i = 0; i < 60; i++)
		p += sprintf(p, "<node id='g%d'><graph>", i);
	p += sprintf(p, "<node id='leaf'/><edge source='leaf' target='g0'/>");
	for (int i = 0; i < 60; i++)
		p += sprintf(p, "</graph></node>");
	sprintf(p, "</graph></graphml>");
	assert_int_equal(read_str(g, xml, NULL, &err), ERG_OK);
	assert_int_equal(erg_graph_actor_count(g), 61);
	assert_string_equal(actor(g, "leaf")->affiliation, "g59");
	for (int i = 1; i < 60; i++) {
		snprintf(id, sizeof(id), "g%d", i);
		snprintf(xml, 16, "g%d", i - 1);
		assert_string_equal(actor(g, id)->affiliation, xml);
	}
	assert_null(actor(g, "g0")->affiliation);
	erg_graph_free(g);
	free(xml);
}

/* ---- errors ---- */

static void test_graphml_read__bad_files(void **state)
{
	static const struct {
		const char *file;
		erg_status status;
		long line;
		const char *words; /* expected in the message */
	} cases[] = {
		{ "unclosed_tag.graphml", ERG_EPARSE, 6, "mismatch" },
		{ "bad_attr_type.graphml", ERG_EINVAL, 3, "complex" },
		{ "unknown_node.graphml", ERG_EINVAL, 7,
		  "edge e5 refers to unknown node 'x'" },
		{ "hyperedge.graphml", ERG_EUNSUPPORTED, 7, "hyperedge" },
		{ "invalid_utf8.graphml", ERG_EPARSE, 5, "UTF-8" },
		{ "binary_junk.graphml", ERG_EPARSE, 1, "" },
		{ "empty.graphml", ERG_EPARSE, 1, "empty" },
		{ "unknown_type.graphml", ERG_EINVAL, 9,
		  "unknown relation type 'friendship' (add it with --types "
		  "FILE)" },
		{ "unknown_modality.graphml", ERG_EINVAL, 8, "rumoured" },
		{ "unknown_kind.graphml", ERG_EINVAL, 6, "planet" },
		{ "bad_date.graphml", ERG_EINVAL, 8, "2023-02-30" },
		{ "bad_int_value.graphml", ERG_EINVAL, 6, "many" },
		{ "not_graphml.xml", ERG_EPARSE, 2, "not a GraphML document" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char path[1024];
		erg_graph *g = new_graph();
		erg_error err;
		erg_status st;

		snprintf(path, sizeof(path), "%s", th_data("graphml/bad/"));
		strncat(path, cases[i].file, sizeof(path) - strlen(path) - 1);
		st = erg_graphml_read_file(g, path, NULL, &err);
		if (st != cases[i].status || err.line != cases[i].line ||
		    strcmp(err.file, path) != 0 || err.code != st ||
		    !strstr(err.message, cases[i].words) || !err.message[0])
			fail_msg("%s: status %d line %ld file '%s': %s",
				 cases[i].file, st, err.line, err.file,
				 err.message);
		erg_graph_free(g);
	}
}

static void test_graphml_read__external_entity_not_loaded(void **state)
{
	char path[1024];
	erg_graph *g = new_graph();
	erg_error err;
	erg_status st;

	snprintf(path, sizeof(path), "%s",
		 th_data("graphml/bad/external_entity.graphml"));
	st = erg_graphml_read_file(g, path, NULL, &err);
	if (st == ERG_OK) {
		const erg_actor *a = actor(g, "a");
		assert_null(strstr(a->label, "root:"));
		assert_string_equal(a->label, "&xxe;"); /* kept unexpanded */
	} else {
		assert_true(st < 0);
		assert_null(strstr(err.message, "root:"));
	}
	erg_graph_free(g);
}

static void test_graphml_read__io_and_limits(void **state)
{
	const char *xml = "<graphml><graph><node id='a'/></graph></graphml>";
	erg_graph *g = new_graph();
	erg_read_opts o;
	erg_error err;
	char msg[1200];

	assert_int_equal(erg_graphml_read_file(g, "/nonexistent/x.graphml",
					       NULL, &err),
			 ERG_EIO);
	assert_string_equal(err.file, "/nonexistent/x.graphml");
	erg_error_format(&err, msg, sizeof(msg));
	assert_non_null(strstr(msg, "/nonexistent/x.graphml"));
	assert_non_null(strstr(msg, "cannot open"));

	opts_with(&o, NULL);
	o.max_input_bytes = 10;
	assert_int_equal(erg_graphml_read_memory(g, xml, strlen(xml), "m", &o,
						 &err),
			 ERG_ELIMIT);
	/* NULL error record and options are accepted */
	assert_int_equal(erg_graphml_read_memory(g, "<x", 2, NULL, NULL, NULL),
			 ERG_EPARSE);
	assert_int_equal(erg_graphml_read_memory(g, xml, strlen(xml), NULL,
						 NULL, NULL),
			 ERG_OK);
	assert_int_equal(erg_graph_actor_count(g), 1);
	erg_graph_free(g);
}

static void test_graphml_read__edge_errors(void **state)
{
	erg_graph *g = new_graph();
	erg_error err;

	assert_int_equal(read_str(g, "<graphml><graph>\n<edge target='a'/>"
				     "</graph></graphml>",
				  NULL, &err),
			 ERG_EINVAL);
	assert_int_equal(err.line, 2);
	assert_int_equal(read_str(g, "<graphml><graph edgedefault='maybe'/>"
				     "</graphml>",
				  NULL, &err),
			 ERG_EINVAL);
	assert_int_equal(read_str(g, "<graphml><graph><node id='a'/>\n\n"
				     "<edge source='a' target='a' "
				     "directed='yes'/></graph></graphml>",
				  NULL, &err),
			 ERG_EINVAL);
	assert_int_equal(err.line, 3);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graphml_read__real_files_counts),
		cmocka_unit_test(test_graphml_read__networkx_karate),
		cmocka_unit_test(test_graphml_read__gephi),
		cmocka_unit_test(test_graphml_read__graph_tool),
		cmocka_unit_test(
			test_graphml_read__java_lib_defaults_and_whitespace),
		cmocka_unit_test(test_graphml_read__yed_nested_groups),
		cmocka_unit_test(test_graphml_read__yfiles_ports_warn_once),
		cmocka_unit_test(test_graphml_read__all_attr_types),
		cmocka_unit_test(test_graphml_read__reserved_fields),
		cmocka_unit_test(test_graphml_read__reserved_defaults),
		cmocka_unit_test(test_graphml_read__direction),
		cmocka_unit_test(test_graphml_read__edges_before_nodes_and_merge),
		cmocka_unit_test(test_graphml_read__keys_for_all_and_unnamed),
		cmocka_unit_test(test_graphml_read__key_type_conflict),
		cmocka_unit_test(test_graphml_read__deep_nesting),
		cmocka_unit_test(test_graphml_read__bad_files),
		cmocka_unit_test(test_graphml_read__external_entity_not_loaded),
		cmocka_unit_test(test_graphml_read__io_and_limits),
		cmocka_unit_test(test_graphml_read__edge_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
