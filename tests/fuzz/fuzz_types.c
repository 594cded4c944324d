/*
 * fuzz_types.c - libFuzzer harness for the relation type table parser
 * (erg_types_parse).
 *
 * Not part of the default build. With clang, from the source root and
 * after a normal cmake build in `build` (for the generated sources):
 *
 *   PKGS="libxml-2.0 igraph libcgraph libgvc jansson libutf8proc"
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -fno-sanitize-recover=all -I include -I graph -I ingest \
 *     $(pkg-config --cflags $PKGS) tests/fuzz/fuzz_types.c \
 *     $(find graph ingest output build/generated -name '*.c') \
 *     $(pkg-config --libs $PKGS) -lcsv -lm -o fuzz_types
 *   mkdir -p new && ./fuzz_types -max_total_time=300 -max_len=8192 \
 *     new tests/data/fuzz-types
 *
 * New inputs land in `new`; keep only those that reach new code (edges,
 * not hit counts, so that the corpus stays small):
 *
 *   ./fuzz_types -merge=1 -use_counters=0 -use_cmp=0 \
 *     tests/data/fuzz-types new
 *
 * Each input is parsed twice: into the default table and into an empty
 * one. The status must be ERG_OK, or a negative status with a message and
 * err.code equal to it, and a message in valid UTF-8. On failure the table must
 * be unchanged (the contract of erg_types_parse); on success the old types keep
 * their index and every type is valid: name [a-z0-9_]+, polarity -1/0/+1,
 * colour #RRGGBB, CAMEO list of digits, commas and spaces, found by name at its
 * index; a graph can be created with the table. A violation prints what
 * and aborts.
 *
 * The corpus (tests/data/fuzz-types/) replays as a normal test:
 * tests/test_fuzz_table_replay.c includes this file with ERG_FUZZ_REPLAY
 * defined and calls fuzz_types_run().
 */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "util_internal.h"

static char fuzz_types_why[1024];

/* An error message must be valid UTF-8 unless it was cut at the size of
 * erg_error.message (truncation is byte-wise). */
static bool fuzz_types_msg_ok(const erg_error *e)
{
	size_t n = strlen(e->message), bad;
	return n + 1 >= sizeof(e->message) ||
	       erg__utf8_valid(e->message, n, &bad);
}

static bool fuzz_types_same(const erg_type *a, const erg_type *b)
{
	return strcmp(a->name, b->name) == 0 && a->polarity == b->polarity &&
	       a->directed == b->directed && strcmp(a->color, b->color) == 0 &&
	       strcmp(a->cameo, b->cameo) == 0;
}

static const char *fuzz_types_valid(const erg_types *t, size_t i)
{
	const erg_type *ty = erg_types_get(t, i);
	size_t j;

	if (!ty || !ty->name || !ty->color || !ty->cameo)
		return "type with a NULL field";
	if (!ty->name[0])
		return "empty type name";
	for (const char *p = ty->name; *p; p++)
		if (!(islower((unsigned char)*p) ||
		      isdigit((unsigned char)*p) || *p == '_'))
			return "invalid character in a type name";
	if (ty->polarity < -1 || ty->polarity > 1)
		return "polarity out of range";
	if (strlen(ty->color) != 7 || ty->color[0] != '#')
		return "colour is not #RRGGBB";
	for (int k = 1; k < 7; k++)
		if (!isxdigit((unsigned char)ty->color[k]))
			return "colour is not #RRGGBB";
	for (const char *p = ty->cameo; *p; p++)
		if (!isdigit((unsigned char)*p) && *p != ',' && *p != ' ')
			return "invalid CAMEO list";
	if (erg_types_find(t, ty->name, &j) != 0 || j != i)
		return "type not found by name at its index";
	return NULL;
}

/* Parses into `t`; NULL if every property holds. */
static const char *fuzz_types_one(erg_types *t, const uint8_t *data,
				  size_t size, erg_status *out)
{
	erg_types *before = NULL;
	erg_error err;
	erg_status st;
	size_t n0, n;
	const char *why = NULL;

	if (erg_types_copy(&before, t, &err) != ERG_OK)
		return "erg_types_copy failed";
	n0 = erg_types_count(before);
	memset(&err, 0, sizeof(err));
	st = erg_types_parse(t, (const char *)data, size, "fuzz", &err);
	*out = st;
	n = erg_types_count(t);
	if (st > 0 || (st < 0 && (!err.message[0] || err.code != st ||
				  !fuzz_types_msg_ok(&err)))) {
		snprintf(fuzz_types_why, sizeof(fuzz_types_why),
			 "status %d with error code %d, message '%s'", st,
			 err.code, err.message);
		why = fuzz_types_why;
		goto done;
	}
	if (st < 0) {
		if (n != n0) {
			why = "failed parse changed the number of types";
			goto done;
		}
		for (size_t i = 0; i < n; i++)
			if (!fuzz_types_same(erg_types_get(t, i),
					     erg_types_get(before, i))) {
				why = "failed parse changed a type";
				goto done;
			}
		goto done;
	}
	if (n < n0) {
		why = "successful parse lost types";
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		if ((why = fuzz_types_valid(t, i)))
			goto done;
		if (i < n0 && strcmp(erg_types_get(t, i)->name,
				     erg_types_get(before, i)->name) != 0) {
			why = "an existing type moved";
			goto done;
		}
	}
	{
		erg_graph *g = NULL;
		if (erg_graph_new(&g, t, &err) != ERG_OK)
			why = "cannot create a graph with the parsed table";
		else if (erg_types_count(erg_graph_types(g)) != n)
			why = "the graph's copy of the table differs";
		erg_graph_free(g);
	}
done:
	erg_types_free(before);
	return why;
}

/* Parses into the default and into an empty table; NULL if every property
 * holds. `*on_default` gets the status of the parse into the default
 * table. */
static const char *fuzz_types_run(const uint8_t *data, size_t size,
				  erg_status *on_default)
{
	erg_types *t = NULL;
	erg_error err;
	erg_status st;
	const char *why;

	if (erg_types_new_default(&t, &err) != ERG_OK)
		return "erg_types_new_default failed";
	why = fuzz_types_one(t, data, size, on_default);
	erg_types_free(t);
	if (why)
		return why;
	if (erg_types_new_empty(&t, &err) != ERG_OK)
		return "erg_types_new_empty failed";
	why = fuzz_types_one(t, data, size, &st);
	erg_types_free(t);
	return why;
}

#ifndef ERG_FUZZ_REPLAY
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	erg_status st;
	const char *why = fuzz_types_run(data, size, &st);
	if (why) {
		fprintf(stderr, "fuzz_types: %s\n", why);
		abort();
	}
	return 0;
}
#endif
