/*
 * write_internal.h - field writers shared by the table writers: metrics,
 * timeline, layers and diff (defined in output/temporal_write.c). Not part
 * of the public API.
 */
#ifndef ERG_WRITE_INTERNAL_H
#define ERG_WRITE_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>

#include "ergraph/common.h"

/* A CSV field (quoted per RFC 4180 when needed) or, for delim '\t', a TSV
 * field (tabs and line breaks become spaces). 0 or -1 on a write error. */
int erg__put_field(FILE *fp, const char *s, char delim);
/* Markdown table cell text: `|` and `\` escaped, line breaks as spaces. */
int erg__put_md(FILE *fp, const char *s);
/* A real as text: integer, %.4g (short_form) or round-trip %.15g..%.17g;
 * non-finite values as 0, never "-0". Returns buf. */
const char *erg__format_real(double x, bool is_integer, bool short_form,
			     char *buf, size_t size);
/* A JSON number (integer or real; non-finite as 0). */
json_t *erg__json_real(double x, bool is_integer);
/* Sets obj[key] = v (stolen); -1 when v is NULL or on failure. */
int erg__json_put(json_t *obj, const char *key, json_t *v);
/* Dumps with two-space indentation and a final newline. */
erg_status erg__json_dump(json_t *root, FILE *fp, erg_error *err);

#endif
