/*
 * draw.c - diagrams through Graphviz (see ergraph/output.h).
 *
 * The diagram is built as a cgraph graph from the aggregate view
 * (erg_aggregate_build): one node per actor, named by the actor id, and
 * one edge per (source, target, type) bundle of relations. Presentation
 * is data: the theme (lexicons/theme-default.tsv, compiled in) gives the
 * graph/node/edge defaults, the shape and fill of each actor kind, the
 * line style of each modality and the legend headings; the colour of a
 * relation comes from the graph's type table.
 *
 * Choices:
 *  - Actors: with no view every actor is drawn, isolated ones included;
 *    with a view only actors that take part in a relation passing it.
 *  - Style of a bundle: the theme's style.rank lists line styles from most
 *    to least certain and a bundle takes the first style that one of its
 *    relations' modalities maps to, so a single reported relation makes
 *    the connection solid, and a bundle that is only alleged or denied is
 *    dashed, only projected/hypothetical/prescribed dotted.
 *  - Pen width: 1 + 2 log2(total weight), at least 1, at most 8.
 *  - Undirected bundles get dir=none.
 *  - The legend is one node with an HTML-like table (it stays together
 *    under every layout engine): the relation types present (a line in
 *    their colour), the line styles present with the modalities they
 *    stand for, and the actor kinds present (fill swatch, kind and shape).
 *  - Text in labels and tooltips is escaped for Graphviz escString
 *    values: a backslash becomes "\\", a newline "\n"; other control
 *    characters are dropped and invalid UTF-8 becomes U+FFFD. Text in the
 *    HTML-like legend uses &amp; &lt; &gt; &quot;.
 *  - Layout engine: opts->engine, else the theme's engine.small up to
 *    engine.small_max actors and engine.large beyond (engine.fallback when
 *    that plugin is missing).
 *
 * Graphviz reports problems through agerr(), which prints by default; a
 * callback records them for the duration of a call (the previous handler
 * and level are restored) and a failed layout or render becomes
 * ERG_EALGO carrying Graphviz's message. Graphviz keeps global state (and
 * draw.c one Graphviz context for the process), so drawing is not
 * thread-safe.
 */
#include "ergraph/output.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "util_internal.h"

extern const unsigned char erg_default_theme_tsv[];
extern const size_t erg_default_theme_tsv_len;

#define DRAW_BUF_MAX ((size_t)64 << 20)
#define LEGEND_NAME "ergraph:legend"

/* ---- theme ---- */

typedef struct {
	const char *key;
	const char *value;
} theme_row;

typedef struct {
	char *data; /* the text, cut into NUL-terminated keys and values */
	theme_row *rows;
	size_t n, cap;
} theme;

static void theme_free(theme *t)
{
	free(t->data);
	free(t->rows);
	memset(t, 0, sizeof(*t));
}

/* Parses "key<TAB>value" rows; '#' starts a comment line, a header row
 * "key<TAB>value" is skipped. */
static erg_status theme_parse(theme *t, const char *text, size_t len,
			      const char *name, erg_error *err)
{
	char *p, *end;
	long line = 0;

	memset(t, 0, sizeof(*t));
	if (!(t->data = erg__strndup(text, len)))
		goto oom;
	p = t->data;
	end = t->data + len;
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *tab;
		char *eol = nl ? nl : end;
		line++;
		*eol = '\0';
		if (eol > p && eol[-1] == '\r')
			eol[-1] = '\0';
		if (p[0] && p[0] != '#') {
			tab = strchr(p, '\t');
			if (!tab || tab == p) {
				erg_status st =
				    erg_error_set(err, ERG_EPARSE, name, line,
						  tab ? 1 : (long)strlen(p) + 1,
						  "expected key<TAB>value");
				theme_free(t);
				return st;
			}
			*tab = '\0';
			if (strcmp(p, "key") != 0 ||
			    strcmp(tab + 1, "value") != 0) {
				if (erg__grow((void **)&t->rows, &t->cap,
					      t->n + 1, sizeof(theme_row)))
					goto oom;
				t->rows[t->n].key = p;
				t->rows[t->n].value = tab + 1;
				t->n++;
			}
		}
		p = eol + 1;
	}
	return ERG_OK;
oom:
	theme_free(t);
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

/* Value of `key`, the last row winning; `def` when absent. */
static const char *theme_get(const theme *t, const char *key, const char *def)
{
	for (size_t i = t->n; i-- > 0;)
		if (strcmp(t->rows[i].key, key) == 0)
			return t->rows[i].value;
	return def;
}

/* ---- escaping ---- */

/* Appends s escaped for an HTML-like label (html) or an escString value,
 * with every invalid UTF-8 byte replaced by U+FFFD and control characters
 * dropped (newline and tab become a space in HTML, "\n" and a space in
 * escStrings). */
static erg_status put_text(erg_buf *b, const char *s, bool html)
{
	size_t n = strlen(s), i = 0;

	while (i < n) {
		size_t bad = n;
		size_t stop;
		if (!erg__utf8_valid(s + i, n - i, &bad))
			bad += i;
		else
			bad = n;
		/* copy the valid run, escaping as we go */
		for (stop = bad; i < stop; i++) {
			unsigned char c = (unsigned char)s[i];
			erg_status st = ERG_OK;
			if (html) {
				switch (c) {
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
				case '\n':
				case '\t':
					st = erg__buf_putc(b, ' ');
					break;
				default:
					if (c >= 0x20 && c != 0x7F)
						st = erg__buf_putc(b, (char)c);
				}
			} else {
				switch (c) {
				case '\\':
					st = erg__buf_append(b, "\\\\", 2);
					break;
				case '\n':
					st = erg__buf_append(b, "\\n", 2);
					break;
				case '\r':
					if (s[i + 1] != '\n')
						st = erg__buf_append(b, "\\n",
								     2);
					break;
				case '\t':
					st = erg__buf_putc(b, ' ');
					break;
				default:
					if (c >= 0x20 && c != 0x7F)
						st = erg__buf_putc(b, (char)c);
				}
			}
			if (st)
				return st;
		}
		if (i < n) {
			erg_status st = erg__buf_append(b, "\xEF\xBF\xBD", 3);
			if (st)
				return st;
			i++;
		}
	}
	return ERG_OK;
}

/* Appends at most `max` bytes of s, cut at a UTF-8 character boundary,
 * with "..." when cut. */
static erg_status put_text_capped(erg_buf *b, const char *s, size_t max)
{
	size_t n = strlen(s);
	char *cut;
	erg_status st;

	if (n <= max)
		return put_text(b, s, false);
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	if (!(cut = erg__strndup(s, max)))
		return ERG_ENOMEM;
	st = put_text(b, cut, false);
	free(cut);
	return st ? st : erg__buf_append(b, "...", 3);
}

/* ---- Graphviz error capture ---- */

static _Thread_local char gv_cur[512];
static _Thread_local size_t gv_cur_len;
static _Thread_local bool gv_cur_is_error;
static _Thread_local char gv_last_error[512];

static int gv_errf(char *msg)
{
	size_t n;
	if (strcmp(msg, "Error") == 0 || strcmp(msg, "Warning") == 0) {
		gv_cur_is_error = msg[0] == 'E';
		gv_cur_len = 0;
		gv_cur[0] = '\0';
		return 0;
	}
	if (gv_cur_len == 0 && strcmp(msg, ": ") == 0)
		return 0;
	n = strlen(msg);
	if (n > sizeof(gv_cur) - 1 - gv_cur_len)
		n = sizeof(gv_cur) - 1 - gv_cur_len;
	memcpy(gv_cur + gv_cur_len, msg, n);
	gv_cur_len += n;
	gv_cur[gv_cur_len] = '\0';
	if (gv_cur_is_error) {
		/* one line, no trailing newline */
		size_t k;
		snprintf(gv_last_error, sizeof(gv_last_error), "%s", gv_cur);
		for (k = 0; gv_last_error[k]; k++)
			if (gv_last_error[k] == '\n')
				gv_last_error[k] = ' ';
		while (k > 0 && gv_last_error[k - 1] == ' ')
			gv_last_error[--k] = '\0';
	}
	return 0;
}

typedef struct {
	agusererrf old_f;
	agerrlevel_t old_level;
} gv_errors;

static void gv_errors_begin(gv_errors *s)
{
	gv_cur_len = 0;
	gv_cur[0] = '\0';
	gv_cur_is_error = false;
	gv_last_error[0] = '\0';
	s->old_f = agseterrf(gv_errf);
	s->old_level = agseterr(AGWARN);
}

static void gv_errors_end(gv_errors *s)
{
	agseterrf(s->old_f);
	agseterr(s->old_level);
}

static const char *gv_error_text(void)
{
	return gv_last_error[0] ? gv_last_error : "no message from Graphviz";
}

/* ---- building the cgraph graph ---- */

typedef struct {
	const erg_graph *g;
	const erg_draw_opts *opts;
	theme th;
	erg_aggregate agg;
	Agraph_t *G;
	Agnode_t **nodes; /* per actor, NULL when not drawn */
	size_t n_drawn;
	erg_buf b; /* scratch */
	erg_buf b2;
	unsigned kinds_present;
	unsigned styles_present; /* bit i: i-th style of style.rank */
	bool *types_present;
	const char **evidence; /* per bundle: first evidence, or NULL */
	const char **date_min; /* per bundle: date range, or NULL */
	const char **date_max;
	char *rank; /* copy of style.rank, cut at commas */
	const char *styles[16];
	size_t n_styles;
} draw_ctx;

static void set_attr(draw_ctx *c, void *obj, const char *name,
		     const char *value)
{
	agsafeset(obj, (char *)name, (char *)value, "");
}

/* Sets an escString attribute (label, tooltip) from plain text. */
static erg_status set_text(draw_ctx *c, void *obj, const char *name,
			   const char *text)
{
	erg_status st;
	erg__buf_reset(&c->b);
	if ((st = put_text(&c->b, text, false)))
		return st;
	set_attr(c, obj, name, c->b.data ? c->b.data : "");
	return ERG_OK;
}

/* Applies theme rows "<prefix><attr>" to obj (or as graph-wide defaults
 * of `kind` when obj is NULL). */
static void apply_rows(draw_ctx *c, void *obj, int kind, const char *prefix)
{
	size_t pl = strlen(prefix);
	for (size_t i = 0; i < c->th.n; i++) {
		const char *k = c->th.rows[i].key;
		if (strncmp(k, prefix, pl) != 0 || !k[pl] ||
		    strchr(k + pl, '.'))
			continue;
		if (obj)
			set_attr(c, obj, k + pl, c->th.rows[i].value);
		else
			agattr(c->G, kind, (char *)(k + pl),
			       (char *)c->th.rows[i].value);
	}
}

/* Index in style.rank of the style of modality m; n_styles if none. */
static size_t modality_style(const draw_ctx *c, erg_modality m)
{
	char key[64];
	const char *s;
	snprintf(key, sizeof(key), "modality.%s", erg_modality_name(m));
	s = theme_get(&c->th, key, NULL);
	if (!s)
		return c->n_styles;
	for (size_t i = 0; i < c->n_styles; i++)
		if (strcmp(c->styles[i], s) == 0)
			return i;
	return c->n_styles;
}

static erg_status parse_rank(draw_ctx *c)
{
	char *p;
	c->rank = erg__strdup(theme_get(&c->th, "style.rank", "solid"));
	if (!c->rank)
		return ERG_ENOMEM;
	p = c->rank;
	while (p && *p && c->n_styles < 16) {
		char *comma = strchr(p, ',');
		if (comma)
			*comma = '\0';
		if (*p)
			c->styles[c->n_styles++] = p;
		p = comma ? comma + 1 : NULL;
	}
	return ERG_OK;
}

static double penwidth(double w)
{
	double p;
	if (isnan(w) || w <= 1)
		return 1;
	p = 1 + 2 * log2(w);
	return p > 8 ? 8 : p;
}

static erg_status add_nodes(draw_ctx *c)
{
	size_t n = erg_graph_actor_count(c->g);
	bool *drawn = calloc(n ? n : 1, sizeof(*drawn));
	char prefix[64];
	erg_status st = ERG_OK;

	c->nodes = calloc(n ? n : 1, sizeof(*c->nodes));
	if (!drawn || !c->nodes) {
		free(drawn);
		return ERG_ENOMEM;
	}
	for (size_t i = 0; i < n; i++)
		drawn[i] = c->opts->view == NULL;
	for (size_t i = 0; i < c->agg.n; i++) {
		drawn[c->agg.items[i].source] = true;
		drawn[c->agg.items[i].target] = true;
	}
	for (size_t i = 0; i < n && !st; i++) {
		const erg_actor *a = erg_graph_actor_c(c->g, i);
		const char *kname;
		Agnode_t *node;

		if (!drawn[i])
			continue;
		kname =
		    erg_kind_name(a->kind) ? erg_kind_name(a->kind) : "other";
		node = agnode(c->G, a->id, 1);
		if (!node) {
			st = ERG_EALGO;
			break;
		}
		c->nodes[i] = node;
		c->n_drawn++;
		c->kinds_present |= 1u << a->kind;
		if ((st = set_text(c, node, "label",
				   a->label ? a->label : a->id)))
			break;
		snprintf(prefix, sizeof(prefix), "kind.%s.", kname);
		apply_rows(c, node, AGNODE, prefix);
		/* tooltip: id, kind, aliases */
		erg__buf_reset(&c->b2);
		st = erg__buf_printf(&c->b2, "%s (%s)", a->id, kname);
		for (size_t k = 0; !st && k < a->n_aliases; k++)
			st = erg__buf_printf(&c->b2, "%s%s",
					     k ? ", " : "; also ",
					     a->aliases[k]);
		if (!st)
			st = set_text(c, node, "tooltip", c->b2.data);
	}
	free(drawn);
	return st;
}

/* Per bundle: the first relation with evidence and the date range, found
 * by matching every relation of the view to its bundle through a list of
 * bundles per source actor. O(E * bundles per actor). */
static erg_status bundle_details(draw_ctx *c)
{
	size_t na = erg_graph_actor_count(c->g),
	       nr = erg_graph_relation_count(c->g);
	size_t *head = malloc((na ? na : 1) * sizeof(*head));
	size_t *next = malloc((c->agg.n ? c->agg.n : 1) * sizeof(*next));
	const size_t none = (size_t)-1;

	c->evidence = calloc(c->agg.n ? c->agg.n : 1, sizeof(*c->evidence));
	c->date_min = calloc(c->agg.n ? c->agg.n : 1, sizeof(*c->date_min));
	c->date_max = calloc(c->agg.n ? c->agg.n : 1, sizeof(*c->date_max));
	if (!head || !next || !c->evidence || !c->date_min || !c->date_max) {
		free(head);
		free(next);
		return ERG_ENOMEM;
	}
	for (size_t i = 0; i < na; i++)
		head[i] = none;
	for (size_t i = c->agg.n; i-- > 0;) {
		next[i] = head[c->agg.items[i].source];
		head[c->agg.items[i].source] = i;
	}
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(c->g, i);
		size_t s = r->source, t = r->target, k;
		if (!erg_view_match(c->opts->view, c->g, r))
			continue;
		if (!r->directed && s > t) {
			s = r->target;
			t = r->source;
		}
		for (k = head[s]; k != none; k = next[k]) {
			const erg_bundle *bd = &c->agg.items[k];
			if (bd->target == t && bd->type == r->type &&
			    bd->directed == r->directed)
				break;
		}
		if (k == none)
			continue;
		if (!c->evidence[k] && r->evidence && r->evidence[0])
			c->evidence[k] = r->evidence;
		if (r->date) {
			if (!c->date_min[k] ||
			    strcmp(r->date, c->date_min[k]) < 0)
				c->date_min[k] = r->date;
			if (!c->date_max[k] ||
			    strcmp(r->date, c->date_max[k]) > 0)
				c->date_max[k] = r->date;
		}
	}
	free(head);
	free(next);
	return ERG_OK;
}

static erg_status add_edges(draw_ctx *c)
{
	const erg_types *types = erg_graph_types(c->g);
	size_t ev_max = (size_t)strtoul(
	    theme_get(&c->th, "tooltip.evidence_max", "300"), NULL, 10);
	char num[64];
	erg_status st = ERG_OK;

	for (size_t i = 0; i < c->agg.n && !st; i++) {
		const erg_bundle *bd = &c->agg.items[i];
		const erg_type *t = erg_types_get(types, bd->type);
		size_t best = c->n_styles;
		Agedge_t *e;
		int nm = 0;

		e = agedge(c->G, c->nodes[bd->source], c->nodes[bd->target],
			   NULL, 1);
		if (!e)
			return ERG_EALGO;
		if (t) {
			set_attr(c, e, "color", t->color);
			c->types_present[bd->type] = true;
		}
		for (int m = 0; m < ERG_MOD__COUNT; m++) {
			size_t s;
			if (!(bd->modalities & (1u << m)))
				continue;
			s = modality_style(c, (erg_modality)m);
			if (s < best)
				best = s;
		}
		if (best < c->n_styles) {
			set_attr(c, e, "style", c->styles[best]);
			c->styles_present |= 1u << best;
		}
		snprintf(num, sizeof(num), "%.3g", penwidth(bd->weight));
		set_attr(c, e, "penwidth", num);
		if (!bd->directed)
			set_attr(c, e, "dir", "none");

		/* tooltip */
		erg__buf_reset(&c->b2);
		st = erg__buf_printf(
		    &c->b2, "%s %s %s: %s (%zu relation%s, weight %g; ",
		    erg_graph_actor_c(c->g, bd->source)->label,
		    bd->directed ? "->" : "--",
		    erg_graph_actor_c(c->g, bd->target)->label,
		    t ? t->name : "?", bd->count, bd->count == 1 ? "" : "s",
		    bd->weight);
		for (int m = 0; !st && m < ERG_MOD__COUNT; m++)
			if (bd->modalities & (1u << m))
				st = erg__buf_printf(
				    &c->b2, "%s%s", nm++ ? ", " : "",
				    erg_modality_name((erg_modality)m));
		if (!st)
			st = erg__buf_putc(&c->b2, ')');
		if (!st && c->date_min[i])
			st = erg__buf_printf(&c->b2, " %s", c->date_min[i]);
		if (!st && c->date_max[i] &&
		    strcmp(c->date_min[i], c->date_max[i]) != 0)
			st = erg__buf_printf(&c->b2, " to %s", c->date_max[i]);
		if (st)
			break;
		erg__buf_reset(&c->b);
		st = put_text(&c->b, c->b2.data, false);
		if (!st && c->evidence[i]) {
			st = erg__buf_append(&c->b, "\\n", 2);
			if (!st)
				st = put_text_capped(&c->b, c->evidence[i],
						     ev_max);
		}
		if (!st)
			set_attr(c, e, "tooltip", c->b.data);
	}
	return st;
}

/* A legend entry: a sample cell and a text cell. A line sample is the
 * bottom border of the upper of two half-height cells beside the text,
 * so that the line sits level with the middle of the text. */
static erg_status legend_row(erg_buf *b, const char *sample_attrs, bool line,
			     const char *text)
{
	erg_status st;
	if (line)
		st =
		    erg__buf_printf(b,
				    "<TR><TD WIDTH=\"30\" HEIGHT=\"6\" %s></TD>"
				    "<TD ROWSPAN=\"2\" ALIGN=\"LEFT\">",
				    sample_attrs);
	else
		st = erg__buf_printf(b,
				     "<TR><TD WIDTH=\"30\" HEIGHT=\"12\" "
				     "%s></TD><TD ALIGN=\"LEFT\">",
				     sample_attrs);
	if (!st)
		st = put_text(b, text, true);
	if (!st)
		st = erg__buf_append(b, "</TD></TR>", 10);
	if (!st && line)
		st = erg__buf_append(
		    b, "<TR><TD WIDTH=\"30\" HEIGHT=\"6\"></TD></TR>",
		    strlen("<TR><TD WIDTH=\"30\" HEIGHT=\"6\"></TD></TR>"));
	return st;
}

static erg_status legend_heading(erg_buf *b, const char *text, bool bold)
{
	erg_status st =
	    erg__buf_printf(b, "<TR><TD COLSPAN=\"2\" ALIGN=\"%s\">%s",
			    bold ? "CENTER" : "LEFT", bold ? "<B>" : "<I>");
	if (!st)
		st = put_text(b, text, true);
	if (!st)
		st = erg__buf_printf(b, "%s</TD></TR>", bold ? "</B>" : "</I>");
	return st;
}

static erg_status add_legend(draw_ctx *c)
{
	const erg_types *types = erg_graph_types(c->g);
	erg_buf *b = &c->b, *txt = &c->b2;
	char name[64];
	char attrs[128];
	Agnode_t *node;
	Agsym_t *sym;
	char *html;
	erg_status st;
	bool any_type = false;

	for (size_t i = 0; i < erg_types_count(types); i++)
		any_type |= c->types_present[i];
	if (!any_type && !c->kinds_present)
		return ERG_OK;

	erg__buf_reset(b);
	st = erg__buf_append(b,
			     "<TABLE BORDER=\"1\" COLOR=\"#999999\" "
			     "CELLBORDER=\"0\" CELLSPACING=\"2\" "
			     "CELLPADDING=\"2\">",
			     strlen("<TABLE BORDER=\"1\" COLOR=\"#999999\" "
				    "CELLBORDER=\"0\" CELLSPACING=\"2\" "
				    "CELLPADDING=\"2\">"));
	if (!st)
		st = legend_heading(
		    b, theme_get(&c->th, "legend.title", "Legend"), true);
	if (!st && any_type)
		st = legend_heading(
		    b, theme_get(&c->th, "legend.types", "Relation types"),
		    false);
	for (size_t i = 0; !st && i < erg_types_count(types); i++) {
		const erg_type *t = erg_types_get(types, i);
		if (!c->types_present[i])
			continue;
		snprintf(attrs, sizeof(attrs),
			 "BORDER=\"3\" SIDES=\"B\" COLOR=\"%s\"", t->color);
		st = legend_row(b, attrs, true, t->name);
	}
	if (!st && c->styles_present)
		st = legend_heading(
		    b, theme_get(&c->th, "legend.styles", "Line styles"),
		    false);
	for (size_t s = 0; !st && s < c->n_styles; s++) {
		int nm = 0;
		if (!(c->styles_present & (1u << s)))
			continue;
		erg__buf_reset(txt);
		for (int m = 0; !st && m < ERG_MOD__COUNT; m++)
			if (modality_style(c, (erg_modality)m) == s)
				st = erg__buf_printf(
				    txt, "%s%s", nm++ ? ", " : "",
				    erg_modality_name((erg_modality)m));
		if (st)
			break;
		/* cells know dashed and dotted; anything else is drawn
		 * as a plain line */
		if (strcmp(c->styles[s], "dashed") == 0 ||
		    strcmp(c->styles[s], "dotted") == 0)
			snprintf(attrs, sizeof(attrs),
				 "BORDER=\"2\" SIDES=\"B\" COLOR=\"#333333\" "
				 "STYLE=\"%s\"",
				 c->styles[s]);
		else
			snprintf(attrs, sizeof(attrs),
				 "BORDER=\"2\" SIDES=\"B\" "
				 "COLOR=\"#333333\"");
		st = legend_row(b, attrs, true, txt->data ? txt->data : "");
	}
	if (!st && c->kinds_present)
		st = legend_heading(
		    b, theme_get(&c->th, "legend.kinds", "Actor kinds"), false);
	for (int k = 0; !st && k < ERG_KIND__COUNT; k++) {
		const char *kname = erg_kind_name((erg_kind)k);
		const char *fmt = theme_get(&c->th, "legend.kind_format", "%k");
		char key[64];
		const char *shape, *fill;
		if (!(c->kinds_present & (1u << k)))
			continue;
		snprintf(key, sizeof(key), "kind.%s.shape", kname);
		shape = theme_get(&c->th, key,
				  theme_get(&c->th, "node.shape", "ellipse"));
		snprintf(key, sizeof(key), "kind.%s.fillcolor", kname);
		fill = theme_get(&c->th, key,
				 theme_get(&c->th, "node.fillcolor", "white"));
		erg__buf_reset(txt);
		for (const char *p = fmt; !st && *p; p++) {
			if (p[0] == '%' && p[1] == 'k') {
				st = erg__buf_append(txt, kname, strlen(kname));
				p++;
			} else if (p[0] == '%' && p[1] == 's') {
				st = erg__buf_append(txt, shape, strlen(shape));
				p++;
			} else {
				st = erg__buf_putc(txt, *p);
			}
		}
		if (st)
			break;
		/* a fill colour is data: keep it out of the markup unless it
		 * is a plain colour name or #hex */
		if (strspn(fill, "#0123456789abcdefABCDEFghijklmnopqrstuvwxyz"
				 "GHIJKLMNOPQRSTUVWXYZ") != strlen(fill))
			fill = "white";
		snprintf(attrs, sizeof(attrs),
			 "BORDER=\"1\" COLOR=\"#4D4D4D\" BGCOLOR=\"%s\"", fill);
		st = legend_row(b, attrs, false, txt->data ? txt->data : "");
	}
	if (!st)
		st = erg__buf_append(b, "</TABLE>", 8);
	if (st)
		return st;

	/* a node name no actor uses */
	snprintf(name, sizeof(name), "%s", LEGEND_NAME);
	for (unsigned k = 2; agnode(c->G, name, 0); k++)
		snprintf(name, sizeof(name), "%s-%u", LEGEND_NAME, k);
	node = agnode(c->G, name, 1);
	if (!node)
		return ERG_EALGO;
	set_attr(c, node, "shape", "plain");
	set_attr(c, node, "style", "solid");
	set_attr(c, node, "tooltip",
		 theme_get(&c->th, "legend.title", "Legend"));
	set_attr(c, node, "fontsize",
		 theme_get(&c->th, "legend.fontsize", "9"));
	sym = agattr(c->G, AGNODE, "label", NULL);
	if (!sym)
		sym = agattr(c->G, AGNODE, "label", "\\N");
	html = agstrdup_html(c->G, b->data);
	if (!html)
		return ERG_ENOMEM;
	agxset(node, sym, html);
	agstrfree(c->G, html);
	return ERG_OK;
}

static erg_status build(draw_ctx *c)
{
	const erg_graph *g = c->g;
	const char *gname = erg_graph_name(g);
	erg_status st;

	c->types_present =
	    calloc(erg_types_count(erg_graph_types(g)) + 1, sizeof(bool));
	if (!c->types_present)
		return ERG_ENOMEM;
	if ((st = parse_rank(c)))
		return st;
	c->G =
	    agopen((char *)(gname && gname[0] ? gname : "G"), Agdirected, NULL);
	if (!c->G)
		return ERG_ENOMEM;
	apply_rows(c, NULL, AGRAPH, "graph.");
	apply_rows(c, NULL, AGNODE, "node.");
	apply_rows(c, NULL, AGEDGE, "edge.");
	if (c->opts->title && c->opts->title[0]) {
		if ((st = set_text(c, c->G, "label", c->opts->title)))
			return st;
		apply_rows(c, c->G, AGRAPH, "title.");
	}
	if ((st = add_nodes(c)))
		return st;
	if ((st = bundle_details(c)))
		return st;
	if ((st = add_edges(c)))
		return st;
	if (c->opts->legend && (st = add_legend(c)))
		return st;
	return ERG_OK;
}

static void ctx_free(draw_ctx *c)
{
	if (c->G)
		agclose(c->G);
	theme_free(&c->th);
	erg_aggregate_clear(&c->agg);
	free(c->nodes);
	free(c->types_present);
	free(c->evidence);
	free(c->date_min);
	free(c->date_max);
	free(c->rank);
	erg__buf_free(&c->b);
	erg__buf_free(&c->b2);
}

void erg_draw_opts_init(erg_draw_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->legend = true;
	o->page = "slide";
	o->theme = "light";
	o->size_by = -1;
	o->dpi = 200;
	o->clusters = true;
}

static const char *render_format(erg_format fmt)
{
	switch (fmt) {
	case ERG_FORMAT_SVG:
		return "svg";
	case ERG_FORMAT_PNG:
		return "png";
	case ERG_FORMAT_PDF:
		return "pdf";
	default:
		return NULL;
	}
}

/* The layout engine: opts->engine, else by network size; *fallback is
 * set when the choice was automatic. */
static const char *choose_engine(const draw_ctx *c, const char **fallback)
{
	size_t small;

	*fallback = NULL;
	if (c->opts->engine && c->opts->engine[0])
		return c->opts->engine;
	small = (size_t)strtoul(theme_get(&c->th, "engine.small_max", "60"),
				NULL, 10);
	if (c->n_drawn <= small)
		return theme_get(&c->th, "engine.small", "dot");
	*fallback = theme_get(&c->th, "engine.fallback", "neato");
	return theme_get(&c->th, "engine.large", "sfdp");
}

/* Applies the theme's layout.<engine>.* graph attributes. */
static void apply_engine_rows(draw_ctx *c, const char *engine)
{
	char prefix[96];
	if (strlen(engine) > 64 || strchr(engine, '.'))
		return;
	snprintf(prefix, sizeof(prefix), "layout.%s.", engine);
	apply_rows(c, c->G, AGRAPH, prefix);
	/* large networks: curved edges and overlap removal cost Graphviz
	 * 2.43 minutes for thousands of edges; the theme's large.graph.*
	 * rows (straight lines, overlaps allowed) apply beyond its limit */
	if (c->agg.n > (size_t)strtoul(theme_get(&c->th, "large.edges_above",
						"1000"),
				      NULL, 10))
		apply_rows(c, c->G, AGRAPH, "large.graph.");
}

/* One Graphviz context for the life of the process. Graphviz 2.43's pango
 * text layout plugin caches a pointer to a font name owned by the context
 * that first measured text, so measuring text in a second context after
 * gvFreeContext() on the first reads freed memory (AddressSanitizer shows
 * it). The context stays reachable, so it is not reported as a leak, and
 * loading the plugins once also makes every later call faster. */
static GVC_t *shared_gvc(void)
{
	static GVC_t *gvc;
	if (!gvc)
		gvc = gvContext();
	return gvc;
}

/* Lays the diagram out once (engine by size, fallback when the large
 * engine fails). */
static erg_status layout(draw_ctx *c, GVC_t *gvc, erg_error *err)
{
	const char *fallback;
	const char *engine = choose_engine(c, &fallback);

	apply_engine_rows(c, engine);
	if (gvLayout(gvc, c->G, engine) != 0) {
		if (fallback)
			apply_engine_rows(c, fallback);
		if (!fallback || gvLayout(gvc, c->G, fallback) != 0)
			return erg_error_set(err, ERG_EALGO, NULL, 0, 0,
					     "Graphviz layout with '%s' "
					     "failed: %s",
					     engine, gv_error_text());
	}
	return ERG_OK;
}

/* Renders the laid-out diagram as fmt into fp. */
static erg_status render(draw_ctx *c, GVC_t *gvc, erg_format fmt, FILE *fp,
			 erg_error *err)
{
	const char *fname = render_format(fmt);
	char *data = NULL;
	unsigned int len = 0;
	erg_status rc = ERG_OK;

	if (gvRenderData(gvc, c->G, fname, &data, &len) != 0 || !data) {
		rc = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
				   "Graphviz cannot render %s: %s", fname,
				   gv_error_text());
		goto done;
	}
	errno = 0;
	if ((len && fwrite(data, 1, len, fp) != len) || fflush(fp) != 0 ||
	    ferror(fp))
		rc = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write the %s diagram: %s", fname,
				   strerror(errno ? errno : EIO));
done:
	if (data)
		gvFreeRenderData(data);
	return rc;
}

/* The DOT text of the diagram, before layout. */
static erg_status write_dot(draw_ctx *c, FILE *fp, erg_error *err)
{
	const char *fallback;
	const char *engine = choose_engine(c, &fallback);
	/* name a layout other than dot, so that `dot -Tpng` on the file
	 * draws what ergraph would */
	if (strcmp(engine, "dot") != 0) {
		set_attr(c, c->G, "layout", engine);
		apply_engine_rows(c, engine);
	}
	errno = 0;
	if (agwrite(c->G, fp) == EOF || fflush(fp) != 0 || ferror(fp))
		return erg_error_set(err, ERG_EIO, NULL, 0, 0,
				     "cannot write the DOT diagram: %s",
				     strerror(errno ? errno : EIO));
	return ERG_OK;
}

erg_status erg_draw_many(const erg_graph *g, const erg_draw_opts *opts,
			 const erg_format *fmts, FILE *const *fps, size_t n,
			 erg_error *err)
{
	draw_ctx c;
	erg_draw_opts defaults;
	gv_errors gverr;
	GVC_t *gvc = NULL;
	bool laid_out = false;
	erg_status rc = ERG_OK;

	for (size_t i = 0; i < n; i++)
		if (fmts[i] != ERG_FORMAT_DOT && !render_format(fmts[i]))
			return erg_error_set(
			    err, ERG_EUNSUPPORTED, NULL, 0, 0,
			    "cannot draw as %s: use dot, svg, png or pdf",
			    erg_format_name(fmts[i]) ? erg_format_name(fmts[i])
						     : "this format");
	if (!opts) {
		erg_draw_opts_init(&defaults);
		opts = &defaults;
	}
	memset(&c, 0, sizeof(c));
	c.g = g;
	c.opts = opts;
	erg__buf_init(&c.b, DRAW_BUF_MAX);
	erg__buf_init(&c.b2, DRAW_BUF_MAX);
	gv_errors_begin(&gverr);

	rc = theme_parse(&c.th, (const char *)erg_default_theme_tsv,
			 erg_default_theme_tsv_len, "<default theme>", err);
	if (rc)
		goto done;
	rc = erg_aggregate_build(&c.agg, g, opts->view, err);
	if (rc)
		goto done;
	rc = build(&c);
	if (rc) {
		if (rc == ERG_ENOMEM)
			erg_error_set(err, rc, NULL, 0, 0, "out of memory");
		else if (rc == ERG_ELIMIT)
			erg_error_set(err, rc, NULL, 0, 0,
				      "diagram text too large");
		else
			erg_error_set(err, rc, NULL, 0, 0,
				      "cannot build the diagram: %s",
				      gv_error_text());
		goto done;
	}
	/* DOT first: it is the diagram before layout */
	for (size_t i = 0; i < n && !rc; i++)
		if (fmts[i] == ERG_FORMAT_DOT)
			rc = write_dot(&c, fps[i], err);
	for (size_t i = 0; i < n && !rc; i++) {
		if (fmts[i] == ERG_FORMAT_DOT)
			continue;
		if (!laid_out) {
			if (!(gvc = shared_gvc())) {
				rc = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
						   "cannot start Graphviz");
				break;
			}
			if ((rc = layout(&c, gvc, err)))
				break;
			laid_out = true;
		}
		rc = render(&c, gvc, fmts[i], fps[i], err);
	}
done:
	if (laid_out)
		gvFreeLayout(gvc, c.G);
	ctx_free(&c);
	gv_errors_end(&gverr);
	return rc;
}

erg_status erg_draw_fp(const erg_graph *g, const erg_draw_opts *opts,
		       erg_format fmt, FILE *fp, erg_error *err)
{
	return erg_draw_many(g, opts, &fmt, &fp, 1, err);
}

erg_status erg_draw_file(const erg_graph *g, const erg_draw_opts *opts,
			 erg_format fmt, const char *path, erg_error *err)
{
	erg_atomic *a;
	FILE *fp;
	erg_status rc;

	if (fmt == ERG_FORMAT_UNKNOWN)
		fmt = erg_format_from_path(path);
	if (fmt != ERG_FORMAT_DOT && !render_format(fmt))
		return erg_error_set(err, ERG_EUNSUPPORTED, NULL, 0, 0,
				     "cannot draw '%s': use a .dot, .gv, "
				     ".svg, .png or .pdf file",
				     path);
	rc = erg_atomic_open(&a, path, &fp, err);
	if (rc)
		return rc;
	rc = erg_draw_fp(g, opts, fmt, fp, err);
	if (rc) {
		erg_atomic_abort(a);
		return rc;
	}
	return erg_atomic_commit(a, err);
}
