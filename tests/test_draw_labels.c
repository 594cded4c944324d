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
	free(svg);
	o.page = "slide43";
	o.theme = "dark";
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	check_labels(svg, "example, slide43 dark", 1);
	free(svg);
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
	check_labels(svg, "brief, slide", 3);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_draw_labels__example),
	    cmocka_unit_test(test_draw_labels__brief),
	    cmocka_unit_test(test_draw_labels__lanes),
	    cmocka_unit_test(test_draw_labels__blocks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
