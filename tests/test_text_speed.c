/* test_text_speed.c - shortcuts of the ingest speed work that must give
 * what the plain code gives: the eight-bytes-at-a-time letter and digit
 * test shared by the phrase scan and the sentence analysis (lx_alnum8),
 * and the sentence split's search for the word before a full stop, whose
 * SSE2 path (the 16 bytes before the stop) must agree with its byte loop
 * wherever the word falls against those 16 bytes. */
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
#include "text_internal.h"

static bool is_alnum(unsigned b)
{
	return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') ||
	       (b >= '0' && b <= '9');
}

/* every byte value at every position of the eight, among fillers of each
 * kind (letter, digit, space, byte >= 0x80) */
static void test_text_speed__alnum8(void **state)
{
	static const unsigned fill[] = { 'a', '7', ' ', 0xC3, 'Z', '@' };
	(void)state;
	for (size_t f = 0; f < sizeof(fill) / sizeof(fill[0]); f++)
		for (unsigned pos = 0; pos < 8; pos++)
			for (unsigned b = 0; b < 256; b++) {
				unsigned char bytes[8];
				uint64_t x, al, dg;
				memset(bytes, (int)fill[f], sizeof(bytes));
				bytes[pos] = (unsigned char)b;
				memcpy(&x, bytes, 8);
				al = lx_alnum8(x, &dg);
				for (unsigned k = 0; k < 8; k++) {
					unsigned c = bytes[k];
					assert_int_equal((al >> (8 * k + 7)) & 1,
							 is_alnum(c));
					assert_int_equal((dg >> (8 * k + 7)) & 1,
							 c >= '0' && c <= '9');
				}
				/* nothing but bit 7 of each byte */
				assert_int_equal(al & ~LX_ALL80, 0);
				assert_int_equal(dg & ~LX_ALL80, 0);
			}
}

/* The relations of `text` whose evidence is `want` */
static size_t with_evidence(erg_lexicon *lx, const char *text,
			    const char *want)
{
	erg_graph *g = NULL;
	erg_error err;
	size_t n = 0;
	assert_int_equal(erg_graph_new(&g, NULL, &err), ERG_OK);
	assert_int_equal(erg_text_ingest_memory(g, lx, text, strlen(text),
						"s.txt", ERG_TEXT_PLAIN, NULL,
						&err),
			 ERG_OK);
	for (size_t i = 0; i < erg_graph_relation_count(g); i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (r->evidence && !strcmp(r->evidence, want))
			n++;
	}
	erg_graph_free(g);
	return n;
}

/* "Gen." is an abbreviation (no sentence end) and "home." / the long
 * word's stop are sentence ends, whatever the length of the word before
 * them (2 to 40 bytes: inside and beyond the 16 bytes of the SSE2 path;
 * a lone capital and its stop are an initial), after ASCII and non-ASCII
 * words, '(' and '"', at a paragraph's start and further */
static void test_text_speed__stop_words(void **state)
{
	const char *want = "Russia and Gen. Ivanov criticized Ukraine.";
	static const char *const lead[] = { "", "Z\xC3\xBCrich", "(", "\"",
					     "They\tsaw " };
	erg_lexicon *lx = NULL;
	erg_error err;
	char text[256], word[64];
	(void)state;
	assert_int_equal(erg_lexicon_new_default(&lx, &err), ERG_OK);
	/* the sentence alone: its stop at "Gen." is within 16 bytes of the
	 * paragraph's start (the byte loop) */
	assert_int_equal(with_evidence(lx, want, want), 1);
	for (size_t L = 0; L < sizeof(lead) / sizeof(lead[0]); L++)
		for (size_t k = 2; k <= 40; k++) {
			memset(word, 'q', k);
			word[0] = 'Q';
			word[k] = '\0';
			snprintf(text, sizeof(text), "%s%s. %s", lead[L],
				 word, want);
			assert_int_equal(with_evidence(lx, text, want), 1);
			snprintf(text, sizeof(text),
				 "%s%s went home. Russia and Gen. Ivanov "
				 "criticized Ukraine.",
				 lead[L], word);
			assert_int_equal(with_evidence(lx, text, want), 1);
		}
	erg_lexicon_free(lx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_speed__alnum8),
		cmocka_unit_test(test_text_speed__stop_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
