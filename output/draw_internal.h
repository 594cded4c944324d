/*
 * draw_internal.h - shared state of the diagram writer: draw.c builds the
 * network graph and the legend, draw_theme.c loads themes, draw_page.c lays
 * the page out and renders it. Not part of the public API.
 */
#ifndef ERG_DRAW_INTERNAL_H
#define ERG_DRAW_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "ergraph/output.h"
#include "util_internal.h"

#define DRAW_BUF_MAX ((size_t)64 << 20)
#define DRAW_DOCS_LISTED 3
/* Appends a string literal. */
#define PUT_LIT(b, s) erg__buf_append((b), (s), sizeof(s) - 1)

/* ---- object ids (draw_ids.c) ---- */

/* The discipline every diagram graph is opened with: cgraph's memory and
 * I/O disciplines, and ids numbered in the order names are first seen
 * (cgraph's own are addresses, which made cluster order vary by run). */
Agdisc_t *erg__draw_disc(void);
/* Renames root graph G (opened with erg__draw_disc) for what is written
 * from now on (the SVG's <title>); its old name still finds it. False
 * when G is not such a graph or out of memory. */
bool erg__draw_rename(Agraph_t *G, const char *name);

/* ---- themes (draw_theme.c) ---- */

typedef struct {
	const char *key;
	const char *value;
} erg_theme_row;

/* Rows of one or more layered theme texts; the last row of a key wins. */
typedef struct {
	char **texts; /* owned copies, cut into keys and values */
	size_t n_texts;
	erg_theme_row *rows;
	size_t n, cap;
} erg_theme;

/* Loads the light theme, then "dark" or the file `spec` over it (a file
 * row `base<TAB>dark` puts the dark theme under the file). NULL or
 * "light": the light theme. A bad file row is ERG_EPARSE with the file
 * and line; a missing file ERG_EIO. */
erg_status erg__theme_load(erg_theme *t, const char *spec, erg_error *err);
/* Adds the rows of one theme text (`name` for errors). */
erg_status erg__theme_add(erg_theme *t, const char *text, size_t len,
			  const char *name, erg_error *err);
void erg__theme_free(erg_theme *t);
const char *erg__theme_get(const erg_theme *t, const char *key,
			   const char *def);
/* The colour of `key`: the last row's value that is a colour safe in
 * markup (a name or #hex), so that a theme file's bad value falls back
 * to the compiled-in theme's (the one source of default colours); "" when
 * no row has one. */
const char *erg__theme_color(const erg_theme *t, const char *key);
/* A numeric value; `def` when absent or not a number. */
double erg__theme_num(const erg_theme *t, const char *key, double def);

/* ---- the drawing ---- */

typedef struct {
	const erg_graph *g;
	const erg_draw_opts *opts;
	erg_theme th;
	erg_aggregate agg;
	Agraph_t *G;
	erg_buf b; /* scratch */
	erg_buf b2;

	/* computed once */
	double page_w, page_h;   /* inches */
	bool *drawn;             /* per actor */
	size_t n_drawn;
	size_t *cluster_of;      /* per actor: box actor or (size_t)-1 */
	size_t n_clustered;
	size_t *degree;          /* per actor: relations drawn */
	double *rankval;         /* per actor: importance for labels */
	size_t max_degree;       /* most bundles at one actor */
	size_t n_edges;          /* bundles drawn */
	bool has_size;           /* opts->size_by usable */
	double size_max;
	size_t *rel_head;        /* per bundle: first relation */
	size_t *rel_next;        /* per relation: next in its bundle */
	const char **date_min;   /* per bundle */
	const char **date_max;
	unsigned char *bdiff;    /* per bundle: DIFF_* flags seen */
	bool *hidden;            /* per bundle: shown by a cluster box */
	size_t *pair_head;       /* per bundle: first bundle of the pair it
				    is drawn with as one edge, or
				    (size_t)-1 */
	size_t *pair_next;       /* per bundle: next bundle of that pair */
	uint32_t diff_key;
	bool has_diff_key;
	erg_strmap docs;
	const char *doc_list[DRAW_DOCS_LISTED];
	size_t n_docs;
	const char *all_min, *all_max;
	char *footnote;          /* NULL: none */
	char *rank;              /* copy of style.rank, cut at commas */
	const char *styles[16];
	size_t n_styles;

	/* per build */
	const char *engine;
	const char *spacing;     /* neato overlap_scaling or dot rankdir,
				    or NULL */
	char spacing_buf[32];
	char neato_scale[64];    /* neato "scale" stretch, or "" */
	bool gts_aborted;        /* Graphviz aborted in GTS (draw_page.c) */
	bool moved;              /* actors moved after the layout: its
				    lines are routed again */
	bool compacted;          /* moved closer (draw_page.c compact): the
				    layout's lines are no measure of it */
	double area_w, area_h;   /* the network's part of the page, points */
	bool no_boxes;           /* neato: affiliation lines, not boxes */
	bool rendered;           /* some format written */
	double scale;            /* layout units per point on the page */
	bool *labeled;           /* per actor */
	size_t n_labeled;
	bool show_counts;
	Agnode_t **nodes;        /* per actor, NULL when not drawn */
	unsigned kinds_present;
	unsigned styles_present; /* bit i: i-th style of style.rank */
	unsigned diff_present;
	unsigned modalities_present;
	bool *types_present;
	bool any_count;
	bool any_strands;        /* a pair drawn as strands of colours */
	size_t n_cluster_boxes;
	bool keep_all;           /* every label or nothing rendered */
	bool gave_up;            /* keep_all: the labels did not fit */
	size_t n_fit;            /* gave_up: about how many actors fit */
	/* a small network with boxes of affiliated persons, drawn by dot
	 * (the rules' engine or the one asked for): its rank direction
	 * and text scale chosen with the legend's arrangement (draw_page.c
	 * planned_boxes) */
	bool plan_dot;
	bool engine_retry;        /* opts->engine is draw.c's choice after
				    GTS aborted, not the user's */
	const char *plan_rankdir; /* NULL: top to bottom */
	double bb0[2];            /* the first try's layout size (points;
				     draw_page.c layout_network) */
	bool boxes_alt;           /* neato draws the boxes (two levels)
				     after a planned dot layout zoomed out
				     too far (draw_page.c alt_attempt) */
	bool line_boxes;          /* boxes_alt: each box in one row or
				     column (draw_page.c line_box), when
				     dot's planned layout had its boxes */
	bool no_box_room;         /* dot: a heavy pair between boxes gets
				     no room (draw.c pair_room): the page
				     cannot hold it at text.min */
	double plan_scale;
	int legend_split;        /* first legend section in the band */
	size_t band_from, band_to; /* LEGEND_BAND_RANGE items */
} draw_ctx;

erg_status erg__draw_put_text(erg_buf *b, const char *s, bool html);
erg_status erg__draw_put_wrapped(erg_buf *b, const char *s, size_t width,
				 bool html, const char *sep);
void erg__draw_set(void *obj, const char *name, const char *value);
void erg__draw_setf(void *obj, const char *name, double v);
/* Sets a size rounded up to two decimals (font sizes: never below). */
void erg__draw_set_up(void *obj, const char *name, double v);
erg_status erg__draw_set_html(Agraph_t *G, void *obj, const char *name,
			      const char *html);
const char *erg__draw_gv_error(void);
const char *erg__draw_safe_color(const char *s, const char *def);
const char *erg__draw_type_color(const draw_ctx *c, size_t type);
size_t erg__draw_modality_style(const draw_ctx *c, erg_modality m);
int erg__draw_bundle_diff(const draw_ctx *c, size_t k);
/* The width of an edge's line as drawn: the strands of a colour list
 * 2 units apart (Graphviz), each penwidth wide. */
double erg__draw_edge_width(Agedge_t *e);
/* The band of the lines between n and the other end of e (their widths
 * and `gap` between them), *lines of them and whether one is labelled;
 * -1 when that pair is counted at another of its lines (each pair once:
 * at its first line at its lower node). */
double erg__draw_pair_band(Agraph_t *G, Agnode_t *n, Agedge_t *e, double gap,
			   size_t *lines, bool *labelled);
/* The engine by the rules alone (opts->engine, else by size). */
const char *erg__draw_rule_engine(const draw_ctx *c);
/* (Re)builds c->G: the network with c->engine, c->labeled, c->scale. */
erg_status erg__draw_build(draw_ctx *c);
/* Parts of the legend. */
enum { LEGEND_ALL, LEGEND_SIDE, LEGEND_BAND, LEGEND_BAND_RANGE };
/* The legend as an HTML-like label, sizes times u: LEGEND_ALL and
 * LEGEND_SIDE (sections before c->legend_split: relation types, changes,
 * line styles) as a framed column (`cols` 1 or 2), LEGEND_BAND (the
 * others: actor kinds, other marks) as one row, LEGEND_BAND_RANGE its
 * items [c->band_from, c->band_to) as one row; *empty when there is
 * nothing to show. */
erg_status erg__draw_legend_html(draw_ctx *c, erg_buf *b, double u, int part,
				 int cols, bool *empty);
/* The items of the band (at most max): their sections and which are
 * headings (a heading stays on the row of the item after it). */
size_t erg__draw_legend_band_items(draw_ctx *c, int *section, bool *heading,
				   size_t max);
/* Sets err for a failed build step and returns rc. */
erg_status erg__draw_fail(draw_ctx *c, erg_status rc, erg_error *err);

/* erg_draw_many, telling how many of the drawn actors kept their label
 * on the page (*labeled, *drawn; either may be NULL), so that a caller
 * can draw fewer actors rather than leave some unnamed. With `keep_all`,
 * a network of up to engine.small_max actors whose labels do not all fit
 * is not rendered at all (nothing written): *labeled is then about how
 * many actors would fit, fewer than *drawn. */
erg_status erg__draw_many_labels(const erg_graph *g, const erg_draw_opts *opts,
				 const erg_format *fmts, FILE *const *fps,
				 size_t n, bool keep_all, size_t *labeled,
				 size_t *drawn, erg_error *err);

/* Lays the page out and renders each non-DOT format (draw_page.c). */
erg_status erg__draw_page(draw_ctx *c, const erg_format *fmts,
			  FILE *const *fps, size_t n, erg_error *err);

#endif
