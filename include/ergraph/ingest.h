/*
 * ergraph/ingest.h - readers: everything that turns files into the model.
 *
 * Readers add to an existing graph, so several inputs can be merged into
 * one network: actors are matched by id. On failure the error names the
 * file and line (and column where known); the graph may then hold part of
 * the input and should be discarded by the caller.
 */
#ifndef ERGRAPH_INGEST_H
#define ERGRAPH_INGEST_H

#include <stddef.h>

#include "common.h"
#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Format from content: GraphML if the first non-blank, non-BOM bytes are
 * "<?xml" or "<graphml"; TSV if the first line has a tab; else CSV. */
erg_format erg_format_sniff(const char *data, size_t len);

/* Progress callback: `done` of `total` bytes (total 0 if unknown). */
typedef void (*erg_progress_fn)(void *userdata, const char *what,
				size_t done, size_t total);

typedef struct {
	erg_warn_fn warn;          /* non-fatal findings; may be NULL */
	void *warn_userdata;
	erg_progress_fn progress;  /* may be NULL */
	void *progress_userdata;
	size_t max_input_bytes;    /* cap on one input; 0 = 1 GiB */
} erg_read_opts;

void erg_read_opts_init(erg_read_opts *o);

/* Reads a whole file (or standard input when path is "-") into a
 * malloc'ed, NUL-terminated buffer; fails with ERG_ELIMIT past
 * opts->max_input_bytes. */
erg_status erg_read_all(const char *path, const erg_read_opts *opts,
			char **out, size_t *out_len, erg_error *err);

/* Reads `path` ("-" = standard input) as `fmt` (ERG_FORMAT_UNKNOWN: from
 * the extension, else from the content) into `g`. */
erg_status erg_read_file(erg_graph *g, const char *path, erg_format fmt,
			 const erg_read_opts *opts, erg_error *err);

/* GraphML, streamed with libxml2 (XML_PARSE_NONET, no DTD, no external
 * entities). Keys with attr.name label/kind/aliases/affiliation (nodes) and
 * type/modality/date/weight/evidence/doc/offset/symmetric (edges) fill the
 * model's fields; every other key is kept as a free attribute with its
 * declared type and default. Nested graphs are flattened: inner nodes get
 * their group node as affiliation. Ports are ignored with a warning.
 * Hyperedges, edges to unknown nodes and invalid values are errors. */
erg_status erg_graphml_read_memory(erg_graph *g, const char *data,
				   size_t len, const char *name,
				   const erg_read_opts *opts, erg_error *err);
erg_status erg_graphml_read_file(erg_graph *g, const char *path,
				 const erg_read_opts *opts, erg_error *err);

/* Relation table (CSV, or TSV when delim is '\t') with a header row:
 * required columns source,target,type; optional date, modality, weight,
 * evidence, doc, offset, id; every other column becomes a string edge
 * attribute (at most 4,096 named columns). Quoted fields with embedded
 * delimiters and newlines; UTF-8
 * validated; a UTF-8 BOM is skipped. An empty type means "related". */
erg_status erg_table_read_memory(erg_graph *g, const char *data, size_t len,
				 char delim, const char *name,
				 const erg_read_opts *opts, erg_error *err);
erg_status erg_table_read_file(erg_graph *g, const char *path, char delim,
			       const erg_read_opts *opts, erg_error *err);

/* Actors table: id,label,kind,aliases,affiliation (aliases separated by
 * '|'); only id is required; other columns become string node
 * attributes. Delimiter from the extension (.tsv/.tab: tab) or the first
 * line. Creates actors or updates existing ones. */
erg_status erg_actors_read_memory(erg_graph *g, const char *data, size_t len,
				  char delim, const char *name,
				  const erg_read_opts *opts, erg_error *err);
erg_status erg_actors_read_file(erg_graph *g, const char *path,
				const erg_read_opts *opts, erg_error *err);

#ifdef __cplusplus
}
#endif
#endif
