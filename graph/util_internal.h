/*
 * util_internal.h - small helpers shared by the library's modules: string
 * copies, a capped growable buffer and a string -> index hash map.
 * Not part of the public API.
 */
#ifndef ERG_UTIL_INTERNAL_H
#define ERG_UTIL_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ergraph/common.h"

char *erg__strdup(const char *s);
char *erg__strndup(const char *s, size_t n);
int erg__strcasecmp(const char *a, const char *b);

/* Grows *items (of elem_size bytes each) so that it holds at least `need`
 * elements; *cap is updated. Returns 0, or -1 on overflow/out of memory. */
int erg__grow(void **items, size_t *cap, size_t need, size_t elem_size);

/* Growable byte buffer with a hard cap (curl's dynbuf). Always
 * NUL-terminated when non-empty. */
typedef struct {
	char *data;
	size_t len;
	size_t cap;
	size_t max; /* hitting it is ERG_ELIMIT, not an OOM */
} erg_buf;

void erg__buf_init(erg_buf *b, size_t max);
void erg__buf_free(erg_buf *b);
void erg__buf_reset(erg_buf *b);
erg_status erg__buf_append(erg_buf *b, const char *s, size_t n);
erg_status erg__buf_putc(erg_buf *b, char c);
erg_status erg__buf_printf(erg_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* Takes the buffer's memory (NUL-terminated, "" if empty); b is reset. */
char *erg__buf_detach(erg_buf *b);

/* Open-addressing hash map from NUL-terminated strings (not copied: the
 * caller keeps them alive) to size_t values. */
typedef struct {
	const char **keys;
	size_t *vals;
	uint64_t *hashes;
	size_t cap; /* power of two, 0 when empty */
	size_t n;
} erg_strmap;

void erg__strmap_init(erg_strmap *m);
void erg__strmap_free(erg_strmap *m);
/* 0 and *out set if found, -1 otherwise. */
int erg__strmap_get(const erg_strmap *m, const char *key, size_t *out);
/* Inserts or replaces. Returns 0, or -1 out of memory. */
int erg__strmap_put(erg_strmap *m, const char *key, size_t val);

uint64_t erg__hash(const char *s, size_t n);

/* True if s[0..n) is valid UTF-8 (no overlongs, no surrogates). When not,
 * *bad_offset (may be NULL) receives the offset of the first bad byte. */
bool erg__utf8_valid(const char *s, size_t n, size_t *bad_offset);

#endif
