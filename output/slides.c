/*
 * slides.c - the standard briefing figures and deck.pdf (see
 * ergraph/slides.h).
 *
 * Every diagram is a view turned into a network of its own
 * (erg_view_subgraph) and drawn by erg_draw_many, SVG and PNG from one
 * layout. The actors of a figure are those taking part in a relation of
 * its view; past max_actors, the best ranked ones. Metrics are computed
 * once on the whole view and mapped onto each sub-network by actor id,
 * so that node sizes and tooltips agree between slides.
 *
 * The ranked table is a Graphviz HTML-like table (presentation from
 * lexicons/slides.tsv, compiled in) rendered to SVG by Graphviz; its PNG
 * and the pages of deck.pdf are drawn from the SVG files by librsvg onto
 * cairo surfaces (an image surface, a PDF surface with one page per
 * figure sized like the first figure, and an outline naming each page).
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
#include "util_internal.h"

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
	char *title;
} figure;

typedef struct {
	const erg_graph *g;
	const erg_slides_opts *o;
	const char *dir;
	const char *name;     /* the network's name in titles */
	char *name_buf;       /* owned name, or NULL */
	erg_metric rank_by;
	erg_metrics *m;       /* on g, over the base view */
	erg_view base;        /* opts->view, restricted to active actors */
	style st;
	figure *figs;
	size_t n_figs, cap_figs;
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
			     const char *title)
{
	figure *f;
	if (erg__grow((void **)&c->figs, &c->cap_figs, c->n_figs + 1,
		      sizeof(*c->figs)))
		return erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	f = &c->figs[c->n_figs];
	f->svg = erg__strdup(svg);
	f->title = erg__strdup(title);
	if (!f->svg || !f->title) {
		free(f->svg);
		free(f->title);
		return erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	c->n_figs++;
	return ERG_OK;
}

/* Narrows v's selection to the actors taking part in a relation passing
 * it. */
static erg_status keep_active(erg_view *v, const erg_graph *g)
{
	size_t na = erg_graph_actor_count(g), nr = erg_graph_relation_count(g);
	bool *keep = calloc(na ? na : 1, sizeof(*keep));
	if (!keep)
		return ERG_ENOMEM;
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (!erg_view_match(v, g, r))
			continue;
		keep[r->source] = true;
		keep[r->target] = true;
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

/* The name in titles when neither opts->title nor the graph gives one:
 * the document the relations of the view come from ("ties-2024"), the
 * first of several ("ties-2024 and 2 more documents"), else
 * "Network". */
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
	c->name = c->name_buf ? c->name_buf : "Network";
	erg__buf_free(&b);
	erg__strmap_free(&seen);
	if (st)
		return erg_error_set(c->err, st, NULL, 0, 0, "out of memory");
	return ERG_OK;
}

/* ---- one diagram ---- */

/* The subtitle of a figure that shows `shown` of `total` actors: `full`
 * when it shows them all, else `base` with the cut named. */
static void subtitle_of(slides_ctx *c, char *buf, size_t size,
			const char *base, const char *full, size_t shown,
			size_t total)
{
	if (shown >= total)
		snprintf(buf, size, "%s", full);
	else
		snprintf(buf, size, "%s%sthe %zu actors ranked highest by %s, "
				    "of %zu",
			 base, base[0] ? ": " : "", shown,
			 erg_metric_name(c->rank_by), total);
}

/* Draws one figure of the actors fv keeps (`total` before any cut; the
 * actor `center` always stays). A page that cannot name every actor at
 * its text size is drawn again with fewer actors, the best ranked, so
 * that no actor on a slide goes unnamed; the subtitle then names the
 * cut (subtitle_of). */
static erg_status draw_figure(slides_ctx *c, const erg_view *fv0,
			      const char *stem, const char *title,
			      const char *base, const char *full, size_t total,
			      const size_t *center)
{
	erg_graph *sub = NULL;
	erg_metrics *mm = NULL;
	erg_draw_opts d;
	erg_view fv;
	erg_atomic *a[2] = {NULL, NULL};
	FILE *fp[2] = {NULL, NULL};
	static const erg_format fmts[2] = {ERG_FORMAT_SVG, ERG_FORMAT_PNG};
	char *path[2] = {NULL, NULL};
	char subtitle[TITLE_MAX];
	size_t na = erg_graph_actor_count(c->g), shown;
	erg_status st;

	erg_view_init(&fv);
	path[0] = path_join(c->dir, stem, ".svg");
	path[1] = path_join(c->dir, stem, ".png");
	if (!path[0] || !path[1]) {
		st = erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				   "out of memory");
		goto done;
	}
	if ((st = check_protected(c, path[0])) ||
	    (st = check_protected(c, path[1])) ||
	    (st = erg_view_copy(&fv, fv0, c->err)))
		goto done;
	shown = kept_count(&fv, na);
	for (int attempt = 0;; attempt++) {
		size_t labeled = 0, drawn = 0;
		subtitle_of(c, subtitle, sizeof(subtitle), base, full, shown,
			    total);
		erg_graph_free(sub);
		mapped_free(mm);
		sub = NULL;
		mm = NULL;
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
			if ((st = erg_atomic_open(&a[i], path[i], &fp[i],
						  c->err)))
				goto done;
		if ((st = erg__draw_many_labels(sub, &d, fmts, fp, 2,
						attempt < 6 && d.size_by < 0,
						&labeled, &drawn, c->err)))
			goto done;
		/* a figure sized by a metric labels by it on purpose */
		if (labeled >= drawn || d.size_by >= 0 || attempt >= 6 ||
		    shown <= 2)
			break;
		for (int i = 0; i < 2; i++) {
			erg_atomic_abort(a[i]);
			a[i] = NULL;
		}
		/* the best ranked, halfway to as many as were named: a
		 * smaller network often lays out tighter */
		if ((st = erg_view_top(&fv, c->g, c->m, c->rank_by,
				       shown - (drawn - labeled + 1) / 2,
				       c->err)))
			goto done;
		if (center && *center < fv.n_keep)
			fv.keep[*center] = true;
		shown = kept_count(&fv, na);
	}
	for (int i = 0; i < 2; i++) {
		st = erg_atomic_commit(a[i], c->err);
		a[i] = NULL;
		if (st)
			goto done;
	}
	st = add_figure(c, path[0], title);
done:
	for (int i = 0; i < 2; i++) {
		erg_atomic_abort(a[i]);
		free(path[i]);
	}
	erg_view_clear(&fv);
	mapped_free(mm);
	erg_graph_free(sub);
	return st;
}

/* Caps fv at max_actors by rank (keeping `center` when given). */
static erg_status cap_view(slides_ctx *c, erg_view *fv, size_t total,
			   const size_t *center)
{
	if (total <= c->o->max_actors)
		return ERG_OK;
	if (erg_view_top(fv, c->g, c->m, c->rank_by, c->o->max_actors,
			 c->err))
		return c->err ? c->err->code : ERG_EINVAL;
	if (center && *center < fv->n_keep)
		fv->keep[*center] = true;
	return ERG_OK;
}

static void title_of(slides_ctx *c, char *buf, size_t size, const char *what)
{
	snprintf(buf, size, "%s: %s", c->name, what);
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
	if ((st = keep_active(&fv, g)))
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

static erg_status ego_figure(slides_ctx *c, size_t actor, size_t *fig_no)
{
	const erg_actor *a = erg_graph_actor_c(c->g, actor);
	const char *label = a->label ? a->label : a->id;
	size_t total;
	char title[TITLE_MAX], sub[TITLE_MAX], stem[128], safe[64], what[400];
	erg_view fv;
	erg_status st;

	progress(c, "slides");
	if ((st = erg_view_copy(&fv, &c->base, c->err)))
		return st;
	if ((st = erg_view_focus(&fv, c->g, a->id, c->o->depth, c->err)) ||
	    (st = keep_active(&fv, c->g)))
		goto done;
	total = kept_count(&fv, erg_graph_actor_count(c->g));
	if ((st = cap_view(c, &fv, total, &actor)))
		goto done;
	snprintf(what, sizeof(what), "ego network of %s", label);
	title_of(c, title, sizeof(title), what);
	snprintf(sub, sizeof(sub), "actors within %u step%s of %s",
		 c->o->depth, c->o->depth == 1 ? "" : "s", label);
	safe_name(safe, sizeof(safe), a->id);
	snprintf(stem, sizeof(stem), "%02zu-ego-%s", ++*fig_no, safe);
	st = draw_figure(c, &fv, stem, title, sub, sub, total, &actor);
done:
	erg_view_clear(&fv);
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

/* The footnote of the table: the one given, else the source documents
 * and the date range of the relations in the view. */
static erg_status table_footnote(slides_ctx *c, erg_buf *out)
{
	const erg_graph *g = c->g;
	const char *dmin = NULL, *dmax = NULL;
	const char *docs[3];
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
		if (n_docs < 3)
			docs[n_docs++] = r->doc;
		else
			more++;
	}
	erg__strmap_free(&seen);
	if (st)
		return st;
	if (n_docs) {
		erg__buf_printf(out, "Source%s: ", n_docs + more > 1 ? "s" : "");
		for (size_t i = 0; i < n_docs; i++)
			erg__buf_printf(out, "%s%s", i ? ", " : "", docs[i]);
		if (more)
			erg__buf_printf(out, " and %zu more", more);
	}
	if (dmin && dmax) {
		if (out->len)
			erg__buf_printf(out, ". ");
		if (strcmp(dmin, dmax) == 0)
			erg__buf_printf(out, "Relations dated %s", dmin);
		else
			erg__buf_printf(out, "Relations dated %s to %s", dmin,
					dmax);
	}
	return ERG_OK;
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

/* Renders an SVG document to PNG at `dpi` (the SVG's units are points). */
static erg_status svg_to_png(const char *svg, size_t len, double dpi,
			     FILE *fp, erg_error *err)
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
	s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32,
				       (int)ceil(w * scale),
				       (int)ceil(hgt * scale));
	cr = cairo_create(s);
	{
		RsvgRectangle vp = {0, 0, ceil(w * scale), ceil(hgt * scale)};
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

static erg_status table_figure(slides_ctx *c, size_t *fig_no)
{
	const erg_graph *g = c->g;
	const style *sy = &c->st;
	size_t na = erg_graph_actor_count(g), *order = NULL, rows = 0,
	       n_cols;
	erg_metric cols[8];
	int decimals[8];
	size_t *sel = NULL, n_sel = 0;
	char title[TITLE_MAX], what[128], stem[64], num[64], head[64];
	char *path_md = NULL, *path_svg = NULL, *path_png = NULL;
	char *svg = NULL;
	unsigned int svg_len = 0;
	const char *bg = style_get(sy, "table.bgcolor", ""),
		   *stripe = style_get(sy, "table.stripe_bgcolor", bg),
		   *hbg = style_get(sy, "table.header_bgcolor", bg),
		   *muted = style_get(sy, "table.muted_color", "");
	erg_buf dot, md, foot;
	Agraph_t *G = NULL;
	GVC_t *gvc;
	erg_atomic *a = NULL;
	FILE *fp;
	int prev_err;
	erg_status st;

	erg__buf_init(&dot, SLIDES_BUF_MAX);
	erg__buf_init(&md, SLIDES_BUF_MAX);
	erg__buf_init(&foot, TITLE_MAX * 4);
	progress(c, "slides");
	n_cols = table_columns(c, cols, sizeof(cols) / sizeof(*cols));
	snprintf(what, sizeof(what), "top actors by %s",
		 erg_metric_name(c->rank_by));
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

	/* Markdown */
	st = erg__buf_printf(&md, "# ");
	if (!st)
		st = put_text(&md, title, true);
	if (!st)
		st = erg__buf_printf(&md, "\n\n| Rank | Actor | Kind |");
	for (size_t k = 0; !st && k < n_cols; k++) {
		heading(head, sizeof(head), cols[k]);
		st = erg__buf_printf(&md, " %s |", head);
	}
	if (!st)
		st = erg__buf_printf(&md, "\n| ---: | --- | --- |");
	for (size_t k = 0; !st && k < n_cols; k++)
		st = erg__buf_printf(&md, " ---: |");
	if (!st)
		st = erg__buf_printf(&md, "\n");

	/* Graphviz HTML-like table */
	if (!st)
		st = erg__buf_printf(
		    &dot,
		    "digraph top_actors {\ngraph [bgcolor=\"%s\", pad=\"0.35\","
		    " margin=\"0\"];\nnode [shape=plain, fontname=\"%s\", "
		    "fontsize=\"%s\", fontcolor=\"%s\"];\nt [label=<<TABLE "
		    "BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
		    "CELLPADDING=\"9\">\n<TR><TD COLSPAN=\"%zu\" "
		    "ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%s\"><B>",
		    bg, style_get(sy, "table.fontname", "DejaVu Sans"),
		    style_get(sy, "table.fontsize", "18"),
		    style_get(sy, "table.color", ""), n_cols + 3,
		    style_get(sy, "table.title_fontsize", "28"));
	if (!st)
		st = put_text(&dot, title, false);
	if (!st)
		st = erg__buf_printf(&dot,
				     "</B></FONT></TD></TR>\n<TR><TD "
				     "BGCOLOR=\"%s\" ALIGN=\"RIGHT\"><B>Rank"
				     "</B></TD><TD BGCOLOR=\"%s\" "
				     "ALIGN=\"LEFT\"><B>Actor</B></TD><TD "
				     "BGCOLOR=\"%s\" ALIGN=\"LEFT\"><B>Kind"
				     "</B></TD>",
				     hbg, hbg, hbg);
	for (size_t k = 0; !st && k < n_cols; k++) {
		heading(head, sizeof(head), cols[k]);
		st = erg__buf_printf(&dot,
				     "<TD BGCOLOR=\"%s\" ALIGN=\"RIGHT\"><B>%s"
				     "</B></TD>",
				     hbg, head);
	}
	if (!st)
		st = erg__buf_printf(&dot, "</TR>\n");

	/* the rows, then one number format per column */
	if (!(sel = malloc((c->o->table_rows ? c->o->table_rows : 1) *
			   sizeof(*sel))))
		goto oom;
	for (size_t i = 0; i < na && n_sel < c->o->table_rows; i++)
		if (erg_view_keeps_actor(&c->base, order[i]))
			sel[n_sel++] = order[i];
	for (size_t k = 0; k < n_cols; k++)
		decimals[k] = column_decimals(c->m, cols[k], sel, n_sel);

	for (size_t i = 0; !st && i < na && rows < c->o->table_rows; i++) {
		const erg_actor *act = erg_graph_actor_c(g, order[i]);
		const char *cell = rows % 2 ? stripe : bg;
		const char *kind = erg_kind_name(act->kind);
		if (!erg_view_keeps_actor(&c->base, order[i]))
			continue;
		rows++;
		if (!kind)
			kind = "other";
		st = erg__buf_printf(&md, "| %zu | ", rows);
		if (!st)
			st = put_text(&md, act->label ? act->label : act->id,
				      true);
		if (!st)
			st = erg__buf_printf(&md, " | %s |", kind);
		if (!st)
			st = erg__buf_printf(
			    &dot,
			    "<TR><TD BGCOLOR=\"%s\" ALIGN=\"RIGHT\">%zu</TD>"
			    "<TD BGCOLOR=\"%s\" ALIGN=\"LEFT\">",
			    cell, rows, cell);
		if (!st)
			st = put_text(&dot, act->label ? act->label : act->id,
				      false);
		if (!st)
			st = erg__buf_printf(&dot,
					     "</TD><TD BGCOLOR=\"%s\" "
					     "ALIGN=\"LEFT\">%s</TD>",
					     cell, kind);
		for (size_t k = 0; !st && k < n_cols; k++) {
			double v = c->m->values[cols[k]][order[i]];
			snprintf(num, sizeof(num), "%.*f", decimals[k],
				 isnan(v) ? 0.0 : v);
			st = erg__buf_printf(&md, " %s |", num);
			if (!st)
				st = erg__buf_printf(
				    &dot,
				    "<TD BGCOLOR=\"%s\" ALIGN=\"RIGHT\">%s"
				    "</TD>",
				    cell, num);
		}
		if (!st)
			st = erg__buf_printf(&md, "\n");
		if (!st)
			st = erg__buf_printf(&dot, "</TR>\n");
	}
	if (!st && foot.len) {
		st = erg__buf_printf(&md, "\n");
		if (!st)
			st = put_text(&md, foot.data, true);
		if (!st)
			st = erg__buf_printf(&md, "\n");
		if (!st)
			st = erg__buf_printf(
			    &dot,
			    "<TR><TD COLSPAN=\"%zu\" ALIGN=\"LEFT\"><FONT "
			    "POINT-SIZE=\"%s\" COLOR=\"%s\">",
			    n_cols + 3,
			    style_get(sy, "table.note_fontsize", "14"), muted);
		if (!st)
			st = put_text(&dot, foot.data, false);
		if (!st)
			st = erg__buf_printf(&dot, "</FONT></TD></TR>\n");
	}
	if (!st)
		st = erg__buf_printf(&dot, "</TABLE>>];\n}\n");
	if (st)
		goto fail;

	if ((st = write_data(c, path_md, md.data, md.len)))
		goto done;

	/* lay out and render the table */
	gvc = slides_gvc();
	prev_err = agseterr(AGMAX);
	G = gvc ? agmemread(dot.data) : NULL;
	if (!G || gvLayout(gvc, G, "dot") != 0) {
		agseterr(prev_err);
		st = erg_error_set(c->err, ERG_EALGO, NULL, 0, 0,
				   "cannot lay out the table of top actors");
		goto done;
	}
	if (gvRenderData(gvc, G, "svg", &svg, &svg_len) != 0 || !svg) {
		gvFreeLayout(gvc, G);
		agseterr(prev_err);
		st = erg_error_set(c->err, ERG_EALGO, NULL, 0, 0,
				   "cannot render the table of top actors");
		goto done;
	}
	gvFreeLayout(gvc, G);
	agseterr(prev_err);
	if ((st = write_data(c, path_svg, svg, svg_len)))
		goto done;
	if ((st = erg_atomic_open(&a, path_png, &fp, c->err)))
		goto done;
	if ((st = svg_to_png(svg, svg_len, c->o->dpi > 0 ? c->o->dpi : 200, fp,
			     c->err)))
		goto done;
	st = erg_atomic_commit(a, c->err);
	a = NULL;
	if (!st)
		st = add_figure(c, path_svg, title);
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
	if (G)
		agclose(G);
	free(order);
	free(sel);
	free(path_md);
	free(path_svg);
	free(path_png);
	erg__buf_free(&dot);
	erg__buf_free(&md);
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
	double w = 960, hgt = 540, bg[3];
	erg_status st;

	progress(c, "slides");
	parse_color(style_get(&c->st, "table.bgcolor", ""), bg);
	if (!path)
		return erg_error_set(c->err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	if ((st = check_protected(c, path)))
		goto done;
	/* pages take the size of the first figure (the overview: the
	 * drawing's page size) */
	if (c->n_figs &&
	    (h = rsvg_handle_new_from_file(c->figs[0].svg, &gerr))) {
		gdouble fw, fh;
		rsvg_handle_set_dpi(h, 72.0);
		if (rsvg_handle_get_intrinsic_size_in_pixels(h, &fw, &fh) &&
		    fw >= 72 && fh >= 72 && fw < 14400 && fh < 14400) {
			w = fw;
			hgt = fh;
		}
		g_object_unref(h);
		h = NULL;
	}
	g_clear_error(&gerr);
	if ((st = erg_atomic_open(&a, path, &fp, c->err)))
		goto done;
	pdf = cairo_pdf_surface_create_for_stream(write_fp, fp, w, hgt);
	cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_TITLE, c->name);
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
	if ((st = style_load(&c.st, opts->theme, err))) {
		erg__theme_free(&c.st.th);
		return st;
	}
	if ((st = erg_view_copy(&c.base, opts->view, err)))
		goto done;
	if ((st = keep_active(&c.base, g))) {
		st = erg_error_set(err, st, NULL, 0, 0, "out of memory");
		goto done;
	}
	if (kept_count(&c.base, na) == 0) {
		st = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				   "no relation passes the view: nothing to "
				   "draw");
		goto done;
	}
	if (opts->title && opts->title[0])
		c.name = opts->title;
	else if (erg_graph_name(g) && erg_graph_name(g)[0])
		c.name = erg_graph_name(g);
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
	c.steps = 1 + erg_layers_count() + opts->egos + 2;
	if ((st = overview(&c, &fig_no)))
		goto done;
	for (size_t i = 0; i < erg_layers_count(); i++)
		if ((st = layer_figure(&c, i, &fig_no)))
			goto done;
	if ((st = erg_metrics_rank(g, c.m, c.rank_by, &order, err)))
		goto done;
	for (size_t i = 0; i < na && egos < opts->egos; i++) {
		if (!erg_view_keeps_actor(&c.base, order[i]))
			continue;
		egos++;
		if ((st = ego_figure(&c, order[i], &fig_no)))
			goto done;
	}
	c.step += opts->egos - egos;
	if ((st = table_figure(&c, &fig_no)))
		goto done;
	st = write_deck(&c);
done:
	free(order);
	for (size_t i = 0; i < c.n_figs; i++) {
		free(c.figs[i].svg);
		free(c.figs[i].title);
	}
	free(c.figs);
	erg_metrics_free(c.m);
	free(c.name_buf);
	erg_view_clear(&c.base);
	erg__theme_free(&c.st.th);
	return st;
}
