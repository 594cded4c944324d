/* test_draw_colors.c - the relation colours of both themes stay apart:
 * lexicons/types.tsv (the light theme) and lexicons/theme-dark.tsv over
 * it. Two strands of one line, or two lines and the legend, must be told
 * apart by readers with normal vision and with the common colour-vision
 * deficiencies: colours are compared in CIELAB (CIE76 distance) as seen
 * normally and through the Machado 2009 (severity 1) simulation of
 * deuteranopia and protanopia. */
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

#include "helpers.h"

/* every pair of non-neutral types, in all three visions */
#define MIN_CVD 18.0
/* every pair in normal vision */
#define MIN_NORMAL 22.0
/* a neutral type (affiliation: a grey) against any other, all visions */
#define MIN_NEUTRAL 8.0

#define MAX_TYPES 64

typedef struct {
	char name[64];
	char color[8];
	char polarity;
} tcolor;

static const double VISION[3][3][3] = {
    { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
    /* deuteranopia */
    { { 0.367322, 0.860646, -0.227968 },
      { 0.280085, 0.672501, 0.047413 },
      { -0.011820, 0.042940, 0.968881 } },
    /* protanopia */
    { { 0.152286, 1.052583, -0.204868 },
      { 0.114503, 0.786281, 0.099216 },
      { -0.003882, -0.048116, 1.051998 } },
};

static double linear(double c)
{
	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double lab_f(double t)
{
	return t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116;
}

/* CIELAB (D65) of #RRGGBB as seen with vision v. */
static void to_lab(const char *hex, int v, double lab[3])
{
	unsigned r, g, b;
	double in[3], rgb[3], X, Y, Z;

	assert_int_equal(sscanf(hex, "#%02x%02x%02x", &r, &g, &b), 3);
	in[0] = linear(r / 255.0);
	in[1] = linear(g / 255.0);
	in[2] = linear(b / 255.0);
	for (int i = 0; i < 3; i++) {
		double s = 0;
		for (int k = 0; k < 3; k++)
			s += VISION[v][i][k] * in[k];
		rgb[i] = s < 0 ? 0 : s > 1 ? 1 : s;
	}
	X = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) /
	    0.95047;
	Y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
	Z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) /
	    1.08883;
	lab[0] = 116 * lab_f(Y) - 16;
	lab[1] = 500 * (lab_f(X) - lab_f(Y));
	lab[2] = 200 * (lab_f(Y) - lab_f(Z));
}

static double distance(const char *a, const char *b, int v)
{
	double x[3], y[3];
	to_lab(a, v, x);
	to_lab(b, v, y);
	return sqrt((x[0] - y[0]) * (x[0] - y[0]) +
		    (x[1] - y[1]) * (x[1] - y[1]) +
		    (x[2] - y[2]) * (x[2] - y[2]));
}

/* The type table: name, polarity, colour (the light theme's colours). */
static size_t read_types(tcolor *t)
{
	char path[4096], line[512];
	size_t n = 0;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/lexicons/types.tsv",
		 getenv("ERGRAPH_SOURCE_DIR"));
	fp = fopen(path, "r");
	assert_non_null(fp);
	while (fgets(line, sizeof(line), fp)) {
		char name[64], pol[8], dir[8], col[16];
		if (line[0] == '#' || strncmp(line, "name\t", 5) == 0)
			continue;
		if (sscanf(line, "%63[^\t]\t%7[^\t]\t%7[^\t]\t%15[^\t\n]", name,
			   pol, dir, col) != 4)
			continue;
		assert_true(n < MAX_TYPES);
		snprintf(t[n].name, sizeof(t[n].name), "%s", name);
		snprintf(t[n].color, sizeof(t[n].color), "%.7s", col);
		t[n].polarity = pol[0];
		n++;
	}
	fclose(fp);
	return n;
}

/* Rows type.<name>.color of a theme file replace the table's colours. */
static void overlay_theme(tcolor *t, size_t n, const char *file)
{
	char path[4096], line[512];
	size_t seen = 0;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/lexicons/%s",
		 getenv("ERGRAPH_SOURCE_DIR"), file);
	fp = fopen(path, "r");
	assert_non_null(fp);
	while (fgets(line, sizeof(line), fp)) {
		char key[128], col[16];
		if (sscanf(line, "type.%127[^.].color\t%15s", key, col) != 2)
			continue;
		for (size_t i = 0; i < n; i++)
			if (strcmp(t[i].name, key) == 0) {
				snprintf(t[i].color, sizeof(t[i].color),
					 "%.7s", col);
				seen++;
			}
	}
	fclose(fp);
	assert_true(seen >= n - 1);
}

/* Every pair of drawn types (`related` is the catch-all grey, drawn only
 * when nothing else fits, and left out) apart by the thresholds. */
static void check_palette(const tcolor *t, size_t n, const char *theme)
{
	for (size_t i = 0; i < n; i++) {
		if (strcmp(t[i].name, "related") == 0)
			continue;
		for (size_t j = i + 1; j < n; j++) {
			bool neutral = t[i].polarity == '0' ||
				       t[j].polarity == '0';
			double dn;
			if (strcmp(t[j].name, "related") == 0)
				continue;
			dn = distance(t[i].color, t[j].color, 0);
			if (dn < MIN_NORMAL)
				fail_msg("%s theme: %s %s and %s %s are %.1f "
					 "apart (normal vision)",
					 theme, t[i].name, t[i].color,
					 t[j].name, t[j].color, dn);
			for (int v = 0; v < 3; v++) {
				double d = distance(t[i].color, t[j].color, v);
				double min = neutral ? MIN_NEUTRAL : MIN_CVD;
				if (d < min)
					fail_msg("%s theme: %s %s and %s %s "
						 "are %.1f apart (vision %d)",
						 theme, t[i].name, t[i].color,
						 t[j].name, t[j].color, d, v);
			}
		}
	}
}

/* The distance itself: known values (white and black 100 apart; a
 * red and a green that deuteranopes confuse). */
static void test_draw_colors__distance(void **state)
{
	(void)state;
	assert_true(fabs(distance("#FFFFFF", "#000000", 0) - 100) < 0.01);
	assert_true(distance("#D55E00", "#009E73", 0) > 60);
	assert_true(distance("#E04B3C", "#8F8F1F", 0) > 60);
	assert_true(distance("#E04B3C", "#8F8F1F", 1) < 10);
}

static void test_draw_colors__light(void **state)
{
	tcolor t[MAX_TYPES];
	size_t n = read_types(t);
	(void)state;
	assert_true(n >= 11);
	check_palette(t, n, "light");
}

static void test_draw_colors__dark(void **state)
{
	tcolor t[MAX_TYPES];
	size_t n = read_types(t);
	(void)state;
	overlay_theme(t, n, "theme-dark.tsv");
	check_palette(t, n, "dark");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_draw_colors__distance),
	    cmocka_unit_test(test_draw_colors__light),
	    cmocka_unit_test(test_draw_colors__dark),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
