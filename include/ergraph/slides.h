/*
 * ergraph/slides.h - the standard figures of a briefing, and a deck.
 *
 * erg_slides_write draws, into one folder, the figures an analyst pastes
 * into a briefing, each as SVG and PNG, in this order:
 *
 *   01-overview            the network of the view
 *   NN-layer-<name>        one per named layer (erg_layers_count) that
 *                          holds a relation of the view; an empty layer
 *                          is skipped with a warning
 *   NN-ego-<id>            the ego network of each of the top actors
 *   NN-top-actors          the ranked table of the top actors, also as
 *                          Markdown (.md)
 *   deck.pdf               every figure above, one per page, in order,
 *                          with a PDF outline of their titles
 *
 * Every figure carries a title ("Conflict layer", or "<title>: conflict
 * layer" when the network has a name) and the drawing's footnote, and
 * every figure, the ranked table included, has the drawing's page size
 * (SVG, PNG pixels and deck.pdf pages alike). A figure with more actors
 * than `max_actors`, or more than its page can name at its text size,
 * keeps the ones ranked best and says so in its subtitle. An ego network
 * holds the actors affiliated with its ego and the one it belongs to
 * (erg_view_focus). Rankings use metrics computed once, on the whole
 * view, so that an actor's node has the same size on every slide. Each
 * file is written atomically (temporary file, then rename).
 */
#ifndef ERGRAPH_SLIDES_H
#define ERGRAPH_SLIDES_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis.h"
#include "common.h"
#include "graph.h"
#include "ingest.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	const erg_view *view;  /* relation filters and actor selection applied
				  to every figure; NULL: everything */
	const char *title;     /* the network's name in every title
				  ("NAME: conflict layer"); NULL: the
				  graph's title attribute ("title", else
				  "name"; never the GraphML graph id, an
				  identifier such as "G"), else none
				  ("Conflict layer"), the footnote naming
				  the source documents */
	const char *footnote;  /* NULL: the drawing's default (source
				  documents and date range); "": none */
	const char *page;      /* erg_draw_opts.page; NULL: "slide" */
	const char *theme;     /* erg_draw_opts.theme; NULL: "light" */
	double dpi;            /* PNG resolution; 0 = 200 */
	erg_metric rank_by;    /* ranking of actors: default pagerank */
	size_t egos;           /* ego networks drawn; default 5 */
	unsigned depth;        /* steps of an ego network; default 1 */
	size_t table_rows;     /* rows of the ranked table; default 10 */
	size_t max_actors;     /* actors per figure at most; default 40 */
	unsigned jobs;         /* erg_analyze_opts.jobs; default 1 */
	int size_by;           /* erg_metric sizing the nodes of every
				  diagram (the whole view's values), or -1
				  (default): uniform, every actor labelled */
	const char *const *protect; /* files never written over (inputs):
				       writing one fails with ERG_EINVAL */
	size_t n_protect;
	erg_warn_fn warn;      /* notes such as a skipped layer; may be NULL */
	void *warn_userdata;
	erg_progress_fn progress; /* one step per file set; may be NULL */
	void *progress_userdata;
} erg_slides_opts;

void erg_slides_opts_init(erg_slides_opts *o);

/* Writes the figures and deck.pdf into folder `dir` (created with its
 * parents when missing). Errors: ERG_EIO (a folder or file cannot be
 * written), ERG_EINVAL (an output would replace a protected file; the
 * view keeps no relation), ERG_EALGO (a layout or rendering failed).
 * Files written before a failure stay. */
erg_status erg_slides_write(const erg_graph *g, const erg_slides_opts *opts,
			    const char *dir, erg_error *err);

#ifdef __cplusplus
}
#endif
#endif
