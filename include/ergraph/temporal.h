/*
 * ergraph/temporal.h - influence over time and across layers.
 *
 * Time: dated relations are grouped into windows (calendar days, months,
 * quarters or years, tumbling or sliding, optionally cumulative) and every
 * window is analysed on its own with erg_analyze; the result is one rank
 * per actor and window (erg_timeline).
 *
 * Partial dates. A relation dated "2023" stands for the whole year
 * 2023-01-01..2023-12-31, "2023-11" for that month. Under the default
 * rule, ERG_PARTIAL_OVERLAP, a relation belongs to every window its period
 * overlaps: "2023" is counted in each month and quarter of 2023, as
 * erg_view's since/until bounds count it. Under ERG_PARTIAL_CONTAINED it
 * belongs only to windows that contain its whole period: "2023" counts in
 * year windows (or sliding windows spanning all of 2023) and in no month
 * window. Undated relations are left out and counted
 * (erg_timeline.n_undated).
 *
 * Layers: one network read several ways (one layer per relation type, per
 * modality set such as "reported" versus "reported,alleged,projected", or
 * any view), each analysed on its own, so that an analyst sees how an
 * actor's rank moves between layers (erg_layerset).
 *
 * Ranks are 1-based among the actors that have at least one relation in
 * the window or layer, by metric descending; equal values (within a
 * relative 1e-9) share the rank of the first of them (1, 2, 2, 4), so that
 * a move between windows or layers is never an artefact of alphabetical
 * order. Lists follow erg_metrics_rank (ties by label, then id). An actor
 * with no relation there has rank 0 ("absent").
 */
#ifndef ERGRAPH_TEMPORAL_H
#define ERGRAPH_TEMPORAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "analysis.h"
#include "common.h"
#include "graph.h"
#include "output.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- dates ---- */

/* Days since 1970-01-01 of the first and last day of the period a partial
 * ISO date (YYYY, YYYY-MM, YYYY-MM-DD) stands for. Returns 0, or -1 if
 * `date` is not a valid date (erg_date_valid). */
int erg_date_period(const char *date, long *first, long *last);

/* Writes day number `day` as YYYY-MM-DD into buf (at least 11 bytes). */
void erg_date_format(long day, char *buf);

/* ---- windows ---- */

typedef enum {
	ERG_UNIT_DAY,
	ERG_UNIT_MONTH,
	ERG_UNIT_QUARTER,
	ERG_UNIT_YEAR
} erg_time_unit;

typedef enum {
	ERG_PARTIAL_OVERLAP,  /* every window the date's period overlaps */
	ERG_PARTIAL_CONTAINED /* only windows holding the whole period */
} erg_partial_rule;

/* Maximum number of windows in one timeline (ERG_ELIMIT beyond). */
#define ERG_TIMELINE_MAX_WINDOWS 5000
/* Maximum windows x actors (each window keeps a value and a rank per
 * actor: 16 bytes, so at most 800 MB); ERG_ELIMIT beyond. */
#define ERG_TIMELINE_MAX_CELLS 50000000

typedef struct {
	erg_time_unit unit; /* of size and step; default month */
	unsigned size;	    /* window length in units; default 1 */
	unsigned step;	    /* start-to-start distance in units; 0 = size */
	bool cumulative;    /* each window holds everything from the first
			       date to its end */
	erg_partial_rule partial; /* default ERG_PARTIAL_OVERLAP */
} erg_window_spec;

void erg_window_spec_init(erg_window_spec *s);

/* Parses a window ("day", "month", "quarter", "year", or a length such as
 * "6m", "2q", "1y", "10d": a number and a unit letter d, m, q, y) and an
 * optional step (NULL or "": the window's own length, i.e. tumbling
 * windows) into `s` (unit, size, step; other fields unchanged). A step must
 * use the window's unit ("6m" with "1m"; "1q" with "1m" is accepted as
 * "3m" with "1m"). Fails with ERG_EINVAL naming the bad text. */
erg_status erg_window_spec_parse(erg_window_spec *s, const char *window,
				 const char *step, erg_error *err);

/* "month", "quarter", ... */
const char *erg_time_unit_name(erg_time_unit u);
/* "overlap", "contained"; parse returns 0 or -1. */
const char *erg_partial_rule_name(erg_partial_rule r);
int erg_partial_rule_parse(const char *s, erg_partial_rule *out);

/* One window of a timeline. */
typedef struct {
	char label[32];	    /* "2023-11", "2023-Q4", "2023", "2023-11-05",
			       or "2023-01/2023-06" for windows longer
			       than one unit */
	char start[11];	    /* first day, YYYY-MM-DD (cumulative windows:
			       the first day of the timeline) */
	char end[11];	    /* last day, YYYY-MM-DD */
	size_t n_relations; /* relations counted in the window */
	size_t n_active;    /* actors with at least one of them */
	bool computed;	    /* false when the metric could not be computed
			       for this window (see erg_metrics.computed) */
	double *value;	    /* value[actor] of the metric, 0 if absent */
	size_t *rank;	    /* rank[actor], 1-based; 0 = absent */
} erg_window;

typedef struct {
	erg_window_spec spec;
	erg_metric by;
	size_t n_actors; /* actors of the graph (arrays' length) */
	erg_window *windows;
	size_t n_windows;
	size_t n_dated;	   /* relations passing the view with a date */
	size_t n_undated;  /* passing the view without a date: left out */
	size_t n_unplaced; /* dated but in no window (contained rule) */
	/* over every relation placed in at least one window */
	double *overall_value;
	size_t *overall_rank;
	size_t *order; /* actor indices by overall rank (active ones
			  first, n_active_overall of them) */
	size_t n_active_overall;
} erg_timeline;

/* Builds the timeline of `g`: the relations passing `view` (NULL: all)
 * that have a date are placed in windows per `spec` (NULL: month
 * windows), from the window holding the earliest date to the one holding
 * the latest; every window is analysed by erg_analyze with `opts` (NULL:
 * defaults; only metric `by` is computed unless opts->metrics asks for
 * more) and ranked by `by`. Empty windows are kept (no active actor). No
 * dated relation gives an empty timeline (n_windows 0), not an error.
 * Time: one analysis per window, O(W (E + analysis)). */
erg_status erg_timeline_build(erg_timeline **out, const erg_graph *g,
			      const erg_view *view, const erg_window_spec *spec,
			      const erg_analyze_opts *opts, erg_metric by,
			      erg_error *err);
void erg_timeline_free(erg_timeline *t);

/* ---- layers ---- */

typedef struct {
	char *name;	    /* "all", "type:conflict", "layer:arms",
			       "modality:reported+alleged", ... */
	erg_view view;	    /* the layer's own conditions (owned), applied
			       on top of the base view */
	size_t n_relations; /* relations passing base and layer views */
	size_t n_active;
	bool computed; /* false when the metric could not be computed */
	double *value; /* value[actor] */
	size_t *rank;  /* rank[actor], 1-based; 0 = absent */
} erg_layerset_layer;

typedef struct erg_layerset erg_layerset;

/* A new set of layers over `g` whose common base is `base` (NULL: every
 * relation). `g` and `base` are not copied: they must outlive the set.
 * The first layer, "all", is the base itself. */
erg_status erg_layerset_new(erg_layerset **out, const erg_graph *g,
			    const erg_view *base, erg_error *err);
void erg_layerset_free(erg_layerset *ls);

/* Adds a layer: the relations that pass both the base and `view` (taken
 * over: the set owns and clears it; `*view` is left initialised).
 * `name` is copied. */
erg_status erg_layerset_add(erg_layerset *ls, const char *name, erg_view *view,
			    erg_error *err);
/* Adds "type:<name>" for every relation type with at least one relation
 * passing the base view, in type table order. */
erg_status erg_layerset_add_types(erg_layerset *ls, erg_error *err);
/* Adds "layer:<name>" for every named layer of the views module
 * (lexicons/layers.tsv: cooperation, conflict, arms; erg_view_add_layer)
 * that has at least one relation passing the base view. */
erg_status erg_layerset_add_named(erg_layerset *ls, erg_error *err);
/* Adds "modality:<a>+<b>..." for a comma-separated set of modality names
 * ("reported,alleged,projected"); ERG_EINVAL on an unknown name. */
erg_status erg_layerset_add_modality_set(erg_layerset *ls, const char *set,
					 erg_error *err);

/* Analyses every layer as a network of its own with `opts` (NULL:
 * defaults; only `by` unless opts->metrics asks for more) and ranks the
 * actors by `by`. Time: one analysis per layer. */
erg_status erg_layerset_compute(erg_layerset *ls, const erg_analyze_opts *opts,
				erg_metric by, erg_error *err);

size_t erg_layerset_count(const erg_layerset *ls);
const erg_layerset_layer *erg_layerset_get(const erg_layerset *ls, size_t i);
/* Actor indices: those active in "all" by its rank, then the others.
 * Valid after erg_layerset_compute; erg_graph_actor_count entries. */
const size_t *erg_layerset_order(const erg_layerset *ls);
erg_metric erg_layerset_metric(const erg_layerset *ls);

/* ---- output ---- */

/* The timeline table, one row per window and active actor (restricted to
 * the first `top` actors of erg_timeline.order when top > 0), windows in
 * time order, actors by rank, then label:
 *  - CSV/TSV: window,start,end,rank,id,label,metric,value
 *  - JSON (jansson): {"metric", "window", "partial", "cumulative",
 *    "dated", "undated", "unplaced", "windows": [{"window", "start",
 *    "end", "relations", "actors": [{"rank", "id", "label", "value"}]}]}
 *  - Markdown: a table with the CSV columns.
 * Values as in erg_metrics_write_fp (round-trip reals in CSV/TSV, %.4g in
 * Markdown). */
erg_status erg_timeline_write_fp(const erg_graph *g, const erg_timeline *t,
				 size_t top, erg_table_format fmt, FILE *fp,
				 erg_error *err);
erg_status erg_timeline_write_file(const erg_graph *g, const erg_timeline *t,
				   size_t top, erg_table_format fmt,
				   const char *path, erg_error *err);

/* The layers table: one row per actor active in at least one layer, in
 * erg_layerset_order; columns id,label,kind then, per layer, <name>.rank and
 * <name>.value (empty when the actor is absent from the layer).
 *  - JSON: {"metric", "layers": [{"name", "relations", "actors"}],
 *    "actors": [{"id", "label", "kind", "ranks": {<name>: rank|null},
 *    "values": {<name>: value|null}}]}
 *  - Markdown: per layer one column "rank (move)" where move is the
 *    change against the first layer ("+2" = two places higher). */
erg_status erg_layerset_write_fp(const erg_graph *g, const erg_layerset *ls,
				 erg_table_format fmt, FILE *fp,
				 erg_error *err);
erg_status erg_layerset_write_file(const erg_graph *g, const erg_layerset *ls,
				   erg_table_format fmt, const char *path,
				   erg_error *err);

/* Line chart of the top actors' ranks over the windows of a timeline:
 * windows on the x axis in time order, rank on the y axis (1 at the top),
 * one line per actor (broken where the actor is absent), a legend in
 * overall rank order, axis titles and a title. Written as SVG with
 * libxml2's xmlTextWriter and sized for a 16:9 slide; as PNG, that SVG
 * rendered by librsvg and cairo. Colours, fonts, sizes and texts come
 * from a chart palette file (lexicons/chart.tsv, compiled in; `palette`
 * names a file of the same format layered on top: its errors name file,
 * line and column). */
typedef struct {
	const char *title;   /* NULL: the palette's text.title */
	const char *palette; /* NULL: only the compiled-in lexicons/chart.tsv */
	size_t top;	     /* lines drawn; 0 = 8. At most the number of
				series colours in the palette. */
	double scale;	     /* PNG pixels per SVG pixel; 0 = 1.5 (a 1280 x
				720 chart becomes 1920 x 1080) */
} erg_chart_opts;

void erg_chart_opts_init(erg_chart_opts *o);

/* SVG. */
erg_status erg_chart_write_fp(const erg_graph *g, const erg_timeline *t,
			      const erg_chart_opts *opts, FILE *fp,
			      erg_error *err);
/* PNG. */
erg_status erg_chart_write_png_fp(const erg_graph *g, const erg_timeline *t,
				  const erg_chart_opts *opts, FILE *fp,
				  erg_error *err);
/* PNG when `path` ends in .png, SVG otherwise. */
erg_status erg_chart_write_file(const erg_graph *g, const erg_timeline *t,
				const erg_chart_opts *opts, const char *path,
				erg_error *err);

#ifdef __cplusplus
}
#endif
#endif
