/*
 * fuzz_table.c - libFuzzer harness for the two table readers, CSV/TSV:
 * relation tables (erg_table_read_memory) and actors tables
 * (erg_actors_read_memory). One harness, parameterized by the reader
 * (fuzz_reader below): the passes, the status and message checks and the
 * round trip through the writer are the same; what a reader must build
 * (fuzz_relations_check, fuzz_actors_check), how a graph is prepared for
 * the merge paths and how two graphs compare differ.
 *
 * Not part of the default build. With clang, from the source root and
 * after a normal cmake build in `build` (for the generated sources);
 * -DFUZZ_ACTORS builds the actors harness, without it the relations one:
 *
 *   PKGS="libxml-2.0 igraph libcgraph libgvc jansson libutf8proc"
 *   for t in table actors; do
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *       -fno-sanitize-recover=all -I include -I graph -I ingest \
 *       $([ $t = actors ] && echo -DFUZZ_ACTORS) \
 *       $(pkg-config --cflags $PKGS) tests/fuzz/fuzz_table.c \
 *       $(find graph ingest output build/generated -name '*.c') \
 *       $(pkg-config --libs $PKGS) -lcsv -lm -o fuzz_$t
 *   done
 *   mkdir -p new && ./fuzz_table -max_total_time=300 -max_len=8192 \
 *     new tests/data/fuzz-table
 *   (and ./fuzz_actors ... tests/data/fuzz-actors)
 *
 * New inputs land in `new`; keep only those that reach new code (edges,
 * not hit counts, so that the corpus stays small):
 *
 *   ./fuzz_table -merge=1 -use_counters=0 -use_cmp=0 \
 *     tests/data/fuzz-table new
 *
 * Each input is read three times, each into a fresh graph: with the
 * delimiter sniffed (0), as CSV (',') and as TSV ('\t'). The CSV pass runs
 * on a prepared graph, to reach the merge paths: for relations typed keys
 * (edge "score" double, "flag" boolean, node "population" long) and one
 * actor "USA"; for actors the node key "population" (long, a typed
 * column) and the actors "USA" and "Hezbollah" (the update path). Every
 * read must give ERG_OK, or a negative status with a message (valid
 * UTF-8) and err.code equal to it; after ERG_OK the graph is checked
 * (relations: valid actor and type indices, weights finite and >= 0, dates
 * valid, strings valid UTF-8; actors: non-empty id found at its index,
 * label, kind in range, aliases and strings valid UTF-8, no relation).
 * The graphs of the passes without preparation are written back
 * (erg_relations_write_fp, erg_actors_write_fp) and read again: the
 * writers promise a lossless round trip, so every field must come back.
 * A violation prints what and aborts.
 *
 * The corpora (tests/data/fuzz-table/, tests/data/fuzz-actors/) replay as
 * a normal test: tests/test_fuzz_table_replay.c includes this file with
 * ERG_FUZZ_REPLAY defined and calls fuzz_table_run() and
 * fuzz_actors_run().
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "util_internal.h"

/* One table reader and what the harness needs to know about it. */
typedef struct {
	erg_status (*read)(erg_graph *g, const char *data, size_t len,
			   char delim, const char *name,
			   const erg_read_opts *opts, erg_error *err);
	erg_status (*write)(const erg_graph *g, char delim, FILE *fp,
			    erg_error *err);
	/* keys and actors for the merge paths */
	erg_status (*prepare)(erg_graph *g, erg_error *err);
	/* NULL if the graph the reader built is sound, else what is not */
	const char *(*check)(erg_graph *g);
	/* NULL if b holds what a holds (the round trip) */
	const char *(*same)(const erg_graph *a, const erg_graph *b);
} fuzz_reader;

static char fuzz_table_why[1024];
static char fuzz_table_why2[1100];

/* An error message must be valid UTF-8 unless it was cut at the size of
 * erg_error.message (truncation is byte-wise). */
static bool fuzz_table_msg_ok(const erg_error *e)
{
	size_t n = strlen(e->message), bad;
	return n + 1 >= sizeof(e->message) ||
	       erg__utf8_valid(e->message, n, &bad);
}

static bool fuzz_table_str_ok(const char *s)
{
	size_t bad;
	return s && erg__utf8_valid(s, strlen(s), &bad);
}

static bool fuzz_table_str_eq(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Attributes of an actor or relation: keys of `domain`, strings valid. */
static const char *fuzz_attrs_check(const erg_graph *g, const erg_attrs *at,
				    erg_domain domain)
{
	for (uint32_t k = 0; k < at->n; k++) {
		const erg_key *key = erg_graph_key(g, at->items[k].key);
		if (!key || key->domain != domain)
			return domain == ERG_DOMAIN_NODE
				   ? "actor attribute with a bad key"
				   : "relation attribute with a bad key";
		if (key->type == ERG_ATTR_STRING &&
		    !fuzz_table_str_ok(at->items[k].v.s))
			return "attribute is not valid UTF-8";
	}
	return NULL;
}

/* The same attributes (string values compared, keys by name). */
static const char *fuzz_attrs_same(const erg_graph *a, const erg_attrs *x,
				   const erg_graph *b, const erg_attrs *y,
				   erg_domain domain)
{
	if (x->n != y->n)
		return "round trip: number of attributes differs";
	for (uint32_t k = 0; k < x->n; k++) {
		const erg_key *key = erg_graph_key(a, x->items[k].key);
		const erg_value *v;
		uint32_t kb;
		if (erg_graph_find_key(b, domain, key->name, &kb) != 0 ||
		    !(v = erg_attrs_get(y, kb)))
			return "round trip: attribute lost";
		if (key->type == ERG_ATTR_STRING &&
		    (erg_graph_key(b, kb)->type != ERG_ATTR_STRING ||
		     strcmp(x->items[k].v.s, v->s) != 0))
			return "round trip: attribute value differs";
	}
	return NULL;
}

/* Actors every reader must leave sound (relations hold indices of
 * them). */
static const char *fuzz_actor_ok(const erg_graph *g, size_t i)
{
	const erg_actor *a = erg_graph_actor_c(g, i);
	size_t j;
	if (!a->id || !a->id[0] || !fuzz_table_str_ok(a->id) ||
	    !fuzz_table_str_ok(a->label))
		return "actor with a bad id or label";
	if (erg_graph_find_actor(g, a->id, &j) != 0 || j != i)
		return "actor id not found at its own index";
	return NULL;
}

/* ---- relation tables ---- */

static const char *fuzz_table_check(erg_graph *g)
{
	size_t na = erg_graph_actor_count(g), nr = erg_graph_relation_count(g);
	const erg_types *types = erg_graph_types(g);
	const char *why;

	for (size_t i = 0; i < na; i++)
		if ((why = fuzz_actor_ok(g, i)))
			return why;
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (r->source >= na || r->target >= na)
			return "relation end out of range";
		if (!erg_types_get(types, r->type))
			return "relation type out of range";
		if ((unsigned)r->modality >= ERG_MOD__COUNT)
			return "modality out of range";
		if (!isfinite(r->weight) || r->weight < 0)
			return "weight not finite or negative";
		if (r->date && !erg_date_valid(r->date))
			return "invalid date accepted";
		if (r->offset < -1)
			return "offset below -1";
		if ((r->evidence && !fuzz_table_str_ok(r->evidence)) ||
		    (r->doc && !fuzz_table_str_ok(r->doc)) ||
		    (r->id && !fuzz_table_str_ok(r->id)))
			return "relation string is not valid UTF-8";
		if ((why = fuzz_attrs_check(g, &r->attrs, ERG_DOMAIN_EDGE)))
			return why;
	}
	return NULL;
}

/* Same relations (ends by id, type by name, every field, string
 * attributes by key name) in the same order. */
static const char *fuzz_table_same(const erg_graph *a, const erg_graph *b)
{
	size_t nr = erg_graph_relation_count(a);
	const char *why;

	if (erg_graph_relation_count(b) != nr)
		return "round trip: relation count differs";
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *x = erg_graph_relation_c(a, i);
		const erg_relation *y = erg_graph_relation_c(b, i);
		if (strcmp(erg_graph_actor_c(a, x->source)->id,
			   erg_graph_actor_c(b, y->source)->id) != 0 ||
		    strcmp(erg_graph_actor_c(a, x->target)->id,
			   erg_graph_actor_c(b, y->target)->id) != 0)
			return "round trip: relation ends differ";
		if (strcmp(erg_types_get(erg_graph_types(a), x->type)->name,
			   erg_types_get(erg_graph_types(b), y->type)->name) !=
		    0)
			return "round trip: type differs";
		if (x->directed != y->directed || x->modality != y->modality ||
		    x->weight != y->weight || x->offset != y->offset)
			return "round trip: direction, modality, weight or "
			       "offset differs";
		if (!fuzz_table_str_eq(x->date, y->date) ||
		    !fuzz_table_str_eq(x->evidence, y->evidence) ||
		    !fuzz_table_str_eq(x->doc, y->doc) ||
		    !fuzz_table_str_eq(x->id, y->id))
			return "round trip: date, evidence, doc or id differs";
		if ((why = fuzz_attrs_same(a, &x->attrs, b, &y->attrs,
					   ERG_DOMAIN_EDGE)))
			return why;
	}
	return NULL;
}

static erg_status fuzz_table_prepare(erg_graph *g, erg_error *err)
{
	uint32_t k;
	size_t a;
	erg_status st;
	if ((st = erg_graph_define_key(g, ERG_DOMAIN_EDGE, "score",
				       ERG_ATTR_DOUBLE, false, &k, err)) ||
	    (st = erg_graph_define_key(g, ERG_DOMAIN_EDGE, "flag",
				       ERG_ATTR_BOOL, false, &k, err)) ||
	    (st = erg_graph_define_key(g, ERG_DOMAIN_NODE, "population",
				       ERG_ATTR_LONG, false, &k, err)))
		return st;
	return erg_graph_ensure_actor(g, "USA", &a, NULL, err);
}

static const fuzz_reader fuzz_relations = {
    erg_table_read_memory, erg_relations_write_fp, fuzz_table_prepare,
    fuzz_table_check, fuzz_table_same};

/* ---- actors tables ---- */

static const char *fuzz_actors_check(erg_graph *g)
{
	size_t na = erg_graph_actor_count(g);
	const char *why;

	if (erg_graph_relation_count(g) != 0)
		return "an actors table created relations";
	for (size_t i = 0; i < na; i++) {
		const erg_actor *a = erg_graph_actor_c(g, i);
		if ((why = fuzz_actor_ok(g, i)))
			return why;
		if ((unsigned)a->kind >= ERG_KIND__COUNT)
			return "actor kind out of range";
		if (a->affiliation && !fuzz_table_str_ok(a->affiliation))
			return "affiliation is not valid UTF-8";
		if (a->n_aliases && !a->aliases)
			return "aliases count without aliases";
		for (size_t k = 0; k < a->n_aliases; k++)
			if (!fuzz_table_str_ok(a->aliases[k]))
				return "alias is not valid UTF-8";
		if ((why = fuzz_attrs_check(g, &a->attrs, ERG_DOMAIN_NODE)))
			return why;
	}
	return NULL;
}

/* Same actors (every field, string attributes by key name) in the same
 * order. */
static const char *fuzz_actors_same(const erg_graph *a, const erg_graph *b)
{
	size_t na = erg_graph_actor_count(a);
	const char *why;

	if (erg_graph_actor_count(b) != na)
		return "round trip: actor count differs";
	for (size_t i = 0; i < na; i++) {
		const erg_actor *x = erg_graph_actor_c(a, i);
		const erg_actor *y = erg_graph_actor_c(b, i);
		if (strcmp(x->id, y->id) != 0 ||
		    strcmp(x->label, y->label) != 0 || x->kind != y->kind ||
		    !fuzz_table_str_eq(x->affiliation, y->affiliation))
			return "round trip: id, label, kind or affiliation "
			       "differs";
		if (x->n_aliases != y->n_aliases)
			return "round trip: number of aliases differs";
		for (size_t k = 0; k < x->n_aliases; k++)
			if (strcmp(x->aliases[k], y->aliases[k]) != 0)
				return "round trip: alias differs";
		if ((why = fuzz_attrs_same(a, &x->attrs, b, &y->attrs,
					   ERG_DOMAIN_NODE)))
			return why;
	}
	return NULL;
}

static erg_status fuzz_actors_prepare(erg_graph *g, erg_error *err)
{
	uint32_t k;
	size_t a;
	erg_status st;
	if ((st = erg_graph_define_key(g, ERG_DOMAIN_NODE, "population",
				       ERG_ATTR_LONG, false, &k, err)) ||
	    (st = erg_graph_ensure_actor(g, "USA", &a, NULL, err)))
		return st;
	return erg_graph_ensure_actor(g, "Hezbollah", &a, NULL, err);
}

static const fuzz_reader fuzz_actors = {
    erg_actors_read_memory, erg_actors_write_fp, fuzz_actors_prepare,
    fuzz_actors_check, fuzz_actors_same};

/* ---- the passes ---- */

/* Writes `g` with the reader's writer and reads the text back with the
 * same delimiter: the writers promise a lossless round trip. */
static const char *fuzz_roundtrip(const fuzz_reader *rd, const erg_graph *g,
				  char delim)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);
	erg_graph *h = NULL;
	erg_error err;
	const char *why = NULL;

	if (!fp)
		return NULL; /* cannot test */
	if (rd->write(g, delim, fp, &err) != ERG_OK) {
		fclose(fp);
		free(text);
		return "the writer failed on a graph the reader built";
	}
	fclose(fp);
	if (erg_graph_new(&h, NULL, &err) != ERG_OK) {
		free(text);
		return "erg_graph_new failed";
	}
	if (rd->read(h, text, len, delim, "roundtrip", NULL, &err) != ERG_OK) {
		snprintf(fuzz_table_why, sizeof(fuzz_table_why),
			 "round trip: the written table does not read back: "
			 "%s",
			 err.message);
		why = fuzz_table_why;
	} else {
		why = rd->same(g, h);
	}
	erg_graph_free(h);
	free(text);
	return why;
}

/* Reads `data` with `delim` into a fresh graph (prepared if `prepare`);
 * NULL if every property holds, else a description (static buffer). */
static const char *fuzz_one(const fuzz_reader *rd, const uint8_t *data,
			    size_t size, char delim, bool prepare,
			    erg_status *out)
{
	erg_graph *g = NULL;
	erg_error err;
	erg_status st;
	const char *why = NULL;

	if (erg_graph_new(&g, NULL, &err) != ERG_OK)
		return "erg_graph_new failed";
	if (prepare && rd->prepare(g, &err)) {
		erg_graph_free(g);
		return "cannot prepare the graph";
	}
	memset(&err, 0, sizeof(err));
	st = rd->read(g, (const char *)data, size, delim, "fuzz", NULL, &err);
	*out = st;
	if (st > 0 || (st < 0 && (!err.message[0] || err.code != st ||
				  !fuzz_table_msg_ok(&err)))) {
		snprintf(fuzz_table_why, sizeof(fuzz_table_why),
			 "delim %d: status %d with error code %d, message "
			 "'%s'",
			 delim, st, err.code, err.message);
		why = fuzz_table_why;
	} else if (st == ERG_OK &&
		   ((why = rd->check(g)) != NULL ||
		    (!prepare &&
		     (why = fuzz_roundtrip(
			  rd, g, delim == '\t' ? '\t' : ',')) != NULL))) {
		snprintf(fuzz_table_why2, sizeof(fuzz_table_why2),
			 "delim %d: %s", delim, why);
		why = fuzz_table_why2;
	}
	erg_graph_free(g);
	return why;
}

/* Runs the three passes; NULL if every property holds. `*sniffed` gets
 * the status of the sniffed-delimiter pass. */
static const char *fuzz_run(const fuzz_reader *rd, const uint8_t *data,
			    size_t size, erg_status *sniffed)
{
	static const char delims[3] = {0, ',', '\t'};
	const char *why;
	erg_status st;

	for (int i = 0; i < 3; i++) {
		if ((why = fuzz_one(rd, data, size, delims[i], i == 1, &st)))
			return why;
		if (i == 0)
			*sniffed = st;
	}
	return NULL;
}

#ifdef ERG_FUZZ_REPLAY
static const char *fuzz_table_run(const uint8_t *data, size_t size,
				  erg_status *sniffed)
{
	return fuzz_run(&fuzz_relations, data, size, sniffed);
}

static const char *fuzz_actors_run(const uint8_t *data, size_t size,
				   erg_status *sniffed)
{
	return fuzz_run(&fuzz_actors, data, size, sniffed);
}
#else
/* -DFUZZ_ACTORS: the actors reader, else the relations reader */
#ifdef FUZZ_ACTORS
#define FUZZ_WHICH 1
#else
#define FUZZ_WHICH 0
#endif
static const fuzz_reader *const fuzz_readers[2] = {&fuzz_relations,
						   &fuzz_actors};
static const char *const fuzz_names[2] = {"fuzz_table", "fuzz_actors"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	erg_status st;
	const char *why = fuzz_run(fuzz_readers[FUZZ_WHICH], data, size, &st);
	if (why) {
		fprintf(stderr, "%s: %s\n", fuzz_names[FUZZ_WHICH], why);
		abort();
	}
	return 0;
}
#endif
