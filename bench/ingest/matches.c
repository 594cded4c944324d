/*
 * matches.c - a fingerprint of every phrase match of a text, to check
 * that a change of the phrase scan (ingest/match.c) finds the same
 * matches: build it against the library before and after the change and
 * compare the two lines it prints.
 *
 *   matches LEXICON|- TEXT
 *
 * The default lexicon plus LEXICON ('-': none) scans TEXT in chunks of
 * pseudo-random sizes (1 to MAXCH bytes, environment, default 5000), each
 * copied into a buffer of its exact size (a read past the end shows
 * under AddressSanitizer), and prints the number of matches and an FNV
 * hash of their (start, end, key, case bits).
 *
 *   cc -O2 -I include -I ingest -I graph bench/ingest/matches.c \
 *      -L BUILD -lergraph -Wl,-rpath,BUILD -o matches
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "slurp.h"
#include "text_internal.h"

int main(int argc, char **argv)
{
	const char *mx = getenv("MAXCH");
	size_t n, maxch = mx ? strtoul(mx, NULL, 10) : 5000;
	uint64_t hash = 1469598103934665603ULL, seed = 12345;
	unsigned long long total = 0;
	erg_lexicon *lx;
	erg_error err;
	lx_matches m;
	char *text;

	if (argc != 3 || !maxch) {
		fprintf(stderr, "usage: matches LEXICON|- TEXT\n");
		return 2;
	}
	text = slurp("matches", argv[2], &n);
	if (erg_lexicon_new_default(&lx, &err) ||
	    (strcmp(argv[1], "-") && erg_lexicon_load(lx, argv[1], &err))) {
		fprintf(stderr, "matches: %s\n", err.message);
		return 1;
	}
	memset(&m, 0, sizeof(m));
	for (size_t at = 0; at < n;) {
		size_t len;
		char *buf;
		seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
		len = 1 + (size_t)(seed >> 33) % maxch;
		if (len > n - at)
			len = n - at;
		if (!(buf = malloc(len)))
			return 1;
		memcpy(buf, text + at, len);
		m.n = 0;
		if (erg__match_scan(lx, buf, len, &m, &err)) {
			fprintf(stderr, "matches: %s\n", err.message);
			return 1;
		}
		for (size_t k = 0; k < m.n; k++) {
			uint64_t v[4] = { m.items[k].start + at,
					  m.items[k].end + at, m.items[k].key,
					  m.items[k].ok };
			for (int q = 0; q < 4; q++) {
				hash ^= v[q];
				hash *= 1099511628211ULL;
			}
		}
		total += m.n;
		free(buf);
		at += len;
	}
	printf("%llu matches, hash %016llx\n", total, (unsigned long long)hash);
	free(m.items);
	erg_lexicon_free(lx);
	free(text);
	return 0;
}
