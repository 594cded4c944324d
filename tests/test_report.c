/* test_report.c - the self-contained HTML report (output/report.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "ergraph.h"
#include "helpers.h"
#include "draw_helpers.h"
#include "report_internal.h"

/* Graphviz and its font stack leak on their own (see test_draw.c). */
const char *__asan_default_options(void);

const char *__asan_default_options(void)
{
	return "fast_unwind_on_malloc=0";
}

/* A relation with its date, evidence and document. */
static erg_relation *rel_ev(erg_graph *g, size_t s, size_t t, const char *type,
			    erg_modality m, const char *date,
			    const char *evidence, const char *doc)
{
	erg_relation *x = rel(g, s, t, type, m);
	assert_int_equal(erg_set_str(&x->date, date), 0);
	assert_int_equal(erg_set_str(&x->evidence, evidence), 0);
	assert_int_equal(erg_set_str(&x->doc, doc), 0);
	return x;
}

/* Four actors, five relations, one negated, two documents. */
static erg_graph *sample(void)
{
	erg_graph *g;
	erg_error err;
	size_t a, b, c, d;
	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	a = actor(g, "RUS", "Russia", ERG_KIND_STATE);
	b = actor(g, "PRK", "North Korea", ERG_KIND_STATE);
	c = actor(g, "CHN", "China", ERG_KIND_STATE);
	d = actor(g, "PUTIN", "Vladimir Putin", ERG_KIND_PERSON);
	rel_ev(g, a, b, "diplomacy", ERG_MOD_REPORTED, "2023-09-13",
	       "The leaders met at Vostochny.", "ties-2024");
	rel_ev(g, a, b, "arms_transfer", ERG_MOD_ALLEGED, "2023-11",
	       "Shells were allegedly shipped.", "ties-2024");
	rel_ev(g, c, b, "support", ERG_MOD_REPORTED, "2019",
	       "China supported the regime.", "beijing-2019");
	rel_ev(g, d, a, "affiliation", ERG_MOD_REPORTED, NULL, NULL, NULL);
	rel_ev(g, c, a, "alliance", ERG_MOD_NEGATED, "2024-06-19",
	       "They did not form an alliance.", "ties-2024")
	    ->offset = 1234;
	return g;
}

/* Writes the report to a temporary file and returns its text. */
static char *report_text(const erg_graph *g, const erg_report_opts *o)
{
	char path[512];
	erg_error err;
	char *text;
	snprintf(path, sizeof(path), "%s/report.html", th_tmpdir());
	erg_error_clear(&err);
	if (erg_report_write_file(g, o, path, &err) != ERG_OK)
		fail_msg("report: %s", err.message);
	text = th_slurp(path, NULL);
	assert_non_null(text);
	return text;
}

static htmlDocPtr parse(const char *text)
{
	htmlDocPtr doc = htmlReadMemory(
	    text, (int)strlen(text), "report.html", "UTF-8",
	    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	assert_non_null(doc);
	return doc;
}

typedef struct {
	size_t scripts, imgs, iframes, handlers, svgs;
	size_t rel_rows, metric_rows;
} census;

static void walk(xmlNodePtr n, census *c, bool in_rel, bool in_metrics)
{
	for (; n; n = n->next) {
		bool rel_here = in_rel, met_here = in_metrics;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp((const char *)n->name, "script"))
			c->scripts++;
		if (!strcmp((const char *)n->name, "img"))
			c->imgs++;
		if (!strcmp((const char *)n->name, "iframe"))
			c->iframes++;
		if (!strcmp((const char *)n->name, "svg"))
			c->svgs++;
		for (xmlAttrPtr a = n->properties; a; a = a->next)
			if ((a->name[0] | 0x20) == 'o' &&
			    (a->name[1] | 0x20) == 'n')
				c->handlers++;
		if (!strcmp((const char *)n->name, "table")) {
			xmlChar *id = xmlGetProp(n, BAD_CAST "id");
			rel_here = id && !strcmp((char *)id, "relations");
			met_here = id && !strcmp((char *)id, "metrics-table");
			xmlFree(id);
		}
		if (!strcmp((const char *)n->name, "tr") && n->parent &&
		    !strcmp((const char *)n->parent->name, "tbody")) {
			if (in_rel)
				c->rel_rows++;
			if (in_metrics)
				c->metric_rows++;
		}
		walk(n->children, c, rel_here, met_here);
	}
}

static census count(const char *text)
{
	census c;
	htmlDocPtr doc = parse(text);
	memset(&c, 0, sizeof(c));
	walk(xmlDocGetRootElement(doc), &c, false, false);
	xmlFreeDoc(doc);
	return c;
}

/* Text of the first element carrying class `cls` (malloc'ed). */
static xmlNodePtr find_class(xmlNodePtr n, const char *cls)
{
	for (; n; n = n->next) {
		xmlNodePtr hit;
		if (n->type == XML_ELEMENT_NODE) {
			xmlChar *c = xmlGetProp(n, BAD_CAST "class");
			bool match = c && !strcmp((char *)c, cls);
			xmlFree(c);
			if (match)
				return n;
		}
		if ((hit = find_class(n->children, cls)))
			return hit;
	}
	return NULL;
}

static void test_report__sha256(void **state)
{
	static const struct {
		const char *in;
		const char *hex;
	} v[] = {
	    {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b"
		 "855"},
	    {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f2"
		    "0015ad"},
	    {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c"
	     "1"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(*v); i++) {
		unsigned char d[32];
		char hex[65];
		erg__sha256(v[i].in, strlen(v[i].in), d);
		for (int k = 0; k < 32; k++)
			snprintf(hex + 2 * k, 3, "%02x", d[k]);
		assert_string_equal(hex, v[i].hex);
	}
}

static void test_report__contents(void **state)
{
	erg_graph *g = sample();
	erg_report_opts o;
	const char *src[] = {"relations.csv", "actors.csv"};
	char *text;
	census c;
	(void)state;

	erg_report_opts_init(&o);
	o.sources = src;
	o.n_sources = 2;
	o.title = "Russia & DPRK";
	text = report_text(g, &o);
	assert_true(strncmp(text, "<!DOCTYPE html>\n<html lang=\"en\">", 31) ==
		    0);
	assert_non_null(strstr(text, "<title>Russia &amp; DPRK</title>"));
	/* no view: every relation, dates from 2019 to 2024-06-19, both
	 * documents (sorted), the inputs */
	assert_non_null(strstr(text, "2019 \xE2\x80\x93 2024-06-19"));
	assert_non_null(strstr(text, "beijing-2019, ties-2024"));
	assert_non_null(strstr(text, "relations.csv, actors.csv"));
	assert_non_null(strstr(text, "The leaders met at Vostochny."));
	assert_non_null(strstr(text, "<td class=\"num\" data-v=\"1234\">1234"));
	/* a strict policy and exactly the page's script */
	assert_non_null(strstr(text, "default-src 'none'; script-src "
				     "'sha256-"));
	assert_non_null(strstr(text, "style-src 'unsafe-inline'; base-uri "
				     "'none'; form-action 'none'\""));
	assert_null(strstr(text, "img-src"));
	assert_null(strstr(text, "<?xml"));
	assert_null(strstr(text, "<!DOCTYPE svg"));
	assert_null(strstr(text, "<!--"));
	assert_null(strstr(text, "http://www.w3.org/Graphics"));
	c = count(text);
	assert_int_equal(c.scripts, 1);
	assert_int_equal(c.svgs, 1);
	assert_int_equal(c.handlers, 0);
	assert_int_equal(c.rel_rows, 5);
	assert_int_equal(c.metric_rows, 4);
	/* filter check boxes for the types and modalities present */
	assert_non_null(strstr(text, "value=\"m1\"")); /* alleged */
	assert_null(strstr(text, "value=\"m2\""));     /* no denied */
	free(text);
	erg_graph_free(g);
}

static void test_report__view_and_ranking(void **state)
{
	erg_graph *g = sample();
	erg_report_opts o;
	erg_view v;
	erg_metrics *m = NULL;
	erg_error err;
	size_t *order = NULL;
	char *text, *first_row;
	census c;
	(void)state;

	erg_view_init(&v);
	assert_int_equal(erg_view_add_modality(&v, "reported", &err), 0);
	assert_int_equal(erg_analyze(g, &v, NULL, &m, &err), 0);
	erg_report_opts_init(&o);
	o.view = &v;
	o.metrics = m;
	o.rank_by = ERG_METRIC_DEGREE;
	o.diagram = false;
	text = report_text(g, &o);
	c = count(text);
	assert_int_equal(c.svgs, 0);
	assert_int_equal(c.rel_rows, 3); /* reported only */
	assert_int_equal(c.metric_rows, 4);
	assert_null(strstr(text, "Shells were allegedly shipped."));
	assert_null(strstr(text, "They did not form an alliance."));
	assert_non_null(strstr(text, "modalities reported"));
	assert_non_null(strstr(text, "Actors ranked by degree"));
	/* the first metrics row is the top actor by degree */
	assert_int_equal(
	    erg_metrics_rank(g, m, ERG_METRIC_DEGREE, &order, &err), 0);
	first_row = strstr(strstr(text, "id=\"metrics-table\""), "<tbody>");
	assert_non_null(first_row);
	assert_non_null(
	    strstr(first_row, erg_graph_actor_c(g, order[0])->label));
	assert_true(strstr(first_row, erg_graph_actor_c(g, order[0])->label) <
		    strstr(first_row, erg_graph_actor_c(g, order[1])->label));
	free(order);
	free(text);
	erg_metrics_free(m);
	erg_view_clear(&v);
	erg_graph_free(g);
}

static void test_report__escapes_everything(void **state)
{
	erg_graph *g;
	erg_error err;
	erg_report_opts o;
	size_t a, b;
	char *text;
	census c;
	htmlDocPtr doc;
	xmlNodePtr ev;
	xmlChar *content;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	a = actor(g, "A\"><script>alert(1)</script>",
		  "<img src=x onerror=alert(1)>", ERG_KIND_STATE);
	b = actor(g, "B", "Q \"x\" & 'y' &bogus; &#60;", ERG_KIND_GROUP);
	rel_ev(g, a, b, "support", ERG_MOD_REPORTED, "2024",
	       "<script>alert(2)</script> \"quoted\" & \x01"
	       "control\x7f "
	       "bad\xff"
	       "byte \xe2\x82",
	       "doc\"><svg onload=alert(3)>");
	erg_report_opts_init(&o);
	o.title = "</title><script>alert(4)</script>";
	o.subtitle = "<b onmouseover=alert(5)>sub</b>";
	text = report_text(g, &o);
	c = count(text);
	assert_int_equal(c.scripts, 1);
	assert_int_equal(c.imgs, 0);
	assert_int_equal(c.iframes, 0);
	assert_int_equal(c.handlers, 0);
	assert_int_equal(c.svgs, 1); /* the diagram, none from the doc name */
	assert_null(strstr(text, "<script>alert"));
	assert_null(strstr(text, "<img"));
	assert_null(strstr(text, "<svg onload"));
	/* the text shows literally, control characters dropped, bad bytes
	 * as U+FFFD */
	doc = parse(text);
	ev = find_class(xmlDocGetRootElement(doc), "evidence");
	assert_non_null(ev);
	content = xmlNodeGetContent(ev);
	assert_string_equal((char *)content,
			    "<script>alert(2)</script> \"quoted\" & control "
			    "bad\xEF\xBF\xBD"
			    "byte \xEF\xBF\xBD\xEF\xBF\xBD");
	xmlFree(content);
	xmlFreeDoc(doc);
	assert_non_null(strstr(text, "Q &quot;x&quot; &amp; 'y' &amp;bogus; "
				     "&amp;#60;"));
	assert_non_null(strstr(text,
			       "<p class=\"subtitle\">&lt;b "
			       "onmouseover=alert(5)&gt;sub&lt;/b&gt;</p>"));
	free(text);
	erg_graph_free(g);
}

static void collect_class(xmlNodePtr n, const char *cls, xmlNodePtr *out,
			  size_t *n_out, size_t cap)
{
	for (; n; n = n->next) {
		if (n->type == XML_ELEMENT_NODE) {
			xmlChar *c = xmlGetProp(n, BAD_CAST "class");
			if (c && !strcmp((char *)c, cls) && *n_out < cap)
				out[(*n_out)++] = n;
			xmlFree(c);
		}
		collect_class(n->children, cls, out, n_out, cap);
	}
}

/* Random strings of markup characters, quotes, entities and control
 * characters as evidence, document and label: every one comes back from
 * an HTML parser as the same text (control characters other than tab and
 * newline dropped), and the page never holds more than its one script. */
static void test_report__random_text_round_trips(void **state)
{
	static const char alphabet[] = "<>&\"'=/;#x!-[]?:` \t\nab01"
				       "\x01\x1b\r\x7f";
	enum { N = 200, LEN = 48 };
	char texts[N][LEN + 2];
	erg_graph *g;
	erg_error err;
	erg_report_opts o;
	xmlNodePtr cells[N];
	size_t n_cells = 0, a, b;
	unsigned long seed = 12345;
	htmlDocPtr doc;
	char *text;
	census c;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	a = actor(g, "A", "<A&>", ERG_KIND_STATE);
	b = actor(g, "B", "\"B'", ERG_KIND_STATE);
	for (int i = 0; i < N; i++) {
		size_t len;
		seed = seed * 6364136223846793005ul + 1442695040888963407ul;
		len = (size_t)(seed >> 33) % LEN;
		texts[i][0] = 'E'; /* never blank */
		for (size_t k = 0; k < len; k++) {
			seed = seed * 6364136223846793005ul +
			       1442695040888963407ul;
			texts[i][k + 1] =
			    alphabet[(seed >> 33) % (sizeof(alphabet) - 1)];
		}
		texts[i][len + 1] = '\0';
		rel_ev(g, i % 2 ? a : b, i % 2 ? b : a, "support",
		       ERG_MOD_REPORTED, "2024", texts[i], texts[i]);
	}
	erg_report_opts_init(&o);
	o.diagram = false;
	o.title = texts[7];
	o.subtitle = texts[8];
	text = report_text(g, &o);
	c = count(text);
	assert_int_equal(c.scripts, 1);
	assert_int_equal(c.handlers, 0);
	assert_int_equal(c.rel_rows, N);
	doc = parse(text);
	collect_class(xmlDocGetRootElement(doc), "evidence", cells, &n_cells,
		      N);
	assert_int_equal(n_cells, N);
	for (size_t i = 0; i < N; i++) {
		char want[LEN + 2];
		size_t o_len = 0;
		xmlChar *got = xmlNodeGetContent(cells[i]);
		for (const char *p = texts[i]; *p; p++)
			if (((unsigned char)*p >= 0x20 && *p != 0x7f) ||
			    *p == '\t' || *p == '\n')
				want[o_len++] = *p;
		want[o_len] = '\0';
		if (strcmp((const char *)got, want) != 0)
			fail_msg("relation %zu: got [%s], want [%s]", i,
				 (const char *)got, want);
		xmlFree(got);
	}
	xmlFreeDoc(doc);
	free(text);
	erg_graph_free(g);
}

static void test_report__svg_is_pruned(void **state)
{
	static const char svg[] =
	    "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
	    "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
	    "<!-- comment -->\n"
	    "<svg width=\"100pt\" height=\"50pt\" viewBox=\"0 0 100 50\" "
	    "onload=\"alert(1)\" xmlns=\"http://www.w3.org/2000/svg\" "
	    "xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
	    "<g id=\"n1\" class=\"node\" onclick=\"alert(2)\">"
	    "<title>A&#45;&gt;B &amp; &bogus;</title>"
	    "<script>alert(3)</script>"
	    "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">"
	    "x</div></foreignObject>"
	    "<image xlink:href=\"http://example.com/x.png\"/>"
	    "<a xlink:href=\"javascript:alert(4)\" xlink:title=\"t &lt;b&gt;\">"
	    "<path d=\"M0,0L1,1\" style=\"fill:url(http://x/)\"/></a>"
	    "<a xlink:href=\"#n1\"><text x=\"1\" y=\"2\">A &lt; B</text></a>"
	    "<?pi data?><![CDATA[<b>cdata</b>]]>"
	    "<html:b xmlns:html=\"http://www.w3.org/1999/xhtml\">h</html:b>"
	    "</g></svg>\n";
	char *out = NULL;
	(void)state;

	assert_int_equal(erg__report_svg_clean(svg, strlen(svg), &out), 0);
	assert_non_null(out);
	assert_true(strncmp(out, "<svg ", 5) == 0);
	assert_null(strstr(out, "onload"));
	assert_null(strstr(out, "onclick"));
	assert_null(strstr(out, "script"));
	assert_null(strstr(out, "foreignObject"));
	assert_null(strstr(out, "<image"));
	assert_null(strstr(out, "javascript"));
	assert_null(strstr(out, "url("));
	assert_null(strstr(out, "<!--"));
	assert_null(strstr(out, "<?"));
	assert_null(strstr(out, "html:b"));
	assert_null(strstr(out, "width=\"100pt\""));
	assert_null(strstr(out, "CDATA"));
	assert_non_null(strstr(out, "role=\"img\""));
	assert_non_null(strstr(out, "viewBox=\"0 0 100 50\""));
	assert_non_null(
	    strstr(out, "<title>A-&gt;B &amp; &amp;bogus;</title>"));
	assert_non_null(strstr(out, "xlink:href=\"#n1\""));
	assert_non_null(strstr(out, "xlink:title=\"t &lt;b&gt;\""));
	assert_non_null(strstr(out, "&lt;b&gt;cdata&lt;/b&gt;"));
	assert_non_null(strstr(out, "<text x=\"1\" y=\"2\">A &lt; B</text>"));
	free(out);

	/* not SVG: no diagram rather than something unchecked */
	assert_int_equal(erg__report_svg_clean("<html/>", 7, &out), 0);
	assert_null(out);
	assert_int_equal(erg__report_svg_clean("garbage", 7, &out), 0);
	assert_null(out);
}

static void test_report__documents_in_natural_order(void **state)
{
	erg_graph *g;
	erg_error err;
	size_t a, b;
	char *text;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	a = actor(g, "A", NULL, ERG_KIND_STATE);
	b = actor(g, "B", NULL, ERG_KIND_STATE);
	rel_ev(g, a, b, "support", ERG_MOD_REPORTED, "2024", "x", "doc10");
	rel_ev(g, a, b, "support", ERG_MOD_REPORTED, "2024", "y", "doc2");
	rel_ev(g, b, a, "support", ERG_MOD_REPORTED, "2024", "z", "doc2");
	rel_ev(g, b, a, "support", ERG_MOD_REPORTED, "2024", "w", "doc02b");
	text = report_text(g, NULL);
	assert_non_null(strstr(text, "doc2, doc02b, doc10<"));
	assert_non_null(strstr(text, "<li>doc2 (2)</li>"));
	free(text);
	erg_graph_free(g);
}

static void test_report__write_errors(void **state)
{
	erg_graph *g = sample();
	erg_error err;
	char path[512];
	(void)state;

	snprintf(path, sizeof(path), "%s/no/such/dir/r.html", th_tmpdir());
	erg_error_clear(&err);
	assert_int_equal(erg_report_write_file(g, NULL, path, &err), ERG_EIO);
	assert_false(th_exists(path));
	assert_true(err.message[0] != '\0');
	erg_graph_free(g);
}

static void test_report__empty_graph(void **state)
{
	erg_graph *g;
	erg_error err;
	char *text;
	census c;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	text = report_text(g, NULL);
	c = count(text);
	assert_int_equal(c.rel_rows, 0);
	assert_int_equal(c.metric_rows, 0);
	assert_int_equal(c.scripts, 1);
	assert_non_null(strstr(text, "no dated relations"));
	assert_non_null(strstr(text, "No document is named."));
	free(text);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_report__sha256),
	    cmocka_unit_test(test_report__contents),
	    cmocka_unit_test(test_report__view_and_ranking),
	    cmocka_unit_test(test_report__escapes_everything),
	    cmocka_unit_test(test_report__random_text_round_trips),
	    cmocka_unit_test(test_report__svg_is_pruned),
	    cmocka_unit_test(test_report__documents_in_natural_order),
	    cmocka_unit_test(test_report__write_errors),
	    cmocka_unit_test(test_report__empty_graph),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
