/*
 * chart.c - the line chart of ranks over time (see ergraph/temporal.h).
 *
 * Written as SVG with libxml2's xmlTextWriter (every element and attribute
 * goes through the writer, so text is escaped). Presentation is data:
 * lexicons/chart.tsv (compiled in) and an optional palette file of the
 * same format layered on top.
 *
 * Layout: the title on top, the plot in the middle, the legend on the
 * right. Windows sit at the centres of equal slots on the x axis; ranks
 * run from 1 at the top to the worst rank plotted at the bottom, ticks at
 * 1 and every "nice" step (1, 2, 5, 10, ...) keeping at most ten. Each
 * actor is one polyline broken where it is absent from a window, with a
 * marker per window; its tooltip (<title>) is the actor's label. Window
 * labels are thinned to fit and turned by 35 degrees when long.
 *
 * PNG: the SVG is written to memory, rendered by librsvg onto a cairo
 * image surface `scale` times the SVG's size, and written by cairo.
 */
#include "ergraph/temporal.h"

#include <cairo.h>
#include <errno.h>
#include <librsvg/rsvg.h>
#include <libxml/xmlwriter.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "theme_internal.h"
#include "util_internal.h"

extern const unsigned char erg_default_chart_tsv[];
extern const size_t erg_default_chart_tsv_len;

#define MAX_SERIES 32
#define TEXT_MAX 160
#define LABEL_CHARS                                                            \
	24		  /* legend labels are cut beyond at most this many    \
			    characters (fewer when the legend is narrow) */
#define PALETTE_MAX 65536 /* bytes of a palette file */

typedef struct {
	double width, height;
	char family[TEXT_MAX];
	double f_title, f_axis, f_tick, f_legend;
	char bg[8], text[8], axis[8], grid[8];
	char series[MAX_SERIES][8];
	size_t n_series;
	double line_w, marker_r;
	char t_title[TEXT_MAX], t_y[TEXT_MAX], t_empty[TEXT_MAX];
	char t_x[5][TEXT_MAX]; /* day, month, quarter, year, window */
} palette;

void erg_chart_opts_init(erg_chart_opts *o)
{
	memset(o, 0, sizeof(*o));
}

/* ---- palette ---- */

static bool is_colour(const char *s, size_t n)
{
	if (n != 7 || s[0] != '#')
		return false;
	for (size_t i = 1; i < 7; i++)
		if (!strchr("0123456789abcdefABCDEF", s[i]))
			return false;
	return true;
}

static int set_number(double *slot, const char *v, double lo, double hi)
{
	char *end;
	double x;
	errno = 0;
	x = strtod(v, &end);
	if (end == v || *end || errno || !(x >= lo && x <= hi))
		return -1;
	*slot = x;
	return 0;
}

static int set_text(char *slot, const char *v)
{
	size_t n = strlen(v);
	if (n >= TEXT_MAX || !erg__utf8_valid(v, n, NULL))
		return -1;
	memcpy(slot, v, n + 1);
	return 0;
}

static int set_colour(char *slot, const char *v)
{
	if (!is_colour(v, strlen(v)))
		return -1;
	memcpy(slot, v, 8);
	return 0;
}

static int set_series(palette *p, const char *v)
{
	size_t n = 0;
	while (*v) {
		size_t len = strcspn(v, ",");
		while (len && v[0] == ' ') {
			v++;
			len--;
		}
		if (n >= MAX_SERIES || !is_colour(v, len))
			return -1;
		memcpy(p->series[n], v, 7);
		p->series[n++][7] = '\0';
		v += len;
		if (*v == ',')
			v++;
	}
	if (!n)
		return -1;
	p->n_series = n;
	return 0;
}

/* Applies one key; 0 ok, -1 bad value, -2 unknown key. */
static int apply(palette *p, const char *k, const char *v)
{
	static const char *units[] = {"text.x.day", "text.x.month",
				      "text.x.quarter", "text.x.year",
				      "text.x.window"};
	if (!strcmp(k, "width"))
		return set_number(&p->width, v, 200, 10000);
	if (!strcmp(k, "height"))
		return set_number(&p->height, v, 150, 10000);
	if (!strcmp(k, "font.family"))
		return set_text(p->family, v);
	if (!strcmp(k, "font.title"))
		return set_number(&p->f_title, v, 4, 200);
	if (!strcmp(k, "font.axis"))
		return set_number(&p->f_axis, v, 4, 200);
	if (!strcmp(k, "font.tick"))
		return set_number(&p->f_tick, v, 4, 200);
	if (!strcmp(k, "font.legend"))
		return set_number(&p->f_legend, v, 4, 200);
	if (!strcmp(k, "color.background"))
		return set_colour(p->bg, v);
	if (!strcmp(k, "color.text"))
		return set_colour(p->text, v);
	if (!strcmp(k, "color.axis"))
		return set_colour(p->axis, v);
	if (!strcmp(k, "color.grid"))
		return set_colour(p->grid, v);
	if (!strcmp(k, "series"))
		return set_series(p, v);
	if (!strcmp(k, "line.width"))
		return set_number(&p->line_w, v, 0.5, 50);
	if (!strcmp(k, "marker.radius"))
		return set_number(&p->marker_r, v, 0, 50);
	if (!strcmp(k, "text.title"))
		return set_text(p->t_title, v);
	if (!strcmp(k, "text.y"))
		return set_text(p->t_y, v);
	if (!strcmp(k, "text.empty"))
		return set_text(p->t_empty, v);
	for (int u = 0; u < 5; u++)
		if (!strcmp(k, units[u]))
			return set_text(p->t_x[u], v);
	return -2;
}

/* The theme reader's check of a palette row: applies it to the palette. */
static erg_status palette_row(void *userdata, const char *k, const char *v,
			      const char *name, long line, erg_error *err)
{
	int rc = apply(userdata, k, v);
	if (rc == -2)
		return erg_error_set(err, ERG_EPARSE, name, line, 1,
				     "unknown chart key '%s'", k);
	if (rc)
		return erg_error_set(err, ERG_EPARSE, name, line,
				     (long)strlen(k) + 2,
				     "invalid value '%s' for %s", v, k);
	return ERG_OK;
}

/* Applies the rows of a palette text, read with the theme reader of the
 * drawing (file:line:column errors). */
static erg_status palette_parse(palette *p, const char *data, size_t len,
				const char *name, erg_error *err)
{
	erg_theme rows;
	erg_status st;

	memset(&rows, 0, sizeof(rows));
	st = erg__theme_add_checked(&rows, data, len, name, palette_row, p,
				    err);
	erg__theme_free(&rows);
	return st;
}

static erg_status read_small(const char *path, char **out, size_t *len,
			     erg_error *err)
{
	FILE *fp = fopen(path, "rb");
	char *data;
	size_t n;

	if (!fp)
		return erg_error_set(err, ERG_EIO, path, 0, 0,
				     "cannot open: %s", strerror(errno));
	data = malloc(PALETTE_MAX + 1);
	if (!data) {
		fclose(fp);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	n = fread(data, 1, PALETTE_MAX + 1, fp);
	if (ferror(fp) || n > PALETTE_MAX) {
		bool big = !ferror(fp);
		fclose(fp);
		free(data);
		return big ? erg_error_set(err, ERG_ELIMIT, path, 0, 0,
					   "palette file larger than %d bytes",
					   PALETTE_MAX)
			   : erg_error_set(err, ERG_EIO, path, 0, 0,
					   "cannot read the palette file");
	}
	fclose(fp);
	data[n] = '\0';
	*out = data;
	*len = n;
	return ERG_OK;
}

static erg_status palette_load(palette *p, const char *path, erg_error *err)
{
	char *data = NULL;
	size_t len = 0;
	erg_status st;

	memset(p, 0, sizeof(*p));
	if ((st = palette_parse(p, (const char *)erg_default_chart_tsv,
				erg_default_chart_tsv_len, "lexicons/chart.tsv",
				err)))
		return st;
	if (!path)
		return ERG_OK;
	if ((st = read_small(path, &data, &len, err)))
		return st;
	st = palette_parse(p, data, len, path, err);
	free(data);
	return st;
}

/* ---- writing ---- */

typedef struct {
	FILE *fp;
	bool failed;
} sink;

static int sink_write(void *ctx, const char *buf, int len)
{
	sink *s = ctx;
	if (len > 0 && fwrite(buf, 1, (size_t)len, s->fp) != (size_t)len) {
		s->failed = true;
		return -1;
	}
	return len;
}

static int sink_close(void *ctx)
{
	(void)ctx;
	return 0;
}

#define CHK(x)                                                                 \
	do {                                                                   \
		if ((x) < 0)                                                   \
			goto write_error;                                      \
	} while (0)

static int attr(xmlTextWriterPtr w, const char *k, const char *v)
{
	return xmlTextWriterWriteAttribute(w, BAD_CAST k, BAD_CAST v);
}

static int attr_num(xmlTextWriterPtr w, const char *k, double x)
{
	char buf[64];
	snprintf(buf, sizeof(buf), "%.1f", x);
	if (!strcmp(buf, "-0.0"))
		strcpy(buf, "0.0");
	return attr(w, k, buf);
}

/* <text> at (x, y) with anchor, size, fill, optional rotation. */
static int text(xmlTextWriterPtr w, double x, double y, const char *anchor,
		double size, const char *fill, double rotate, bool bold,
		const char *s)
{
	char tr[96];
	if (xmlTextWriterStartElement(w, BAD_CAST "text") < 0 ||
	    attr_num(w, "x", x) < 0 || attr_num(w, "y", y) < 0 ||
	    attr(w, "text-anchor", anchor) < 0 ||
	    attr_num(w, "font-size", size) < 0 || attr(w, "fill", fill) < 0)
		return -1;
	if (bold && attr(w, "font-weight", "bold") < 0)
		return -1;
	if (rotate != 0) {
		snprintf(tr, sizeof(tr), "rotate(%.1f %.1f %.1f)", rotate, x,
			 y);
		if (attr(w, "transform", tr) < 0)
			return -1;
	}
	if (xmlTextWriterWriteString(w, BAD_CAST s) < 0)
		return -1;
	return xmlTextWriterEndElement(w);
}

static int line(xmlTextWriterPtr w, double x1, double y1, double x2, double y2,
		const char *stroke, double width)
{
	if (xmlTextWriterStartElement(w, BAD_CAST "line") < 0 ||
	    attr_num(w, "x1", x1) < 0 || attr_num(w, "y1", y1) < 0 ||
	    attr_num(w, "x2", x2) < 0 || attr_num(w, "y2", y2) < 0 ||
	    attr(w, "stroke", stroke) < 0 ||
	    attr_num(w, "stroke-width", width) < 0)
		return -1;
	return xmlTextWriterEndElement(w);
}

/* Replaces %m in `fmt` by `metric` into buf. */
static void expand(const char *fmt, const char *metric, char *buf, size_t size)
{
	size_t n = 0;
	for (; *fmt && n + 1 < size; fmt++) {
		if (fmt[0] == '%' && fmt[1] == 'm') {
			size_t k = strlen(metric);
			if (n + k >= size)
				break;
			memcpy(buf + n, metric, k);
			n += k;
			fmt++;
		} else {
			buf[n++] = *fmt;
		}
	}
	buf[n] = '\0';
}

/* Copies at most `chars` UTF-8 characters of s, with "…" when cut. */
static void cut_label(const char *s, size_t chars, char *buf, size_t size)
{
	size_t i = 0, c = 0;
	while (s[i] && c < chars) {
		size_t k = 1;
		while ((s[i + k] & 0xC0) == 0x80)
			k++;
		if (i + k + 4 > size)
			break;
		i += k;
		c++;
	}
	memcpy(buf, s, i);
	if (s[i] && i + 4 <= size) {
		memcpy(buf + i, "\xE2\x80\xA6", 3);
		i += 3;
	}
	buf[i] = '\0';
}

static double nice_step(size_t max_rank)
{
	static const double base[] = {1, 2, 5};
	for (double scale = 1;; scale *= 10)
		for (int i = 0; i < 3; i++)
			if ((double)max_rank / (base[i] * scale) <= 10)
				return base[i] * scale;
}

static erg_status draw(const erg_graph *g, const erg_timeline *t,
		       const palette *p, const erg_chart_opts *o,
		       xmlTextWriterPtr w, erg_error *err)
{
	const char *metric = erg_metric_name(t->by);
	size_t top = o->top ? o->top : 8, n_lines = 0, max_rank = 1;
	size_t nw = t->n_windows;
	size_t lines[MAX_SERIES];
	double left, right, ptop, bottom, legend_x, slot, label_w;
	double tick_step, rot = 0;
	size_t label_every = 1;
	char buf[TEXT_MAX + 64], lab[LABEL_CHARS * 4 + 8];
	size_t label_chars;
	int unit = (int)t->spec.unit;

	if (top > p->n_series)
		top = p->n_series;
	if (top > MAX_SERIES)
		top = MAX_SERIES;
	for (size_t i = 0; i < t->n_active_overall && n_lines < top; i++)
		lines[n_lines++] = t->order[i];
	for (size_t k = 0; k < n_lines; k++)
		for (size_t wi = 0; wi < nw; wi++)
			if (t->windows[wi].rank[lines[k]] > max_rank)
				max_rank = t->windows[wi].rank[lines[k]];

	/* geometry; text widths are estimated at 0.64 em per character
	 * (DejaVu Sans digits), so labels err on the side of room */
	legend_x = p->width - p->f_legend * 15;
	label_chars = (size_t)((p->width - legend_x - p->f_legend * 2.6) /
			       (p->f_legend * 0.6));
	if (label_chars > LABEL_CHARS)
		label_chars = LABEL_CHARS;
	if (label_chars < 4)
		label_chars = 4;
	left = p->f_axis * 2.2 + p->f_tick * 3;
	right = legend_x - p->f_legend * 2;
	ptop = p->f_title * 2.8;
	bottom = p->height - (p->f_axis * 2 + p->f_tick * 2.5);
	/* window labels: turned by 35 degrees when wider than their slot,
	 * then thinned out so that they do not overlap */
	label_w = 0;
	for (size_t wi = 0; wi < nw; wi++) {
		double lw =
		    (double)strlen(t->windows[wi].label) * p->f_tick * 0.64;
		if (lw > label_w)
			label_w = lw;
	}
	slot = nw ? (right - left) / (double)nw : right - left;
	if (label_w > slot * 0.95) {
		double reach = label_w * cos(35 * M_PI / 180);
		rot = -35;
		bottom -= label_w * sin(35 * M_PI / 180);
		/* the first label, anchored at its end, reaches left */
		if (left + slot / 2 - reach < p->f_axis * 2.2)
			left = p->f_axis * 2.2 + reach - slot / 2;
		if (left > right / 2)
			left = right / 2;
		slot = nw ? (right - left) / (double)nw : right - left;
		label_every = (size_t)ceil(p->f_tick * 1.6 / slot);
	} else if (nw) {
		label_every = (size_t)ceil(label_w * 1.2 / slot);
	}
	if (!label_every)
		label_every = 1;
	tick_step = nice_step(max_rank);

	CHK(xmlTextWriterStartElement(w, BAD_CAST "svg"));
	CHK(attr(w, "xmlns", "http://www.w3.org/2000/svg"));
	CHK(attr_num(w, "width", p->width));
	CHK(attr_num(w, "height", p->height));
	snprintf(buf, sizeof(buf), "0 0 %.0f %.0f", p->width, p->height);
	CHK(attr(w, "viewBox", buf));
	CHK(attr(w, "font-family", p->family));
	expand(o->title ? o->title : p->t_title, metric, buf, sizeof(buf));
	CHK(xmlTextWriterWriteElement(w, BAD_CAST "title", BAD_CAST buf));

	CHK(xmlTextWriterStartElement(w, BAD_CAST "rect"));
	CHK(attr(w, "width", "100%"));
	CHK(attr(w, "height", "100%"));
	CHK(attr(w, "fill", p->bg));
	CHK(xmlTextWriterEndElement(w));
	CHK(text(w, p->width / 2, p->f_title * 1.5, "middle", p->f_title,
		 p->text, 0, true, buf));

	if (!nw || !n_lines) {
		CHK(text(w, (left + right) / 2, (ptop + bottom) / 2, "middle",
			 p->f_axis, p->text, 0, false, p->t_empty));
		CHK(xmlTextWriterEndElement(w));
		return ERG_OK;
	}

	/* grid and rank ticks */
	CHK(xmlTextWriterStartElement(w, BAD_CAST "g"));
	CHK(attr(w, "class", "grid"));
	for (double r = 1; r <= (double)max_rank + 1e-9;
	     r = (r == 1 && tick_step > 1) ? tick_step : r + tick_step) {
		double y = max_rank == 1
			       ? (ptop + bottom) / 2
			       : ptop + (r - 1) / (double)(max_rank - 1) *
					    (bottom - ptop);
		char num[32];
		CHK(line(w, left, y, right, y, p->grid, 1));
		snprintf(num, sizeof(num), "%.0f", r);
		CHK(text(w, left - p->f_tick * 0.6, y + p->f_tick * 0.35, "end",
			 p->f_tick, p->text, 0, false, num));
	}
	CHK(xmlTextWriterEndElement(w));

	/* axes and window labels */
	CHK(xmlTextWriterStartElement(w, BAD_CAST "g"));
	CHK(attr(w, "class", "axes"));
	CHK(line(w, left, ptop - p->f_tick, left, bottom + p->f_tick * 0.5,
		 p->axis, 1.5));
	CHK(line(w, left, bottom + p->f_tick * 0.5, right,
		 bottom + p->f_tick * 0.5, p->axis, 1.5));
	for (size_t wi = 0; wi < nw; wi += label_every) {
		double x = left + ((double)wi + 0.5) * slot;
		double y = bottom + p->f_tick * 2;
		CHK(line(w, x, bottom + p->f_tick * 0.5, x,
			 bottom + p->f_tick * 0.9, p->axis, 1.5));
		CHK(text(w, x, y, rot != 0 ? "end" : "middle", p->f_tick,
			 p->text, rot, false, t->windows[wi].label));
	}
	expand(p->t_y, metric, buf, sizeof(buf));
	CHK(text(w, p->f_axis * 1.2, (ptop + bottom) / 2, "middle", p->f_axis,
		 p->text, -90, false, buf));
	CHK(text(w, (left + right) / 2, p->height - p->f_axis * 0.8, "middle",
		 p->f_axis, p->text, 0, false,
		 t->spec.size == 1 && !t->spec.step && unit >= 0 && unit < 4
		     ? p->t_x[unit]
		     : p->t_x[4]));
	CHK(xmlTextWriterEndElement(w));

	/* one group per actor: polylines broken where absent, markers */
	for (size_t k = n_lines; k-- > 0;) {
		const erg_actor *a = erg_graph_actor_c(g, lines[k]);
		erg_buf pts;
		CHK(xmlTextWriterStartElement(w, BAD_CAST "g"));
		CHK(attr(w, "class", "series"));
		CHK(xmlTextWriterWriteElement(w, BAD_CAST "title",
					      BAD_CAST a->label));
		erg__buf_init(&pts, (size_t)1 << 24);
		for (size_t wi = 0; wi <= nw; wi++) {
			size_t r = wi < nw ? t->windows[wi].rank[lines[k]] : 0;
			if (r) {
				double x = left + ((double)wi + 0.5) * slot;
				double y =
				    max_rank == 1
					? (ptop + bottom) / 2
					: ptop + (double)(r - 1) /
						     (double)(max_rank - 1) *
						     (bottom - ptop);
				if (erg__buf_printf(&pts, "%s%.1f,%.1f",
						    pts.len ? " " : "", x, y)) {
					erg__buf_free(&pts);
					goto write_error;
				}
				continue;
			}
			if (pts.len && strchr(pts.data, ' ')) {
				int rc = xmlTextWriterStartElement(w, BAD_CAST
								   "polyline");
				if (rc >= 0)
					rc = attr(w, "points", pts.data);
				if (rc >= 0)
					rc = attr(w, "fill", "none");
				if (rc >= 0)
					rc = attr(w, "stroke", p->series[k]);
				if (rc >= 0)
					rc = attr_num(w, "stroke-width",
						      p->line_w);
				if (rc >= 0)
					rc =
					    attr(w, "stroke-linejoin", "round");
				if (rc >= 0)
					rc = xmlTextWriterEndElement(w);
				if (rc < 0) {
					erg__buf_free(&pts);
					goto write_error;
				}
			}
			erg__buf_reset(&pts);
		}
		erg__buf_free(&pts);
		for (size_t wi = 0; wi < nw && p->marker_r > 0; wi++) {
			size_t r = t->windows[wi].rank[lines[k]];
			double x = left + ((double)wi + 0.5) * slot, y;
			if (!r)
				continue;
			y = max_rank == 1 ? (ptop + bottom) / 2
					  : ptop + (double)(r - 1) /
						       (double)(max_rank - 1) *
						       (bottom - ptop);
			CHK(xmlTextWriterStartElement(w, BAD_CAST "circle"));
			CHK(attr_num(w, "cx", x));
			CHK(attr_num(w, "cy", y));
			CHK(attr_num(w, "r", p->marker_r));
			CHK(attr(w, "fill", p->series[k]));
			CHK(xmlTextWriterEndElement(w));
		}
		CHK(xmlTextWriterEndElement(w));
	}

	/* legend in overall rank order */
	CHK(xmlTextWriterStartElement(w, BAD_CAST "g"));
	CHK(attr(w, "class", "legend"));
	for (size_t k = 0; k < n_lines; k++) {
		const erg_actor *a = erg_graph_actor_c(g, lines[k]);
		double y = ptop + (double)k * p->f_legend * 1.7;
		CHK(line(w, legend_x, y, legend_x + p->f_legend * 1.6, y,
			 p->series[k], p->line_w));
		cut_label(a->label, label_chars, lab, sizeof(lab));
		CHK(text(w, legend_x + p->f_legend * 2.1,
			 y + p->f_legend * 0.35, "start", p->f_legend, p->text,
			 0, false, lab));
	}
	CHK(xmlTextWriterEndElement(w));
	CHK(xmlTextWriterEndElement(w)); /* svg */
	return ERG_OK;
write_error:
	return erg_error_set(err, ERG_EIO, NULL, 0, 0,
			     "cannot write the chart");
}

erg_status erg_chart_write_fp(const erg_graph *g, const erg_timeline *t,
			      const erg_chart_opts *opts, FILE *fp,
			      erg_error *err)
{
	erg_chart_opts defaults;
	palette p;
	sink s = {fp, false};
	xmlOutputBufferPtr ob;
	xmlTextWriterPtr w;
	erg_status st;

	if (!opts) {
		erg_chart_opts_init(&defaults);
		opts = &defaults;
	}
	if (opts->title &&
	    !erg__utf8_valid(opts->title, strlen(opts->title), NULL))
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "chart title is not valid UTF-8");
	if ((st = palette_load(&p, opts->palette, err)))
		return st;
	xmlInitParser();
	ob = xmlOutputBufferCreateIO(sink_write, sink_close, &s, NULL);
	if (!ob)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	w = xmlNewTextWriter(ob);
	if (!w) {
		xmlOutputBufferClose(ob);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, BAD_CAST " ");
	if (xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL) < 0)
		st = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write the chart");
	else
		st = draw(g, t, &p, opts, w, err);
	if (!st && xmlTextWriterEndDocument(w) < 0)
		st = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write the chart");
	xmlFreeTextWriter(w);
	if (!st && s.failed)
		st = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write the chart");
	return st;
}

static cairo_status_t png_write(void *closure, const unsigned char *data,
				unsigned int length)
{
	return fwrite(data, 1, length, closure) == length
		   ? CAIRO_STATUS_SUCCESS
		   : CAIRO_STATUS_WRITE_ERROR;
}

erg_status erg_chart_write_png_fp(const erg_graph *g, const erg_timeline *t,
				  const erg_chart_opts *opts, FILE *fp,
				  erg_error *err)
{
	char *svg = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&svg, &len);
	double scale = opts && opts->scale > 0 ? opts->scale : 1.5;
	double w = 0, h = 0;
	RsvgHandle *hd = NULL;
	GError *gerr = NULL;
	cairo_surface_t *surf = NULL;
	cairo_t *cr = NULL;
	erg_status st;

	if (!mem)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	st = erg_chart_write_fp(g, t, opts, mem, err);
	if (fclose(mem) && !st)
		st =
		    erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
	if (st)
		goto done;
	hd = rsvg_handle_new_from_data((const guint8 *)svg, len, &gerr);
	if (!hd || !rsvg_handle_get_intrinsic_size_in_pixels(hd, &w, &h) ||
	    w <= 0 || h <= 0 || w * scale > 20000 || h * scale > 20000) {
		st = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
				   "cannot render the chart: %s",
				   gerr ? gerr->message : "bad size");
		goto done;
	}
	surf = cairo_image_surface_create(
	    CAIRO_FORMAT_ARGB32, (int)ceil(w * scale), (int)ceil(h * scale));
	cr = cairo_create(surf);
	cairo_scale(cr, scale, scale);
	{
		RsvgRectangle vp = {0, 0, w, h};
		if (!rsvg_handle_render_document(hd, cr, &vp, &gerr)) {
			st = erg_error_set(err, ERG_EALGO, NULL, 0, 0,
					   "cannot render the chart: %s",
					   gerr ? gerr->message : "?");
			goto done;
		}
	}
	cairo_surface_flush(surf);
	if (cairo_surface_write_to_png_stream(surf, png_write, fp) !=
	    CAIRO_STATUS_SUCCESS)
		st = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write the chart as PNG");
done:
	if (cr)
		cairo_destroy(cr);
	if (surf)
		cairo_surface_destroy(surf);
	if (hd)
		g_object_unref(hd);
	if (gerr)
		g_error_free(gerr);
	free(svg);
	return st;
}

erg_status erg_chart_write_file(const erg_graph *g, const erg_timeline *t,
				const erg_chart_opts *opts, const char *path,
				erg_error *err)
{
	erg_atomic *a = NULL;
	FILE *fp;
	erg_status st;
	bool png = erg_format_from_path(path) == ERG_FORMAT_PNG;

	if ((st = erg_atomic_open(&a, path, &fp, err)))
		return st;
	st = png ? erg_chart_write_png_fp(g, t, opts, fp, err)
		 : erg_chart_write_fp(g, t, opts, fp, err);
	if (st) {
		erg_atomic_abort(a);
		return st;
	}
	return erg_atomic_commit(a, err);
}
