#!/usr/bin/env bash
# `cmake --install` puts the binary, the library, the headers, ergraph.pc
# and ergraph(1) in place, and a program built against the installed
# headers and pkg-config file links and runs.
source "$ERGRAPH_SOURCE_DIR/tests/cli_lib.sh"
dest=$TMP/dest
expect_exit 0 "cmake --install" -- env DESTDIR="$dest" cmake --install "$ERGRAPH_BUILD_DIR"
prefix=$(find "$dest" -name ergraph.pc -path '*pkgconfig*' | head -1)
[[ -n $prefix ]] && pass || fail "ergraph.pc not installed"
for f in bin/ergraph include/ergraph.h include/ergraph/graph.h share/man/man1/ergraph.1; do
  [[ -n $(find "$dest" -path "*/$f" | head -1) ]] && pass || fail "$f not installed"
done
[[ -n $(find "$dest" -name 'libergraph.so*' | head -1) ]] && pass || fail "libergraph not installed"

# build a program against the installed files
inc=$(dirname "$(find "$dest" -path '*/include/ergraph.h' | head -1)")
lib=$(dirname "$(find "$dest" -name 'libergraph.so' | head -1)")
cat >"$TMP/prog.c" <<'CEOF'
#include <stdio.h>
#include <ergraph.h>
int main(void)
{
	erg_graph *g;
	erg_error err;
	size_t a, b, t;
	if (erg_graph_new(&g, NULL, &err))
		return 1;
	erg_graph_ensure_actor(g, "RUS", &a, NULL, &err);
	erg_graph_ensure_actor(g, "PRK", &b, NULL, &err);
	erg_types_find(erg_graph_types(g), "cooperation", &t);
	if (erg_graph_add_relation(g, a, b, t, NULL, &err))
		return 1;
	printf("%zu %zu\n", erg_graph_actor_count(g), erg_graph_relation_count(g));
	erg_graph_free(g);
	return 0;
}
CEOF
san=()
grep -q '^ERGRAPH_SANITIZE:BOOL=ON' "$ERGRAPH_BUILD_DIR/CMakeCache.txt" && san=(-fsanitize=address,undefined)
expect_exit 0 "compile against installed headers" -- cc -std=c11 -Wall -Werror "${san[@]}" -I"$inc" "$TMP/prog.c" -L"$lib" -lergraph -o "$TMP/prog"
expect_exit 0 "run the program" -- env LD_LIBRARY_PATH="$lib" "$TMP/prog"
[[ $(cat "$TMP/stdout") == "2 1" ]] && pass || fail "program printed $(cat "$TMP/stdout")"
grep -q '^Libs: .*-lergraph' "$prefix" && pass || fail "ergraph.pc lacks Libs"
finish
