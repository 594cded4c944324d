/* test_draw.c - diagrams through Graphviz: DOT, SVG, PNG, PDF. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <graphviz/cgraph.h>

#include "ergraph.h"
#include "helpers.h"
#include "draw_helpers.h"

/*
 * Under AddressSanitizer: Graphviz 2.43 and the font stack below it leak
 * on their own. Deeper malloc stacks let tests/lsan.supp (given to every
 * test through LSAN_OPTIONS) name those functions; ergraph's own leaks
 * still show.
 */
const char *__asan_default_options(void);

const char *__asan_default_options(void)
{
	return "fast_unwind_on_malloc=0";
}

/* The Russia / DPRK network used for the rendered formats. */
static erg_graph *rus_prk(void)
{
	erg_graph *g = new_graph();
	size_t rus = actor(g, "rus", "Russia", ERG_KIND_STATE);
	size_t prk = actor(g, "prk", "North Korea", ERG_KIND_STATE);
	size_t putin = actor(g, "putin", "Vladimir Putin", ERG_KIND_PERSON);
	size_t kim = actor(g, "kim", "Kim & Co <ltd>", ERG_KIND_ORGANIZATION);
	size_t tr = actor(g, "tr", "T\xc3\xbcrkiye", ERG_KIND_STATE);
	size_t bs = actor(g, "bs", "back\\slash", ERG_KIND_GROUP);
	size_t ukr = actor(g, "ukr", "Ukraine", ERG_KIND_STATE);
	erg_relation *r;

	r = rel(g, prk, rus, "arms_transfer", ERG_MOD_REPORTED);
	r->weight = 3;
	assert_int_equal(erg_set_str(&r->date, "2023-09"), 0);
	r = rel(g, prk, rus, "arms_transfer", ERG_MOD_ALLEGED);
	assert_int_equal(erg_set_str(&r->date, "2023-11-02"), 0);
	assert_int_equal(erg_set_str(&r->evidence, "Shells \"crossed\" the "
						   "border."),
			 0);
	rel(g, rus, prk, "military_cooperation", ERG_MOD_ALLEGED);
	rel(g, putin, rus, "affiliation", ERG_MOD_REPORTED);
	rel(g, kim, prk, "support", ERG_MOD_DENIED);
	rel(g, tr, ukr, "support", ERG_MOD_PROJECTED);
	rel(g, rus, ukr, "conflict", ERG_MOD_REPORTED)->weight = 1000;
	rel(g, bs, ukr, "conflict", ERG_MOD_HYPOTHETICAL);
	return g;
}

static Agedge_t *find_edge(Agraph_t *G, const char *t, const char *h,
			   const char *color)
{
	Agnode_t *nt = agnode(G, (char *)t, 0), *nh = agnode(G, (char *)h, 0);
	Agedge_t *e;
	assert_non_null(nt);
	assert_non_null(nh);
	for (e = agfstout(G, nt); e; e = agnxtout(G, e))
		if (aghead(e) == nh &&
		    (!color || strcmp(agget(e, "color"), color) == 0))
			return e;
	fail_msg("no edge %s -> %s (%s)", t, h, color ? color : "any");
	return NULL;
}

static void test_draw__dot_golden(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	size_t a, b, c;
	char *dot, *expect;
	erg_relation *r;

	assert_int_equal(erg_graph_set_name(g, "tiny"), 0);
	a = actor(g, "rus", "Russia", ERG_KIND_STATE);
	b = actor(g, "prk", "North Korea", ERG_KIND_STATE);
	c = actor(g, "kim", "Kim Jong Un", ERG_KIND_PERSON);
	r = rel(g, b, a, "arms_transfer", ERG_MOD_ALLEGED);
	r->weight = 4;
	assert_int_equal(erg_set_str(&r->date, "2023-09"), 0);
	assert_int_equal(erg_set_str(&r->evidence, "Officials said so."), 0);
	rel(g, c, b, "affiliation", ERG_MOD_REPORTED);
	rel(g, a, b, "cooperation", ERG_MOD_PROJECTED);
	erg_draw_opts_init(&o);
	o.title = "Tiny";
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	if (getenv("ERGRAPH_UPDATE_GOLDEN"))
		assert_int_equal(th_write(th_data("draw/tiny.dot"), dot), 0);
	expect = th_slurp(th_data("draw/tiny.dot"), NULL);
	assert_non_null(expect);
	assert_string_equal(dot, expect);
	free(expect);
	free(dot);
	erg_graph_free(g);
}

static void test_draw__dot_parses_with_styles(void **state)
{
	erg_graph *g = rus_prk();
	erg_draw_opts o;
	char *dot;
	Agraph_t *G;
	Agedge_t *e;
	Agnode_t *n;

	erg_draw_opts_init(&o);
	o.title = "Russia & DPRK \"2023\"";
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(G);
	assert_true(agisdirected(G));
	/* 7 actors + the legend */
	assert_int_equal(agnnodes(G), 8);
	/* bundles: arms_transfer (2 relations) counts once; the military
	 * cooperation of the same pair is drawn in another style, so on a
	 * line of its own; Putin's affiliation with Russia is the box
	 * around them, not an edge */
	assert_int_equal(agnedges(G), 6);
	{
		Agraph_t *box = agsubg(G, "cluster_0", 0);
		assert_non_null(box);
		assert_non_null(agsubnode(box, agnode(G, "putin", 0), 0));
		assert_non_null(agsubnode(box, agnode(G, "rus", 0), 0));
		assert_null(agsubnode(box, agnode(G, "prk", 0), 0));
	}
	assert_string_equal(agget(G, "label"), "Russia & DPRK \"2023\"");
	assert_string_equal(agget(G, "charset"), "UTF-8");

	n = agnode(G, "rus", 0);
	assert_non_null(n);
	assert_string_equal(agget(n, "label"), "Russia");
	assert_string_equal(agget(n, "shape"), "box");
	assert_string_equal(agget(agnode(G, "putin", 0), "shape"), "box");
	assert_string_equal(agget(agnode(G, "putin", 0), "style"),
			    "rounded,filled");
	assert_string_equal(agget(agnode(G, "kim", 0), "style"),
			    "filled,diagonals");
	assert_string_equal(agget(agnode(G, "bs", 0), "shape"), "octagon");
	/* escaping: the escString form */
	assert_string_equal(agget(agnode(G, "bs", 0), "label"),
			    "back\\\\slash");
	assert_string_equal(agget(agnode(G, "kim", 0), "label"),
			    "Kim & Co <ltd>");
	assert_string_equal(agget(agnode(G, "tr", 0), "label"),
			    "T\xc3\xbcrkiye");

	/* reported + alleged: solid, colour of the type, 2 relations: width
	 * 3 and no count (count.min is 3) */
	e = find_edge(G, "prk", "rus", "#EE3377");
	assert_string_equal(agget(e, "style"), "solid");
	assert_string_equal(agget(e, "penwidth"), "3");
	assert_true(!agget(e, "xlabel") || !agget(e, "xlabel")[0]);
	assert_string_equal(agget(e, "dir"), "");
	assert_non_null(strstr(agget(e, "tooltip"), "2 relations"));
	assert_non_null(
	    strstr(agget(e, "tooltip"), "2023-09 \xe2\x80\x93 2023-11-02"));
	assert_non_null(strstr(agget(e, "tooltip"),
			       "\\n\xe2\x80\xa2 2023-11-02 (alleged): Shells "
			       "\"crossed\" the border."));
	/* the SVG class names both ends, the type and the modalities (the
	 * report's filter hides the line by them) */
	{
		char want[64];
		size_t at = type_index(g, "arms_transfer");
		snprintf(want, sizeof(want), "n1 n0 r%zu_%d r%zu_%d", at,
			 (int)ERG_MOD_REPORTED, at, (int)ERG_MOD_ALLEGED);
		assert_string_equal(agget(e, "class"), want);
	}
	/* alleged only: dashed; undirected type: dir=none */
	e = find_edge(G, "rus", "prk", "#762A83");
	assert_string_equal(agget(e, "style"), "dashed");
	assert_string_equal(agget(e, "dir"), "none");
	e = find_edge(G, "kim", "prk", NULL);
	assert_string_equal(agget(e, "style"), "dashed"); /* denied */
	e = find_edge(G, "tr", "ukr", NULL);
	assert_string_equal(agget(e, "style"), "dotted"); /* projected */
	e = find_edge(G, "rus", "ukr", NULL);
	assert_string_equal(agget(e, "penwidth"), "1.5"); /* one relation */
	assert_true(!agget(e, "xlabel") || !agget(e, "xlabel")[0]);
	assert_string_equal(agget(e, "color"), "#661100");
	assert_string_equal(agget(e, "dir"), "none");
	e = find_edge(G, "bs", "ukr", NULL);
	assert_string_equal(agget(e, "style"), "dotted"); /* hypothetical */
	assert_string_equal(agget(e, "penwidth"), "1.5");

	/* the legend lists what is present, as HTML-like text */
	n = agnode(G, "ergraph:legend", 0);
	assert_non_null(n);
	assert_true(aghtmlstr(agget(n, "label")));
	assert_non_null(strstr(agget(n, "label"), ">arms transfer<"));
	/* no pair is drawn as strands here */
	assert_null(strstr(agget(n, "label"), "one strand per"));
	assert_non_null(strstr(agget(n, "label"), ">conflict<"));
	assert_null(strstr(agget(n, "label"), ">sanctions<"));
	assert_non_null(strstr(agget(n, "label"), "STYLE=\"dashed\""));
	assert_non_null(strstr(agget(n, "label"), ">state<"));
	assert_non_null(strstr(agget(n, "label"), ">group<"));
	assert_null(strstr(agget(n, "label"), ">other<"));
	/* only the modalities present */
	assert_non_null(strstr(agget(n, "label"),
			       ">alleged,<BR ALIGN=\"LEFT\"/>denied<"));
	agclose(G);
	free(dot);

	/* without legend and title */
	o.legend = false;
	o.title = NULL;
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(G);
	assert_int_equal(agnnodes(G), 7);
	assert_null(agnode(G, "ergraph:legend", 0));
	{
		/* the box of Putin's cluster declares the label attribute */
		Agsym_t *sym = agattr(G, AGRAPH, "label", NULL);
		assert_true(!sym || !agxget(G, sym)[0]);
	}
	agclose(G);
	free(dot);
	erg_graph_free(g);
}

static void test_draw__escaping(void **state)
{
	erg_graph *g = new_graph();
	const char *label = "a \"q\" \\N <b> & c\nline2\r\n\ttab\x01 \xff end";
	char *dot, *svg;
	Agraph_t *G;
	erg_draw_opts o;

	actor(g, "node", label, ERG_KIND_PERSON); /* a DOT keyword as id */
	actor(g, "ergraph:legend", "collides with the legend name",
	      ERG_KIND_OTHER);
	rel(g, 0, 1, "support", ERG_MOD_REPORTED);
	erg_draw_opts_init(&o);
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(G);
	assert_non_null(agnode(G, "node", 0));
	assert_string_equal(agget(agnode(G, "node", 0), "label"),
			    "a \"q\" \\\\N <b> & c\\nline2\\n tab "
			    "\xef\xbf\xbd end");
	assert_string_equal(agget(agnode(G, "ergraph:legend", 0), "label"),
			    "collides with the\\nlegend name"); /* wrapped */
	assert_non_null(agnode(G, "ergraph:legend-2", 0));
	agclose(G);
	free(dot);

	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	/* Graphviz renders \\ as one backslash and \n as a line break */
	assert_non_null(strstr(svg, ">a &quot;q&quot; \\N &lt;b&gt; &amp; c<"));
	assert_non_null(strstr(svg, ">line2<"));
	free(svg);
	erg_graph_free(g);
}

static void test_draw__svg_contents(void **state)
{
	erg_graph *g = rus_prk();
	erg_draw_opts o;
	char *svg;

	erg_draw_opts_init(&o);
	o.title = "Russia \xe2\x80\x93 DPRK";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(svg, "<svg"));
	assert_non_null(strstr(svg, "</svg>"));
	assert_non_null(strstr(svg, ">Russia \xe2\x80\x93 DPRK<"));
	assert_non_null(strstr(svg, ">Kim &amp; Co &lt;ltd&gt;<"));
	assert_non_null(strstr(svg, ">T\xc3\xbcrkiye<"));
	assert_non_null(strstr(svg, ">back\\slash<"));
	assert_null(strstr(svg, "back\\\\slash"));
	assert_non_null(strstr(svg, ">Relation types<"));
	assert_non_null(strstr(svg, ">Line styles<"));
	assert_non_null(strstr(svg, ">Actor kinds<"));
	assert_non_null(strstr(svg, ">arms transfer<"));
	assert_non_null(strstr(svg, ">military<"));
	assert_non_null(strstr(svg, ">cooperation<"));
	assert_non_null(strstr(svg, ">alleged,<"));
	assert_non_null(strstr(svg, ">denied<"));
	assert_non_null(strstr(svg, ">projected,<"));
	assert_non_null(strstr(svg, ">hypothetical<"));
	assert_non_null(strstr(svg, ">organization<"));
	assert_non_null(strstr(svg, "stroke-dasharray=\"5,2\""));
	assert_non_null(strstr(svg, "stroke=\"#ee3377\""));
	free(svg);
	erg_graph_free(g);
}

static void test_draw__png_and_pdf(void **state)
{
	erg_graph *g = rus_prk();
	erg_draw_opts o;
	erg_error err;
	char path[4096];
	unsigned char *png;
	char *pdf;
	size_t len;
	uint32_t w, h;

	erg_draw_opts_init(&o);
	o.title = "Russia \xe2\x80\x93 DPRK";
	snprintf(path, sizeof(path), "%s/rus_prk.png", th_tmpdir());
	/* format from the file name */
	assert_int_equal(erg_draw_file(g, &o, ERG_FORMAT_UNKNOWN, path, &err),
			 ERG_OK);
	png = (unsigned char *)th_slurp(path, &len);
	assert_non_null(png);
	assert_true(len > 2000);
	assert_memory_equal(png, "\x89PNG\r\n\x1a\n", 8);
	assert_memory_equal(png + 12, "IHDR", 4);
	w = (uint32_t)png[16] << 24 | (uint32_t)png[17] << 16 |
	    (uint32_t)png[18] << 8 | png[19];
	h = (uint32_t)png[20] << 24 | (uint32_t)png[21] << 16 |
	    (uint32_t)png[22] << 8 | png[23];
	print_message("PNG %ux%u at %s\n", w, h, path);
	assert_true(w > 200 && w < 5000);
	assert_true(h > 100 && h < 5000);
	free(png);

	pdf = draw_mem(g, &o, ERG_FORMAT_PDF, &len);
	assert_true(len > 1000);
	assert_memory_equal(pdf, "%PDF", 4);
	free(pdf);
	erg_graph_free(g);
}

static void test_draw__empty_graph(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	char *out;
	size_t len;
	Agraph_t *G;

	erg_draw_opts_init(&o);
	out = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(out);
	assert_non_null(G);
	assert_int_equal(agnnodes(G), 0);
	agclose(G);
	free(out);
	out = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_non_null(strstr(out, "</svg>"));
	free(out);
	out = draw_mem(g, &o, ERG_FORMAT_PNG, &len);
	assert_memory_equal(out, "\x89PNG", 4);
	free(out);
	erg_graph_free(g);
}

static void test_draw__many_edges_on_one_node(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	char id[32];
	char *out;
	size_t hub, other;
	Agraph_t *G;

	hub = actor(g, "hub", "Hub", ERG_KIND_STATE);
	for (int i = 0; i < 200; i++) {
		snprintf(id, sizeof(id), "spoke-%d", i);
		rel(g, hub, actor(g, id, NULL, (erg_kind)(i % ERG_KIND__COUNT)),
		    i % 2 ? "support" : "conflict",
		    (erg_modality)(i % ERG_MOD__COUNT));
	}
	erg_draw_opts_init(&o);
	/* 201 actors: the large-network engine */
	out = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	/* Graphviz writes '-' as &#45; in SVG text */
	assert_non_null(strstr(out, ">spoke&#45;199<"));
	assert_non_null(strstr(out, ">Hub<"));
	free(out);

	/* 200 parallel relations between two actors: one bundle */
	erg_graph_free(g);
	g = new_graph();
	hub = actor(g, "a", NULL, ERG_KIND_STATE);
	other = actor(g, "b", NULL, ERG_KIND_STATE);
	for (int i = 0; i < 200; i++)
		rel(g, hub, other, "sanctions", ERG_MOD_REPORTED);
	out = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(out);
	assert_int_equal(agnedges(G), 1);
	assert_non_null(strstr(agget(find_edge(G, "a", "b", NULL), "tooltip"),
			       "200 relations"));
	assert_string_equal(agget(find_edge(G, "a", "b", NULL), "penwidth"),
			    "7");
	/* the count on a patch of the page's colour */
	assert_true(aghtmlstr(agget(find_edge(G, "a", "b", NULL), "label")));
	assert_non_null(strstr(agget(find_edge(G, "a", "b", NULL), "label"),
			       ">\xc3\x97" "200<"));
	assert_non_null(strstr(agget(find_edge(G, "a", "b", NULL), "label"),
			       "BGCOLOR=\"#FFFFFF\""));
	agclose(G);
	free(out);
	out = draw_mem(g, &o, ERG_FORMAT_PNG, NULL);
	assert_memory_equal(out, "\x89PNG", 4);
	free(out);
	erg_graph_free(g);
}

/* A pair with many relation types: the solid ones one line of strands in
 * the colours of its types (the legend explains strands); dashed and
 * dotted ones a line per type (strands of dots read as speckles). */
static void test_draw__pair_strands(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	size_t rus = actor(g, "rus", "Russia", ERG_KIND_STATE);
	size_t prk = actor(g, "prk", "North Korea", ERG_KIND_STATE);
	size_t chn = actor(g, "chn", "China", ERG_KIND_STATE);
	char *dot, want[160];
	Agraph_t *G;
	Agedge_t *e;
	const char *lg;

	pair_relations(g, rus, prk, chn);
	erg_draw_opts_init(&o);
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(G);
	/* solid: cooperation, diplomacy, support; dashed: arms transfer;
	 * dotted: alliance and military cooperation apart; and Russia -
	 * China */
	assert_int_equal(agnedges(G), 5);
	e = find_edge(G, "rus", "prk", "#44AA99:#56B4E9:#0077BB");
	assert_string_equal(agget(e, "style"), "solid");
	/* strands 2 wide: Graphviz draws them 2 apart */
	assert_string_equal(agget(e, "penwidth"), "2");
	/* support runs from North Korea to Russia, the others have no
	 * direction */
	assert_string_equal(agget(e, "dir"), "back");
	assert_non_null(strstr(agget(e, "label"), ">\xc3\x97" "4<"));
	assert_non_null(strstr(agget(e, "tooltip"),
			       "Russia \xe2\x80\x94 North Korea: 4 relations, "
			       "3 types"));
	assert_non_null(strstr(agget(e, "tooltip"), "support, 1 relation"));
	snprintf(want, sizeof(want), "n0 n1 r%zu_0 r%zu_0 r%zu_0",
		 type_index(g, "cooperation"), type_index(g, "diplomacy"),
		 type_index(g, "support"));
	assert_string_equal(agget(e, "class"), want);
	e = find_edge(G, "prk", "rus", "#EE3377");
	assert_string_equal(agget(e, "style"), "dashed");
	assert_string_equal(agget(e, "penwidth"), "1.5");
	e = find_edge(G, "rus", "prk", "#1B7837");
	assert_string_equal(agget(e, "style"), "dotted");
	assert_string_equal(agget(e, "dir"), "none");
	assert_true(!agget(e, "label") || !agget(e, "label")[0]);
	e = find_edge(G, "rus", "prk", "#762A83");
	assert_string_equal(agget(e, "style"), "dotted");
	e = find_edge(G, "rus", "chn", "#44AA99");
	assert_string_equal(agget(e, "penwidth"), "1.5");
	lg = agget(agnode(G, "ergraph:legend", 0), "label");
	assert_non_null(strstr(lg, "one strand per"));
	assert_non_null(strstr(lg, "BGCOLOR=\"#44AA99\""));
	agclose(G);
	free(dot);

	/* a theme can keep every bundle on a line of its own */
	o.theme = th_data("draw/theme-nomerge.tsv");
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(G);
	assert_int_equal(agnedges(G), 7);
	assert_null(strstr(agget(agnode(G, "ergraph:legend", 0), "label"),
			   "one strand per"));
	agclose(G);
	free(dot);
	erg_graph_free(g);
}

/* A theme file's value that is no colour falls back to the compiled-in
 * theme's (the one source of default colours), never into the markup. */
static void test_draw__bad_theme_colors(void **state)
{
	erg_graph *g = rus_prk();
	erg_draw_opts o;
	char *dot;
	Agraph_t *G;
	const char *lg;

	erg_draw_opts_init(&o);
	o.theme = th_data("draw/theme-badcolor.tsv");
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(G);
	/* the type table's colour */
	assert_string_equal(
	    agget(find_edge(G, "rus", "ukr", NULL), "color"), "#661100");
	lg = agget(agnode(G, "ergraph:legend", 0), "label");
	assert_null(strstr(lg, "<x>"));
	assert_null(strstr(lg, "url("));
	assert_null(strstr(lg, "#12 34"));
	/* the light theme's state fill and actor outline in the legend */
	assert_non_null(strstr(lg, "COLOR=\"#4D4D4D\" BGCOLOR=\"#E3EEF9\""));
	agclose(G);
	free(dot);
	erg_graph_free(g);
}

static void test_draw__view_filters(void **state)
{
	erg_graph *g = rus_prk();
	erg_draw_opts o;
	erg_view v;
	size_t ty;
	char *dot;
	Agraph_t *G;

	erg_view_init(&v);
	assert_int_equal(erg_types_find(erg_graph_types(g), "conflict", &ty),
			 0);
	v.types = &ty;
	v.n_types = 1;
	erg_draw_opts_init(&o);
	o.view = &v;
	o.legend = false;
	dot = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(dot);
	assert_non_null(G);
	/* rus, ukr, bs: only actors with a conflict relation */
	assert_int_equal(agnnodes(G), 3);
	assert_int_equal(agnedges(G), 2);
	assert_null(agnode(G, "putin", 0));
	agclose(G);
	free(dot);
	erg_graph_free(g);
}

static void test_draw__errors_are_silent(void **state)
{
	erg_graph *g = rus_prk();
	erg_draw_opts o;
	erg_error err;
	char path[4096], errpath[4096];
	FILE *fp = fopen("/dev/null", "w");
	int saved, fd;
	char *captured;

	erg_draw_opts_init(&o);
	assert_int_equal(erg_draw_fp(g, &o, ERG_FORMAT_CSV, fp, &err),
			 ERG_EUNSUPPORTED);

	/* a missing layout engine: ERG_EALGO, Graphviz's message, and
	 * nothing on stderr */
	snprintf(errpath, sizeof(errpath), "%s/stderr.txt", th_tmpdir());
	fflush(stderr);
	saved = dup(2);
	fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(saved >= 0 && fd >= 0);
	dup2(fd, 2);
	close(fd);
	o.engine = "no-such-engine";
	assert_int_equal(erg_draw_fp(g, &o, ERG_FORMAT_SVG, fp, &err),
			 ERG_EALGO);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	assert_non_null(strstr(err.message, "no-such-engine"));
	captured = th_slurp(errpath, NULL);
	assert_non_null(captured);
	assert_string_equal(captured, "");
	free(captured);
	fclose(fp);

	/* explicit engines work */
	o.engine = "neato";
	fp = fopen("/dev/null", "w");
	assert_int_equal(erg_draw_fp(g, &o, ERG_FORMAT_SVG, fp, &err), 0);
	fclose(fp);

	o.engine = NULL;
	snprintf(path, sizeof(path), "%s/missing/out.svg", th_tmpdir());
	assert_int_equal(erg_draw_file(g, &o, ERG_FORMAT_SVG, path, &err),
			 ERG_EIO);
	assert_non_null(strstr(err.message, path));
	snprintf(path, sizeof(path), "%s/out.txt", th_tmpdir());
	assert_int_equal(erg_draw_file(g, &o, ERG_FORMAT_UNKNOWN, path, &err),
			 ERG_EUNSUPPORTED);
	assert_false(th_exists(path));
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_draw__dot_golden),
	    cmocka_unit_test(test_draw__dot_parses_with_styles),
	    cmocka_unit_test(test_draw__escaping),
	    cmocka_unit_test(test_draw__svg_contents),
	    cmocka_unit_test(test_draw__png_and_pdf),
	    cmocka_unit_test(test_draw__empty_graph),
	    cmocka_unit_test(test_draw__many_edges_on_one_node),
	    cmocka_unit_test(test_draw__pair_strands),
	    cmocka_unit_test(test_draw__bad_theme_colors),
	    cmocka_unit_test(test_draw__view_filters),
	    cmocka_unit_test(test_draw__errors_are_silent),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
