/*
 * draw_page.c - the page: the network laid out to fill its part of the
 * page, the title block, the legend and the source line placed around it,
 * rendered as SVG, PNG or PDF.
 *
 * Sizes are points on the page. The page (theme page.<name>, inches) less
 * its margin holds the title and subtitle at the top left, the source
 * line at the bottom left, the legend on the right (in two columns when
 * one is taller than the page allows) and the network in the rest, "the
 * area".
 *
 * 1. The network is laid out with size = the area and ratio=fill: a
 *    smaller layout is spread to fill the area (nodes keep their size), a
 *    larger one is brought to the area's shape and will be scaled down by
 *    z = area / layout. Text drawn at F layout points is F * z points on
 *    the page, so fonts are set at theme size times `scale` and the
 *    layout is accepted when every network font times z is at least
 *    text.min. When it is not, the fonts are raised to text.min / z and
 *    the least important actors (by opts->size_by, else by the number of
 *    relations drawn) lose their label (drawn small, the name in the
 *    tooltip), and the network is laid out again; the last try has no
 *    labels. The first try starts from an estimate of how many labels the
 *    area holds.
 * 2. Engine: opts->engine, else for up to engine.small_max actors both
 *    the rule's engine (dot for directed networks) and the alternative
 *    (neato, or fdp when persons are drawn in boxes) are tried and the
 *    one with the larger z is kept (dot on a tie); neato up to
 *    engine.medium_max actors, sfdp beyond; engine.fallback when a
 *    plugin fails. Lines avoid nodes (splines=true) up to
 *    splines.avoid_edges_max edges and a hub of splines.avoid_degree_max
 *    bundles; straight lines beyond (routing takes minutes there).
 *    A small network with boxes of affiliated persons drawn by dot is
 *    planned with the legend (planned_boxes): the rank direction and the
 *    text scale that keep text.min, from dot's sizes at text scale 1 and engine.boxes_scale_max.
 *    An engine asked for that leaves an actor of a small network unnamed
 *    is an error (ERG_EALGO), unless the caller cuts actors instead
 *    (keep_all).
 * 3. The laid-out network is written back into its graph (positions,
 *    splines) by Graphviz's dot renderer; the title block, legend and
 *    source line become plain nodes of sizes measured by Graphviz at
 *    text size / z, placed around the network, plus two invisible corner
 *    nodes that make the drawing exactly the page; the result is laid
 *    out again with neato -n2 ("nop2": positions and splines kept) and
 *    rendered with size = the page!, so the renderer's zoom is z.
 * The SVG carries a comment naming the engine, the labels kept and z.
 */
#include "draw_internal.h"
#include "title_internal.h"

#include <dlfcn.h>
#include <errno.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#define GAP 10.0 /* points between the blocks of the page */
/* the network keeps at least this share of the page's width and height */
#define AREA_MIN 0.2

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

/* The graph's bb attribute: "x0,y0,x1,y1" as the dot renderer writes it,
 * "x0 y0 x1 y1" as gvLayout does. */
static bool read_bb(Agraph_t *G, double bb[4])
{
	const char *s = agget(G, "bb");
	char buf[256];
	if (!s || strlen(s) >= sizeof(buf))
		return false;
	strcpy(buf, s);
	for (char *p = buf; *p; p++)
		if (*p == ',')
			*p = ' ';
	return sscanf(buf, "%lf %lf %lf %lf", &bb[0], &bb[1], &bb[2],
		      &bb[3]) == 4;
}

static void extent_add(double bb[4], pointf p)
{
	bb[0] = fmin(bb[0], p.x);
	bb[1] = fmin(bb[1], p.y);
	bb[2] = fmax(bb[2], p.x);
	bb[3] = fmax(bb[3], p.y);
}

/* The laid-out graph's bounding box grown to hold every line and line
 * label: dot's box can leave out a line routed around the others (the
 * example left to right: a loop 80 points above it, and the page,
 * rendered to fit, came out narrower than the slide). */
static bool layout_extent(Agraph_t *G, double bb[4])
{
	if (!read_bb(G, bb))
		return false;
	for (Agnode_t *n = agfstnode(G); n; n = agnxtnode(G, n))
		for (Agedge_t *e = agfstout(G, n); e; e = agnxtout(G, e)) {
			splines *spl = ED_spl(e);
			textlabel_t *l[2] = { ED_label(e), ED_xlabel(e) };
			for (int j = 0; spl && j < spl->size; j++) {
				bezier *bz = &spl->list[j];
				for (int q = 0; q < bz->size; q++)
					extent_add(bb, bz->list[q]);
				if (bz->sflag)
					extent_add(bb, bz->sp);
				if (bz->eflag)
					extent_add(bb, bz->ep);
			}
			for (int k = 0; k < 2; k++)
				if (l[k] && l[k]->set) {
					pointf p = l[k]->pos, d = l[k]->dimen;
					extent_add(bb, (pointf){ p.x - d.x / 2,
								 p.y - d.y / 2 });
					extent_add(bb, (pointf){ p.x + d.x / 2,
								 p.y + d.y / 2 });
				}
		}
	return true;
}

/* Size in points of a plain node with an HTML-like label. */
static erg_status measure(draw_ctx *c, GVC_t *gvc, const char *html,
			  double fontsize, double *w, double *h)
{
	Agraph_t *M = agopen("measure", Agdirected, NULL);
	Agnode_t *n;
	double bb[4];
	erg_status st = ERG_OK;

	*w = *h = 0;
	if (!M)
		return ERG_ENOMEM;
	if (!(n = agnode(M, "m", 1))) {
		agclose(M);
		return ERG_EALGO;
	}
	erg__draw_set(n, "shape", "plain");
	erg__draw_set(n, "fontname",
		      erg__theme_get(&c->th, "node.fontname", "DejaVu Sans"));
	erg__draw_set_up(n, "fontsize", fontsize);
	erg__draw_set(M, "pad", "0");
	if ((st = erg__draw_set_html(M, n, "label", html)))
		goto done;
	if (gvLayout(gvc, M, "dot") != 0) {
		st = ERG_EALGO;
		goto done;
	}
	if (read_bb(M, bb)) {
		*w = bb[2] - bb[0];
		*h = bb[3] - bb[1];
	}
	gvFreeLayout(gvc, M);
done:
	agclose(M);
	return st;
}

typedef struct {
	const char *text;
	double size;
	const char *color;
	bool bold;
} text_part;

/* The title block (title, subtitle) or the source line as HTML-like text,
 * sizes times u, wrapped to the page width. */
static erg_status text_block(draw_ctx *c, erg_buf *b, double u, bool title)
{
	const char *ink = erg__theme_color(&c->th, "text.color");
	const char *muted = erg__theme_color(&c->th, "text.muted");
	double width = c->page_w * 72 -
		       2 * 72 * erg__theme_num(&c->th, "page.margin", 0.3);
	text_part parts[2];
	size_t np = 0;
	erg_status st = ERG_OK;

	erg__buf_reset(b);
	if (title) {
		if (c->opts->title && c->opts->title[0])
			parts[np++] = (text_part){
			    c->opts->title,
			    erg__theme_num(&c->th, "title.fontsize", 28), ink,
			    true };
		if (c->opts->subtitle && c->opts->subtitle[0])
			parts[np++] = (text_part){
			    c->opts->subtitle,
			    erg__theme_num(&c->th, "subtitle.fontsize", 18),
			    muted, false };
	} else if (c->footnote) {
		parts[np++] = (text_part){
		    c->footnote, erg__theme_num(&c->th, "footnote.fontsize", 14),
		    muted, false };
	}
	if (np == 0)
		return ERG_OK;
	st = erg__buf_append(b,
			     "<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
			     "CELLSPACING=\"0\" CELLPADDING=\"1\">",
			     strlen("<TABLE BORDER=\"0\" CELLBORDER=\"0\" "
				    "CELLSPACING=\"0\" CELLPADDING=\"1\">"));
	for (size_t i = 0; !st && i < np; i++) {
		/* characters per line: DejaVu Sans averages about 0.6 em */
		size_t wrap = (size_t)(width / (parts[i].size * 0.62));
		st = erg__buf_printf(b,
				     "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
				     "<FONT POINT-SIZE=\"%.0f\" COLOR=\"%s\">%s",
				     ceil(parts[i].size * u), parts[i].color,
				     parts[i].bold ? "<B>" : "");
		if (!st)
			st = erg__draw_put_wrapped(b, parts[i].text,
						   wrap < 10 ? 10 : wrap, true,
						   "<BR ALIGN=\"LEFT\"/>");
		if (!st)
			st = erg__buf_printf(b, "%s</FONT></TD></TR>",
					     parts[i].bold ? "</B>" : "");
	}
	if (!st)
		st = PUT_LIT(b, "</TABLE>");
	return st;
}

typedef struct {
	double v;
	size_t i;
} ranked;

static int by_rank(const void *a, const void *b)
{
	const ranked *x = a, *y = b;
	if (x->v != y->v)
		return x->v < y->v ? 1 : -1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* Labels the k most important drawn actors. */
static void label_top(draw_ctx *c, const ranked *order, size_t n_order,
		      size_t k)
{
	size_t na = erg_graph_actor_count(c->g);
	for (size_t i = 0; i < na; i++)
		c->labeled[i] = false;
	for (size_t i = 0; i < n_order && i < k; i++)
		c->labeled[order[i].i] = true;
}

/* How many labels of node.fontsize points fit in the area, by an
 * estimate of each label's box: labels take at most a fifth of it. */
static size_t label_budget(draw_ctx *c, const ranked *order, size_t n_order,
			   double area)
{
	double f = erg__theme_num(&c->th, "node.fontsize", 16);
	size_t wrap = (size_t)erg__theme_num(&c->th, "text.wrap", 18);
	double used = 0;
	size_t k;

	if (wrap < 4)
		wrap = 4;
	for (k = 0; k < n_order; k++) {
		const erg_actor *a = erg_graph_actor_c(c->g, order[k].i);
		size_t len = strlen(a->label ? a->label : a->id);
		size_t lines = (len + wrap - 1) / wrap;
		size_t cols = len < wrap ? len : wrap;
		used += (cols * 0.6 * f + 20) * (lines * 1.25 * f + 12);
		if (used > area * 0.2)
			break;
	}
	return k;
}

/* A node of the page (title, legend, ...), not an actor. */
static bool is_block(Agnode_t *n)
{
	return strncmp(agnameof(n), "ergraph:", 8) == 0;
}

/* Graphviz 2.43 triangulates with GTS in prism overlap removal (neato,
 * fdp, sfdp) and in routing parallel lines around actors
 * (splines=true: makeMultiSpline's router), and GTS's assertions abort
 * the process on some degenerate inputs
 * ("Gts:ERROR:cdt.c:887:remove_intersected_edge"; seen routing the issue
 * brief's network on an A4 page). A layout runs with
 * SIGABRT caught: the handler jumps back, the layout counts as failed
 * and the graph is closed without freeing its layout (its state is
 * unknown; a leak, not a crash). Not thread-safe, as nothing in drawing
 * is. */
static sigjmp_buf abort_jmp;
static volatile sig_atomic_t abort_armed;

static void on_abort(int sig)
{
	(void)sig;
	if (abort_armed) {
		abort_armed = 0;
		siglongjmp(abort_jmp, 1);
	}
}

/* GTS reports a failed assertion through GLib before it aborts: "**"
 * and the message by g_printerr (stderr) and "Bail out! ..." by g_print
 * (standard output, where `-o -` writes the drawing), and g_error() and
 * g_warning() by the log handler. The library prints nothing, so during
 * a layout GLib's print, printerr and default log handlers are ones that
 * drop the text. GLib is looked up at run time (it is the layout
 * plugins' dependency, not ergraph's): without it nothing is done. */
typedef void (*glib_print_fn)(const char *);
typedef glib_print_fn (*glib_set_print_fn)(glib_print_fn);
typedef void (*glib_log_fn)(const char *, int, const char *, void *);
typedef glib_log_fn (*glib_set_log_fn)(glib_log_fn, void *);

typedef struct {
	glib_set_print_fn set_print, set_printerr;
	glib_set_log_fn set_log;
	glib_print_fn old_print, old_printerr;
	glib_log_fn old_log;
} glib_quiet;

static void drop_print(const char *s)
{
	(void)s;
}

static void drop_log(const char *domain, int level, const char *msg,
		     void *data)
{
	(void)domain;
	(void)level;
	(void)msg;
	(void)data;
}

static void glib_quiet_begin(glib_quiet *q)
{
	static void *lib;
	memset(q, 0, sizeof(*q));
	if (!lib)
		lib = dlopen("libglib-2.0.so.0", RTLD_LAZY | RTLD_NOLOAD);
	if (!lib)
		lib = dlopen("libglib-2.0.so.0", RTLD_LAZY);
	if (!lib)
		return;
	/* POSIX: a function pointer may be converted from dlsym's */
	*(void **)&q->set_print = dlsym(lib, "g_set_print_handler");
	*(void **)&q->set_printerr = dlsym(lib, "g_set_printerr_handler");
	*(void **)&q->set_log = dlsym(lib, "g_log_set_default_handler");
	if (q->set_print)
		q->old_print = q->set_print(drop_print);
	if (q->set_printerr)
		q->old_printerr = q->set_printerr(drop_print);
	if (q->set_log)
		q->old_log = q->set_log(drop_log, NULL);
}

static void glib_quiet_end(glib_quiet *q)
{
	if (q->set_print)
		q->set_print(q->old_print);
	if (q->set_printerr)
		q->set_printerr(q->old_printerr);
	if (q->set_log && q->old_log)
		q->set_log(q->old_log, NULL);
}

/* gvLayout; *aborted when Graphviz aborted (see above). */
static int guarded_layout(GVC_t *gvc, Agraph_t *G, const char *engine,
			  bool *aborted)
{
	struct sigaction sa, old;
	volatile int rc = -1;
	glib_quiet q;

	*aborted = false;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_abort;
	sigemptyset(&sa.sa_mask);
	glib_quiet_begin(&q);
	if (sigaction(SIGABRT, &sa, &old) != 0) {
		rc = gvLayout(gvc, G, engine);
		glib_quiet_end(&q);
		return rc;
	}
	if (sigsetjmp(abort_jmp, 1) == 0) {
		abort_armed = 1;
		rc = gvLayout(gvc, G, engine);
	} else {
		/* neato's "nop" layouts set Graphviz's global Nop for their
		 * run and clear it at its end, which an abort skips: every
		 * later neato layout of the process would then keep the
		 * actors where they are (all at the origin, unplaced) */
		int *nop = (int *)dlsym(RTLD_DEFAULT, "Nop");
		if (nop)
			*nop = 0;
		*aborted = true;
	}
	abort_armed = 0;
	sigaction(SIGABRT, &old, NULL);
	glib_quiet_end(&q);
	return rc;
}

/* What gvLayout's graph_init allocated for G, freed after an aborted
 * layout (the plugin's own state is lost). */
static void forget_layout(Agraph_t *G)
{
	if (aggetrec(G, "Agraphinfo_t", 0) && GD_drawing(G)) {
		free(GD_drawing(G));
		GD_drawing(G) = NULL;
	}
}

/* After an aborted layout: c->G is closed without gvFreeLayout (its
 * layout state is unknown). */
static void drop_aborted(draw_ctx *c)
{
	forget_layout(c->G);
	agclose(c->G);
	c->G = NULL;
}

/* How far the line from the centre of node n along unit vector u runs
 * inside its box. */
static double box_exit(Agnode_t *n, double ux, double uy)
{
	double hw = ND_width(n) * 36, hh = ND_height(n) * 36;
	double tx = fabs(ux) > 1e-9 ? hw / fabs(ux) : HUGE_VAL;
	double ty = fabs(uy) > 1e-9 ? hh / fabs(uy) : HUGE_VAL;
	return tx < ty ? tx : ty;
}

/* The length of the straight line between the boxes of a and b. */
static double pair_gap(Agnode_t *a, Agnode_t *b)
{
	pointf p = ND_coord(a), q = ND_coord(b);
	double d = hypot(q.x - p.x, q.y - p.y);
	if (d < 1e-9)
		return 0;
	return d - box_exit(a, (q.x - p.x) / d, (q.y - p.y) / d) -
	       box_exit(b, (q.x - p.x) / d, (q.y - p.y) / d);
}

static bool fonts_ok(draw_ctx *c, double z);

/* Engines other than dot (which has `minlen`, see draw.c pair_room)
 * place the two actors of a heavy pair as close as their shared
 * neighbours pull them, whatever `len` asks. After the layout, such a
 * pair is given its room (pair.room times its band, plus its count
 * label) by inserting a strip across the axis nearer their line: every
 * actor beyond the pair's middle moves by the strip's width, so no two
 * actors come closer and none overlap that did not. Heaviest pairs
 * first. The strips give at least pair.room_min times the band, and up
 * to the full room as far as the page allows while the text keeps
 * text.min. Not with boxes of affiliated persons (a strip would cut a
 * box). The lines are routed again by the page layout (c->moved). */
typedef struct {
	Agnode_t *a, *b;
	double want, least;
} heavy_pair;

static int by_want(const void *x, const void *y)
{
	const heavy_pair *p = x, *q = y;
	if (p->want != q->want)
		return p->want < q->want ? 1 : -1;
	return AGSEQ(p->a) < AGSEQ(q->a) ? -1 : AGSEQ(p->a) > AGSEQ(q->a);
}

/* Inserts the strips for the room least + f (want - least); returns the
 * box. */
static boxf push_strips(Agraph_t *G, const heavy_pair *hp, size_t n,
			const pointf *orig, double f, bool *moved)
{
	boxf bb = { { HUGE_VAL, HUGE_VAL }, { -HUGE_VAL, -HUGE_VAL } };
	size_t k = 0;

	*moved = false;
	for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v))
		ND_coord(v) = orig[k++];
	for (size_t i = 0; i < n; i++) {
		Agnode_t *a = hp[i].a, *b = hp[i].b;
		double want = hp[i].least + f * (hp[i].want - hp[i].least);
		double have = pair_gap(a, b), s;
		double dx = ND_coord(b).x - ND_coord(a).x;
		double dy = ND_coord(b).y - ND_coord(a).y;
		bool along_x = fabs(dx) >= fabs(dy);
		pointf m = { (ND_coord(a).x + ND_coord(b).x) / 2,
			     (ND_coord(a).y + ND_coord(b).y) / 2 };
		if (have >= want)
			continue;
		*moved = true;
		/* the narrowest strip that gives the room */
		for (s = (want - have) / 2;; s *= 1.2) {
			pointf p = ND_coord(a), q = ND_coord(b);
			double d;
			if (along_x)
				q.x += dx >= 0 ? s : -s;
			else
				q.y += dy >= 0 ? s : -s;
			d = hypot(q.x - p.x, q.y - p.y);
			if (d - box_exit(a, (q.x - p.x) / d, (q.y - p.y) / d) -
				    box_exit(b, (q.x - p.x) / d,
					     (q.y - p.y) / d) >=
				want ||
			    s > 4 * want)
				break;
		}
		for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v)) {
			pointf *p = &ND_coord(v);
			if (along_x && (dx >= 0) == (p->x > m.x))
				p->x += dx >= 0 ? s : -s;
			else if (!along_x && (dy >= 0) == (p->y > m.y))
				p->y += dy >= 0 ? s : -s;
		}
	}
	for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v)) {
		pointf p = ND_coord(v);
		double hw = ND_width(v) * 36, hh = ND_height(v) * 36;
		bb.LL.x = fmin(bb.LL.x, p.x - hw);
		bb.LL.y = fmin(bb.LL.y, p.y - hh);
		bb.UR.x = fmax(bb.UR.x, p.x + hw);
		bb.UR.y = fmax(bb.UR.y, p.y + hh);
	}
	return bb;
}

/* The zoom that fits box bb into the area (as fit_zoom). */
static double box_zoom(const draw_ctx *c, boxf bb)
{
	double w = bb.UR.x - bb.LL.x, h = bb.UR.y - bb.LL.y, z = 1;
	if (w > 0 && c->area_w / w < z)
		z = c->area_w / w;
	if (h > 0 && c->area_h / h < z)
		z = c->area_h / h;
	z = floor(z * 100 + 1e-9) / 100;
	return z < 0.01 ? 0.01 : z;
}

/* The pairs of G joined by several lines (or one thick one), each with
 * the room it wants (pair.room times its band, plus its count label) and
 * the least (pair.room_min times its band); *hp to free. */
static erg_status heavy_pairs(draw_ctx *c, Agraph_t *G, heavy_pair **hp,
			      size_t *n)
{
	double gap = erg__theme_num(&c->th, "pair.lane_gap", 4) * c->scale;
	double room = erg__theme_num(&c->th, "pair.room", 2);
	double least = erg__theme_num(&c->th, "pair.room_min", 1.5);
	double label = erg__theme_num(&c->th, "edge.fontsize", 16) * c->scale;
	size_t cap = 0;

	*hp = NULL;
	*n = 0;
	if (least > room)
		least = room;
	for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v))
		for (Agedge_t *e = agfstedge(G, v); e; e = agnxtedge(G, e, v)) {
			Agnode_t *o = aghead(e) == v ? agtail(e) : aghead(e);
			size_t lines;
			bool labelled;
			double band = erg__draw_pair_band(G, v, e, gap, &lines,
							  &labelled);
			if (band < 0 || lines < 2)
				continue;
			if (erg__grow((void **)hp, &cap, *n + 1,
				      sizeof(**hp))) {
				free(*hp);
				*hp = NULL;
				*n = 0;
				return ERG_ENOMEM;
			}
			(*hp)[(*n)++] = (heavy_pair){
			    v, o, room * band + (labelled ? label : 0),
			    least * band };
		}
	return ERG_OK;
}

static erg_status push_pairs(draw_ctx *c, Agraph_t *G)
{
	double room = erg__theme_num(&c->th, "pair.room", 2);
	heavy_pair *hp = NULL;
	pointf *orig = NULL;
	size_t n = 0, nn = 0;
	boxf bb;
	double f = 1;
	bool moved = false;
	char attr[128];

	if (room <= 0 || c->area_w <= 0 || c->area_h <= 0)
		return ERG_OK;
	if (heavy_pairs(c, G, &hp, &n))
		return ERG_ENOMEM;
	for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v))
		nn++;
	if (n == 0)
		goto done;
	qsort(hp, n, sizeof(*hp), by_want);
	if (!(orig = malloc(nn * sizeof(*orig)))) {
		free(hp);
		return ERG_ENOMEM;
	}
	nn = 0;
	for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v))
		orig[nn++] = ND_coord(v);
	bb = push_strips(G, hp, n, orig, 1, &moved);
	if (!fonts_ok(c, box_zoom(c, bb))) {
		/* the widest strips the page allows */
		double lo = 0, hi = 1;
		for (int i = 0; i < 7; i++) {
			f = (lo + hi) / 2;
			bb = push_strips(G, hp, n, orig, f, &moved);
			if (fonts_ok(c, box_zoom(c, bb)))
				lo = f;
			else
				hi = f;
		}
		f = lo;
		bb = push_strips(G, hp, n, orig, f, &moved);
	}
	if (moved) {
		GD_bb(G) = bb;
		snprintf(attr, sizeof(attr), "%.2f,%.2f,%.2f,%.2f", bb.LL.x,
			 bb.LL.y, bb.UR.x, bb.UR.y);
		erg__draw_set(G, "bb", attr);
		c->moved = true;
	}
done:
	free(hp);
	free(orig);
	return ERG_OK;
}

/* ---- a compact layout ----
 *
 * neato's layout with its overlaps removed (prism) leaves most of its
 * area empty: the example's 21 actors cover about a quarter of it, so
 * on a page with a legend (slide43, square) their names did not reach
 * text.min. When the layout's zoom does not keep every text at
 * text.min, it is squeezed toward the area's size at that zoom: each
 * step scales the positions about the middle by at most
 * engine.compact_step along the axes that are too long, then pushes
 * apart every two actors (or units) closer than engine.compact_gap
 * points (times the text scale), each along the axis whose overlap is
 * the cheaper to undo (an axis over its size costs more), until none
 * overlap; it stops when the layout fits, when the pushes no longer
 * free room, or when they do not settle (the last layout without
 * overlaps is kept). Positions keep their order where two actors face
 * each other across a line of their box, so the network keeps its
 * shape; lines are routed again by the page layout (c->moved). Up to
 * engine.compact_max actors (every pair is compared). */
static bool unoverlap(pointf *p, const pointf *half, size_t n,
		      const double *gap, double wx, double wy)
{
	for (int pass = 0; pass < 200; pass++) {
		bool any = false;
		for (size_t i = 0; i < n; i++)
			for (size_t j = i + 1; j < n; j++) {
				double dx = p[j].x - p[i].x;
				double dy = p[j].y - p[i].y;
				double g = gap[i * n + j];
				double ox = half[i].x + half[j].x + g -
					    fabs(dx);
				double oy = half[i].y + half[j].y + g -
					    fabs(dy);
				double s;
				if (ox <= 0.01 || oy <= 0.01)
					continue;
				any = true;
				if (ox * wx <= oy * wy) {
					s = dx > 0 ? 0.5 : dx < 0 ? -0.5
						   : (i & 1) ? 0.5 : -0.5;
					p[i].x -= s * (ox + 0.02);
					p[j].x += s * (ox + 0.02);
				} else {
					s = dy > 0 ? 0.5 : dy < 0 ? -0.5
						   : (i & 1) ? 0.5 : -0.5;
					p[i].y -= s * (oy + 0.02);
					p[j].y += s * (oy + 0.02);
				}
			}
		if (!any)
			return true;
	}
	return false;
}

static void extent_of(const pointf *p, const pointf *half, size_t n,
		      boxf *bb)
{
	*bb = (boxf){ { HUGE_VAL, HUGE_VAL }, { -HUGE_VAL, -HUGE_VAL } };
	for (size_t i = 0; i < n; i++) {
		bb->LL.x = fmin(bb->LL.x, p[i].x - half[i].x);
		bb->LL.y = fmin(bb->LL.y, p[i].y - half[i].y);
		bb->UR.x = fmax(bb->UR.x, p[i].x + half[i].x);
		bb->UR.y = fmax(bb->UR.y, p[i].y + half[i].y);
	}
}

static erg_status compact(draw_ctx *c, Agraph_t *G)
{
	double step = erg__theme_num(&c->th, "engine.compact_step", 0.93);
	double gap = erg__theme_num(&c->th, "engine.compact_gap", 12) *
		     c->scale;
	size_t max = (size_t)erg__theme_num(&c->th, "engine.compact_max", 40);
	double near = erg__theme_num(&c->th, "engine.compact_near", 0.85);
	double tmin = erg__theme_num(&c->th, "text.min", 14);
	double fn = erg__theme_num(&c->th, "node.fontsize", 16);
	size_t n = (size_t)agnnodes(G), k = 0, nh = 0;
	pointf *p = NULL, *half = NULL, *best = NULL;
	double *gaps = NULL;
	Agnode_t **node = NULL;
	heavy_pair *hp = NULL;
	double zt, best_z, z0;
	int stall = 0;
	boxf bb;
	char attr[128];
	erg_status st = ERG_OK;

	if (n < 2 || n > max || step <= 0 || step >= 1 || c->area_w <= 0 ||
	    c->area_h <= 0 || fn * c->scale <= 0)
		return ERG_OK;
	/* the zoom at which the text is text.min, a little over */
	zt = tmin / (fn * c->scale) * 1.02;
	p = malloc(n * sizeof(*p));
	half = malloc(n * sizeof(*half));
	best = malloc(n * sizeof(*best));
	gaps = malloc(n * n * sizeof(*gaps));
	node = malloc(n * sizeof(*node));
	if (!p || !half || !best || !gaps || !node ||
	    heavy_pairs(c, G, &hp, &nh)) {
		st = ERG_ENOMEM;
		goto done;
	}
	for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v), k++) {
		p[k] = ND_coord(v);
		half[k] = (pointf){ ND_width(v) * 36, ND_height(v) * 36 };
		node[k] = v;
	}
	for (size_t i = 0; i < n * n; i++)
		gaps[i] = gap;
	/* a heavy pair keeps the room push_pairs gave it, up to its
	 * want */
	for (size_t h = 0; h < nh; h++) {
		size_t a = n, b = n;
		double room = fmin(hp[h].want, fmax(hp[h].least,
						    pair_gap(hp[h].a, hp[h].b)));
		for (size_t i = 0; i < n; i++) {
			if (node[i] == hp[h].a)
				a = i;
			if (node[i] == hp[h].b)
				b = i;
		}
		if (a < n && b < n && a != b) {
			gaps[(a < b ? a : b) * n + (a < b ? b : a)] =
			    fmax(gap, room);
		}
	}
	extent_of(p, half, n, &bb);
	best_z = z0 = box_zoom(c, bb);
	/* a layout near its fit at the text's first size fits by raising
	 * the text (layout_network), keeping neato's room between actors */
	if (best_z >= zt || (c->scale < 1.001 && best_z >= zt * near))
		goto done;
	memcpy(best, p, n * sizeof(*p));
	for (int it = 0; it < 60 && stall < 4; it++) {
		double W = bb.UR.x - bb.LL.x, H = bb.UR.y - bb.LL.y;
		double Wt = c->area_w / zt, Ht = c->area_h / zt;
		double fx = W > Wt ? fmax(step, Wt / W) : 1;
		double fy = H > Ht ? fmax(step, Ht / H) : 1;
		pointf m = { (bb.LL.x + bb.UR.x) / 2, (bb.LL.y + bb.UR.y) / 2 };
		double z;
		if (fx >= 1 && fy >= 1)
			break;
		for (size_t i = 0; i < n; i++) {
			p[i].x = m.x + (p[i].x - m.x) * fx;
			p[i].y = m.y + (p[i].y - m.y) * fy;
		}
		if (!unoverlap(p, half, n, gaps, fmax(1, W / Wt),
			       fmax(1, H / Ht)))
			break;
		extent_of(p, half, n, &bb);
		z = box_zoom(c, bb);
		if (z > best_z) {
			best_z = z;
			memcpy(best, p, n * sizeof(*p));
			stall = 0;
		} else {
			stall++;
		}
		if (z >= zt)
			break;
	}
	if (best_z <= z0)
		goto done;
	k = 0;
	for (Agnode_t *v = agfstnode(G); v; v = agnxtnode(G, v), k++)
		ND_coord(v) = best[k];
	extent_of(best, half, n, &bb);
	GD_bb(G) = bb;
	snprintf(attr, sizeof(attr), "%.2f,%.2f,%.2f,%.2f", bb.LL.x, bb.LL.y,
		 bb.UR.x, bb.UR.y);
	erg__draw_set(G, "bb", attr);
	c->moved = true;
	c->compacted = true;
done:
	free(p);
	free(half);
	free(best);
	free(gaps);
	free(node);
	free(hp);
	return st;
}

typedef struct {
	double x0, y0, x1, y1;
} rect;

static double rect_overlap(rect a, rect b)
{
	double w = (a.x1 < b.x1 ? a.x1 : b.x1) - (a.x0 > b.x0 ? a.x0 : b.x0);
	double h = (a.y1 < b.y1 ? a.y1 : b.y1) - (a.y0 > b.y0 ? a.y0 : b.y0);
	return w > 0 && h > 0 ? w * h : 0;
}

/* True when the segment p-q meets the box r (Liang-Barsky). */
static bool seg_hits_rect(pointf p, pointf q, rect r)
{
	double t0 = 0, t1 = 1, dx = q.x - p.x, dy = q.y - p.y;
	double pp[4] = { -dx, dx, -dy, dy };
	double qq[4] = { p.x - r.x0, r.x1 - p.x, p.y - r.y0, r.y1 - p.y };
	for (int i = 0; i < 4; i++) {
		if (fabs(pp[i]) < 1e-12) {
			if (qq[i] < 0)
				return false;
			continue;
		}
		double t = qq[i] / pp[i];
		if (pp[i] < 0) {
			if (t > t1)
				return false;
			if (t > t0)
				t0 = t;
		} else {
			if (t < t0)
				return false;
			if (t < t1)
				t1 = t;
		}
	}
	return true;
}

/* ---- boxes of affiliated persons in neato ---- */

/* neato (2.43) has no clusters (mode=ipsep, which would, corrupts the
 * heap) and fdp pushes single actors far from its boxes. So neato draws
 * boxes in two levels: each box's actors in a grid (its state or
 * organization first, `cluster.columns`-ish: about twice as many rows as
 * columns), then neato lays out one fixed-size node per box and per
 * single actor, with a line for every line between them (so heavy pairs
 * get their room, push_pairs); the actors are placed at their unit's
 * position plus their place in the grid, each box gets its `bb`, and
 * the page layout (neato -n2) routes every line and draws the boxes. */
typedef struct {
	Agraph_t *sub;  /* the box, or NULL: a single actor */
	Agnode_t *one;  /* the single actor */
	Agnode_t *unit; /* its node in the layout of units */
	double w, h;    /* points */
	int orient;     /* a box in one column (1) or row (-1), see line_box;
			   0: a grid */
} unit_t;

/* How much farther than an actor's a unit reaches from its centre:
 * half its mean side less an actor's (about 1.3 x 0.5 inch). */
static double box_excess(const unit_t *u)
{
	double r = (u->w + u->h) / 4 - 32;
	return u->sub && r > 0 ? r : 0;
}

static int by_seq(const void *x, const void *y)
{
	Agnode_t *const *a = x, *const *b = y;
	return AGSEQ(*a) < AGSEQ(*b) ? -1 : AGSEQ(*a) > AGSEQ(*b);
}

/* Box u's actors (container first, then by AGSEQ) into who; their
 * number. */
static size_t box_members(const unit_t *u, Agnode_t *first,
			  Agnode_t **who)
{
	size_t m = (size_t)agnnodes(u->sub), k = 0;

	for (Agnode_t *n = agfstnode(u->sub); n; n = agnxtnode(u->sub, n))
		if (n != first && k < m)
			who[k++] = n;
	qsort(who, k, sizeof(*who), by_seq);
	if (first && agsubnode(u->sub, first, 0) && k < m) {
		memmove(who + 1, who, k * sizeof(*who));
		who[0] = first;
		k++;
	}
	return k;
}

/* The grid of the m actors who[] of a box (about twice as many rows as
 * columns, filled row by row): cell i's offset from the box's centre
 * (points) into cell[i]; *w, *h the box's size. */
static void grid_box(const draw_ctx *c, Agnode_t *const *who, size_t m,
		     pointf *cell, double *w, double *h)
{
	double g = 10 * c->scale, mg = 8 * c->scale;
	double cw[16] = { 0 }, rh[64] = { 0 }, x, y, W = 0, H = 0;
	size_t cols = (size_t)ceil(sqrt((double)m / 2));

	if (cols < 1)
		cols = 1;
	while (cols < 16 && (m + cols - 1) / cols > 64)
		cols++;
	if (m > 16 * 64)
		m = 16 * 64; /* the rest share the last cell */
	for (size_t i = 0; i < m; i++) {
		cw[i % cols] = fmax(cw[i % cols], ND_width(who[i]) * 72);
		rh[i / cols] = fmax(rh[i / cols], ND_height(who[i]) * 72);
	}
	for (size_t j = 0; j < cols; j++)
		W += cw[j] + (j ? g : 0);
	for (size_t r = 0; r * cols < m; r++)
		H += rh[r] + (r ? g : 0);
	y = H / 2;
	for (size_t r = 0; r * cols < m; r++) {
		x = -W / 2;
		for (size_t j = 0; j < cols && r * cols + j < m; j++) {
			cell[r * cols + j] =
			    (pointf){ x + cw[j] / 2, y - rh[r] / 2 };
			x += cw[j] + g;
		}
		y -= rh[r] + g;
	}
	*w = W + 2 * mg;
	*h = H + 2 * mg;
}

/* Each actor's pull out of box u (at: the units' positions, unit_of by
 * AGSEQ): the sum of the unit vectors to the units of its lines' other
 * ends. */
static void member_pulls(const draw_ctx *c, const pointf *at,
			 const size_t *unit_of, size_t u, Agnode_t *const *who,
			 size_t m, pointf *pull)
{
	for (size_t i = 0; i < m; i++) {
		Agnode_t *n = who[i];
		pointf p = { 0, 0 };
		for (Agedge_t *e = agfstedge(c->G, n); e;
		     e = agnxtedge(c->G, e, n)) {
			Agnode_t *o = agtail(e) == n ? aghead(e) : agtail(e);
			size_t v = unit_of[AGSEQ(o)];
			double dx = at[v].x - at[u].x, dy = at[v].y - at[u].y;
			double d = hypot(dx, dy);
			if (v == u || d <= 0)
				continue;
			p.x += dx / d;
			p.y += dy / d;
		}
		pull[i] = p;
	}
}

/* The actors of box u placed in its cells toward what they are joined
 * with outside the box: a line then leaves the box on its actor's side
 * rather than across the other actors (the example's Russia to Choe Son
 * Hui crossed North Korea). Each actor's pull is the sum of the unit
 * vectors to the units of its lines' other ends; the strongest pull
 * first takes the free cell farthest its way. The grid keeps the order
 * of box_members when the new one would make the box more than an
 * eighth larger than its unit (a little more is left to the page's
 * overlap checks: the units were laid out with room). at: units' positions; unit_of by AGSEQ; off by AGSEQ (out);
 * cell, pull, order, taken: scratch of m. */
static void place_members(const draw_ctx *c, const pointf *at,
			  const size_t *unit_of, unit_t *un, size_t u,
			  Agnode_t *first, Agnode_t **who, size_t m, pointf *off, pointf *cell,
			  pointf *pull, Agnode_t **order, bool *taken)
{
	double w, h;

	grid_box(c, who, m, cell, &w, &h);
	member_pulls(c, at, unit_of, u, who, m, pull);
	for (size_t i = 0; i < m; i++) {
		taken[i] = false;
		order[i] = NULL;
	}
	for (size_t k = 0; k < m; k++) {
		size_t best = 0, cb = 0;
		double bs = -1, cs = -HUGE_VAL;
		for (size_t i = 0; i < m; i++) {
			double s = hypot(pull[i].x, pull[i].y);
			if (who[i] && s > bs + 1e-9) {
				bs = s;
				best = i;
			}
		}
		for (size_t j = 0; j < m; j++) {
			double s = pull[best].x * cell[j].x +
				   pull[best].y * cell[j].y;
			if (!taken[j] && s > cs + 1e-9) {
				cs = s;
				cb = j;
			}
		}
		taken[cb] = true;
		order[cb] = who[best];
		who[best] = NULL;
	}
	grid_box(c, order, m, cell, &w, &h);
	if (w > un[u].w * 1.12 + 0.01 || h > un[u].h * 1.12 + 0.01) {
		/* back to the first order (who was emptied) */
		m = box_members(&un[u], first, order);
		grid_box(c, order, m, cell, &w, &h);
	}
	un[u].w = w;
	un[u].h = h;
	for (size_t j = 0; j < m; j++)
		off[AGSEQ(order[j])] = cell[j];
}

/* An actor of a box and its place in the box's order. */
typedef struct {
	double key;
	size_t i;
	Agnode_t *n;
} line_slot;

static int by_slot(const void *x, const void *y)
{
	const line_slot *a = x, *b = y;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/* The offsets (cell) of the m actors who[] of a box in one column or
 * row, in that order (see line_box). */
static void line_cells(const draw_ctx *c, const pointf *size,
		       Agnode_t *const *who, size_t m, bool column,
		       pointf *cell)
{
	double g = 10 * c->scale, len = 0, pos;

	for (size_t i = 0; i < m; i++)
		len += (column ? size[AGSEQ(who[i])].y
			       : size[AGSEQ(who[i])].x) +
		       (i ? g : 0);
	pos = -len / 2;
	for (size_t i = 0; i < m; i++) {
		double a = column ? size[AGSEQ(who[i])].y
				  : size[AGSEQ(who[i])].x;
		cell[i] = column ? (pointf){ 0, -(pos + a / 2) }
				 : (pointf){ pos + a / 2, 0 };
		pos += a + g;
	}
}

/* Box u's actors who[] (m of them) in one row or one column, in the
 * order of their pulls (see place_members) across it: a column when the
 * box's lines leave it mostly sideways, a row when up or down, so that
 * every actor faces the lines it has out of the box and no line leaves
 * across another actor of the box (a grid put persons behind their
 * state: the example's ego network of North Korea drew Kozlov's and
 * Naryshkin's lines through Russia). *column tells which; cell[i] the
 * offset of the i-th actor of the new order, written back into who[];
 * *w, *h the box's size; size[] the actors' sizes (points) by AGSEQ;
 * orient 1 or -1 a column or a row whatever the pulls. False (nothing
 * changed) for more than `engine.boxes_line_max` actors, which stay a
 * grid. */
static bool line_box(const draw_ctx *c, const pointf *at,
		     const size_t *unit_of, const pointf *size, size_t u,
		     Agnode_t **who, size_t m, int orient, bool *column,
		     pointf *cell, pointf *pull, line_slot *slot, double *w,
		     double *h)
{
	double g = 10 * c->scale, mg = 8 * c->scale, len = 0, thick = 0;
	pointf P = { 0, 0 };

	if (m < 2 ||
	    m > (size_t)erg__theme_num(&c->th, "engine.boxes_line_max", 0))
		return false;
	member_pulls(c, at, unit_of, u, who, m, pull);
	for (size_t i = 0; i < m; i++) {
		P.x += pull[i].x;
		P.y += pull[i].y;
	}
	*column = orient ? orient > 0 : fabs(P.x) >= fabs(P.y);
	for (size_t i = 0; i < m; i++) {
		double d = hypot(pull[i].x, pull[i].y);
		/* a column from the top down, a row from left to right */
		slot[i].key = d <= 0	   ? 0
			      : *column ? -pull[i].y / d
					: pull[i].x / d;
		slot[i].i = i;
		slot[i].n = who[i];
	}
	qsort(slot, m, sizeof(*slot), by_slot);
	for (size_t i = 0; i < m; i++) {
		double nw = size[AGSEQ(slot[i].n)].x,
		       nh = size[AGSEQ(slot[i].n)].y;
		who[i] = slot[i].n;
		len += (*column ? nh : nw) + (i ? g : 0);
		thick = fmax(thick, *column ? nw : nh);
	}
	line_cells(c, size, who, m, *column, cell);
	*w = (*column ? thick : len) + 2 * mg;
	*h = (*column ? len : thick) + 2 * mg;
	return true;
}

/* Whether the segments a-b and c-d cross (touching ends do not). */
static bool segs_cross(pointf a, pointf b, pointf c, pointf d)
{
	double d1 = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
	double d2 = (b.x - a.x) * (d.y - a.y) - (b.y - a.y) * (d.x - a.x);
	double d3 = (d.x - c.x) * (a.y - c.y) - (d.y - c.y) * (a.x - c.x);
	double d4 = (d.x - c.x) * (b.y - c.y) - (d.y - c.y) * (b.x - c.x);
	return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) &&
	       ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/* How the straight lines between the actors read where they are (pos
 * and size by AGSEQ; ends: the lines' actors; seqs: the actors): each
 * pair of lines that cross 1, each line through an actor it does not
 * join 3 (the page layout then routes it around, often through a box
 * or along its border). */
static double lines_cost(const size_t (*ends)[2], size_t ne,
			 const size_t *seqs, size_t ns, const pointf *pos,
			 const pointf *size)
{
	double cost = 0;

	for (size_t i = 0; i < ne; i++) {
		pointf a = pos[ends[i][0]], b = pos[ends[i][1]];
		for (size_t j = i + 1; j < ne; j++)
			if (ends[j][0] != ends[i][0] &&
			    ends[j][0] != ends[i][1] &&
			    ends[j][1] != ends[i][0] &&
			    ends[j][1] != ends[i][1] &&
			    segs_cross(a, b, pos[ends[j][0]],
				       pos[ends[j][1]]))
				cost += 1;
		for (size_t k = 0; k < ns; k++) {
			size_t q = seqs[k];
			rect r = { pos[q].x - size[q].x / 2 + 2,
				   pos[q].y - size[q].y / 2 + 2,
				   pos[q].x + size[q].x / 2 - 2,
				   pos[q].y + size[q].y / 2 - 2 };
			if (q != ends[i][0] && q != ends[i][1] &&
			    seg_hits_rect(a, b, r))
				cost += 3;
		}
	}
	return cost;
}

/* The next permutation of idx[0..m) in lexicographic order; false after
 * the last. */
static bool next_perm(size_t *idx, size_t m)
{
	size_t i, j;
	if (m < 2)
		return false;
	i = m - 1;
	while (i > 0 && idx[i - 1] >= idx[i])
		i--;
	if (i == 0)
		return false;
	j = m - 1;
	while (idx[j] <= idx[i - 1])
		j--;
	{
		size_t t = idx[i - 1];
		idx[i - 1] = idx[j];
		idx[j] = t;
	}
	for (size_t a = i, b = m - 1; a < b; a++, b--) {
		size_t t = idx[a];
		idx[a] = idx[b];
		idx[b] = t;
	}
	return true;
}

/* The actors of each box drawn in one row or column (line_box) in the
 * order whose straight lines cross least and run through the fewest
 * other actors (lines_cost), box by box, twice round, every order of a
 * box tried (at most engine.boxes_line_max actors), the first best kept:
 * the pull order alone put the states of the example's ego network of
 * North Korea at the tops of their boxes, and every person's line to
 * the other state crossed the other box's. off (by AGSEQ) in and out. */
static erg_status order_lines(const draw_ctx *c, const pointf *at,
			      const size_t *unit_of, const unit_t *units,
			      size_t nu, const pointf *size, pointf *off,
			      size_t maxseq)
{
	size_t ns = 0, ne = 0, cap = 0;
	size_t *seqs = calloc(maxseq + 1, sizeof(*seqs));
	pointf *pos = calloc(maxseq + 1, sizeof(*pos));
	pointf cell[16];
	size_t (*ends)[2] = NULL;
	line_slot who[16];
	Agnode_t *order[16];
	size_t idx[16], best[16];
	erg_status st = ERG_OK;

	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n))
		for (Agedge_t *e = agfstout(c->G, n); e; e = agnxtout(c->G, e))
			cap++;
	ends = calloc(cap + 1, sizeof(*ends));
	if (!seqs || !pos || !ends) {
		st = ERG_ENOMEM;
		goto done;
	}
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n)) {
		size_t q = (size_t)AGSEQ(n), u = unit_of[q];
		seqs[ns++] = q;
		pos[q] = at[u];
		if (units[u].sub) {
			pos[q].x += off[q].x;
			pos[q].y += off[q].y;
		}
		for (Agedge_t *e = agfstout(c->G, n); e; e = agnxtout(c->G, e))
			if (agtail(e) != aghead(e) && ne < cap) {
				/* one line per pair: the lanes of a heavy
				 * pair run together */
				size_t a = (size_t)AGSEQ(agtail(e)),
				       b = (size_t)AGSEQ(aghead(e)), k;
				for (k = 0; k < ne; k++)
					if ((ends[k][0] == a &&
					     ends[k][1] == b) ||
					    (ends[k][0] == b && ends[k][1] == a))
						break;
				if (k < ne)
					continue;
				ends[ne][0] = a;
				ends[ne][1] = b;
				ne++;
			}
	}
	for (int round = 0; round < 2; round++)
		for (size_t u = 0; u < nu; u++) {
			size_t m = 0;
			double bc;
			bool column = units[u].orient > 0;
			if (!units[u].orient || !units[u].sub)
				continue;
			for (Agnode_t *n = agfstnode(units[u].sub); n && m < 16;
			     n = agnxtnode(units[u].sub, n)) {
				size_t q = (size_t)AGSEQ(n);
				who[m] = (line_slot){ column ? -off[q].y
							     : off[q].x,
						      m, n };
				m++;
			}
			if (m < 2 || m > 7)
				continue;
			qsort(who, m, sizeof(*who), by_slot);
			for (size_t i = 0; i < m; i++)
				idx[i] = best[i] = i;
			bc = HUGE_VAL;
			do {
				double cost;
				for (size_t i = 0; i < m; i++)
					order[i] = who[idx[i]].n;
				line_cells(c, size, order, m, column, cell);
				for (size_t i = 0; i < m; i++) {
					size_t q = (size_t)AGSEQ(order[i]);
					pos[q].x = at[u].x + cell[i].x;
					pos[q].y = at[u].y + cell[i].y;
				}
				cost = lines_cost((const size_t(*)[2])ends, ne,
						  seqs, ns, pos, size);
				if (cost < bc - 1e-9) {
					bc = cost;
					memcpy(best, idx, m * sizeof(*idx));
				}
			} while (next_perm(idx, m));
			for (size_t i = 0; i < m; i++)
				order[i] = who[best[i]].n;
			line_cells(c, size, order, m, column, cell);
			for (size_t i = 0; i < m; i++) {
				size_t q = (size_t)AGSEQ(order[i]);
				off[q] = cell[i];
				pos[q].x = at[u].x + cell[i].x;
				pos[q].y = at[u].y + cell[i].y;
			}
		}
done:
	free(seqs);
	free(pos);
	free(ends);
	return st;
}

/* Single actors placed where their straight lines pass no box they do
 * not end in and no other actor, and no other line passes them, when
 * their place from neato has such a line and a free place has fewer:
 * neato lays out boxes as big nodes and knows nothing of lines through
 * them (the example's China, right of Russia's box, drew North Korea's
 * line to it across the box). The places tried: rings around the mean
 * of its partners, inside the layout's extent, clear of every actor and
 * box by `gap`; the one with the fewest such lines, then the shortest
 * lines. Actors at at[] (units) plus off[] (in boxes, by AGSEQ); at in
 * and out. */
static pointf actor_at(const unit_t *units, const size_t *unit_of,
		       const pointf *at, const pointf *off, Agnode_t *n)
{
	size_t u = unit_of[AGSEQ(n)];
	pointf p = at[u];
	if (units[u].sub) {
		p.x += off[AGSEQ(n)].x;
		p.y += off[AGSEQ(n)].y;
	}
	return p;
}

#define CROSS_W 0.5 /* a crossing in single_cost: half a line through an actor */
static double single_cost(const draw_ctx *c, const unit_t *units, size_t nu,
			  const size_t *unit_of, const pointf *at,
			  const pointf *off, const pointf *size, size_t v,
			  double *len)
{
	Agnode_t *s = units[v].one;
	pointf p = at[v];
	/* with room for a band of lanes passing it */
	double pad = 20 * c->scale;
	rect mine = { p.x - units[v].w / 2 - pad, p.y - units[v].h / 2 - pad,
		      p.x + units[v].w / 2 + pad, p.y + units[v].h / 2 + pad };
	double bad = 0;

	*len = 0;
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n))
		for (Agedge_t *e = agfstout(c->G, n); e; e = agnxtout(c->G, e)) {
			Agnode_t *o, *h = aghead(e);
			pointf q;
			if (h == n)
				continue;
			if (n != s && h != s) {
				/* another line across its place */
				if (seg_hits_rect(actor_at(units, unit_of, at,
							   off, n),
						  actor_at(units, unit_of, at,
							   off, h),
						  mine))
					bad += 1;
				continue;
			}
			o = n == s ? h : n;
			q = actor_at(units, unit_of, at, off, o);
			*len += hypot(q.x - p.x, q.y - p.y);
			/* the other lines it crosses (half: a crossing
			 * reads, a line through an actor does not) */
			for (Agnode_t *x = agfstnode(c->G); x;
			     x = agnxtnode(c->G, x))
				for (Agedge_t *f = agfstout(c->G, x); f;
				     f = agnxtout(c->G, f)) {
					Agnode_t *y = aghead(f);
					if (y == x || x == s || y == s ||
					    x == o || y == o)
						continue;
					if (segs_cross(
						p, q,
						actor_at(units, unit_of, at,
							 off, x),
						actor_at(units, unit_of, at,
							 off, y)))
						bad += CROSS_W;
				}
			for (Agnode_t *m = agfstnode(c->G); m;
			     m = agnxtnode(c->G, m)) {
				pointf mp;
				rect r;
				if (m == s || m == o)
					continue;
				mp = actor_at(units, unit_of, at, off, m);
				r = (rect){ mp.x - size[AGSEQ(m)].x / 2 + 2,
					    mp.y - size[AGSEQ(m)].y / 2 + 2,
					    mp.x + size[AGSEQ(m)].x / 2 - 2,
					    mp.y + size[AGSEQ(m)].y / 2 - 2 };
				if (seg_hits_rect(p, q, r))
					bad += 2;
			}
			for (size_t w = 0; w < nu; w++) {
				rect r = { at[w].x - units[w].w / 2 + 3,
					   at[w].y - units[w].h / 2 + 3,
					   at[w].x + units[w].w / 2 - 3,
					   at[w].y + units[w].h / 2 - 3 };
				if (units[w].sub &&
				    w != unit_of[AGSEQ(o)] &&
				    seg_hits_rect(p, q, r))
					bad += 4;
			}
		}
	return bad;
}

static void place_singles(const draw_ctx *c, const unit_t *units, size_t nu,
			  const size_t *unit_of, pointf *at,
			  const pointf *off, const pointf *size)
{
	double gap = 10 * c->scale;
	boxf ext = { { HUGE_VAL, HUGE_VAL }, { -HUGE_VAL, -HUGE_VAL } };

	for (size_t u = 0; u < nu; u++) {
		ext.LL.x = fmin(ext.LL.x, at[u].x - units[u].w / 2);
		ext.LL.y = fmin(ext.LL.y, at[u].y - units[u].h / 2);
		ext.UR.x = fmax(ext.UR.x, at[u].x + units[u].w / 2);
		ext.UR.y = fmax(ext.UR.y, at[u].y + units[u].h / 2);
	}
	for (size_t v = 0; v < nu; v++) {
		Agnode_t *s = units[v].one;
		pointf mean = { 0, 0 }, home = at[v], best = at[v];
		double best_bad, best_len, cur_bad, reach = 0, len;
		size_t k = 0;
		if (units[v].sub || !s)
			continue;
		cur_bad = best_bad =
		    single_cost(c, units, nu, unit_of, at, off, size, v,
				&best_len);
		if (cur_bad <= 0)
			continue;
		for (Agedge_t *e = agfstedge(c->G, s); e;
		     e = agnxtedge(c->G, e, s)) {
			Agnode_t *o = agtail(e) == s ? aghead(e) : agtail(e);
			pointf q = actor_at(units, unit_of, at, off, o);
			if (o == s)
				continue;
			mean.x += q.x;
			mean.y += q.y;
			reach = fmax(reach, hypot(q.x - home.x, q.y - home.y));
			k++;
		}
		if (k == 0)
			continue;
		mean.x /= (double)k;
		mean.y /= (double)k;
		for (int ring = 0; ring <= 8; ring++)
			for (int a = 0; a < (ring ? 24 : 1); a++) {
				double r = ring * reach / 8, bad;
				pointf p = { mean.x + r * cos(a * M_PI / 12),
					     mean.y + r * sin(a * M_PI / 12) };
				rect me = { p.x - units[v].w / 2 - gap,
					    p.y - units[v].h / 2 - gap,
					    p.x + units[v].w / 2 + gap,
					    p.y + units[v].h / 2 + gap };
				bool ok = me.x0 + gap >= ext.LL.x &&
					  me.x1 - gap <= ext.UR.x &&
					  me.y0 + gap >= ext.LL.y &&
					  me.y1 - gap <= ext.UR.y;
				for (size_t w = 0; w < nu && ok; w++) {
					rect o = { at[w].x - units[w].w / 2,
						   at[w].y - units[w].h / 2,
						   at[w].x + units[w].w / 2,
						   at[w].y + units[w].h / 2 };
					if (w != v && rect_overlap(me, o) > 0)
						ok = false;
				}
				if (!ok)
					continue;
				at[v] = p;
				bad = single_cost(c, units, nu, unit_of, at,
						  off, size, v, &len);
				at[v] = home;
				if (bad < best_bad - 1e-9 ||
				    (bad < cur_bad - 1e-9 &&
				     bad < best_bad + 1e-9 &&
				     len < best_len - 1e-9)) {
					best = p;
					best_bad = bad;
					best_len = len;
				}
			}
		at[v] = best;
	}
}

/* The quick layouts of boxes_layout: positions only (the page layout
 * routes the lines). */
static int layout_no_lines(GVC_t *gvc, Agraph_t *G, bool *aborted)
{
	const char *sp = agget(G, "splines");
	char *keep = sp && sp[0] ? erg__strdup(sp) : NULL;
	int rc;
	erg__draw_set(G, "splines", "false");
	rc = guarded_layout(gvc, G, "neato", aborted);
	if (!*aborted)
		erg__draw_set(G, "splines", keep ? keep : "true");
	free(keep);
	return rc;
}

/* Returns 0 with c->G laid out (and *st ERG_OK), 0 with *st set and
 * c->G not laid out, or non-zero when a layout failed (*aborted: c->G
 * is to be dropped). */
static int boxes_layout(draw_ctx *c, GVC_t *gvc, bool *aborted,
			erg_status *st)
{
	size_t na = erg_graph_actor_count(c->g), nu = 0, maxseq = 0;
	unit_t *units = NULL;
	size_t *unit_of = NULL; /* by AGSEQ */
	pointf *off = NULL, *at = NULL, *cell = NULL, *pull = NULL;
	Agnode_t **who = NULL, **order = NULL;
	bool *taken = NULL;
	line_slot *slot = NULL;
	pointf *nsize = NULL; /* the actors' sizes by AGSEQ */
	size_t nw = 0;
	Agraph_t *D = NULL;
	char name[64], attr[128];
	boxf bb = { { HUGE_VAL, HUGE_VAL }, { -HUGE_VAL, -HUGE_VAL } };
	bool ab2 = false;
	int rc;

	*st = ERG_OK;
	/* the actors' sizes */
	if ((rc = layout_no_lines(gvc, c->G, aborted)) != 0)
		return rc;
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n))
		if ((size_t)AGSEQ(n) > maxseq)
			maxseq = (size_t)AGSEQ(n);
	units = calloc(na + 1, sizeof(*units));
	unit_of = malloc((maxseq + 1) * sizeof(*unit_of));
	off = calloc(maxseq + 1, sizeof(*off));
	at = calloc(na + 1, sizeof(*at));
	cell = calloc(maxseq + 1, sizeof(*cell));
	pull = calloc(maxseq + 1, sizeof(*pull));
	who = calloc(maxseq + 1, sizeof(*who));
	taken = calloc(maxseq + 1, sizeof(*taken));
	order = calloc(maxseq + 1, sizeof(*order));
	slot = calloc(maxseq + 1, sizeof(*slot));
	nsize = calloc(maxseq + 1, sizeof(*nsize));
	if (!units || !unit_of || !off || !at || !cell || !pull || !who ||
	    !taken || !order || !slot || !nsize) {
		*st = ERG_ENOMEM;
		goto fail;
	}
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n))
		nsize[AGSEQ(n)] =
		    (pointf){ ND_width(n) * 72, ND_height(n) * 72 };
	for (size_t i = 0; i <= maxseq; i++)
		unit_of[i] = (size_t)-1;
	for (Agraph_t *sub = agfstsubg(c->G); sub; sub = agnxtsubg(sub)) {
		size_t to;
		if (strncmp(agnameof(sub), "cluster_", 8) != 0 ||
		    agnnodes(sub) == 0 || nu >= na + 1)
			continue;
		to = strtoul(agnameof(sub) + 8, NULL, 10);
		units[nu].sub = sub;
		nw = box_members(&units[nu], to < na ? c->nodes[to] : NULL,
				 who);
		grid_box(c, who, nw, cell, &units[nu].w, &units[nu].h);
		for (size_t i = 0; i < nw; i++)
			off[AGSEQ(who[i])] = cell[i];
		for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n))
			unit_of[AGSEQ(n)] = nu;
		nu++;
	}
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n)) {
		if (unit_of[AGSEQ(n)] != (size_t)-1)
			continue;
		if (nu >= na + 1) {
			*st = ERG_EALGO;
			goto fail;
		}
		units[nu] = (unit_t){ NULL, n, NULL, ND_width(n) * 72,
				      ND_height(n) * 72, 0 };
		unit_of[AGSEQ(n)] = nu++;
	}

	/* the layout of units, with the graph's own settings */
	if (!(D = agopen("units", Agdirected, erg__draw_disc()))) {
		*st = ERG_ENOMEM;
		goto fail;
	}
	{
		static const char *const keep[] = { "overlap", "sep", "esep",
						    "overlap_scaling", "scale",
						    "mode", "model", "start" };
		for (size_t i = 0; i < sizeof(keep) / sizeof(keep[0]); i++) {
			const char *v = agget(c->G, (char *)keep[i]);
			if (v && v[0])
				erg__draw_set(D, keep[i], v);
		}
		/* boxes are large: GTS (prism) aborts on some of their
		 * layouts, at random (it hashes by address) */
		erg__draw_set(D, "overlap",
			      erg__theme_get(&c->th, "engine.boxes_overlap",
					     "ortho"));
	}
	for (size_t u = 0; u < nu; u++) {
		snprintf(name, sizeof(name), "u%zu", u);
		if (!(units[u].unit = agnode(D, name, 1))) {
			*st = ERG_ENOMEM;
			goto fail;
		}
		erg__draw_set(units[u].unit, "shape", "box");
		erg__draw_set(units[u].unit, "fixedsize", "true");
		erg__draw_set(units[u].unit, "label", "");
		erg__draw_setf(units[u].unit, "width", units[u].w / 72);
		erg__draw_setf(units[u].unit, "height", units[u].h / 72);
	}
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n))
		for (Agedge_t *e = agfstout(c->G, n); e; e = agnxtout(c->G, e)) {
			static const char *const keep[] = { "penwidth", "color",
							    "len" };
			size_t a = unit_of[AGSEQ(agtail(e))];
			size_t b = unit_of[AGSEQ(aghead(e))];
			Agedge_t *f;
			if (a == b)
				continue;
			if (!(f = agedge(D, units[a].unit, units[b].unit, NULL,
					 1))) {
				*st = ERG_ENOMEM;
				goto fail;
			}
			for (size_t i = 0; i < 3; i++) {
				const char *v = agget(e, (char *)keep[i]);
				if (v && v[0])
					erg__draw_set(f, keep[i], v);
			}
			{
				/* a box is larger than an actor: its lines
				 * longer by the difference (neato: 1 inch
				 * between centres by default) */
				const char *l = agget(f, "len");
				double len = l && l[0] ? atof(l) : 1;
				len += (box_excess(&units[a]) +
					box_excess(&units[b])) /
				       72;
				erg__draw_setf(f, "len", len);
			}
		}
	gvFreeLayout(gvc, c->G);
	/* the units laid out; then, with boxes in one row or column facing
	 * their lines (line_box), again at those sizes from where they are */
	for (int pass = 0; pass < 2; pass++) {
		bool reshaped = false;
		if ((rc = layout_no_lines(gvc, D, &ab2)) != 0) {
			if (ab2)
				forget_layout(D);
			else
				gvFreeLayout(gvc, D);
			/* c->G's layout is freed already: not to be dropped
			 * as aborted (that freed it twice); the layout
			 * failed */
			*aborted = false;
			goto done;
		}
		*st = push_pairs(c, D);
		for (size_t u = 0; u < nu; u++)
			at[u] = ND_coord(units[u].unit);
		gvFreeLayout(gvc, D);
		if (*st)
			goto done;
		if (pass || !c->line_boxes)
			break;
		for (size_t u = 0; u < nu; u++) {
			size_t to;
			bool column;
			double w, h;
			if (!units[u].sub)
				continue;
			to = strtoul(agnameof(units[u].sub) + 8, NULL, 10);
			nw = box_members(&units[u],
					 to < na ? c->nodes[to] : NULL, who);
			if (!line_box(c, at, unit_of, nsize, u, who, nw, 0,
				      &column, cell, pull, slot, &w, &h))
				continue;
			units[u].orient = column ? 1 : -1;
			units[u].w = w;
			units[u].h = h;
			erg__draw_setf(units[u].unit, "width", w / 72);
			erg__draw_setf(units[u].unit, "height", h / 72);
			reshaped = true;
		}
		if (!reshaped)
			break;
		for (size_t u = 0; u < nu; u++) {
			snprintf(attr, sizeof(attr), "%.4f,%.4f", at[u].x / 72,
				 at[u].y / 72);
			erg__draw_set(units[u].unit, "pos", attr);
		}
	}

	/* c->G laid out again (its records), then moved to the units */
	if ((rc = layout_no_lines(gvc, c->G, aborted)) != 0)
		goto done;
	for (size_t u = 0; u < nu; u++) {
		size_t to;
		if (!units[u].sub)
			continue;
		to = strtoul(agnameof(units[u].sub) + 8, NULL, 10);
		nw = box_members(&units[u], to < na ? c->nodes[to] : NULL,
				 who);
		if (units[u].orient) {
			bool column;
			double w, h;
			/* the order again, toward where the units are now */
			line_box(c, at, unit_of, nsize, u, who, nw,
				 units[u].orient, &column, cell, pull, slot, &w,
				 &h);
			for (size_t i = 0; i < nw; i++)
				off[AGSEQ(who[i])] = cell[i];
			continue;
		}
		place_members(c, at, unit_of, units, u,
			      to < na ? c->nodes[to] : NULL, who, nw, off,
			      cell, pull, order, taken);
	}
	if ((*st = order_lines(c, at, unit_of, units, nu, nsize, off, maxseq)))
		goto fail;
	/* twice round: a single moved can free or block another's place */
	for (int round = 0; round < 2 && c->line_boxes &&
			    erg__theme_num(&c->th, "engine.boxes_line_max", 0) > 0;
	     round++)
		place_singles(c, units, nu, unit_of, at, off, nsize);
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n)) {
		size_t u = unit_of[AGSEQ(n)];
		pointf p = at[u];
		double hw = ND_width(n) * 36, hh = ND_height(n) * 36;
		if (units[u].sub) {
			p.x += off[AGSEQ(n)].x;
			p.y += off[AGSEQ(n)].y;
		}
		ND_coord(n) = p;
		bb.LL.x = fmin(bb.LL.x, p.x - hw);
		bb.LL.y = fmin(bb.LL.y, p.y - hh);
		bb.UR.x = fmax(bb.UR.x, p.x + hw);
		bb.UR.y = fmax(bb.UR.y, p.y + hh);
	}
	for (size_t u = 0; u < nu; u++) {
		pointf p = at[u];
		if (!units[u].sub)
			continue;
		snprintf(attr, sizeof(attr), "%.2f,%.2f,%.2f,%.2f",
			 p.x - units[u].w / 2, p.y - units[u].h / 2,
			 p.x + units[u].w / 2, p.y + units[u].h / 2);
		erg__draw_set(units[u].sub, "bb", attr);
		/* neato keeps a cluster's box of where its actors were */
		if (aggetrec(units[u].sub, "Agraphinfo_t", 0))
			GD_bb(units[u].sub) = (boxf){
			    { p.x - units[u].w / 2, p.y - units[u].h / 2 },
			    { p.x + units[u].w / 2, p.y + units[u].h / 2 } };
		bb.LL.x = fmin(bb.LL.x, p.x - units[u].w / 2);
		bb.LL.y = fmin(bb.LL.y, p.y - units[u].h / 2);
		bb.UR.x = fmax(bb.UR.x, p.x + units[u].w / 2);
		bb.UR.y = fmax(bb.UR.y, p.y + units[u].h / 2);
	}
	GD_bb(c->G) = bb;
	snprintf(attr, sizeof(attr), "%.2f,%.2f,%.2f,%.2f", bb.LL.x, bb.LL.y,
		 bb.UR.x, bb.UR.y);
	erg__draw_set(c->G, "bb", attr);
	c->moved = true;
	goto done;
fail:
	gvFreeLayout(gvc, c->G);
done:
	if (D)
		agclose(D);
	free(units);
	free(unit_of);
	free(off);
	free(at);
	free(cell);
	free(pull);
	free(who);
	free(taken);
	free(order);
	free(slot);
	free(nsize);
	return rc;
}

/* gvLayout of c->G with engine e (neato with boxes: boxes_layout), then
 * room for heavy pairs; *st an allocation error (the layout is then
 * freed and 0 returned). */
static int run_layout(draw_ctx *c, GVC_t *gvc, const char *e, bool *aborted,
		      erg_status *st)
{
	int rc;
	*st = ERG_OK;
	if (c->n_cluster_boxes && strcmp(e, "neato") == 0)
		return boxes_layout(c, gvc, aborted, st);
	rc = guarded_layout(gvc, c->G, e, aborted);
	if (rc == 0 && !c->n_cluster_boxes && strcmp(e, "dot") != 0)
		*st = push_pairs(c, c->G);
	if (rc == 0 && !*st && !c->n_cluster_boxes &&
	    strcmp(e, "neato") == 0)
		*st = compact(c, c->G);
	return rc;
}

/* Builds c->G for engine `e` and sets the page size every layout
 * fills. */
static erg_status build_for(draw_ctx *c, const char *e, const char *size,
			    erg_error *err)
{
	erg_status st;

	c->engine = e;
	c->moved = false;
	c->compacted = false;
	if ((st = erg__draw_build(c)))
		return erg__draw_fail(c, st, err);
	erg__draw_set(c->G, "size", size);
	erg__draw_set(c->G, "ratio", "fill");
	return ERG_OK;
}

/* Builds c->G again and lays it out with engine `e`, overlap removal
 * engine.overlap_fallback and straight lines (no GTS): ERG_OK, ERG_EALGO
 * when the layout failed (err not set), or a build error (set). */
static erg_status relayout_plain(draw_ctx *c, GVC_t *gvc, const char *e,
				 const char *size, erg_error *err)
{
	erg_status st;
	bool aborted;

	if ((st = build_for(c, e, size, err)))
		return st;
	erg__draw_set(c->G, "overlap",
		      erg__theme_get(&c->th, "engine.overlap_fallback",
				     "voronoi"));
	erg__draw_set(c->G, "splines", "line");
	if (run_layout(c, gvc, e, &aborted, &st) == 0)
		return st ? erg__draw_fail(c, st, err) : ERG_OK;
	if (aborted)
		drop_aborted(c);
	return ERG_EALGO;
}

/* ratio=fill spreads a layout smaller than the area to fill it: a
 * network of a few actors would span the page with long lines and a
 * box of affiliated persons mostly empty. dot and fdp: the layout's
 * own size is measured first (straight lines, which do not move the
 * actors), and the size it fills is at most page.stretch_max times it
 * each way; the page centres it. False when that layout aborted (c->G
 * is then closed). */
static bool stretch_cap(draw_ctx *c, GVC_t *gvc, const char *e,
			const char *size)
{
	double cap = erg__theme_num(&c->th, "page.stretch_max", 1.5);
	double w, h, aw, ah;
	char *splines = NULL, buf[64];
	const char *sp = agget(c->G, "splines");
	bool aborted;
	boxf bb;

	if (cap <= 0 || sscanf(size, "%lf,%lf", &aw, &ah) != 2)
		return true;
	if (sp && sp[0] && !(splines = erg__strdup(sp)))
		return true;
	erg__draw_set(c->G, "ratio", "");
	erg__draw_set(c->G, "size", "");
	erg__draw_set(c->G, "splines", "false");
	if (guarded_layout(gvc, c->G, e, &aborted) != 0) {
		free(splines);
		if (aborted) {
			drop_aborted(c);
			return false;
		}
		erg__draw_set(c->G, "size", size);
		erg__draw_set(c->G, "ratio", "fill");
		return true;
	}
	bb = GD_bb(c->G);
	gvFreeLayout(gvc, c->G);
	w = (bb.UR.x - bb.LL.x) / 72 * cap;
	h = (bb.UR.y - bb.LL.y) / 72 * cap;
	if (w > 0 && h > 0 && (w < aw || h < ah)) {
		/* the area's shape, at most cap times the layout */
		double k = fmin(fmin(aw, w) / aw, fmin(ah, h) / ah);
		snprintf(buf, sizeof(buf), "%.4f,%.4f", aw * k, ah * k);
		erg__draw_set(c->G, "size", buf);
	} else {
		erg__draw_set(c->G, "size", size);
	}
	erg__draw_set(c->G, "ratio", "fill");
	/* dot's default, as "" would draw no lines */
	erg__draw_set(c->G, "splines", splines ? splines : "true");
	free(splines);
	return true;
}

/* Lays c->G out with engine `e`; when Graphviz aborts in GTS, again
 * with engine.overlap_fallback (an overlap removal without GTS) and
 * straight lines (no router); on
 * failure tries engine.fallback when the engine was chosen
 * automatically. */
static erg_status layout_with(draw_ctx *c, GVC_t *gvc, const char *e,
			      const char *size, erg_error *err)
{
	erg_status st;
	bool aborted;

	if ((st = build_for(c, e, size, err)))
		return st;
	if (c->spacing && strcmp(e, "neato") == 0)
		erg__draw_set(c->G, "overlap_scaling", c->spacing);
	if (c->spacing && strcmp(e, "dot") == 0)
		erg__draw_set(c->G, "rankdir", c->spacing);
	if (c->neato_scale[0] && strcmp(e, "neato") == 0)
		erg__draw_set(c->G, "scale", c->neato_scale);
	if ((strcmp(e, "dot") == 0 || strcmp(e, "fdp") == 0) &&
	    !stretch_cap(c, gvc, e, size)) {
		/* the measuring layout aborted: as if it had not been */
		if ((st = build_for(c, e, size, err)))
			return st;
		if (c->spacing && strcmp(e, "dot") == 0)
			erg__draw_set(c->G, "rankdir", c->spacing);
	}
	if (run_layout(c, gvc, e, &aborted, &st) == 0)
		return st ? erg__draw_fail(c, st, err) : ERG_OK;
	if (aborted) {
		drop_aborted(c);
		if ((st = relayout_plain(c, gvc, e, size, err)) != ERG_EALGO)
			return st;
	}
	if (!(c->opts->engine && c->opts->engine[0])) {
		const char *fb =
		    erg__theme_get(&c->th, "engine.fallback", "neato");
		if (strcmp(fb, e) != 0 &&
		    (st = relayout_plain(c, gvc, fb, size, err)) != ERG_EALGO)
			return st;
	}
	return erg_error_set(err, ERG_EALGO, NULL, 0, 0,
			     "Graphviz layout with '%s' failed: %s", e,
			     erg__draw_gv_error());
}

/* The zoom that fits the laid-out network into the area: at most 1, and
 * rounded down to two decimals, because that is how the SVG renderer
 * writes it (scale(0.77 0.77)) and how viewers then draw it; at least
 * 0.01. */
static double fit_zoom(draw_ctx *c, double aw, double ah)
{
	double bb[4], w, h, z;
	if (!(c->compacted ? read_bb(c->G, bb) : layout_extent(c->G, bb)))
		return 1;
	w = bb[2] - bb[0];
	h = bb[3] - bb[1];
	z = 1;
	if (w > 0 && aw / w < z)
		z = aw / w;
	if (h > 0 && ah / h < z)
		z = ah / h;
	z = floor(z * 100 + 1e-9) / 100;
	return z < 0.01 ? 0.01 : z;
}

/* True when every network text is at least text.min on the page. */
static bool fonts_ok(draw_ctx *c, double z)
{
	double tmin = erg__theme_num(&c->th, "text.min", 14) - 0.01;
	double fn = erg__theme_num(&c->th, "node.fontsize", 16);
	double fe = erg__theme_num(&c->th, "edge.fontsize", 16);
	if (c->n_labeled && fn * c->scale * z < tmin)
		return false;
	if (c->any_count && fe * c->scale * z < tmin)
		return false;
	return true;
}

/* Step 1 and 2: lays the network out; leaves c->G laid out, *zoom set. */
static erg_status layout_network(draw_ctx *c, GVC_t *gvc, double aw,
				 double ah, double *zoom, erg_error *err)
{
	size_t na = erg_graph_actor_count(c->g), n_order = 0, k;
	double tmin = erg__theme_num(&c->th, "text.min", 14);
	double fn = erg__theme_num(&c->th, "node.fontsize", 16);
	double fe = erg__theme_num(&c->th, "edge.fontsize", 16);
	double need = tmin / (fn < fe ? fn : fe);
	const char *engine = erg__draw_rule_engine(c);
	bool auto_engine =
	    !(c->opts->engine && c->opts->engine[0]) || c->engine_retry;
	bool small = c->n_drawn <= (size_t)erg__theme_num(
					&c->th, "engine.small_max", 40);
	int max_tries = c->n_drawn > 300 ? 4 : small ? 10 : 7;
	double prev_fit = 0; /* text scale times zoom of the last try */
	bool dropping = false;
	int neato_from = -1; /* the first try in neato after dot's */
	ranked *order = malloc((na ? na : 1) * sizeof(*order));
	char size[64];
	double z = 1;
	erg_status st = ERG_OK;

	if (!order)
		return erg__draw_fail(c, ERG_ENOMEM, err);
	for (size_t i = 0; i < na; i++)
		if (c->drawn[i])
			order[n_order++] = (ranked){ c->rankval[i], i };
	qsort(order, n_order, sizeof(*order), by_rank);
	snprintf(size, sizeof(size), "%.4f,%.4f", aw / 72, ah / 72);
	c->area_w = aw;
	c->area_h = ah;
	c->no_boxes = false;
	k = n_order;
	if (c->n_drawn > (size_t)erg__theme_num(&c->th, "engine.small_max", 40))
		k = label_budget(c, order, n_order, aw * ah);
	c->scale = 1;
	c->show_counts = true;

	for (int t = 0; t < max_tries; t++) {
		bool last = t == max_tries - 1;
		if (last) {
			k = 0;
			c->show_counts = false;
			c->scale = 1;
		}
		label_top(c, order, n_order, k);
		if (t == 0 && c->plan_dot) {
			/* dot with boxes, as planned with the legend */
			c->spacing = c->plan_rankdir;
			c->scale = c->plan_scale;
			c->neato_scale[0] = '\0';
			if ((st = layout_with(c, gvc, "dot", size, err)))
				goto done;
		} else if (t == 0 && auto_engine &&
		    c->n_drawn <= (size_t)erg__theme_num(
				      &c->th, "engine.small_max", 40)) {
			/* small: the rule's engine, then the alternatives
			 * (fdp keeps the boxes of affiliated persons, neato
			 * does not; neato from loose to tight spacing); the
			 * first whose labels keep their size wins, else the
			 * one with the largest zoom */
			const char *cand[16], *space[16];
			bool nobox[16] = { false }, best_nobox = false;
			char *spacings = erg__strdup(erg__theme_get(
			    &c->th, "engine.neato_spacing", "0.01"));
			size_t nc = 0, best = 0;
			double bestz = -1;
			char best_scale[64] = "";
			bool passed = false;
			if (!spacings) {
				st = erg__draw_fail(c, ERG_ENOMEM, err);
				goto done;
			}
			cand[nc] = engine;
			space[nc++] = NULL;
			if (strcmp(engine, "dot") == 0) {
				/* dot across the page too: a wide page
				 * suits a left-to-right ranking */
				cand[nc] = engine;
				space[nc++] = erg__theme_get(
				    &c->th, "engine.dot_rankdir_alt", "LR");
			}
			if (c->n_clustered && strcmp(engine, "fdp") != 0) {
				cand[nc] = erg__theme_get(
				    &c->th, "engine.small_alt_clusters", "fdp");
				space[nc++] = NULL;
			}
			if (strcmp(engine, "dot") != 0) {
				cand[nc] = "dot";
				space[nc++] = NULL;
			} else {
				const char *alt = erg__theme_get(
				    &c->th, "engine.small_alt", "neato");
				size_t before = nc;
				char *p = spacings;
				while (p && *p && nc < 8) {
					char *comma = strchr(p, ',');
					if (comma)
						*comma = '\0';
					cand[nc] = alt;
					space[nc++] = p;
					p = comma ? comma + 1 : NULL;
				}
				if (nc == before) {
					cand[nc] = alt;
					space[nc++] = NULL;
				}
			}
			/* neato draws boxes in two levels, which takes room:
			 * then neato without boxes (an affiliation line
			 * instead) before the labels shrink */
			if (c->n_clustered &&
			    erg__theme_num(&c->th, "engine.neato_boxes", 0) >
				0) {
				size_t n0 = nc;
				for (size_t i = 0; i < n0 && nc < 16; i++)
					if (strcmp(cand[i], "neato") == 0) {
						cand[nc] = cand[i];
						space[nc] = space[i];
						nobox[nc++] = true;
					}
			}
			for (size_t i = 0; i < nc && !passed; i++) {
				for (int stretch = 0; stretch < 2; stretch++) {
					double zi, bb[4];
					c->spacing = space[i];
					c->no_boxes = nobox[i];
					if (!stretch)
						c->neato_scale[0] = '\0';
					if ((st = layout_with(c, gvc, cand[i],
							      size, err))) {
						free(spacings);
						goto done;
					}
					zi = fit_zoom(c, aw, ah);
					if (fonts_ok(c, zi)) {
						passed = true;
						break;
					}
					if (zi > bestz) {
						bestz = zi;
						best = i;
						best_nobox = nobox[i];
						snprintf(best_scale,
							 sizeof(best_scale),
							 "%s", c->neato_scale);
					}
					/* neato ignores ratio: try once
					 * more, stretched to the area's
					 * shape before overlaps are removed */
					if (stretch ||
					    strcmp(c->engine, "neato") != 0 ||
					    !read_bb(c->G, bb) ||
					    bb[2] <= bb[0] || bb[3] <= bb[1] ||
					    fabs((bb[2] - bb[0]) /
						     (bb[3] - bb[1]) /
						     (aw / ah) -
						 1) < 0.1) {
						gvFreeLayout(gvc, c->G);
						break;
					}
					{
						double a = (bb[2] - bb[0]) /
							   (bb[3] - bb[1]),
						       want = aw / ah;
						snprintf(c->neato_scale,
							 sizeof(c->neato_scale),
							 "%.3f,%.3f",
							 a < want ? want / a : 1,
							 a < want ? 1 : a / want);
					}
					gvFreeLayout(gvc, c->G);
				}
			}
			if (!passed) {
				c->spacing = space[best];
				c->no_boxes = best_nobox;
				snprintf(c->neato_scale, sizeof(c->neato_scale),
					 "%s", best_scale);
				st = layout_with(c, gvc, cand[best], size, err);
			}
			/* keep the chosen spacing for later tries */
			if (c->spacing) {
				snprintf(c->spacing_buf, sizeof(c->spacing_buf),
					 "%s", c->spacing);
				c->spacing = c->spacing_buf;
			}
			free(spacings);
			if (st)
				goto done;
		} else if ((st = layout_with(c, gvc, engine, size, err))) {
			goto done;
		}
		engine = c->engine; /* after a fallback */
		z = fit_zoom(c, aw, ah);
		if (t == 0) {
			c->bb0[0] = GD_bb(c->G).UR.x - GD_bb(c->G).LL.x;
			c->bb0[1] = GD_bb(c->G).UR.y - GD_bb(c->G).LL.y;
		}
		if (fonts_ok(c, z) || last)
			break;
		gvFreeLayout(gvc, c->G);
		{
			/* fonts raised to what this zoom needs; a small
			 * network keeps every label while raising them
			 * still helps (lines and gaps do not grow with the
			 * fonts, so the zoom falls less than they rise), a
			 * larger one also gives up labels: about the share
			 * of area missing */
			double ratio = c->scale * z / need;
			double scale = need * 1.1 / z;
			size_t drop = (size_t)ceil((double)c->n_labeled *
						   (1 - ratio) * 0.6);
			if (drop < 1)
				drop = 1;
			/* raising the fonts paid: the text fits better by
			 * a twentieth (the zoom is rounded to 0.01: 2.5 %
			 * at 0.4), or by a tenth (a planned dot layout:
			 * its text grows with the fonts) */
			bool gained = t == 0 ||
				      (z >= 0.1 &&
				       z * c->scale > prev_fit * 1.05);
			if (small && ((!dropping && t < 3) || t == neato_from) &&
			    gained)
				drop = 0;
			if (c->boxes_alt && (drop || !gained)) {
				/* the alternative to a planned dot layout
				 * (alt_attempt) that does not reach text.min
				 * with every label: dot's is drawn */
				c->gave_up = true;
				break;
			}
			if (drop && small && c->keep_all) {
				/* the caller draws fewer actors instead: an
				 * estimate of how many fit (the text is
				 * `ratio` of its size; fewer actors also
				 * free lines and gaps) */
				double f = ratio;
				c->gave_up = true;
				c->n_fit = (size_t)((double)c->n_drawn * f);
				if (c->n_fit >= c->n_drawn)
					c->n_fit = c->n_drawn - 1;
				break;
			}
			if (drop && !dropping && small && auto_engine &&
			    strcmp(engine, "neato") != 0) {
				/* dot and fdp keep a place for every actor
				 * whatever its label: labels given up free
				 * room only in neato; start over there */
				const char *sp = erg__theme_get(
				    &c->th, "engine.neato_spacing", "");
				engine = erg__theme_get(
				    &c->th, "engine.small_alt", "neato");
				snprintf(c->spacing_buf, sizeof(c->spacing_buf),
					 "%.*s", (int)strcspn(sp, ","), sp);
				c->spacing =
				    c->spacing_buf[0] ? c->spacing_buf : NULL;
				c->neato_scale[0] = '\0';
				c->no_boxes = true;
				c->scale = 1;
				dropping = true;
				/* its first try may raise the text once before
				 * a label goes (the brief at 0.87 of text.min
				 * lost one, where 1.1 times the text fitted) */
				neato_from = t + 1;
				prev_fit = 0;
				continue;
			}
			if (drop)
				dropping = true;
			prev_fit = z * c->scale;
			k = drop < c->n_labeled ? c->n_labeled - drop : 0;
			if (scale < c->scale * 1.05)
				scale = c->scale * 1.05;
			if (scale > c->scale * 2)
				scale = c->scale * 2;
			/* fonts raised half again that no longer pay (the
			 * layout grows with its labels) stay, labels go:
			 * else lines, arrowheads and dashes grow with every
			 * try (Graphviz widens arrowheads with the pen) */
			if (drop && !gained && c->scale >= 1.5)
				scale = c->scale;
			c->scale = scale < 1 ? 1 : scale;
			if (k == 0) {
				/* nothing left to read: lines and arrows at
				 * their own size */
				c->scale = 1;
				c->show_counts = false;
			}
		}
	}
	*zoom = z;
	if (!auto_engine && small && !c->keep_all &&
	    c->n_labeled < c->n_drawn) {
		/* a small network keeps every name, or says why not: the
		 * engine asked for is the user's choice, not ours to drop */
		gvFreeLayout(gvc, c->G);
		st = erg_error_set(
		    err, ERG_EALGO, NULL, 0, 0,
		    "the layout engine '%s' leaves %zu of the %zu actors "
		    "without a name at %g pt on this page; dot (or the "
		    "engine chosen by default) names them all",
		    c->engine, c->n_drawn - c->n_labeled, c->n_drawn, tmin);
	}
done:
	free(order);
	return st;
}

/* The lines as laid out are dropped: the page layout routes them
 * again between the actors where they are now. */
static void forget_lines(draw_ctx *c)
{
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n))
		for (Agedge_t *e = agfstout(c->G, n); e;
		     e = agnxtout(c->G, e)) {
			erg__draw_set(e, "pos", "");
			erg__draw_set(e, "lp", "");
			erg__draw_set(e, "xlp", "");
		}
}

/* Neato (2.43) ignores ratio=fill: spreads the laid-out network to the
 * area's shape by moving the nodes apart (never closer) along one axis;
 * the lines are routed again by the page layout (c->moved). bb is
 * updated. */
static void spread(draw_ctx *c, double aw, double ah, double bb[4])
{
	double w = bb[2] - bb[0], h = bb[3] - bb[1], sx = 1, sy = 1;
	Agnode_t *n;

	if (w <= 0 || h <= 0 || c->n_cluster_boxes)
		return;
	if (w / h < aw / ah * 0.98)
		sx = (aw / ah) / (w / h);
	else if (w / h > aw / ah * 1.02)
		sy = (w / h) / (aw / ah);
	else
		return;
	for (n = agfstnode(c->G); n; n = agnxtnode(c->G, n)) {
		const char *p = agget(n, "pos");
		double x, y;
		char pos[96];
		if (!p || sscanf(p, "%lf,%lf", &x, &y) != 2)
			continue;
		snprintf(pos, sizeof(pos), "%.2f,%.2f",
			 bb[0] + (x - bb[0]) * sx, bb[1] + (y - bb[1]) * sy);
		erg__draw_set(n, "pos", pos);
	}
	c->moved = true;
	bb[2] = bb[0] + w * sx;
	bb[3] = bb[1] + h * sy;
}

/* Adds a plain overlay node at (x, y) (centre, points). */
static erg_status add_block(draw_ctx *c, const char *name, const char *html,
			    double fontsize, double x, double y,
			    const char *tooltip)
{
	Agnode_t *n;
	char pos[96], nm[64];
	snprintf(nm, sizeof(nm), "%s", name);
	for (unsigned k = 2; agnode(c->G, nm, 0); k++)
		snprintf(nm, sizeof(nm), "%s-%u", name, k);
	if (!(n = agnode(c->G, nm, 1)))
		return ERG_EALGO;
	erg__draw_set(n, "shape", html ? "plain" : "point");
	erg__draw_set(n, "style", html ? "solid" : "invis");
	erg__draw_set(n, "fillcolor", "none");
	erg__draw_set(n, "fontcolor",
		      erg__theme_color(&c->th, "text.color"));
	erg__draw_set_up(n, "fontsize", fontsize);
	erg__draw_set(n, "tooltip", tooltip ? tooltip : " ");
	snprintf(pos, sizeof(pos), "%.2f,%.2f", x, y);
	erg__draw_set(n, "pos", pos);
	if (!html) {
		erg__draw_set(n, "label", "");
		erg__draw_set(n, "width", "0");
		erg__draw_set(n, "height", "0");
		erg__draw_set(n, "fixedsize", "true");
		return ERG_OK;
	}
	return erg__draw_set_html(c->G, n, "label", html);
}

/* The band of the legend in rows of at most `maxw` (layout units, sizes
 * times u), each a block of its own (rows of one table would share its
 * width): a section starts a row, and a section too wide for one row
 * goes on over more. Measures it (*w the widest row, *h the band's
 * height) and, with `add`, places the rows left-aligned at x, the first
 * row's top at y. */
static erg_status band_rows_place(draw_ctx *c, GVC_t *gvc, erg_buf *html,
				  double u, double fs, double maxw, double x,
				  double y, double *w, double *h, bool add)
{
	/* apart by more than twice the margin (esep) that Graphviz keeps
	 * around every node when it routes lines: blocks that touch make
	 * it fall back to straight lines through the actors */
	double gap = 8 * u;
	int section[64];
	bool heading[64], empty = false;
	size_t n = erg__draw_legend_band_items(c, section, heading, 64);
	size_t from = 0;
	erg_status st = ERG_OK;

	*w = *h = 0;
	while (from < n && !st) {
		size_t to = from + 1;
		double rw = 0, rh = 0;
		/* grow the row while it fits (a heading keeps its item) */
		for (;;) {
			double tw, th;
			size_t next = to;
			while (next < n && heading[next - 1])
				next++;
			if (heading[to - 1] && to < n) {
				to = next;
				continue;
			}
			c->band_from = from;
			c->band_to = to;
			if ((st = erg__draw_legend_html(c, html, u,
							LEGEND_BAND_RANGE, 1,
							&empty)) ||
			    (st = measure(c, gvc, html->data, fs * u, &tw,
					  &th)))
				return st;
			if (to > from + 1 && tw > maxw) {
				to--; /* the last item goes on the next row */
				while (to > from + 1 && heading[to - 1])
					to--;
				break;
			}
			rw = tw;
			rh = th;
			if (to >= n || section[to] != section[from])
				break;
			to++;
		}
		c->band_from = from;
		c->band_to = to;
		if ((st = erg__draw_legend_html(c, html, u, LEGEND_BAND_RANGE,
						1, &empty)) ||
		    (st = measure(c, gvc, html->data, fs * u, &rw, &rh)))
			return st;
		if (*h > 0)
			*h += gap;
		if (add)
			st = add_block(c, "ergraph:legend-band", html->data,
				       fs * u, x + rw / 2, y - *h - rh / 2,
				       "Legend");
		*h += rh;
		if (rw > *w)
			*w = rw;
		from = to;
	}
	return st;
}

/* ---- lanes and count labels (on the laid-out page) ---- */

typedef struct {
	Agedge_t *e;
	Agnode_t *a, *b; /* its ends, a before b (node order) */
	int style;       /* 0 solid, 1 dashed, 2 dotted, 3 other */
	double width;    /* of all its strands */
	size_t p0, np;   /* its line as points [p0, p0 + np) */
	double sx, sy;   /* shift from the line to its band's middle */
	double half;     /* half the band's width */
	bool laned;      /* drawn as a lane of its pair */
	size_t order;    /* drawn after the lines of lower order */
} tidy_edge;

/* A box of affiliated persons (a cluster) as laid out. */
typedef struct {
	rect r;
	Agraph_t *sg;
} cluster_box;

static bool point_in_rect(rect r, pointf p, double inset)
{
	return p.x > r.x0 + inset && p.x < r.x1 - inset && p.y > r.y0 + inset &&
	       p.y < r.y1 - inset;
}

/* True when the line of points p[0..n) crosses the border of box k more
 * than a line of its two actors must: once when one of them is in the
 * box, never when both or neither are (the box less 3 points: a line
 * may graze its border). */
static bool crosses_cluster(const cluster_box *k, Agnode_t *a, Agnode_t *b,
			    const pointf *p, size_t n)
{
	bool ina = agsubnode(k->sg, a, 0) != NULL;
	bool inb = agsubnode(k->sg, b, 0) != NULL;
	size_t turns = 0;
	bool was;
	if (n < 2)
		return false;
	was = point_in_rect(k->r, p[0], 3);
	for (size_t i = 1; i < n; i++) {
		bool now = point_in_rect(k->r, p[i], 3);
		turns += now != was;
		was = now;
	}
	return turns > (ina != inb ? 1u : 0u) || (!ina && !inb && was);
}

/* The box of a node (points), grown by pad; empty for the corners. */
static rect node_rect(Agnode_t *n, double pad)
{
	double hw = ND_width(n) * 36, hh = ND_height(n) * 36;
	pointf p = ND_coord(n);
	if (hw <= 0 && hh <= 0)
		return (rect){ 0, 0, 0, 0 };
	return (rect){ p.x - hw - pad, p.y - hh - pad, p.x + hw + pad,
		       p.y + hh + pad };
}

static bool rect_empty(rect r)
{
	return r.x1 <= r.x0 || r.y1 <= r.y0;
}



static int edge_style(Agedge_t *e)
{
	const char *s = agget(e, "style");
	if (!s)
		return 0;
	if (strstr(s, "dashed"))
		return 1;
	if (strstr(s, "dotted"))
		return 2;
	if (strstr(s, "invis"))
		return 3;
	return 0;
}

static int by_lane(const void *x, const void *y)
{
	const tidy_edge *p = x, *q = y;
	if (AGSEQ(p->a) != AGSEQ(q->a))
		return AGSEQ(p->a) < AGSEQ(q->a) ? -1 : 1;
	if (AGSEQ(p->b) != AGSEQ(q->b))
		return AGSEQ(p->b) < AGSEQ(q->b) ? -1 : 1;
	if (p->style != q->style)
		return p->style < q->style ? -1 : 1;
	return AGSEQ(p->e) < AGSEQ(q->e) ? -1 : AGSEQ(p->e) > AGSEQ(q->e);
}

static bool inside_node(Agnode_t *n, pointf rel)
{
	inside_t ictx;
	if (!ND_shape(n) || !ND_shape(n)->fns ||
	    !ND_shape(n)->fns->insidefn)
		return fabs(rel.x) <= ND_width(n) * 36 &&
		       fabs(rel.y) <= ND_height(n) * 36;
	ictx.s.n = n;
	ictx.s.bp = NULL;
	return ND_shape(n)->fns->insidefn(&ictx, rel);
}

/* Where the ray from p (inside node n) along unit vector u leaves the
 * node's shape: found by halving, as Graphviz clips its splines. */
static bool leave_node(Agnode_t *n, pointf p, pointf u, pointf *out)
{
	pointf c = ND_coord(n), rel = { p.x - c.x, p.y - c.y };
	double lo = 0, hi = (ND_width(n) + ND_height(n)) * 72 + 1;
	if (!inside_node(n, rel))
		return false;
	for (int i = 0; i < 30; i++) {
		double mid = (lo + hi) / 2;
		pointf q = { rel.x + u.x * mid, rel.y + u.y * mid };
		if (inside_node(n, q))
			lo = mid;
		else
			hi = mid;
	}
	out->x = p.x + u.x * hi;
	out->y = p.y + u.y * hi;
	return true;
}

/* The line of t becomes one curve from end_a (at its actor a) to end_b
 * through (about) w: a cubic whose two control points pull toward w,
 * keeping its arrowheads along the curve's ends (their length as
 * Graphviz drew them; none when the line is too short for them). */
static void set_curve(tidy_edge *t, pointf end_a, pointf end_b, pointf w)
{
	bezier *bz = &ED_spl(t->e)->list[0];
	bool fwd = agtail(t->e) == t->a;
	pointf s = fwd ? end_a : end_b;
	pointf e = fwd ? end_b : end_a;
	/* the quadratic through w at its middle, as a cubic */
	pointf p = { 2 * w.x - (s.x + e.x) / 2, 2 * w.y - (s.y + e.y) / 2 };
	pointf c1 = { s.x + (p.x - s.x) * 2 / 3, s.y + (p.y - s.y) * 2 / 3 };
	pointf c2 = { e.x + (p.x - e.x) * 2 / 3, e.y + (p.y - e.y) * 2 / 3 };
	double ls = 0, le = 0, dl = hypot(e.x - s.x, e.y - s.y);
	if (bz->sflag)
		ls = hypot(bz->sp.x - bz->list[0].x,
			   bz->sp.y - bz->list[0].y);
	if (bz->eflag)
		le = hypot(bz->ep.x - bz->list[bz->size - 1].x,
			   bz->ep.y - bz->list[bz->size - 1].y);
	if (ls + le > dl * 0.8)
		ls = le = 0; /* too short for its arrows: none */
	if (bz->sflag && ls > 0) {
		double k = hypot(c1.x - s.x, c1.y - s.y);
		bz->sp = s;
		if (k > 0)
			s = (pointf){ s.x + (c1.x - s.x) / k * ls,
				      s.y + (c1.y - s.y) / k * ls };
	} else {
		bz->sflag = 0;
	}
	if (bz->eflag && le > 0) {
		double k = hypot(c2.x - e.x, c2.y - e.y);
		bz->ep = e;
		if (k > 0)
			e = (pointf){ e.x + (c2.x - e.x) / k * le,
				      e.y + (c2.y - e.y) / k * le };
	} else {
		bz->eflag = 0;
	}
	bz->size = 4;
	bz->list[0] = s;
	bz->list[1] = c1;
	bz->list[2] = c2;
	bz->list[3] = e;
	ED_spl(t->e)->size = 1;
}

/* The line of t becomes straight from end_a (at its actor a) to end_b,
 * keeping its arrowheads (their length as Graphviz drew them; none when
 * the line is too short for them): the curve through the middle. */
static void set_straight(tidy_edge *t, pointf end_a, pointf end_b)
{
	set_curve(t, end_a, end_b,
		  (pointf){ (end_a.x + end_b.x) / 2, (end_a.y + end_b.y) / 2 });
}

/* The lines between one pair of actors [from, to) become straight
 * parallel lanes, side by side in style order, when the straight band
 * between the two passes no other node and every lane starts and ends
 * inside its actor's shape. Each line keeps its own arrowheads (their
 * length as Graphviz drew them). */
static void make_lanes(draw_ctx *c, tidy_edge *te, size_t from, size_t to,
		       const rect *boxes, Agnode_t **bnodes, size_t nboxes,
		       const cluster_box *cl, size_t ncl)
{
	double gap = erg__theme_num(&c->th, "pair.lane_gap", 4) * c->scale;
	pointf A = ND_coord(te[from].a), B = ND_coord(te[from].b), u, nv;
	pointf ends[64][2];
	double W = 0, off[64], len;
	size_t m = to - from;

	if (m < 2 || m > 64)
		return;
	len = hypot(B.x - A.x, B.y - A.y);
	if (len < 1)
		return;
	u = (pointf){ (B.x - A.x) / len, (B.y - A.y) / len };
	nv = (pointf){ -u.y, u.x };
	for (size_t i = from; i < to; i++)
		W += te[i].width + (i > from ? gap : 0);
	{
		double acc = -W / 2;
		for (size_t i = from; i < to; i++) {
			off[i - from] = acc + te[i].width / 2;
			acc += te[i].width + gap;
		}
	}
	/* the band's two edges and middle clear every other node */
	for (int side = -1; side <= 1; side++) {
		pointf p = { A.x + nv.x * side * W / 2,
			     A.y + nv.y * side * W / 2 };
		pointf q = { B.x + nv.x * side * W / 2,
			     B.y + nv.y * side * W / 2 };
		pointf line[33];
		for (size_t k = 0; k < nboxes; k++)
			if (bnodes[k] != te[from].a &&
			    bnodes[k] != te[from].b &&
			    seg_hits_rect(p, q, boxes[k]))
				return;
		/* nor crosses a box of affiliated persons more than its
		 * actors must */
		for (int k = 0; k <= 32; k++)
			line[k] = (pointf){ p.x + (q.x - p.x) * k / 32,
					    p.y + (q.y - p.y) * k / 32 };
		for (size_t k = 0; k < ncl; k++)
			if (crosses_cluster(&cl[k], te[from].a, te[from].b,
					    line, 33))
				return;
	}
	for (size_t i = 0; i < m; i++) {
		pointf pa = { A.x + nv.x * off[i], A.y + nv.y * off[i] };
		pointf pb = { B.x + nv.x * off[i], B.y + nv.y * off[i] };
		pointf nu = { -u.x, -u.y };
		if (!leave_node(te[from].a, pa, u, &ends[i][0]) ||
		    !leave_node(te[from].b, pb, nu, &ends[i][1]))
			return;
		/* room for the line between the two shapes */
		if ((ends[i][1].x - ends[i][0].x) * u.x +
			(ends[i][1].y - ends[i][0].y) * u.y <
		    8)
			return;
	}
	for (size_t i = 0; i < m; i++) {
		tidy_edge *t = &te[from + i];
		set_straight(t, ends[i][0], ends[i][1]);
		t->sx = -nv.x * off[i];
		t->sy = -nv.y * off[i];
		t->half = W / 2;
		t->laned = true;
	}
}

/* Whether the cubic pieces of the points p[0..n) (n = 3k + 1) meet a
 * node other than a and b (boxes less a point). */
static bool curve_hits(const pointf *p, size_t n, Agnode_t *a, Agnode_t *b,
		       const rect *boxes, Agnode_t **bnodes, size_t nboxes)
{
	for (size_t k = 0; k + 3 < n; k += 3) {
		pointf prev = p[k];
		for (int q = 1; q <= 8; q++) {
			double t = q / 8.0, u = 1 - t;
			pointf at = {
			    u * u * u * p[k].x + 3 * u * u * t * p[k + 1].x +
				3 * u * t * t * p[k + 2].x + t * t * t * p[k + 3].x,
			    u * u * u * p[k].y + 3 * u * u * t * p[k + 1].y +
				3 * u * t * t * p[k + 2].y +
				t * t * t * p[k + 3].y };
			for (size_t j = 0; j < nboxes; j++) {
				rect r = { boxes[j].x0 + 1, boxes[j].y0 + 1,
					   boxes[j].x1 - 1, boxes[j].y1 - 1 };
				if (bnodes[j] != a && bnodes[j] != b &&
				    !rect_empty(r) && seg_hits_rect(prev, at, r))
					return true;
			}
			prev = at;
		}
	}
	return false;
}

/* Whether the cubic pieces of p[0..n) cross a box of affiliated persons
 * more often than a line of a and b must (crosses_cluster). */
static bool curve_crosses_box(const pointf *p, size_t n, Agnode_t *a,
			      Agnode_t *b, const cluster_box *cl, size_t ncl)
{
	pointf line[257];
	size_t k = 0;
	for (size_t j = 0; j + 3 < n && k + 9 < 257; j += 3)
		for (int q = j ? 1 : 0; q <= 8; q++) {
			double t = q / 8.0, u = 1 - t;
			line[k++] = (pointf){
			    u * u * u * p[j].x + 3 * u * u * t * p[j + 1].x +
				3 * u * t * t * p[j + 2].x + t * t * t * p[j + 3].x,
			    u * u * u * p[j].y + 3 * u * u * t * p[j + 1].y +
				3 * u * t * t * p[j + 2].y +
				t * t * t * p[j + 3].y };
		}
	for (size_t j = 0; j < ncl; j++)
		if (crosses_cluster(&cl[j], a, b, line, k))
			return true;
	return false;
}

/* The points of bezier b moved across its way by `off` (left of the way
 * from its tail to its head, times sgn) into q; sp and ep likewise. */
static void offset_points(const bezier *b, double off, double sgn, pointf *q,
			  pointf *sp, pointf *ep)
{
	const pointf *p = b->list;
	size_t n = (size_t)b->size;
	pointf nm = { 0, 0 };
	for (size_t k = 0; k < n; k++) {
		pointf d = { p[k + 1 < n ? k + 1 : k].x - p[k ? k - 1 : k].x,
			     p[k + 1 < n ? k + 1 : k].y - p[k ? k - 1 : k].y };
		double l = hypot(d.x, d.y);
		if (l > 0)
			nm = (pointf){ -d.y / l * sgn, d.x / l * sgn };
		q[k] = (pointf){ p[k].x + nm.x * off, p[k].y + nm.y * off };
	}
	*sp = b->sp;
	*ep = b->ep;
	if (n >= 2) {
		pointf d = { p[1].x - p[0].x, p[1].y - p[0].y };
		double l = hypot(d.x, d.y);
		if (l > 0)
			*sp = (pointf){ b->sp.x - d.y / l * sgn * off,
					b->sp.y + d.x / l * sgn * off };
		d = (pointf){ p[n - 1].x - p[n - 2].x, p[n - 1].y - p[n - 2].y };
		l = hypot(d.x, d.y);
		if (l > 0)
			*ep = (pointf){ b->ep.x - d.y / l * sgn * off,
					b->ep.y + d.x / l * sgn * off };
	}
}

/* The lines between one pair [from, to) that run on one route (the
 * route of preroute_parallel, given to each) become lanes beside it:
 * every control point moved across the route, by its lane's offset
 * (as make_lanes orders and spaces them), along the route's normal
 * there, arrowheads with them; the lanes centred on the route, else
 * all on one side of it or the other, whichever first passes no other
 * actor and no box more than it must (else they stay on the route).
 * Lines on routes of their own are left. */
static erg_status offset_lanes(draw_ctx *c, tidy_edge *te, size_t from,
			       size_t to, const rect *boxes, Agnode_t **bnodes,
			       size_t nboxes, const cluster_box *cl, size_t ncl)
{
	double gap = erg__theme_num(&c->th, "pair.lane_gap", 4) * c->scale;
	double W = 0;
	bezier *b0 = &ED_spl(te[from].e)->list[0];
	bool fwd0 = agtail(te[from].e) == te[from].a;
	pointf mid0 = b0->list[b0->size / 2];
	size_t n = (size_t)b0->size, m = to - from;
	pointf *q;
	int shift = 0;

	if (m < 2 || n < 4)
		return ERG_OK;
	/* one route: the same points, each line from its tail */
	for (size_t i = from + 1; i < to; i++) {
		bezier *b = &ED_spl(te[i].e)->list[0];
		bool fwd = agtail(te[i].e) == te[i].a;
		pointf mm;
		if ((size_t)b->size != n)
			return ERG_OK;
		mm = b->list[fwd == fwd0 ? n / 2 : n - 1 - n / 2];
		if (hypot(mm.x - mid0.x, mm.y - mid0.y) > 0.5)
			return ERG_OK;
	}
	if (!(q = malloc(m * n * sizeof(*q))))
		return ERG_ENOMEM;
	for (size_t i = from; i < to; i++)
		W += te[i].width + (i > from ? gap : 0);
	/* shift 0: centred; 1 and -1: the route at one edge of the band */
	for (int v = 0; v < 3; v++) {
		int sh = v == 0 ? 0 : v == 1 ? 1 : -1;
		double acc = -W / 2 + sh * W / 2;
		bool hit = false;
		for (size_t i = from; i < to && !hit; i++) {
			bezier *b = &ED_spl(te[i].e)->list[0];
			double sgn = agtail(te[i].e) == te[i].a ? 1 : -1;
			pointf sp, ep;
			offset_points(b, acc + te[i].width / 2, sgn,
				      q + (i - from) * n, &sp, &ep);
			acc += te[i].width + gap;
			hit = curve_hits(q + (i - from) * n, n, te[i].a,
					 te[i].b, boxes, bnodes, nboxes) ||
			      curve_crosses_box(q + (i - from) * n, n, te[i].a,
						te[i].b, cl, ncl);
		}
		if (!hit) {
			shift = sh;
			break;
		}
		if (v == 2) {
			/* no room beside the route: the lines stay on it
			 * (one over the other) rather than run through an
			 * actor or a box */
			free(q);
			return ERG_OK;
		}
	}
	{
		double acc = -W / 2 + shift * W / 2;
		for (size_t i = from; i < to; i++) {
			tidy_edge *t = &te[i];
			bezier *b = &ED_spl(t->e)->list[0];
			double sgn = agtail(t->e) == t->a ? 1 : -1;
			double off = acc + t->width / 2;
			pointf sp, ep, *p = q + (i - from) * n;
			offset_points(b, off, sgn, p, &sp, &ep);
			acc += t->width + gap;
			{
				pointf d = { p[n / 2].x - b->list[n / 2].x,
					     p[n / 2].y - b->list[n / 2].y };
				/* from the line to the band's middle */
				double mo = -(shift * W / 2);
				double l = hypot(d.x, d.y);
				t->sx = -d.x;
				t->sy = -d.y;
				if (l > 0 && fabs(off) > 0) {
					t->sx = -d.x / off * (off - mo);
					t->sy = -d.y / off * (off - mo);
				}
			}
			memcpy(b->list, p, n * sizeof(*p));
			b->sp = sp;
			b->ep = ep;
			t->half = W / 2;
			t->laned = true;
		}
	}
	free(q);
	return ERG_OK;
}

/* Samples the lines of the edges into points (8 per Bezier piece). */
static erg_status sample_lines(tidy_edge *te, size_t n, pointf **pts,
			       size_t *npts)
{
	size_t cap = 0, k = 0;
	pointf *p = NULL;
	for (size_t i = 0; i < n; i++) {
		splines *spl = ED_spl(te[i].e);
		te[i].p0 = k;
		te[i].np = 0;
		for (int j = 0; spl && j < spl->size; j++) {
			bezier *bz = &spl->list[j];
			for (int s = 0; s + 3 < bz->size; s += 3)
				for (int q = 0; q <= 8; q++) {
					double t = q / 8.0, v = 1 - t;
					pointf *c4 = &bz->list[s];
					if (q == 0 && s > 0)
						continue;
					if (erg__grow((void **)&p, &cap, k + 1,
						      sizeof(*p))) {
						free(p);
						return ERG_ENOMEM;
					}
					p[k].x = v * v * v * c4[0].x +
						 3 * v * v * t * c4[1].x +
						 3 * v * t * t * c4[2].x +
						 t * t * t * c4[3].x;
					p[k].y = v * v * v * c4[0].y +
						 3 * v * v * t * c4[1].y +
						 3 * v * t * t * c4[2].y +
						 t * t * t * c4[3].y;
					k++;
					te[i].np++;
				}
		}
	}
	*pts = p;
	*npts = k;
	return ERG_OK;
}

/* The point at fraction f of the length of a polyline, and the unit
 * direction there. */
static void along(const pointf *p, size_t n, double f, pointf *at,
		  pointf *dir)
{
	double total = 0, goal, acc = 0;
	for (size_t i = 1; i < n; i++)
		total += hypot(p[i].x - p[i - 1].x, p[i].y - p[i - 1].y);
	goal = total * f;
	*at = p[0];
	*dir = (pointf){ 1, 0 };
	for (size_t i = 1; i < n; i++) {
		double l = hypot(p[i].x - p[i - 1].x, p[i].y - p[i - 1].y);
		if (l <= 0)
			continue;
		*dir = (pointf){ (p[i].x - p[i - 1].x) / l,
				 (p[i].y - p[i - 1].y) / l };
		if (acc + l >= goal) {
			double t = (goal - acc) / l;
			*at = (pointf){ p[i - 1].x + (p[i].x - p[i - 1].x) * t,
					p[i - 1].y + (p[i].y - p[i - 1].y) * t };
			return;
		}
		acc += l;
		*at = p[i];
	}
}

/* What a label box r costs: 80 per other line over it (drawn later:
 * more than a place on its own line),
 * 8 per line under it (drawn before: the label's patch hides it), 40
 * for its own band (the lines of its pair) under a label on the line
 * (`own`; other places ignore them), and 1000 plus the
 * overlapping area when it overlaps a node, a label placed before or
 * leaves the page. */
static double label_cost(const tidy_edge *te, size_t n, size_t i,
			 const pointf *pts, const rect *boxes, size_t nboxes,
			 const cluster_box *cl, size_t ncl,
			 const rect *placed, size_t np, rect page, rect r,
			 bool own)
{
	double cost = 0, bad = 0;
	if (r.x0 < page.x0 || r.x1 > page.x1 || r.y0 < page.y0 ||
	    r.y1 > page.y1)
		bad += 1e6;
	for (size_t k = 0; k < nboxes; k++)
		bad += rect_overlap(r, boxes[k]);
	/* a box of affiliated persons: the count wholly outside it, or
	 * wholly inside when both its actors are in it; never on its
	 * border */
	for (size_t k = 0; k < ncl; k++) {
		double ov = rect_overlap(r, cl[k].r);
		bool inside = r.x0 >= cl[k].r.x0 && r.x1 <= cl[k].r.x1 &&
			      r.y0 >= cl[k].r.y0 && r.y1 <= cl[k].r.y1;
		if (ov > 0 && !(inside && agsubnode(cl[k].sg, te[i].a, 0) &&
				agsubnode(cl[k].sg, te[i].b, 0)))
			bad += ov + 1;
	}
	for (size_t k = 0; k < np; k++)
		bad += rect_overlap(r, placed[k]);
	{
		/* lines that pass within 1.5 points count (the patch
		 * under the count is drawn a little larger than it) */
		rect rl = { r.x0 - 1.5, r.y0 - 1.5, r.x1 + 1.5, r.y1 + 1.5 };
		bool on_own = false;
		for (size_t o = 0; o < n; o++) {
			/* the lines of its own pair: its band */
			bool mine = te[o].a == te[i].a && te[o].b == te[i].b;
			if (mine && (!own || on_own))
				continue;
			for (size_t k = 1; k < te[o].np; k++)
				if (seg_hits_rect(pts[te[o].p0 + k - 1],
						  pts[te[o].p0 + k], rl)) {
					on_own |= mine;
					cost += mine ? 40
						: te[o].order < te[i].order
						    ? 8
						    : 80;
					break;
				}
		}
	}
	return bad > 0 ? cost + 1000 + bad : cost;
}

/* Places each count label beside its line (its band's, for a lane):
 * at the first of the points from the middle outwards, either side,
 * whose box overlaps no node and no label placed before, with the
 * fewest other lines under it; on the line (over a patch of the page's
 * colour) only when neither side is free. When every place along the
 * line overlaps something, the nearest free place on rings around the
 * line's middle (when it only lies on another line, a free place one
 * ring out); else the least costly place. */
static void place_labels(draw_ctx *c, tidy_edge *te, size_t n,
			 const pointf *pts, const rect *boxes, size_t nboxes,
			 const cluster_box *cl, size_t ncl, rect *placed,
			 rect page)
{
	static const double frac[] = { 0.5,  0.4,  0.6,  0.3,  0.7,
				       0.22, 0.78, 0.15, 0.85 };
	double gap = erg__theme_num(&c->th, "count.gap", 3) * c->scale;
	size_t np = 0;

	for (size_t i = 0; i < n; i++) {
		textlabel_t *lab = ED_label(te[i].e) ? ED_label(te[i].e)
						     : ED_xlabel(te[i].e);
		double hw, hh, best = HUGE_VAL;
		pointf bestp = { 0, 0 }, mid = { 0, 0 };
		if (!lab || te[i].np < 2)
			continue;
		hw = lab->dimen.x / 2;
		hh = lab->dimen.y / 2;
		for (size_t f = 0; f < sizeof(frac) / sizeof(frac[0]); f++) {
			pointf at, d, nrm;
			along(pts + te[i].p0, te[i].np, frac[f], &at, &d);
			at.x += te[i].sx;
			at.y += te[i].sy;
			if (f == 0)
				mid = at;
			nrm = (pointf){ -d.y, d.x };
			for (int cand = 0; cand < 7; cand++) {
				/* on the line, then either side, then
				 * farther out by half its size */
				int side = cand == 0 ? 0 : cand % 2 ? 1 : -1;
				double step = (double)((cand - 1) / 2);
				double reach = hw * fabs(nrm.x) +
					       hh * fabs(nrm.y);
				double dist = side ? reach * (1 + step * 0.5) +
							 te[i].half + gap
						   : 0;
				pointf q = { at.x + nrm.x * dist * side,
					     at.y + nrm.y * dist * side };
				rect r = { q.x - hw, q.y - hh, q.x + hw,
					   q.y + hh };
				double cost =
				    (double)f * 2 + (side ? step * 6 : 30) +
				    label_cost(te, n, i, pts, boxes, nboxes,
					       cl, ncl, placed, np, page, r,
					       !side && te[i].half * 2 >
							    erg__draw_edge_width(te[i].e) +
								0.5);
				if (cost < best) {
					best = cost;
					bestp = q;
				}
			}
		}
		/* rings around the middle, one label height apart: when
		 * every place beside the line overlaps something; when it
		 * only lies on another line, the first ring (farther out a
		 * count reads as another line's) */
		for (int ring = 1; ring <= (best >= 1000 ? 10 : 1) && best >= 60;
		     ring++) {
			double rad = ring * (hh * 2 + gap);
			for (int a = 0; a < 16; a++) {
				double th = a * M_PI / 8;
				pointf q = { mid.x + cos(th) * (rad + hw * 0.5),
					     mid.y + sin(th) * rad };
				rect r = { q.x - hw, q.y - hh, q.x + hw,
					   q.y + hh };
				double cost =
				    30 + ring * 15 +
				    label_cost(te, n, i, pts, boxes, nboxes,
					       cl, ncl, placed, np, page, r,
					       false);
				if (cost < best) {
					best = cost;
					bestp = q;
				}
			}
		}
		if (best == HUGE_VAL)
			continue;
		lab->pos = bestp;
		lab->set = TRUE;
		placed[np++] = (rect){ bestp.x - hw, bestp.y - hh, bestp.x + hw,
				       bestp.y + hh };
	}
}

/* A count is drawn with the line it is set on, over what was drawn
 * before it: on a band, the lines of the pair drawn after it ran across
 * it (the cooperation layer's ×5 under two dotted lines). Each count
 * goes to the line of its pair drawn last, at the place found, with its
 * hover text. */
static void last_of_pair(tidy_edge *te, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t last = i;
		bool x = !ED_label(te[i].e);
		textlabel_t *lab = x ? ED_xlabel(te[i].e) : ED_label(te[i].e);
		if (!lab || !lab->set)
			continue;
		for (size_t o = 0; o < n; o++)
			if (te[o].a == te[i].a && te[o].b == te[i].b &&
			    te[o].order > te[last].order &&
			    !ED_label(te[o].e) && !ED_xlabel(te[o].e))
				last = o;
		if (last == i)
			continue;
		{
			/* its hover text goes with it */
			const char *tip = agget(te[i].e, "labeltooltip");
			char *keep = tip && tip[0] ? erg__strdup(tip) : NULL;
			if (keep)
				erg__draw_set(te[last].e, "labeltooltip", keep);
			free(keep);
		}
		if (x) {
			ED_xlabel(te[last].e) = lab;
			ED_xlabel(te[i].e) = NULL;
		} else {
			ED_label(te[last].e) = lab;
			ED_label(te[i].e) = NULL;
		}
	}
}

/* True when the sampled line of t passes through a box other than its
 * actors' (boxes shrunk by 2 points: a line may graze a corner). */
static bool crosses_box(const tidy_edge *t, const pointf *pts,
			const rect *boxes, Agnode_t **bnodes, size_t nboxes)
{
	for (size_t k = 0; k < nboxes; k++) {
		rect r = { boxes[k].x0 + 3, boxes[k].y0 + 3, boxes[k].x1 - 3,
			   boxes[k].y1 - 3 };
		if (bnodes[k] == t->a || bnodes[k] == t->b || rect_empty(r))
			continue;
		for (size_t i = 1; i < t->np; i++)
			if (seg_hits_rect(pts[t->p0 + i - 1], pts[t->p0 + i],
					  r))
				return true;
	}
	return false;
}

/* The line of t (actors' centres A and B, u the unit vector from A to
 * B) as a curve through a point beside the middle, the nearest of a few
 * either side (steps of 3/8 of an actor's height, up to 3 heights) whose curve passes no other
 * actor and crosses boxes of affiliated persons only as it must. True
 * when one was found. */
#define DETOUR_STEPS 24
/* The line of t as the quadratic from its actors' shapes (centres A
 * and B) through w at its middle, when that passes no other actor, stays
 * on the page and crosses boxes of affiliated persons only as it must;
 * true when set. */
static bool try_curve(tidy_edge *t, pointf A, pointf B, pointf w,
		      const rect *boxes, Agnode_t **bnodes, size_t nboxes,
		      const cluster_box *cl, size_t ncl, rect page)
{
	pointf p = { 2 * w.x - (A.x + B.x) / 2, 2 * w.y - (A.y + B.y) / 2 };
	pointf ua = { p.x - A.x, p.y - A.y }, ub = { p.x - B.x, p.y - B.y };
	pointf ea, eb, line[33];
	double la = hypot(ua.x, ua.y), lb = hypot(ub.x, ub.y);
	bool clear = true;

	if (la <= 0 || lb <= 0)
		return false;
	ua = (pointf){ ua.x / la, ua.y / la };
	ub = (pointf){ ub.x / lb, ub.y / lb };
	if (!leave_node(t->a, A, ua, &ea) || !leave_node(t->b, B, ub, &eb))
		return false;
	/* the quadratic from ea to eb with control point p */
	for (int q = 0; q <= 32; q++) {
		double s = q / 32.0, r = 1 - s;
		line[q] = (pointf){ r * r * ea.x + 2 * r * s * p.x + s * s * eb.x,
				    r * r * ea.y + 2 * r * s * p.y + s * s * eb.y };
	}
	/* on the page */
	for (int q = 0; q <= 32 && clear; q++)
		clear = line[q].x >= page.x0 && line[q].x <= page.x1 &&
			line[q].y >= page.y0 && line[q].y <= page.y1;
	for (size_t j = 0; j < nboxes && clear; j++) {
		rect r = { boxes[j].x0 + 3, boxes[j].y0 + 3, boxes[j].x1 - 3,
			   boxes[j].y1 - 3 };
		if (bnodes[j] == t->a || bnodes[j] == t->b || rect_empty(r))
			continue;
		for (int q = 1; q <= 32 && clear; q++)
			if (seg_hits_rect(line[q - 1], line[q], r))
				clear = false;
	}
	for (size_t j = 0; j < ncl && clear; j++)
		if (crosses_cluster(&cl[j], t->a, t->b, line, 33))
			clear = false;
	if (!clear)
		return false;
	set_curve(t, ea, eb, line[16]);
	return true;
}

static bool detour(tidy_edge *t, pointf A, pointf B, pointf u,
		   const rect *boxes, Agnode_t **bnodes, size_t nboxes,
		   const cluster_box *cl, size_t ncl, rect page)
{
	double step = fmax(ND_height(t->a), ND_height(t->b)) * 72 * 0.75;
	pointf m = { (A.x + B.x) / 2, (A.y + B.y) / 2 }, nrm = { -u.y, u.x };

	for (int k = 1; k <= DETOUR_STEPS; k++) {
		double off = step * 0.5 * ((k + 1) / 2) * (k % 2 ? 1 : -1);
		pointf w = { m.x + nrm.x * off, m.y + nrm.y * off };
		if (try_curve(t, A, B, w, boxes, bnodes, nboxes, cl, ncl, page))
			return true;
	}
	/* round the corner of a box it clips: through a point beyond the
	 * corner nearest its middle, a little farther each try */
	for (size_t j = 0; j < ncl; j++) {
		const rect *r = &cl[j].r;
		pointf cs[4] = { { r->x0, r->y0 },
				 { r->x1, r->y0 },
				 { r->x0, r->y1 },
				 { r->x1, r->y1 } };
		int order[4] = { 0, 1, 2, 3 };
		for (int a = 0; a < 4; a++)
			for (int b = a + 1; b < 4; b++)
				if (hypot(cs[order[b]].x - m.x,
					  cs[order[b]].y - m.y) <
				    hypot(cs[order[a]].x - m.x,
					  cs[order[a]].y - m.y)) {
					int x = order[a];
					order[a] = order[b];
					order[b] = x;
				}
		for (int a = 0; a < 2; a++)
			for (int k = 1; k <= 4; k++) {
				pointf c = cs[order[a]];
				double dx = c.x == r->x0 ? -1 : 1;
				double dy = c.y == r->y0 ? -1 : 1;
				double d = step * 0.4 * k;
				pointf w = { c.x + dx * d, c.y + dy * d };
				if (try_curve(t, A, B, w, boxes, bnodes,
					      nboxes, cl, ncl, page))
					return true;
			}
	}
	return false;
}

/* A line that Graphviz routed through another actor's box (its router
 * gives up on some multi-edges and tight spots), or across a box of
 * affiliated persons more often than its actors need (dot routes lines
 * between boxes along their borders, in and out), is drawn straight
 * between its actors' shapes instead when that straight line passes no
 * other actor and crosses the boxes only as it must. True when a line
 * changed. */
static bool straighten_crossing(tidy_edge *te, size_t n, const pointf *pts,
				const rect *boxes, Agnode_t **bnodes,
				size_t nboxes, const cluster_box *cl,
				size_t ncl, rect page)
{
	bool any = false;
	for (size_t i = 0; i < n; i++) {
		tidy_edge *t = &te[i];
		pointf A = ND_coord(t->a), B = ND_coord(t->b), u, ea, eb;
		pointf line[33];
		double len = hypot(B.x - A.x, B.y - A.y);
		bool clear = true, crossing;
		if (t->laned || ED_spl(t->e)->size != 1 || len < 1)
			continue;
		crossing = crosses_box(t, pts, boxes, bnodes, nboxes);
		for (size_t k = 0; k < ncl && !crossing; k++)
			crossing = crosses_cluster(&cl[k], t->a, t->b,
						   pts + t->p0, t->np);
		if (!crossing)
			continue;
		u = (pointf){ (B.x - A.x) / len, (B.y - A.y) / len };
		if (!leave_node(t->a, A, u, &ea) ||
		    !leave_node(t->b, B, (pointf){ -u.x, -u.y }, &eb))
			continue;
		for (size_t k = 0; k < nboxes && clear; k++)
			if (bnodes[k] != t->a && bnodes[k] != t->b &&
			    seg_hits_rect(ea, eb, boxes[k]))
				clear = false;
		for (int q = 0; q <= 32; q++)
			line[q] = (pointf){ ea.x + (eb.x - ea.x) * q / 32,
					    ea.y + (eb.y - ea.y) * q / 32 };
		for (size_t k = 0; k < ncl && clear; k++)
			if (crosses_cluster(&cl[k], t->a, t->b, line, 33))
				clear = false;
		if (clear) {
			set_straight(t, ea, eb);
			any = true;
			continue;
		}
		/* through another actor either way (the brief's Russia to
		 * Choe Son Hui across North Korea), or across a box more
		 * often than it must (a box in one column: North Korea's
		 * line from the UN Security Council along the persons
		 * above it), a curve around it */
		any |= detour(t, A, B, u, boxes, bnodes, nboxes, cl, ncl,
			      page);
	}
	return any;
}

/* True when the line of t runs through the box of an actor other than
 * its own (boxes less 3 points). */
static bool line_hits_actor(const tidy_edge *t, const rect *boxes,
			    Agnode_t **bnodes, size_t nboxes)
{
	splines *spl = ED_spl(t->e);
	for (int j = 0; j < spl->size; j++) {
		bezier *bz = &spl->list[j];
		for (int s = 0; s + 3 < bz->size; s += 3) {
			pointf *c4 = &bz->list[s], prev = c4[0];
			for (int q = 1; q <= 16; q++) {
				double u = q / 16.0, v = 1 - u;
				pointf p = {
					v * v * v * c4[0].x +
					    3 * v * v * u * c4[1].x +
					    3 * v * u * u * c4[2].x +
					    u * u * u * c4[3].x,
					v * v * v * c4[0].y +
					    3 * v * v * u * c4[1].y +
					    3 * v * u * u * c4[2].y +
					    u * u * u * c4[3].y
				};
				for (size_t o = 0; o < nboxes; o++) {
					rect r = { boxes[o].x0 + 3,
						   boxes[o].y0 + 3,
						   boxes[o].x1 - 3,
						   boxes[o].y1 - 3 };
					if (bnodes[o] != t->a &&
					    bnodes[o] != t->b &&
					    !rect_empty(r) &&
					    seg_hits_rect(prev, p, r))
						return true;
				}
				prev = p;
			}
		}
	}
	return false;
}

/* Lines that run along the border of a box of affiliated persons that
 * holds neither of their actors (dot routes lines past a box as close as
 * its margin lets them, and one hugging the border reads as the box's
 * or as inside it) are moved off it: each of their control points within
 * `d` of the border (inside or out) is put `d` outside, unless that
 * lands on an actor. A line that passes through the box (a point deeper
 * inside) is left alone. A line with one actor in the box is moved so
 * too, except near that actor: it runs outside the box and enters it
 * where its actor is, rather than along the border inside. True when a
 * line changed. */
static bool clear_borders(tidy_edge *te, size_t n, const cluster_box *cl,
			  size_t ncl, const rect *boxes, Agnode_t **bnodes,
			  size_t nboxes, double d)
{
	bool any = false;
	pointf keep[256];
	for (size_t i = 0; i < n; i++) {
		tidy_edge *t = &te[i];
		splines *spl = ED_spl(t->e);
		size_t nk = 0;
		bool moved = false, hit;
		if (t->laned || !spl)
			continue;
		hit = line_hits_actor(t, boxes, bnodes, nboxes);
		/* its points as they are, to go back to when the moved
		 * line would run through an actor (that it did not) */
		for (int j = 0; j < spl->size; j++)
			for (int q = 0; q < spl->list[j].size && nk < 256; q++)
				keep[nk++] = spl->list[j].list[q];
		if (nk == 256)
			continue;
		for (size_t k = 0; k < ncl; k++) {
			rect r = cl[k].r;
			bool deep = false;
			int ends = (agsubnode(cl[k].sg, t->a, 0) != NULL) +
				   (agsubnode(cl[k].sg, t->b, 0) != NULL);
			Agnode_t *inside =
			    agsubnode(cl[k].sg, t->a, 0) ? t->a : t->b;
			if (ends == 2)
				continue;
			for (int j = 0; j < spl->size && !deep && !ends; j++)
				for (int q = 0; q < spl->list[j].size; q++)
					deep |= point_in_rect(
					    r, spl->list[j].list[q], d);
			if (deep)
				continue;
			for (int j = 0; j < spl->size; j++) {
				bezier *bz = &spl->list[j];
				for (int q = 0; q < bz->size; q++) {
					pointf p = bz->list[q], np;
					double cx, cy, dx, dy, dist;
					bool clear = true;
					/* the ends stay on their actors */
					if ((j == 0 && q == 0) ||
					    (j == spl->size - 1 &&
					     q == bz->size - 1))
						continue;
					cx = fmin(fmax(p.x, r.x0), r.x1);
					cy = fmin(fmax(p.y, r.y0), r.y1);
					dx = p.x - cx;
					dy = p.y - cy;
					dist = hypot(dx, dy);
					if (dist >= d)
						continue;
					if (dist > 1e-9) {
						np = (pointf){ cx + dx / dist * d,
							       cy + dy / dist * d };
					} else if (ends &&
						   point_in_rect(node_rect(inside,
									   3 * d),
								 p, 0)) {
						continue; /* where it enters */
					} else {
						/* inside: out across the
						 * nearest side */
						double l = p.x - r.x0,
						       rr = r.x1 - p.x,
						       b = p.y - r.y0,
						       tp = r.y1 - p.y;
						double m = fmin(fmin(l, rr),
								fmin(b, tp));
						np = p;
						if (m == l)
							np.x = r.x0 - d;
						else if (m == rr)
							np.x = r.x1 + d;
						else if (m == b)
							np.y = r.y0 - d;
						else
							np.y = r.y1 + d;
					}
					for (size_t o = 0; o < nboxes && clear;
					     o++)
						if (bnodes[o] != t->a &&
						    bnodes[o] != t->b &&
						    point_in_rect(boxes[o], np,
								  0))
							clear = false;
					if (!clear)
						continue;
					bz->list[q] = np;
					moved = true;
				}
			}
		}
		if (moved && !hit && line_hits_actor(t, boxes, bnodes, nboxes)) {
			nk = 0;
			for (int j = 0; j < spl->size; j++)
				for (int q = 0; q < spl->list[j].size; q++)
					spl->list[j].list[q] = keep[nk++];
		} else {
			any |= moved;
		}
	}
	return any;
}

/* After the page layout (c->G laid out by nop2): the lines between one
 * pair of actors as parallel lanes, then the count labels placed clear
 * of actors, blocks and each other. Changes only the layout's splines
 * and label positions, which the renderers draw. */
static erg_status tidy_edges(draw_ctx *c, double z)
{
	size_t nn = 0, ne = 0, cap_n = 0, cap_b = 0, cap_e = 0, npts = 0,
	       nlab = 0, ncl = 0, cap_c = 0;
	cluster_box *cl = NULL;
	rect *boxes = NULL, *placed = NULL, page;
	Agnode_t **bnodes = NULL;
	tidy_edge *te = NULL;
	pointf *pts = NULL;
	boxf bb = GD_bb(c->G);
	erg_status st = ERG_OK;

	page = (rect){ bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y };
	for (Agnode_t *v = agfstnode(c->G); v; v = agnxtnode(c->G, v)) {
		rect r = node_rect(v, 1);
		if (!rect_empty(r)) {
			if (erg__grow((void **)&boxes, &cap_n, nn + 1,
				      sizeof(*boxes)) ||
			    erg__grow((void **)&bnodes, &cap_b, nn + 1,
				      sizeof(*bnodes))) {
				st = ERG_ENOMEM;
				goto done;
			}
			boxes[nn] = r;
			bnodes[nn++] = v;
		}
		if (is_block(v))
			continue;
		for (Agedge_t *e = agfstout(c->G, v); e;
		     e = agnxtout(c->G, e)) {
			Agnode_t *h = aghead(e);
			splines *spl = ED_spl(e);
			if (h == v || is_block(h) || !spl || spl->size < 1 ||
			    spl->list[0].size < 4)
				continue;
			if (erg__grow((void **)&te, &cap_e, ne + 1,
				      sizeof(*te))) {
				st = ERG_ENOMEM;
				goto done;
			}
			memset(&te[ne], 0, sizeof(te[ne]));
			te[ne].e = e;
			te[ne].order = ne; /* the renderers' order */
			te[ne].a = AGSEQ(v) < AGSEQ(h) ? v : h;
			te[ne].b = AGSEQ(v) < AGSEQ(h) ? h : v;
			te[ne].style = edge_style(e);
			te[ne].width = erg__draw_edge_width(e);
			te[ne].half = te[ne].width / 2;
			nlab += ED_label(e) || ED_xlabel(e);
			ne++;
		}
	}
	if (ne == 0)
		goto done;
	for (Agraph_t *sg = agfstsubg(c->G); sg; sg = agnxtsubg(sg)) {
		boxf cb = GD_bb(sg);
		if (strncmp(agnameof(sg), "cluster", 7) != 0 ||
		    cb.UR.x <= cb.LL.x || cb.UR.y <= cb.LL.y)
			continue;
		if (erg__grow((void **)&cl, &cap_c, ncl + 1, sizeof(*cl))) {
			st = ERG_ENOMEM;
			goto done;
		}
		cl[ncl].r = (rect){ cb.LL.x, cb.LL.y, cb.UR.x, cb.UR.y };
		cl[ncl++].sg = sg;
	}
	qsort(te, ne, sizeof(*te), by_lane);
	if (erg__theme_num(&c->th, "pair.lanes", 1) > 0)
		for (size_t i = 0, j; i < ne; i = j) {
			for (j = i + 1;
			     j < ne && te[j].a == te[i].a && te[j].b == te[i].b;
			     j++)
				;
			bool single = true;
			for (size_t k = i; k < j; k++)
				single &= ED_spl(te[k].e)->size == 1;
			if (single && j - i > 1) {
				make_lanes(c, te, i, j, boxes, bnodes, nn, cl,
					   ncl);
				if (!te[i].laned &&
				    (st = offset_lanes(c, te, i, j, boxes,
						       bnodes, nn, cl, ncl)))
					goto done;
			}
		}
	if ((st = sample_lines(te, ne, &pts, &npts)))
		goto done;
	if (straighten_crossing(te, ne, pts, boxes, bnodes, nn, cl, ncl,
				page) |
	    clear_borders(te, ne, cl, ncl, boxes, bnodes, nn,
			  erg__theme_num(&c->th, "cluster.clear", 5) / z)) {
		free(pts);
		pts = NULL;
		if ((st = sample_lines(te, ne, &pts, &npts)))
			goto done;
	}
	if (nlab == 0)
		goto done;
	if (!(placed = malloc(nlab * sizeof(*placed)))) {
		st = ERG_ENOMEM;
		goto done;
	}
	place_labels(c, te, ne, pts, boxes, nn, cl, ncl, placed, page);
	last_of_pair(te, ne);
done:
	free(cl);
	free(boxes);
	free(bnodes);
	free(te);
	free(pts);
	free(placed);
	return st;
}

/* ---- parallel lines routed without GTS ---- */

/* Whether line e of the page is drawn with an arrowhead at its head
 * (head) or tail: its `dir` (draw.c sets none, back or both; forward
 * by default in a directed graph). */
static bool has_arrow(Agedge_t *e, bool head)
{
	const char *d = agget(e, "dir");
	if (!d || !d[0] || strcmp(d, "forward") == 0)
		return head;
	if (strcmp(d, "both") == 0)
		return true;
	if (strcmp(d, "back") == 0)
		return !head;
	return false;
}

/* The point `len` back from the end q of the piece p-q, toward p. */
static pointf pull_back(pointf p, pointf q, double len)
{
	double d = hypot(q.x - p.x, q.y - p.y);
	if (d <= len || d <= 0)
		return (pointf){ (p.x + q.x) / 2, (p.y + q.y) / 2 };
	return (pointf){ q.x + (p.x - q.x) / d * len,
			 q.y + (p.y - q.y) / d * len };
}

/* Writes the pos of line e: the points pt[0..n) from its tail to its
 * head, with its arrowheads (`arrowsize` x 10 points, as Graphviz draws
 * them) cut from the ends. */
static erg_status set_route(Agedge_t *e, const pointf *pt, size_t n)
{
	erg_buf b;
	const char *as = agget(e, "arrowsize");
	double len = 10 * (as && as[0] ? atof(as) : 1);
	bool hs = has_arrow(e, false), he = has_arrow(e, true);
	erg_status st = ERG_OK;

	erg__buf_init(&b, DRAW_BUF_MAX);
	if (n >= 4 && hs)
		st = erg__buf_printf(&b, "s,%.2f,%.2f ", pt[0].x, pt[0].y);
	if (!st && n >= 4 && he)
		st = erg__buf_printf(&b, "e,%.2f,%.2f ", pt[n - 1].x,
				     pt[n - 1].y);
	for (size_t i = 0; i < n && !st; i++) {
		pointf q = pt[i];
		if (i == 0 && n >= 4 && hs)
			q = pull_back(pt[1], pt[0], len);
		if (i == n - 1 && n >= 4 && he)
			q = pull_back(pt[n - 2], pt[n - 1], len);
		st = erg__buf_printf(&b, "%s%.2f,%.2f", i ? " " : "", q.x,
				     q.y);
	}
	if (!st && b.data)
		erg__draw_set(e, "pos", b.data);
	erg__buf_free(&b);
	return st;
}

/* Graphviz 2.43 routes parallel lines (two or more between one pair of
 * actors) whose straight line is blocked with makeMultiSpline, whose GTS
 * triangulation aborts on some layouts (the example's ego network of
 * North Korea, laid out by neato with its boxes, was drawn again by dot
 * after it). So before the page layout routes the lines of c->G (the
 * layout moved its actors: c->moved), one line of each such pair is
 * routed alone in a copy of the page (its actors and blocks as fixed
 * obstacles; a single line is routed with the visibility graph, without
 * GTS) and its route given to every line of the pair as its `pos`, which
 * the page layout keeps; tidy_edges then draws them as lanes beside it
 * (offset_lanes). Nothing is set when the copy's layout fails. */
static erg_status preroute_parallel(draw_ctx *c, GVC_t *gvc)
{
	static const char *const node_keep[] = {
		"shape",       "width",	      "height", "pos",
		"sides",       "skew",	      "distortion",
		"orientation", "peripheries", "regular"
	};
	static const char *const graph_keep[] = { "splines", "esep", "sep" };
	size_t ne = 0, cap = 0, ng = 0;
	Agedge_t **es = NULL;
	size_t *grp = NULL; /* es[i]'s group: index of its first line */
	Agraph_t *D = NULL;
	Agedge_t **rep = NULL;
	const char *sp = agget(c->G, "splines");
	bool aborted = false;
	erg_status st = ERG_OK;

	if (!c->moved || !sp ||
	    !(strcmp(sp, "true") == 0 || strcmp(sp, "spline") == 0 ||
	      strcmp(sp, "polyline") == 0))
		return ERG_OK;
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n))
		for (Agedge_t *e = agfstout(c->G, n); e; e = agnxtout(c->G, e))
			if (aghead(e) != n && !is_block(n) &&
			    !is_block(aghead(e))) {
				const char *pos = agget(e, "pos");
				if (pos && pos[0])
					continue;
				if (erg__grow((void **)&es, &cap, ne + 1,
					      sizeof(*es)))
					return ERG_ENOMEM;
				es[ne++] = e;
			}
	if (ne < 2)
		goto done;
	grp = malloc(ne * sizeof(*grp));
	rep = calloc(ne, sizeof(*rep));
	if (!grp || !rep) {
		st = ERG_ENOMEM;
		goto done;
	}
	for (size_t i = 0; i < ne; i++) {
		grp[i] = i;
		for (size_t j = 0; j < i; j++)
			if ((agtail(es[j]) == agtail(es[i]) &&
			     aghead(es[j]) == aghead(es[i])) ||
			    (agtail(es[j]) == aghead(es[i]) &&
			     aghead(es[j]) == agtail(es[i]))) {
				grp[i] = grp[j];
				break;
			}
		if (grp[i] != i && !rep[grp[i]])
			rep[grp[i]] = es[grp[i]]; /* marks a group */
	}
	for (size_t i = 0; i < ne; i++)
		ng += rep[i] != NULL;
	if (ng == 0)
		goto done;
	if (!(D = agopen("route", Agdirected, erg__draw_disc()))) {
		st = ERG_ENOMEM;
		goto done;
	}
	for (size_t i = 0; i < sizeof(graph_keep) / sizeof(graph_keep[0]);
	     i++) {
		const char *v = agget(c->G, (char *)graph_keep[i]);
		if (v && v[0])
			erg__draw_set(D, graph_keep[i], v);
	}
	erg__draw_set(D, "notranslate", "true");
	for (Agnode_t *n = agfstnode(c->G); n; n = agnxtnode(c->G, n)) {
		Agnode_t *m = agnode(D, agnameof(n), 1);
		if (!m) {
			st = ERG_ENOMEM;
			goto done;
		}
		for (size_t i = 0; i < sizeof(node_keep) / sizeof(node_keep[0]);
		     i++) {
			const char *v = agget(n, (char *)node_keep[i]);
			if (v && v[0])
				erg__draw_set(m, node_keep[i], v);
		}
		if (is_block(n) && aghtmlstr(agget(n, "label"))) {
			/* a block of the page at its size: its table */
			static const char *const text[] = { "fontsize",
							    "fontname",
							    "margin" };
			for (size_t i = 0; i < sizeof(text) / sizeof(text[0]);
			     i++) {
				const char *v = agget(n, (char *)text[i]);
				if (v && v[0])
					erg__draw_set(m, text[i], v);
			}
			if ((st = erg__draw_set_html(D, m, "label",
						     agget(n, "label"))))
				goto done;
			continue;
		}
		erg__draw_set(m, "fixedsize", "true");
		erg__draw_set(m, "label", "");
	}
	for (size_t i = 0; i < ne; i++) {
		Agedge_t *f;
		if (!rep[i])
			continue;
		f = agedge(D, agnode(D, agnameof(agtail(es[i])), 0),
			   agnode(D, agnameof(aghead(es[i])), 0), NULL, 1);
		if (!f) {
			st = ERG_ENOMEM;
			goto done;
		}
		erg__draw_set(f, "dir", "none");
		rep[i] = f;
	}
	if (guarded_layout(gvc, D, "nop2", &aborted) != 0) {
		if (aborted)
			forget_layout(D);
		goto done; /* the page layout routes them, as before */
	}
	for (size_t i = 0; i < ne && !st; i++) {
		Agedge_t *f = rep[grp[i]];
		splines *spl;
		pointf pt[256];
		size_t n = 0;
		bool fwd;
		if (!f || !(spl = ED_spl(f)) || spl->size < 1)
			continue;
		for (int k = 0; k < spl->size; k++)
			for (int j = k ? 1 : 0;
			     j < spl->list[k].size && n < 256; j++)
				pt[n++] = spl->list[k].list[j];
		if (n < 2)
			continue;
		fwd = strcmp(agnameof(agtail(f)), agnameof(agtail(es[i]))) == 0;
		if (!fwd)
			for (size_t a = 0, b = n - 1; a < b; a++, b--) {
				pointf t = pt[a];
				pt[a] = pt[b];
				pt[b] = t;
			}
		st = set_route(es[i], pt, n);
	}
	gvFreeLayout(gvc, D);
done:
	if (D)
		agclose(D);
	free(es);
	free(grp);
	free(rep);
	return st;
}

static erg_status render(draw_ctx *c, GVC_t *gvc, erg_format fmt, FILE *fp,
			 erg_error *err)
{
	const char *fname = fmt == ERG_FORMAT_SVG   ? "svg"
			    : fmt == ERG_FORMAT_PNG ? "png"
						    : "pdf";
	char *data = NULL;
	unsigned int len = 0;
	erg_status rc = ERG_OK;
	const char *title = c->opts->title && c->opts->title[0]
				? c->opts->title
				: erg__graph_title(c->g);

	/* the document's title (SVG <title>, the window's) is the page's,
	 * not the graph's id ("G" from most tools) */
	if (title && !erg__draw_rename(c->G, title))
		return erg__draw_fail(c, ERG_ENOMEM, err);
	if (gvRenderData(gvc, c->G, fname, &data, &len) != 0 || !data ||
	    !len) {
		rc = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
				   "Graphviz cannot render %s: %s", fname,
				   erg__draw_gv_error());
		goto done;
	}
	errno = 0;
	c->rendered = true;
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

/* ---- boxes of affiliated persons on a small page ---- */

/* The sizes (points) of dot's layouts of the network top to bottom
 * (d[0]) and left to right (d[1]), and the same without room between
 * boxes for their heavy pairs (d[2], d[3]; see draw.c pair_room), at
 * text scale 1 and engine.boxes_scale_max (d[o][0], d[o][1]: width,
 * height): how the layout grows as its text is raised.
 * False when a layout failed (nothing planned then). */
/* The largest text scale of a planned dot layout (at least 1.5). */
static double dot_scale_max(const draw_ctx *c)
{
	return fmax(1.5, erg__theme_num(&c->th, "engine.boxes_scale_max", 2.5));
}

static bool dot_sizes(draw_ctx *c, GVC_t *gvc, double d[4][2][2])
{
	static const char *const dirs[] = { "TB", "LR" };
	bool ok = true;

	for (int o = 0; o < 4 && ok; o++)
		for (int s = 0; s < 2 && ok; s++) {
			bool aborted;
			c->engine = "dot";
			c->spacing = dirs[o & 1];
			c->no_box_room = o >= 2;
			c->scale = s ? dot_scale_max(c) : 1;
			if (erg__draw_build(c)) {
				ok = false;
				break;
			}
			erg__draw_set(c->G, "rankdir", dirs[o & 1]);
			/* with its lines: dot's bounding box holds them,
			 * and lines routed around boxes widen it (the
			 * example's 600 points left to right without lines,
			 * 850 with them) */
			if (guarded_layout(gvc, c->G, "dot", &aborted) != 0) {
				if (aborted)
					drop_aborted(c);
				ok = false;
				break;
			}
			d[o][s][0] = GD_bb(c->G).UR.x - GD_bb(c->G).LL.x;
			d[o][s][1] = GD_bb(c->G).UR.y - GD_bb(c->G).LL.y;
			gvFreeLayout(gvc, c->G);
		}
	c->scale = 1;
	c->spacing = NULL;
	c->no_box_room = false;
	return ok;
}

/* The largest network text on the page (points) dot's layout d reaches
 * in an area aw x ah, raising its text up to engine.boxes_scale_max
 * times (the layout grows linearly between the measured scales 1 and
 * that); *dir and *scale: the layout (d's index: rank direction, room
 * between boxes) and text scale that reach it, the least scale whose
 * text is at least `want`, with room between boxes when that reaches
 * it. */
static double dot_text(draw_ctx *c, double d[4][2][2], double aw, double ah,
		       double want, int *dir, double *scale)
{
	double fn = erg__theme_num(&c->th, "node.fontsize", 16);
	double smax = dot_scale_max(c);
	double best = 0;

	/* with room between boxes, else without */
	for (int o = 0; o < 4 && !(o == 2 && best >= want); o++)
		for (double s = 1; s <= smax + 1e-9; s += 0.125) {
			double k = (s - 1) / (smax - 1);
			double w = d[o][0][0] + k * (d[o][1][0] - d[o][0][0]);
			double h = d[o][0][1] + k * (d[o][1][1] - d[o][0][1]);
			double z, f;
			if (w <= 0 || h <= 0)
				continue;
			z = fmin(1, fmin(aw / w, ah / h));
			f = fn * s * z;
			/* the least scale that gives `want`, else the most
			 * text; top to bottom first on a tie */
			if ((best < want && f > best + 0.05) ||
			    (best >= want && f >= want && s < *scale - 1e-9)) {
				best = f;
				*dir = o;
				*scale = s;
			}
		}
	return best;
}

/* An arrangement whose text needs scale s and leaves `area` is better
 * than the best so far: the least scale (the text raised least, lines
 * and arrows keep more of their width), then the larger area. */
static bool plan_better(double s, double area, int best, const double *best_s,
			double best_area)
{
	if (best < 0)
		return true;
	if (s < best_s[best] - 1e-9)
		return true;
	return s < best_s[best] + 1e-9 && area > best_area;
}

/* Whether the page is planned for dot's boxes (see draw_internal.h
 * plan_dot): dsz its sizes; c->G is built again by the rules. */
static bool planned_boxes(draw_ctx *c, GVC_t *gvc, double dsz[4][2][2])
{
	bool ok;

	c->plan_dot = false;
	c->no_box_room = false;
	c->plan_rankdir = NULL;
	c->plan_scale = 1;
	/* the engine chosen by the rules, or dot asked for */
	if ((c->opts->engine && c->opts->engine[0] &&
	     strcmp(c->opts->engine, "dot") != 0) ||
	    !c->n_cluster_boxes ||
	    strcmp(c->engine, "dot") != 0 ||
	    erg__theme_num(&c->th, "engine.boxes_plan", 1) <= 0 ||
	    c->n_drawn > (size_t)erg__theme_num(&c->th, "engine.small_max",
						40))
		return false;
	ok = dot_sizes(c, gvc, dsz);
	c->engine = erg__draw_rule_engine(c);
	c->scale = 1;
	if (erg__draw_build(c))
		return false;
	return ok;
}

/* The arrangement of the legend whose area (arr_w x arr_h, 6 of them)
 * fits the network's first layout (c->bb0) at a zoom a twentieth
 * larger than arrangement `used` does, or -1: the area chosen by size
 * suits dot's plan, while neato's layout has a shape of its own (the
 * example's ego network of Russia, 800 x 370 points at text scale 1,
 * fits 753 x 315 at 0.86, the larger 596 x 412 at 0.74). */
static int better_arrangement(const draw_ctx *c, const double *arr_w,
			      const double *arr_h, int used)
{
	double w = c->bb0[0], h = c->bb0[1], zu, best_z;
	int best = -1;

	if (w <= 0 || h <= 0 || used < 0 || used >= 6)
		return -1;
	zu = fmin(arr_w[used] / w, arr_h[used] / h);
	best_z = zu * 1.05;
	for (int k = 0; k < 6; k++) {
		double zk = fmin(arr_w[k] / w, arr_h[k] / h);
		if (arr_w[k] > 0 && arr_h[k] > 0 && zk > best_z) {
			best_z = zk;
			best = k;
		}
	}
	return best;
}

/* A small network with boxes drawn by dot, as planned, is mostly a hub
 * and its neighbours in one rank: a wide, flat layout zoomed far out
 * (the example's overview at 0.29: thin lines, dashes that read as
 * dots). When the planned layout's zoom is below engine.boxes_alt_zoom
 * and the engine is draw.c's choice, neato lays the network out again
 * in two levels (boxes as grids, see boxes_layout) with the legend
 * arranged for it; it is kept when it names every actor at a zoom
 * engine.boxes_alt_gain times the first, else dot's is laid out again.
 * Likewise when dot's tries left an actor unnamed or ended in neato
 * without boxes (see layout_network): the alternative is kept then when
 * it names every actor, whatever its zoom.
 * What erg__draw_page does after layout_network of attempt `attempt`
 * (0: dot as planned, 1: neato, 2: dot again). */
enum { ALT_KEEP, ALT_TRY, ALT_BACK };
static int alt_attempt(draw_ctx *c, int attempt, double z, double *z_first,
		       bool *all_first_p, erg_status st)
{
	bool all_first;
	double zmin = erg__theme_num(&c->th, "engine.boxes_alt_zoom", 0);
	double gain = erg__theme_num(&c->th, "engine.boxes_alt_gain", 1.2);

	if (attempt == 0) {
		/* dot's tries that end in neato drop the boxes */
		bool boxless = c->no_boxes && c->n_clustered;
		if (st || !c->plan_dot || c->engine_retry ||
		    (z >= zmin && c->n_labeled == c->n_drawn && !boxless) ||
		    (c->opts->engine && c->opts->engine[0]))
			return ALT_KEEP;
		*z_first = z;
		/* the zoom counts only against a layout with its boxes
		 * and every name */
		*all_first_p = c->n_labeled == c->n_drawn && !boxless;
		return ALT_TRY;
	}
	all_first = *all_first_p;
	if (attempt == 1 &&
	    ((st && st == ERG_EALGO) ||
	     (!st && (c->gave_up || c->n_labeled < c->n_drawn ||
		      (z < *z_first * gain && all_first)))))
		return ALT_BACK;
	return ALT_KEEP;
}

erg_status erg__draw_page(draw_ctx *c, const erg_format *fmts,
			  FILE *const *fps, size_t n, erg_error *err)
{
	GVC_t *gvc = shared_gvc();
	double W = c->page_w * 72, H = c->page_h * 72;
	double M = 72 * erg__theme_num(&c->th, "page.margin", 0.3);
	double lfs = erg__theme_num(&c->th, "legend.fontsize", 14);
	double tmin = erg__theme_num(&c->th, "text.min", 14);
	double tw = 0, th = 0, fw = 0, fh = 0, lw = 0, lh = 0;
	double aw, ah, z = 1, inv, bb[4];
	double bw0 = 0, bh0 = 0;
	int cols = 1, band_rows = 1, bottom_cols = 0;
	bool has_title, has_foot, has_legend = false, has_band = false;
	bool empty = true;
	bool laid_out = false, aborted = false;
	/* a planned dot layout zoomed out below engine.boxes_alt_zoom is
	 * tried again with neato in two levels (see alt_attempt) */
	const erg_draw_opts *opts0 = c->opts;
	erg_draw_opts alt;
	int attempt = 0;
	double z_first = 0;
	/* each arrangement's area (points) and the one forced (-1: by
	 * the rules) */
	double arr_w[8] = { 0 }, arr_h[8] = { 0 };
	int arr_force = -1, arr_used = 0;
	bool all_first = true;
	erg_buf html;
	erg_status st = ERG_OK;

	erg__buf_init(&html, DRAW_BUF_MAX);
	if (!gvc) {
		st = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
				   "cannot start Graphviz");
		goto done;
	}
again:
	lw = lh = bw0 = bh0 = 0;
	cols = band_rows = 1;
	bottom_cols = 0;
	has_legend = has_band = false;
	empty = true;
	c->plan_dot = false;
	c->spacing = NULL;
	c->neato_scale[0] = '\0';
	/* every drawn actor labelled, as draw.c chose them */
	for (size_t i = 0; i < erg_graph_actor_count(c->g); i++)
		c->labeled[i] = c->drawn[i];
	/* what the legend will show: a first build by the rules */
	c->engine = erg__draw_rule_engine(c);
	c->scale = 1;
	c->show_counts = true;
	if ((st = erg__draw_build(c))) {
		st = erg__draw_fail(c, st, err);
		goto done;
	}

	/* real sizes of the blocks around the network */
	if ((st = text_block(c, &html, 1, true)))
		goto fail;
	has_title = html.len > 0;
	if (has_title && (st = measure(c, gvc, html.data, 14, &tw, &th)))
		goto fail;
	if ((st = text_block(c, &html, 1, false)))
		goto fail;
	has_foot = html.len > 0;
	if (has_foot && (st = measure(c, gvc, html.data, 14, &fw, &fh)))
		goto fail;
	ah = H - 2 * M - (has_title ? th + GAP : 0) - (has_foot ? fh + GAP : 0);
	(void)tw;
	(void)fw;
	if (c->opts->legend) {
		/* arrangements of the legend: everything on the right
		 * (split 5), kinds and the rest in a band at the bottom
		 * (split 3), line styles in the band too (split 2), all in
		 * the band (split 0), or the framed legend below the network
		 * in 3 or 4 columns (bottom); a right column too tall for
		 * the page splits in two. The one that leaves the network
		 * the largest area wins. */
		static const int splits[] = { 5, 3, 2, 0, 99, 99 };
		static const int bottoms[] = { 0, 0, 0, 0, 3, 4 };
		const int ns = (int)(sizeof(splits) / sizeof(splits[0]));
		double best_area = -1, ah0 = ah;
		int best = 0;
		/* boxes of affiliated persons: of the arrangements where
		 * dot keeps every text at text.min (the layout measured
		 * at two text scales), the one whose text is raised least
		 * (then the larger area), or the largest area's when it
		 * needs at most 1.2 times that scale */
		double dsz[4][2][2], plan_area = -1;
		int plan_best = -1, plan_dir[8] = { 0 };
		double plan_s[8] = { 0 };
		bool plan_ok[8] = { false };
		bool plan = planned_boxes(c, gvc, dsz);
		for (int pass = 0; pass <= ns; pass++) {
			int k;
			/* the arrangement of the largest area when its text
			 * needs little more raising than the planned one's */
			if (pass == ns && plan_best >= 0 && plan_ok[best] &&
			    plan_s[best] <= plan_s[plan_best] * 1.2 + 1e-9)
				plan_best = best;
			k = pass < ns	     ? pass
			    : arr_force >= 0 ? arr_force
			    : plan_best >= 0 ? plan_best
					     : best;
			arr_used = k;
			double a_w, a_h, area;
			c->legend_split = splits[k];
			bottom_cols = bottoms[k];
			ah = ah0;
			band_rows = 1;
			bw0 = bh0 = 0;
			if (bottom_cols) {
				/* the whole legend as the band: drawn at
				 * 1/zoom times its size, where its cells'
				 * sizes, rounded to whole points, do not
				 * grow quite with the text; so the most it
				 * takes at a few sizes */
				static const double us[] = { 1, 1.5, 2, 3 };
				empty = false;
				for (size_t ui = 0; ui < 4 && !empty; ui++) {
					double w, h;
					if ((st = erg__draw_legend_html(
						 c, &html, us[ui], LEGEND_SIDE,
						 bottom_cols, &empty)))
						goto fail;
					if (empty)
						break;
					if ((st = measure(c, gvc, html.data,
							  lfs * us[ui], &w,
							  &h)))
						goto fail;
					bw0 = fmax(bw0, w / us[ui]);
					bh0 = fmax(bh0, h / us[ui]);
				}
				has_band = !empty;
				has_legend = false;
				lw = lh = 0;
				/* air above the frame, and a tenth spare:
				 * the drawn size still differs a little */
				if (has_band)
					bh0 = bh0 * 1.1 + GAP;
				if (has_band)
					ah -= bh0 + GAP;
				arr_w[k] = W - 2 * M;
				arr_h[k] = ah;
				if (pass == ns)
					break;
				/* the network keeps AREA_MIN of the page */
				area = bw0 > W - 2 * M || ah < H * AREA_MIN
					   ? -1
					   : (W - 2 * M) * ah;
				if (area > best_area * 1.02) {
					best_area = area;
					best = k;
				}
				plan_ok[k] = plan && area > 0 &&
					     dot_text(c, dsz, W - 2 * M, ah,
						      tmin * 1.15, &plan_dir[k],
						      &plan_s[k]) >= tmin;
				if (plan_ok[k] &&
				    plan_better(plan_s[k], area, plan_best,
						plan_s, plan_area)) {
					plan_area = area;
					plan_best = k;
				}
				continue;
			}
			if ((st = erg__draw_legend_html(c, &html, 1,
							LEGEND_BAND, 1,
							&empty)))
				goto fail;
			has_band = !empty;
			if (has_band &&
			    (st = measure(c, gvc, html.data, lfs, &bw0, &bh0)))
				goto fail;
			if (has_band && bw0 > W - 2 * M) {
				band_rows = 2;
				if ((st = band_rows_place(c, gvc, &html, 1,
							  lfs, W - 2 * M, 0,
							  0, &bw0, &bh0,
							  false)))
					goto fail;
			}
			if (has_band)
				ah -= bh0 + GAP;
			for (cols = 1; cols <= 2; cols++) {
				if ((st = erg__draw_legend_html(
					 c, &html, 1, LEGEND_SIDE, cols,
					 &empty)))
					goto fail;
				lw = lh = 0;
				if (empty)
					break;
				if ((st = measure(c, gvc, html.data, lfs, &lw,
						  &lh)))
					goto fail;
				if (lh <= ah)
					break;
			}
			if (cols > 2)
				cols = 2;
			has_legend = !empty;
			if (pass == ns)
				break;
			a_w = W - 2 * M - (has_legend ? lw + 2 * GAP : 0);
			a_h = ah;
			arr_w[k] = has_legend && lh > ah ? 0 : a_w;
			arr_h[k] = a_h;
			area = (a_w > 0 ? a_w : 0) * (a_h > 0 ? a_h : 0);
			if (has_legend && lh > ah)
				area *= 0.5; /* the legend overflows */
			if (a_h < H * AREA_MIN || a_w < W * AREA_MIN)
				area = 0; /* the network would overflow */
			if (area > best_area * 1.02) {
				best_area = area;
				best = k;
			}
			if (plan && area > 0 && !(has_legend && lh > ah) &&
			    dot_text(c, dsz, a_w, a_h, tmin * 1.15, &plan_dir[k],
				     &plan_s[k]) >= tmin) {
				plan_ok[k] = true;
				if (plan_better(plan_s[k], area, plan_best,
						plan_s, plan_area)) {
					plan_area = area;
					plan_best = k;
				}
			}
		}
		if (plan_best >= 0) {
			c->plan_dot = true;
			c->plan_rankdir = plan_dir[plan_best] & 1 ? "LR" : NULL;
			c->plan_scale = plan_s[plan_best];
		}
		/* no room between boxes when the plan needs it gone, or
		 * when no arrangement keeps text.min: dot's tries then
		 * take the least room */
		if (plan)
			c->no_box_room =
			    plan_best < 0 || plan_dir[plan_best] >= 2;
	}
	aw = W - 2 * M - (has_legend ? lw + 2 * GAP : 0);
	if (aw < W * AREA_MIN)
		aw = W * AREA_MIN;
	if (ah < H * AREA_MIN)
		ah = H * AREA_MIN;

	/* the network */
	if (c->n_drawn > 0) {
		st = layout_network(c, gvc, aw, ah, &z, err);
		laid_out = !st;
		if (attempt == 1 && arr_force < 0 && !st &&
		    (arr_force = better_arrangement(c, arr_w, arr_h,
						    arr_used)) >= 0) {
			/* the legend arranged for the shape neato gave */
			gvFreeLayout(gvc, c->G);
			laid_out = false;
			c->gave_up = false;
			c->n_fit = 0;
			goto again;
		}
		switch (alt_attempt(c, attempt, z, &z_first, &all_first, st)) {
		case ALT_TRY:
			/* neato in two levels, the legend arranged anew */
			if (laid_out)
				gvFreeLayout(gvc, c->G);
			laid_out = false;
			alt = *opts0;
			alt.engine = "neato";
			c->opts = &alt;
			c->boxes_alt = true;
			/* boxes in rows or columns only where dot drew
			 * them: the brief, which dot drew without, kept
			 * lines hugging the column boxes it got */
			c->line_boxes = all_first;
			attempt = 1;
			goto again;
		case ALT_BACK:
			/* the planned dot layout was better: again */
			if (laid_out)
				gvFreeLayout(gvc, c->G);
			laid_out = false;
			erg_error_clear(err);
			c->opts = opts0;
			c->boxes_alt = false;
			c->line_boxes = false;
			c->gave_up = false;
			c->n_fit = 0;
			st = ERG_OK;
			arr_force = -1;
			attempt = 2;
			goto again;
		default:
			break;
		}
		if (st)
			goto done;
		if (c->gave_up && c->keep_all)
			goto done; /* nothing rendered: see keep_all */
		if (c->gave_up) {
			/* never a diagram left empty without an error */
			st = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
					   "no layout names every actor");
			goto done;
		}
		/* positions and splines into attributes */
		{
			char *data = NULL;
			unsigned int len = 0;
			if (gvRenderData(gvc, c->G, "dot", &data, &len) != 0) {
				if (data)
					gvFreeRenderData(data);
				st = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
						   "Graphviz layout failed: %s",
						   erg__draw_gv_error());
				goto done;
			}
			if (data)
				gvFreeRenderData(data);
		}
		if (!(c->compacted ? read_bb(c->G, bb)
				   : layout_extent(c->G, bb)))
			bb[0] = bb[1] = bb[2] = bb[3] = 0;
		gvFreeLayout(gvc, c->G);
		if (strcmp(c->engine, "neato") == 0)
			spread(c, aw, ah, bb);
		if (c->moved)
			forget_lines(c);
		laid_out = false;
	} else {
		bb[0] = bb[1] = bb[2] = bb[3] = 0;
		z = 1;
	}

	/* step 3: the page in layout units (points / z) */
	inv = 1 / z;
	{
		double awl = aw * inv, ahl = ah * inv;
		double cx = (bb[0] + bb[2]) / 2, cy = (bb[1] + bb[3]) / 2;
		double ax0 = cx - awl / 2, ay0 = cy - ahl / 2;
		double ml = M * inv;
		double px0 = ax0 - ml;
		double foot_l = has_foot ? (fh + GAP) * inv : 0;
		double band_l = has_band ? (bh0 + GAP) * inv : 0;
		double py0 = ay0 - ml - foot_l - band_l;
		double pw = W * inv, ph = H * inv;
		double bw, bh;
		char attr[160];

		if (has_title) {
			if ((st = text_block(c, &html, inv, true)) ||
			    (st = measure(c, gvc, html.data, 14 * inv, &bw,
					  &bh)) ||
			    (st = add_block(c, "ergraph:title", html.data,
					    14 * inv, px0 + ml + bw / 2,
					    py0 + ph - ml - bh / 2,
					    c->opts->title)))
				goto fail;
		}
		if (has_foot) {
			if ((st = text_block(c, &html, inv, false)) ||
			    (st = measure(c, gvc, html.data, 14 * inv, &bw,
					  &bh)) ||
			    (st = add_block(c, "ergraph:footnote", html.data,
					    14 * inv, px0 + ml + bw / 2,
					    py0 + ml + bh / 2, c->footnote)))
				goto fail;
		}
		if (has_legend) {
			double top = ay0 + ahl;
			if ((st = erg__draw_legend_html(c, &html, inv,
							LEGEND_SIDE, cols,
							&empty)) ||
			    (st = measure(c, gvc, html.data, lfs * inv, &bw,
					  &bh)))
				goto fail;
			if (top - bh < py0 + ml)
				top = py0 + ml + bh;
			if ((st = add_block(c, "ergraph:legend", html.data,
					    lfs * inv, px0 + pw - ml - bw / 2,
					    top - bh / 2, "Legend")))
				goto fail;
		}
		if (has_band && band_rows > 1) {
			/* measured, then placed from the band's top */
			if ((st = band_rows_place(c, gvc, &html, inv, lfs,
						  (W - 2 * M) * inv, 0, 0, &bw,
						  &bh, false)) ||
			    (st = band_rows_place(c, gvc, &html, inv, lfs,
						  (W - 2 * M) * inv, px0 + ml,
						  py0 + ml + foot_l + bh, &bw,
						  &bh, true)))
				goto fail;
		} else if (has_band) {
			if ((st = erg__draw_legend_html(
				 c, &html, inv,
				 bottom_cols ? LEGEND_SIDE : LEGEND_BAND,
				 bottom_cols ? bottom_cols : 1, &empty)) ||
			    (st = measure(c, gvc, html.data, lfs * inv, &bw,
					  &bh)) ||
			    (st = add_block(c, "ergraph:legend-band", html.data,
					    lfs * inv, px0 + ml + bw / 2,
					    py0 + ml + foot_l + bh / 2,
					    "Legend")))
				goto fail;
		}
		if ((st = add_block(c, "ergraph:corner", NULL, 1, px0, py0,
				    NULL)) ||
		    (st = add_block(c, "ergraph:corner", NULL, 1, px0 + pw,
				    py0 + ph, NULL)))
			goto fail;
		snprintf(attr, sizeof(attr), "%.4f,%.4f!", c->page_w,
			 c->page_h);
		erg__draw_set(c->G, "size", attr);
		erg__draw_set(c->G, "ratio", "");
		erg__draw_set(c->G, "bb", "");
		erg__draw_set(c->G, "pad", "0");
		erg__draw_set(c->G, "margin", "0");
		erg__draw_set(c->G, "label", "");
		snprintf(attr, sizeof(attr),
			 "ergraph: engine=%s labels=%zu/%zu zoom=%.4f",
			 c->n_drawn ? c->engine : "none", c->n_labeled,
			 c->n_drawn, z);
		erg__draw_set(c->G, "comment", attr);
	}

	/* render: PNG last, at its resolution */
	for (int png = 0; png < 2 && !st; png++) {
		bool any = false;
		for (size_t i = 0; i < n; i++)
			any |= fmts[i] != ERG_FORMAT_DOT &&
			       (fmts[i] == ERG_FORMAT_PNG) == (png == 1);
		if (!any)
			continue;
		if (png) {
			double dpi = c->opts->dpi > 0 ? c->opts->dpi : 200;
			if (dpi > 1200)
				dpi = 1200;
			erg__draw_setf(c->G, "dpi", dpi);
		}
		if (laid_out) {
			gvFreeLayout(gvc, c->G);
			laid_out = false;
		}
		if ((st = preroute_parallel(c, gvc))) {
			st = erg__draw_fail(c, st, err);
			break;
		}
		if (guarded_layout(gvc, c->G, "nop2", &aborted) != 0) {
			/* an aborted layout is not freed (see
			 * guarded_layout); the caller draws again with an
			 * engine whose lines need no GTS */
			laid_out = false;
			c->gts_aborted |= aborted;
			if (aborted)
				forget_layout(c->G);
			st = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
					   "Graphviz page layout failed: %s",
					   aborted ? "GTS assertion (routing "
						     "parallel lines)"
						   : erg__draw_gv_error());
			break;
		}
		laid_out = true;
		if ((st = tidy_edges(c, z))) {
			st = erg__draw_fail(c, st, err);
			break;
		}
		for (size_t i = 0; i < n && !st; i++)
			if (fmts[i] != ERG_FORMAT_DOT &&
			    (fmts[i] == ERG_FORMAT_PNG) == (png == 1))
				st = render(c, gvc, fmts[i], fps[i], err);
	}
	goto done;
fail:
	st = erg__draw_fail(c, st, err);
done:
	if (laid_out)
		gvFreeLayout(gvc, c->G);
	c->opts = opts0;
	erg__buf_free(&html);
	return st;
}
