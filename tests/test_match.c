/* test_match.c - the phrase scan (ingest/match.c) against a brute-force
 * reference: whole words, folding, case rules, leftmost-longest. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text_internal.h"

static const char *lex_text =
    "actor A state\n  alias Russia | North Korea | =US | U.S. | Republic of Korea\n"
    "actor B state\n  alias Türkiye | Korea | the Two\n"
    "actor C org\n  alias ~nato | © Corp\n"
    "det : the | a\n"
    "coord : and\n"
    "collective : the two countries | two\n"
    "discard : Korean Peninsula\n";

static const char *words[] = {
	"Russia", "russia", "RUSSIA", "North", "Korea", "korea", "US", "us",
	"U.S.", "Republic", "of", "Türkiye", "TÜRKIYE", "Turkiye", "turkiye",
	"the", "The", "two", "Two", "countries", "and", "a", "nato", "NATO",
	"Korean", "Peninsula", "©", "Corp", "x", "Russias", "Koreas", ",",
	".", "'s", "-", "é", "\xcc\x81", "\n", "  ", "\t"
};

static unsigned long long seed = 0x9E3779B97F4A7C15ULL;
static unsigned rnd(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)(seed % n);
}

/* Reference: at each position where a match may start (not inside a word,
 * or a non-word byte), the longest key whose folded text equals the folded
 * text[s, e) with e at a word boundary and whose case rule passes. */
static size_t reference(const erg_lexicon *lx, const char *t, size_t n,
			lx_match *out, size_t cap)
{
	size_t k = 0, s = 0;
	while (s < n) {
		int32_t cp, prev = 0;
		size_t best_e = 0, l;
		uint32_t best_key = 0;
		unsigned char b = (unsigned char)t[s];
		if (b == ' ' || b == '\t' || b == '\n') {
			s++;
			continue;
		}
		if (s > 0) {
			size_t p = s - 1;
			while (p > 0 && ((unsigned char)t[p] & 0xC0) == 0x80)
				p--;
			erg__utf8_decode((const unsigned char *)t + p, s - p,
					 &prev);
		}
		l = erg__utf8_decode((const unsigned char *)t + s, n - s, &cp);
		if (!(s > 0 && erg__cp_is_word(prev) && erg__cp_is_word(cp))) {
			for (size_t e = s + 1; e <= n; e++) {
				char f[300];
				size_t fl, idx;
				int32_t c2;
				if (e < n && ((unsigned char)t[e] & 0xC0) == 0x80)
					continue;
				if (e < n) {
					erg__utf8_decode((const unsigned char *)t + e,
							 n - e, &c2);
					if (erg__cp_is_word(c2))
						continue;
				}
				fl = erg__fold(t + s, e - s, f, sizeof(f) - 1);
				if (fl == (size_t)-1 || !fl)
					continue;
				/* a match neither starts nor ends with space */
				if (t[e - 1] == ' ' || t[e - 1] == '\n' ||
				    t[e - 1] == '\t')
					continue;
				f[fl] = '\0';
				if (erg__strmap_get(&lx->key_map, f, &idx) != 0)
					continue;
				/* case rules: same as the scan's (any entry) */
				{
					lx_matches one = { 0 };
					erg_error err;
					assert_int_equal(erg__match_scan(lx, t + s,
									 e - s, &one,
									 &err),
							 ERG_OK);
					if (one.n && one.items[0].start == 0 &&
					    one.items[0].end == e - s &&
					    one.items[0].key == (uint32_t)idx) {
						best_e = e;
						best_key = (uint32_t)idx;
					}
					free(one.items);
				}
			}
		}
		if (best_e) {
			assert_true(k < cap);
			out[k].start = s;
			out[k].end = best_e;
			out[k].key = best_key;
			k++;
			s = best_e;
		} else {
			s += l;
		}
	}
	return k;
}

static void test_match__against_reference(void **state)
{
	erg_lexicon *lx;
	erg_error err;
	char text[1024];
	lx_match ref[512];
	(void)state;
	assert_int_equal(erg_lexicon_new(&lx, &err), ERG_OK);
	assert_int_equal(erg_lexicon_parse(lx, lex_text, strlen(lex_text),
					   "m.lex", &err),
			 ERG_OK);
	for (int round = 0; round < 400; round++) {
		size_t n = 0, nr;
		lx_matches m = { 0 };
		int parts = 1 + (int)rnd(40);
		for (int p = 0; p < parts; p++) {
			const char *w = words[rnd(sizeof(words) / sizeof(*words))];
			size_t l = strlen(w);
			if (n + l + 2 >= sizeof(text))
				break;
			memcpy(text + n, w, l);
			n += l;
			if (rnd(4))
				text[n++] = ' ';
		}
		text[n] = '\0';
		assert_int_equal(erg__match_scan(lx, text, n, &m, &err), ERG_OK);
		nr = reference(lx, text, n, ref, 512);
		if (nr != m.n)
			fprintf(stderr, "text: [%s] scan %zu reference %zu\n",
				text, m.n, nr);
		assert_int_equal(nr, m.n);
		for (size_t i = 0; i < nr; i++) {
			assert_int_equal(ref[i].start, m.items[i].start);
			assert_int_equal(ref[i].end, m.items[i].end);
			assert_int_equal(ref[i].key, m.items[i].key);
		}
		free(m.items);
	}
	erg_lexicon_free(lx);
}

static void test_match__examples(void **state)
{
	erg_lexicon *lx;
	erg_error err;
	lx_matches m = { 0 };
	const char *t = "The TWO countries, us and US; North  Korea's "
			"Korean Peninsula, TÜRKIYE-Russia.";
	(void)state;
	assert_int_equal(erg_lexicon_new(&lx, &err), ERG_OK);
	assert_int_equal(erg_lexicon_parse(lx, lex_text, strlen(lex_text),
					   "m.lex", &err),
			 ERG_OK);
	assert_int_equal(erg__match_scan(lx, t, strlen(t), &m, &err), ERG_OK);
	/* "The TWO countries" | "and" | "US" | "North  Korea" | "Korean
	 * Peninsula" | "TÜRKIYE" | "Russia"; "us" fails =US */
	assert_int_equal(m.n, 7);
	assert_int_equal(m.items[0].start, 0);
	assert_int_equal(m.items[0].end, 17);
	assert_int_equal(m.items[2].start, (size_t)(strstr(t, "US;") - t));
	assert_int_equal(m.items[3].end,
			 (size_t)(strstr(t, "'s") - t));
	free(m.items);
	erg_lexicon_free(lx);
}

/* The case rules of every match against a reference that reads the
 * entries (the scan keeps a single case-dependent entry inline in the
 * trie, up to 32 letters): one entry, two on one key, exact, any, long
 * names, non-ASCII capitals. */
static const char *case_lex =
    "actor A state\n  alias Gorloia | =US | Ñandú Group | Korea\n"
    "actor B state\n  alias =KOREA | ~belmon | McDonald Union\n"
    "actor C org\n  alias Organisation for the Prohibition of Chemical "
    "Weapons Secretariat\n"
    "det : the\n";

static const char *case_words[] = {
	"Gorloia", "gorloia", "GORLOIA", "GorLoia", "US", "us", "Us",
	"Ñandú", "ñandú", "ÑANDÚ", "Group", "group", "Korea", "korea",
	"KOREA", "Belmon", "belmon", "BELMON", "McDonald", "Mcdonald",
	"MCDONALD", "Union", "union", "Organisation", "organisation", "for",
	"For", "the", "The", "Prohibition", "prohibition", "of", "Chemical",
	"chemical", "Weapons", "Secretariat", "secretariat", ",", "."
};

static uint32_t ref_ok(const erg_lexicon *lx, uint32_t key, const char *t,
		       size_t s, size_t e)
{
	char sig[LX_PHRASE_MAX + 1];
	size_t sl = erg__case_sig(t + s, e - s, sig, sizeof(sig));
	uint32_t ok = 0;
	int bit = 0;
	for (uint32_t x = lx->key_first[key]; x != LX_NONE && bit < 32;
	     x = lx->entries[x].next, bit++) {
		const lx_entry *en = &lx->entries[x];
		const char *es = lx->sigs + en->sig;
		bool pass = true;
		if (en->what >= LX__KINDS)
			continue;
		if (en->caserule == LX_CASE_EXACT) {
			pass = sl == en->sig_len && !memcmp(sig, es, sl);
		} else if (en->caserule == LX_CASE_CAPS && sl == en->sig_len) {
			for (size_t i = 0; i < sl; i++)
				if (es[i] == 'U' && sig[i] != 'U')
					pass = false;
		}
		if (pass)
			ok |= 1u << bit;
	}
	return ok;
}

static void test_match__case_rules(void **state)
{
	erg_lexicon *lx;
	erg_error err;
	char text[2048];
	size_t total = 0, both = 0;
	(void)state;
	assert_int_equal(erg_lexicon_new(&lx, &err), ERG_OK);
	assert_int_equal(erg_lexicon_parse(lx, case_lex, strlen(case_lex),
					   "c.lex", &err),
			 ERG_OK);
	for (int round = 0; round < 600; round++) {
		size_t n = 0;
		lx_matches m = { 0 };
		int parts = 1 + (int)rnd(30);
		for (int p = 0; p < parts; p++) {
			const char *w = case_words[rnd(sizeof(case_words) /
						       sizeof(*case_words))];
			size_t l = strlen(w);
			if (n + l + 2 >= sizeof(text))
				break;
			memcpy(text + n, w, l);
			n += l;
			text[n++] = ' ';
		}
		text[n] = '\0';
		assert_int_equal(erg__match_scan(lx, text, n, &m, &err), ERG_OK);
		for (size_t i = 0; i < m.n; i++) {
			uint32_t want = ref_ok(lx, m.items[i].key, text,
					       m.items[i].start, m.items[i].end);
			if (want != m.items[i].ok)
				fprintf(stderr, "[%.*s] ok %x, want %x\n",
					(int)(m.items[i].end - m.items[i].start),
					text + m.items[i].start, m.items[i].ok,
					want);
			assert_int_equal(m.items[i].ok, want);
			total++;
			both += m.items[i].ok == 3;
		}
		free(m.items);
	}
	/* the rules were exercised: matches, and "Korea" passing both */
	assert_true(total > 500);
	assert_true(both > 0);
	erg_lexicon_free(lx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match__examples),
		cmocka_unit_test(test_match__against_reference),
		cmocka_unit_test(test_match__case_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
