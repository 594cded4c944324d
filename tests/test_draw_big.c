/* test_draw_big.c - pathological diagrams: one actor with 200 relations,
 * 500 actors. They must finish within a bound and take the faster
 * engine and straight lines rather than hang.
 *
 * No ASan default options here: the other drawing tests ask for slow
 * (exact) malloc stack unwinding so that tests/lsan.supp can name
 * Graphviz's own leaks, which makes Graphviz's layouts of hundreds of
 * actors take minutes. Here leak checking is paused around the drawings
 * instead (the same code paths are leak-checked on small networks by
 * test_draw and test_draw_page). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <graphviz/cgraph.h>

#include "ergraph.h"
#include "helpers.h"
#include "draw_helpers.h"

/* LeakSanitizer's interface, when the test is built with it. */
void __lsan_disable(void) __attribute__((weak));
void __lsan_enable(void) __attribute__((weak));

static void leaks_pause(void)
{
	if (__lsan_disable)
		__lsan_disable();
}

static void leaks_resume(void)
{
	if (__lsan_enable)
		__lsan_enable();
}

static void svg_engine(const char *svg, char *out, size_t size)
{
	const char *p = strstr(svg, "<!-- ergraph: engine=");
	size_t n;
	assert_non_null(p);
	p += strlen("<!-- ergraph: engine=");
	n = strcspn(p, " ");
	assert_true(n < size);
	memcpy(out, p, n);
	out[n] = '\0';
}

static size_t svg_labels(const char *svg)
{
	const char *p = strstr(svg, " labels=");
	assert_non_null(p);
	return (size_t)strtoul(p + 8, NULL, 10);
}

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The bound for one pathological drawing; generous for sanitizers. */
#define BOUND_SECONDS 90.0

static void test_draw_big__hub_of_200(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	char id[32], engine[32];
	size_t hub;
	double t0, min, dt;
	size_t n;
	char *svg;
	Agraph_t *G;

	hub = actor(g, "hub", "Hub", ERG_KIND_STATE);
	for (int i = 0; i < 200; i++) {
		snprintf(id, sizeof(id), "spoke-%d", i);
		rel(g, hub, actor(g, id, NULL, (erg_kind)(i % ERG_KIND__COUNT)),
		    i % 2 ? "support" : "conflict", ERG_MOD_REPORTED);
	}
	erg_draw_opts_init(&o);
	/* the DOT names the engine and straight lines */
	svg = draw_mem(g, &o, ERG_FORMAT_DOT, NULL);
	G = agmemread(svg);
	assert_non_null(G);
	assert_string_equal(agget(G, "layout"), "neato");
	assert_string_equal(agget(G, "splines"), "line");
	agclose(G);
	free(svg);

	t0 = seconds();
	leaks_pause();
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	leaks_resume();
	dt = seconds() - t0;
	if (dt > BOUND_SECONDS)
		fail_msg("hub of 200 took %.1f s", dt);
	svg_engine(svg, engine, sizeof(engine));
	assert_string_equal(engine, "neato");
	/* the hub keeps its label; text stays readable */
	assert_non_null(strstr(svg, ">Hub<"));
	min = svg_min_font(svg, &n);
	if (n && min < 13.99)
		fail_msg("smallest text %.2f pt", min);
	free(svg);
	erg_graph_free(g);
}

static void test_draw_big__500_actors(void **state)
{
	erg_graph *g = new_graph();
	erg_draw_opts o;
	char id[32], engine[32];
	double t0, dt, min;
	size_t n;
	char *svg;
	unsigned seed = 7;

	for (int i = 0; i < 500; i++) {
		snprintf(id, sizeof(id), "a%d", i);
		actor(g, id, NULL, (erg_kind)(i % ERG_KIND__COUNT));
	}
	/* a ring and random chords: connected, about 1,000 relations */
	for (int i = 0; i < 500; i++) {
		seed = seed * 1103515245u + 12345u;
		rel(g, (size_t)i, (size_t)((i + 1) % 500), "cooperation",
		    ERG_MOD_REPORTED);
		rel(g, (size_t)i, (size_t)((seed >> 8) % 500), "criticism",
		    ERG_MOD_REPORTED);
	}
	erg_draw_opts_init(&o);
	o.title = "500 actors";
	t0 = seconds();
	leaks_pause();
	svg = draw_mem(g, &o, ERG_FORMAT_SVG, NULL);
	leaks_resume();
	dt = seconds() - t0;
	if (dt > BOUND_SECONDS)
		fail_msg("500 actors took %.1f s", dt);
	svg_engine(svg, engine, sizeof(engine));
	assert_string_equal(engine, "sfdp");
	/* labels kept are readable: fewer labels, not smaller ones */
	min = svg_min_font(svg, &n);
	if (min < 13.99)
		fail_msg("smallest text %.2f pt", min);
	assert_true(svg_labels(svg) < 500);
	assert_non_null(strstr(svg, ">500 actors<"));
	free(svg);
	erg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_draw_big__hub_of_200),
	    cmocka_unit_test(test_draw_big__500_actors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
