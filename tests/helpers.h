/* helpers.h - shared test helpers (include after cmocka's headers). */
#ifndef ERG_TEST_HELPERS_H
#define ERG_TEST_HELPERS_H

#include <stddef.h>

/* Path of a fixture under tests/data (static buffer, valid until the next
 * call). */
const char *th_data(const char *name);
/* Path of a file under ../shared (static buffer). */
const char *th_shared(const char *name);
/* A fresh empty temporary directory for this test program (static). */
const char *th_tmpdir(void);
/* Reads a whole file; returns malloc'ed NUL-terminated text or NULL. */
char *th_slurp(const char *path, size_t *len);
/* Writes `text` to `path`; 0 on success. */
int th_write(const char *path, const char *text);
/* True if `path` exists. */
int th_exists(const char *path);

#endif
