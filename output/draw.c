/*
 * draw.c - diagrams through Graphviz (see ergraph/output.h).
 *
 * The network is built as a cgraph graph from the aggregate view
 * (erg_aggregate_build): one node per actor, named by the actor id, and
 * one edge per (source, target, type) bundle of parallel relations, whose
 * width follows the number of relations and whose label shows it when
 * there are several. Presentation is data: the theme
 * (lexicons/theme-light.tsv, theme-dark.tsv layered over it, or a file;
 * see draw_theme.c) gives the graph/node/edge defaults, shapes and fills
 * by actor kind, colours by relation type (else the type table's), line
 * styles by modality, page sizes, text sizes, the legend's words and the
 * layout rules.
 *
 * DOT output is the network before layout (title as the graph label, the
 * legend as a node, the page size and the chosen engine named), so that
 * `dot -Tpng` on it draws about what ergraph draws. SVG, PNG and PDF are a
 * composed page (draw_page.c): the network laid out to fill the page
 * beside the title, the legend and the source line, with no text smaller
 * than the theme's text.min at the page's real size.
 *
 * Choices:
 *  - Actors: with no view every actor is drawn, isolated ones included;
 *    with a view only actors that take part in a relation passing it.
 *  - Style of a bundle: the theme's style.rank lists line styles from most
 *    to least certain and a bundle takes the first style that one of its
 *    relations' modalities maps to, so a single reported relation makes
 *    the connection solid.
 *  - Pen width: 1.5 + 1.5 log2(count), at most 7 (points on the page).
 *  - Undirected bundles get dir=none.
 *  - Diffs: relations with a string attribute `diff` (added, removed,
 *    changed; as `ergraph diff` writes) are drawn: a bundle of only added
 *    relations thicker in the theme's highlight colour, only removed ones
 *    grey and dashed, any other mix with a changed or added or removed
 *    relation in its colour with the diff.changed.marker in its label.
 *  - Clusters (opts->clusters): a person affiliated with a drawn state,
 *    organization or group (the actor's affiliation, else its first
 *    affiliation relation to one) is drawn inside a box with it; the
 *    affiliation relation the box shows is not drawn again. Only the
 *    engines that know clusters (dot, fdp) draw them.
 *  - Text in labels and tooltips is escaped for Graphviz escString
 *    values: a backslash becomes "\\", a newline "\n"; other control
 *    characters are dropped and invalid UTF-8 becomes U+FFFD. Text in
 *    HTML-like labels uses &amp; &lt; &gt; &quot;.
 *
 * Graphviz reports problems through agerr(), which prints by default; a
 * callback records them for the duration of a call (the previous handler
 * and level are restored) and a failed layout or render becomes
 * ERG_EALGO carrying Graphviz's message. Graphviz keeps global state (and
 * draw.c one Graphviz context for the process), so drawing is not
 * thread-safe.
 */
#include "view_internal.h"
#include "draw_internal.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEGEND_NAME "ergraph:legend"
#define NONE ((size_t)-1)

enum { DIFF_ADDED = 1, DIFF_REMOVED = 2, DIFF_CHANGED = 4, DIFF_SAME = 8 };

/* ---- escaping ---- */

erg_status erg__draw_put_text(erg_buf *b, const char *s, bool html)
{
	size_t n = strlen(s), i = 0;

	while (i < n) {
		size_t bad = n;
		size_t stop;
		if (!erg__utf8_valid(s + i, n - i, &bad))
			bad += i;
		else
			bad = n;
		for (stop = bad; i < stop; i++) {
			unsigned char c = (unsigned char)s[i];
			erg_status st = ERG_OK;
			if (html) {
				switch (c) {
				case '&':
					st = PUT_LIT(b, "&amp;");
					break;
				case '<':
					st = PUT_LIT(b, "&lt;");
					break;
				case '>':
					st = PUT_LIT(b, "&gt;");
					break;
				case '"':
					st = PUT_LIT(b, "&quot;");
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
					st = PUT_LIT(b, "\\\\");
					break;
				case '\n':
					st = PUT_LIT(b, "\\n");
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
			erg_status st = PUT_LIT(b, "\xEF\xBF\xBD");
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
		return erg__draw_put_text(b, s, false);
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	if (!(cut = erg__strndup(s, max)))
		return ERG_ENOMEM;
	st = erg__draw_put_text(b, cut, false);
	free(cut);
	return st ? st : PUT_LIT(b, "\xE2\x80\xA6");
}

/* Appends s wrapped at spaces into lines of about `width` characters
 * (UTF-8 characters, not bytes), joined by `sep` (already escaped). */
erg_status erg__draw_put_wrapped(erg_buf *b, const char *s, size_t width,
				 bool html, const char *sep)
{
	size_t line = 0;
	const char *p = s;
	erg_status st = ERG_OK;

	/* text with its own line breaks keeps them */
	if (width == 0 || strpbrk(s, "\r\n"))
		return erg__draw_put_text(b, s, html);
	while (*p && !st) {
		const char *w = p;
		size_t chars = 0;
		char *word;
		while (*w == ' ')
			w++;
		p = w;
		while (*p && *p != ' ') {
			if (((unsigned char)*p & 0xC0) != 0x80)
				chars++;
			p++;
		}
		if (p == w)
			break;
		if (line > 0 && line + 1 + chars > width) {
			st = erg__buf_append(b, sep, strlen(sep));
			line = 0;
		} else if (line > 0) {
			st = erg__buf_putc(b, ' ');
			line++;
		}
		if (st)
			break;
		if (!(word = erg__strndup(w, (size_t)(p - w))))
			return ERG_ENOMEM;
		st = erg__draw_put_text(b, word, html);
		free(word);
		line += chars;
	}
	return st;
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

const char *erg__draw_gv_error(void)
{
	return gv_last_error[0] ? gv_last_error : "no message from Graphviz";
}

/* ---- attributes ---- */

void erg__draw_set(void *obj, const char *name, const char *value)
{
	agsafeset(obj, (char *)name, (char *)value, "");
}

void erg__draw_set_up(void *obj, const char *name, double v)
{
	char num[64];
	snprintf(num, sizeof(num), "%.2f", ceil(v * 100 - 1e-6) / 100);
	agsafeset(obj, (char *)name, num, "");
}

void erg__draw_setf(void *obj, const char *name, double v)
{
	char num[64];
	snprintf(num, sizeof(num), "%.4g", v);
	agsafeset(obj, (char *)name, num, "");
}

erg_status erg__draw_set_html(Agraph_t *G, void *obj, const char *name,
			      const char *html)
{
	char *h = agstrdup_html(G, (char *)html);
	Agsym_t *sym;
	int kind = AGTYPE(obj);

	if (!h)
		return ERG_ENOMEM;
	sym = agattr(G, kind, (char *)name, NULL);
	if (!sym)
		sym = agattr(G, kind, (char *)name,
			     strcmp(name, "label") == 0 && kind == AGNODE
				 ? "\\N"
				 : "");
	agxset(obj, sym, h);
	agstrfree(G, h);
	return ERG_OK;
}

/* Sets an escString attribute (label, tooltip) from plain text. */
static erg_status set_text(draw_ctx *c, void *obj, const char *name,
			   const char *text)
{
	erg_status st;
	erg__buf_reset(&c->b);
	if ((st = erg__draw_put_text(&c->b, text, false)))
		return st;
	erg__draw_set(obj, name, c->b.data ? c->b.data : "");
	return ERG_OK;
}

/* Applies theme rows "<prefix><attr>" to obj (or as graph-wide defaults
 * of `kind` when obj is NULL). Rows named in `skip` (NULL-terminated) are
 * left out. */
static void apply_rows(draw_ctx *c, void *obj, int kind, const char *prefix,
		       const char *const *skip)
{
	size_t pl = strlen(prefix);
	for (size_t i = 0; i < c->th.n; i++) {
		const char *k = c->th.rows[i].key;
		bool skipped = false;
		if (strncmp(k, prefix, pl) != 0 || !k[pl] ||
		    strchr(k + pl, '.'))
			continue;
		for (size_t s = 0; skip && skip[s]; s++)
			skipped |= strcmp(k + pl, skip[s]) == 0;
		if (skipped)
			continue;
		if (obj)
			erg__draw_set(obj, k + pl, c->th.rows[i].value);
		else
			agattr(c->G, kind, (char *)(k + pl),
			       (char *)c->th.rows[i].value);
	}
}

/* ---- styles ---- */

size_t erg__draw_modality_style(const draw_ctx *c, erg_modality m)
{
	char key[64];
	const char *s;
	snprintf(key, sizeof(key), "modality.%s", erg_modality_name(m));
	s = erg__theme_get(&c->th, key, NULL);
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
	c->rank = erg__strdup(erg__theme_get(&c->th, "style.rank", "solid"));
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

const char *erg__draw_type_color(const draw_ctx *c, size_t type)
{
	const erg_type *t = erg_types_get(erg_graph_types(c->g), type);
	char key[160];
	const char *v = "";
	if (t && strlen(t->name) < 100) {
		snprintf(key, sizeof(key), "type.%s.color", t->name);
		v = erg__theme_color(&c->th, key);
	}
	if (!v[0] && t)
		v = erg__draw_safe_color(t->color, "");
	/* else the theme's line colour */
	return v[0] ? v : erg__theme_color(&c->th, "edge.color");
}

/* A colour safe to put into HTML markup: a plain name or #hex. */
const char *erg__draw_safe_color(const char *s, const char *def)
{
	if (!s || !s[0] ||
	    strspn(s, "#0123456789abcdefABCDEFghijklmnopqrstuvwxyz"
		      "GHIJKLMNOPQRSTUVWXYZ") != strlen(s))
		return def;
	return s;
}

/* ---- what is drawn (computed once) ---- */

/* The string value of edge attribute `diff` of r, or NULL. */
static const char *diff_value(const draw_ctx *c, const erg_relation *r)
{
	const erg_value *v;
	if (!c->has_diff_key)
		return NULL;
	v = erg_attrs_get(&r->attrs, c->diff_key);
	return v ? v->s : NULL;
}

/* Per bundle: its relations (a list through rel_next), date range and
 * diff state; for the footnote: the documents and overall date range.
 * Relations are matched to bundles through a list of bundles per source
 * actor: O(E * bundles per actor). */
static erg_status bundle_details(draw_ctx *c)
{
	size_t na = erg_graph_actor_count(c->g),
	       nr = erg_graph_relation_count(c->g), nb = c->agg.n;
	size_t *head = malloc((na ? na : 1) * sizeof(*head));
	size_t *next = malloc((nb ? nb : 1) * sizeof(*next));
	size_t *tail = malloc((nb ? nb : 1) * sizeof(*tail));
	erg_status st = ERG_OK;

	c->rel_head = malloc((nb ? nb : 1) * sizeof(*c->rel_head));
	c->rel_next = malloc((nr ? nr : 1) * sizeof(*c->rel_next));
	c->date_min = calloc(nb ? nb : 1, sizeof(*c->date_min));
	c->date_max = calloc(nb ? nb : 1, sizeof(*c->date_max));
	c->bdiff = calloc(nb ? nb : 1, sizeof(*c->bdiff));
	c->hidden = calloc(nb ? nb : 1, sizeof(*c->hidden));
	if (!head || !next || !tail || !c->rel_head || !c->rel_next ||
	    !c->date_min || !c->date_max || !c->bdiff || !c->hidden) {
		st = ERG_ENOMEM;
		goto done;
	}
	{
		uint32_t k;
		if (erg_graph_find_key(c->g, ERG_DOMAIN_EDGE, "diff", &k) ==
			0 &&
		    erg_graph_key(c->g, k)->type == ERG_ATTR_STRING) {
			c->diff_key = k;
			c->has_diff_key = true;
		}
	}
	for (size_t i = 0; i < na; i++)
		head[i] = NONE;
	for (size_t i = nb; i-- > 0;) {
		next[i] = head[c->agg.items[i].source];
		head[c->agg.items[i].source] = i;
		c->rel_head[i] = NONE;
		tail[i] = NONE;
	}
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(c->g, i);
		size_t s = r->source, t = r->target, k;
		const char *d;
		c->rel_next[i] = NONE;
		if (!erg_view_match(c->opts->view, c->g, r))
			continue;
		if (!r->directed && s > t) {
			s = r->target;
			t = r->source;
		}
		for (k = head[s]; k != NONE; k = next[k]) {
			const erg_bundle *bd = &c->agg.items[k];
			if (bd->target == t && bd->type == r->type &&
			    bd->directed == r->directed)
				break;
		}
		if (k == NONE)
			continue;
		if (tail[k] == NONE)
			c->rel_head[k] = i;
		else
			c->rel_next[tail[k]] = i;
		tail[k] = i;
		if (r->date) {
			if (!c->date_min[k] ||
			    strcmp(r->date, c->date_min[k]) < 0)
				c->date_min[k] = r->date;
			if (!c->date_max[k] ||
			    strcmp(r->date, c->date_max[k]) > 0)
				c->date_max[k] = r->date;
			if (!c->all_min || strcmp(r->date, c->all_min) < 0)
				c->all_min = r->date;
			if (!c->all_max || strcmp(r->date, c->all_max) > 0)
				c->all_max = r->date;
		}
		d = diff_value(c, r);
		if (d && strcmp(d, "added") == 0)
			c->bdiff[k] |= DIFF_ADDED;
		else if (d && strcmp(d, "removed") == 0)
			c->bdiff[k] |= DIFF_REMOVED;
		else if (d && strcmp(d, "changed") == 0)
			c->bdiff[k] |= DIFF_CHANGED;
		else
			c->bdiff[k] |= DIFF_SAME;
		if (r->doc && r->doc[0] &&
		    erg__strmap_get(&c->docs, r->doc, NULL) != 0) {
			if (erg__strmap_put(&c->docs, r->doc, c->n_docs)) {
				st = ERG_ENOMEM;
				goto done;
			}
			if (c->n_docs < DRAW_DOCS_LISTED)
				c->doc_list[c->n_docs] = r->doc;
			c->n_docs++;
		}
	}
done:
	free(head);
	free(next);
	free(tail);
	return st;
}

/* The diff state a bundle is drawn with. */
int erg__draw_bundle_diff(const draw_ctx *c, size_t k)
{
	unsigned f = c->bdiff[k];
	if (f == DIFF_ADDED)
		return DIFF_ADDED;
	if (f == DIFF_REMOVED)
		return DIFF_REMOVED;
	if (f & (DIFF_ADDED | DIFF_REMOVED | DIFF_CHANGED))
		return DIFF_CHANGED;
	return 0;
}

static bool is_affiliation_type(const draw_ctx *c, size_t type)
{
	return type == erg__affiliation_type(c->g);
}

typedef struct {
	size_t a, b, style, k;
} pair_key;

static int by_pair(const void *x, const void *y)
{
	const pair_key *p = x, *q = y;
	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	if (p->b != q->b)
		return p->b < q->b ? -1 : 1;
	if (p->style != q->style)
		return p->style < q->style ? -1 : 1;
	return p->k < q->k ? -1 : p->k > q->k;
}

/* The line style of relations with the modalities `mods` (a bit mask):
 * the first of style.rank that one of them maps to (c->n_styles: none). */
static size_t mods_style(const draw_ctx *c, unsigned mods)
{
	size_t best = c->n_styles;
	for (int m = 0; m < ERG_MOD__COUNT; m++) {
		size_t s;
		if (!(mods & (1u << m)))
			continue;
		s = erg__draw_modality_style(c, (erg_modality)m);
		if (s < best)
			best = s;
	}
	return best;
}

/* True when bundles of line style s (index into style.rank) may be drawn
 * as strands of one line: the styles named in pair.strand_styles
 * (dashed or dotted strands side by side read as speckles; they are
 * drawn as lines of their own, laid side by side by the page). */
static bool strand_style(const draw_ctx *c, size_t s)
{
	const char *list = erg__theme_get(&c->th, "pair.strand_styles",
					  "solid");
	size_t len;
	if (s >= c->n_styles)
		return false;
	len = strlen(c->styles[s]);
	for (const char *p = list; *p;) {
		size_t n = strcspn(p, ",");
		if (n == len && strncmp(p, c->styles[s], n) == 0)
			return true;
		p += n;
		if (*p == ',')
			p++;
	}
	return false;
}

/* The bundles of a pair of actors drawn in the same line style, when
 * there are at least pair.merge_min of them (types or directions) and
 * the style is one of pair.strand_styles, are drawn as one edge: one
 * coloured strand per type, so that a pair with many kinds of relations
 * is a band, not a fan of curves with overlapping count labels, and
 * every strand keeps the style of its own relations. Bundles shown by a
 * cluster box, bundles with a diff state and loops are drawn on their
 * own. O(B log B). */
static erg_status merge_pairs(draw_ctx *c)
{
	size_t nb = c->agg.n, m = 0;
	double min = erg__theme_num(&c->th, "pair.merge_min", 2);
	pair_key *keys = malloc((nb ? nb : 1) * sizeof(*keys));

	c->pair_head = malloc((nb ? nb : 1) * sizeof(*c->pair_head));
	c->pair_next = malloc((nb ? nb : 1) * sizeof(*c->pair_next));
	if (!keys || !c->pair_head || !c->pair_next) {
		free(keys);
		return ERG_ENOMEM;
	}
	for (size_t k = 0; k < nb; k++) {
		const erg_bundle *bd = &c->agg.items[k];
		c->pair_head[k] = c->pair_next[k] = NONE;
		if (c->hidden[k] || erg__draw_bundle_diff(c, k) ||
		    bd->source == bd->target)
			continue;
		keys[m++] = (pair_key){
		    bd->source < bd->target ? bd->source : bd->target,
		    bd->source < bd->target ? bd->target : bd->source,
		    mods_style(c, bd->modalities), k };
	}
	qsort(keys, m, sizeof(*keys), by_pair);
	for (size_t i = 0, j; i < m; i = j) {
		for (j = i + 1; j < m && keys[j].a == keys[i].a &&
				keys[j].b == keys[i].b &&
				keys[j].style == keys[i].style;
		     j++)
			;
		if (min < 2 || (double)(j - i) < min ||
		    !strand_style(c, keys[i].style))
			continue;
		for (size_t x = i; x < j; x++) {
			c->pair_head[keys[x].k] = keys[i].k;
			if (x + 1 < j)
				c->pair_next[keys[x].k] = keys[x + 1].k;
		}
	}
	free(keys);
	return ERG_OK;
}

/* True when bundle k is drawn as an edge of its own or as the first of
 * its pair (with the boxes of affiliated persons drawn or not). */
static bool draws_edge(const draw_ctx *c, size_t k, bool boxes)
{
	if (c->hidden[k] && boxes)
		return false;
	return c->pair_head[k] == NONE || c->pair_head[k] == k;
}

/* Drawn actors, clusters by affiliation, degree and importance. */
static erg_status choose_actors(draw_ctx *c)
{
	size_t n = erg_graph_actor_count(c->g);
	const erg_metrics *m = c->opts->metrics;

	c->drawn = calloc(n ? n : 1, sizeof(*c->drawn));
	c->cluster_of = malloc((n ? n : 1) * sizeof(*c->cluster_of));
	c->degree = calloc(n ? n : 1, sizeof(*c->degree));
	c->rankval = calloc(n ? n : 1, sizeof(*c->rankval));
	c->labeled = calloc(n ? n : 1, sizeof(*c->labeled));
	c->nodes = calloc(n ? n : 1, sizeof(*c->nodes));
	if (!c->drawn || !c->cluster_of || !c->degree || !c->rankval ||
	    !c->labeled || !c->nodes)
		return ERG_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		c->drawn[i] = c->opts->view == NULL;
		c->cluster_of[i] = NONE;
	}
	for (size_t i = 0; i < c->agg.n; i++) {
		c->drawn[c->agg.items[i].source] = true;
		c->drawn[c->agg.items[i].target] = true;
	}
	c->n_drawn = 0;
	for (size_t i = 0; i < n; i++)
		c->n_drawn += c->drawn[i];

	/* clusters: a person inside the box of a drawn non-person actor */
	if (c->opts->clusters) {
		for (size_t i = 0; i < n; i++) {
			const erg_actor *a = erg_graph_actor_c(c->g, i);
			size_t to;
			if (!c->drawn[i] || a->kind != ERG_KIND_PERSON ||
			    !a->affiliation ||
			    erg_graph_find_actor(c->g, a->affiliation, &to) ||
			    to == i || !c->drawn[to] ||
			    erg_graph_actor_c(c->g, to)->kind ==
				ERG_KIND_PERSON)
				continue;
			c->cluster_of[i] = to;
		}
		for (size_t k = 0; k < c->agg.n; k++) {
			const erg_bundle *bd = &c->agg.items[k];
			if (!is_affiliation_type(c, bd->type) ||
			    bd->source == bd->target ||
			    erg_graph_actor_c(c->g, bd->source)->kind !=
				ERG_KIND_PERSON ||
			    erg_graph_actor_c(c->g, bd->target)->kind ==
				ERG_KIND_PERSON ||
			    c->cluster_of[bd->source] != NONE)
				continue;
			c->cluster_of[bd->source] = bd->target;
		}
		for (size_t i = 0; i < n; i++)
			if (c->cluster_of[i] != NONE)
				c->n_clustered++;
		/* the box shows these */
		for (size_t k = 0; k < c->agg.n; k++) {
			const erg_bundle *bd = &c->agg.items[k];
			if (is_affiliation_type(c, bd->type) &&
			    c->cluster_of[bd->source] == bd->target &&
			    erg__draw_bundle_diff(c, k) == 0)
				c->hidden[k] = true;
		}
	}

	if (merge_pairs(c))
		return ERG_ENOMEM;
	for (size_t k = 0; k < c->agg.n; k++) {
		const erg_bundle *bd = &c->agg.items[k];
		if (c->hidden[k])
			continue;
		c->degree[bd->source] += bd->count;
		if (bd->target != bd->source)
			c->degree[bd->target] += bd->count;
		c->n_edges += draws_edge(c, k, true);
	}
	{
		/* edges per actor, for the hub test */
		size_t *nb = calloc(n ? n : 1, sizeof(*nb));
		if (!nb)
			return ERG_ENOMEM;
		for (size_t k = 0; k < c->agg.n; k++) {
			if (!draws_edge(c, k, true))
				continue;
			nb[c->agg.items[k].source]++;
			nb[c->agg.items[k].target]++;
		}
		for (size_t i = 0; i < n; i++)
			if (nb[i] > c->max_degree)
				c->max_degree = nb[i];
		free(nb);
	}

	c->has_size = false;
	if (m && m->n_actors == n && c->opts->size_by >= 0 &&
	    c->opts->size_by < ERG_METRIC__COUNT &&
	    erg_metrics_has(m, (erg_metric)c->opts->size_by)) {
		const double *v = m->values[c->opts->size_by];
		c->has_size = true;
		c->size_max = 0;
		for (size_t i = 0; i < n; i++)
			if (c->drawn[i] && isfinite(v[i]) &&
			    fabs(v[i]) > c->size_max)
				c->size_max = fabs(v[i]);
	}
	for (size_t i = 0; i < n; i++) {
		double v = (double)c->degree[i];
		if (c->has_size) {
			double x = m->values[c->opts->size_by][i];
			v = (isfinite(x) ? fabs(x) : 0) * 1e6 +
			    (double)c->degree[i] * 1e-6;
		}
		c->rankval[i] = v;
		c->labeled[i] = c->drawn[i];
	}
	return ERG_OK;
}

/* ---- building the network graph ---- */

/* Fills the node tooltip of actor i: name, kind, id, aliases, metrics. */
static erg_status node_tooltip(draw_ctx *c, Agnode_t *node, size_t i)
{
	const erg_actor *a = erg_graph_actor_c(c->g, i);
	const erg_metrics *m = c->opts->metrics;
	const char *kname =
	    erg_kind_name(a->kind) ? erg_kind_name(a->kind) : "other";
	erg_status st;

	erg__buf_reset(&c->b2);
	st = erg__buf_printf(&c->b2, "%s (%s, %s)", a->label ? a->label : a->id,
			     kname, a->id);
	for (size_t k = 0; !st && k < a->n_aliases && k < 8; k++)
		st = erg__buf_printf(&c->b2, "%s%s", k ? ", " : "\nalso ",
				     a->aliases[k]);
	if (!st && c->cluster_of[i] != NONE)
		st = erg__buf_printf(
		    &c->b2, "\naffiliated with %s",
		    erg_graph_actor_c(c->g, c->cluster_of[i])->label);
	if (!st && m && m->n_actors == erg_graph_actor_count(c->g)) {
		for (int k = 0; !st && k < ERG_METRIC__COUNT; k++) {
			double v;
			if (!erg_metrics_has(m, (erg_metric)k) ||
			    !m->values[k])
				continue;
			v = m->values[k][i];
			if (erg_metric_is_integer((erg_metric)k))
				st = erg__buf_printf(&c->b2, "\n%s %.0f",
						     erg_metric_name(
							 (erg_metric)k),
						     v);
			else
				st = erg__buf_printf(&c->b2, "\n%s %.4g",
						     erg_metric_name(
							 (erg_metric)k),
						     v);
		}
	}
	if (!st)
		st = set_text(c, node, "tooltip", c->b2.data);
	return st;
}

/* dot, fdp and osage draw clusters; neato draws them in two levels
 * (draw_page.c, boxes_layout) when engine.neato_boxes is 1. */
static bool engine_has_clusters(const draw_ctx *c)
{
	const char *e = c->engine;
	return strcmp(e, "dot") == 0 || strcmp(e, "fdp") == 0 ||
	       strcmp(e, "osage") == 0 ||
	       (strcmp(e, "neato") == 0 && !c->no_boxes &&
		(c->boxes_alt ||
		 erg__theme_num(&c->th, "engine.neato_boxes", 0) > 0));
}

/* Relative size (0..1) of actor i by opts->size_by. */
static double size_ratio(const draw_ctx *c, size_t i)
{
	double v;
	if (!c->has_size || c->size_max <= 0)
		return 0;
	v = c->opts->metrics->values[c->opts->size_by][i];
	if (!isfinite(v))
		return 0;
	return sqrt(fabs(v) / c->size_max);
}

static erg_status add_nodes(draw_ctx *c)
{
	/* the box's rows that are ergraph's, not Graphviz attributes */
	static const char *const cluster_own[] = { "clear", NULL };
	size_t n = erg_graph_actor_count(c->g);
	size_t wrap = (size_t)erg__theme_num(&c->th, "text.wrap", 18);
	bool clusters = c->n_clustered > 0 && engine_has_clusters(c);
	Agraph_t **sub = NULL;
	char prefix[64];
	erg_status st = ERG_OK;

	c->n_cluster_boxes = 0;
	if (clusters) {
		sub = calloc(n ? n : 1, sizeof(*sub));
		if (!sub)
			return ERG_ENOMEM;
		/* one box per container, made before any node */
		for (size_t i = 0; i < n; i++) {
			size_t to = c->cluster_of[i];
			char name[64];
			if (to == NONE || sub[to])
				continue;
			snprintf(name, sizeof(name), "cluster_%zu", to);
			if (!(sub[to] = agsubg(c->G, name, 1))) {
				free(sub);
				return ERG_EALGO;
			}
			apply_rows(c, sub[to], AGRAPH, "cluster.",
				   cluster_own);
			erg__draw_set(sub[to], "label", "");
			erg__draw_setf(sub[to], "penwidth",
				       erg__theme_num(&c->th,
						      "cluster.penwidth", 1) *
					   c->scale);
			erg__draw_setf(sub[to], "margin", 8 * c->scale);
			c->n_cluster_boxes++;
		}
	}
	c->kinds_present = 0;
	c->n_labeled = 0;
	for (size_t i = 0; i < n && !st; i++) {
		const erg_actor *a = erg_graph_actor_c(c->g, i);
		const char *kname;
		Agraph_t *home = c->G;
		Agnode_t *node;
		double r = size_ratio(c, i);

		c->nodes[i] = NULL;
		if (!c->drawn[i])
			continue;
		if (clusters && c->cluster_of[i] != NONE)
			home = sub[c->cluster_of[i]];
		else if (clusters && sub[i])
			home = sub[i];
		kname =
		    erg_kind_name(a->kind) ? erg_kind_name(a->kind) : "other";
		node = agnode(home, a->id, 1);
		if (!node) {
			st = ERG_EALGO;
			break;
		}
		c->nodes[i] = node;
		c->kinds_present |= 1u << a->kind;
		/* the SVG class: the lines' classes name their ends so */
		snprintf(prefix, sizeof(prefix), "n%zu", i);
		erg__draw_set(node, "class", prefix);
		snprintf(prefix, sizeof(prefix), "kind.%s.", kname);
		apply_rows(c, node, AGNODE, prefix, NULL);
		if (c->labeled[i]) {
			c->n_labeled++;
			erg__buf_reset(&c->b);
			st = erg__draw_put_wrapped(
			    &c->b, a->label ? a->label : a->id, wrap, false,
			    "\\n");
			if (st)
				break;
			erg__draw_set(node, "label",
				      c->b.data ? c->b.data : "");
			if (r > 0) {
				erg__draw_setf(node, "width",
					       (0.9 + 1.3 * r) * c->scale);
				erg__draw_setf(node, "height",
					       (0.45 + 0.6 * r) * c->scale);
			}
		} else {
			/* not scaled with the fonts: unlabelled actors
			 * would otherwise spread a large layout as much
			 * as the labels they gave up */
			double w = 0.22 + 0.4 * r;
			erg__draw_set(node, "label", "");
			erg__draw_set(node, "fixedsize", "true");
			erg__draw_setf(node, "width", w);
			erg__draw_setf(node, "height", w * 0.75);
		}
		st = node_tooltip(c, node, i);
	}
	free(sub);
	return st;
}

/* Fills the tooltip of bundle k: the pair, type, count, modalities and
 * dates, then for each relation (up to tooltip.relations_max) its date,
 * document and evidence sentence; at most tooltip.max bytes. */
static erg_status edge_tooltip(draw_ctx *c, size_t k, erg_buf *out)
{
	const erg_bundle *bd = &c->agg.items[k];
	const erg_type *t = erg_types_get(erg_graph_types(c->g), bd->type);
	size_t ev_max =
	    (size_t)erg__theme_num(&c->th, "tooltip.evidence_max", 300);
	size_t rel_max =
	    (size_t)erg__theme_num(&c->th, "tooltip.relations_max", 6);
	size_t total_max = (size_t)erg__theme_num(&c->th, "tooltip.max", 2000);
	size_t shown = 0, left = 0;
	int nm = 0;
	erg_status st;

	erg__buf_reset(&c->b2);
	st = erg__buf_printf(
	    &c->b2, "%s %s %s: %s, %zu relation%s (",
	    erg_graph_actor_c(c->g, bd->source)->label,
	    bd->directed ? "\xE2\x86\x92" : "\xE2\x80\x94",
	    erg_graph_actor_c(c->g, bd->target)->label, t ? t->name : "?",
	    bd->count, bd->count == 1 ? "" : "s");
	for (int m = 0; !st && m < ERG_MOD__COUNT; m++)
		if (bd->modalities & (1u << m))
			st = erg__buf_printf(&c->b2, "%s%s", nm++ ? ", " : "",
					     erg_modality_name((erg_modality)m));
	if (!st)
		st = erg__buf_putc(&c->b2, ')');
	if (!st && c->date_min[k])
		st = erg__buf_printf(&c->b2, ", %s", c->date_min[k]);
	if (!st && c->date_max[k] && strcmp(c->date_min[k], c->date_max[k]))
		st = erg__buf_printf(&c->b2, " \xE2\x80\x93 %s",
				     c->date_max[k]);
	if (!st && erg__draw_bundle_diff(c, k))
		st = erg__buf_printf(
		    &c->b2, "; %s",
		    erg__draw_bundle_diff(c, k) == DIFF_ADDED
			? "added"
			: erg__draw_bundle_diff(c, k) == DIFF_REMOVED
			      ? "removed"
			      : "changed");
	if (st)
		return st;
	erg__buf_reset(out);
	if ((st = erg__draw_put_text(out, c->b2.data, false)))
		return st;
	for (size_t i = c->rel_head[k]; i != NONE; i = c->rel_next[i]) {
		const erg_relation *r = erg_graph_relation_c(c->g, i);
		const char *d = diff_value(c, r);
		if (shown >= rel_max || out->len >= total_max) {
			left++;
			continue;
		}
		shown++;
		st = PUT_LIT(out, "\\n\xE2\x80\xA2 ");
		if (!st && r->date)
			st = erg__draw_put_text(out, r->date, false);
		if (!st && r->modality != ERG_MOD_REPORTED)
			st = erg__buf_printf(
			    out, "%s(%s)", r->date ? " " : "",
			    erg_modality_name(r->modality));
		if (!st && d && d[0]) {
			st = PUT_LIT(out, " [");
			if (!st)
				st = put_text_capped(out, d, 20);
			if (!st)
				st = erg__buf_putc(out, ']');
		}
		if (!st && r->doc && r->doc[0]) {
			st = PUT_LIT(out, " \xC2\xB7 ");
			if (!st)
				st = put_text_capped(out, r->doc, 120);
		}
		if (!st && r->evidence && r->evidence[0]) {
			st = PUT_LIT(out, ": ");
			if (!st)
				st = put_text_capped(out, r->evidence, ev_max);
		}
		if (st)
			return st;
	}
	if (left)
		st = erg__buf_printf(out, "\\n\xE2\x80\xA6 and %zu more", left);
	return st;
}

static double penwidth(size_t count)
{
	double p = 1.5 + 1.5 * log2((double)(count ? count : 1));
	return p > 7 ? 7 : p;
}

/* The bundles drawn as edge k: k alone, or the bundles of its pair. */
#define FOR_MEMBERS(c, k, j)                                                 \
	for (size_t j = (k); j != NONE;                                      \
	     j = (c)->pair_head[k] == NONE ? NONE : (c)->pair_next[j])

/* The tooltip of a pair drawn as one edge: a line naming the pair and
 * its count, then each bundle's tooltip; at most tooltip.max bytes. */
static erg_status pair_tooltip(draw_ctx *c, size_t k, size_t total,
			       size_t n_types, erg_buf *out)
{
	const erg_bundle *bd = &c->agg.items[k];
	size_t total_max = (size_t)erg__theme_num(&c->th, "tooltip.max", 2000);
	erg_buf one;
	erg_status st;

	if (c->pair_head[k] == NONE)
		return edge_tooltip(c, k, out);
	erg__buf_init(&one, DRAW_BUF_MAX);
	erg__buf_reset(&c->b2);
	st = erg__buf_printf(&c->b2, "%s \xE2\x80\x94 %s: %zu relation%s, %zu "
				     "type%s",
			     erg_graph_actor_c(c->g, bd->source)->label,
			     erg_graph_actor_c(c->g, bd->target)->label, total,
			     total == 1 ? "" : "s", n_types,
			     n_types == 1 ? "" : "s");
	if (!st) {
		erg__buf_reset(out);
		st = erg__draw_put_text(out, c->b2.data, false);
	}
	FOR_MEMBERS(c, k, j)
	{
		if (st || out->len >= total_max)
			break;
		st = edge_tooltip(c, j, &one);
		if (!st)
			st = PUT_LIT(out, "\\n\\n");
		if (!st && one.data)
			st = erg__buf_append(out, one.data, one.len);
	}
	erg__buf_free(&one);
	return st;
}

/* The SVG class of edge k: "n<actor>" for both ends and "r<type>_<mod>"
 * for each type and modality of its relations, so that a page (the HTML
 * report) can hide the edges of the relations it filters out. */
static erg_status edge_class(draw_ctx *c, size_t k, erg_buf *out)
{
	const erg_bundle *bd = &c->agg.items[k];
	erg_status st;

	erg__buf_reset(out);
	st = erg__buf_printf(out, "n%zu n%zu", bd->source, bd->target);
	FOR_MEMBERS(c, k, j)
	{
		const erg_bundle *m = &c->agg.items[j];
		for (int mod = 0; !st && mod < ERG_MOD__COUNT; mod++)
			if (m->modalities & (1u << mod))
				st = erg__buf_printf(out, " r%zu_%d", m->type,
						     mod);
	}
	return st;
}

/* The count label of an edge, on a patch of the page's colour so that a
 * line under it does not cross the digits. */
static erg_status set_count_label(draw_ctx *c, Agedge_t *e, bool xlabel,
				  const char *text)
{
	erg_status st;
	erg__buf_reset(&c->b);
	st = erg__buf_printf(
	    &c->b,
	    "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
	    "CELLPADDING=\"1\" BGCOLOR=\"%s\"><TR><TD>",
	    erg__theme_color(&c->th, "graph.bgcolor"));
	if (!st)
		st = erg__draw_put_text(&c->b, text, true);
	if (!st)
		st = PUT_LIT(&c->b, "</TD></TR></TABLE>");
	if (!st)
		st = erg__draw_set_html(c->G, e, xlabel ? "xlabel" : "label",
					c->b.data);
	return st;
}

/* Without boxes (engines that do not draw clusters), a person affiliated
 * with a drawn actor is joined to it by a line drawn like an affiliation
 * relation of the type table (which the legend names), unless a line
 * already joins the two. Nothing when
 * the type table has no affiliation type. */
static erg_status add_member_edges(draw_ctx *c)
{
	size_t n = erg_graph_actor_count(c->g);
	size_t nt = erg_types_count(erg_graph_types(c->g)), aff = nt;
	size_t rep = erg__draw_modality_style(c, ERG_MOD_REPORTED);
	char cls[96];
	erg_status st = ERG_OK;

	for (size_t t = 0; t < nt; t++)
		if (is_affiliation_type(c, t))
			aff = t;
	if (aff == nt || c->n_clustered == 0)
		return ERG_OK;
	for (size_t i = 0; i < n && !st; i++) {
		size_t to = c->cluster_of[i];
		Agedge_t *e;
		if (to == NONE || !c->nodes[i] || !c->nodes[to] ||
		    agedge(c->G, c->nodes[i], c->nodes[to], NULL, 0) ||
		    agedge(c->G, c->nodes[to], c->nodes[i], NULL, 0))
			continue;
		if (!(e = agedge(c->G, c->nodes[i], c->nodes[to], NULL, 1)))
			return ERG_EALGO;
		c->types_present[aff] = true;
		erg__draw_set(e, "color", erg__draw_type_color(c, aff));
		erg__draw_setf(e, "penwidth", penwidth(1) * c->scale);
		erg__draw_setf(e, "arrowsize",
			       erg__theme_num(&c->th, "edge.arrowsize", 0.8) *
				   c->scale);
		if (rep < c->n_styles) {
			erg__draw_set(e, "style", c->styles[rep]);
			c->styles_present |= 1u << rep;
			c->modalities_present |= 1u << ERG_MOD_REPORTED;
		}
		erg__buf_reset(&c->b2);
		st = erg__buf_printf(
		    &c->b2, "%s \xE2\x86\x92 %s: affiliated (actors table)",
		    erg_graph_actor_c(c->g, i)->label,
		    erg_graph_actor_c(c->g, to)->label);
		if (!st)
			st = set_text(c, e, "tooltip", c->b2.data);
		snprintf(cls, sizeof(cls), "n%zu n%zu r%zu_%d", i, to, aff,
			 (int)ERG_MOD_REPORTED);
		erg__draw_set(e, "class", cls);
	}
	return st;
}

static erg_status add_edges(draw_ctx *c)
{
	size_t nt = erg_types_count(erg_graph_types(c->g));
	const char *highlight = erg__theme_color(&c->th, "highlight");
	const char *marker = erg__theme_get(&c->th, "diff.changed.marker", "");
	const char *cfmt = erg__theme_get(&c->th, "count.format", "%n");
	size_t cmin = (size_t)erg__theme_num(&c->th, "count.min", 2);
	double strand = erg__theme_num(&c->th, "pair.strand_width", 2);
	bool boxes = c->n_cluster_boxes > 0;
	/* dot places edge labels as nodes of its ranking, other engines
	 * at the middle of the line (where the count reads as the line's,
	 * on a patch of the page's colour); dot with clusters gets
	 * external labels (Graphviz 2.43's dot frees memory twice after
	 * laying out labelled parallel edges in a graph with clusters) */
	bool xlabels = strcmp(c->engine, "dot") == 0 && boxes;
	bool *has_type = calloc(nt + 1, sizeof(*has_type));
	erg_buf tip, colors;
	erg_status st = ERG_OK;

	if (!has_type)
		return ERG_ENOMEM;
	erg__buf_init(&tip, DRAW_BUF_MAX);
	erg__buf_init(&colors, 1 << 16);
	c->styles_present = 0;
	c->diff_present = 0;
	c->modalities_present = 0;
	c->any_count = false;
	c->any_strands = false;
	memset(c->types_present, 0, (nt + 1) * sizeof(bool));
	for (size_t i = 0; i < c->agg.n && !st; i++) {
		const erg_bundle *bd = &c->agg.items[i];
		size_t best, count = 0, n_types = 0;
		unsigned mods = 0;
		bool fwd = false, back = false, undirected = false;
		int diff = erg__draw_bundle_diff(c, i);
		double pw;
		Agedge_t *e;
		char label[128];
		size_t ll = 0;

		if (!draws_edge(c, i, boxes))
			continue;
		e = agedge(c->G, c->nodes[bd->source], c->nodes[bd->target],
			   NULL, 1);
		if (!e) {
			st = ERG_EALGO;
			break;
		}
		memset(has_type, 0, (nt + 1) * sizeof(*has_type));
		FOR_MEMBERS(c, i, j)
		{
			const erg_bundle *m = &c->agg.items[j];
			count += m->count;
			mods |= m->modalities;
			if (m->type < nt && !has_type[m->type]) {
				has_type[m->type] = true;
				n_types++;
			}
			if (!m->directed)
				undirected = true;
			else if (m->source == bd->source)
				fwd = true;
			else
				back = true;
		}
		best = mods_style(c, mods);
		/* colour: one strand per type, in type table order */
		erg__buf_reset(&colors);
		for (size_t t = 0; t < nt && !st; t++) {
			if (!has_type[t])
				continue;
			if (diff != DIFF_REMOVED && diff != DIFF_ADDED)
				c->types_present[t] = true;
			st = erg__buf_printf(&colors, "%s%s",
					     colors.len ? ":" : "",
					     erg__draw_type_color(c, t));
		}
		if (st)
			break;
		pw = penwidth(count) * c->scale;
		if (n_types > 1) {
			/* Graphviz draws the strands of a colour list 2
			 * units apart: strands of that width touch */
			pw = strand;
			c->any_strands = true;
		}
		if (diff == DIFF_ADDED) {
			erg__draw_set(e, "color", highlight);
			pw += erg__theme_num(&c->th, "diff.added.penwidth",
					     0) *
			      c->scale;
		} else if (diff == DIFF_REMOVED) {
			erg__draw_set(e, "color",
				      erg__theme_color(&c->th, "diff.removed.color"));
		} else {
			erg__draw_set(e, "color",
				      colors.data ? colors.data : "");
		}
		if (diff == DIFF_REMOVED) {
			erg__draw_set(e, "style",
				      erg__theme_get(&c->th,
						     "diff.removed.style",
						     "dashed"));
		} else if (best < c->n_styles) {
			erg__draw_set(e, "style", c->styles[best]);
			c->styles_present |= 1u << best;
			c->modalities_present |= mods;
		}
		if (diff)
			c->diff_present |= (unsigned)diff;
		erg__draw_setf(e, "penwidth", pw);
		erg__draw_setf(e, "arrowsize",
			       erg__theme_num(&c->th, "edge.arrowsize", 0.8) *
				   c->scale);
		if (fwd && back)
			erg__draw_set(e, "dir", "both");
		else if (back)
			erg__draw_set(e, "dir", "back");
		else if (!fwd && undirected)
			erg__draw_set(e, "dir", "none");

		/* label: changed marker, count */
		label[0] = '\0';
		if (diff == DIFF_CHANGED && strlen(marker) < 32)
			ll += (size_t)snprintf(label, sizeof(label), "%s",
					       marker);
		if (count >= cmin && c->show_counts) {
			c->any_count = true;
			if (ll)
				label[ll++] = ' ';
			for (const char *p = cfmt; *p && ll < 100; p++) {
				if (p[0] == '%' && p[1] == 'n') {
					ll += (size_t)snprintf(
					    label + ll, sizeof(label) - ll,
					    "%zu", count);
					p++;
				} else {
					label[ll++] = *p;
				}
			}
			label[ll] = '\0';
		}
		if (label[0] && (st = set_count_label(c, e, xlabels, label)))
			break;
		if ((st = pair_tooltip(c, i, count, n_types, &tip)))
			break;
		erg__draw_set(e, "tooltip", tip.data ? tip.data : "");
		if (label[0])
			erg__draw_set(e, "labeltooltip",
				      tip.data ? tip.data : "");
		if ((st = edge_class(c, i, &tip)))
			break;
		erg__draw_set(e, "class", tip.data ? tip.data : "");
	}
	if (!st && !boxes)
		st = add_member_edges(c);
	erg__buf_free(&tip);
	erg__buf_free(&colors);
	free(has_type);
	return st;
}

#define OTHER_END(e, n) (aghead(e) == (n) ? agtail(e) : aghead(e))

/* The width of an edge's line as drawn: the strands of a colour list
 * 2 units apart (Graphviz), each penwidth wide. */
double erg__draw_edge_width(Agedge_t *e)
{
	const char *col = agget(e, "color"), *pw = agget(e, "penwidth");
	double w = pw && pw[0] ? atof(pw) : 1;
	size_t k = 1;
	for (const char *p = col ? col : ""; *p; p++)
		k += *p == ':';
	if (w <= 0)
		w = 1;
	return (double)(k - 1) * 2 + w;
}

/* Room for the lines between one pair of actors: their band (every
 * line's width and pair.lane_gap between them) and its count label
 * need a line of about pair.room times the band plus the label's
 * height between the two shapes, so a heavy pair gets a longer line:
 * neato and fdp `len` (centre to centre: half of each shape added),
 * dot `minlen` in ranks of ranksep plus a shape. Pairs of one thin
 * line keep the engine's default. */
double erg__draw_pair_band(Agraph_t *G, Agnode_t *n, Agedge_t *e, double gap,
			   size_t *lines, bool *labelled)
{
	Agnode_t *o = OTHER_END(e, n);
	double band = 0;

	*lines = 0;
	*labelled = false;
	if (o == n || AGSEQ(o) < AGSEQ(n))
		return -1;
	for (Agedge_t *f = agfstedge(G, n); f != e; f = agnxtedge(G, f, n))
		if (OTHER_END(f, n) == o)
			return -1; /* the pair's first line was before */
	for (Agedge_t *f = e; f; f = agnxtedge(G, f, n)) {
		const char *l = agget(f, "label");
		if (OTHER_END(f, n) != o)
			continue;
		band += erg__draw_edge_width(f) + (*lines ? gap : 0);
		*labelled |= l && l[0];
		(*lines)++;
	}
	return band;
}

/* The unit of actor node n in dot's ranking: the box it is drawn in
 * (its affiliation's actor, or itself when it holds a box), else the
 * actor itself. */
static size_t rank_unit(const draw_ctx *c, const size_t *actor_of, Agnode_t *n)
{
	size_t i = actor_of[AGSEQ(n)];
	if (i == NONE || !c->n_cluster_boxes)
		return i;
	return c->cluster_of[i] != NONE ? c->cluster_of[i] : i;
}

/* True when actor node n is drawn in a box (of its own or of its
 * affiliation). */
static bool in_box(const draw_ctx *c, const size_t *actor_of, Agnode_t *n)
{
	size_t i = actor_of[AGSEQ(n)];
	if (i == NONE || !c->n_cluster_boxes)
		return false;
	if (c->cluster_of[i] != NONE)
		return true;
	for (size_t k = 0; k < erg_graph_actor_count(c->g); k++)
		if (c->cluster_of[k] == i && c->nodes[k])
			return true;
	return false;
}

/* dot: the lines of a heavy pair get `minlen` ranks, and so does every
 * line between the two boxes the pair's actors are drawn in (dot 2.43
 * ranks a box as a whole: one line of the two boxes at minlen 1 ranks
 * them next to each other, whatever the pair's own minlen); the pair's
 * own lines weigh `weight` so that dot draws them short and straight. */
static void dot_room(draw_ctx *c, const size_t *actor_of, Agnode_t *n,
		     Agnode_t *o, double m)
{
	size_t un = rank_unit(c, actor_of, n), uo = rank_unit(c, actor_of, o);
	double w = erg__theme_num(&c->th, "pair.weight", 8);

	for (Agnode_t *v = agfstnode(c->G); v; v = agnxtnode(c->G, v)) {
		size_t uv = rank_unit(c, actor_of, v);
		if (uv == NONE || (uv != un && uv != uo))
			continue;
		for (Agedge_t *f = agfstout(c->G, v); f;
		     f = agnxtout(c->G, f)) {
			size_t uh = rank_unit(c, actor_of, aghead(f));
			const char *ml = agget(f, "minlen");
			bool own = (v == n && aghead(f) == o) ||
				   (v == o && aghead(f) == n);
			if (uh == NONE || uh == uv || (uh != un && uh != uo))
				continue;
			if (!own && (!c->n_cluster_boxes || c->no_box_room))
				continue;
			if (!ml || !ml[0] || atof(ml) < m)
				erg__draw_setf(f, "minlen", m);
			if (own && w > 0)
				erg__draw_setf(f, "weight", floor(w));
		}
	}
}

static void pair_room(draw_ctx *c)
{
	double gap = erg__theme_num(&c->th, "pair.lane_gap", 4) * c->scale;
	double room = erg__theme_num(&c->th, "pair.room", 2);
	double label = erg__theme_num(&c->th, "edge.fontsize", 16) * c->scale;
	bool dot = strcmp(c->engine, "dot") == 0;
	/* dot: the two actors ranksep apart; each rank more between them
	 * adds ranksep and about the size of the actors placed in it: half
	 * an inch top to bottom, an inch across the page (left to right,
	 * a rank is as wide as its widest actor) */
	bool across = dot && c->spacing &&
		      (strcmp(c->spacing, "LR") == 0 ||
		       strcmp(c->spacing, "RL") == 0);
	double sep = erg__theme_num(&c->th, "layout.dot.ranksep", 0.5) * 72 *
		     c->scale;
	double rank = sep + (across ? 72 : 36) * c->scale;
	/* around each box: its margin (add_nodes) */
	double margins = c->n_cluster_boxes ? 2 * 8 * c->scale : 0;
	double deflen = strcmp(c->engine, "fdp") == 0 ? 0.3 : 1.0;
	size_t *actor_of = NULL, nseq = 0;

	if (room <= 0 || rank <= 0)
		return;
	if (dot) {
		for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n))
			if ((size_t)AGSEQ(n) + 1 > nseq)
				nseq = (size_t)AGSEQ(n) + 1;
		if (!(actor_of = malloc((nseq ? nseq : 1) * sizeof(*actor_of))))
			return; /* room is a nicety */
		for (size_t i = 0; i < nseq; i++)
			actor_of[i] = NONE;
		for (size_t i = 0; i < erg_graph_actor_count(c->g); i++)
			if (c->nodes[i])
				actor_of[AGSEQ(c->nodes[i])] = i;
	}
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n)) {
		for (Agedge_t *e = agfstedge(c->G, n); e;
		     e = agnxtedge(c->G, e, n)) {
			Agnode_t *o = OTHER_END(e, n);
			size_t lines;
			bool labelled;
			double band = erg__draw_pair_band(c->G, n, e, gap,
							  &lines, &labelled);
			double want;
			if (band < 0 || (lines < 2 && band <= 2 * c->scale))
				continue;
			/* the count beside the band: about two digits and
			 * a sign wide */
			want = room * band + (labelled ? 1.5 * label : 0);
			if (dot) {
				if (!c->no_box_room &&
				    (in_box(c, actor_of, n) ||
				     in_box(c, actor_of, o)))
					want += margins;
				if (want > sep)
					dot_room(c, actor_of, n, o,
						 fmax(2, ceil(want / rank)));
				continue;
			}
			for (Agedge_t *f = e; f; f = agnxtedge(c->G, f, n))
				if (OTHER_END(f, n) == o)
					erg__draw_setf(f, "len",
						       deflen + want / 72);
		}
	}
	free(actor_of);
}

/* ---- engine ---- */

const char *erg__draw_rule_engine(const draw_ctx *c)
{
	size_t small =
	    (size_t)erg__theme_num(&c->th, "engine.small_max", 40);
	size_t medium =
	    (size_t)erg__theme_num(&c->th, "engine.medium_max", 300);

	if (c->opts->engine && c->opts->engine[0])
		return c->opts->engine;
	if (c->n_drawn <= small && c->n_edges <= 4 * small) {
		if (erg_graph_is_directed(c->g) || c->n_clustered)
			return erg__theme_get(&c->th, "engine.small", "dot");
		return erg__theme_get(&c->th, "engine.small_alt", "neato");
	}
	if (c->n_drawn <= medium)
		return erg__theme_get(&c->th, "engine.medium", "neato");
	return erg__theme_get(&c->th, "engine.large", "sfdp");
}

/* True when lines should be routed around actors: few edges, no hub. */
static bool avoid_nodes(const draw_ctx *c)
{
	return c->n_edges <= (size_t)erg__theme_num(
				 &c->th, "splines.avoid_edges_max", 150) &&
	       c->max_degree <= (size_t)erg__theme_num(
				    &c->th, "splines.avoid_degree_max", 40);
}

/* Builds c->G for c->engine with the current labels and scale. Title and
 * legend are added by the callers. */
erg_status erg__draw_build(draw_ctx *c)
{
	static const char *const skip_node[] = { "fontsize", "width",
						 "height", "margin", NULL };
	static const char *const skip_edge[] = { "fontsize", "arrowsize",
						 NULL };
	const char *gname = erg_graph_name(c->g);
	char prefix[96];
	erg_status st;

	if (c->G)
		agclose(c->G);
	c->G = agopen((char *)(gname && gname[0] ? gname : "G"), Agdirected,
		      erg__draw_disc());
	if (!c->G)
		return ERG_ENOMEM;
	apply_rows(c, NULL, AGRAPH, "graph.", NULL);
	apply_rows(c, NULL, AGNODE, "node.", skip_node);
	apply_rows(c, NULL, AGEDGE, "edge.", skip_edge);
	{
		char num[64];
		double f = erg__theme_num(&c->th, "node.fontsize", 16) *
			   c->scale;
		snprintf(num, sizeof(num), "%.2f",
			 ceil(f * 100 - 1e-6) / 100);
		agattr(c->G, AGNODE, "fontsize", num);
		f = erg__theme_num(&c->th, "edge.fontsize", 16) * c->scale;
		snprintf(num, sizeof(num), "%.2f",
			 ceil(f * 100 - 1e-6) / 100);
		agattr(c->G, AGEDGE, "fontsize", num);
		/* the room around a label grows with its text */
		{
			double mx = 0.08, my = 0.04;
			const char *m =
			    erg__theme_get(&c->th, "node.margin", NULL);
			if (m && sscanf(m, "%lf,%lf", &mx, &my) == 1)
				my = mx;
			snprintf(num, sizeof(num), "%.4g,%.4g", mx * c->scale,
				 my * c->scale);
			agattr(c->G, AGNODE, "margin", num);
		}
	}
	if (strlen(c->engine) <= 64 && !strchr(c->engine, '.')) {
		snprintf(prefix, sizeof(prefix), "layout.%s.", c->engine);
		apply_rows(c, c->G, AGRAPH, prefix, NULL);
	}
	/* after Graphviz aborted in GTS (see draw_page.c), lines of
	 * engines other than dot are not routed: the router uses GTS */
	if (strcmp(c->engine, "dot") != 0)
		erg__draw_set(c->G, "splines",
			      avoid_nodes(c) && !c->engine_retry
				  ? erg__theme_get(&c->th, "splines.avoid",
						   "true")
				  : erg__theme_get(&c->th, "splines.plain",
						   "line"));
	if (c->n_edges > (size_t)erg__theme_num(&c->th, "large.edges_above",
						1000))
		apply_rows(c, c->G, AGRAPH, "large.graph.", NULL);
	if ((st = add_nodes(c)) || (st = add_edges(c)))
		return st;
	pair_room(c);
	return ERG_OK;
}

/* ---- legend ---- */

/* Legend entries are collected first, then arranged: as a column (the
 * right of the page: relation types, changes, line styles; everything in
 * DOT output) or as a band of rows (the bottom of the page: actor kinds
 * and other marks). Sections: 0 relation types, 1 changes, 2 line styles,
 * 3 actor kinds, 4 other marks. */
enum { LI_HEADING, LI_LINE, LI_BOX, LI_TEXT, LI_MARK, LI_STRANDS };

/* Legend text is wrapped at about this many characters: in the column
 * on the right, and in the band at the bottom (which has the width). */
#define LEGEND_WRAP 14
#define LEGEND_WRAP_BAND 40
#define LEGEND_FILL_ROWS 40

typedef struct {
	int kind;
	int section;
	char attrs[200];  /* sample cell attributes */
	char *sample;     /* LI_MARK: sample text */
	char *text;
} legend_item;

typedef struct {
	legend_item *items;
	size_t n, cap;
} legend_list;

static void legend_list_free(legend_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->items[i].text);
		free(l->items[i].sample);
	}
	free(l->items);
	memset(l, 0, sizeof(*l));
}

static erg_status legend_add(legend_list *l, int kind, int section,
			     const char *attrs, const char *sample,
			     const char *text)
{
	legend_item *it;
	if (erg__grow((void **)&l->items, &l->cap, l->n + 1, sizeof(*it)))
		return ERG_ENOMEM;
	it = &l->items[l->n];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->section = section;
	snprintf(it->attrs, sizeof(it->attrs), "%s", attrs ? attrs : "");
	it->text = erg__strdup(text ? text : "");
	it->sample = sample ? erg__strdup(sample) : NULL;
	if (!it->text || (sample && !it->sample)) {
		free(it->text);
		free(it->sample);
		return ERG_ENOMEM;
	}
	l->n++;
	return ERG_OK;
}

/* Replaces %<key> in fmt by val into out. */
static erg_status fill_format(erg_buf *out, const char *fmt, char key,
			      const char *val, char key2, const char *val2)
{
	erg_status st = ERG_OK;
	erg__buf_reset(out);
	for (const char *p = fmt; !st && *p; p++) {
		if (p[0] == '%' && p[1] == key) {
			st = erg__buf_append(out, val, strlen(val));
			p++;
		} else if (key2 && p[0] == '%' && p[1] == key2) {
			st = erg__buf_append(out, val2, strlen(val2));
			p++;
		} else {
			st = erg__buf_putc(out, *p);
		}
	}
	if (!st && !out->data)
		st = erg__buf_putc(out, '\0');
	return st;
}

static int px(double v)
{
	long r = lround(v);
	return r < 1 ? 1 : (int)r;
}

/* Everything the drawing shows that needs explaining. */
static erg_status legend_collect(draw_ctx *c, legend_list *l, double u)
{
	const erg_types *types = erg_graph_types(c->g);
	const char *ink = erg__theme_color(&c->th, "text.color");
	char attrs[200];
	erg_buf txt;
	bool any = false;
	erg_status st = ERG_OK;

	erg__buf_init(&txt, 4096);
	for (size_t i = 0; i < erg_types_count(types); i++)
		any |= c->types_present[i];
	if (any)
		st = legend_add(l, LI_HEADING, 0, NULL, NULL,
				erg__theme_get(&c->th, "legend.types",
					       "Relation types"));
	for (size_t i = 0; !st && i < erg_types_count(types); i++) {
		const erg_type *t = erg_types_get(types, i);
		if (!c->types_present[i])
			continue;
		snprintf(attrs, sizeof(attrs),
			 "BORDER=\"%d\" SIDES=\"B\" COLOR=\"%s\"", px(4 * u),
			 erg__draw_type_color(c, i));
		/* "military_cooperation" reads "military cooperation" */
		if ((st = erg__buf_append(&txt, "", 0)))
			break;
		erg__buf_reset(&txt);
		for (const char *p = t->name; !st && *p; p++)
			st = erg__buf_putc(&txt, *p == '_' ? ' ' : *p);
		if (!st)
			st = legend_add(l, LI_LINE, 0, attrs, NULL, txt.data);
	}
	if (!st && c->diff_present)
		st = legend_add(l, LI_HEADING, 1, NULL, NULL,
				erg__theme_get(&c->th, "legend.changes",
					       "Changes"));
	if (!st && (c->diff_present & DIFF_ADDED)) {
		snprintf(attrs, sizeof(attrs),
			 "BORDER=\"%d\" SIDES=\"B\" COLOR=\"%s\"", px(6 * u),
			 erg__theme_color(&c->th, "highlight"));
		st = legend_add(l, LI_LINE, 1, attrs, NULL,
				erg__theme_get(&c->th, "legend.added",
					       "added"));
	}
	if (!st && (c->diff_present & DIFF_REMOVED)) {
		snprintf(attrs, sizeof(attrs),
			 "BORDER=\"%d\" SIDES=\"B\" COLOR=\"%s\" "
			 "STYLE=\"dashed\"",
			 px(3 * u),
			 erg__theme_color(&c->th, "diff.removed.color"));
		st = legend_add(l, LI_LINE, 1, attrs, NULL,
				erg__theme_get(&c->th, "legend.removed",
					       "removed"));
	}
	if (!st && (c->diff_present & DIFF_CHANGED))
		st = legend_add(
		    l, LI_MARK, 1, NULL,
		    erg__theme_get(&c->th, "diff.changed.marker", "\xCE\x94"),
		    erg__theme_get(&c->th, "legend.changed", "changed"));
	if (!st && c->styles_present)
		st = legend_add(l, LI_HEADING, 2, NULL, NULL,
				erg__theme_get(&c->th, "legend.styles",
					       "Line styles"));
	for (size_t s = 0; !st && s < c->n_styles; s++) {
		const char *style = c->styles[s];
		bool dash = strcmp(style, "dashed") == 0 ||
			    strcmp(style, "dotted") == 0;
		int nm = 0;
		if (!(c->styles_present & (1u << s)))
			continue;
		erg__buf_reset(&txt);
		/* the modalities drawn in this style that are present */
		for (int m = 0; !st && m < ERG_MOD__COUNT; m++)
			if ((c->modalities_present & (1u << m)) &&
			    erg__draw_modality_style(c, (erg_modality)m) == s)
				st = erg__buf_printf(
				    &txt, "%s%s", nm++ ? ", " : "",
				    erg_modality_name((erg_modality)m));
		if (st)
			break;
		/* cells know dashed and dotted; anything else is drawn
		 * as a plain line */
		snprintf(attrs, sizeof(attrs),
			 "BORDER=\"%d\" SIDES=\"B\" COLOR=\"%s\"%s%s%s",
			 px(2.5 * u), ink, dash ? " STYLE=\"" : "",
			 dash ? style : "", dash ? "\"" : "");
		st = legend_add(l, LI_LINE, 2, attrs, NULL,
				txt.data ? txt.data : "");
	}
	if (!st && c->kinds_present)
		st = legend_add(l, LI_HEADING, 3, NULL, NULL,
				erg__theme_get(&c->th, "legend.kinds",
					       "Actor kinds"));
	for (int k = 0; !st && k < ERG_KIND__COUNT; k++) {
		const char *kname = erg_kind_name((erg_kind)k);
		char key[64];
		const char *shape, *fill, *line;
		if (!(c->kinds_present & (1u << k)))
			continue;
		snprintf(key, sizeof(key), "kind.%s.shape", kname);
		shape = erg__theme_get(
		    &c->th, key, erg__theme_get(&c->th, "node.shape", "ellipse"));
		snprintf(key, sizeof(key), "kind.%s.fillcolor", kname);
		fill = erg__theme_color(&c->th, key);
		if (!fill[0])
			fill = erg__theme_color(&c->th, "node.fillcolor");
		line = erg__theme_color(&c->th, "node.color");
		if ((st = fill_format(&txt,
				      erg__theme_get(&c->th,
						     "legend.kind_format",
						     "%k"),
				      'k', kname, 's', shape)))
			break;
		snprintf(attrs, sizeof(attrs),
			 "BORDER=\"1\" COLOR=\"%s\" BGCOLOR=\"%s\"",
			 line, fill);
		st = legend_add(l, LI_BOX, 3, attrs, NULL, txt.data);
	}
	if (!st && c->n_cluster_boxes > 0) {
		snprintf(attrs, sizeof(attrs),
			 "BORDER=\"1\" COLOR=\"%s\" BGCOLOR=\"%s\"",
			 erg__theme_color(&c->th, "cluster.color"),
			 erg__theme_color(&c->th, "cluster.fillcolor"));
		st = legend_add(l, LI_BOX, 4, attrs, NULL,
				erg__theme_get(&c->th, "legend.cluster",
					       "affiliated persons"));
	}
	if (!st && c->any_strands) {
		/* the sample: the first three colours of the type list */
		size_t k = 0;
		erg__buf_reset(&txt);
		for (size_t i = 0; !st && i < erg_types_count(types) && k < 3;
		     i++) {
			if (!c->types_present[i])
				continue;
			st = erg__buf_printf(
			    &txt, "%s%s", k++ ? ":" : "",
			    erg__draw_type_color(c, i));
		}
		if (!st)
			st = legend_add(l, LI_STRANDS, 4, txt.data, NULL,
					erg__theme_get(&c->th,
						       "legend.strands", ""));
	}
	if (!st && c->any_count)
		st = legend_add(l, LI_TEXT, 4, NULL, NULL,
				erg__theme_get(&c->th, "legend.count",
					       "\xC3\x97n: n relations"));
	if (!st && c->has_size) {
		st = fill_format(
		    &txt, erg__theme_get(&c->th, "legend.size", "size: %m"),
		    'm', erg_metric_name((erg_metric)c->opts->size_by), 0,
		    NULL);
		if (!st)
			st = legend_add(l, LI_TEXT, 4, NULL, NULL, txt.data);
	}
	erg__buf_free(&txt);
	return st;
}

/* The sample cell of an item: a line is the bottom border of the upper of
 * two half-height cells, so that it sits level with the middle of the
 * text; a box is a filled cell. */
static erg_status legend_sample(erg_buf *b, const legend_item *it, double u)
{
	int w = px(36 * u), h = px(8 * u);
	erg_status st;

	switch (it->kind) {
	case LI_LINE:
		return erg__buf_printf(
		    b,
		    "<TD><TABLE BORDER=\"0\" CELLSPACING=\"0\" "
		    "CELLPADDING=\"0\"><TR><TD WIDTH=\"%d\" HEIGHT=\"%d\" "
		    "%s></TD></TR><TR><TD WIDTH=\"%d\" HEIGHT=\"%d\"></TD>"
		    "</TR></TABLE></TD>",
		    w, h, it->attrs, w, h);
	case LI_BOX:
		return erg__buf_printf(b,
				       "<TD WIDTH=\"%d\" HEIGHT=\"%d\" "
				       "FIXEDSIZE=\"TRUE\" %s></TD>",
				       w, px(14 * u), it->attrs);
	case LI_STRANDS: {
		/* it->attrs: colours separated by ':', one thin row each */
		char cols[sizeof(it->attrs)];
		char *p = cols;
		st = erg__buf_printf(b,
				     "<TD><TABLE BORDER=\"0\" CELLSPACING=\"0\" "
				     "CELLPADDING=\"0\"><TR><TD WIDTH=\"%d\" "
				     "HEIGHT=\"%d\"></TD></TR>",
				     w, px(5 * u));
		snprintf(cols, sizeof(cols), "%s", it->attrs);
		while (!st && p && *p) {
			char *colon = strchr(p, ':');
			if (colon)
				*colon = '\0';
			st = erg__buf_printf(b,
					     "<TR><TD WIDTH=\"%d\" HEIGHT=\"%d\" "
					     "BGCOLOR=\"%s\"></TD></TR>",
					     w, px(2 * u), p);
			p = colon ? colon + 1 : NULL;
		}
		if (!st)
			st = erg__buf_printf(b,
					     "<TR><TD WIDTH=\"%d\" HEIGHT=\"%d\">"
					     "</TD></TR></TABLE></TD>",
					     w, px(5 * u));
		return st;
	}
	case LI_MARK:
		st = PUT_LIT(b, "<TD>");
		if (!st)
			st = erg__draw_put_text(b, it->sample ? it->sample : "",
						true);
		return st ? st : PUT_LIT(b, "</TD>");
	default:
		return ERG_OK;
	}
}

/* One item as the cells of a row; `span` for the cells that have no
 * sample (2 in a column). */
static erg_status legend_cells(erg_buf *b, const legend_item *it, double u,
			       int span)
{
	erg_status st;
	if (it->kind == LI_HEADING || it->kind == LI_TEXT) {
		st = erg__buf_printf(b, "<TD COLSPAN=\"%d\" ALIGN=\"LEFT\">%s",
				     span,
				     it->kind == LI_HEADING ? "<B>" : "");
		if (!st)
			st = erg__draw_put_text(b, it->text, true);
		if (!st)
			st = erg__buf_printf(
			    b, "%s</TD>",
			    it->kind == LI_HEADING ? "</B>" : "");
		return st;
	}
	st = legend_sample(b, it, u);
	if (!st)
		st = PUT_LIT(b, "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">");
	if (!st)
		st = erg__draw_put_wrapped(b, it->text,
					   span == 1 ? LEGEND_WRAP_BAND
						     : LEGEND_WRAP,
					   true,
					   "<BR ALIGN=\"LEFT\"/>");
	if (!st)
		st = PUT_LIT(b, "</TD>");
	return st;
}

/* Items [from, to) as a column table. */
static erg_status legend_column(erg_buf *b, const legend_list *l, size_t from,
				size_t to, double u)
{
	erg_status st = erg__buf_printf(b,
					"<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
					"CELLSPACING=\"%d\" CELLPADDING=\"%d\">",
					px(2 * u), px(1 * u));
	for (size_t i = from; !st && i < to; i++) {
		/* a little air above each heading but the first */
		if (l->items[i].kind == LI_HEADING && i > from)
			st = erg__buf_printf(
			    b, "<TR><TD COLSPAN=\"2\" HEIGHT=\"%d\"></TD></TR>",
			    px(4 * u));
		if (!st)
			st = PUT_LIT(b, "<TR>");
		if (!st)
			st = legend_cells(b, &l->items[i], u, 2);
		if (!st)
			st = PUT_LIT(b, "</TR>");
	}
	return st ? st : PUT_LIT(b, "</TABLE>");
}

erg_status erg__draw_legend_html(draw_ctx *c, erg_buf *b, double u, int part,
				 int cols, bool *empty)
{
	legend_list l;
	const char *frame = erg__theme_color(&c->th, "legend.color");
	size_t from = 0, to;
	erg_status st;

	memset(&l, 0, sizeof(l));
	erg__buf_reset(b);
	*empty = true;
	if ((st = legend_collect(c, &l, u)))
		goto done;
	/* the items of this part */
	{
		size_t k = 0;
		for (size_t i = 0; i < l.n; i++) {
			int s = l.items[i].section;
			bool in = part == LEGEND_ALL ||
				  (part == LEGEND_SIDE &&
				   s < c->legend_split) ||
				  ((part == LEGEND_BAND ||
				    part == LEGEND_BAND_RANGE) &&
				   s >= c->legend_split);
			if (in)
				l.items[k++] = l.items[i];
			else {
				free(l.items[i].text);
				free(l.items[i].sample);
			}
		}
		l.n = k;
	}
	if (part == LEGEND_BAND_RANGE) {
		/* items [band_from, band_to) of the band, as one row */
		size_t k = 0;
		for (size_t i = 0; i < l.n; i++) {
			if (i >= c->band_from && i < c->band_to)
				l.items[k++] = l.items[i];
			else {
				free(l.items[i].text);
				free(l.items[i].sample);
			}
		}
		l.n = k;
		part = LEGEND_BAND;
	}
	to = l.n;
	if (l.n == 0)
		goto done;
	*empty = false;
	if (part == LEGEND_BAND) {
		/* one row; a page with more rows draws each as a block of
		 * its own (rows of one table would share its width) */
		int last = -1;
		st = erg__buf_printf(b,
				     "<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
				     "CELLSPACING=\"0\" CELLPADDING=\"0\">"
				     "<TR><TD ALIGN=\"LEFT\">");
		for (size_t i = 0; !st && i < l.n; i++) {
			bool new_section = l.items[i].section != last;
			if (new_section && last >= 0 && cols > 1)
				st = PUT_LIT(b, "</TR></TABLE></TD></TR>"
						"<TR><TD ALIGN=\"LEFT\">");
			else if (new_section && last >= 0)
				st = erg__buf_printf(
				    b, "<TD WIDTH=\"%d\"></TD>", px(14 * u));
			if (!st && new_section && (last < 0 || cols > 1))
				st = erg__buf_printf(
				    b,
				    "<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
				    "CELLSPACING=\"%d\" CELLPADDING=\"%d\">"
				    "<TR>",
				    px(3 * u), px(1 * u));
			last = l.items[i].section;
			if (!st)
				st = legend_cells(b, &l.items[i], u, 1);
		}
		if (!st)
			st = PUT_LIT(b, "</TR></TABLE></TD></TR></TABLE>");
		goto done;
	}
	/* a column, or two split at the section boundary nearest half;
	 * three or more (a legend below the network) split near equal
	 * parts, at a section boundary within two items, else inside a
	 * section (never right after a heading) */
	{
		size_t cut[8];
		size_t nc = cols < 1 ? 1 : cols > 8 ? 8 : (size_t)cols;
		cut[0] = from;
		for (size_t k = 1; k < nc; k++)
			cut[k] = to;
		if (nc == 2) {
			size_t best = l.n;
			for (size_t i = 1; i < l.n; i++)
				if (l.items[i].kind == LI_HEADING &&
				    (best == l.n ||
				     labs((long)i - (long)l.n / 2) <
					 labs((long)best - (long)l.n / 2)))
					best = i;
			if (best == l.n)
				best = (l.n + 1) / 2;
			cut[1] = best;
		}
		for (size_t k = 1; nc > 2 && k < nc; k++) {
			size_t want = (l.n * k + nc - 1) / nc, pos = want;
			for (size_t d = 0; d <= 2; d++) {
				if (want >= d && want - d > cut[k - 1] &&
				    want - d < l.n &&
				    l.items[want - d].kind == LI_HEADING) {
					pos = want - d;
					break;
				}
				if (want + d < l.n &&
				    l.items[want + d].kind == LI_HEADING) {
					pos = want + d;
					break;
				}
			}
			while (pos > cut[k - 1] + 1 &&
			       l.items[pos - 1].kind == LI_HEADING)
				pos--;
			if (pos <= cut[k - 1])
				pos = cut[k - 1] + 1;
			cut[k] = pos < l.n ? pos : l.n;
		}
		st = erg__buf_printf(b,
				     "<TABLE BORDER=\"%d\" COLOR=\"%s\" "
				     "CELLBORDER=\"0\" CELLSPACING=\"0\" "
				     "CELLPADDING=\"%d\"><TR>",
				     px(1 * u), frame, px(4 * u));
		for (size_t k = 0; !st && k < nc; k++) {
			size_t end = k + 1 < nc ? cut[k + 1] : to;
			if (cut[k] >= end)
				continue;
			st = PUT_LIT(b, "<TD VALIGN=\"TOP\">");
			/* Graphviz stretches a table nested in a cell to the
			 * cell's height, spreading its rows apart when the
			 * other column is taller; it spreads that over every
			 * row of the table, so empty rows under the column,
			 * of no height, take nearly all of it */
			if (!st && nc > 1)
				st = PUT_LIT(b, "<TABLE BORDER=\"0\" "
						"CELLBORDER=\"0\" "
						"CELLSPACING=\"0\" "
						"CELLPADDING=\"0\"><TR><TD>");
			if (!st)
				st = legend_column(b, &l, cut[k], end, u);
			if (!st && nc > 1)
				st = PUT_LIT(b, "</TD></TR>");
			for (int r = 0; !st && nc > 1 && r < LEGEND_FILL_ROWS;
			     r++)
				st = PUT_LIT(b, "<TR><TD></TD></TR>");
			if (!st && nc > 1)
				st = PUT_LIT(b, "</TABLE>");
			if (!st)
				st = PUT_LIT(b, "</TD>");
		}
		if (!st)
			st = PUT_LIT(b, "</TR></TABLE>");
	}
done:
	legend_list_free(&l);
	return st;
}

size_t erg__draw_legend_band_items(draw_ctx *c, int *section, bool *heading,
				   size_t max)
{
	legend_list l;
	size_t n = 0;

	memset(&l, 0, sizeof(l));
	if (legend_collect(c, &l, 1) == ERG_OK)
		for (size_t i = 0; i < l.n; i++) {
			if (l.items[i].section < c->legend_split)
				continue;
			if (n < max) {
				section[n] = l.items[i].section;
				heading[n] = l.items[i].kind == LI_HEADING;
			}
			n++;
		}
	legend_list_free(&l);
	return n < max ? n : max;
}

/* Adds the legend node (real sizes) for DOT output. */
static erg_status add_legend_node(draw_ctx *c)
{
	char name[64];
	Agnode_t *node;
	bool empty;
	erg_status st;

	if ((st = erg__draw_legend_html(c, &c->b, 1, LEGEND_ALL, 1,
					 &empty)) ||
	    empty)
		return st;
	snprintf(name, sizeof(name), "%s", LEGEND_NAME);
	for (unsigned k = 2; agnode(c->G, name, 0); k++)
		snprintf(name, sizeof(name), "%s-%u", LEGEND_NAME, k);
	node = agnode(c->G, name, 1);
	if (!node)
		return ERG_EALGO;
	erg__draw_set(node, "shape", "plain");
	erg__draw_set(node, "style", "solid");
	erg__draw_set(node, "fillcolor", "none");
	erg__draw_set(node, "fontcolor",
		      erg__theme_color(&c->th, "text.color"));
	erg__draw_set(node, "tooltip", "Legend");
	erg__draw_set(node, "fontsize",
		      erg__theme_get(&c->th, "legend.fontsize", "14"));
	return erg__draw_set_html(c->G, node, "label", c->b.data);
}

/* ---- footnote ---- */

/* The source line: opts->footnote, or "Source: <documents> · <first
 * date> – <last date>" with the unknown parts left out; NULL for none. */
static erg_status make_footnote(draw_ctx *c)
{
	const char *f = c->opts->footnote;
	erg_buf b;
	erg_status st = ERG_OK;

	if (f) {
		if (f[0] && !(c->footnote = erg__strdup(f)))
			return ERG_ENOMEM;
		return ERG_OK;
	}
	erg__buf_init(&b, 1 << 16);
	if (c->n_docs) {
		st = erg__buf_append(
		    &b, erg__theme_get(&c->th, "footnote.prefix", "Source: "),
		    strlen(erg__theme_get(&c->th, "footnote.prefix",
					  "Source: ")));
		for (size_t i = 0;
		     !st && i < c->n_docs && i < DRAW_DOCS_LISTED; i++)
			st = erg__buf_printf(&b, "%s%s", i ? ", " : "",
					     c->doc_list[i]);
		if (!st && c->n_docs > DRAW_DOCS_LISTED)
			st = erg__buf_printf(&b, " and %zu more",
					     c->n_docs - DRAW_DOCS_LISTED);
	}
	if (!st && c->all_min) {
		const char *dated =
		    erg__theme_get(&c->th, "footnote.dated", "Dated ");
		if (b.len)
			st = PUT_LIT(&b, " \xC2\xB7 ");
		else
			st = erg__buf_append(&b, dated, strlen(dated));
		if (!st)
			st = erg__buf_append(&b, c->all_min,
					     strlen(c->all_min));
		if (!st && strcmp(c->all_min, c->all_max) != 0)
			st = erg__buf_printf(&b, " \xE2\x80\x93 %s",
					     c->all_max);
	}
	if (!st && b.len)
		c->footnote = erg__buf_detach(&b);
	erg__buf_free(&b);
	return st;
}

/* ---- context ---- */

static void ctx_free(draw_ctx *c)
{
	if (c->G)
		agclose(c->G);
	erg__theme_free(&c->th);
	erg_aggregate_clear(&c->agg);
	free(c->nodes);
	free(c->types_present);
	free(c->rel_head);
	free(c->rel_next);
	free(c->date_min);
	free(c->date_max);
	free(c->bdiff);
	free(c->hidden);
	free(c->pair_head);
	free(c->pair_next);
	free(c->drawn);
	free(c->cluster_of);
	free(c->degree);
	free(c->rankval);
	free(c->labeled);
	free(c->rank);
	free(c->footnote);
	erg__strmap_free(&c->docs);
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

/* The DOT text of the diagram, before layout. */
static erg_status write_dot(draw_ctx *c, FILE *fp, erg_error *err)
{
	erg_status st;

	c->engine = erg__draw_rule_engine(c);
	c->scale = 1;
	c->show_counts = true;
	if ((st = erg__draw_build(c)))
		return erg__draw_fail(c, st, err);
	/* name a layout other than dot, so that `dot -Tpng` on the file
	 * draws what ergraph would */
	if (strcmp(c->engine, "dot") != 0)
		erg__draw_set(c->G, "layout", c->engine);
	{
		char size[64];
		snprintf(size, sizeof(size), "%.4g,%.4g", c->page_w,
			 c->page_h);
		erg__draw_set(c->G, "size", size);
		erg__draw_set(c->G, "ratio", "fill");
	}
	if (c->opts->title && c->opts->title[0]) {
		erg__buf_reset(&c->b2);
		st = erg__buf_append(&c->b2, c->opts->title,
				     strlen(c->opts->title));
		if (!st && c->opts->subtitle && c->opts->subtitle[0])
			st = erg__buf_printf(&c->b2, "\n%s",
					     c->opts->subtitle);
		if (!st)
			st = set_text(c, c->G, "label", c->b2.data);
		if (st)
			return erg__draw_fail(c, st, err);
		erg__draw_set(c->G, "labelloc", "t");
		erg__draw_set(c->G, "fontsize",
			      erg__theme_get(&c->th, "title.fontsize", "28"));
	}
	if (c->footnote)
		erg__draw_set(c->G, "comment", c->footnote);
	if (c->opts->legend && (st = add_legend_node(c)))
		return erg__draw_fail(c, st, err);
	errno = 0;
	if (agwrite(c->G, fp) == EOF || fflush(fp) != 0 || ferror(fp))
		return erg_error_set(err, ERG_EIO, NULL, 0, 0,
				     "cannot write the DOT diagram: %s",
				     strerror(errno ? errno : EIO));
	return ERG_OK;
}

erg_status erg__draw_fail(draw_ctx *c, erg_status rc, erg_error *err)
{
	(void)c;
	if (rc == ERG_ENOMEM)
		return erg_error_set(err, rc, NULL, 0, 0, "out of memory");
	if (rc == ERG_ELIMIT)
		return erg_error_set(err, rc, NULL, 0, 0,
				     "diagram text too large");
	return erg_error_set(err, rc, NULL, 0, 0,
			     "cannot build the diagram: %s",
			     erg__draw_gv_error());
}

/* Page size in inches from a page name (theme page.<name>) or "WxH". */
static erg_status page_size(draw_ctx *c, erg_error *err)
{
	const char *p = c->opts->page && c->opts->page[0] ? c->opts->page
							    : "slide";
	char key[80];
	const char *v = NULL;
	double w = 0, h = 0;
	char extra;

	if (strlen(p) < 64) {
		snprintf(key, sizeof(key), "page.%s", p);
		v = erg__theme_get(&c->th, key, NULL);
	}
	if (v && sscanf(v, "%lf,%lf%c", &w, &h, &extra) == 2 && w > 0 &&
	    h > 0) {
		/* theme value */
	} else if (sscanf(p, "%lfx%lf%c", &w, &h, &extra) == 2 && w >= 1 &&
		   h >= 1 && w <= 200 && h <= 200) {
		/* custom size in inches */
	} else {
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "unknown page size '%s' (slide, slide43, "
				     "a4, square, or WIDTHxHEIGHT in inches)",
				     p);
	}
	c->page_w = w;
	c->page_h = h;
	return ERG_OK;
}

erg_status erg_draw_many(const erg_graph *g, const erg_draw_opts *opts,
			 const erg_format *fmts, FILE *const *fps, size_t n,
			 erg_error *err)
{
	return erg__draw_many_labels(g, opts, fmts, fps, n, false, NULL, NULL,
				     err);
}

erg_status erg__draw_many_labels(const erg_graph *g, const erg_draw_opts *opts,
				 const erg_format *fmts, FILE *const *fps,
				 size_t n, bool keep_all, size_t *labeled,
				 size_t *drawn, erg_error *err)
{
	draw_ctx c;
	erg_draw_opts defaults, retry;
	gv_errors gverr;
	bool any_render = false;
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
	c.keep_all = keep_all;
	erg__buf_init(&c.b, DRAW_BUF_MAX);
	erg__buf_init(&c.b2, DRAW_BUF_MAX);
	erg__strmap_init(&c.docs);
	gv_errors_begin(&gverr);

	if ((rc = erg__theme_load(&c.th, opts->theme, err)))
		goto done;
	if ((rc = page_size(&c, err)))
		goto done;
	if ((rc = erg_aggregate_build(&c.agg, g, opts->view, err)))
		goto done;
	c.types_present =
	    calloc(erg_types_count(erg_graph_types(g)) + 1, sizeof(bool));
	if (!c.types_present || (rc = parse_rank(&c)) ||
	    (rc = bundle_details(&c)) || (rc = choose_actors(&c)) ||
	    (rc = make_footnote(&c))) {
		rc = erg__draw_fail(&c, rc ? rc : ERG_ENOMEM, err);
		goto done;
	}
	/* DOT first: it is the diagram before layout */
	for (size_t i = 0; i < n && !rc; i++) {
		if (fmts[i] == ERG_FORMAT_DOT)
			rc = write_dot(&c, fps[i], err);
		else
			any_render = true;
	}
	if (!rc && any_render)
		rc = erg__draw_page(&c, fmts, fps, n, err);
	if (rc && c.gts_aborted && !c.rendered &&
	    !(opts->engine && opts->engine[0])) {
		/* Graphviz aborted in GTS routing parallel lines (see
		 * draw_page.c): again with engine.gts_fallback (dot routes
		 * without GTS) */
		retry = *opts;
		retry.engine =
		    erg__theme_get(&c.th, "engine.gts_fallback", "dot");
		c.opts = &retry;
		c.engine_retry = true;
		c.gts_aborted = false;
		/* (the retry lays out afresh: not as the neato
		 * alternative of a planned dot layout, which gives up
		 * where labels would go and renders nothing) */
		c.boxes_alt = false;
		c.line_boxes = false;
		c.gave_up = false;
		c.n_fit = 0;
		c.spacing = NULL;
		c.neato_scale[0] = '\0';
		erg_error_clear(err);
		rc = erg__draw_page(&c, fmts, fps, n, err);
	}
	if (labeled)
		*labeled = c.gave_up ? c.n_fit : c.n_labeled;
	if (drawn)
		*drawn = c.n_drawn;
done:
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
