/* test_draw_labels.c - the laid-out page as a reader sees it: count
 * labels overlap no actor, no block (title, legend, source line) and no
 * other count; the lines between one pair of actors are parallel lanes
 * apart from each other. Read back from the SVG. */
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

#include "ergraph.h"
#include "helpers.h"
#include "draw_helpers.h"

/* Graphviz and the font stack leak on their own: see test_draw.c. */
const char *__asan_default_options(void);

const char *__asan_default_options(void)
{
	return "fast_unwind_on_malloc=0";
}

#define MAX_BOXES 512

typedef struct {
	double x0, y0, x1, y1;
	char what[96];
} box;

typedef struct {
	box nodes[MAX_BOXES];
	size_t n_nodes;
	box labels[MAX_BOXES];
	size_t n_labels;
} page;

static void grow(box *b, double x, double y)
{
	if (x < b->x0)
		b->x0 = x;
	if (x > b->x1)
		b->x1 = x;
	if (y < b->y0)
		b->y0 = y;
	if (y > b->y1)
		b->y1 = y;
}

/* Every "x,y" pair of an attribute value (points, or a path's d). */
static void grow_by_pairs(box *b, const char *v, const char *end)
{
	while (v < end) {
		double x, y;
		int used = 0;
		if ((*v == '-' || *v == '.' || (*v >= '0' && *v <= '9')) &&
		    sscanf(v, "%lf,%lf%n", &x, &y, &used) == 2 && used > 0) {
			grow(b, x, y);
			v += used;
		} else {
			v++;
		}
	}
}

static size_t utf8_chars(const char *s, const char *end)
{
	size_t n = 0;
	for (; s < end; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* The box of a <text> element from its position, anchor, size and the
 * number of characters (DejaVu Sans: about 0.62 em a character). */
static bool text_box(const char *t, const char *end, box *b)
{
	const char *p = strstr(t, " x=\""), *q = strstr(t, " y=\"");
	const char *f = strstr(t, "font-size=\""), *a = strstr(t, "text-anchor=\"");
	const char *gt = strchr(t, '>'), *close;
	double x, y, fs, w;
	size_t n;
	if (!p || !q || !f || !gt || p > end || q > end || f > end)
		return false;
	close = strstr(gt, "</text>");
	if (!close || close > end)
		return false;
	x = atof(p + 4);
	y = atof(q + 4);
	fs = atof(f + 11);
	n = utf8_chars(gt + 1, close);
	w = 0.62 * fs * (double)n;
	if (a && a < gt && strncmp(a + 13, "middle", 6) == 0)
		x -= w / 2;
	else if (a && a < gt && strncmp(a + 13, "end", 3) == 0)
		x -= w;
	b->x0 = x;
	b->x1 = x + w;
	b->y0 = y - 0.72 * fs;
	b->y1 = y + 0.18 * fs;
	snprintf(b->what, sizeof(b->what), "%.*s",
		 (int)(close - gt - 1 < 60 ? close - gt - 1 : 60), gt + 1);
	return true;
}

/* Reads the nodes' boxes (shapes and texts) and the edges' label texts. */
static void read_page(const char *svg, page *pg)
{
	const char *g = svg;
	memset(pg, 0, sizeof(*pg));
	while ((g = strstr(g, "<g id=\""))) {
		const char *end = g + 1, *cls = strstr(g, "class=\"");
		bool node = cls && strncmp(cls, "class=\"node", 11) == 0;
		bool edge = cls && strncmp(cls, "class=\"edge", 11) == 0;
		const char *title = strstr(g, "<title>");
		/* the group runs to the next top-level group */
		for (;;) {
			const char *nx = strstr(end, "<g id=\"");
			if (!nx) {
				end = g + strlen(g);
				break;
			}
			if (strncmp(nx + 7, "a_", 2) != 0) {
				end = nx;
				break;
			}
			end = nx + 1;
		}
		if (node && pg->n_nodes < MAX_BOXES) {
			box b = { 1e18, 1e18, -1e18, -1e18, "" };
			for (const char *a = g; (a = strstr(a, "points=\"")) &&
						a < end;
			     a++)
				grow_by_pairs(&b, a + 8, strchr(a + 8, '"'));
			for (const char *a = g; (a = strstr(a, " d=\"")) &&
						a < end;
			     a++)
				grow_by_pairs(&b, a + 4, strchr(a + 4, '"'));
			/* texts of blocks without a shape (title, source
			 * line); an actor's shape holds its text */
			bool shaped = b.x1 > b.x0;
			for (const char *t = g; !shaped &&
						(t = strstr(t, "<text")) &&
						t < end;
			     t++) {
				box tb;
				if (text_box(t, end, &tb)) {
					grow(&b, tb.x0, tb.y0);
					grow(&b, tb.x1, tb.y1);
				}
			}
			if (title && title < end)
				snprintf(b.what, sizeof(b.what), "%.*s",
					 (int)(strstr(title, "</title>") -
					       title - 7 < 60
						   ? strstr(title, "</title>") -
							 title - 7
						   : 60),
					 title + 7);
			if (b.x1 > b.x0)
				pg->nodes[pg->n_nodes++] = b;
		}
		if (edge && pg->n_labels < MAX_BOXES) {
			/* the label's group: the patch under the count (its
			 * exact box) and the text */
			const char *lg = strstr(g, "&#45;label\"");
			box b = { 1e18, 1e18, -1e18, -1e18, "" };
			for (const char *a = lg; a && (a = strstr(a, "points=\"")) &&
						 a < end;
			     a++)
				grow_by_pairs(&b, a + 8, strchr(a + 8, '"'));
			for (const char *t = lg; t && (t = strstr(t, "<text")) &&
						 t < end;
			     t++) {
				box tb;
				if (text_box(t, end, &tb)) {
					grow(&b, tb.x0, (tb.y0 + tb.y1) / 2);
					snprintf(b.what, sizeof(b.what), "%s",
						 tb.what);
				}
			}
			if (lg && lg < end && b.x1 > b.x0)
				pg->labels[pg->n_labels++] = b;
		}
		g = end;
	}
}

static bool meet(const box *a, const box *b, double slack)
{
	return a->x0 + slack < b->x1 && b->x0 + slack < a->x1 &&
	       a->y0 + slack < b->y1 && b->y0 + slack < a->y1;
}

/* No count label on an actor, a block or another count. */
static void check_labels(const char *svg, const char *what, size_t min_labels)
{
	page *pg = malloc(sizeof(*pg));
	const char *dump = getenv("ERGRAPH_TEST_DUMP");
	assert_non_null(pg);
	if (dump) {
		/* a directory: each checked page as <what>.svg, to look at */
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s.svg", dump, what);
		th_write(path, svg);
	}
	read_page(svg, pg);
	assert_true(pg->n_nodes > 3);
	if (pg->n_labels < min_labels)
		fail_msg("%s: %zu count labels, expected at least %zu", what,
			 pg->n_labels, min_labels);
	for (size_t i = 0; i < pg->n_labels; i++) {
		for (size_t k = 0; k < pg->n_nodes; k++)
			if (meet(&pg->labels[i], &pg->nodes[k], 0.5))
				fail_msg("%s: count '%s' at %.1f,%.1f-%.1f,%.1f overlaps "
					 "'%s' %.1f,%.1f-%.1f,%.1f",
					 what, pg->labels[i].what,
					 pg->labels[i].x0, pg->labels[i].y0,
					 pg->labels[i].x1, pg->labels[i].y1,
					 pg->nodes[k].what, pg->nodes[k].x0,
					 pg->nodes[k].y0, pg->nodes[k].x1,
					 pg->nodes[k].y1);
		for (size_t k = i + 1; k < pg->n_labels; k++)
			if (meet(&pg->labels[i], &pg->labels[k], 0.5))
				fail_msg("%s: counts '%s' and '%s' overlap",
					 what, pg->labels[i].what,
					 pg->labels[k].what);
	}
	free(pg);
}

/* The network of the issue brief as text ingest reads it: a hub pair
 * with dozens of relations of many types and modalities. */
static erg_graph *brief(void)
{
	erg_graph *g = new_graph();
	erg_read_opts ro;
	erg_error err;
	erg_read_opts_init(&ro);
	assert_int_equal(
	    erg_text_read_file(g, th_shared("corpus/russia-dprk-ties-2024.txt"),
			       NULL, 0, &ro, &err),
	    0);
	return g;
}

static void check_room(const char *svg, const char *what, double ratio);
static void check_clear(const char *svg, const char *what, int counts);
static void check_boxes(const char *svg, const char *what,
			const char *const pairs[][2], size_t n);
static void check_cluster_clear(const char *svg, const char *what);

/* The example's affiliated persons and the state of each */
static const char *const example_members[][2] = {
	{ "PUTIN", "RUS" },	{ "LAVROV", "RUS" }, { "KOZLOV", "RUS" },
	{ "NARYSHKIN", "RUS" }, { "KIMJU", "PRK" },  { "CHOE", "PRK" },
	{ "RICHOLMAN", "PRK" }, { "KIMILGUK", "PRK" }, { "TRUMP", "USA" },
	{ "BIDEN", "USA" },
};

static void test_draw_labels__example(void **state)
{
	erg_graph *g = example();
	erg_draw_opts o;
	char *svg;
	(void)state;

	erg_draw_opts_init(&o);
	o.title = "Overview";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	check_labels(svg, "example, slide", 1);
	/* every person in the box of its state (the overview of `ergraph
	 * slides` drew an affiliation line across the page instead) */
	check_boxes(svg, "example, slide", example_members,
		    sizeof(example_members) / sizeof(example_members[0]));
	/* lines clear of other actors, counts clear of other lines, room
	 * between Russia and North Korea */
	check_clear(svg, "example, slide", true);
	check_cluster_clear(svg, "example, slide");
	check_room(svg, "example, slide", 1.2);
	free(svg);
	o.page = "slide43";
	o.theme = "dark";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	check_labels(svg, "example, slide43 dark", 1);
	free(svg);
	erg_graph_free(g);
}

/* The SVG says `what` (e.g. "engine=dot ") and that every actor drawn
 * kept its label. */
static bool all_named(const char *svg, const char *what)
{
	const char *p = strstr(svg, "<!-- ergraph: engine=");
	char want[64];
	size_t kept = 0, drawn = 1;
	snprintf(want, sizeof(want), "<!-- ergraph: %s", what);
	if (!p || strncmp(p, want, strlen(want)) != 0 ||
	    !(p = strstr(p, "labels=")) ||
	    sscanf(p, "labels=%zu/%zu", &kept, &drawn) != 2) {
		print_message("%.60s\n", p ? p : "no ergraph comment");
		return false;
	}
	if (kept != drawn)
		print_message("%zu of %zu actors named\n", kept, drawn);
	return kept == drawn;
}

/* An engine asked for gives a page where every actor of a small
 * network is named, or an error saying so: dot draws the boxes as the
 * default does (it named 12 of the 22, in boxes of empty actors), fdp
 * named 6 of 22 and drew arrows to unnamed dots. */
static void test_draw_labels__engine_asked(void **state)
{
	erg_graph *g = example();
	erg_draw_opts o;
	erg_error err;
	char *svg, *buf = NULL;
	size_t len = 0;
	FILE *fp;
	(void)state;

	erg_draw_opts_init(&o);
	o.title = "Overview";
	o.engine = "dot";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	assert_true(all_named(svg, "engine=dot "));
	check_boxes(svg, "example, dot asked for", example_members,
		    sizeof(example_members) / sizeof(example_members[0]));
	free(svg);
	o.engine = "fdp";
	fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	if (erg_draw_fp(g, &o, ERG_FORMAT_SVG, fp, &err) == ERG_OK) {
		fclose(fp);
		/* then every actor is named */
		assert_true(all_named(buf, ""));
	} else {
		fclose(fp);
		assert_int_equal(err.code, ERG_EALGO);
		assert_non_null(strstr(err.message, "'fdp'"));
		assert_non_null(strstr(err.message, "without a name"));
	}
	free(buf);
	erg_graph_free(g);
}

static void test_draw_labels__brief(void **state)
{
	erg_graph *g = brief();
	erg_draw_opts o;
	char *svg;
	(void)state;

	erg_draw_opts_init(&o);
	o.title = "Brief";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	/* every actor named (dot's tries ended in neato, whose first try
	 * dropped a label where a tenth more text fitted: 19 of 20) */
	if (!all_named(svg, "engine="))
		fail_msg("brief, slide: an actor unnamed");
	check_labels(svg, "brief, slide", 3);
	check_clear(svg, "brief, slide", false);
	/* the boxes' rules where there are boxes: since the ingest rules of
	 * session 8 the brief has 38 relations, and no layout with boxes
	 * names all 20 actors at slide size, so it is drawn without them
	 * (every actor named comes first; each person's affiliation is then
	 * a line); the example's slides keep their boxes (cli/slides.sh) */
	if (strstr(svg, "class=\"cluster"))
		check_cluster_clear(svg, "brief, slide");
	check_room(svg, "brief, slide", 1.2);
	free(svg);
	o.page = "a4";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	check_labels(svg, "brief, a4", 3);
	free(svg);
	erg_graph_free(g);
}

/* No actor overlaps a block of the page (title, legend, source line). */
static void check_blocks(const char *svg, const char *what)
{
	page *pg = malloc(sizeof(*pg));
	assert_non_null(pg);
	read_page(svg, pg);
	for (size_t i = 0; i < pg->n_nodes; i++) {
		if (strncmp(pg->nodes[i].what, "ergraph:", 8) == 0)
			continue;
		for (size_t k = 0; k < pg->n_nodes; k++)
			if (strncmp(pg->nodes[k].what, "ergraph:", 8) == 0 &&
			    meet(&pg->nodes[i], &pg->nodes[k], 0.5))
				fail_msg("%s: actor '%s' overlaps '%s'", what,
					 pg->nodes[i].what, pg->nodes[k].what);
	}
	free(pg);
}

/* Square and 4:3 pages, where the legend may go below the network in
 * columns: the network stays in its part of the page. */
static void test_draw_labels__blocks(void **state)
{
	static const char *const pages[] = { "square", "slide43", "a4" };
	erg_graph *g[2] = { example(), brief() };
	erg_draw_opts o;
	(void)state;

	erg_draw_opts_init(&o);
	o.title = "Russia and North Korea: the network";
	o.subtitle = "every relation the sources report, allege or project";
	for (size_t k = 0; k < 2; k++)
		for (size_t i = 0; i < 3; i++) {
			char what[64];
			char *svg;
			o.page = pages[i];
			svg = draw_mem(g[k], &o, ERG_FORMAT_SVG, NULL);
			snprintf(what, sizeof(what), "%s, %s",
				 k ? "brief" : "example", pages[i]);
			check_blocks(svg, what);
			free(svg);
		}
	erg_graph_free(g[0]);
	erg_graph_free(g[1]);
}

/* Every size preset names every actor of the example at text.min or
 * more, no actor on another actor or on a block (title, legend, source
 * line), no count on an actor: `ergraph draw --size slide43` named 19 of
 * the 21 (neato's layout with its overlaps removed covered about a
 * quarter of its area; compacted, draw_page.c compact, it names all).
 * The square page does not hold the 21 names at 14 pt beside its legend
 * (their boxes at 14 pt cover about 116,000 square points, the page
 * leaves the network about 160,000 with the legend in its least room):
 * measured, and kept at least as many as now. */
static void view_not_negated(erg_view *v);

static void test_draw_labels__presets(void **state)
{
	static const struct {
		const char *page;
		size_t min_named; /* 0: all */
		bool clear;
	} pages[] = { { "slide", 0, true }, { "slide43", 0, false },
		      { "a4", 0, true }, { "square", 17, false } };
	erg_graph *g = example();
	(void)state;

	for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		erg_draw_opts o;
		erg_view v;
		page *pg = malloc(sizeof(*pg));
		const char *p;
		size_t kept = 0, drawn = 0, fonts = 0;
		double least;
		char *svg;
		assert_non_null(pg);
		/* as `ergraph draw` draws it */
		view_not_negated(&v);
		erg_draw_opts_init(&o);
		o.view = &v;
		o.page = pages[i].page;
		svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
		p = strstr(svg, "labels=");
		assert_non_null(p);
		assert_int_equal(sscanf(p, "labels=%zu/%zu", &kept, &drawn), 2);
		least = svg_min_font(svg, &fonts);
		if (getenv("ERGRAPH_TEST_VERBOSE"))
			print_message("%s: %zu of %zu named, least text "
				      "%.1f pt\n",
				      pages[i].page, kept, drawn, least);
		assert_true(drawn >= 21);
		if (pages[i].min_named ? kept < pages[i].min_named
				       : kept != drawn)
			fail_msg("%s: %zu of %zu actors named", pages[i].page,
				 kept, drawn);
		if (least < 13.95)
			fail_msg("%s: text at %.1f pt", pages[i].page, least);
		check_blocks(svg, pages[i].page);
		check_labels(svg, pages[i].page, 1);
		/* lines clear of actors where the page leaves room for
		 * routes: at slide43 China's line to Russia passes the corner
		 * of Wagner Group's octagon (outside the octagon, inside its
		 * box, which check_clear reads) */
		if (pages[i].clear)
			check_clear(svg, pages[i].page, 0);
		read_page(svg, pg);
		for (size_t a = 0; a < pg->n_nodes; a++)
			for (size_t b = a + 1; b < pg->n_nodes; b++)
				if (strncmp(pg->nodes[a].what, "ergraph:", 8) &&
				    strncmp(pg->nodes[b].what, "ergraph:", 8) &&
				    meet(&pg->nodes[a], &pg->nodes[b], 0.5))
					fail_msg("%s: '%s' overlaps '%s'",
						 pages[i].page,
						 pg->nodes[a].what,
						 pg->nodes[b].what);
		free(pg);
		free(svg);
		erg_view_clear(&v);
	}
	erg_graph_free(g);
}

/* A network of tests/data/draw/<dir> (actors.csv, relations.csv). */
static erg_graph *csv_network(const char *dir)
{
	erg_graph *g = new_graph();
	erg_read_opts ro;
	erg_error err;
	char path[512];
	erg_read_opts_init(&ro);
	snprintf(path, sizeof(path), "draw/%s/actors.csv", dir);
	assert_int_equal(erg_actors_read_file(g, th_data(path), &ro, &err), 0);
	snprintf(path, sizeof(path), "draw/%s/relations.csv", dir);
	assert_int_equal(erg_read_file(g, th_data(path), ERG_FORMAT_UNKNOWN,
				       &ro, &err),
			 0);
	return g;
}

/* Not the example alone: the brief's network read from its text and two
 * random networks (persons affiliated with states at random, types and
 * modalities at random, ends by preferential attachment; 19 and 25
 * actors drawn) name every actor at slide43 (before compact: 18 of 20,
 * 17 of 19, 17 of 25), and the square page names at least as many as
 * now (13 of 20, 16 of 19, 15 of 25; before: 9, 0, 9). */
static void test_draw_labels__presets_other(void **state)
{
	static const struct {
		const char *dir; /* NULL: the brief */
		size_t square_min;
	} nets[] = { { NULL, 13 }, { "random19", 16 }, { "random25", 15 } };
	(void)state;

	for (size_t i = 0; i < sizeof(nets) / sizeof(nets[0]); i++) {
		erg_graph *g = nets[i].dir ? csv_network(nets[i].dir) : brief();
		const char *name = nets[i].dir ? nets[i].dir : "brief";
		for (int sq = 0; sq < 2; sq++) {
			erg_draw_opts o;
			erg_view v;
			const char *p;
			size_t kept = 0, drawn = 0, fonts = 0;
			double least;
			char *svg, what[96];
			view_not_negated(&v);
			erg_draw_opts_init(&o);
			o.view = &v;
			o.page = sq ? "square" : "slide43";
			snprintf(what, sizeof(what), "%s, %s", name, o.page);
			svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
			p = strstr(svg, "labels=");
			assert_non_null(p);
			assert_int_equal(
			    sscanf(p, "labels=%zu/%zu", &kept, &drawn), 2);
			least = svg_min_font(svg, &fonts);
			if (getenv("ERGRAPH_TEST_VERBOSE"))
				print_message("%s: %zu of %zu named\n", what,
					      kept, drawn);
			if (sq ? kept < nets[i].square_min : kept != drawn)
				fail_msg("%s: %zu of %zu actors named", what,
					 kept, drawn);
			if (least < 13.95)
				fail_msg("%s: text at %.1f pt", what, least);
			check_blocks(svg, what);
			free(svg);
			erg_view_clear(&v);
		}
		erg_graph_free(g);
	}
}

/* The points of the first path of each edge group between two actors
 * (by the SVG classes n<i> n<j> the edges carry). */
static size_t pair_paths(const char *svg, size_t a, size_t b,
			 double pts[][8], size_t max)
{
	char want1[64], want2[64];
	size_t n = 0;
	snprintf(want1, sizeof(want1), "class=\"edge n%zu n%zu ", a, b);
	snprintf(want2, sizeof(want2), "class=\"edge n%zu n%zu ", b, a);
	for (const char *p = svg; (p = strstr(p, "class=\"edge ")); p++) {
		const char *d;
		if (strncmp(p, want1, strlen(want1)) != 0 &&
		    strncmp(p, want2, strlen(want2)) != 0)
			continue;
		d = strstr(p, " d=\"M");
		assert_non_null(d);
		if (n < max &&
		    sscanf(d + 5, "%lf,%lfC%lf,%lf %lf,%lf %lf,%lf", &pts[n][0],
			   &pts[n][1], &pts[n][2], &pts[n][3], &pts[n][4],
			   &pts[n][5], &pts[n][6], &pts[n][7]) == 8)
			n++;
	}
	return n;
}

/* Distance of point (x, y) from the line through the first path. */
static double off_line(const double *p, double x, double y)
{
	double dx = p[6] - p[0], dy = p[7] - p[1], l = hypot(dx, dy);
	return ((x - p[0]) * dy - (y - p[1]) * dx) / l;
}

/* Solid strands, a dashed and two dotted lines between Russia and North
 * Korea: four straight lanes, parallel, none on another. */
static void test_draw_labels__lanes(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	size_t rus = actor(g, "rus", "Russia", ERG_KIND_STATE);
	size_t prk = actor(g, "prk", "North Korea", ERG_KIND_STATE);
	size_t chn = actor(g, "chn", "China", ERG_KIND_STATE);
	double pts[8][8];
	double offs[8];
	size_t n;
	char *svg;
	(void)state;

	pair_relations(g, rus, prk, chn);
	rel(g, chn, prk, "diplomacy", ERG_MOD_REPORTED);
	erg_draw_opts_init(&o);
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	n = pair_paths(svg, rus, prk, pts, 8);
	assert_int_equal(n, 4);
	for (size_t i = 0; i < n; i++) {
		/* straight: the control points on the line */
		assert_true(fabs(off_line(pts[i], pts[i][2], pts[i][3])) < 0.5);
		assert_true(fabs(off_line(pts[i], pts[i][4], pts[i][5])) < 0.5);
		/* parallel to the first */
		assert_true(fabs(off_line(pts[0], pts[i][0], pts[i][1]) -
				 off_line(pts[0], pts[i][6], pts[i][7])) < 0.5);
		offs[i] = off_line(pts[0], pts[i][0], pts[i][1]);
	}
	/* apart: at least 2 points between any two lanes */
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			assert_true(fabs(offs[i] - offs[j]) >= 2);
	free(svg);

	/* a theme that leaves the lines as Graphviz routes them */
	o.theme = th_data("draw/theme-nolanes.tsv");
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	n = pair_paths(svg, rus, prk, pts, 8);
	assert_int_equal(n, 4);
	{
		/* Graphviz bows parallel lines apart: not all straight */
		size_t curved = 0;
		for (size_t i = 0; i < n; i++)
			curved += fabs(off_line(pts[i], pts[i][2],
						pts[i][3])) >= 0.5;
		assert_true(curved > 0);
	}
	free(svg);
	erg_graph_free(g);
}

/* ---- lines, pairs and boxes as drawn ---- */

#define MAX_EDGES 1024
#define MAX_PTS 512

typedef struct {
	size_t a, b;      /* actors (SVG classes n<a> n<b>) */
	double width;     /* of all its paths' strokes */
	size_t n_paths;
	double pts[MAX_PTS][2]; /* points along its first path */
	size_t n_pts;
	char name[96];    /* its tooltip's start: the actors */
	box label;        /* its count's patch, when it has one */
	bool has_label;
} line;

typedef struct {
	box actors[MAX_BOXES];
	size_t actor_of[MAX_BOXES]; /* n<i> */
	size_t n_actors;
	box clusters[64];
	size_t n_clusters;
	line lines[MAX_EDGES];
	size_t n_lines;
} drawing;

/* Points along a path's d ("M x,y C x,y x,y x,y ..."): each cubic
 * sampled at 8 points. */
static size_t sample_path(const char *d, const char *end, double pts[][2],
			  size_t max)
{
	double c[4][2];
	size_t n = 0, k = 0;
	while (d < end && n < max) {
		double x, y;
		int used = 0;
		if ((*d == '-' || *d == '.' || (*d >= '0' && *d <= '9')) &&
		    sscanf(d, "%lf,%lf%n", &x, &y, &used) == 2 && used > 0) {
			c[k][0] = x;
			c[k][1] = y;
			k++;
			if (k == 4) {
				for (int q = 0; q <= 8 && n < max; q++) {
					double t = q / 8.0, u = 1 - t;
					for (int j = 0; j < 2; j++)
						pts[n][j] = u * u * u * c[0][j] +
							    3 * u * u * t * c[1][j] +
							    3 * u * t * t * c[2][j] +
							    t * t * t * c[3][j];
					n++;
				}
				c[0][0] = c[3][0];
				c[0][1] = c[3][1];
				k = 1;
			}
			d += used;
		} else {
			d++;
		}
	}
	return n;
}

/* The box of the points of the first shape after `from` (before end). */
static bool shape_box(const char *from, const char *end, box *b)
{
	const char *p = strstr(from, "points=\""), *d = strstr(from, " d=\"");
	*b = (box){ 1e18, 1e18, -1e18, -1e18, "" };
	if (p && p < end && (!d || d > end || p < d))
		grow_by_pairs(b, p + 8, strchr(p + 8, '"'));
	else if (d && d < end)
		grow_by_pairs(b, d + 4, strchr(d + 4, '"'));
	return b->x1 > b->x0;
}

static void read_drawing(const char *svg, drawing *dr)
{
	const char *g = svg;
	memset(dr, 0, sizeof(*dr));
	while ((g = strstr(g, "<g id=\""))) {
		const char *end = strstr(g + 1, "<g id=\"");
		const char *cls = strstr(g, "class=\"");
		while (end && strncmp(end + 7, "a_", 2) == 0)
			end = strstr(end + 1, "<g id=\"");
		if (!end)
			end = g + strlen(g);
		if (cls && cls < end &&
		    strncmp(cls, "class=\"node n", 13) == 0 &&
		    dr->n_actors < MAX_BOXES &&
		    shape_box(cls, end, &dr->actors[dr->n_actors])) {
			dr->actor_of[dr->n_actors] = strtoul(cls + 13, NULL, 10);
			snprintf(dr->actors[dr->n_actors].what, 96, "%.*s",
				 (int)strcspn(strstr(g, "<title>") + 7, "<"),
				 strstr(g, "<title>") + 7);
			dr->n_actors++;
		} else if (cls && cls < end &&
			   strncmp(cls, "class=\"cluster", 14) == 0 &&
			   dr->n_clusters < 64 &&
			   shape_box(cls, end, &dr->clusters[dr->n_clusters])) {
			dr->n_clusters++;
		} else if (cls && cls < end &&
			   strncmp(cls, "class=\"edge n", 13) == 0 &&
			   dr->n_lines < MAX_EDGES) {
			line *l = &dr->lines[dr->n_lines];
			const char *lab = strstr(g, "&#45;label\"");
			const char *stop = lab && lab < end ? lab : end;
			char *q;
			memset(l, 0, sizeof(*l));
			l->a = strtoul(cls + 13, &q, 10);
			if (strncmp(q, " n", 2) != 0) {
				g = end;
				continue;
			}
			l->b = strtoul(q + 2, NULL, 10);
			snprintf(l->label.what, 96, "%.*s",
				 (int)strcspn(strstr(g, "<title>") + 7, "<"),
				 strstr(g, "<title>") + 7);
			memcpy(l->name, l->label.what, sizeof(l->name));
			for (const char *p = g; (p = strstr(p, "<path ")) &&
						p < stop;
			     p++) {
				const char *w = strstr(p, "stroke-width=\"");
				const char *d = strstr(p, " d=\"");
				if (w && w < stop)
					l->width += atof(w + 14);
				if (l->n_paths++ == 0 && d && d < stop)
					l->n_pts = sample_path(
					    d + 4, strchr(d + 4, '"'), l->pts,
					    MAX_PTS);
			}
			if (lab && lab < end)
				l->has_label = shape_box(lab, end, &l->label);
			dr->n_lines++;
		}
		g = end;
	}
}

static const box *actor_box(const drawing *dr, size_t i)
{
	for (size_t k = 0; k < dr->n_actors; k++)
		if (dr->actor_of[k] == i)
			return &dr->actors[k];
	return NULL;
}

/* Length of the straight line between the centres of a and b outside
 * both boxes. */
static double gap_between(const box *a, const box *b)
{
	double ax = (a->x0 + a->x1) / 2, ay = (a->y0 + a->y1) / 2;
	double bx = (b->x0 + b->x1) / 2, by = (b->y0 + b->y1) / 2;
	double len = hypot(bx - ax, by - ay), out = 0;
	for (int i = 0; i < 400; i++) {
		double t = (i + 0.5) / 400;
		double x = ax + (bx - ax) * t, y = ay + (by - ay) * t;
		bool in = (x > a->x0 && x < a->x1 && y > a->y0 && y < a->y1) ||
			  (x > b->x0 && x < b->x1 && y > b->y0 && y < b->y1);
		out += in ? 0 : len / 400;
	}
	return out;
}

static bool box_inside(const box *in, const box *out)
{
	return in->x0 >= out->x0 - 0.5 && in->x1 <= out->x1 + 0.5 &&
	       in->y0 >= out->y0 - 0.5 && in->y1 <= out->y1 + 0.5;
}

static const box *named_box(const drawing *dr, const char *id)
{
	for (size_t k = 0; k < dr->n_actors; k++)
		if (strcmp(dr->actors[k].what, id) == 0)
			return &dr->actors[k];
	return NULL;
}

/* Each person pairs[i][0] is drawn inside a box (cluster) that holds
 * pairs[i][1], its state, too; no two boxes overlap and no actor
 * outside a box overlaps it. */
static void check_boxes(const char *svg, const char *what,
			const char *const pairs[][2], size_t n)
{
	drawing *dr = malloc(sizeof(*dr));
	assert_non_null(dr);
	read_drawing(svg, dr);
	if (dr->n_clusters == 0)
		fail_msg("%s: no boxes of affiliated persons", what);
	for (size_t i = 0; i < n; i++) {
		const box *p = named_box(dr, pairs[i][0]);
		const box *st = named_box(dr, pairs[i][1]);
		bool found = false;
		if (!p || !st)
			fail_msg("%s: %s or %s not drawn", what, pairs[i][0],
				 pairs[i][1]);
		for (size_t k = 0; k < dr->n_clusters && !found; k++)
			found = box_inside(p, &dr->clusters[k]) &&
				box_inside(st, &dr->clusters[k]);
		if (!found)
			fail_msg("%s: %s is not in a box with %s", what,
				 pairs[i][0], pairs[i][1]);
	}
	for (size_t k = 0; k < dr->n_clusters; k++) {
		const box *c = &dr->clusters[k];
		for (size_t j = k + 1; j < dr->n_clusters; j++)
			if (meet(c, &dr->clusters[j], 0))
				fail_msg("%s: boxes %zu and %zu overlap", what,
					 k, j);
		for (size_t a = 0; a < dr->n_actors; a++) {
			const box *b = &dr->actors[a];
			if (meet(b, c, 0) && !box_inside(b, c))
				fail_msg("%s: %s overlaps a box it is not in",
					 what, b->what);
		}
	}
	free(dr);
}

/* The lines between two actors have room: the straight line between
 * their boxes is at least `ratio` times the band of all their lines
 * (strokes and 4 points between lines). */
static void check_room(const char *svg, const char *what, double ratio)
{
	drawing *dr = malloc(sizeof(*dr));
	size_t pairs = 0;
	assert_non_null(dr);
	read_drawing(svg, dr);
	for (size_t i = 0; i < dr->n_lines; i++) {
		const line *l = &dr->lines[i];
		double band = 0, gap;
		size_t lines = 0;
		bool first = true;
		const box *A = actor_box(dr, l->a), *B = actor_box(dr, l->b);
		for (size_t k = 0; k < dr->n_lines; k++) {
			const line *m = &dr->lines[k];
			if (!((m->a == l->a && m->b == l->b) ||
			      (m->a == l->b && m->b == l->a)))
				continue;
			if (k < i)
				first = false;
			band += m->width + (lines ? 4 : 0);
			lines++;
		}
		if (!first || lines < 2 || !A || !B || l->a == l->b)
			continue;
		pairs++;
		gap = gap_between(A, B);
		if (gap < ratio * band)
			fail_msg("%s: '%s' and '%s': %zu lines %.0f wide, "
				 "%.0f between them (less than %.1f times)",
				 what, A->what, B->what, lines, band, gap,
				 ratio);
	}
	assert_true(pairs > 0);
	free(dr);
}

/* A box of affiliated persons is not much larger than what it holds. */
static void check_boxes_fit(const char *svg, const char *what)
{
	drawing *dr = malloc(sizeof(*dr));
	assert_non_null(dr);
	read_drawing(svg, dr);
	assert_true(dr->n_clusters > 0);
	for (size_t k = 0; k < dr->n_clusters; k++) {
		const box *c = &dr->clusters[k];
		box in = { 1e18, 1e18, -1e18, -1e18, "" };
		for (size_t i = 0; i < dr->n_actors; i++) {
			const box *a = &dr->actors[i];
			double x = (a->x0 + a->x1) / 2, y = (a->y0 + a->y1) / 2;
			if (x > c->x0 && x < c->x1 && y > c->y0 && y < c->y1) {
				grow(&in, a->x0, a->y0);
				grow(&in, a->x1, a->y1);
			}
		}
		assert_true(in.x1 > in.x0);
		if (c->x1 - c->x0 > 1.3 * (in.x1 - in.x0) + 40 ||
		    c->y1 - c->y0 > 1.3 * (in.y1 - in.y0) + 45)
			fail_msg("%s: a box %.0f x %.0f around actors taking "
				 "%.0f x %.0f",
				 what, c->x1 - c->x0, c->y1 - c->y0,
				 in.x1 - in.x0, in.y1 - in.y0);
	}
	free(dr);
}

/* Heavy pairs get room (the example's and the brief's are checked with
 * their labels above): three states, a pair of many types. */
static void test_draw_labels__room(void **state)
{
	erg_graph *small = new_graph();
	size_t rus = actor(small, "rus", "Russia", ERG_KIND_STATE);
	size_t prk = actor(small, "prk", "North Korea", ERG_KIND_STATE);
	size_t chn = actor(small, "chn", "China", ERG_KIND_STATE);
	erg_draw_opts o;
	char *svg;
	(void)state;

	erg_draw_opts_init(&o);
	pair_relations(small, rus, prk, chn);
	rel(small, chn, prk, "diplomacy", ERG_MOD_REPORTED);
	o.engine = "neato";
	svg = draw_mem(small, &o, ERG_FORMAT_SVG, NULL);
	check_room(svg, "three states, neato", 2);
	free(svg);
	o.engine = "dot";
	svg = draw_mem(small, &o, ERG_FORMAT_SVG, NULL);
	check_room(svg, "three states, dot", 2);
	free(svg);
	erg_graph_free(small);
}

/* Four actors in two boxes: drawn at their size in the middle of the
 * page, not stretched across it (boxes mostly empty). */
static void test_draw_labels__compact(void **state)
{
	erg_graph *g = new_graph();
	size_t rus = actor(g, "rus", "Russia", ERG_KIND_STATE);
	size_t prk = actor(g, "prk", "North Korea", ERG_KIND_STATE);
	size_t putin = actor(g, "putin", "Vladimir Putin", ERG_KIND_PERSON);
	size_t kim = actor(g, "kim", "Kim Jong Un", ERG_KIND_PERSON);
	erg_draw_opts o;
	char *svg;
	(void)state;

	rel(g, putin, rus, "affiliation", ERG_MOD_REPORTED);
	rel(g, kim, prk, "affiliation", ERG_MOD_REPORTED);
	rel(g, putin, kim, "diplomacy", ERG_MOD_REPORTED);
	rel(g, putin, prk, "diplomacy", ERG_MOD_PROJECTED);
	rel(g, rus, prk, "cooperation", ERG_MOD_REPORTED);
	erg_draw_opts_init(&o);
	o.title = "Ego network of Vladimir Putin";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	check_boxes_fit(svg, "four actors");
	free(svg);
	erg_graph_free(g);
}

/* No line runs through the box of an actor it does not join (boxes less
 * 3 points: a line may graze a corner), and, with `counts`, no line of
 * another pair drawn after a count (later in the SVG: the count's patch
 * hides lines drawn before it) crosses it; counts 2: no line of its own
 * pair either (a count on a band of lanes). */
static void check_clear(const char *svg, const char *what, int counts)
{
	drawing *dr = malloc(sizeof(*dr));
	assert_non_null(dr);
	read_drawing(svg, dr);
	assert_true(dr->n_lines > 0);
	for (size_t i = 0; i < dr->n_lines; i++) {
		const line *l = &dr->lines[i];
		for (size_t k = 0; k < dr->n_actors; k++) {
			const box *b = &dr->actors[k];
			if (dr->actor_of[k] == l->a || dr->actor_of[k] == l->b)
				continue;
			for (size_t p = 0; p < l->n_pts; p++)
				if (l->pts[p][0] > b->x0 + 3 &&
				    l->pts[p][0] < b->x1 - 3 &&
				    l->pts[p][1] > b->y0 + 3 &&
				    l->pts[p][1] < b->y1 - 3)
					fail_msg("%s: the line %s runs through "
						 "'%s'",
						 what, l->label.what, b->what);
		}
		if (!counts || !l->has_label)
			continue;
		for (size_t k = i + 1; k < dr->n_lines; k++) {
			const line *m = &dr->lines[k];
			const box *b = &l->label;
			if (counts < 2 &&
			    ((m->a == l->a && m->b == l->b) ||
			     (m->a == l->b && m->b == l->a)))
				continue;
			for (size_t p = 0; p < m->n_pts; p++)
				if (m->pts[p][0] > b->x0 &&
				    m->pts[p][0] < b->x1 &&
				    m->pts[p][1] > b->y0 &&
				    m->pts[p][1] < b->y1)
					fail_msg("%s: the count of %s lies on "
						 "the line %s",
						 what, l->label.what,
						 m->label.what);
		}
	}
	free(dr);
}

static bool point_in(const box *b, double x, double y, double inset)
{
	return x > b->x0 + inset && x < b->x1 - inset && y > b->y0 + inset &&
	       y < b->y1 - inset;
}

/* Boxes of affiliated persons as a reader sees them: a line whose
 * actors are both outside a box does not run through it, a line from
 * outside to an actor in a box crosses its border once (it does not run
 * along inside the box, in and out), a line between two actors of a box
 * stays inside; and a count lies wholly outside every box, or inside the
 * box that holds both actors of its line, never on a box's border.
 * (Boxes less 3 points: a line may graze a border.) */
static size_t cluster_issues(const char *svg, const char *what)
{
	drawing *dr = malloc(sizeof(*dr));
	size_t bad = 0;
	assert_non_null(dr);
	read_drawing(svg, dr);
	assert_true(dr->n_clusters > 0);
	for (size_t i = 0; i < dr->n_lines; i++) {
		const line *l = &dr->lines[i];
		const box *A = actor_box(dr, l->a), *B = actor_box(dr, l->b);
		if (!A || !B || l->n_pts < 2)
			continue;
		for (size_t k = 0; k < dr->n_clusters; k++) {
			const box *c = &dr->clusters[k];
			bool ina = point_in(c, (A->x0 + A->x1) / 2,
					    (A->y0 + A->y1) / 2, 0);
			bool inb = point_in(c, (B->x0 + B->x1) / 2,
					    (B->y0 + B->y1) / 2, 0);
			size_t turns = 0;
			bool was = point_in(c, l->pts[0][0], l->pts[0][1], 3);
			for (size_t p = 1; p < l->n_pts; p++) {
				bool now = point_in(c, l->pts[p][0],
						    l->pts[p][1], 3);
				turns += now != was;
				was = now;
			}
			if (turns > (ina != inb ? 1u : 0u) ||
			    (!ina && !inb && was))
			{
				print_message("%s: the line %s crosses the "
					      "border of box %zu %zu times\n",
					      what, l->name, k, turns);
				bad++;
			}
		}
		if (!l->has_label)
			continue;
		for (size_t k = 0; k < dr->n_clusters; k++) {
			const box *c = &dr->clusters[k];
			const box *lb = &l->label;
			bool ina = point_in(c, (A->x0 + A->x1) / 2,
					    (A->y0 + A->y1) / 2, 0);
			bool inb = point_in(c, (B->x0 + B->x1) / 2,
					    (B->y0 + B->y1) / 2, 0);
			bool inside = box_inside(lb, c);
			if (meet(lb, c, 0.5) && !(inside && ina && inb))
			{
				print_message("%s: the count of %s lies on "
					      "box %zu\n",
					      what, l->name, k);
				bad++;
			}
		}
	}
	free(dr);
	return bad;
}

/* Distance of (x, y) from the border of box b. */
static double border_dist(const box *b, double x, double y)
{
	double dx = fmax(b->x0 - x, fmax(0, x - b->x1));
	double dy = fmax(b->y0 - y, fmax(0, y - b->y1));
	if (dx > 0 || dy > 0)
		return hypot(dx, dy);
	return fmin(fmin(x - b->x0, b->x1 - x), fmin(y - b->y0, b->y1 - y));
}

/* The longest stretch (points on the page) of a line that runs along
 * the border of a box, within 3 points of it on the page: a line that
 * hugs a box reads as its border, or as inside it. */
static double border_run(const char *svg, const char *what)
{
	drawing *dr = malloc(sizeof(*dr));
	double z = svg_scale(svg), worst = 0;
	assert_non_null(dr);
	read_drawing(svg, dr);
	for (size_t i = 0; i < dr->n_lines; i++) {
		const line *l = &dr->lines[i];
		for (size_t k = 0; k < dr->n_clusters; k++) {
			const box *c = &dr->clusters[k];
			double run = 0;
			for (size_t p = 1; p < l->n_pts; p++) {
				bool near = border_dist(c, l->pts[p][0],
							l->pts[p][1]) *
						    z <=
						3 &&
					    border_dist(c, l->pts[p - 1][0],
							l->pts[p - 1][1]) *
						    z <=
						3;
				run = near ? run + hypot(l->pts[p][0] -
							     l->pts[p - 1][0],
							 l->pts[p][1] -
							     l->pts[p - 1][1]) *
						       z
					   : 0;
				if (run > worst) {
					worst = run;
					if (getenv("ERGRAPH_TEST_VERBOSE"))
						print_message(
						    "%s: %s along box %zu: "
						    "%.0f pt\n",
						    what, l->name, k, run);
				}
			}
		}
	}
	free(dr);
	return worst;
}

static void check_cluster_clear(const char *svg, const char *what)
{
	size_t bad = cluster_issues(svg, what);
	if (bad)
		fail_msg("%s: %zu lines or counts on boxes", what, bad);
	/* lines along borders are measured, not yet a failure: dot
	 * routes some that draw_page.c cannot move off without running
	 * them through an actor (the example's overview: 485 points before
	 * lines were moved off borders, 59 after; 300 on some pages) */
	if (getenv("ERGRAPH_TEST_VERBOSE"))
		print_message("%s: the longest run along a box's border: "
			      "%.0f points\n",
			      what, border_run(svg, what));
}

/* Lines clear of other actors and counts clear of other lines in
 * networks from other tools (GraphML: Les Misérables from networkx, a
 * Gephi sample); the example and the brief are checked above. */
static void test_draw_labels__clear(void **state)
{
	static const char *const files[] = { "graphml/networkx_lesmis.graphml",
					     "graphml/gephi_friends.graphml" };
	(void)state;

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		erg_graph *g = new_graph();
		erg_draw_opts o;
		erg_read_opts ro;
		erg_error err;
		char *svg;
		erg_read_opts_init(&ro);
		assert_int_equal(erg_read_file(g, th_data(files[i]),
					       ERG_FORMAT_UNKNOWN, &ro, &err),
				 0);
		erg_draw_opts_init(&o);
		o.title = files[i];
		svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
		check_clear(svg, files[i], true);
		free(svg);
		erg_graph_free(g);
	}
}

/* The figures of `ergraph slides` on the example, drawn as it draws
 * them (title, subtitle): lines and counts clear of actors, of boxes
 * they do not belong to and of each other. */
static void test_draw_labels__slides(void **state)
{
	static const struct {
		const char *layer, *title, *subtitle;
	} figs[] = {
		{ NULL, "Overview", "21 actors, 40 relations" },
		{ "cooperation", "Cooperation layer",
		  "cooperation, diplomacy, support, alliance, arms transfer, "
		  "military cooperation" },
	};
	erg_graph *g = example();
	(void)state;

	for (size_t i = 0; i < sizeof(figs) / sizeof(figs[0]); i++) {
		erg_draw_opts o;
		erg_view v;
		erg_error err;
		char *svg;
		erg_view_init(&v);
		erg_draw_opts_init(&o);
		/* a view: only actors in a relation, as on a slide */
		if (figs[i].layer)
			assert_int_equal(
			    erg_view_add_layer(&v, g, figs[i].layer, &err), 0);
		o.view = &v;
		o.title = figs[i].title;
		o.subtitle = figs[i].subtitle;
		svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
		check_labels(svg, figs[i].title, 1);
		check_clear(svg, figs[i].title, 2);
		check_cluster_clear(svg, figs[i].title);
		free(svg);
		erg_view_clear(&v);
	}
	erg_graph_free(g);
}

/* Pairs of lines of different actor pairs that cross (the lanes of a
 * pair count once). */
static bool pts_cross(const double *a, const double *b, const double *c,
		      const double *d)
{
	double d1 = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
	double d2 = (b[0] - a[0]) * (d[1] - a[1]) - (b[1] - a[1]) * (d[0] - a[0]);
	double d3 = (d[0] - c[0]) * (a[1] - c[1]) - (d[1] - c[1]) * (a[0] - c[0]);
	double d4 = (d[0] - c[0]) * (b[1] - c[1]) - (d[1] - c[1]) * (b[0] - c[0]);
	return d1 * d2 < 0 && d3 * d4 < 0;
}

static bool same_pair(const line *l, const line *m)
{
	return (l->a == m->a && l->b == m->b) || (l->a == m->b && l->b == m->a);
}

static size_t crossings(const char *svg)
{
	drawing *dr = malloc(sizeof(*dr));
	size_t n = 0;
	assert_non_null(dr);
	read_drawing(svg, dr);
	for (size_t i = 0; i < dr->n_lines; i++) {
		const line *l = &dr->lines[i];
		bool first = true;
		/* the first line of its pair stands for its lanes */
		for (size_t k = 0; k < i && first; k++)
			first = !same_pair(&dr->lines[k], l);
		if (!first)
			continue;
		for (size_t j = i + 1; j < dr->n_lines; j++) {
			const line *m = &dr->lines[j];
			bool hit = false, firstm = true;
			if (m->a == l->a || m->a == l->b || m->b == l->a ||
			    m->b == l->b)
				continue;
			for (size_t k = 0; k < j && firstm; k++)
				firstm = !same_pair(&dr->lines[k], m);
			if (!firstm)
				continue;
			for (size_t p = 1; p < l->n_pts && !hit; p++)
				for (size_t q = 1; q < m->n_pts && !hit; q++)
					hit = pts_cross(l->pts[p - 1], l->pts[p],
							m->pts[q - 1], m->pts[q]);
			n += hit;
		}
	}
	free(dr);
	return n;
}

/* The CLI's default view: negated relations left out. */
static void view_not_negated(erg_view *v)
{
	erg_view_init(v);
	for (int m = 0; m < ERG_MOD__COUNT; m++)
		if (m != ERG_MOD_NEGATED)
			v->modalities |= 1u << m;
}

/* The ego network of `focus` in the example as `ergraph draw --focus`
 * selects it (the selected actors as a network of their own), drawn as
 * a slide. */
static char *ego_svg(erg_graph *g, const char *focus, const char *title,
		     const char *subtitle)
{
	erg_graph *sub = NULL;
	erg_draw_opts o;
	erg_view v;
	erg_error err;
	char *svg;

	view_not_negated(&v);
	assert_int_equal(erg_view_focus(&v, g, focus, 1, &err), 0);
	assert_int_equal(erg_view_subgraph(&v, g, &sub, &err), 0);
	erg_draw_opts_init(&o);
	o.title = title;
	o.subtitle = subtitle;
	svg = draw_mem(sub, &o, ERG_FORMAT_SVG, NULL);
	erg_view_clear(&v);
	erg_graph_free(sub);
	return svg;
}

/* The overview and Russia's ego network of the example: no line through
 * a box that holds neither of its actors, and fewer crossings (pairs of
 * lines, lanes of a pair once): session 8's overview 39, Russia's 27;
 * boxes in one column or row in the order of fewest crossings, single
 * actors placed off lines, boxes and crossings, 22 and 19. */
static void test_draw_labels__crossings(void **state)
{
	erg_graph *g = example();
	erg_draw_opts o;
	erg_view v;
	char *svg;
	size_t n;
	(void)state;

	view_not_negated(&v);
	erg_draw_opts_init(&o);
	o.view = &v;
	o.title = "Overview";
	o.subtitle = "21 actors, 40 relations";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	check_clear(svg, "Overview", 2);
	check_cluster_clear(svg, "Overview");
	n = crossings(svg);
	if (getenv("ERGRAPH_TEST_VERBOSE"))
		print_message("Overview: %zu crossings\n", n);
	if (n > 25)
		fail_msg("Overview: %zu crossings", n);
	free(svg);
	erg_view_clear(&v);
	svg = ego_svg(g, "RUS", "Ego network of Russia",
		      "actors within 1 step");
	/* (lines only: its count ×6 lies on Lavrov's line to North Korea,
	 * the one free place beside the band) */
	check_clear(svg, "Russia", 0);
	check_cluster_clear(svg, "Russia");
	n = crossings(svg);
	if (getenv("ERGRAPH_TEST_VERBOSE"))
		print_message("Russia: %zu crossings\n", n);
	if (n > 24)
		fail_msg("Russia: %zu crossings", n);
	free(svg);
	erg_graph_free(g);
}

/* The example's ego network of North Korea as `ergraph slides` draws it
 * (two boxes whose persons each have a line to the other box's state):
 * dot drew it at zoom 0.78 with crossing lines, a line around a box and
 * the legend in five rows under it; neato's two levels with each box in
 * one column (engine.boxes_line_max) draw it at 0.93, the legend beside
 * it, its lines clear of actors and of boxes they do not end in. */
static void test_draw_labels__line_boxes(void **state)
{
	erg_graph *g = example();
	const char *z, *p;
	size_t rows = 0;
	char *svg;
	(void)state;

	svg = ego_svg(g, "PRK", "Ego network of North Korea",
		      "actors within 1 step of North Korea");
	z = strstr(svg, "zoom=");
	assert_non_null(z);
	if (atof(z + 5) < 0.85)
		fail_msg("North Korea: zoom %.2f", atof(z + 5));
	if (!all_named(svg, "engine="))
		fail_msg("North Korea: an actor unnamed");
	for (p = svg; (p = strstr(p, "<title>ergraph:legend")); p++)
		rows++;
	if (rows > 3)
		fail_msg("North Korea: the legend in %zu rows", rows);
	check_labels(svg, "North Korea", 1);
	check_clear(svg, "North Korea", 2);
	check_cluster_clear(svg, "North Korea");
	free(svg);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_draw_labels__example),
	    cmocka_unit_test(test_draw_labels__engine_asked),
	    cmocka_unit_test(test_draw_labels__brief),
	    cmocka_unit_test(test_draw_labels__lanes),
	    cmocka_unit_test(test_draw_labels__blocks),
	    cmocka_unit_test(test_draw_labels__presets),
	    cmocka_unit_test(test_draw_labels__presets_other),
	    cmocka_unit_test(test_draw_labels__room),
	    cmocka_unit_test(test_draw_labels__compact),
	    cmocka_unit_test(test_draw_labels__clear),
	    cmocka_unit_test(test_draw_labels__slides),
	    cmocka_unit_test(test_draw_labels__line_boxes),
	    cmocka_unit_test(test_draw_labels__crossings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
