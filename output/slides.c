/*
 * slides.c - the standard briefing figures and deck.pdf (see
 * ergraph/slides.h).
 *
 * Every diagram is a view turned into a network of its own
 * (erg_view_subgraph) and drawn by erg_draw_many, SVG and PNG from one
 * layout. The actors of a figure are those taking part in a relation of
 * its view (an ego network adds the actors affiliated with a shown one);
 * past max_actors, or past what the page names at its text size, the
 * best ranked ones (draw_figure). Metrics are computed once on the whole
 * view and mapped onto each sub-network by actor id, so that node sizes
 * and tooltips agree between slides.
 *
 * Titles: "What" ("Overview", "Conflict layer"), or "NAME: what" when
 * opts->title or the graph's title attribute names the network
 * (erg__graph_title; a GraphML graph id such as "G" is an identifier,
 * and a file's stem is not a title: the footnote names the documents).
 *
 * The ranked table is a Graphviz HTML-like table (presentation from
 * lexicons/slides.tsv, compiled in, and the drawing theme's title block)
 * rendered to SVG by Graphviz, then placed on a page of the diagrams'
 * size (read from the first figure: its SVG's size and its PNG's pixels)
 * at the page margin; its PNG and the pages of deck.pdf are drawn from
 * the SVG files by librsvg onto cairo surfaces (an image surface, a PDF
 * surface with one page per figure, all of the diagrams' size, and an
 * outline naming each page).
 *
 * Graphviz and librsvg keep global state: not thread-safe.
 */
#include "ergraph/slides.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <librsvg/rsvg.h>

#include "ergraph/output.h"
#include "draw_internal.h"
#include "title_internal.h"
#include "util_internal.h"
#include "view_internal.h"

extern const unsigned char erg_default_slides_tsv[];
extern const size_t erg_default_slides_tsv_len;

#define SLIDES_BUF_MAX ((size_t)16 << 20)
#define TITLE_MAX 512

void erg_slides_opts_init(erg_slides_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->rank_by = ERG_METRIC_PAGERANK;
	o->egos = 5;
	o->depth = 1;
	o->table_rows = 10;
	o->max_actors = 40;
	o->jobs = 1;
	o->dpi = 200;
	o->size_by = -1;
}

/* ---- presentation (lexicons/slides.tsv) ---- */

/* The slides' presentation rows, read with the theme reader of the
 * drawing; a row "THEME.key" overrides "key" for that theme. */
typedef struct {
	erg_theme th;
	const char *theme;
} style;

static erg_status style_load(style *s, const char *theme, erg_error *err)
{
	memset(s, 0, sizeof(*s));
	s->theme = theme;
	return erg__theme_add(&s->th, (const char *)erg_default_slides_tsv,
			      erg_default_slides_tsv_len, "lexicons/slides.tsv",
			      err);
}

/* Colours come from lexicons/slides.tsv alone (compiled in):
 * callers pass "" as `def`, not a second copy of a value. */
static const char *style_get(const style *s, const char *key,
			     const char *def)
{
	char full[128];
	const char *v;
	if (s->theme) {
		snprintf(full, sizeof(full), "%s.%s", s->theme, key);
		if ((v = erg__theme_get(&s->th, full, NULL)))
			return v;
	}
	return erg__theme_get(&s->th, key, def);
}

/* ---- context ---- */

typedef struct {
	char *svg;   /* path of the figure's SVG */
	char *png;   /* and of its PNG */
	char *title;
} figure;

typedef struct {
	const erg_graph *g;
	const erg_slides_opts *o;
	const char *dir;
	const char *name;     /* the network's name in titles, or NULL */
	const char *pdf_title; /* deck.pdf's metadata title */
	char *name_buf;       /* owned pdf_title, or NULL */
	erg_metric rank_by;
	char rank_name[64];   /* its name in text: "out degree" */
	erg_metrics *m;       /* on g, over the base view */
	erg_view base;        /* opts->view, restricted to active actors */
	style st;
	erg_theme dth;        /* the drawing theme (page, title block) */
	double page_w, page_h; /* the diagrams' page, points (figure_page) */
	int page_px[2];       /* their PNGs' pixels; 0 when unknown */
	figure *figs;
	size_t n_figs, cap_figs;
	erg_view *egos;       /* the actors of the ego networks drawn */
	size_t *ego_of;       /* and their egos */
	size_t n_egos, cap_egos, cap_ego_of;
	size_t step, steps;   /* progress */
	erg_error *err;
} slides_ctx;

static void progress(slides_ctx *c, const char *what)
{
	if (c->o->progress)
		c->o->progress(c->o->progress_userdata, what, ++c->step,
			       c->steps);
}

static void note(slides_ctx *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void note(slides_ctx *c, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	if (!c->o->warn)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	c->o->warn(c->o->warn_userdata, NULL, 0, msg);
}

static char *path_join(const char *dir, const char *name, const char *ext)
{
	size_t n = strlen(dir) + strlen(name) + strlen(ext) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s%s", dir, name, ext);
	return p;
}

static bool same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	if (stat(a, &sa) || stat(b, &sb))
		return false;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static erg_status check_protected(slides_ctx *c, const char *path)
{
	for (size_t i = 0; i < c->o->n_protect; i++)
		if (c->o->protect[i] && same_file(c->o->protect[i], path))
			return erg_error_set(c->err, ERG_EINVAL, path, 0, 0,
					     "refusing to write over an input "
					     "file");
	return ERG_OK;
}

/* mkdir -p */
static erg_status make_dir(const char *dir, erg_error *err)
{
	char *p = erg__strdup(dir);
	struct stat sb;
	erg_status st = ERG_OK;

	if (!p)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	for (char *q = p + 1;; q++) {
		bool end = *q == '\0';
		if (*q != '/' && !end)
			continue;
		*q = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			st = erg_error_set(err, ERG_EIO, p, 0, 0,
					   "cannot create folder: %s",
					   strerror(errno));
			break;
		}
		if (end)
			break;
		*q = '/';
	}
	if (!st && (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)))
		st = erg_error_set(err, ERG_EIO, dir, 0, 0, "not a folder");
	free(p);
	return st;
}

/* A file-name-safe form of an actor id: [A-Za-z0-9_-], others '_'. */
static void safe_name(char *out, size_t size, const char *id)
{
	size_t k = 0;
	for (const unsigned char *p = (const unsigned char *)id;
	     *p && k + 1 < size; p++) {
		unsigned char ch = *p;
		bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			  (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
		out[k++] = ok ? (char)ch : '_';
	}
	out[k] = '\0';
}

static erg_status add_figure(slides_ctx *c, const char *svg,
			     const char *png, const char *title)
{
	figure *f;
	if (erg__grow((void **)&c->figs, &c->cap_figs, c->n_figs + 1,
		      sizeof(*c->figs)))
		return erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	f = &c->figs[c->n_figs];
	f->svg = erg__strdup(svg);
	f->png = erg__strdup(png);
	f->title = erg__strdup(title);
	if (!f->svg || !f->png || !f->title) {
		free(f->svg);
		free(f->png);
		free(f->title);
		return erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	c->n_figs++;
	return ERG_OK;
}

/* Narrows v's selection to the actors taking part in a relation passing
 * it; with `members`, also to those affiliated with such an actor, or
 * with whom such an actor is affiliated (erg__view_affiliated_with), so
 * that a state's ego network shows its officials in its box and a
 * person's their state even where no relation of the view joins them. */
static erg_status keep_active(erg_view *v, const erg_graph *g, bool members)
{
	size_t na = erg_graph_actor_count(g), nr = erg_graph_relation_count(g);
	bool *keep = calloc(na ? na : 1, sizeof(*keep)), *act;
	if (!keep)
		return ERG_ENOMEM;
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (!erg_view_match(v, g, r))
			continue;
		keep[r->source] = true;
		keep[r->target] = true;
	}
	if (members) {
		if (!(act = malloc((na ? na : 1) * sizeof(*act)))) {
			free(keep);
			return ERG_ENOMEM;
		}
		memcpy(act, keep, na * sizeof(*act));
		for (size_t i = 0; i < na; i++) {
			size_t to = erg__view_affiliated_with(v, g, i);
			if (to == (size_t)-1 || act[i] == act[to])
				continue;
			keep[i] = keep[to] = true;
		}
		free(act);
	}
	free(v->keep);
	v->keep = keep;
	v->n_keep = na;
	return ERG_OK;
}

static size_t kept_count(const erg_view *v, size_t na)
{
	size_t n = 0;
	for (size_t i = 0; i < na; i++)
		n += erg_view_keeps_actor(v, i);
	return n;
}

static size_t relation_count(const erg_view *v, const erg_graph *g)
{
	size_t n = 0;
	for (size_t i = 0; i < erg_graph_relation_count(g); i++)
		n += erg_view_match(v, g, erg_graph_relation_c(g, i));
	return n;
}

/* ---- metrics of a sub-network, taken from the whole view's ---- */

static void mapped_free(erg_metrics *m)
{
	if (!m)
		return;
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		free(m->values[k]);
	free(m);
}

static erg_metrics *mapped_metrics(const erg_metrics *full,
				   const erg_graph *g, const erg_graph *sub)
{
	size_t n = erg_graph_actor_count(sub);
	erg_metrics *m = calloc(1, sizeof(*m));
	if (!m)
		return NULL;
	*m = *full;
	m->n_actors = n;
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		m->values[k] = NULL;
	for (int k = 0; k < ERG_METRIC__COUNT; k++) {
		if (!full->values[k])
			continue;
		m->values[k] = calloc(n ? n : 1, sizeof(double));
		if (!m->values[k]) {
			mapped_free(m);
			return NULL;
		}
		for (size_t i = 0; i < n; i++) {
			size_t j;
			if (erg_graph_find_actor(
				g, erg_graph_actor_c(sub, i)->id, &j) == 0)
				m->values[k][i] = full->values[k][j];
		}
	}
	return m;
}

/* ---- the network's name ---- */

/* A document named by a relation, as a title: its file name without
 * folders and extension ("../corpus/ties-2024.txt" -> "ties-2024"). */
static size_t doc_stem(const char *doc, const char **start)
{
	const char *b = strrchr(doc, '/'), *dot;
	b = b ? b + 1 : doc;
	dot = strrchr(b, '.');
	*start = b;
	return dot && dot != b ? (size_t)(dot - b) : strlen(b);
}

/* The title of deck.pdf (its metadata, which viewers show as the
 * window's title) when neither opts->title nor the graph gives a name:
 * the document the relations of the view come from ("ties-2024"), the
 * first of several ("ties-2024 and 2 more documents"), else "Network".
 * Figures are not titled so: a file's stem is not a title (their
 * footnote names the documents). */
static erg_status name_from_documents(slides_ctx *c)
{
	const erg_graph *g = c->g;
	const char *first = NULL, *stem;
	size_t n_docs = 0, len;
	erg_strmap seen;
	erg_buf b;
	erg_status st = ERG_OK;

	erg__strmap_init(&seen);
	erg__buf_init(&b, TITLE_MAX);
	for (size_t i = 0; i < erg_graph_relation_count(g) && !st; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (!r->doc || !r->doc[0] || !erg_view_match(&c->base, g, r) ||
		    erg__strmap_get(&seen, r->doc, NULL) == 0)
			continue;
		if (erg__strmap_put(&seen, r->doc, n_docs))
			st = ERG_ENOMEM;
		if (!first)
			first = r->doc;
		n_docs++;
	}
	if (!st && first) {
		len = doc_stem(first, &stem);
		st = erg__buf_append(&b, stem, len);
		if (!st && n_docs > 1)
			st = erg__buf_printf(&b, " and %zu more document%s",
					     n_docs - 1, n_docs > 2 ? "s" : "");
	}
	if (!st && b.len && !(c->name_buf = erg__buf_detach(&b)))
		st = ERG_ENOMEM;
	c->pdf_title = c->name_buf ? c->name_buf : "Network";
	erg__buf_free(&b);
	erg__strmap_free(&seen);
	if (st)
		return erg_error_set(c->err, st, NULL, 0, 0, "out of memory");
	return ERG_OK;
}

/* ---- one diagram ---- */

/* The subtitle of a figure that shows `shown` of `total` actors: `full`
 * when it shows them all, else `base` with the cut named ("5 of 21
 * actors, top by pagerank"): the max_actors cap or a page that could not
 * name more (draw_figure). Short, so that it stays on one line of a
 * small page. */
static void subtitle_of(slides_ctx *c, char *buf, size_t size,
			const char *base, const char *full, size_t shown,
			size_t total)
{
	if (shown >= total)
		snprintf(buf, size, "%s", full);
	else
		snprintf(buf, size, "%s%s%zu of %zu actors, top by %s", base,
			 base[0] ? ": " : "", shown, total,
			 c->rank_name);
}

/* Marks the actors of fv0 that `protect` (may be NULL) names as kept in
 * fv (after a cut). */
static void keep_protected(erg_view *fv, const erg_view *fv0,
			   const bool *protect, size_t na)
{
	for (size_t i = 0; protect && fv->keep && i < na && i < fv->n_keep;
	     i++)
		if (protect[i] && erg_view_keeps_actor(fv0, i))
			fv->keep[i] = true;
}

/* One drawing of a figure: the actors of fv0, or only its `n` best
 * ranked (and those `protect` names) when n > 0, titled, and subtitled
 * by subtitle_of, into the open files a[] (committed or aborted by the
 * caller). *labeled and *drawn tell whether every
 * actor was named; with keep_all a page that cannot name them all writes
 * nothing and *labeled is about how many would fit. */
static erg_status draw_once(slides_ctx *c, const erg_view *fv0, size_t n,
			    const bool *protect, char *const *path,
			    const char *title, const char *base,
			    const char *full, size_t total, bool keep_all,
			    erg_atomic **a, size_t *labeled, size_t *drawn)
{
	char subtitle[TITLE_MAX];
	static const erg_format fmts[2] = {ERG_FORMAT_SVG, ERG_FORMAT_PNG};
	erg_graph *sub = NULL;
	erg_metrics *mm = NULL;
	erg_draw_opts d;
	erg_view fv;
	FILE *fp[2] = {NULL, NULL};
	erg_status st;

	*labeled = *drawn = 0;
	if ((st = erg_view_copy(&fv, fv0, c->err)))
		return st;
	if (n > 0) {
		if ((st = erg_view_top(&fv, c->g, c->m, c->rank_by, n,
				       c->err)))
			goto done;
		keep_protected(&fv, fv0, protect, erg_graph_actor_count(c->g));
	}
	subtitle_of(c, subtitle, sizeof(subtitle), base, full,
		    kept_count(&fv, erg_graph_actor_count(c->g)), total);
	if ((st = erg_view_subgraph(&fv, c->g, &sub, c->err)))
		goto done;
	if (!(mm = mapped_metrics(c->m, c->g, sub))) {
		st = erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				   "out of memory");
		goto done;
	}
	erg_draw_opts_init(&d);
	d.view = NULL; /* the sub-network is the view */
	d.title = title;
	d.subtitle = subtitle;
	d.footnote = c->o->footnote;
	if (c->o->page)
		d.page = c->o->page;
	if (c->o->theme)
		d.theme = c->o->theme;
	if (c->o->dpi > 0)
		d.dpi = c->o->dpi;
	d.metrics = mm;
	if (c->o->size_by >= 0 && c->o->size_by < ERG_METRIC__COUNT &&
	    erg_metrics_has(mm, (erg_metric)c->o->size_by))
		d.size_by = c->o->size_by;
	for (int i = 0; i < 2; i++)
		if ((st = erg_atomic_open(&a[i], path[i], &fp[i], c->err)))
			goto done;
	st = erg__draw_many_labels(sub, &d, fmts, fp, 2, keep_all, labeled,
				   drawn, c->err);
	/* a figure sized by a metric labels by it on purpose */
	if (!st && d.size_by >= 0)
		*labeled = *drawn;
done:
	erg_view_clear(&fv);
	mapped_free(mm);
	erg_graph_free(sub);
	return st;
}

static void abort_files(erg_atomic **a)
{
	for (int i = 0; i < 2; i++) {
		erg_atomic_abort(a[i]);
		a[i] = NULL;
	}
}

/* Draws one figure of the actors fv0 keeps (`total` before any cut; the
 * actors `protect` names always stay). When the page cannot name every actor at
 * its text size, the figure shows the best ranked: a count n that the
 * page names all of while n + 1 fails, searched from the drawing's
 * estimate of how many fit (gallop, then bisection), so that no actor on
 * a slide goes unnamed; the subtitle then names the cut (subtitle_of). */
static erg_status draw_figure(slides_ctx *c, const erg_view *fv0,
			      const char *stem, const char *title,
			      const char *base, const char *full, size_t total,
			      const bool *protect)
{
	erg_atomic *a[2] = {NULL, NULL}, *best[2] = {NULL, NULL};
	char *path[2] = {NULL, NULL};
	size_t na = erg_graph_actor_count(c->g), shown, labeled, drawn;
	size_t lo = 2, hi, n, step = 1;
	int dir = 0;
	bool gallop = true, keep_all = c->o->size_by < 0;
	erg_status st;

	path[0] = path_join(c->dir, stem, ".svg");
	path[1] = path_join(c->dir, stem, ".png");
	if (!path[0] || !path[1]) {
		st = erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				   "out of memory");
		goto done;
	}
	if ((st = check_protected(c, path[0])) ||
	    (st = check_protected(c, path[1])))
		goto done;
	shown = kept_count(fv0, na);
	if ((st = draw_once(c, fv0, 0, protect, path, title, base, full, total,
			    keep_all && shown > lo, a, &labeled, &drawn)))
		goto done;
	if (labeled >= drawn || shown <= lo)
		goto commit;
	abort_files(a);
	/* the most actors, at least lo, that the page names: fits(lo - 1)
	 * is assumed, fits(hi + 1) failed. From the drawing's estimate,
	 * gallop (up while it fits, down while it does not, the step
	 * doubling), then bisect between the last fit and the first
	 * failure: two drawings when the estimate is right. */
	hi = shown - 1;
	n = labeled < lo ? lo : labeled > hi ? hi : labeled;
	while (lo <= hi) {
		bool fits;
		if ((st = draw_once(c, fv0, n, protect, path, title, base,
				    full, total, true, a, &labeled, &drawn)))
			goto done;
		fits = labeled >= drawn && drawn > 0;
		if (fits) {
			abort_files(best);
			best[0] = a[0];
			best[1] = a[1];
			a[0] = a[1] = NULL;
			lo = n + 1;
		} else {
			abort_files(a);
			hi = n - 1;
		}
		if (dir == 0)
			dir = fits ? 1 : -1;
		if (gallop && fits == (dir > 0)) {
			n = fits ? n + step : n - step;
			n = n < lo ? lo : n > hi ? hi : n;
			step *= 2;
		} else {
			gallop = false;
			n = lo + (hi - lo) / 2;
		}
	}
	if (best[0]) {
		a[0] = best[0];
		a[1] = best[1];
		best[0] = best[1] = NULL;
	} else {
		/* not even two named: the two best, as well as it goes */
		if ((st = draw_once(c, fv0, 2, protect, path, title, base,
				    full, total, false, a, &labeled, &drawn)))
			goto done;
	}
commit:
	for (int i = 0; i < 2; i++) {
		st = erg_atomic_commit(a[i], c->err);
		a[i] = NULL;
		if (st)
			goto done;
	}
	st = add_figure(c, path[0], path[1], title);
done:
	abort_files(a);
	abort_files(best);
	for (int i = 0; i < 2; i++)
		free(path[i]);
	return st;
}

/* Caps fv at max_actors by rank (keeping those `protect` names). */
static erg_status cap_view(slides_ctx *c, erg_view *fv, size_t total,
			   const bool *protect)
{
	erg_view fv0;
	erg_status st;

	if (total <= c->o->max_actors)
		return ERG_OK;
	if ((st = erg_view_copy(&fv0, fv, c->err)))
		return st;
	if (!(st = erg_view_top(fv, c->g, c->m, c->rank_by, c->o->max_actors,
				c->err)))
		keep_protected(fv, &fv0, protect, erg_graph_actor_count(c->g));
	erg_view_clear(&fv0);
	return st;
}

/* "NAME: what" when the network has a name (opts->title, the graph's
 * title attribute), else "What" alone: the footnote names the sources. */
static void title_of(slides_ctx *c, char *buf, size_t size, const char *what)
{
	if (c->name) {
		snprintf(buf, size, "%s: %s", c->name, what);
		return;
	}
	snprintf(buf, size, "%s", what);
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char)(buf[0] - 'a' + 'A');
}

static erg_status overview(slides_ctx *c, size_t *fig_no)
{
	size_t na = erg_graph_actor_count(c->g);
	size_t total = kept_count(&c->base, na);
	char title[TITLE_MAX], full[TITLE_MAX], stem[64];
	erg_view fv;
	erg_status st;

	if ((st = erg_view_copy(&fv, &c->base, c->err)))
		return st;
	if ((st = cap_view(c, &fv, total, NULL)))
		goto done;
	title_of(c, title, sizeof(title), "overview");
	snprintf(full, sizeof(full), "%zu actors, %zu relations", total,
		 relation_count(&fv, c->g));
	snprintf(stem, sizeof(stem), "%02zu-overview", ++*fig_no);
	st = draw_figure(c, &fv, stem, title, "", full, total, NULL);
	progress(c, "slides");
done:
	erg_view_clear(&fv);
	return st;
}

static erg_status layer_figure(slides_ctx *c, size_t li, size_t *fig_no)
{
	const erg_graph *g = c->g;
	const erg_types *types = erg_graph_types(g);
	size_t na = erg_graph_actor_count(g), total, n = 0;
	char title[TITLE_MAX], stem[128];
	erg_view lv, fv;
	erg_buf sub;
	erg_error lerr;
	erg_status st;
	bool *present = NULL;

	erg_view_init(&lv);
	erg_view_init(&fv);
	erg__buf_init(&sub, TITLE_MAX);
	progress(c, "slides");
	if (erg_view_add_layer(&lv, g, erg_layer_name(li), &lerr)) {
		note(c, "layer '%s' has no relation type in this type table: "
			"no figure", erg_layer_name(li));
		st = ERG_OK;
		goto done;
	}
	if ((st = erg_view_copy(&fv, &c->base, c->err)))
		goto done;
	/* the layer within the base view: the intersection of type sets */
	if (fv.n_types) {
		for (size_t i = 0; i < fv.n_types; i++)
			for (size_t k = 0; k < lv.n_types; k++)
				if (fv.types[i] == lv.types[k])
					fv.types[n++] = fv.types[i];
		fv.n_types = n;
	} else {
		free(fv.types);
		fv.types = lv.types;
		fv.n_types = lv.n_types;
		lv.types = NULL;
		lv.n_types = 0;
	}
	if (fv.n_types == 0 || relation_count(&fv, g) == 0) {
		note(c, "layer '%s' holds no relation of the view: no figure",
		     erg_layer_name(li));
		st = ERG_OK;
		goto done;
	}
	if ((st = keep_active(&fv, g, false)))
		goto done;
	total = kept_count(&fv, na);
	if ((st = cap_view(c, &fv, total, NULL)))
		goto done;
	/* subtitle: the relation types present, in table order */
	present = calloc(erg_types_count(types) + 1, sizeof(*present));
	if (!present) {
		st = ERG_ENOMEM;
		goto done;
	}
	for (size_t i = 0; i < erg_graph_relation_count(g); i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (erg_view_match(&fv, g, r))
			present[r->type] = true;
	}
	n = 0;
	for (size_t t = 0; t < erg_types_count(types); t++)
		if (present[t])
			erg__buf_printf(&sub, "%s%s", n++ ? ", " : "",
					erg_types_get(types, t)->name);
	for (char *p = sub.data; p && *p; p++)
		if (*p == '_')
			*p = ' ';
	title_of(c, title, sizeof(title), erg_layer_title(li));
	snprintf(stem, sizeof(stem), "%02zu-layer-%s", ++*fig_no,
		 erg_layer_name(li));
	st = draw_figure(c, &fv, stem, title, sub.data ? sub.data : "",
			 sub.data ? sub.data : "", total, NULL);
done:
	free(present);
	erg__buf_free(&sub);
	erg_view_clear(&lv);
	erg_view_clear(&fv);
	if (st == ERG_ENOMEM && !c->err->message[0])
		erg_error_set(c->err, st, NULL, 0, 0, "out of memory");
	return st;
}

/* fv = the base view narrowed to the actors within `d` steps of `id`
 * (erg_view_focus), then to those of its relations and their
 * affiliations; *n their number. fv is overwritten. */
static erg_status ego_at(slides_ctx *c, const char *id, unsigned d,
			 erg_view *fv, size_t *n)
{
	erg_status st;

	if ((st = erg_view_copy(fv, &c->base, c->err)))
		return st;
	if ((st = erg_view_focus(fv, c->g, id, d, c->err)))
		return st;
	if ((st = keep_active(fv, c->g, true)))
		return erg_error_set(c->err, st, NULL, 0, 0, "out of memory");
	*n = kept_count(fv, erg_graph_actor_count(c->g));
	return ERG_OK;
}

/* The ego network of `actor` into fv (overwritten): opts->depth steps,
 * one or two more while it holds fewer than ego.min_actors actors and
 * still grows, so that an actor with a single partner is shown with that
 * partner's ties rather than as two boxes and a line. *depth tells the
 * depth used. */
static erg_status ego_view(slides_ctx *c, size_t actor, erg_view *fv,
			   unsigned *depth)
{
	const char *id = erg_graph_actor_c(c->g, actor)->id;
	size_t min = (size_t)erg__theme_num(&c->st.th, "ego.min_actors", 3);
	unsigned base = c->o->depth ? c->o->depth : 1;
	size_t n = 0, pn = 0;
	erg_view probe;
	erg_status st;

	*depth = base;
	if ((st = ego_at(c, id, base, fv, &n)))
		return st;
	for (unsigned d = base + 1; n < min && d <= base + 2; d++) {
		erg_view_init(&probe);
		if ((st = ego_at(c, id, d, &probe, &pn))) {
			erg_view_clear(&probe);
			return st;
		}
		if (pn <= n) {
			erg_view_clear(&probe);
			break;
		}
		erg_view_clear(fv);
		*fv = probe;
		n = pn;
		*depth = d;
	}
	return ERG_OK;
}

/* |a & b| / |a | b| of the actors two views keep. */
static double overlap(const erg_view *a, const erg_view *b, size_t na)
{
	size_t both = 0, any = 0;
	for (size_t i = 0; i < na; i++) {
		bool x = erg_view_keeps_actor(a, i), y = erg_view_keeps_actor(b, i);
		both += x && y;
		any += x || y;
	}
	return any ? (double)both / (double)any : 1;
}

/* The ego network of `actor` as a figure, unless its actors are much the
 * same (ego.max_overlap of them, of the two sets' union) as the
 * overview's or those of an ego network already drawn: five slides of
 * one picture tell nothing. *drawn tells which; drawn egos are kept in
 * c->egos for the next comparisons. */
static erg_status ego_figure(slides_ctx *c, size_t actor, size_t *fig_no,
			     bool *drawn)
{
	const erg_actor *a = erg_graph_actor_c(c->g, actor);
	const char *label = a->label ? a->label : a->id;
	size_t na = erg_graph_actor_count(c->g), total;
	double max = erg__theme_num(&c->st.th, "ego.max_overlap", 0.8);
	char title[TITLE_MAX], sub[TITLE_MAX], stem[128], safe[64], what[400];
	unsigned depth;
	erg_view fv, capped;
	bool *protect = NULL;
	erg_status st;

	*drawn = false;
	erg_view_init(&fv);
	erg_view_init(&capped);
	if ((st = ego_view(c, actor, &fv, &depth)))
		goto done;
	if (overlap(&fv, &c->base, na) >= max) {
		note(c, "the ego network of %s holds most of the overview's "
			"actors: no figure", label);
		goto done;
	}
	for (size_t k = 0; k < c->n_egos; k++)
		if (overlap(&fv, &c->egos[k], na) >= max) {
			note(c, "the ego network of %s is much that of %s: no "
				"figure",
			     label, erg_graph_actor_c(c->g, c->ego_of[k])->label);
			goto done;
		}
	progress(c, "slides");
	/* a cut keeps the ego, the actors affiliated with it and the one it
	 * belongs to: a state's officials, a person's state */
	if (!(protect = calloc(na ? na : 1, sizeof(*protect)))) {
		st = erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				   "out of memory");
		goto done;
	}
	protect[actor] = true;
	for (size_t i = 0; i < na; i++) {
		size_t to = erg__view_affiliated_with(&fv, c->g, i);
		if (to == actor)
			protect[i] = true;
		else if (i == actor && to != (size_t)-1)
			protect[to] = true;
	}
	total = kept_count(&fv, na);
	if ((st = erg_view_copy(&capped, &fv, c->err)) ||
	    (st = cap_view(c, &capped, total, protect)))
		goto done;
	snprintf(what, sizeof(what), "ego network of %s", label);
	title_of(c, title, sizeof(title), what);
	snprintf(sub, sizeof(sub), "actors within %u step%s of %s", depth,
		 depth == 1 ? "" : "s", label);
	safe_name(safe, sizeof(safe), a->id);
	snprintf(stem, sizeof(stem), "%02zu-ego-%s", ++*fig_no, safe);
	if ((st = draw_figure(c, &capped, stem, title, sub, sub, total,
			      protect)))
		goto done;
	*drawn = true;
	if (erg__grow((void **)&c->egos, &c->cap_egos, c->n_egos + 1,
		      sizeof(*c->egos)) ||
	    erg__grow((void **)&c->ego_of, &c->cap_ego_of, c->n_egos + 1,
		      sizeof(*c->ego_of))) {
		st = erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				   "out of memory");
		goto done;
	}
	c->egos[c->n_egos] = fv;
	c->ego_of[c->n_egos++] = actor;
	erg_view_init(&fv);
done:
	free(protect);
	erg_view_clear(&fv);
	erg_view_clear(&capped);
	return st;
}

/* ---- the ranked table ---- */

/* Decimals for a column, one for all its rows so that they line up: none
 * for whole numbers, else three significant digits of the largest. */
static int column_decimals(const erg_metrics *m, erg_metric k,
			   const size_t *rows, size_t n)
{
	double max = 0;
	bool whole = true;

	if (erg_metric_is_integer(k))
		return 0;
	for (size_t i = 0; i < n; i++) {
		double v = m->values[k][rows[i]];
		if (isnan(v))
			continue;
		if (fabs(v) > max)
			max = fabs(v);
		if (fabs(v - round(v)) > 1e-9)
			whole = false;
	}
	if (whole || max >= 100)
		return 0;
	if (max >= 10)
		return 1;
	if (max >= 1)
		return 2;
	return 3;
}

/* "in_degree" -> "In degree" */
static void heading(char *buf, size_t size, erg_metric m)
{
	snprintf(buf, size, "%s", erg_metric_name(m));
	for (char *p = buf; *p; p++)
		if (*p == '_')
			*p = ' ';
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* Appends text escaped for a Graphviz HTML-like label (or, with md,
 * for a Markdown table cell). Control characters are dropped. */
static erg_status put_text(erg_buf *b, const char *s, bool md)
{
	erg_status st = ERG_OK;
	for (; s && *s && !st; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch < 0x20 || ch == 0x7f)
			continue;
		if (md) {
			if (ch == '|' || ch == '\\' || ch == '*' || ch == '_' ||
			    ch == '`' || ch == '<' || ch == '[' || ch == ']')
				st = erg__buf_putc(b, '\\');
			if (!st)
				st = erg__buf_putc(b, (char)ch);
			continue;
		}
		switch (ch) {
		case '&':
			st = erg__buf_append(b, "&amp;", 5);
			break;
		case '<':
			st = erg__buf_append(b, "&lt;", 4);
			break;
		case '>':
			st = erg__buf_append(b, "&gt;", 4);
			break;
		case '"':
			st = erg__buf_append(b, "&quot;", 6);
			break;
		default:
			st = erg__buf_putc(b, (char)ch);
		}
	}
	return st;
}

/* The source line of the table, worded like the drawing's (the drawing
 * theme's footnote.prefix and footnote.dated): the one given, else
 * "Source: <documents> · <first date> – <last date>" for the relations
 * of the view, the unknown parts left out. */
static erg_status table_footnote(slides_ctx *c, erg_buf *out)
{
	const erg_graph *g = c->g;
	const char *dmin = NULL, *dmax = NULL;
	const char *docs[DRAW_DOCS_LISTED];
	size_t n_docs = 0, more = 0;
	erg_strmap seen;
	erg_status st = ERG_OK;

	if (c->o->footnote)
		return erg__buf_printf(out, "%s", c->o->footnote);
	erg__strmap_init(&seen);
	for (size_t i = 0; i < erg_graph_relation_count(g); i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		size_t dummy;
		if (!erg_view_match(&c->base, g, r))
			continue;
		if (r->date && r->date[0]) {
			if (!dmin || strcmp(r->date, dmin) < 0)
				dmin = r->date;
			if (!dmax || strcmp(r->date, dmax) > 0)
				dmax = r->date;
		}
		if (!r->doc || !r->doc[0] ||
		    erg__strmap_get(&seen, r->doc, &dummy) == 0)
			continue;
		if (erg__strmap_put(&seen, r->doc, 1) < 0) {
			st = ERG_ENOMEM;
			break;
		}
		if (n_docs < DRAW_DOCS_LISTED)
			docs[n_docs++] = r->doc;
		else
			more++;
	}
	erg__strmap_free(&seen);
	if (!st && n_docs) {
		st = erg__buf_printf(
		    out, "%s",
		    erg__theme_get(&c->dth, "footnote.prefix", "Source: "));
		for (size_t i = 0; !st && i < n_docs; i++)
			st = erg__buf_printf(out, "%s%s", i ? ", " : "",
					     docs[i]);
		if (!st && more)
			st = erg__buf_printf(out, " and %zu more", more);
	}
	if (!st && dmin) {
		st = erg__buf_printf(
		    out, "%s%s",
		    out->len ? " \xC2\xB7 "
			     : erg__theme_get(&c->dth, "footnote.dated",
					      "Dated "),
		    dmin);
		if (!st && strcmp(dmin, dmax) != 0)
			st = erg__buf_printf(out, " \xE2\x80\x93 %s", dmax);
	}
	return st;
}

static GVC_t *slides_gvc(void)
{
	static GVC_t *gvc;
	if (!gvc)
		gvc = gvContext();
	return gvc;
}

static cairo_status_t write_fp(void *closure, const unsigned char *data,
			       unsigned int length)
{
	FILE *fp = closure;
	return fwrite(data, 1, length, fp) == length ? CAIRO_STATUS_SUCCESS
						     : CAIRO_STATUS_WRITE_ERROR;
}

/* Renders an SVG document to PNG at `dpi` (the SVG's units are points),
 * or onto exactly px[0] x px[1] pixels when px[0] > 0. */
static erg_status svg_to_png(const char *svg, size_t len, double dpi,
			     const int *px, FILE *fp, erg_error *err)
{
	GError *gerr = NULL;
	RsvgHandle *h;
	cairo_surface_t *s = NULL;
	cairo_t *cr = NULL;
	gdouble w = 0, hgt = 0;
	double scale = dpi / 72.0;
	erg_status st = ERG_OK;

	h = rsvg_handle_new_from_data((const guint8 *)svg, len, &gerr);
	if (!h) {
		st = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
				   "cannot read the table's SVG: %s",
				   gerr ? gerr->message : "unknown error");
		goto done;
	}
	rsvg_handle_set_dpi(h, 72.0);
	if (!rsvg_handle_get_intrinsic_size_in_pixels(h, &w, &hgt) || w <= 0 ||
	    hgt <= 0 || w * scale > 30000 || hgt * scale > 30000) {
		st = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
				   "the table's SVG has no usable size");
		goto done;
	}
	{
		int pw = px && px[0] > 0 ? px[0] : (int)ceil(w * scale);
		int ph = px && px[0] > 0 ? px[1] : (int)ceil(hgt * scale);
		RsvgRectangle vp = {0, 0, pw, ph};
		s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph);
		cr = cairo_create(s);
		if (!rsvg_handle_render_document(h, cr, &vp, &gerr)) {
			st = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
					   "cannot render the table: %s",
					   gerr ? gerr->message : "unknown");
			goto done;
		}
	}
	cairo_surface_flush(s);
	if (cairo_surface_write_to_png_stream(s, write_fp, fp) !=
	    CAIRO_STATUS_SUCCESS)
		st = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write the table's PNG");
done:
	if (cr)
		cairo_destroy(cr);
	if (s)
		cairo_surface_destroy(s);
	if (h)
		g_object_unref(h);
	if (gerr)
		g_error_free(gerr);
	return st;
}

static erg_status write_data(slides_ctx *c, const char *path,
			     const char *data, size_t len)
{
	erg_atomic *a = NULL;
	FILE *fp;
	erg_status st;

	if ((st = check_protected(c, path)) ||
	    (st = erg_atomic_open(&a, path, &fp, c->err)))
		return st;
	if (len && fwrite(data, 1, len, fp) != len) {
		erg_atomic_abort(a);
		return erg_error_set(c->err, ERG_EIO, path, 0, 0,
				     "cannot write: %s", strerror(errno));
	}
	return erg_atomic_commit(a, c->err);
}

/* The columns of the table: the ranking metric, then table.metrics. */
static size_t table_columns(slides_ctx *c, erg_metric *cols, size_t max)
{
	const char *list = style_get(&c->st, "table.metrics", "");
	size_t n = 0;

	cols[n++] = c->rank_by;
	while (*list && n < max) {
		char name[64];
		size_t k = strcspn(list, ",");
		erg_metric m;
		bool dup = false;
		if (k < sizeof(name)) {
			memcpy(name, list, k);
			name[k] = '\0';
			for (size_t i = 0; i < n; i++)
				dup |= erg_metric_parse(name, &m) == 0 &&
				       cols[i] == m;
			if (erg_metric_parse(name, &m) == 0 && !dup &&
			    erg_metrics_has(c->m, m))
				cols[n++] = m;
		}
		list += k;
		if (*list == ',')
			list++;
	}
	return n;
}

/* What the rendered table shows: the columns (the ranking metric first),
 * the Kind column or not, the rows, and the room left between the table
 * and the source line (so that the line sits at the foot of the page,
 * where the diagrams have theirs). */
typedef struct {
	size_t n_cols;
	bool kind;
	size_t rows;
	size_t wrap;   /* actor names broken into lines this long; 0: not */
	double spacer;
} table_shape;

/* Appends one <TR> of the ranked table's body. */
static erg_status table_row(slides_ctx *c, erg_buf *dot, size_t rank,
			    size_t actor, const erg_metric *cols,
			    const int *decimals, const table_shape *t,
			    const char *cell)
{
	const erg_actor *act = erg_graph_actor_c(c->g, actor);
	const char *kind = erg_kind_name(act->kind);
	char num[64];
	erg_status st;

	st = erg__buf_printf(dot,
			     "<TR><TD BGCOLOR=\"%s\" ALIGN=\"RIGHT\">%zu</TD>"
			     "<TD BGCOLOR=\"%s\" ALIGN=\"LEFT\" "
			     "BALIGN=\"LEFT\">",
			     cell, rank, cell);
	if (!st)
		st = erg__draw_put_wrapped(dot, act->label ? act->label : act->id,
					   t->wrap, true, "<BR ALIGN=\"LEFT\"/>");
	if (!st)
		st = erg__buf_printf(dot, "</TD>");
	if (!st && t->kind)
		st = erg__buf_printf(dot,
				     "<TD BGCOLOR=\"%s\" ALIGN=\"LEFT\">%s</TD>",
				     cell, kind ? kind : "other");
	for (size_t k = 0; !st && k < t->n_cols; k++) {
		double v = c->m->values[cols[k]][actor];
		snprintf(num, sizeof(num), "%.*f", decimals[k],
			 isnan(v) ? 0.0 : v);
		st = erg__buf_printf(dot,
				     "<TD BGCOLOR=\"%s\" ALIGN=\"RIGHT\">%s</TD>",
				     cell, num);
	}
	if (!st)
		st = erg__buf_printf(dot, "</TR>\n");
	return st;
}

/* Appends `text` as lines of an HTML-like label cell at `size` points,
 * wrapped to `width` points (DejaVu Sans averages about 0.62 em). */
static erg_status text_row(erg_buf *dot, const char *text, double size,
			   const char *color, bool bold, double width)
{
	size_t wrap = (size_t)(width / (size * 0.62));
	erg_status st;

	st = erg__buf_printf(dot,
			     "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT "
			     "POINT-SIZE=\"%.0f\" COLOR=\"%s\">%s",
			     ceil(size), color, bold ? "<B>" : "");
	if (!st)
		st = erg__draw_put_wrapped(dot, text, wrap < 10 ? 10 : wrap,
					   true, "<BR ALIGN=\"LEFT\"/>");
	if (!st)
		st = erg__buf_printf(dot, "%s</FONT></TD></TR>\n",
				     bold ? "</B>" : "");
	return st;
}

/* The ranked table's page as a Graphviz graph of one plain node: the
 * title block (sizes and colours of the drawing theme's title,
 * subtitle and footnote, so that it reads like the diagrams'), the table,
 * then the source line. */
static erg_status table_dot(slides_ctx *c, erg_buf *dot, const char *title,
			    const char *subtitle, const char *foot,
			    const size_t *sel, const erg_metric *cols,
			    const int *decimals, const table_shape *t,
			    double width)
{
	const style *sy = &c->st;
	const erg_theme *th = &c->dth;
	const char *bg = erg__theme_color(th, "graph.bgcolor"),
		   *ink = erg__theme_color(th, "text.color"),
		   *muted = erg__theme_color(th, "text.muted"),
		   *stripe = style_get(sy, "table.stripe_bgcolor", bg),
		   *hbg = style_get(sy, "table.header_bgcolor", bg);
	double gap = erg__theme_num(&sy->th, "table.gap", 12);
	char head[64];
	erg_status st;

	erg__buf_reset(dot);
	/* the graph is named by the title: the SVG's <title> */
	st = PUT_LIT(dot, "digraph \"");
	for (const char *p = title; !st && p && *p; p++)
		if (*p == '"')
			st = PUT_LIT(dot, "\\\"");
		else if (*p == '\\' && !p[1])
			; /* it would escape the closing quote */
		else if ((unsigned char)*p >= 0x20)
			st = erg__buf_putc(dot, *p);
	if (!st)
		st = PUT_LIT(dot, "\" ");
	if (st)
		return st;
	st = erg__buf_printf(
	    dot,
	    "{\ngraph [bgcolor=\"%s\", pad=\"0\", "
	    "margin=\"0\"];\nnode [shape=plain, fontname=\"%s\", "
	    "fontsize=\"%s\", fontcolor=\"%s\"];\nt [label=<<TABLE "
	    "BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
	    "CELLPADDING=\"1\">\n",
	    bg[0] ? bg : "white",
	    style_get(sy, "table.fontname", "DejaVu Sans"),
	    style_get(sy, "table.fontsize", "18"), ink[0] ? ink : "black");
	if (!st)
		st = text_row(dot, title,
			      erg__theme_num(th, "title.fontsize", 28), ink,
			      true, width);
	if (!st && subtitle[0])
		st = text_row(dot, subtitle,
			      erg__theme_num(th, "subtitle.fontsize", 18),
			      muted, false, width);
	if (!st)
		st = erg__buf_printf(
		    dot,
		    "<TR><TD HEIGHT=\"%.0f\"></TD></TR>\n<TR><TD "
		    "ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" "
		    "CELLSPACING=\"0\" CELLPADDING=\"%s\">\n<TR><TD "
		    "BGCOLOR=\"%s\" ALIGN=\"RIGHT\"><B>Rank</B></TD><TD "
		    "BGCOLOR=\"%s\" ALIGN=\"LEFT\"><B>Actor</B></TD>",
		    gap, style_get(sy, "table.cellpadding", "6"), hbg, hbg);
	if (!st && t->kind)
		st = erg__buf_printf(dot,
				     "<TD BGCOLOR=\"%s\" ALIGN=\"LEFT\"><B>Kind"
				     "</B></TD>",
				     hbg);
	for (size_t k = 0; !st && k < t->n_cols; k++) {
		heading(head, sizeof(head), cols[k]);
		st = erg__buf_printf(dot,
				     "<TD BGCOLOR=\"%s\" ALIGN=\"RIGHT\"><B>%s"
				     "</B></TD>",
				     hbg, head);
	}
	if (!st)
		st = erg__buf_printf(dot, "</TR>\n");
	for (size_t i = 0; !st && i < t->rows; i++)
		st = table_row(c, dot, i + 1, sel[i], cols, decimals, t,
			       i % 2 ? stripe : bg);
	if (!st)
		st = erg__buf_printf(dot, "</TABLE></TD></TR>\n");
	if (!st && foot[0]) {
		st = erg__buf_printf(dot, "<TR><TD HEIGHT=\"%.0f\"></TD></TR>\n",
				     t->spacer > gap ? t->spacer : gap);
		if (!st)
			st = text_row(dot, foot,
				      erg__theme_num(th, "footnote.fontsize",
						     14),
				      muted, false, width);
	}
	if (!st)
		st = erg__buf_printf(dot, "</TABLE>>];\n}\n");
	return st;
}

/* Lays out the table's graph: its size in points, and its SVG when `svg`
 * is not NULL (free with gvFreeRenderData). */
static erg_status table_layout(slides_ctx *c, const char *dot, double *w,
			       double *h, char **svg, unsigned int *svg_len)
{
	GVC_t *gvc = slides_gvc();
	int prev_err = agseterr(AGMAX);
	Agraph_t *G = gvc ? agmemread(dot) : NULL;
	const char *bb;
	double b[4];
	erg_status st = ERG_OK;

	if (!G || gvLayout(gvc, G, "dot") != 0) {
		st = erg_error_set(c->err, ERG_EALGO, NULL, 0, 0,
				   "cannot lay out the table of top actors");
		goto done;
	}
	/* gvLayout sets "x0 y0 x1 y1" (spaces), a rendering "x0,y0,x1,y1" */
	bb = agget(G, "bb");
	if (!bb || (sscanf(bb, "%lf %lf %lf %lf", &b[0], &b[1], &b[2],
			   &b[3]) != 4 &&
		    sscanf(bb, "%lf,%lf,%lf,%lf", &b[0], &b[1], &b[2],
			   &b[3]) != 4)) {
		gvFreeLayout(gvc, G);
		st = erg_error_set(c->err, ERG_EALGO, NULL, 0, 0,
				   "the table of top actors has no size");
		goto done;
	}
	*w = b[2] - b[0];
	*h = b[3] - b[1];
	if (svg && (gvRenderData(gvc, G, "svg", svg, svg_len) != 0 || !*svg))
		st = erg_error_set(c->err, ERG_EALGO, NULL, 0, 0,
				   "cannot render the table of top actors");
	gvFreeLayout(gvc, G);
done:
	if (G)
		agclose(G);
	agseterr(prev_err);
	return st;
}

/* The page of the diagrams, in points: the size of the first figure's SVG
 * (the drawing's page), so that the table and every page of the deck
 * drop onto a slide like the diagrams; a 16:9 slide when unreadable. */
static void figure_page(slides_ctx *c, double *w, double *h)
{
	GError *gerr = NULL;
	RsvgHandle *hd;
	FILE *fp;
	unsigned char ihdr[24];

	if (c->page_w > 0) {
		*w = c->page_w;
		*h = c->page_h;
		return;
	}
	*w = 960;
	*h = 540;
	if (c->n_figs &&
	    (hd = rsvg_handle_new_from_file(c->figs[0].svg, &gerr))) {
		gdouble fw, fh;
		rsvg_handle_set_dpi(hd, 72.0);
		if (rsvg_handle_get_intrinsic_size_in_pixels(hd, &fw, &fh) &&
		    fw >= 72 && fh >= 72 && fw < 14400 && fh < 14400) {
			*w = fw;
			*h = fh;
		}
		g_object_unref(hd);
	}
	g_clear_error(&gerr);
	c->page_w = *w;
	c->page_h = *h;
	/* the PNG's pixels too (the width and height of its IHDR chunk):
	 * Graphviz rounds them its own way */
	if (c->n_figs && (fp = fopen(c->figs[0].png, "rb"))) {
		if (fread(ihdr, 1, sizeof(ihdr), fp) == sizeof(ihdr) &&
		    memcmp(ihdr + 12, "IHDR", 4) == 0) {
			uint32_t pw = (uint32_t)ihdr[16] << 24 |
				      (uint32_t)ihdr[17] << 16 |
				      (uint32_t)ihdr[18] << 8 | ihdr[19];
			uint32_t ph = (uint32_t)ihdr[20] << 24 |
				      (uint32_t)ihdr[21] << 16 |
				      (uint32_t)ihdr[22] << 8 | ihdr[23];
			if (pw > 0 && ph > 0 && pw <= 30000 && ph <= 30000) {
				c->page_px[0] = (int)pw;
				c->page_px[1] = (int)ph;
			}
		}
		fclose(fp);
	}
}

/* Places Graphviz's SVG of the table (natural size w x h points) at the
 * top left margin of a W x H page (the diagrams' size), scaled by z (1
 * when it fits), on the page's colour. */
static erg_status table_page_svg(slides_ctx *c, erg_buf *out, const char *svg,
				 double W, double H, double M, double w,
				 double h, double z)
{
	const char *tag = strstr(svg, "<svg"), *end, *vb, *vbe;
	const char *bg = erg__theme_color(&c->dth, "graph.bgcolor");
	erg_status st;

	if (!tag || !(end = strchr(tag, '>')) || !(vb = strstr(tag, "viewBox=\"")) ||
	    vb > end || !(vbe = strchr(vb + 9, '"')) || vbe > end)
		return erg_error_set(c->err, ERG_EALGO, NULL, 0, 0,
				     "Graphviz wrote an unexpected SVG for "
				     "the table");
	erg__buf_reset(out);
	st = erg__buf_printf(
	    out,
	    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
	    "<svg width=\"%.2fpt\" height=\"%.2fpt\" viewBox=\"0 0 %.2f "
	    "%.2f\" xmlns=\"http://www.w3.org/2000/svg\" "
	    "xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<rect "
	    "width=\"%.2f\" height=\"%.2f\" fill=\"%s\"/>\n<svg x=\"%.2f\" "
	    "y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
	    "preserveAspectRatio=\"xMinYMin meet\" %.*s",
	    W, H, W, H, W, H, bg[0] ? bg : "white", M, M, w * z, h * z,
	    (int)(vbe + 1 - vb), vb);
	if (!st)
		st = erg__buf_printf(out, "%s\n</svg>\n", end);
	return st;
}

/* The ranked table as Markdown: every column and row, whatever the page
 * holds. */
static erg_status table_markdown(slides_ctx *c, erg_buf *md, const char *title,
				 const erg_metric *cols, size_t n_cols,
				 const size_t *sel, size_t n_sel,
				 const int *decimals, const char *foot)
{
	char head[64], num[64];
	erg_status st = erg__buf_printf(md, "# ");

	if (!st)
		st = put_text(md, title, true);
	if (!st)
		st = erg__buf_printf(md, "\n\n| Rank | Actor | Kind |");
	for (size_t k = 0; !st && k < n_cols; k++) {
		heading(head, sizeof(head), cols[k]);
		st = erg__buf_printf(md, " %s |", head);
	}
	if (!st)
		st = erg__buf_printf(md, "\n| ---: | --- | --- |");
	for (size_t k = 0; !st && k < n_cols; k++)
		st = erg__buf_printf(md, " ---: |");
	if (!st)
		st = erg__buf_printf(md, "\n");
	for (size_t i = 0; !st && i < n_sel; i++) {
		const erg_actor *act = erg_graph_actor_c(c->g, sel[i]);
		const char *kind = erg_kind_name(act->kind);
		st = erg__buf_printf(md, "| %zu | ", i + 1);
		if (!st)
			st = put_text(md, act->label ? act->label : act->id,
				      true);
		if (!st)
			st = erg__buf_printf(md, " | %s |",
					     kind ? kind : "other");
		for (size_t k = 0; !st && k < n_cols; k++) {
			double v = c->m->values[cols[k]][sel[i]];
			snprintf(num, sizeof(num), "%.*f", decimals[k],
				 isnan(v) ? 0.0 : v);
			st = erg__buf_printf(md, " %s |", num);
		}
		if (!st)
			st = erg__buf_printf(md, "\n");
	}
	if (!st && foot[0]) {
		st = erg__buf_printf(md, "\n");
		if (!st)
			st = put_text(md, foot, true);
		if (!st)
			st = erg__buf_printf(md, "\n");
	}
	return st;
}

/* The ranked table: Markdown with every column, and a figure on a page of
 * the diagrams' size (SVG, PNG) that shows what fits at its text sizes:
 * past the page's width long actor names break into lines, then the extra
 * metric columns go, last first, then the Kind column; past its height
 * the last rows. What could not fit even so
 * is scaled down. The subtitle says how many actors the table ranks and
 * when columns were left to the Markdown file. */
static erg_status table_figure(slides_ctx *c, size_t *fig_no)
{
	const erg_graph *g = c->g;
	size_t na = erg_graph_actor_count(g), *order = NULL, n_cols, total;
	erg_metric cols[8];
	int decimals[8];
	size_t *sel = NULL, n_sel = 0;
	char title[TITLE_MAX], what[128], sub[TITLE_MAX], stem[64];
	char *path_md = NULL, *path_svg = NULL, *path_png = NULL;
	char *svg = NULL;
	unsigned int svg_len = 0;
	erg_buf dot, md, foot, page;
	table_shape t;
	double W, H, M, w = 0, h = 0, z = 1, aw, ah;
	double gap = erg__theme_num(&c->st.th, "table.gap", 12);
	erg_atomic *a = NULL;
	FILE *fp;
	erg_status st;

	erg__buf_init(&dot, SLIDES_BUF_MAX);
	erg__buf_init(&md, SLIDES_BUF_MAX);
	erg__buf_init(&page, SLIDES_BUF_MAX);
	erg__buf_init(&foot, TITLE_MAX * 4);
	progress(c, "slides");
	n_cols = table_columns(c, cols, sizeof(cols) / sizeof(*cols));
	snprintf(what, sizeof(what), "top actors by %s",
		 c->rank_name);
	title_of(c, title, sizeof(title), what);
	snprintf(stem, sizeof(stem), "%02zu-top-actors", ++*fig_no);
	path_md = path_join(c->dir, stem, ".md");
	path_svg = path_join(c->dir, stem, ".svg");
	path_png = path_join(c->dir, stem, ".png");
	if (!path_md || !path_svg || !path_png)
		goto oom;
	if ((st = check_protected(c, path_png)))
		goto done;
	if ((st = erg_metrics_rank(g, c->m, c->rank_by, &order, c->err)))
		goto done;
	if ((st = table_footnote(c, &foot)))
		goto fail;
	if (!(sel = malloc((c->o->table_rows ? c->o->table_rows : 1) *
			   sizeof(*sel))))
		goto oom;
	for (size_t i = 0; i < na && n_sel < c->o->table_rows; i++)
		if (erg_view_keeps_actor(&c->base, order[i]))
			sel[n_sel++] = order[i];
	total = kept_count(&c->base, na);
	for (size_t k = 0; k < n_cols; k++)
		decimals[k] = column_decimals(c->m, cols[k], sel, n_sel);
	if ((st = table_markdown(c, &md, title, cols, n_cols, sel, n_sel,
				 decimals, foot.data ? foot.data : "")))
		goto fail;
	if ((st = write_data(c, path_md, md.data, md.len)))
		goto done;

	/* what fits on the page */
	figure_page(c, &W, &H);
	M = 72 * erg__theme_num(&c->dth, "page.margin", 0.3);
	aw = W - 2 * M;
	ah = H - 2 * M;
	t = (table_shape){n_cols, true, n_sel, 0, 0};
	for (;;) {
		/* worded like the diagrams' cuts (subtitle_of) */
		if (t.rows >= total)
			snprintf(sub, sizeof(sub), "all %zu actors, by %s",
				 total, c->rank_name);
		else
			snprintf(sub, sizeof(sub), "%zu of %zu actors, top by %s",
				 t.rows, total, c->rank_name);
		if (t.n_cols < n_cols || !t.kind)
			snprintf(sub + strlen(sub), sizeof(sub) - strlen(sub),
				 "; every column in %s.md", stem);
		if ((st = table_dot(c, &dot, title, sub,
				    foot.data ? foot.data : "", sel, cols,
				    decimals, &t, aw)))
			goto fail;
		if ((st = table_layout(c, dot.data, &w, &h, NULL, NULL)))
			goto done;
		if (w > aw + 0.5 && !t.wrap)
			t.wrap = (size_t)erg__theme_num(&c->st.th,
							"table.name_wrap", 22);
		else if (w > aw + 0.5 && t.n_cols > 1)
			t.n_cols--;
		else if (w > aw + 0.5 && t.kind)
			t.kind = false;
		else if (h > ah + 0.5 && t.rows > 3)
			t.rows--;
		else
			break;
	}
	if (w > aw || h > ah)
		z = fmin(aw / w, ah / h);
	else if (foot.len) {
		/* the source line at the foot of the page */
		t.spacer = gap + (ah - h);
		if ((st = table_dot(c, &dot, title, sub, foot.data, sel, cols,
				    decimals, &t, aw)))
			goto fail;
	}
	if ((st = table_layout(c, dot.data, &w, &h, &svg, &svg_len)))
		goto done;
	if (w > aw + 0.5 || h > ah + 0.5)
		z = fmin(aw / w, ah / h);
	if ((st = table_page_svg(c, &page, svg, W, H, M, w, h, z)))
		goto done;
	if ((st = write_data(c, path_svg, page.data, page.len)))
		goto done;
	if ((st = erg_atomic_open(&a, path_png, &fp, c->err)))
		goto done;
	if ((st = svg_to_png(page.data, page.len,
			     c->o->dpi > 0 ? c->o->dpi : 200, c->page_px, fp,
			     c->err)))
		goto done;
	st = erg_atomic_commit(a, c->err);
	a = NULL;
	if (!st)
		st = add_figure(c, path_svg, path_png, title);
	goto done;
oom:
	st = ERG_ENOMEM;
fail:
	st = erg_error_set(c->err, st, NULL, 0, 0,
			   "cannot build the table of top actors: %s",
			   erg_status_str(st));
done:
	erg_atomic_abort(a);
	if (svg)
		gvFreeRenderData(svg);
	free(order);
	free(sel);
	free(path_md);
	free(path_svg);
	free(path_png);
	erg__buf_free(&dot);
	erg__buf_free(&md);
	erg__buf_free(&page);
	erg__buf_free(&foot);
	return st;
}

/* ---- deck.pdf ---- */

static void parse_color(const char *s, double rgb[3])
{
	unsigned v;
	rgb[0] = rgb[1] = rgb[2] = 1.0;
	if (s && s[0] == '#' && strlen(s) == 7 && sscanf(s + 1, "%6x", &v) == 1) {
		rgb[0] = ((v >> 16) & 0xff) / 255.0;
		rgb[1] = ((v >> 8) & 0xff) / 255.0;
		rgb[2] = (v & 0xff) / 255.0;
	}
}

static erg_status write_deck(slides_ctx *c)
{
	char *path = path_join(c->dir, "deck", ".pdf");
	erg_atomic *a = NULL;
	FILE *fp;
	cairo_surface_t *pdf = NULL;
	cairo_t *cr = NULL;
	RsvgHandle *h = NULL;
	GError *gerr = NULL;
	double w, hgt, bg[3];
	erg_status st;

	progress(c, "slides");
	parse_color(erg__theme_color(&c->dth, "graph.bgcolor"), bg);
	if (!path)
		return erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	if ((st = check_protected(c, path)))
		goto done;
	/* every page has the diagrams' size (the table's figure too) */
	figure_page(c, &w, &hgt);
	if ((st = erg_atomic_open(&a, path, &fp, c->err)))
		goto done;
	pdf = cairo_pdf_surface_create_for_stream(write_fp, fp, w, hgt);
	cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_TITLE,
				       c->pdf_title);
	cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATOR,
				       "ergraph " ERG_VERSION_STRING);
	cr = cairo_create(pdf);
	for (size_t i = 0; i < c->n_figs; i++) {
		RsvgRectangle vp = {0, 0, w, hgt};
		char link[32];

		if (!(h = rsvg_handle_new_from_file(c->figs[i].svg, &gerr))) {
			st = erg_error_set(c->err, ERG_EALGO, c->figs[i].svg,
					   0, 0, "cannot read for the deck: %s",
					   gerr ? gerr->message : "unknown");
			goto done;
		}
		rsvg_handle_set_dpi(h, 72.0);
		cairo_save(cr);
		cairo_set_source_rgb(cr, bg[0], bg[1], bg[2]);
		cairo_paint(cr);
		cairo_restore(cr);
		if (!rsvg_handle_render_document(h, cr, &vp, &gerr)) {
			st = erg_error_set(c->err, ERG_EALGO, c->figs[i].svg,
					   0, 0, "cannot draw into the deck: %s",
					   gerr ? gerr->message : "unknown");
			goto done;
		}
		g_object_unref(h);
		h = NULL;
		snprintf(link, sizeof(link), "page=%zu", i + 1);
		cairo_pdf_surface_add_outline(pdf, CAIRO_PDF_OUTLINE_ROOT,
					      c->figs[i].title, link, 0);
		cairo_show_page(cr);
	}
	cairo_destroy(cr);
	cr = NULL;
	cairo_surface_finish(pdf);
	if (cairo_surface_status(pdf) != CAIRO_STATUS_SUCCESS) {
		st = erg_error_set(c->err, ERG_EIO, path, 0, 0,
				   "cannot write the deck: %s",
				   cairo_status_to_string(
				       cairo_surface_status(pdf)));
		goto done;
	}
	cairo_surface_destroy(pdf);
	pdf = NULL;
	st = erg_atomic_commit(a, c->err);
	a = NULL;
done:
	if (cr)
		cairo_destroy(cr);
	if (pdf) {
		cairo_surface_finish(pdf);
		cairo_surface_destroy(pdf);
	}
	if (h)
		g_object_unref(h);
	g_clear_error(&gerr);
	erg_atomic_abort(a);
	free(path);
	return st;
}

/* ---- all of it ---- */

erg_status erg_slides_write(const erg_graph *g, const erg_slides_opts *opts,
			    const char *dir, erg_error *err)
{
	erg_slides_opts defaults;
	erg_analyze_opts aopts;
	slides_ctx c;
	size_t *order = NULL, fig_no = 0, egos = 0;
	size_t na = erg_graph_actor_count(g);
	erg_status st;

	if (!opts) {
		erg_slides_opts_init(&defaults);
		opts = &defaults;
	}
	memset(&c, 0, sizeof(c));
	c.g = g;
	c.o = opts;
	c.dir = dir;
	c.err = err;
	c.rank_by = opts->rank_by;
	erg_view_init(&c.base);
	if (!dir || !dir[0])
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "no output folder");
	if ((unsigned)c.rank_by >= ERG_METRIC__COUNT)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "unknown metric %d", (int)c.rank_by);
	if ((st = style_load(&c.st, opts->theme, err)) ||
	    (st = erg__theme_load(&c.dth, opts->theme, err))) {
		erg__theme_free(&c.st.th);
		erg__theme_free(&c.dth);
		return st;
	}
	if ((st = erg_view_copy(&c.base, opts->view, err)))
		goto done;
	if ((st = keep_active(&c.base, g, false))) {
		st = erg_error_set(err, st, NULL, 0, 0, "out of memory");
		goto done;
	}
	if (kept_count(&c.base, na) == 0) {
		st = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				   "no relation passes the view: nothing to "
				   "draw");
		goto done;
	}
	/* a GraphML graph id ("G") is an identifier, not a title */
	if (opts->title && opts->title[0])
		c.name = opts->title;
	else
		c.name = erg__graph_title(g);
	if (c.name)
		c.pdf_title = c.name;
	else if ((st = name_from_documents(&c)))
		goto done;
	if ((st = make_dir(dir, err)))
		goto done;
	erg_analyze_opts_init(&aopts);
	aopts.jobs = opts->jobs ? opts->jobs : 1;
	if ((st = erg_analyze(g, &c.base, &aopts, &c.m, err)))
		goto done;
	if (!erg_metrics_has(c.m, c.rank_by)) {
		note(&c, "%s could not be computed: actors are ranked by degree",
		     erg_metric_name(c.rank_by));
		c.rank_by = ERG_METRIC_DEGREE;
	}
	snprintf(c.rank_name, sizeof(c.rank_name), "%s",
		 erg_metric_name(c.rank_by));
	for (char *p = c.rank_name; *p; p++)
		if (*p == '_')
			*p = ' ';
	c.steps = 1 + erg_layers_count() + opts->egos + 2;
	if ((st = overview(&c, &fig_no)))
		goto done;
	for (size_t i = 0; i < erg_layers_count(); i++)
		if ((st = layer_figure(&c, i, &fig_no)))
			goto done;
	if ((st = erg_metrics_rank(g, c.m, c.rank_by, &order, err)))
		goto done;
	/* the best ranked actors whose ego networks differ */
	for (size_t i = 0; i < na && egos < opts->egos; i++) {
		bool drawn;
		if (!erg_view_keeps_actor(&c.base, order[i]))
			continue;
		if ((st = ego_figure(&c, order[i], &fig_no, &drawn)))
			goto done;
		egos += drawn;
	}
	c.step += opts->egos - egos;
	if ((st = table_figure(&c, &fig_no)))
		goto done;
	st = write_deck(&c);
done:
	free(order);
	for (size_t i = 0; i < c.n_figs; i++) {
		free(c.figs[i].svg);
		free(c.figs[i].png);
		free(c.figs[i].title);
	}
	free(c.figs);
	for (size_t i = 0; i < c.n_egos; i++)
		erg_view_clear(&c.egos[i]);
	free(c.egos);
	free(c.ego_of);
	erg_metrics_free(c.m);
	free(c.name_buf);
	erg_view_clear(&c.base);
	erg__theme_free(&c.st.th);
	erg__theme_free(&c.dth);
	return st;
}
