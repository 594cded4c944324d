/*
 * match.c - Unicode folding and the phrase trie.
 *
 * Keys (folded phrases) are compiled into a trie with dense rows over byte
 * classes: every byte that occurs in a key gets a class, ASCII upper-case
 * letters share the class of their lower-case form and every other byte
 * is class 0 (no key continues with it). Phrases match whole words only,
 * so every match starts at a word start (or at a punctuation byte): the
 * scan walks the trie from those positions only, on the raw UTF-8 text.
 * ASCII bytes go straight through the class table (ASCII text is never
 * copied or folded), a non-ASCII code point is folded with utf8proc (NFKD,
 * case fold, marks stripped, quotes and dashes lumped) and its folded
 * bytes are fed instead, and runs of white space are fed as one space. The
 * longest key that ends at a word boundary and passes its case rule wins
 * and the scan goes on after it: leftmost-longest selection. A word that
 * starts no key costs one bit test (a Bloom filter of first words); for
 * one that does, a table gives the trie state after the whole word, so
 * the walk resumes after it. Time: O(n) plus the trie steps, which stop
 * at the first byte no key continues with (one or two per word of
 * ordinary text). The scan is bound by memory latency, not instructions,
 * so the trie is laid out for it (see lx_ac): one array of records in
 * depth-first order, a state's edges inline, and a key's case rule inline
 * when one entry needs the text (the common actor name), so that a match
 * reads no lexicon entry. Memory: O(states + edges + dense rows *
 * classes); built in O(total key bytes) without a states x classes table.
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
		return (size_t)utf8proc_encode_char(cp,
						    (utf8proc_uint8_t *)out);
	}
	for (utf8proc_ssize_t i = 0; i < k; i++) {
		utf8proc_int32_t c = buf[i];
		if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
			c = '\'';
		else if (c == 0x00A0 || c == 0x202F)
			c = ' ';
		if (c < 0x80 && isspace((int)c))
			c = ' ';
		o += (size_t)utf8proc_encode_char(c,
						  (utf8proc_uint8_t *)out + o);
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

/* The case of the character at s[*i] ('U' upper or title case, 'l'
 * lower, 0 uncased), moving *i past it. */
static inline char case_next(const char *s, size_t n, size_t *i)
{
	unsigned char b = (unsigned char)s[*i];
	const utf8proc_property_t *pr;
	int32_t cp;
	if (b < 0x80) {
		(*i)++;
		return b >= 'A' && b <= 'Z'   ? 'U'
		       : b >= 'a' && b <= 'z' ? 'l'
					      : 0;
	}
	*i += erg__utf8_decode((const unsigned char *)s + *i, n - *i, &cp);
	pr = utf8proc_get_property(cp);
	if (pr->category == UTF8PROC_CATEGORY_LU ||
	    pr->category == UTF8PROC_CATEGORY_LT)
		return 'U';
	return pr->category == UTF8PROC_CATEGORY_LL ? 'l' : 0;
}

size_t erg__case_sig(const char *s, size_t n, char *out, size_t cap)
{
	size_t i = 0, o = 0;
	while (i < n && o < cap) {
		char c = case_next(s, n, &i);
		if (c)
			out[o++] = c;
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

/* Byte kinds for the scan. BK_SPACE is also punctuation that starts no
 * key (no edge of the root on its class): the scan steps over both. */
enum { BK_SPACE, BK_WORD, BK_PUNCT, BK_HIGH };

static uint8_t byte_kind(unsigned char b)
{
	if (b >= 0x80)
		return BK_HIGH;
	if (b == ' ' || (b >= '\t' && b <= '\r'))
		return BK_SPACE;
	return isalnum(b) ? BK_WORD : BK_PUNCT;
}

void erg__ac_free(lx_ac *ac)
{
	free(ac->tr);
	free(ac->drow);
	free(ac->fw);
	free(ac->first);
	free(ac->key_info);
	free(ac->actor_kind);
	memset(ac, 0, sizeof(*ac));
}

/* Hash of a word of ASCII letters and digits, case-folded; never 0. The
 * word is taken eight bytes at a time (the last group zero-filled; a word
 * holds no NUL), each group mixed in with one multiplication, so that the
 * scan hashes most words in one step instead of one multiplication (a
 * chain of dependent ones) per byte. The first-word filter takes the top
 * bits of that product (fw_bit: they depend on every byte of the word),
 * so that the common word, in no key, waits for one multiplication
 * before its filter load; only a word that passes the filter is mixed
 * further (fw_final) for the first-word table's slot and check. */
#define FW_SEED 0xcbf29ce484222325ULL
#define FW_MUL 0x9E3779B97F4A7C15ULL
#define ALL80 0x8080808080808080ULL
#define ALL20 0x2020202020202020ULL
#define ALL01 0x0101010101010101ULL
#if defined(__GNUC__) && defined(__BYTE_ORDER__) &&                           \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SWAR_LE 1
#define CTZ64(x) ((unsigned)__builtin_ctzll(x))
#else
#define SWAR_LE 0
#define CTZ64(x) 0u /* not used */
#endif

static inline uint64_t fw_mix(uint64_t h, uint64_t group)
{
	return (h ^ group) * FW_MUL;
}

static inline uint64_t fw_final(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h ? h : 1;
}

/* Bit 7 of each byte of x (eight bytes of text, in memory order) that is
 * an ASCII letter or digit, whose folded form (ac->word) is then the byte
 * | 0x20 (checked when the automaton is built: ac->swar). */
static inline uint64_t alnum8(uint64_t x)
{
	uint64_t digit;
	return lx_alnum8(x, &digit);
}

/* A word's hash fed a byte at a time (the build, and the scan near the
 * end of the text or around a non-ASCII letter). */
typedef struct {
	uint64_t h, group;
	unsigned r; /* bytes in group */
} word_hash;

static inline void wh_byte(word_hash *w, uint8_t b)
{
	w->group |= (uint64_t)b << (8 * w->r);
	if (++w->r == 8) {
		w->h = fw_mix(w->h, w->group);
		w->group = 0;
		w->r = 0;
	}
}

/* The word's product (before fw_final), never 0 */
static inline uint64_t wh_final(word_hash *w)
{
	if (w->r)
		w->h = fw_mix(w->h, w->group);
	return w->h ? w->h : 1;
}

/* The filter's bit for a word's product g: its top bits; shift is
 * fw_shift(ac). */
static inline unsigned fw_shift(const lx_ac *ac)
{
	return (unsigned)__builtin_clzll((unsigned long long)ac->fw_mask);
}

static inline bool fw_has(const lx_ac *ac, uint64_t g, unsigned shift)
{
	size_t b = (size_t)(g >> shift);
	return (ac->fw[b >> 6] >> (b & 63)) & 1;
}

/* The edge of state s on class c: (child << 1) | ends a key, 0 = none. */
static inline uint32_t step(const lx_ac *ac, uint32_t s, uint32_t c)
{
	const uint32_t *r = ac->tr + s;
	uint32_t h = r[0], n = h & 0xFFFF;
	r += 1 + LX_TR_KEYW(h);
	if (h & LX_TR_DENSE)
		return ac->drow[r[0] + c];
	for (uint32_t k = 0; k < n; k++)
		if (r[2 * k] == c)
			return r[2 * k + 1];
	return 0;
}

/* The check of a first-word entry: the high half of its hash, never 0
 * (0 marks an empty slot); the slot comes from the low bits. */
static inline uint32_t first_check(uint64_t h)
{
	uint32_t c = (uint32_t)(h >> 32);
	return c ? c : 1;
}

/* Records the first word w[0..len) (folded) of key k, of hash h, with the
 * trie state after it: 0, or FIRST_CLASH when another first word has the
 * same slot and check (`owner`, per slot: the key whose first word is
 * there, tells them apart), and the caller tries another seed. */
#define FIRST_CLASH 1

static int first_put(lx_ac *ac, uint32_t *owner, const erg_lexicon *lx,
		     uint64_t h, const unsigned char *w, size_t len, uint32_t k)
{
	size_t i = (size_t)h & ac->first_mask;
	uint32_t s = 0, chk = first_check(h);
	for (; ac->first[i].check; i = (i + 1) & ac->first_mask) {
		const unsigned char *o =
		    (const unsigned char *)lx->keys[owner[i]];
		size_t ol = lx->key_len[owner[i]];
		if (ac->first[i].check != chk)
			continue;
		if (len <= ol && !memcmp(o, w, len) &&
		    (len == ol || o[len] >= 0x80 || !isalnum(o[len])))
			return 0; /* the same word */
		return FIRST_CLASH;
	}
	for (size_t j = 0; j < len; j++) {
		uint32_t v = step(ac, s, ac->cls[w[j]]);
		if (!v)
			return ERG_EINVAL; /* cannot happen: w starts a key */
		s = v >> 1;
	}
	ac->first[i].check = chk;
	ac->first[i].state = s;
	owner[i] = k;
	return 0;
}

/* The trie state after a first word of hash h, or 0 when no key starts
 * with that word. */
static inline uint32_t first_get(const lx_ac *ac, uint64_t h)
{
	uint32_t chk = first_check(h);
	for (size_t i = (size_t)h & ac->first_mask; ac->first[i].check;
	     i = (i + 1) & ac->first_mask)
		if (ac->first[i].check == chk)
			return ac->first[i].state;
	return 0;
}

/* The set of first words of keys that start with an ASCII word (a key
 * starting otherwise is found by the walks at punctuation and at words
 * holding non-ASCII letters), as a one-hash Bloom filter of 16 to 32 bits
 * a phrase (32 KB for the default lexicon plus 12,000 aliases), and the
 * table of their states (8 bytes a slot, at most half full: 256 KB): both
 * small enough to stay in cache. A false hit of the filter costs one
 * table look-up. Words are told apart by their slot and a 32-bit check:
 * two first words of the lexicon that agree on both get another seed. */
static erg_status build_first_words(lx_ac *ac, const erg_lexicon *lx)
{
	size_t bits = 1024, slots = 64;
	uint32_t *owner = NULL;
	int st = ERG_ENOMEM;
	while (slots < lx->n_keys * 2 + 64)
		slots <<= 1;
	while (bits < lx->n_keys * 16 && bits < ((size_t)1 << 26))
		bits <<= 1;
	if (!(ac->first = calloc(slots, sizeof(*ac->first))) ||
	    !(owner = malloc(slots * sizeof(uint32_t))) ||
	    !(ac->fw = calloc(bits / 64, sizeof(uint64_t))))
		goto done;
	ac->first_mask = slots - 1;
	ac->fw_mask = bits - 1;
	for (uint64_t seed = FW_SEED, tries = 0; tries < 64;
	     seed += 0x9E3779B97F4A7C15ULL, tries++) {
		ac->fw_seed = seed;
		memset(ac->first, 0, slots * sizeof(*ac->first));
		memset(ac->fw, 0, bits / 8);
		st = ERG_OK;
		for (size_t k = 0; k < lx->n_keys && !st; k++) {
			const unsigned char *w =
			    (const unsigned char *)lx->keys[k];
			word_hash wh = { seed, 0, 0 };
			uint64_t h;
			size_t j = 0, b;
			for (;
			     j < lx->key_len[k] && w[j] < 0x80 && isalnum(w[j]);
			     j++)
				wh_byte(&wh, w[j]);
			if (!j || (j < lx->key_len[k] && w[j] >= 0x80))
				continue;
			h = wh_final(&wh);
			b = (size_t)(h >> fw_shift(ac));
			ac->fw[b >> 6] |= (uint64_t)1 << (b & 63);
			st = first_put(ac, owner, lx, fw_final(h), w, j,
				       (uint32_t)k);
		}
		if (st != FIRST_CLASH)
			break;
	}
	if (st == FIRST_CLASH)
		st = ERG_ELIMIT; /* 64 seeds: cannot happen */
done:
	free(owner);
	return (erg_status)st;
}

/* States with more children than this get a dense row. */
#define DENSE_MIN 8

/* The trie while it is built: per state its first child, next sibling,
 * the class of the edge into it and the key ending there (LX_NONE). */
typedef struct {
	uint32_t *kid, *sib, *cls, *key;
	size_t n, cap;
} build_trie;

static void bt_free(build_trie *b)
{
	free(b->kid);
	free(b->sib);
	free(b->cls);
	free(b->key);
}

/* A new state, child of s on class c; 0 on out of memory. */
static uint32_t bt_add(build_trie *b, uint32_t s, uint32_t c)
{
	uint32_t t;
	if (b->n == b->cap) {
		size_t nc = b->cap ? b->cap * 2 : 1024;
		uint32_t *p[4];
		uint32_t **f[4] = {&b->kid, &b->sib, &b->cls, &b->key};
		for (int i = 0; i < 4; i++) {
			if (!(p[i] = realloc(*f[i], nc * sizeof(uint32_t))))
				return 0;
			*f[i] = p[i];
		}
		b->cap = nc;
	}
	t = (uint32_t)b->n++;
	b->kid[t] = 0;
	b->cls[t] = c;
	b->key[t] = LX_NONE;
	if (b->n == 1) {
		b->sib[t] = 0; /* the root */
	} else {
		b->sib[t] = b->kid[s];
		b->kid[s] = t;
	}
	return t;
}

/* What case_ok (below) needs to know of key k without the text, as the
 * key words of its record (see lx_ac): the entries that pass whatever the
 * case, and whether other entries must look at the text; when that is a
 * single entry with a signature of 32 letters or fewer, its rule inline
 * (checked by case1). Returns the number of words (2 or 4). */
static uint32_t key_words(const erg_lexicon *lx, uint32_t k, uint32_t *w)
{
	int bit = 0, n_need = 0;
	const lx_entry *one = NULL;
	int one_bit = 0;
	w[0] = k;
	w[1] = 0;
	for (uint32_t e = lx->key_first[k]; e != LX_NONE && bit < 32;
	     e = lx->entries[e].next, bit++) {
		const lx_entry *en = &lx->entries[e];
		if (en->what >= LX__KINDS)
			continue;
		if (en->caserule == LX_CASE_ANY ||
		    (en->caserule == LX_CASE_CAPS && !en->has_upper)) {
			w[1] |= 1u << bit;
		} else {
			n_need++;
			one = en;
			one_bit = bit;
		}
	}
	if (!n_need)
		return 2;
	w[0] |= LX_TR_CASE;
	if (n_need > 1 || one->sig_len > 32)
		return 2;
	w[0] |= LX_TR_CASE1;
	w[2] = 0;
	for (uint32_t i = 0; i < one->sig_len; i++)
		if (lx->sigs[one->sig + i] == 'U')
			w[2] |= 1u << i;
	w[3] = one->sig_len | (uint32_t)one->caserule << 8 |
	       (uint32_t)one_bit << 16;
	return 4;
}

/* Lays the built trie out as records (see lx_ac): depth-first numbering,
 * dense rows for wide states, edge pairs inline for the others. */
static erg_status layout(lx_ac *ac, const erg_lexicon *lx, const build_trie *b,
			 uint32_t C)
{
	uint32_t *order = NULL, *off = NULL, *stack = NULL;
	size_t n = b->n, sp = 0, m = 0, total = 0, n_dense = 0, d = 0;
	erg_status st = ERG_ENOMEM;
	if (!(order = malloc(n * sizeof(uint32_t))) ||
	    !(off = malloc(n * sizeof(uint32_t))) ||
	    !(stack = malloc(n * sizeof(uint32_t))))
		goto done;
	stack[sp++] = 0;
	while (sp) {
		uint32_t s = stack[--sp], kids = 0;
		order[m++] = s;
		for (uint32_t t = b->kid[s]; t; t = b->sib[t]) {
			stack[sp++] = t;
			kids++;
		}
		off[s] = (uint32_t)total;
		if (b->key[s] != LX_NONE) {
			uint32_t w[4];
			total += key_words(lx, b->key[s], w);
		}
		total += 1;
		if (s == 0 || kids > DENSE_MIN) {
			total += 1;
			n_dense++;
		} else {
			total += 2 * (size_t)kids;
		}
		if (total >= (size_t)1 << 31) {
			st = ERG_ELIMIT;
			goto done;
		}
	}
	if (!(ac->tr = malloc(total * sizeof(uint32_t))) ||
	    !(ac->drow = calloc(n_dense * C, sizeof(uint32_t))))
		goto done;
	ac->n_tr = total;
	for (size_t i = 0; i < m; i++) {
		uint32_t s = order[i], kids = 0, *r = ac->tr + off[s];
		bool dense;
		for (uint32_t t = b->kid[s]; t; t = b->sib[t])
			kids++;
		dense = s == 0 || kids > DENSE_MIN;
		uint32_t w[4], nw = 0;
		if (b->key[s] != LX_NONE)
			nw = key_words(lx, b->key[s], w);
		*r++ = (dense ? LX_TR_DENSE : kids) | nw << 17;
		for (uint32_t k = 0; k < nw; k++)
			*r++ = w[k];
		if (dense)
			*r++ = (uint32_t)(d * C);
		for (uint32_t t = b->kid[s]; t; t = b->sib[t]) {
			uint32_t v = (off[t] << 1) | (b->key[t] != LX_NONE);
			if (dense) {
				ac->drow[d * C + b->cls[t]] = v;
			} else {
				*r++ = b->cls[t];
				*r++ = v;
			}
		}
		if (dense)
			d++;
	}
	st = ERG_OK;
done:
	free(order);
	free(off);
	free(stack);
	return st;
}

erg_status erg__ac_build(erg_lexicon *lx, erg_error *err)
{
	lx_ac ac;
	build_trie b;
	uint32_t C, root[256];
	erg_status st = ERG_OK;
	bool used[256] = {false};

	memset(&ac, 0, sizeof(ac));
	memset(&b, 0, sizeof(b));
	/* classes */
	for (size_t k = 0; k < lx->n_keys; k++)
		for (uint32_t i = 0; i < lx->key_len[k]; i++)
			used[(unsigned char)lx->keys[k][i]] = true;
	C = 1;
	for (int b2 = 0; b2 < 256; b2++)
		if (used[b2])
			ac.cls[b2] = (uint8_t)C++;
	for (int b2 = 'A'; b2 <= 'Z'; b2++)
		ac.cls[b2] = ac.cls[b2 - 'A' + 'a'];
	ac.space_cls = ac.cls[' '];
	ac.cls['\t'] = ac.cls['\n'] = ac.cls['\r'] = ac.cls['\f'] =
	    ac.cls['\v'] = (uint8_t)ac.space_cls;
	ac.n_classes = C;
	for (int b2 = 0; b2 < 256; b2++) {
		ac.kind[b2] = byte_kind((unsigned char)b2);
		ac.word[b2] = (uint8_t)(b2 >= 0x80    ? 0x80
					: isalnum(b2) ? tolower(b2)
						      : 0);
	}
	/* the eight-byte step agrees with the word table (locale)? */
	ac.swar = SWAR_LE;
	for (int b2 = 0; b2 < 0x80; b2++) {
		uint64_t a = alnum8((uint64_t)b2 * ALL01);
		if (a != (ac.word[b2] ? ALL80 : 0) ||
		    (ac.word[b2] && ac.word[b2] != (b2 | 0x20)))
			ac.swar = false;
	}

	/* the trie, with the root's children in a table */
	memset(root, 0, sizeof(root));
	if (!bt_add(&b, 0, 0) && b.n == 0)
		goto nomem;
	for (size_t k = 0; k < lx->n_keys; k++) {
		uint32_t s = 0;
		for (uint32_t i = 0; i < lx->key_len[k]; i++) {
			uint32_t c = ac.cls[(unsigned char)lx->keys[k][i]], t;
			if (s == 0) {
				t = root[c];
			} else {
				for (t = b.kid[s]; t && b.cls[t] != c;
				     t = b.sib[t])
					;
			}
			if (!t) {
				if (!(t = bt_add(&b, s, c)))
					goto nomem;
				if (s == 0)
					root[c] = t;
			}
			s = t;
		}
		b.key[s] = (uint32_t)k;
	}
	ac.n_states = (uint32_t)b.n;
	_Static_assert(LX__KINDS <= 32, "key_info.what: one bit per LX_*");
	if (!(ac.key_info = calloc(lx->n_keys ? lx->n_keys : 1,
				   sizeof(*ac.key_info))))
		goto nomem;
	for (size_t k = 0; k < lx->n_keys; k++) {
		struct lx_keyinfo *ki = &ac.key_info[k];
		for (uint32_t e = lx->key_first[k]; e != LX_NONE;
		     e = lx->entries[e].next) {
			const lx_entry *en = &lx->entries[e];
			ki->what |= 1u << en->what;
			if (ki->n++ == 0) {
				ki->one_what = en->what;
				ki->one_sub = en->sub;
				ki->ref = en->ref;
			}
			if (ki->n > 2)
				ki->n = 2;
		}
	}
	if (!(ac.actor_kind = malloc(lx->n_actors ? lx->n_actors : 1)))
		goto nomem;
	for (size_t a = 0; a < lx->n_actors; a++)
		ac.actor_kind[a] = (uint8_t)lx->actors[a].kind;
	ac.n_actor_kind = lx->n_actors;
	if ((st = layout(&ac, lx, &b, C))) {
		if (st == ERG_ELIMIT) {
			st = erg_error_set(err, ERG_ELIMIT, NULL, 0, 0,
					   "lexicon too large for the "
					   "automaton");
			goto done;
		}
		goto nomem;
	}
	if (build_first_words(&ac, lx))
		goto nomem;
	/* punctuation that starts no key needs no walk from it */
	for (int b2 = 0; b2 < 0x80; b2++)
		if (ac.kind[b2] == BK_PUNCT && !step(&ac, 0, ac.cls[b2]))
			ac.kind[b2] = BK_SPACE;
	erg__ac_free(&lx->ac);
	lx->ac = ac;
	memset(&ac, 0, sizeof(ac));
	lx->built = true;
	goto done;
nomem:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	erg__ac_free(&ac);
	bt_free(&b);
	return st;
}

/* ---- scanning ---- */

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

/* case_ok for a key whose one case-dependent entry is inline in its
 * record r (LX_TR_CASE1): that entry's bit if text t[0..n) passes. The
 * text's signature is computed as erg__case_sig does, as a length and
 * the 'U' positions among the first 32 letters. */
static uint32_t case1(const uint32_t *r, const char *t, size_t n)
{
	uint32_t mask = 0, want = r[3], len = r[4] & 0xFF,
		 rule = (r[4] >> 8) & 0xFF;
	size_t i = 0, sl = 0;
	bool pass;
	while (i < n && sl <= 32) {
		char c = case_next(t, n, &i);
		if (c == 'U' && sl < 32)
			mask |= 1u << sl;
		if (c)
			sl++;
	}
	if (sl != len)
		pass = rule == LX_CASE_CAPS;
	else if (rule == LX_CASE_EXACT)
		pass = mask == want;
	else
		pass = (want & ~mask) == 0;
	return pass ? 1u << (r[4] >> 16) : 0;
}

#define MAX_CANDS 32

/* Walks the trie from text[i] in state s: keys that start here.
 * Candidate ends (raw offsets after a whole code point) and the states
 * where their keys end go into ends/states; returns their count (the
 * longest last). */
static int walk(const lx_ac *ac, const unsigned char *t, size_t n, size_t i,
		uint32_t s, size_t *ends, uint32_t *states)
{
	int nc = 0;
	bool space = false;
	if (s && LX_TR_KEYW(ac->tr[s])) {
		/* a first word that is a key by itself */
		ends[nc] = i;
		states[nc] = s;
		nc++;
	}
	while (i < n) {
		unsigned char b = t[i];
		uint32_t v;
		if (b < 0x80) {
			uint32_t c;
			if (b == ' ' || (b >= '\t' && b <= '\r')) {
				if (space) {
					i++;
					continue;
				}
				space = true;
				c = ac->space_cls;
			} else {
				space = false;
				c = ac->cls[b];
			}
			v = step(ac, s, c);
			if (!v)
				break;
			s = v >> 1;
			i++;
		} else {
			int32_t cp;
			char f[64];
			size_t l = erg__utf8_decode(t + i, n - i, &cp);
			size_t k = erg__fold_cp(cp, f);
			v = 1;
			for (size_t j = 0; j < k; j++) {
				unsigned char fb = (unsigned char)f[j];
				if (fb == ' ') {
					if (space)
						continue;
					space = true;
				} else {
					space = false;
				}
				v = step(ac, s, ac->cls[fb]);
				if (!v)
					break;
				s = v >> 1;
			}
			if (!v)
				break;
			i += l;
			if (!k)
				continue; /* a dropped mark: no new end */
		}
		if ((v & 1) && nc < MAX_CANDS) {
			ends[nc] = i;
			states[nc] = s;
			nc++;
		}
	}
	return nc;
}

#if SWAR_LE && defined(__SSE2__)
#include <emmintrin.h>
#define SCAN16 1

/* The word of ASCII letters and digits at t[0..16), when it is shorter
 * than 16 bytes and the byte after it is ASCII: its length, its product
 * in *h as wh_byte and wh_final give it, and in *sp 1 if a space (' ')
 * follows it, else 0. No loop and no branch on the
 * length (the common word of running text). 0 otherwise (a longer word,
 * or one that may go on with a non-ASCII letter: the caller's general
 * path). t[0] is an ASCII letter or digit; ac->swar holds. */
/* The bytes of a word of l bytes (0..16) in the two halves of 16 bytes */
static const uint64_t word16_mask[17][2] = {
	{ 0x0000000000000000ULL, 0x0000000000000000ULL },
	{ 0x00000000000000ffULL, 0x0000000000000000ULL },
	{ 0x000000000000ffffULL, 0x0000000000000000ULL },
	{ 0x0000000000ffffffULL, 0x0000000000000000ULL },
	{ 0x00000000ffffffffULL, 0x0000000000000000ULL },
	{ 0x000000ffffffffffULL, 0x0000000000000000ULL },
	{ 0x0000ffffffffffffULL, 0x0000000000000000ULL },
	{ 0x00ffffffffffffffULL, 0x0000000000000000ULL },
	{ 0xffffffffffffffffULL, 0x0000000000000000ULL },
	{ 0xffffffffffffffffULL, 0x00000000000000ffULL },
	{ 0xffffffffffffffffULL, 0x000000000000ffffULL },
	{ 0xffffffffffffffffULL, 0x0000000000ffffffULL },
	{ 0xffffffffffffffffULL, 0x00000000ffffffffULL },
	{ 0xffffffffffffffffULL, 0x000000ffffffffffULL },
	{ 0xffffffffffffffffULL, 0x0000ffffffffffffULL },
	{ 0xffffffffffffffffULL, 0x00ffffffffffffffULL },
	{ 0xffffffffffffffffULL, 0xffffffffffffffffULL },
};

static inline size_t word16(const lx_ac *ac, const unsigned char *t,
			    uint64_t *h, size_t *sp)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)t);
	__m128i lc = _mm_or_si128(v, _mm_set1_epi8(0x20));
	/* letters map to 0x80..0x99 and digits to 0x80..0x89, the lowest
	 * signed values; every other byte (>= 0x80 too) lands above */
	__m128i let = _mm_cmplt_epi8(
	    _mm_add_epi8(lc, _mm_set1_epi8((char)(0x80 - 'a'))),
	    _mm_set1_epi8((char)(0x80 + 26)));
	__m128i dig = _mm_cmplt_epi8(
	    _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
	    _mm_set1_epi8((char)(0x80 + 10)));
	unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(let, dig));
	unsigned hi = (unsigned)_mm_movemask_epi8(v);
	unsigned spc = (unsigned)_mm_movemask_epi8(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
	/* l: 1..16 (~m has bits 16 and up); 16, or a byte >= 0x80 after
	 * the word, is the general path's */
	unsigned l = (unsigned)__builtin_ctz(~m);
	uint64_t x0, x1, g, g2;
	if (((hi | 0x10000u) >> l) & 1)
		return 0;
	memcpy(&x0, t, 8);
	memcpy(&x1, t + 8, 8);
	/* bytes of the word in each half: 1..8 and 0..7 */
	g = fw_mix(ac->fw_seed, (x0 | ALL20) & word16_mask[l][0]);
	g2 = fw_mix(g, (x1 | ALL20) & word16_mask[l][1]);
	g = l > 8 ? g2 : g;
	*h = g ? g : 1;
	/* one space after it (more are stepped over by the caller) */
	*sp = (spc >> l) & 1;
	return l;
}
#else
#define SCAN16 0
#endif

/* One segment of the text at t[i], a byte that is not white space (nor
 * punctuation starting no key): a word (ASCII letters and digits, and
 * letters beyond ASCII), else one punctuation byte or one code point.
 * Sets *next after it and returns true when a walk must be tried: from
 * *from in trie state *state (after the word, when it is the first word
 * of some key, else from the root at i). */
static inline bool segment(const lx_ac *ac, const unsigned char *t, size_t n,
			   size_t i, size_t *next, size_t *from,
			   uint32_t *state)
{
	const uint8_t *word = ac->word;
	uint8_t k = ac->kind[t[i]];
	size_t j = i + 1;
	bool walk_here = true;

	if (k == BK_HIGH) {
		int32_t cp;
		j = i + erg__utf8_decode(t + i, n - i, &cp);
		if (erg__cp_is_word(cp))
			k = BK_WORD;
	}
	*from = i;
	*state = 0;
	if (k == BK_WORD) {
		/* the whole word, hashed as it goes: most words are the
		 * first word of no key and need no walk; for the others
		 * the walk starts after the word */
		word_hash wh = { ac->fw_seed, 0, 0 };
		uint64_t h;
		bool high = false;
		j = i;
		/* eight ASCII letters or digits a step (folded by | 0x20);
		 * the word's last group is taken whole (masked) and the
		 * byte after it ends the word below */
		while (ac->swar && j + 8 <= n) {
			uint64_t x, a;
			unsigned l;
			memcpy(&x, t + j, 8);
			a = alnum8(x);
			if (a == ALL80) {
				wh.h = fw_mix(wh.h, x | ALL20);
				j += 8;
				continue;
			}
			l = CTZ64(~a & ALL80) / 8;
			if (l)
				wh.group = (x | ALL20) &
					   (((uint64_t)1 << (8 * l)) - 1);
			wh.r = l;
			j += l;
			break;
		}
		while (j < n) {
			uint8_t w = word[t[j]];
			if (w && w < 0x80) {
				wh_byte(&wh, w);
				j++;
			} else if (w) {
				int32_t cp;
				size_t l2 = erg__utf8_decode(t + j, n - j, &cp);
				if (!erg__cp_is_word(cp))
					break;
				high = true;
				j += l2;
			} else {
				break;
			}
		}
		h = wh_final(&wh);
		walk_here = high || fw_has(ac, h, fw_shift(ac));
		if (walk_here && !high) {
			*state = first_get(ac, fw_final(h));
			if (!*state)
				walk_here = false;
			*from = j;
		}
	}
	*next = j;
	return walk_here;
}

/* The walk for a match starting at text[i]: from `from` in `state`, the
 * longest key that ends at a word boundary and passes its case rule is
 * appended to out. *end is set to its end, or 0 when there is none. */
static inline erg_status take(const erg_lexicon *lx, const char *text,
			      size_t n, size_t i, size_t from, uint32_t state,
			      lx_matches *out, size_t *end, erg_error *err)
{
	const lx_ac *ac = &lx->ac;
	size_t ends[MAX_CANDS];
	uint32_t states[MAX_CANDS];
	int nc = walk(ac, (const unsigned char *)text, n, from, state, ends,
		      states);
	*end = 0;
	while (nc > 0) {
		const uint32_t *r;
		uint32_t ok, key;
		nc--;
		if (word_at(text, n, ends[nc]))
			continue;
		r = ac->tr + states[nc];
		key = r[1] & LX_TR_KEYMASK;
		if (!(r[1] & LX_TR_CASE))
			ok = r[2];
		else if (r[1] & LX_TR_CASE1)
			ok = r[2] | case1(r, text + i, ends[nc] - i);
		else
			ok = case_ok(lx, key, text, i, ends[nc]);
		if (!ok)
			continue;
		*end = ends[nc];
		/* every reader of a match looks at its key's summary first:
		 * start that (random) read now, under the rest of the scan */
		__builtin_prefetch(&ac->key_info[key]);
		return push_match(out, i, ends[nc], key, ok, err);
	}
	return ERG_OK;
}

#if SCAN16
/* The scan in blocks of up to SCAN_BLOCK walk candidates, in three passes
 * so that the memory reads of different words overlap instead of waiting
 * one after the other (the scan is bound by their latency): (1) the
 * segments, each common word hashed by word16 and tested against the
 * first-word filter, the candidates appended without a branch on the
 * filter's answer; (2) the first-word table for every candidate, and a
 * prefetch of the trie record where its walk starts; (3) the
 * walks in text order, skipping a candidate that starts inside the match
 * before it. Same segments, walks and matches as the loop of
 * erg__match_scan (a match ends where a segment would start). */
#define SCAN_BLOCK 128

typedef struct {
	size_t start, from;
	uint64_t h; /* first word's product (its state from pass 2), or 0 */
	uint32_t state;
} scan_cand;

static erg_status scan_blocks(const erg_lexicon *lx, const char *text,
			      size_t n, lx_matches *out, erg_error *err)
{
	const lx_ac *ac = &lx->ac;
	const unsigned char *t = (const unsigned char *)text;
	const uint8_t *kind = ac->kind;
	scan_cand c[SCAN_BLOCK];
	size_t i = 0;
	const unsigned shift = fw_shift(ac);
	erg_status st;

	while (i < n) {
		size_t nc = 0, end = 0;
		while (i < n && nc < SCAN_BLOCK) {
			uint8_t k = kind[t[i]];
			size_t next, from;
			uint32_t state;
			if (k == BK_SPACE) {
				do
					i++;
				while (i < n && kind[t[i]] == BK_SPACE);
				continue;
			}
			if (k == BK_WORD && i + 16 <= n) {
				uint64_t h;
				size_t sp, l = word16(ac, t + i, &h, &sp);
				if (l) {
					c[nc].start = i;
					c[nc].from = i + l;
					c[nc].h = h;
					nc += fw_has(ac, h, shift);
					i += l + sp;
					continue;
				}
			}
			if (segment(ac, t, n, i, &next, &from, &state)) {
				c[nc].start = i;
				c[nc].from = from;
				c[nc].h = 0;
				c[nc].state = state;
				nc++;
			}
			i = next;
		}
		for (size_t q = 0; q < nc; q++) {
			if (c[q].h)
				c[q].state = first_get(ac, fw_final(c[q].h));
			__builtin_prefetch(ac->tr + c[q].state);
		}
		for (size_t q = 0; q < nc; q++) {
			size_t e;
			if (c[q].start < end || (c[q].h && !c[q].state))
				continue;
			if ((st = take(lx, text, n, c[q].start, c[q].from,
				       c[q].state, out, &e, err)))
				return st;
			if (e)
				end = e;
		}
		if (end > i)
			i = end;
	}
	return ERG_OK;
}
#endif

/* Whole-word matching lets every match start at a word start (or at a
 * punctuation byte, for phrases that begin with one): the scan walks the
 * trie from each such position only, keeps the longest key that ends at a
 * word boundary and passes its case rule, and goes on after it. This is
 * leftmost-longest selection without reporting overlapping matches, and
 * most words leave the trie after a byte or two. */
erg_status erg__match_scan(const erg_lexicon *lx, const char *text, size_t n,
			   lx_matches *out, erg_error *err)
{
	const lx_ac *ac = &lx->ac;
	const unsigned char *t = (const unsigned char *)text;
	size_t i = 0;
	erg_status st;

	if (!lx->built || !ac->tr)
		return ERG_OK;
#if SCAN16
	if (ac->swar)
		return scan_blocks(lx, text, n, out, err);
#endif
	while (i < n) {
		size_t next, from, end;
		uint32_t state;
		if (ac->kind[t[i]] == BK_SPACE) {
			i++;
			continue;
		}
		if (segment(ac, t, n, i, &next, &from, &state)) {
			if ((st = take(lx, text, n, i, from, state, out, &end,
				       err)))
				return st;
			if (end)
				next = end;
		}
		i = next;
	}
	return ERG_OK;
}
