/* util.c - see util_internal.h. */
#include "util_internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

char *erg__strdup(const char *s)
{
	return s ? erg__strndup(s, strlen(s)) : NULL;
}

char *erg__strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int erg__strcasecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = tolower((unsigned char)*a);
		int cb = tolower((unsigned char)*b);
		if (ca != cb || !ca)
			return ca - cb;
	}
}

int erg__grow(void **items, size_t *cap, size_t need, size_t elem_size)
{
	size_t ncap;
	void *p;

	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return -1;
		ncap *= 2;
	}
	if (ncap > SIZE_MAX / elem_size)
		return -1;
	p = realloc(*items, ncap * elem_size);
	if (!p)
		return -1;
	*items = p;
	*cap = ncap;
	return 0;
}

void erg__buf_init(erg_buf *b, size_t max)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max ? max : ((size_t)1 << 30);
}

void erg__buf_free(erg_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void erg__buf_reset(erg_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

erg_status erg__buf_append(erg_buf *b, const char *s, size_t n)
{
	if (n > b->max || b->len > b->max - n)
		return ERG_ELIMIT;
	if (erg__grow((void **)&b->data, &b->cap, b->len + n + 1, 1) < 0)
		return ERG_ENOMEM;
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return ERG_OK;
}

erg_status erg__buf_putc(erg_buf *b, char c)
{
	return erg__buf_append(b, &c, 1);
}

erg_status erg__buf_printf(erg_buf *b, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	int n;
	erg_status st;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return ERG_EINVAL;
	if ((size_t)n < sizeof(small))
		return erg__buf_append(b, small, (size_t)n);
	{
		char *big = malloc((size_t)n + 1);
		if (!big)
			return ERG_ENOMEM;
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		st = erg__buf_append(b, big, (size_t)n);
		free(big);
		return st;
	}
}

char *erg__buf_detach(erg_buf *b)
{
	char *p = b->data;
	if (!p)
		p = erg__strdup("");
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

/* FNV-1a, 64-bit, with a final avalanche (MurmurHash3's fmix64) so that
 * the low bits used by the table depend on every input byte. */
uint64_t erg__hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

void erg__strmap_init(erg_strmap *m)
{
	memset(m, 0, sizeof(*m));
}

void erg__strmap_free(erg_strmap *m)
{
	free(m->keys);
	free(m->vals);
	free(m->hashes);
	memset(m, 0, sizeof(*m));
}

static size_t strmap_slot(const erg_strmap *m, const char *key, uint64_t h)
{
	size_t mask = m->cap - 1;
	size_t i = (size_t)h & mask;
	while (m->keys[i] &&
	       (m->hashes[i] != h || strcmp(m->keys[i], key) != 0))
		i = (i + 1) & mask;
	return i;
}

int erg__strmap_get(const erg_strmap *m, const char *key, size_t *out)
{
	size_t i;
	if (!m->cap)
		return -1;
	i = strmap_slot(m, key, erg__hash(key, strlen(key)));
	if (!m->keys[i])
		return -1;
	if (out)
		*out = m->vals[i];
	return 0;
}

static int strmap_rehash(erg_strmap *m, size_t ncap)
{
	erg_strmap nm;
	nm.keys = calloc(ncap, sizeof(*nm.keys));
	nm.vals = calloc(ncap, sizeof(*nm.vals));
	nm.hashes = calloc(ncap, sizeof(*nm.hashes));
	nm.cap = ncap;
	nm.n = 0;
	if (!nm.keys || !nm.vals || !nm.hashes) {
		free(nm.keys);
		free(nm.vals);
		free(nm.hashes);
		return -1;
	}
	for (size_t i = 0; i < m->cap; i++) {
		if (m->keys[i]) {
			size_t j = strmap_slot(&nm, m->keys[i], m->hashes[i]);
			nm.keys[j] = m->keys[i];
			nm.vals[j] = m->vals[i];
			nm.hashes[j] = m->hashes[i];
			nm.n++;
		}
	}
	free(m->keys);
	free(m->vals);
	free(m->hashes);
	*m = nm;
	return 0;
}

int erg__strmap_put(erg_strmap *m, const char *key, size_t val)
{
	size_t i;
	uint64_t h;
	if ((m->n + 1) * 2 >= m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : 64;
		if (strmap_rehash(m, ncap) < 0)
			return -1;
	}
	h = erg__hash(key, strlen(key));
	i = strmap_slot(m, key, h);
	if (!m->keys[i]) {
		m->keys[i] = key;
		m->hashes[i] = h;
		m->n++;
	}
	m->vals[i] = val;
	return 0;
}

bool erg__utf8_valid(const char *s, size_t n, size_t *bad_offset)
{
	size_t i = 0;
	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
				     (utf8proc_ssize_t)(n - i), &cp);
		if (k < 0) {
			if (bad_offset)
				*bad_offset = i;
			return false;
		}
		i += (size_t)k;
	}
	return true;
}
