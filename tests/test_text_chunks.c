/* test_text_chunks.c - the streamed reader of erg_text_ingest_file: a
 * UTF-8 sequence cut by a read is checked whole with the next read, and a
 * document reads the same whatever its position against the reads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ergraph.h"
#include "helpers.h"

/* The reader's first read is max_paragraph + 1 MiB bytes (text.c). */
#define FIRST_READ(max_para) ((size_t)(max_para) + ((size_t)1 << 20))

/* Writes `n` bytes: lines of plain ASCII, then `seq` placed so that its
 * byte `cut` (1 .. len - 1) is the first byte of the second read, then
 * more lines. Returns the path. */
static const char *write_cut(const char *name, size_t max_para, const char *seq,
			     size_t cut)
{
	static char path[4096];
	const char *line = "The delegation met the envoy in the capital.\n";
	size_t ll = strlen(line), sl = strlen(seq), at;
	size_t n = FIRST_READ(max_para) + 4096, o = 0;
	char *b = malloc(n);
	FILE *fp;

	assert_non_null(b);
	at = FIRST_READ(max_para) - cut; /* the sequence's first byte */
	while (o + ll + 8 < at) {
		memcpy(b + o, line, ll);
		o += ll;
	}
	while (o < at - 1)
		b[o++] = 'x';
	b[o++] = ' ';
	memcpy(b + o, seq, sl);
	o += sl;
	memcpy(b + o, " here.\n", 7);
	o += 7;
	while (o + ll <= n) {
		memcpy(b + o, line, ll);
		o += ll;
	}
	snprintf(path, sizeof(path), "%s/%s", th_tmpdir(), name);
	fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(b, 1, o, fp), o);
	assert_int_equal(fclose(fp), 0);
	free(b);
	return path;
}

static erg_status ingest_file(const char *path, size_t max_para, erg_error *err)
{
	erg_lexicon *lx = NULL;
	erg_graph *g = NULL;
	erg_text_opts o;
	erg_status st;

	assert_int_equal(erg_lexicon_new_default(&lx, err), ERG_OK);
	assert_int_equal(erg_graph_new(&g, NULL, err), ERG_OK);
	erg_text_opts_init(&o);
	o.max_paragraph = max_para;
	st = erg_text_ingest_file(g, lx, path, ERG_TEXT_PLAIN, &o, err);
	erg_graph_free(g);
	erg_lexicon_free(lx);
	return st;
}

/* Valid sequences of 2, 3 and 4 bytes cut after each of their bytes by
 * the first read's end: the document is valid UTF-8 and reads without
 * error (it was refused as "invalid UTF-8" at the second read's offset). */
static void test_text_chunks__utf8_cut_by_read(void **state)
{
	static const char *const seqs[] = {"caf\xC3\xA9", "\xE2\x80\x94",
					   "\xF0\x9F\x98\x80"};
	erg_error err;
	(void)state;
	for (size_t s = 0; s < 3; s++) {
		size_t len = strlen(seqs[s]);
		for (size_t cut = 1; cut < len; cut++) {
			const char *p =
			    write_cut("cut.txt", 4096, seqs[s], cut);
			erg_status st = ingest_file(p, 4096, &err);
			if (st)
				fprintf(stderr, "seq %zu cut %zu: %s\n", s, cut,
					err.message);
			assert_int_equal(st, ERG_OK);
		}
	}
}

/* Invalid UTF-8 right at the cut is still refused, with its offset. */
static void test_text_chunks__invalid_at_cut(void **state)
{
	erg_error err;
	const char *p;
	(void)state;
	/* a lead byte of a 3-byte sequence followed by ASCII */
	p = write_cut("bad.txt", 4096, "\xE2\x80z", 1);
	assert_int_equal(ingest_file(p, 4096, &err), ERG_EPARSE);
	assert_non_null(strstr(err.message, "invalid UTF-8"));
	assert_non_null(strstr(err.message, "1052671"));
	/* a stray continuation byte as the second read's first byte */
	p = write_cut("bad2.txt", 4096, "\x80", 0);
	assert_int_equal(ingest_file(p, 4096, &err), ERG_EPARSE);
	assert_non_null(strstr(err.message, "invalid UTF-8"));
	assert_non_null(strstr(err.message, "1052672"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_text_chunks__utf8_cut_by_read),
	    cmocka_unit_test(test_text_chunks__invalid_at_cut),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
