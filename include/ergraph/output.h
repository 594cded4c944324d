/*
 * ergraph/output.h - writers: everything that turns the model into files.
 *
 * Every *_file writer writes to a temporary file in the target folder and
 * renames it over the target only when everything was written, so a failed
 * write never leaves a partial file. The path "-" means standard output.
 */
#ifndef ERGRAPH_OUTPUT_H
#define ERGRAPH_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "analysis.h"
#include "common.h"
#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- atomic files ---- */

typedef struct erg_atomic erg_atomic;

/* Opens a temporary file beside `path` (or standard output for "-") and
 * returns its stream in *fp. */
erg_status erg_atomic_open(erg_atomic **out, const char *path, FILE **fp,
			   erg_error *err);
/* Flushes, closes and renames the temporary file over `path`; frees `a`.
 * On failure the temporary file is removed. */
erg_status erg_atomic_commit(erg_atomic *a, erg_error *err);
/* Closes and removes the temporary file; frees `a`. Accepts NULL. */
void erg_atomic_abort(erg_atomic *a);

/* ---- GraphML ---- */

/* Writes GraphML with libxml2's xmlTextWriter: edgedefault="directed",
 * every key declared with attr.type, node keys label/kind/aliases
 * ('|'-joined)/affiliation, edge keys type/polarity/modality/date/weight/
 * evidence/doc/offset/symmetric, unique edge ids, then every free key
 * (metrics included) under its own name. */
erg_status erg_graphml_write_fp(const erg_graph *g, FILE *fp,
				erg_error *err);
erg_status erg_graphml_write_file(const erg_graph *g, const char *path,
				  erg_error *err);

/* ---- relation and actor tables ---- */

/* Relation table with header source,target,type,date,modality,weight,
 * evidence,doc,offset then one column per free edge key. delim ',' or
 * '\t'. Fields are quoted as RFC 4180 requires. */
erg_status erg_relations_write_fp(const erg_graph *g, char delim, FILE *fp,
				  erg_error *err);
/* Actors table id,label,kind,aliases,affiliation then free node keys. */
erg_status erg_actors_write_fp(const erg_graph *g, char delim, FILE *fp,
			       erg_error *err);

/* ---- metrics tables ---- */

typedef enum {
	ERG_TABLE_CSV,
	ERG_TABLE_TSV,
	ERG_TABLE_JSON,
	ERG_TABLE_MD
} erg_table_format;

/* "csv", "tsv", "json", "md" (also "markdown"): 0 ok, -1 unknown. */
int erg_table_format_parse(const char *s, erg_table_format *out);

/* The ranked metrics table: one row per actor sorted by `rank_by`
 * (descending), columns rank,id,label,kind then every computed metric
 * (erg_metrics_has). JSON is an object {"directed":..,"relations":..,
 * "actors":[{...}]} written with jansson. */
erg_status erg_metrics_write_fp(const erg_graph *g, const erg_metrics *m,
				erg_metric rank_by, erg_table_format fmt,
				FILE *fp, erg_error *err);
erg_status erg_metrics_write_file(const erg_graph *g, const erg_metrics *m,
				  erg_metric rank_by, erg_table_format fmt,
				  const char *path, erg_error *err);

/* ---- diagrams ---- */

typedef struct {
	const erg_view *view;     /* NULL: every relation */
	const char *title;        /* NULL: none */
	const char *engine;       /* NULL: chosen by size and shape */
	bool legend;              /* default true */
	/* Slide-ready options (issue 4). Fields after `legend` are set to
	 * their defaults by erg_draw_opts_init; always call it first. */
	const char *subtitle;     /* NULL: none */
	const char *footnote;     /* NULL: default (source documents and
				     date range); "": none */
	const char *page;         /* "slide" (16:9, 13.33 x 7.5 in, default),
				     "slide43", "a4", "square", or "WxH" in
				     inches */
	const char *theme;        /* "light" (default), "dark", or the path
				     of a theme file */
	const erg_metrics *metrics; /* NULL: none. Used for size_by and the
				       node tooltips in SVG */
	int size_by;              /* an erg_metric to scale nodes by, or -1
				     (default): uniform */
	double dpi;               /* PNG resolution; 0 = 200 */
	bool clusters;            /* persons inside a box of the actor they
				     are affiliated with; default true */
} erg_draw_opts;

void erg_draw_opts_init(erg_draw_opts *o);

/* Builds the diagram with Graphviz cgraph (node shape and fill by kind,
 * colour by relation type from the theme or the type table, dashed lines
 * for alleged/denied, dotted for projected/hypothetical/prescribed, one
 * edge per bundle of parallel relations of a type with a width by their
 * count and the count as label, persons boxed with the actor they are
 * affiliated with, relations with a string attribute `diff` = added,
 * removed or changed styled as such) and writes it as fmt:
 * ERG_FORMAT_DOT through agwrite (the network before layout, the legend
 * as one node); SVG/PNG/PDF as a page of opts->page laid out and rendered
 * in-process through gvc: title, subtitle, legend and source line around
 * the network, no text under the theme's text.min (14 pt) at the page's
 * size (labels of the least important actors are left out when needed),
 * tooltips with evidence, documents, dates and metrics. A bad page name is
 * ERG_EINVAL; a bad theme file ERG_EPARSE with its file and line (ERG_EIO
 * when it cannot be read); a failed layout ERG_EALGO. See
 * docs/architecture.md, "Diagrams". Not thread-safe (Graphviz). */
erg_status erg_draw_fp(const erg_graph *g, const erg_draw_opts *opts,
		       erg_format fmt, FILE *fp, erg_error *err);
erg_status erg_draw_file(const erg_graph *g, const erg_draw_opts *opts,
			 erg_format fmt, const char *path, erg_error *err);

/* Draws the same diagram in n formats, fmts[i] into fps[i], laying it out
 * once (a layout of thousands of actors takes seconds). */
erg_status erg_draw_many(const erg_graph *g, const erg_draw_opts *opts,
			 const erg_format *fmts, FILE *const *fps, size_t n,
			 erg_error *err);

/* ---- HTML report ---- */

typedef struct {
	const erg_view *view;        /* NULL: every relation */
	const char *title;           /* NULL: the graph's title attribute
					("title", else "name"; never the
					GraphML graph id), else "Actor
					network report" */
	const erg_metrics *metrics;  /* NULL: computed with erg_analyze over
					`view` and default options */
	int rank_by;                 /* erg_metric ranking the metrics table;
					default ERG_METRIC_PAGERANK (degree
					when that was not computed) */
	const erg_draw_opts *draw;   /* NULL: erg_draw_opts_init defaults with
					`view`, the metrics and no title or
					footnote (the page has them) */
	bool diagram;                /* default true; false leaves it out */
	const char *const *sources;  /* input files listed at the top (as
					given); may be NULL */
	size_t n_sources;
	const char *subtitle;        /* line under the title (what the page
					shows, e.g. an ego network); NULL:
					none */
} erg_report_opts;

void erg_report_opts_init(erg_report_opts *o);

/* Writes one self-contained HTML5 page (no network access: a
 * Content-Security-Policy allows nothing external, and only the page's
 * own script, by hash): a header with the title, the source documents and
 * the date range of the relations in the view; the diagram as inline SVG
 * (erg_draw_fp, then re-serialised by libxml2 keeping only drawing
 * elements: no script, no event attribute, no external link); the ranked
 * metrics table; every relation passing the view with its evidence
 * (sentence, document, offset, date, modality, type); a filter by type,
 * modality and text; tables sort by a click on a column header. Markup is
 * written with libxml2's xmlTextWriter: every piece of text is escaped,
 * invalid UTF-8 becomes U+FFFD and control characters are dropped. */
erg_status erg_report_write_fp(const erg_graph *g, const erg_report_opts *opts,
			       FILE *fp, erg_error *err);
erg_status erg_report_write_file(const erg_graph *g,
				 const erg_report_opts *opts,
				 const char *path, erg_error *err);

#ifdef __cplusplus
}
#endif
#endif
