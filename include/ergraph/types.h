/*
 * ergraph/types.h - the relation type table.
 *
 * Relation types are data: a table of (name, polarity, directed, colour,
 * CAMEO root codes). The default table is lexicons/types.tsv, compiled into
 * the library. Users add or override rows with a file of the same format:
 *
 *   # comment
 *   name<TAB>polarity<TAB>directed<TAB>colour<TAB>cameo
 *   support	+	yes	#0072B2	05,07
 *
 * polarity is one of + - 0 (also 1 -1 positive negative neutral); directed
 * is yes/no (also true/false 1/0); colour is #RRGGBB; cameo is a
 * comma-separated list of CAMEO root codes and may be empty. A header row
 * whose first field is "name" is skipped. Names are lower-case
 * identifiers ([a-z0-9_]+).
 */
#ifndef ERGRAPH_TYPES_H
#define ERGRAPH_TYPES_H

#include <stdbool.h>
#include <stddef.h>

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	char *name;
	int polarity;  /* -1, 0 or +1 */
	bool directed;
	char *color;   /* "#RRGGBB" */
	char *cameo;   /* comma-separated CAMEO root codes, "" if none */
} erg_type;

typedef struct erg_types erg_types;

/* Name of the type given to relations that come without one. */
#define ERG_TYPE_RELATED "related"

/* A new table holding the compiled-in defaults. */
erg_status erg_types_new_default(erg_types **out, erg_error *err);

/* A new empty table. */
erg_status erg_types_new_empty(erg_types **out, erg_error *err);

/* Deep copy. */
erg_status erg_types_copy(erg_types **out, const erg_types *src,
			  erg_error *err);

void erg_types_free(erg_types *types);

/* Parses a type table from memory and adds its rows to `types`; a row whose
 * name exists replaces that type's polarity, direction, colour and codes
 * (indices stay stable). `filename` names the source in errors. Fails with
 * ERG_EPARSE naming file, line and column on the first bad row; on failure
 * `types` is left unchanged. */
erg_status erg_types_parse(erg_types *types, const char *data, size_t len,
			   const char *filename, erg_error *err);

/* Reads a type table file and adds its rows as erg_types_parse does. */
erg_status erg_types_load(erg_types *types, const char *path,
			  erg_error *err);

size_t erg_types_count(const erg_types *types);
const erg_type *erg_types_get(const erg_types *types, size_t index);

/* Index of the type called `name`; returns 0 if found, -1 if not. */
int erg_types_find(const erg_types *types, const char *name, size_t *out);

#ifdef __cplusplus
}
#endif
#endif
