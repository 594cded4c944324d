/*
 * draw_helpers.h - graph building (drawing, report and GraphML writer
 * tests) and SVG reading (drawing tests) shared by the tests (include after
 * cmocka's headers, ergraph.h and <stdio.h>, <stdlib.h>, <string.h>).
 */
#ifndef ERG_TEST_DRAW_HELPERS_H
#define ERG_TEST_DRAW_HELPERS_H

static __attribute__((unused)) size_t actor(erg_graph *g, const char *id,
					    const char *label, erg_kind kind)
{
	size_t i;
	erg_error err;
	assert_int_equal(erg_graph_ensure_actor(g, id, &i, NULL, &err), 0);
	if (label)
		assert_int_equal(
		    erg_actor_set_label(erg_graph_actor(g, i), label), 0);
	erg_graph_actor(g, i)->kind = kind;
	return i;
}

static __attribute__((unused)) erg_relation *
rel(erg_graph *g, size_t s, size_t t, const char *type, erg_modality m)
{
	size_t ty, r;
	erg_error err;
	assert_int_equal(erg_types_find(erg_graph_types(g), type, &ty), 0);
	assert_int_equal(erg_graph_add_relation(g, s, t, ty, &r, &err), 0);
	erg_graph_relation(g, r)->modality = m;
	return erg_graph_relation(g, r);
}

/* Russia and North Korea with solid relations of three types (both
 * directions), an alleged and two projected ones, and Russia - China. */
static __attribute__((unused)) void pair_relations(erg_graph *g, size_t rus,
						   size_t prk, size_t chn)
{
	rel(g, rus, prk, "cooperation", ERG_MOD_REPORTED);
	rel(g, rus, prk, "diplomacy", ERG_MOD_REPORTED);
	rel(g, prk, rus, "diplomacy", ERG_MOD_REPORTED);
	rel(g, prk, rus, "support", ERG_MOD_REPORTED);
	rel(g, prk, rus, "arms_transfer", ERG_MOD_ALLEGED);
	rel(g, rus, prk, "alliance", ERG_MOD_HYPOTHETICAL);
	rel(g, rus, prk, "military_cooperation", ERG_MOD_PROJECTED);
	rel(g, rus, chn, "cooperation", ERG_MOD_REPORTED);
}

static __attribute__((unused)) size_t type_index(const erg_graph *g,
						 const char *type)
{
	size_t ty = 0;
	assert_int_equal(erg_types_find(erg_graph_types(g), type, &ty), 0);
	return ty;
}

static __attribute__((unused)) erg_graph *new_graph(void)
{
	erg_graph *g;
	erg_error err;
	assert_int_equal(erg_graph_new(&g, NULL, &err), 0);
	return g;
}

/* The example of examples/russia-dprk, read as the CLI reads it. */
static __attribute__((unused)) erg_graph *example(void)
{
	erg_graph *g = new_graph();
	erg_read_opts ro;
	erg_error err;
	char path[4096];
	const char *src = getenv("ERGRAPH_SOURCE_DIR");

	assert_non_null(src);
	erg_read_opts_init(&ro);
	snprintf(path, sizeof(path), "%s/examples/russia-dprk/actors.csv", src);
	assert_int_equal(erg_actors_read_file(g, path, &ro, &err), 0);
	snprintf(path, sizeof(path), "%s/examples/russia-dprk/relations.csv",
		 src);
	assert_int_equal(
	    erg_read_file(g, path, ERG_FORMAT_UNKNOWN, &ro, &err), 0);
	return g;
}

static __attribute__((unused)) char *draw_mem(const erg_graph *g,
					      const erg_draw_opts *o,
					      erg_format fmt, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n);
	erg_error err;
	erg_status st;

	assert_non_null(fp);
	st = erg_draw_fp(g, o, fmt, fp, &err);
	if (st) {
		char msg[1024];
		erg_error_format(&err, msg, sizeof(msg));
		fclose(fp);
		free(buf);
		fail_msg("erg_draw_fp: %s", msg);
	}
	assert_int_equal(fclose(fp), 0);
	if (len)
		*len = n;
	return buf;
}

static __attribute__((unused)) double svg_scale(const char *svg)
{
	const char *p = strstr(svg, "class=\"graph\" transform=\"scale(");
	double s = 0;
	assert_non_null(p);
	assert_int_equal(sscanf(strchr(p, '(') + 1, "%lf", &s), 1);
	assert_true(s > 0);
	return s;
}

static __attribute__((unused)) double svg_min_font(const char *svg,
						   size_t *count)
{
	double s = svg_scale(svg), min = 1e9;
	const char *p = svg;
	*count = 0;
	while ((p = strstr(p, "font-size=\""))) {
		double f = atof(p + 11);
		if (f * s < min)
			min = f * s;
		(*count)++;
		p += 11;
	}
	return min;
}

#endif
