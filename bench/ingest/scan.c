/*
 * scan.c - the phrase scan alone, ergraph's trie against Hyperscan, on the
 * benchmark corpus (bench/ingest/run.sh builds and runs it when
 * libhyperscan-dev is installed).
 *
 *   scan LEXICON ALIASES CORPUS
 *
 * ergraph: the default lexicon plus LEXICON (as `ergraph ingest -l`
 * loads them), erg__match_scan over 1 MiB chunks cut at a line end,
 * whole-word leftmost-longest matches with case rules.
 *
 * Hyperscan, twice: (1) every line of ALIASES as a literal (case-sensitive,
 * like grep -F); (2) every folded key of the same lexicon as ergraph's
 * (default + LEXICON) as a caseless literal, which is what a Hyperscan
 * matcher inside ergraph would compile: its candidates would still need
 * the word-boundary, longest-match, case-rule and Unicode-folding checks
 * the trie scan does as it goes. Compile times are printed too: a
 * Hyperscan matcher compiles at every `ergraph ingest`, also for one
 * article with the default lexicon alone (3). Hyperscan: every line of
 * ALIASES as a literal (case-sensitive, like grep -F), block mode over the
 * same chunks, every match reported (like grep -o, but overlapping ones
 * too). Prints CPU seconds and MB per CPU second for each.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "slurp.h"
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
/* Compiles lits[0..k) (HS_FLAG_CASELESS if caseless) and scans the corpus
 * with it; prints compile and scan CPU times. */
static void hs_run(const char *what, const char **lits, const size_t *lens,
		   size_t k, bool caseless, const char *corpus, size_t n,
		   bool scan);

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
	double t0, t1, tb;
	unsigned long long total = 0;
	if (argc != 4) {
		fprintf(stderr, "usage: scan LEXICON ALIASES CORPUS\n");
		return 2;
	}
	corpus = slurp("scan", argv[3], &n);
	aliases = slurp("scan", argv[2], &an);
	t0 = cpu();
	if (erg_lexicon_new_default(&lx, &err) ||
	    erg_lexicon_load(lx, argv[1], &err)) {
		fprintf(stderr, "scan: %s\n", err.message);
		return 1;
	}
	tb = cpu() - t0;
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
	printf("ergraph trie scan  %8.2f cpu s %8.0f MB/cpu-s  %llu matches "
	       "(%zu keys; lexicon + automaton %.2f cpu s)\n",
	       t1 - t0, (double)n / 1e6 / (t1 - t0), total, lx->n_keys, tb);
#ifdef HAVE_HS
	{
		size_t k = 0, cap = 1024;
		const char **lits = malloc(cap * sizeof(char *));
		size_t *lens = malloc(cap * sizeof(size_t));
		erg_lexicon *dl;
		for (char *p = aliases, *q; *p; p = q + 1) {
			if (!(q = strchr(p, '\n')))
				q = p + strlen(p);
			if (q > p) {
				if (k == cap) {
					cap *= 2;
					lits = realloc(lits, cap * sizeof(char *));
					lens = realloc(lens, cap * sizeof(size_t));
				}
				lits[k] = p;
				lens[k] = (size_t)(q - p);
				k++;
			}
			if (!*q)
				break;
		}
		hs_run("(1) ALIASES, grep -F", lits, lens, k, false, corpus, n,
		       true);
		hs_run("(2) lexicon keys, caseless", (const char **)lx->keys,
		       NULL, lx->n_keys, true, corpus, n, true);
		if (erg_lexicon_new_default(&dl, &err) == 0) {
			hs_run("(3) default lexicon keys", (const char **)dl->keys,
			       NULL, dl->n_keys, true, corpus, n, false);
			erg_lexicon_free(dl);
		}
		free(lits);
		free(lens);
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

#ifdef HAVE_HS
static void hs_run(const char *what, const char **lits, const size_t *lens,
		   size_t k, bool caseless, const char *corpus, size_t n,
		   bool scan)
{
	size_t *ln = malloc(k * sizeof(size_t));
	unsigned *ids = malloc(k * sizeof(unsigned)),
		 *flags = malloc(k * sizeof(unsigned));
	hs_database_t *db = NULL;
	hs_compile_error_t *ce = NULL;
	hs_scratch_t *scratch = NULL;
	unsigned long long hits = 0;
	double t0, t1;
	for (size_t i = 0; i < k; i++) {
		ln[i] = lens ? lens[i] : strlen(lits[i]);
		ids[i] = (unsigned)i;
		flags[i] = caseless ? HS_FLAG_CASELESS : 0;
	}
	t0 = cpu();
	if (hs_compile_lit_multi(lits, flags, ids, ln, (unsigned)k,
				 HS_MODE_BLOCK, NULL, &db, &ce) != HS_SUCCESS ||
	    hs_alloc_scratch(db, &scratch) != HS_SUCCESS) {
		printf("hyperscan %s: %s\n", what, ce ? ce->message : "scratch");
		goto done;
	}
	t1 = cpu();
	printf("hyperscan %-28s compile %6.2f cpu s (%zu literals)\n", what,
	       t1 - t0, k);
	if (scan) {
		t0 = cpu();
		for (size_t at = 0; at < n;) {
			size_t e = chunk_end(corpus, n, at);
			hs_scan(db, corpus + at, (unsigned)(e - at), 0, scratch,
				on_match, &hits);
			at = e;
		}
		t1 = cpu();
		printf("hyperscan %-28s scan    %6.2f cpu s %8.0f MB/cpu-s  "
		       "%llu raw matches\n",
		       what, t1 - t0, (double)n / 1e6 / (t1 - t0), hits);
	}
done:
	hs_free_scratch(scratch);
	hs_free_database(db);
	free(ln);
	free(ids);
	free(flags);
}
#endif
