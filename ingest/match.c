/*
 * match.c - Unicode folding and the Aho-Corasick phrase automaton.
 *
 * Keys (folded phrases) are compiled into a dense DFA over byte classes:
 * every byte that occurs in a key gets a class, ASCII upper-case letters
 * share the class of their lower-case form and every other byte is class
 * 0. The scan reads raw UTF-8 text once: ASCII bytes go straight through
 * the class table (so ASCII text is never copied or folded), a non-ASCII
 * code point is folded with utf8proc (NFKD, case fold, marks stripped,
 * quotes and dashes lumped) and its folded bytes are fed instead, and runs
 * of white space are fed as one space. A ring of the raw offsets of the
 * last 256 fed bytes gives each match's start. Time O(n) plus matches;
 * memory O(states * classes).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "text_internal.h"

#define FOLD_OPTS                                                              \
	(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |            \
	 UTF8PROC_STRIPMARK | UTF8PROC_LUMP)

size_t erg__utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t l = utf8proc_iterate(s, (utf8proc_ssize_t)n, &c);
	if (l <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return (size_t)l;
}

size_t erg__fold_cp(int32_t cp, char *out)
{
	utf8proc_int32_t buf[8];
	utf8proc_ssize_t k;
	int bc = 0;
	size_t o = 0;

	if (cp < 0x80) {
		if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
		    cp == '\v')
			cp = ' ';
		out[0] = (char)tolower(cp);
		return 1;
	}
	k = utf8proc_decompose_char(cp, buf, 8, FOLD_OPTS, &bc);
	if (k < 0 || k > 8) {
		/* not decomposable into 8: keep as is */
		return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
	}
	for (utf8proc_ssize_t i = 0; i < k; i++) {
		utf8proc_int32_t c = buf[i];
		if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
			c = '\'';
		else if (c == 0x00A0 || c == 0x202F)
			c = ' ';
		if (c < 0x80 && isspace((int)c))
			c = ' ';
		o += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)out + o);
	}
	return o;
}

size_t erg__fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t i = 0, o = 0;
	bool space = true; /* drop leading space */
	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		char tmp[64];
		size_t k;
		if (b < 0x80) {
			tmp[0] = (char)(isspace(b) ? ' ' : tolower(b));
			k = 1;
			i++;
		} else {
			int32_t cp;
			i += erg__utf8_decode((const unsigned char *)s + i,
					      n - i, &cp);
			k = erg__fold_cp(cp, tmp);
		}
		for (size_t j = 0; j < k; j++) {
			if (tmp[j] == ' ') {
				if (space)
					continue;
				space = true;
			} else {
				space = false;
			}
			if (o >= cap)
				return (size_t)-1;
			out[o++] = tmp[j];
		}
	}
	if (o && out[o - 1] == ' ')
		o--;
	return o;
}

size_t erg__case_sig(const char *s, size_t n, char *out, size_t cap)
{
	size_t i = 0, o = 0;
	while (i < n && o < cap) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80) {
			if (b >= 'A' && b <= 'Z')
				out[o++] = 'U';
			else if (b >= 'a' && b <= 'z')
				out[o++] = 'l';
			i++;
		} else {
			int32_t cp;
			const utf8proc_property_t *pr;
			i += erg__utf8_decode((const unsigned char *)s + i,
					      n - i, &cp);
			pr = utf8proc_get_property(cp);
			if (pr->category == UTF8PROC_CATEGORY_LU ||
			    pr->category == UTF8PROC_CATEGORY_LT)
				out[o++] = 'U';
			else if (pr->category == UTF8PROC_CATEGORY_LL)
				out[o++] = 'l';
		}
	}
	return o;
}

bool erg__cp_is_word(int32_t cp)
{
	if (cp < 0x80)
		return isalnum(cp) != 0;
	switch (utf8proc_get_property(cp)->category) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return true;
	default:
		return false;
	}
}

bool erg__cp_is_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_get_property(cp)->category == UTF8PROC_CATEGORY_LU ||
	       utf8proc_get_property(cp)->category == UTF8PROC_CATEGORY_LT;
}

size_t erg__slug(const char *name, size_t n, char *out, size_t cap)
{
	char f[512];
	size_t fl = erg__fold(name, n, f, sizeof(f)), o = 0;
	bool us = false;
	if (fl == (size_t)-1)
		fl = sizeof(f);
	for (size_t i = 0; i < fl && o + 1 < cap; i++) {
		unsigned char c = (unsigned char)f[i];
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (us && o)
				out[o++] = '_';
			us = false;
			if (o + 1 < cap)
				out[o++] = (char)c;
		} else if (c == '\'' || c >= 0x80) {
			/* apostrophes join: O'Brien -> obrien */
		} else {
			us = true;
		}
	}
	out[o] = '\0';
	return o;
}

/* ---- automaton ---- */

void erg__ac_free(lx_ac *ac)
{
	free(ac->delta);
	free(ac->key);
	free(ac->dict);
	memset(ac, 0, sizeof(*ac));
}

erg_status erg__ac_build(erg_lexicon *lx, erg_error *err)
{
	lx_ac ac;
	uint32_t C, *fail = NULL, *queue = NULL, *child = NULL;
	size_t cap_states = 1024, nst = 1, total = 1;
	erg_status st = ERG_OK;
	bool used[256] = { false };

	memset(&ac, 0, sizeof(ac));
	/* classes */
	for (size_t k = 0; k < lx->n_keys; k++)
		for (uint32_t i = 0; i < lx->key_len[k]; i++)
			used[(unsigned char)lx->keys[k][i]] = true;
	C = 1;
	for (int b = 0; b < 256; b++)
		if (used[b])
			ac.cls[b] = (uint8_t)C++;
	for (int b = 'A'; b <= 'Z'; b++)
		ac.cls[b] = ac.cls[b - 'A' + 'a'];
	ac.space_cls = ac.cls[' '];
	ac.cls['\t'] = ac.cls['\n'] = ac.cls['\r'] = ac.cls['\f'] =
	    ac.cls['\v'] = (uint8_t)ac.space_cls;
	ac.n_classes = C;

	for (size_t k = 0; k < lx->n_keys; k++)
		total += lx->key_len[k];
	if (total > (UINT32_MAX >> 1) / C - 1) {
		st = erg_error_set(err, ERG_ELIMIT, NULL, 0, 0,
				   "lexicon too large for the automaton");
		goto done;
	}
	/* trie in `child` (C per state; 0 = none, since root is never a
	 * child) */
	if (!(child = calloc(cap_states * C, sizeof(uint32_t))) ||
	    !(ac.key = malloc(cap_states * sizeof(uint32_t))))
		goto nomem;
	ac.key[0] = LX_NONE;
	for (size_t k = 0; k < lx->n_keys; k++) {
		uint32_t s = 0;
		for (uint32_t i = 0; i < lx->key_len[k]; i++) {
			uint32_t c = ac.cls[(unsigned char)lx->keys[k][i]];
			if (!child[(size_t)s * C + c]) {
				if (nst == cap_states) {
					size_t nc = cap_states * 2;
					uint32_t *p = realloc(
					    child, nc * C * sizeof(uint32_t));
					if (!p)
						goto nomem;
					child = p;
					memset(child + cap_states * C, 0,
					       (nc - cap_states) * C *
						   sizeof(uint32_t));
					p = realloc(ac.key,
						    nc * sizeof(uint32_t));
					if (!p)
						goto nomem;
					ac.key = p;
					cap_states = nc;
				}
				ac.key[nst] = LX_NONE;
				child[(size_t)s * C + c] = (uint32_t)nst++;
			}
			s = child[(size_t)s * C + c];
		}
		ac.key[s] = (uint32_t)k;
	}
	ac.n_states = (uint32_t)nst;
	if (!(fail = calloc(nst, sizeof(uint32_t))) ||
	    !(queue = malloc(nst * sizeof(uint32_t))) ||
	    !(ac.dict = malloc(nst * sizeof(uint32_t))) ||
	    !(ac.delta = malloc(nst * C * sizeof(uint32_t))))
		goto nomem;
	/* BFS: fail links, dictionary links and the full DFA */
	{
		size_t qh = 0, qt = 0;
		ac.dict[0] = LX_NONE;
		for (uint32_t c = 0; c < C; c++) {
			uint32_t t = child[c];
			if (t) {
				fail[t] = 0;
				ac.dict[t] = LX_NONE;
				queue[qt++] = t;
				ac.delta[c] = t;
			} else {
				ac.delta[c] = 0;
			}
		}
		while (qh < qt) {
			uint32_t s = queue[qh++];
			for (uint32_t c = 0; c < C; c++) {
				uint32_t t = child[(size_t)s * C + c];
				if (t) {
					uint32_t f = ac.delta[(size_t)fail[s] * C + c];
					fail[t] = f;
					ac.dict[t] = ac.key[f] != LX_NONE
							 ? f
							 : ac.dict[f];
					queue[qt++] = t;
					ac.delta[(size_t)s * C + c] = t;
				} else {
					ac.delta[(size_t)s * C + c] =
					    ac.delta[(size_t)fail[s] * C + c];
				}
			}
		}
	}
	/* encode: (row offset << 1) | has_output */
	for (size_t i = 0; i < nst * C; i++) {
		uint32_t t = ac.delta[i];
		bool out = ac.key[t] != LX_NONE || ac.dict[t] != LX_NONE;
		ac.delta[i] = ((t * C) << 1) | (out ? 1u : 0u);
	}
	erg__ac_free(&lx->ac);
	lx->ac = ac;
	memset(&ac, 0, sizeof(ac));
	lx->built = true;
	goto done;
nomem:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	erg__ac_free(&ac);
	free(child);
	free(fail);
	free(queue);
	return st;
}

/* ---- scanning ---- */

static bool word_before(const char *t, size_t pos)
{
	size_t i;
	int32_t cp;
	if (pos == 0)
		return false;
	if ((unsigned char)t[pos - 1] < 0x80)
		return isalnum((unsigned char)t[pos - 1]) != 0;
	i = pos - 1;
	while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80 && pos - i < 4)
		i--;
	erg__utf8_decode((const unsigned char *)t + i, pos - i, &cp);
	return erg__cp_is_word(cp);
}

static bool word_at(const char *t, size_t n, size_t pos)
{
	int32_t cp;
	if (pos >= n)
		return false;
	if ((unsigned char)t[pos] < 0x80)
		return isalnum((unsigned char)t[pos]) != 0;
	erg__utf8_decode((const unsigned char *)t + pos, n - pos, &cp);
	return erg__cp_is_word(cp);
}

static bool fold_is_word_byte(unsigned char c)
{
	return c >= 0x80 || isalnum(c);
}

static erg_status push_match(lx_matches *m, size_t start, size_t end,
			     uint32_t key, uint32_t ok, erg_error *err)
{
	if (m->n == m->cap) {
		size_t nc = m->cap ? m->cap * 2 : 256;
		lx_match *p;
		if (m->max && nc > m->max)
			nc = m->max;
		if (nc <= m->n)
			return erg_error_set(err, ERG_ELIMIT, NULL, 0, 0,
					     "too many phrase matches in one "
					     "paragraph");
		p = realloc(m->items, nc * sizeof(*p));
		if (!p)
			return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
					     "out of memory");
		m->items = p;
		m->cap = nc;
	}
	m->items[m->n].start = start;
	m->items[m->n].end = end;
	m->items[m->n].key = key;
	m->items[m->n].ok = ok;
	m->n++;
	return ERG_OK;
}

static uint32_t case_ok(const erg_lexicon *lx, uint32_t key, const char *t,
			size_t start, size_t end)
{
	char sig[LX_PHRASE_MAX + 1];
	size_t sl = 0;
	bool have = false;
	uint32_t ok = 0;
	int bit = 0;
	for (uint32_t e = lx->key_first[key]; e != LX_NONE && bit < 32;
	     e = lx->entries[e].next, bit++) {
		const lx_entry *en = &lx->entries[e];
		const char *es = lx->sigs + en->sig;
		bool pass = true;
		if (en->what >= LX__KINDS)
			continue;
		if (en->caserule == LX_CASE_ANY ||
		    (en->caserule == LX_CASE_CAPS && !en->has_upper)) {
			ok |= 1u << bit;
			continue;
		}
		if (!have) {
			sl = erg__case_sig(t + start, end - start, sig,
					   sizeof(sig));
			have = true;
		}
		if (sl != en->sig_len) {
			pass = en->caserule == LX_CASE_CAPS;
		} else if (en->caserule == LX_CASE_EXACT) {
			pass = memcmp(sig, es, sl) == 0;
		} else {
			for (size_t i = 0; i < sl; i++)
				if (es[i] == 'U' && sig[i] != 'U') {
					pass = false;
					break;
				}
		}
		if (pass)
			ok |= 1u << bit;
	}
	return ok;
}

static int cmp_match(const void *a, const void *b)
{
	const lx_match *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return x->key < y->key ? -1 : x->key > y->key;
}

/* Reports the keys of state `s` ending at raw offset `end`. */
static erg_status report(const erg_lexicon *lx, uint32_t s, const char *t,
			 size_t n, size_t end, const size_t *ring, size_t p,
			 lx_matches *out, erg_error *err)
{
	const lx_ac *ac = &lx->ac;
	uint32_t k = ac->key[s] != LX_NONE ? s : ac->dict[s];
	if (word_at(t, n, end))
		return ERG_OK;
	for (; k != LX_NONE; k = ac->dict[k]) {
		uint32_t key = ac->key[k];
		uint32_t len = lx->key_len[key];
		size_t start;
		uint32_t ok;
		if (len > p)
			continue;
		start = ring[(p - len) & 255];
		if (fold_is_word_byte((unsigned char)lx->keys[key][0]) &&
		    word_before(t, start))
			continue;
		ok = case_ok(lx, key, t, start, end);
		if (ok) {
			erg_status st = push_match(out, start, end, key, ok,
						   err);
			if (st)
				return st;
		}
	}
	return ERG_OK;
}

erg_status erg__match_scan(const erg_lexicon *lx, const char *text, size_t n,
			   lx_matches *out, erg_error *err)
{
	const lx_ac *ac = &lx->ac;
	const uint32_t *delta = ac->delta;
	const uint32_t C = ac->n_classes;
	const unsigned char *t = (const unsigned char *)text;
	size_t ring[256];
	size_t p = 0, i = 0, first = out->n;
	uint32_t v = 0;
	bool space = true;
	erg_status st;

	if (!lx->built || !delta)
		return ERG_OK;
	while (i < n) {
		unsigned char b = t[i];
		if (b < 0x80) {
			if (b == ' ' || (b >= '\t' && b <= '\r')) {
				if (space) {
					i++;
					continue;
				}
				space = true;
			} else {
				space = false;
			}
			ring[p & 255] = i;
			p++;
			v = delta[(v >> 1) + ac->cls[b]];
			i++;
			if (v & 1) {
				st = report(lx, (v >> 1) / C, text, n, i,
					    ring, p, out, err);
				if (st)
					return st;
			}
		} else {
			int32_t cp;
			char f[64];
			size_t l = erg__utf8_decode(t + i, n - i, &cp);
			size_t k = erg__fold_cp(cp, f);
			for (size_t j = 0; j < k; j++) {
				unsigned char fb = (unsigned char)f[j];
				if (fb == ' ') {
					if (space)
						continue;
					space = true;
				} else {
					space = false;
				}
				ring[p & 255] = i;
				p++;
				v = delta[(v >> 1) + ac->cls[fb]];
			}
			i += l;
			if (k && (v & 1)) {
				st = report(lx, (v >> 1) / C, text, n, i,
					    ring, p, out, err);
				if (st)
					return st;
			}
		}
	}
	/* leftmost-longest, non-overlapping */
	if (out->n - first > 1) {
		size_t w = first, last_end = 0;
		bool any = false;
		qsort(out->items + first, out->n - first, sizeof(lx_match),
		      cmp_match);
		for (size_t r = first; r < out->n; r++) {
			if (any && out->items[r].start < last_end)
				continue;
			out->items[w++] = out->items[r];
			last_end = out->items[r].end;
			any = true;
		}
		out->n = w;
	}
	return ERG_OK;
}
