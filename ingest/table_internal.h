/*
 * table_internal.h - the delimited-table tokenizer shared by the relation
 * and actor table readers. Not part of the public API.
 */
#ifndef ERG_TABLE_INTERNAL_H
#define ERG_TABLE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "ergraph/common.h"
#include "ergraph/ingest.h"

/* One record of a table: `n` NUL-terminated fields, valid only during the
 * callback (the callback may modify them in place, e.g. to trim). `line` is the
 * physical (1-based) line where the record starts; quoted fields may span
 * lines. */
typedef struct {
	char **fields;
	size_t n;
	long line;
} erg__table_row;

/* Called for the header (first non-blank record), then for every further
 * non-blank record (records whose fields are all empty are skipped).
 * Returning non-zero stops the parse with that status; the callback fills
 * `err` itself. */
typedef erg_status (*erg__table_row_fn)(void *ud, const erg__table_row *row,
					bool is_header, erg_error *err);

/* Tokenizes `data` with libcsv (RFC 4180 quoting, strict). delim 0: tab if
 * the first line holds one, else comma. Skips a UTF-8 BOM, rejects NUL bytes
 * and invalid UTF-8 with the line, and an input without any record
 * ("empty file"). `name` names the input in errors. */
erg_status erg__table_parse(const char *data, size_t len, char delim,
			    const char *name, const erg_read_opts *opts,
			    erg__table_row_fn fn, void *ud, erg_error *err);

/* Delimiter for a table file: ',' for .csv, '\t' for .tsv/.tab, 0 (sniff)
 * otherwise. */
char erg__table_delim_for_path(const char *path);

#endif
