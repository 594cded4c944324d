/* test_draw_page.c - slide-ready diagrams: the page, text sizes, legend,
 * tooltips, themes, engines on pathological inputs, diff styling. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "ergraph.h"
#include "helpers.h"
#include "draw_helpers.h"

/* Graphviz and the font stack leak on their own: see test_draw.c. */
const char *__asan_default_options(void);

const char *__asan_default_options(void)
{
	return "fast_unwind_on_malloc=0";
}

/* The zoom of the drawing: transform="scale(s s) ..." of the graph. */
/* Smallest font-size of any text times the zoom; *count texts seen. */
/* The page size of an SVG in points. */
static void svg_size(const char *svg, double *w, double *h)
{
	const char *p = strstr(svg, "<svg width=\"");
	assert_non_null(p);
	assert_int_equal(sscanf(p, "<svg width=\"%lfpt\" height=\"%lfpt\"", w, h),
			 2);
}


static size_t svg_labels(const char *svg)
{
	const char *p = strstr(svg, " labels=");
	assert_non_null(p);
	return (size_t)strtoul(p + 8, NULL, 10);
}

static void test_draw_page__example_slide(void **state)
{
	erg_graph *g = example();
	erg_draw_opts o;
	double w, h, min;
	size_t n;
	char *svg;

	erg_draw_opts_init(&o);
	o.title = "Russia and North Korea";
	o.subtitle = "Ties since 2022";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	/* the page: 16:9, 13.33 x 7.5 in */
	svg_size(svg, &w, &h);
	assert_true(fabs(w - 960) < 1.5);
	assert_true(fabs(h - 540) < 1.5);
	/* the title block, the legend, the default source line */
	assert_non_null(strstr(svg, ">Russia and North Korea<"));
	assert_non_null(strstr(svg, ">Ties since 2022<"));
	assert_non_null(strstr(svg, ">Relation types<"));
	assert_non_null(strstr(svg, ">Line styles<"));
	assert_non_null(strstr(svg, ">Actor kinds<"));
	/* "military cooperation", wrapped in a column of the legend */
	assert_true(strstr(svg, ">military<") ||
		    strstr(svg, ">military cooperation<"));
	assert_non_null(strstr(svg, ">cooperation<"));
	assert_null(strstr(svg, ">related<")); /* not present */
	assert_non_null(strstr(svg, ">reported<"));
	assert_non_null(strstr(svg, ">person<"));
	assert_non_null(strstr(svg, ">Source: russia&#45;dprk&#45;ties&#45;2024 "
				    "\xC2\xB7 2006&#45;10&#45;14 \xE2\x80\x93 "
				    "2024&#45;03&#45;28<"));
	/* no text under 14 pt on the page */
	min = svg_min_font(svg, &n);
	assert_true(n > 30);
	if (min < 13.99)
		fail_msg("smallest text %.2f pt", min);
	/* under a title block, nearly every actor keeps its label */
	assert_non_null(strstr(svg, ">Vladimir Putin<"));
	assert_true(svg_labels(svg) >= 20);
	free(svg);
	/* as `ergraph draw` draws it: every actor keeps its label */
	o.title = o.subtitle = NULL;
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_int_equal(svg_labels(svg), 22);
	/* the page is the slide: no line routed beyond it (a loop outside
	 * dot's bounding box made it 908 points wide) */
	svg_size(svg, &w, &h);
	assert_true(fabs(w - 960) < 1.5);
	assert_true(fabs(h - 540) < 1.5);
	min = svg_min_font(svg, &n);
	if (min < 13.99)
		fail_msg("smallest text %.2f pt", min);
	free(svg);
	erg_graph_free(g);
}

static void test_draw_page__tooltips(void **state)
{
	erg_graph *g = example();
	erg_draw_opts o;
	erg_analyze_opts ao;
	erg_metrics *m;
	erg_error err;
	char *svg;

	erg_analyze_opts_init(&ao);
	assert_int_equal(erg_analyze(g, NULL, &ao, &m, &err), 0);
	erg_draw_opts_init(&o);
	o.metrics = m;
	o.size_by = ERG_METRIC_PAGERANK;
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	/* the line of a pair with many types: the pair and its count, then
	 * per type the pair, type, count, dates, then each relation's
	 * date, document and evidence */
	assert_non_null(strstr(svg, "xlink:title=\"Russia \xE2\x80\x94 North "
				    "Korea: "));
	assert_non_null(strstr(
	    svg, "&#10;&#10;Russia \xE2\x80\x94 North Korea: diplomacy, 2 "
		 "relations (reported), 2023&#45;09&#45;13 \xE2\x80\x93 "
		 "2023&#45;10&#45;12"));
	assert_non_null(
	    strstr(svg, "\xE2\x80\xA2 2023&#45;09&#45;13 \xC2\xB7 "
			"russia&#45;dprk&#45;ties&#45;2024: The September 2023 "
			"summit marked 75 years"));
	/* a node: its metrics */
	assert_non_null(strstr(svg, "xlink:title=\"Russia (state, RUS)"));
	assert_non_null(strstr(svg, "&#10;pagerank 0."));
	assert_non_null(strstr(svg, "&#10;betweenness "));
	/* node size by pagerank: said in the legend */
	assert_non_null(strstr(svg, ">size: pagerank<"));
	free(svg);
	erg_metrics_free(m);
	erg_graph_free(g);
}

static void test_draw_page__pages(void **state)
{
	erg_graph *g = example();
	erg_draw_opts o;
	static const struct {
		const char *page;
		double w, h;
	} pages[] = { { "slide43", 720, 540 },
		      { "a4", 841.7, 595.4 },
		      { "square", 540, 540 },
		      { "8x6", 576, 432 } };
	erg_error err;
	FILE *fp;

	erg_draw_opts_init(&o);
	for (size_t i = 0; i < sizeof(pages) / sizeof(*pages); i++) {
		double w, h, min;
		size_t n;
		char *svg;
		o.page = pages[i].page;
		svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
		svg_size(svg, &w, &h);
		if (fabs(w - pages[i].w) > 1.5 || fabs(h - pages[i].h) > 1.5)
			fail_msg("%s: %gx%g", pages[i].page, w, h);
		min = svg_min_font(svg, &n);
		if (min < 13.99)
			fail_msg("%s: smallest text %.2f pt", pages[i].page,
				 min);
		free(svg);
	}
	o.page = "poster";
	fp = fopen("/dev/null", "w");
	assert_int_equal(erg_draw_fp(g, &o, ERG_FORMAT_SVG, fp, &err),
			 ERG_EINVAL);
	assert_non_null(strstr(err.message, "poster"));
	fclose(fp);
	erg_graph_free(g);
}

static bool has_bytes(const char *buf, size_t len, const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(buf + i, s, n) == 0)
			return true;
	return false;
}

static void test_draw_page__png_dpi_and_pdf(void **state)
{
	erg_graph *g = example();
	erg_draw_opts o;
	size_t len;
	unsigned char *png;
	char *pdf;
	uint32_t w, h;

	erg_draw_opts_init(&o);
	png = (unsigned char *)draw_mem(g, &o, ERG_FORMAT_PNG, &len);
	assert_memory_equal(png, "\x89PNG", 4);
	/* IHDR: width and height, big-endian, at 200 dpi */
	w = (uint32_t)png[16] << 24 | (uint32_t)png[17] << 16 |
	    (uint32_t)png[18] << 8 | png[19];
	h = (uint32_t)png[20] << 24 | (uint32_t)png[21] << 16 |
	    (uint32_t)png[22] << 8 | png[23];
	assert_true(w >= 2660 && w <= 2670);
	assert_true(h >= 1495 && h <= 1505);
	free(png);
	o.dpi = 100;
	png = (unsigned char *)draw_mem(g, &o, ERG_FORMAT_PNG, &len);
	w = (uint32_t)png[16] << 24 | (uint32_t)png[17] << 16 |
	    (uint32_t)png[18] << 8 | png[19];
	assert_true(w >= 1330 && w <= 1336);
	free(png);
	pdf = draw_mem(g, &o, ERG_FORMAT_PDF, &len);
	assert_memory_equal(pdf, "%PDF", 4);
	/* the page is 13.33 x 7.5 in: 960 x 540 pt */
	assert_true(has_bytes(pdf, len, "/MediaBox [ 0 0 960 540 ]"));
	free(pdf);
	erg_graph_free(g);
}

static void test_draw_page__themes(void **state)
{
	erg_graph *g = example();
	erg_draw_opts o;
	erg_error err;
	char path[4096];
	char *svg;
	FILE *fp;

	erg_draw_opts_init(&o);
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, "fill=\"#ffffff\""));
	free(svg);

	o.theme = "dark";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, "fill=\"#1e2329\"")); /* background */
	assert_non_null(strstr(svg, "stroke=\"#bbd926\"")); /* alliance */
	free(svg);

	/* a theme file over the dark theme */
	snprintf(path, sizeof(path), "%s/mine.tsv", th_tmpdir());
	assert_int_equal(th_write(path, "# mine\nbase\tdark\n"
					"type.conflict.color\t#00FF00\n"
					"legend.types\tKinds of tie\n"),
			 0);
	o.theme = path;
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, "fill=\"#1e2329\""));
	assert_non_null(strstr(svg, "stroke=\"#00ff00\""));
	assert_non_null(strstr(svg, ">Kinds of tie<"));
	free(svg);

	/* shipped theme files load as files too */
	snprintf(path, sizeof(path), "%s/lexicons/theme-dark.tsv",
		 getenv("ERGRAPH_SOURCE_DIR"));
	o.theme = path;
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, "fill=\"#1e2329\""));
	free(svg);

	/* a bad row: file and line */
	fp = fopen("/dev/null", "w");
	snprintf(path, sizeof(path), "%s/bad.tsv", th_tmpdir());
	assert_int_equal(th_write(path, "key\tvalue\n# c\nhighlight\t#FF0000\n"
					"no tab here\n"),
			 0);
	o.theme = path;
	assert_int_equal(erg_draw_fp(g, &o, ERG_FORMAT_SVG, fp, &err),
			 ERG_EPARSE);
	assert_string_equal(err.file, path);
	assert_int_equal(err.line, 4);
	assert_non_null(strstr(err.message, "key<TAB>value"));
	/* DOT output reads the theme too */
	assert_int_equal(erg_draw_fp(g, &o, ERG_FORMAT_DOT, fp, &err),
			 ERG_EPARSE);
	/* a missing file */
	snprintf(path, sizeof(path), "%s/none.tsv", th_tmpdir());
	assert_int_equal(erg_draw_fp(g, &o, ERG_FORMAT_SVG, fp, &err),
			 ERG_EIO);
	assert_non_null(strstr(err.message, "none.tsv"));
	fclose(fp);
	erg_graph_free(g);
}

/* Relations with a string attribute diff: added, removed, changed. */
static void test_draw_page__diff(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	erg_error err;
	uint32_t key;
	size_t a = actor(g, "a", "Alpha", ERG_KIND_STATE);
	size_t b = actor(g, "b", "Beta", ERG_KIND_STATE);
	size_t c = actor(g, "c", "Gamma", ERG_KIND_STATE);
	erg_value v;
	erg_relation *r;
	char *dot, *svg;
	Agraph_t *G;
	Agedge_t *e;

	assert_int_equal(erg_graph_define_key(g, ERG_DOMAIN_EDGE, "diff",
					      ERG_ATTR_STRING, false, &key,
					      &err),
			 0);
	r = rel(g, a, b, "support", ERG_MOD_REPORTED);
	v.s = "added";
	assert_int_equal(erg_attrs_set(g, &r->attrs, key, v), 0);
	r = rel(g, b, c, "sanctions", ERG_MOD_REPORTED);
	v.s = "removed";
	assert_int_equal(erg_attrs_set(g, &r->attrs, key, v), 0);
	r = rel(g, c, a, "criticism", ERG_MOD_REPORTED);
	v.s = "changed";
	assert_int_equal(erg_attrs_set(g, &r->attrs, key, v), 0);
	rel(g, c, b, "opposition", ERG_MOD_REPORTED); /* no diff value */

	erg_draw_opts_init(&o);
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(G);
	/* added: highlight colour, thicker */
	e = agedge(G, agnode(G, "a", 0), agnode(G, "b", 0), NULL, 0);
	assert_non_null(e);
	assert_string_equal(agget(e, "color"), "#D81B60");
	assert_string_equal(agget(e, "penwidth"), "4");
	assert_string_equal(agget(e, "style"), "solid");
	/* removed: grey, dashed */
	e = agedge(G, agnode(G, "b", 0), agnode(G, "c", 0), NULL, 0);
	assert_string_equal(agget(e, "color"), "#9E9E9E");
	assert_string_equal(agget(e, "style"), "dashed");
	assert_string_equal(agget(e, "penwidth"), "1.5");
	/* changed: its type's colour, the marker as label */
	e = agedge(G, agnode(G, "c", 0), agnode(G, "a", 0), NULL, 0);
	assert_string_equal(agget(e, "color"), "#E69F00");
	assert_true(aghtmlstr(agget(e, "label")));
	assert_non_null(strstr(agget(e, "label"), ">\xCE\x94<"));
	assert_non_null(strstr(agget(e, "tooltip"), "changed"));
	/* unchanged */
	e = agedge(G, agnode(G, "c", 0), agnode(G, "b", 0), NULL, 0);
	assert_string_equal(agget(e, "color"), "#D55E00");
	assert_string_equal(agget(e, "label"), "");
	/* the legend explains the three */
	{
		const char *lg =
		    agget(agnode(G, "ergraph:legend", 0), "label");
		assert_non_null(strstr(lg, ">Changes<"));
		assert_non_null(strstr(lg, ">added<"));
		assert_non_null(strstr(lg, ">removed<"));
		assert_non_null(strstr(lg, ">changed<"));
		assert_non_null(strstr(lg, "COLOR=\"#D81B60\""));
		/* sanctions only appears removed: not a type in the legend */
		assert_null(strstr(lg, ">sanctions<"));
		assert_non_null(strstr(lg, ">opposition<"));
	}
	agclose(G);
	free(dot);

	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, "stroke=\"#d81b60\""));
	assert_non_null(strstr(svg, ">Changes<"));
	assert_non_null(strstr(svg, ">\xCE\x94<"));
	free(svg);

	/* the dark theme's highlight */
	o.theme = "dark";
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	assert_non_null(strstr(dot, "color=\"#F0E442\""));
	free(dot);
	erg_graph_free(g);
}

static void test_draw_page__footnote(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	size_t a = actor(g, "a", "Alpha", ERG_KIND_STATE);
	size_t b = actor(g, "b", "Beta", ERG_KIND_STATE);
	erg_relation *r;
	char *svg;

	erg_draw_opts_init(&o);
	/* nothing known: no source line */
	rel(g, a, b, "support", ERG_MOD_REPORTED);
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_null(strstr(svg, "ergraph:footnote"));
	free(svg);
	/* dates only */
	r = rel(g, b, a, "support", ERG_MOD_REPORTED);
	assert_int_equal(erg_set_str(&r->date, "2021"), 0);
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, ">Dated 2021<"));
	free(svg);
	/* documents: three named, then a count */
	for (int i = 0; i < 5; i++) {
		char doc[16];
		snprintf(doc, sizeof(doc), "doc%d", i);
		r = rel(g, a, b, "cooperation", ERG_MOD_REPORTED);
		assert_int_equal(erg_set_str(&r->doc, doc), 0);
		assert_int_equal(erg_set_str(&r->date, i ? "2024-05" : "2020"),
				 0);
	}
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, ">Source: doc0, doc1, doc2 and 2 more "
				    "\xC2\xB7 2020 \xE2\x80\x93 "
				    "2024&#45;05<"));
	free(svg);
	/* given, and none */
	o.footnote = "Source: our team";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, ">Source: our team<"));
	free(svg);
	o.footnote = "";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_null(strstr(svg, ">Source:"));
	free(svg);
	erg_graph_free(g);
}

static void test_draw_page__clusters(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	size_t rus = actor(g, "rus", "Russia", ERG_KIND_STATE);
	size_t prk = actor(g, "prk", "North Korea", ERG_KIND_STATE);
	size_t putin = actor(g, "putin", "Vladimir Putin", ERG_KIND_PERSON);
	size_t kim = actor(g, "kim", "Kim Jong Un", ERG_KIND_PERSON);
	size_t lone = actor(g, "lone", "Lone Person", ERG_KIND_PERSON);
	char *dot, *svg;
	Agraph_t *G, *box;

	assert_int_equal(erg_set_str(&erg_graph_actor(g, kim)->affiliation,
				     "prk"),
			 0);
	rel(g, putin, rus, "affiliation", ERG_MOD_REPORTED);
	rel(g, putin, kim, "diplomacy", ERG_MOD_REPORTED);
	rel(g, rus, prk, "cooperation", ERG_MOD_REPORTED);
	rel(g, lone, kim, "criticism", ERG_MOD_REPORTED);
	/* labelled parallel edges beside clusters: Graphviz 2.43's dot
	 * freed memory twice on these when the count was an edge label */
	rel(g, rus, prk, "cooperation", ERG_MOD_REPORTED);
	rel(g, rus, prk, "support", ERG_MOD_REPORTED);
	rel(g, rus, prk, "support", ERG_MOD_REPORTED);
	erg_draw_opts_init(&o);
	o.engine = "dot";
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(G);
	for (box = agfstsubg(G); box; box = agnxtsubg(box)) {
		if (agsubnode(box, agnode(G, "putin", 0), 0))
			assert_non_null(
			    agsubnode(box, agnode(G, "rus", 0), 0));
		if (agsubnode(box, agnode(G, "kim", 0), 0))
			assert_non_null(
			    agsubnode(box, agnode(G, "prk", 0), 0));
		assert_null(agsubnode(box, agnode(G, "lone", 0), 0));
	}
	assert_non_null(agsubg(G, "cluster_0", 0));
	assert_non_null(agsubg(G, "cluster_1", 0));
	/* the affiliation relation is the box */
	assert_null(agedge(G, agnode(G, "putin", 0), agnode(G, "rus", 0),
			   NULL, 0));
	agclose(G);
	free(dot);
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, "class=\"cluster\""));
	assert_non_null(strstr(svg, ">affiliated<"));
	assert_non_null(strstr(svg, ">persons<"));
	free(svg);

	/* without clusters, and with an engine that has none: the
	 * affiliation is a line again */
	o.clusters = false;
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_null(agsubg(G, "cluster_0", 0));
	assert_non_null(agedge(G, agnode(G, "putin", 0), agnode(G, "rus", 0),
			       NULL, 0));
	agclose(G);
	free(dot);
	o.clusters = true;
	o.engine = "neato";
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_null(agsubg(G, "cluster_0", 0));
	assert_non_null(agedge(G, agnode(G, "putin", 0), agnode(G, "rus", 0),
			       NULL, 0));
	agclose(G);
	free(dot);
	/* neato with engine.neato_boxes: the boxes in two levels
	 * (boxes_layout), drawn with their persons inside */
	o.theme = th_data("draw/theme-neatoboxes.tsv");
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(agsubg(G, "cluster_0", 0));
	assert_null(agedge(G, agnode(G, "putin", 0), agnode(G, "rus", 0),
			   NULL, 0));
	agclose(G);
	free(dot);
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, "engine=neato"));
	assert_non_null(strstr(svg, "class=\"cluster\""));
	free(svg);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_draw_page__example_slide),
	    cmocka_unit_test(test_draw_page__tooltips),
	    cmocka_unit_test(test_draw_page__pages),
	    cmocka_unit_test(test_draw_page__png_dpi_and_pdf),
	    cmocka_unit_test(test_draw_page__themes),
	    cmocka_unit_test(test_draw_page__diff),
	    cmocka_unit_test(test_draw_page__footnote),
	    cmocka_unit_test(test_draw_page__clusters),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
