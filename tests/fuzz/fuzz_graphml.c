/*
 * fuzz_graphml.c - libFuzzer harness for the GraphML reader.
 *
 * Not part of the default build. With clang, from the source root and
 * after a normal cmake build in `build` (for the generated sources):
 *
 *   PKGS="libxml-2.0 igraph libcgraph libgvc jansson libutf8proc"
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *     -fno-sanitize-recover=all -I include -I graph -I ingest \
 *     $(pkg-config --cflags $PKGS) tests/fuzz/fuzz_graphml.c \
 *     $(find graph ingest output build/generated -name '*.c') \
 *     $(pkg-config --libs $PKGS) -lcsv -lm -o fuzz_graphml
 *   ./fuzz_graphml -max_len=65536 tests/data/fuzz-graphml
 *
 * Every input must give ERG_OK or a negative status with a message; the
 * graph is checked for consistency. The corpus replays as a normal test
 * (tests/test_fuzz_graphml_replay.c).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"

static void check_graph(erg_graph *g)
{
	size_t na = erg_graph_actor_count(g), nr = erg_graph_relation_count(g);
	for (size_t i = 0; i < na; i++) {
		const erg_actor *a = erg_graph_actor_c(g, i);
		if (!a->id || !a->id[0] || !a->label)
			abort();
	}
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (r->source >= na || r->target >= na ||
		    !erg_types_get(erg_graph_types(g), r->type))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	erg_graph *g = NULL;
	erg_error err;
	erg_status st;

	if (erg_graph_new(&g, NULL, &err) != ERG_OK)
		return 0;
	st = erg_graphml_read_memory(g, (const char *)data, size, "fuzz",
				     NULL, &err);
	if (st > 0 || (st < 0 && (!err.message[0] || err.code != st)))
		abort();
	if (st == ERG_OK)
		check_graph(g);
	erg_graph_free(g);
	return 0;
}
