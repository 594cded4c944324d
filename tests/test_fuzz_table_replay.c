/*
 * test_fuzz_table_replay.c - replays the fuzz corpora of the table readers
 * as a normal test:
 *
 *   tests/data/fuzz-table/   through erg_table_read_memory
 *   tests/data/fuzz-actors/  through erg_actors_read_memory
 *   tests/data/fuzz-types/   through erg_types_parse
 *
 * The harnesses themselves (tests/fuzz/fuzz_table.c for both table
 * readers, fuzz_types.c) are included with
 * ERG_FUZZ_REPLAY defined, so the replay checks exactly the properties the
 * fuzzers check. Each input is copied into a buffer of its exact size (no
 * trailing NUL), as libFuzzer passes it, so that AddressSanitizer sees any
 * read past the end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ergraph.h"
#include "util_internal.h"
#include "helpers.h"

#define ERG_FUZZ_REPLAY
#include "fuzz/fuzz_table.c" /* relations and actors */
#include "fuzz/fuzz_types.c"

typedef const char *(*replay_fn)(const uint8_t *data, size_t size,
				 erg_status *st);

typedef struct {
	int n;	    /* inputs replayed */
	int n_ok;   /* of which the first pass returned ERG_OK */
	int n_fail; /* of which the first pass returned an error */
} replay_count;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Replays every file of `dir` (sorted, so that failures are
 * reproducible); fails the test on the first violated property. */
static void replay_dir(const char *dir, replay_fn fn, replay_count *c)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;

	if (!d)
		fail_msg("cannot open %s", dir);
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			names = realloc(names, cap * sizeof(*names));
			assert_non_null(names);
		}
		names[n] = strdup(e->d_name);
		assert_non_null(names[n]);
		n++;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str);
	memset(c, 0, sizeof(*c));
	for (size_t i = 0; i < n; i++) {
		char path[4096];
		char *text, *exact;
		size_t len;
		erg_status st = ERG_OK;
		const char *why;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		text = th_slurp(path, &len);
		if (!text)
			fail_msg("cannot read %s", path);
		exact = malloc(len ? len : 1);
		assert_non_null(exact);
		memcpy(exact, text, len);
		free(text);
		why = fn((const uint8_t *)exact, len, &st);
		free(exact);
		if (why)
			fail_msg("%s: %s", path, why);
		c->n++;
		if (st == ERG_OK)
			c->n_ok++;
		else
			c->n_fail++;
		free(names[i]);
	}
	free(names);
}

static void test_fuzz_table__relations(void **state)
{
	replay_count c;
	(void)state;
	replay_dir(th_data("fuzz-table"), fuzz_table_run, &c);
	assert_true(c.n >= 30);
	/* the seeds hold valid tables and each kind of bad input */
	assert_true(c.n_ok >= 5);
	assert_true(c.n_fail >= 10);
}

static void test_fuzz_table__actors(void **state)
{
	replay_count c;
	(void)state;
	replay_dir(th_data("fuzz-actors"), fuzz_actors_run, &c);
	assert_true(c.n >= 15);
	assert_true(c.n_ok >= 5);
	assert_true(c.n_fail >= 5);
}

static void test_fuzz_table__types(void **state)
{
	replay_count c;
	(void)state;
	replay_dir(th_data("fuzz-types"), fuzz_types_run, &c);
	assert_true(c.n >= 20);
	assert_true(c.n_ok >= 5);
	assert_true(c.n_fail >= 10);
}

/* The checks themselves must be able to fail: a graph or a type table
 * that breaks a property is reported. */
static void test_fuzz_table__checks_detect(void **state)
{
	erg_graph *g = NULL;
	erg_types *t = NULL;
	erg_error err;
	size_t a, b, type, r;
	(void)state;

	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(erg_graph_ensure_actor(g, "A", &a, NULL, &err), 0);
	assert_int_equal(erg_graph_ensure_actor(g, "B", &b, NULL, &err), 0);
	assert_int_equal(erg_types_find(erg_graph_types(g), "support", &type),
			 0);
	assert_int_equal(erg_graph_add_relation(g, a, b, type, &r, &err), 0);
	assert_null(fuzz_table_check(g));
	assert_string_equal(fuzz_actors_check(g),
			    "an actors table created relations");
	assert_null(fuzz_roundtrip(&fuzz_relations, g, ','));
	assert_null(fuzz_roundtrip(&fuzz_relations, g, '\t'));
	assert_null(fuzz_roundtrip(&fuzz_actors, g, ','));
	assert_null(fuzz_actors_same(g, g));
	assert_null(fuzz_table_same(g, g));
	{
		/* the same relation with another type */
		erg_graph *h = NULL;
		size_t ha, hb, ht, hr;
		assert_int_equal(erg_graph_new(&h, NULL, &err), ERG_OK);
		assert_int_equal(
		    erg_graph_ensure_actor(h, "A", &ha, NULL, &err), 0);
		assert_int_equal(
		    erg_graph_ensure_actor(h, "B", &hb, NULL, &err), 0);
		assert_int_equal(
		    erg_types_find(erg_graph_types(h), "conflict", &ht), 0);
		assert_int_equal(
		    erg_graph_add_relation(h, ha, hb, ht, &hr, &err), 0);
		assert_string_equal(fuzz_table_same(g, h),
				    "round trip: type differs");
		erg_graph_free(h);
	}
	erg_graph_relation(g, r)->weight = -1;
	assert_string_equal(fuzz_table_check(g),
			    "weight not finite or negative");
	erg_graph_free(g);

	assert_int_equal(erg_types_new_empty(&t, &err), ERG_OK);
	assert_string_equal(fuzz_types_valid(t, 0), "type with a NULL field");
	erg_types_free(t);
}

/* Regression (found while seeding the corpus): the U+2212 minus sign,
 * documented as a polarity, never matched because the bytes were compared as
 * signed char against tolower()'s unsigned result. */
static void test_fuzz_table__types_unicode_minus(void **state)
{
	static const char data[] = "hostile\t\xe2\x88\x92\tyes\t#abcdef\t\n";
	erg_types *t = NULL;
	erg_error err;
	size_t i;
	(void)state;

	assert_int_equal(erg_types_new_empty(&t, &err), ERG_OK);
	assert_int_equal(
	    erg_types_parse(t, data, sizeof(data) - 1, "m.tsv", &err), ERG_OK);
	assert_int_equal(erg_types_find(t, "hostile", &i), 0);
	assert_int_equal(erg_types_get(t, i)->polarity, -1);
	assert_true(erg_types_get(t, i)->directed);
	erg_types_free(t);
}

/* Regression (the harness's message check, on a seed): a non-ASCII
 * character in a type name was quoted as its lone lead byte, making the message
 * invalid UTF-8. */
static void test_fuzz_table__types_bad_name_message(void **state)
{
	static const char utf8[] = "ok\t+\tyes\t#000000\n"
				   "caf\xc3\xa9\t+\tyes\t#000000\n";
	static const char ctrl[] = "a\x01"
				   "b\t+\tyes\t#000000\n";
	erg_types *t = NULL;
	erg_error err;
	size_t bad;
	(void)state;

	assert_int_equal(erg_types_new_default(&t, &err), ERG_OK);
	assert_int_equal(
	    erg_types_parse(t, utf8, sizeof(utf8) - 1, "u.tsv", &err),
	    ERG_EPARSE);
	assert_int_equal(err.line, 2);
	assert_int_equal(err.column, 4);
	assert_non_null(strstr(err.message, "'\xc3\xa9'"));
	assert_true(erg__utf8_valid(err.message, strlen(err.message), &bad));
	assert_int_equal(erg_types_find(t, "ok", &bad), -1); /* unchanged */

	assert_int_equal(
	    erg_types_parse(t, ctrl, sizeof(ctrl) - 1, "c.tsv", &err),
	    ERG_EPARSE);
	assert_int_equal(err.column, 2);
	assert_non_null(strstr(err.message, "0x01"));
	erg_types_free(t);
}

/* Regression: every added type rebuilt the name index, so a table of n
 * types cost O(n^2) to parse and to copy (erg_graph_new copies it):
 * 20,000 types took 47 s. Now linear; the bound below is loose. */
static void test_fuzz_table__types_many(void **state)
{
	const size_t n = 20000;
	erg_buf text;
	erg_types *t = NULL;
	erg_graph *g = NULL;
	erg_error err;
	clock_t start = clock();
	size_t idx, n0;
	(void)state;

	erg__buf_init(&text, 0);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(erg__buf_printf(&text,
						 "t%zu\t%c\tyes\t#00%04zx\t\n",
						 i, "+-0"[i % 3], i % 65536),
				 ERG_OK);
	assert_int_equal(erg_types_new_default(&t, &err), ERG_OK);
	n0 = erg_types_count(t);
	assert_int_equal(
	    erg_types_parse(t, text.data, text.len, "many.tsv", &err), ERG_OK);
	assert_int_equal(erg_types_count(t), n0 + n);
	for (size_t i = 0; i < n; i += 997) {
		char name[32];
		snprintf(name, sizeof(name), "t%zu", i);
		assert_int_equal(erg_types_find(t, name, &idx), 0);
		assert_string_equal(erg_types_get(t, idx)->name, name);
		assert_int_equal(erg_types_get(t, idx)->polarity, i % 3 == 0 ? 1
								  : i % 3 == 1
								      ? -1
								      : 0);
	}
	assert_int_equal(erg_graph_new(&g, t, &err), ERG_OK);
	assert_int_equal(erg_types_find(erg_graph_types(g), "t19999", &idx), 0);
	assert_int_equal(idx, n0 + n - 1);
	erg_graph_free(g);
	erg_types_free(t);
	erg__buf_free(&text);
	assert_true((double)(clock() - start) / CLOCKS_PER_SEC < 20.0);
}

/* A header of `named` named columns (source, target, type and free
 * attributes) followed by `unnamed` empty ones, and one row. */
static char *wide_table(size_t named, size_t unnamed, size_t *len)
{
	size_t cap = (named + unnamed) * 16 + 64, n = 0;
	char *s = malloc(cap);

	assert_non_null(s);
	n += (size_t)snprintf(s + n, cap - n, "source,target,type");
	for (size_t i = 3; i < named; i++)
		n += (size_t)snprintf(s + n, cap - n, ",c%zu", i);
	for (size_t i = 0; i < unnamed; i++)
		s[n++] = ',';
	n += (size_t)snprintf(s + n, cap - n, "\nA,B,support");
	for (size_t i = 3; i < named + unnamed; i++) {
		s[n++] = ',';
		s[n++] = 'x';
	}
	s[n++] = '\n';
	*len = n;
	return s;
}

/* Regression: a header with many named columns cost O(columns^2) string
 * comparisons (20,000 columns took seconds); named columns are now capped
 * at 4096 with ERG_ELIMIT, unnamed ones stay free. */
static void test_fuzz_table__wide_header(void **state)
{
	erg_graph *g = NULL;
	erg_error err;
	size_t len;
	char *s;
	(void)state;

	s = wide_table(4096, 20000, &len);
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(
	    erg_table_read_memory(g, s, len, ',', "w.csv", NULL, &err), ERG_OK);
	assert_int_equal(erg_graph_relation_count(g), 1);
	assert_int_equal(erg_graph_relation_c(g, 0)->attrs.n, 4093);
	erg_graph_free(g);
	free(s);

	s = wide_table(4097, 0, &len);
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(
	    erg_table_read_memory(g, s, len, ',', "w.csv", NULL, &err),
	    ERG_ELIMIT);
	assert_int_equal(err.line, 1);
	assert_int_equal(err.column, 4097);
	assert_non_null(strstr(err.message, "4096 named columns"));
	erg_graph_free(g);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fuzz_table__relations),
	    cmocka_unit_test(test_fuzz_table__actors),
	    cmocka_unit_test(test_fuzz_table__types),
	    cmocka_unit_test(test_fuzz_table__checks_detect),
	    cmocka_unit_test(test_fuzz_table__types_unicode_minus),
	    cmocka_unit_test(test_fuzz_table__types_bad_name_message),
	    cmocka_unit_test(test_fuzz_table__types_many),
	    cmocka_unit_test(test_fuzz_table__wide_header),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
