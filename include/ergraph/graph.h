/*
 * ergraph/graph.h - the network model: actors joined by typed relations.
 *
 * An erg_graph owns everything in it: actors, relations, strings, the
 * relation type table it was created with, and the attribute keys. Actor
 * and relation structs are exposed for reading; change their string fields
 * only through erg_set_str() (or the setters below) so that ownership stays
 * with the graph. Indices are stable: actors and relations are never
 * removed. Parallel relations are kept; aggregation is a view
 * (erg_aggregate in analysis.h), never a loss in the model.
 *
 * Direction: each relation carries `directed`. It starts from its type and
 * readers may set it from the file (GraphML edgedefault / per-edge
 * `directed`, or ergraph's own `symmetric` key). A graph whose relations
 * are all undirected is analysed as undirected; otherwise as directed with
 * each undirected relation counted both ways (erg_graph_is_directed).
 */
#ifndef ERGRAPH_GRAPH_H
#define ERGRAPH_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	ERG_KIND_PERSON,
	ERG_KIND_STATE,
	ERG_KIND_ORGANIZATION,
	ERG_KIND_GROUP,
	ERG_KIND_OTHER,
	ERG_KIND__COUNT
} erg_kind;

typedef enum {
	ERG_MOD_REPORTED,
	ERG_MOD_ALLEGED,
	ERG_MOD_DENIED,
	ERG_MOD_PROJECTED,
	ERG_MOD_HYPOTHETICAL,
	ERG_MOD_PRESCRIBED,
	ERG_MOD_NEGATED,
	ERG_MOD__COUNT
} erg_modality;

/* "person", "state", ...; NULL for an out-of-range value. */
const char *erg_kind_name(erg_kind kind);
/* Parses a kind name (ASCII case-insensitive; "org" and "organisation"
 * are accepted). Returns 0 on success, -1 if unknown. */
int erg_kind_parse(const char *s, erg_kind *out);

const char *erg_modality_name(erg_modality m);
/* Parses a modality name (ASCII case-insensitive). 0 ok, -1 unknown. */
int erg_modality_parse(const char *s, erg_modality *out);

/* Checks an ISO 8601 calendar date, partial allowed: YYYY, YYYY-MM,
 * YYYY-MM-DD, with valid month and day. Returns true if valid. */
bool erg_date_valid(const char *s);

/* Compares partial dates by their first `n` characters where both are
 * given, treating a shorter date as the start of its period for `since`
 * bounds and the end for `until` bounds. Returns <0, 0, >0 like strcmp on
 * the common prefix. */
int erg_date_cmp_prefix(const char *a, const char *b);

/* ---- attributes ---- */

typedef enum {
	ERG_ATTR_BOOL,
	ERG_ATTR_INT,
	ERG_ATTR_LONG,
	ERG_ATTR_FLOAT,
	ERG_ATTR_DOUBLE,
	ERG_ATTR_STRING
} erg_attr_type;

/* GraphML attr.type name ("boolean", "int", ...). */
const char *erg_attr_type_name(erg_attr_type t);
int erg_attr_type_parse(const char *s, erg_attr_type *out);

typedef enum {
	ERG_DOMAIN_GRAPH,
	ERG_DOMAIN_NODE,
	ERG_DOMAIN_EDGE
} erg_domain;

typedef union {
	int b;        /* ERG_ATTR_BOOL: 0 or 1 */
	long long i;  /* ERG_ATTR_INT, ERG_ATTR_LONG */
	double d;     /* ERG_ATTR_FLOAT, ERG_ATTR_DOUBLE */
	char *s;      /* ERG_ATTR_STRING (owned by the graph) */
} erg_value;

/* A free attribute key: unique by (domain, name). */
typedef struct {
	char *name;
	erg_domain domain;
	erg_attr_type type;
	bool has_default;
	erg_value def;
} erg_key;

typedef struct {
	uint32_t key;
	erg_value v;
} erg_attr;

/* Free attributes of one element, at most one value per key; `items` are
 * sorted by key (erg_attrs_set and erg_attrs_get are O(log n), O(1) for a
 * key after the last). */
typedef struct {
	erg_attr *items;
	uint32_t n;
	uint32_t cap;
} erg_attrs;

/* ---- actors and relations ---- */

typedef struct {
	char *id;          /* unique, non-empty */
	char *label;       /* never NULL: defaults to the id */
	erg_kind kind;     /* default ERG_KIND_OTHER */
	char **aliases;
	size_t n_aliases;
	char *affiliation; /* id of another actor, or NULL */
	erg_attrs attrs;
} erg_actor;

typedef struct {
	size_t source;       /* actor index */
	size_t target;       /* actor index */
	size_t type;         /* index into the graph's type table */
	bool directed;       /* starts from the type */
	erg_modality modality;
	char *date;          /* partial ISO 8601 or NULL */
	double weight;       /* default 1 */
	char *evidence;      /* sentence text or NULL */
	char *doc;           /* document name or NULL */
	long long offset;    /* byte offset in doc, -1 if none */
	char *id;            /* edge id from the source file, or NULL */
	erg_attrs attrs;
} erg_relation;

typedef struct erg_graph erg_graph;

/* A new empty graph with a copy of `types` (NULL: the default table). */
erg_status erg_graph_new(erg_graph **out, const erg_types *types,
			 erg_error *err);
void erg_graph_free(erg_graph *g);

const erg_types *erg_graph_types(const erg_graph *g);
/* Mutable type table, to add types while building. Existing indices stay
 * valid. */
erg_types *erg_graph_types_mut(erg_graph *g);

/* Optional name of the graph: an identifier (the GraphML graph id, "G"
 * as ergraph, igraph and NetworkX write it), kept for round trips; may
 * be NULL. Not a title: titles come from a graph-level "title" or "name"
 * attribute. */
const char *erg_graph_name(const erg_graph *g);
erg_status erg_graph_set_name(erg_graph *g, const char *name);

size_t erg_graph_actor_count(const erg_graph *g);
size_t erg_graph_relation_count(const erg_graph *g);
erg_actor *erg_graph_actor(erg_graph *g, size_t i);
const erg_actor *erg_graph_actor_c(const erg_graph *g, size_t i);
erg_relation *erg_graph_relation(erg_graph *g, size_t i);
const erg_relation *erg_graph_relation_c(const erg_graph *g, size_t i);

/* Index of the actor with id `id`: 0 if found, -1 if not. O(1) average. */
int erg_graph_find_actor(const erg_graph *g, const char *id, size_t *out);

/* Adds an actor with id `id` (label = id, kind other), or finds the
 * existing one. `created` (may be NULL) tells which. */
erg_status erg_graph_ensure_actor(erg_graph *g, const char *id, size_t *out,
				  bool *created, erg_error *err);

/* Adds a relation; modality reported, weight 1, offset -1, `directed` from
 * the type. Fails with ERG_EINVAL on an out-of-range actor or type. */
erg_status erg_graph_add_relation(erg_graph *g, size_t source, size_t target,
				  size_t type, size_t *out, erg_error *err);

/* Replaces the string in `*slot` by a copy of `value` (NULL clears it).
 * Use it for the char* fields of actors and relations. */
erg_status erg_set_str(char **slot, const char *value);

erg_status erg_actor_set_label(erg_actor *a, const char *label);
erg_status erg_actor_add_alias(erg_actor *a, const char *alias);
/* Replaces all aliases by the `|`-separated list in `joined`. */
erg_status erg_actor_set_aliases_joined(erg_actor *a, const char *joined);

/* True if any relation is directed (see the header comment). */
bool erg_graph_is_directed(const erg_graph *g);

/* Polarity of a relation, from its type. */
int erg_relation_polarity(const erg_graph *g, const erg_relation *r);

/* ---- attribute keys and values ---- */

/* Finds or defines key (domain, name). An existing key with another type
 * fails with ERG_EINVAL unless `replace_type` is true, in which case every
 * value of that key is dropped and the key takes the new type. */
erg_status erg_graph_define_key(erg_graph *g, erg_domain domain,
				const char *name, erg_attr_type type,
				bool replace_type, uint32_t *out,
				erg_error *err);
int erg_graph_find_key(const erg_graph *g, erg_domain domain,
		       const char *name, uint32_t *out);
size_t erg_graph_key_count(const erg_graph *g);
const erg_key *erg_graph_key(const erg_graph *g, uint32_t key);
/* Sets a key's default value (copied). */
erg_status erg_graph_set_key_default(erg_graph *g, uint32_t key,
				     erg_value v);

/* Attributes of the graph itself (domain ERG_DOMAIN_GRAPH). */
erg_attrs *erg_graph_attrs(erg_graph *g);
const erg_attrs *erg_graph_attrs_c(const erg_graph *g);

/* Sets the value of `key` in `attrs`; a string value is copied. The value
 * must have the key's type. */
erg_status erg_attrs_set(erg_graph *g, erg_attrs *attrs, uint32_t key,
			 erg_value v);
/* The value of `key`, or NULL if unset (defaults are not applied). */
const erg_value *erg_attrs_get(const erg_attrs *attrs, uint32_t key);

/* Formats a value as text (GraphML form: "true"/"false", %lld, %.17g)
 * into buf; returns buf. Strings are returned as is (not copied). */
const char *erg_value_format(erg_attr_type t, const erg_value *v, char *buf,
			     size_t size);
/* Parses text into a value of type t (strings are not copied: v->s
 * points into `s`). Returns 0 on success, -1 if `s` is not a valid value
 * of that type. Accepts GraphML booleans true/false/1/0 (any case). */
int erg_value_parse(erg_attr_type t, const char *s, erg_value *out);

#ifdef __cplusplus
}
#endif
#endif
