/*
 * report_internal.h - pieces of report.c exposed to the unit tests.
 */
#ifndef ERG_REPORT_INTERNAL_H
#define ERG_REPORT_INTERNAL_H

#include <stddef.h>

/* SHA-256 of n bytes (FIPS 180-4), for the page's CSP script hash. */
void erg__sha256(const void *data, size_t n, unsigned char out[32]);

/* Reads an SVG document (libxml2: no network, no DTD, no entity
 * substitution, recovering) and writes its <svg> element pruned to
 * drawing elements, with no comment, processing instruction, script,
 * foreign object, image, event attribute, non-fragment link or
 * "javascript:" value, no width or height, role="img". *out is malloc'ed,
 * or NULL when the text is not an SVG document. Returns 0, or -1 on out
 * of memory. */
int erg__report_svg_clean(const char *data, size_t len, char **out);

#endif
