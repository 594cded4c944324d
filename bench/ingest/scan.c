/*
 * scan.c - the phrase scan alone, ergraph's trie against Hyperscan, on the
 * benchmark corpus (bench/ingest/run.sh builds and runs it when
 * libhyperscan-dev is installed).
 *
 *   scan LEXICON ALIASES CORPUS
 *
 * ergraph: the lexicon LEXICON alone (no default layer), erg__match_scan
 * over every paragraph-sized chunk (1 MiB, cut at a line end), whole-word
 * leftmost-longest matches with case rules. Hyperscan: every line of
 * ALIASES as a literal (case-sensitive, like grep -F), block mode over the
 * same chunks, every match reported (like grep -o, but overlapping ones
 * too). Prints CPU seconds and MB per CPU second for each.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text_internal.h"
#ifdef HAVE_HS
#include <hs/hs.h>
#endif

static double cpu(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *d;
	long n;
	if (!fp || fseek(fp, 0, SEEK_END) || (n = ftell(fp)) < 0 ||
	    fseek(fp, 0, SEEK_SET) || !(d = malloc((size_t)n + 1)) ||
	    fread(d, 1, (size_t)n, fp) != (size_t)n) {
		fprintf(stderr, "scan: cannot read %s\n", path);
		exit(1);
	}
	fclose(fp);
	d[n] = '\0';
	*len = (size_t)n;
	return d;
}

/* next chunk end: at most 1 MiB, cut after a newline */
static size_t chunk_end(const char *d, size_t n, size_t at)
{
	size_t e = at + ((size_t)1 << 20);
	if (e >= n)
		return n;
	while (e > at && d[e - 1] != '\n')
		e--;
	return e > at ? e : at + ((size_t)1 << 20);
}

#ifdef HAVE_HS
static int on_match(unsigned int id, unsigned long long from,
		    unsigned long long to, unsigned int flags, void *ctx)
{
	(void)id, (void)from, (void)to, (void)flags;
	++*(unsigned long long *)ctx;
	return 0;
}
#endif

int main(int argc, char **argv)
{
	size_t n, an;
	char *corpus, *aliases;
	erg_lexicon *lx;
	erg_error err;
	lx_matches m;
	double t0, t1;
	unsigned long long total = 0;
	if (argc != 4) {
		fprintf(stderr, "usage: scan LEXICON ALIASES CORPUS\n");
		return 2;
	}
	corpus = slurp(argv[3], &n);
	aliases = slurp(argv[2], &an);
	if (erg_lexicon_new(&lx, &err) || erg_lexicon_load(lx, argv[1], &err)) {
		fprintf(stderr, "scan: %s\n", err.message);
		return 1;
	}
	memset(&m, 0, sizeof(m));
	t0 = cpu();
	for (size_t at = 0; at < n;) {
		size_t e = chunk_end(corpus, n, at);
		m.n = 0;
		if (erg__match_scan(lx, corpus + at, e - at, &m, &err)) {
			fprintf(stderr, "scan: %s\n", err.message);
			return 1;
		}
		total += m.n;
		at = e;
	}
	t1 = cpu();
	printf("ergraph trie scan  %8.2f cpu s %8.0f MB/cpu-s  %llu matches\n",
	       t1 - t0, (double)n / 1e6 / (t1 - t0), total);
#ifdef HAVE_HS
	{
		size_t k = 0, cap = 1024;
		const char **lits = malloc(cap * sizeof(char *));
		size_t *lens = malloc(cap * sizeof(size_t));
		unsigned *ids = malloc(cap * sizeof(unsigned)),
			 *flags = malloc(cap * sizeof(unsigned));
		hs_database_t *db = NULL;
		hs_compile_error_t *ce = NULL;
		hs_scratch_t *scratch = NULL;
		unsigned long long hits = 0;
		for (char *p = aliases, *q; *p; p = q + 1) {
			if (!(q = strchr(p, '\n')))
				q = p + strlen(p);
			if (q > p) {
				if (k == cap) {
					cap *= 2;
					lits = realloc(lits, cap * sizeof(char *));
					lens = realloc(lens, cap * sizeof(size_t));
					ids = realloc(ids, cap * sizeof(unsigned));
					flags = realloc(flags,
							cap * sizeof(unsigned));
				}
				lits[k] = p;
				lens[k] = (size_t)(q - p);
				ids[k] = (unsigned)k;
				flags[k] = 0;
				k++;
			}
			if (!*q)
				break;
		}
		t0 = cpu();
		if (hs_compile_lit_multi(lits, flags, ids, lens, (unsigned)k,
					 HS_MODE_BLOCK, NULL, &db,
					 &ce) != HS_SUCCESS ||
		    hs_alloc_scratch(db, &scratch) != HS_SUCCESS) {
			fprintf(stderr, "hyperscan: %s\n",
				ce ? ce->message : "scratch");
			return 1;
		}
		t1 = cpu();
		printf("hyperscan compile  %8.2f cpu s (%zu literals)\n", t1 - t0,
		       k);
		t0 = cpu();
		for (size_t at = 0; at < n;) {
			size_t e = chunk_end(corpus, n, at);
			hs_scan(db, corpus + at, (unsigned)(e - at), 0, scratch,
				on_match, &hits);
			at = e;
		}
		t1 = cpu();
		printf("hyperscan literals %8.2f cpu s %8.0f MB/cpu-s  %llu "
		       "matches\n",
		       t1 - t0, (double)n / 1e6 / (t1 - t0), hits);
		hs_free_scratch(scratch);
		hs_free_database(db);
	}
#else
	(void)an;
	printf("hyperscan          not built (libhyperscan-dev missing)\n");
#endif
	free(m.items);
	erg_lexicon_free(lx);
	free(corpus);
	free(aliases);
	return 0;
}
