/*
 * temporal_write.c - the timeline and layers tables (see
 * ergraph/temporal.h), and the small field writers the diff report shares
 * (temporal_write_internal.h).
 *
 * Conventions are those of the metrics table (output/metrics_write.c):
 * CSV fields quoted per RFC 4180, TSV fields with tabs and line breaks
 * turned into spaces, reals in CSV/TSV as the shortest of %.15g..%.17g
 * that reads back as the same double, %.4g in Markdown, integer metrics
 * without decimals, JSON through jansson with non-finite values as 0.
 */
#include "ergraph/temporal.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "write_internal.h"
#include "util_internal.h"

int erg__put_field(FILE *fp, const char *s, char delim)
{
	if (delim == '\t') {
		for (; *s; s++)
			if (fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' '
									 : *s,
				  fp) == EOF)
				return -1;
		return 0;
	}
	if (!strpbrk(s, ",\"\r\n"))
		return fputs(s, fp) == EOF ? -1 : 0;
	if (fputc('"', fp) == EOF)
		return -1;
	for (; *s; s++) {
		if (*s == '"' && fputc('"', fp) == EOF)
			return -1;
		if (fputc(*s, fp) == EOF)
			return -1;
	}
	return fputc('"', fp) == EOF ? -1 : 0;
}

int erg__put_md(FILE *fp, const char *s)
{
	for (; *s; s++) {
		int rc;
		if (*s == '|')
			rc = fputs("\\|", fp);
		else if (*s == '\\')
			rc = fputs("\\\\", fp);
		else if (*s == '\n' || *s == '\r')
			rc = fputc(' ', fp);
		else
			rc = fputc(*s, fp);
		if (rc == EOF)
			return -1;
	}
	return 0;
}

const char *erg__format_real(double x, bool is_integer, bool short_form,
			     char *buf, size_t size)
{
	if (!isfinite(x))
		x = 0;
	if (x == 0)
		x = 0; /* no -0 */
	if (is_integer) {
		snprintf(buf, size, "%lld", (long long)llround(x));
	} else if (short_form) {
		snprintf(buf, size, "%.4g", x);
	} else {
		for (int prec = 15; prec <= 17; prec++) {
			snprintf(buf, size, "%.*g", prec, x);
			if (strtod(buf, NULL) == x)
				break;
		}
	}
	return buf;
}

json_t *erg__json_real(double x, bool is_integer)
{
	if (!isfinite(x))
		x = 0;
	if (is_integer)
		return json_integer((json_int_t)llround(x));
	return json_real(x == 0 ? 0 : x);
}

int erg__json_put(json_t *obj, const char *key, json_t *v)
{
	return v ? json_object_set_new(obj, key, v) : -1;
}

erg_status erg__json_dump(json_t *root, FILE *fp, erg_error *err)
{
	if (json_dumpf(root, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER) ||
	    fputc('\n', fp) == EOF)
		return erg_error_set(err, ERG_EIO, NULL, 0, 0,
				     "cannot write the JSON output");
	return ERG_OK;
}

static const char *kind_of(const erg_actor *a)
{
	const char *k = erg_kind_name(a->kind);
	return k ? k : "other";
}

/* ---- timeline ---- */

/* A row of a window: sorted by rank, then label and id (the order of
 * erg_metrics_rank among equal values). */
typedef struct {
	size_t rank;
	const char *label;
	const char *id;
	size_t actor;
} row;

static int row_cmp(const void *x, const void *y)
{
	const row *a = x, *b = y;
	int c;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	if ((c = strcmp(a->label, b->label)))
		return c;
	return strcmp(a->id, b->id);
}

/* Marks the actors shown: the first `top` of the overall order (all
 * active ones when top is 0), so that ties never widen the selection. */
static void mark_shown(const erg_timeline *t, size_t top, unsigned char *shown)
{
	memset(shown, 0, t->n_actors ? t->n_actors : 1);
	for (size_t i = 0; i < t->n_active_overall && (!top || i < top); i++)
		shown[t->order[i]] = 1;
}

/* Shown actors of window w in row order into `out`; returns how many.
 * `rows` is scratch of n_actors entries. */
static size_t window_rows(const erg_graph *g, const erg_timeline *t,
			  const erg_window *w, const unsigned char *shown,
			  row *rows, size_t *out)
{
	size_t n = 0;
	for (size_t a = 0; a < t->n_actors; a++) {
		const erg_actor *x;
		if (!w->rank[a] || !shown[a])
			continue;
		x = erg_graph_actor_c(g, a);
		rows[n].rank = w->rank[a];
		rows[n].label = x->label ? x->label : x->id;
		rows[n].id = x->id;
		rows[n++].actor = a;
	}
	qsort(rows, n, sizeof(*rows), row_cmp);
	for (size_t i = 0; i < n; i++)
		out[i] = rows[i].actor;
	return n;
}

static int timeline_delimited(const erg_graph *g, const erg_timeline *t,
			      const unsigned char *shown, row *scratch,
			      char delim, bool md, size_t *rows, FILE *fp)
{
	const char *metric = erg_metric_name(t->by);
	bool integer = erg_metric_is_integer(t->by);
	char num[64];

	if (md) {
		if (fputs("| window | start | end | rank | id | label | metric "
			  "| value |\n| --- | --- | --- | ---: | --- | --- | "
			  "--- | ---: |\n",
			  fp) == EOF)
			return -1;
	} else if (fprintf(fp,
			   "window%cstart%cend%crank%cid%clabel%cmetric%c"
			   "value\n",
			   delim, delim, delim, delim, delim, delim,
			   delim) < 0) {
		return -1;
	}
	for (size_t w = 0; w < t->n_windows; w++) {
		const erg_window *win = &t->windows[w];
		size_t n = win->computed
			       ? window_rows(g, t, win, shown, scratch, rows)
			       : 0;
		for (size_t i = 0; i < n; i++) {
			const erg_actor *a = erg_graph_actor_c(g, rows[i]);
			erg__format_real(win->value[rows[i]], integer, md, num,
					 sizeof(num));
			if (md) {
				if (fprintf(fp, "| %s | %s | %s | %zu | ",
					    win->label, win->start, win->end,
					    win->rank[rows[i]]) < 0 ||
				    erg__put_md(fp, a->id) ||
				    fputs(" | ", fp) == EOF ||
				    erg__put_md(fp, a->label) ||
				    fprintf(fp, " | %s | %s |\n", metric, num) <
					0)
					return -1;
				continue;
			}
			if (fprintf(fp, "%s%c%s%c%s%c%zu%c", win->label, delim,
				    win->start, delim, win->end, delim,
				    win->rank[rows[i]], delim) < 0 ||
			    erg__put_field(fp, a->id, delim) ||
			    fputc(delim, fp) == EOF ||
			    erg__put_field(fp, a->label, delim) ||
			    fprintf(fp, "%c%s%c%s\n", delim, metric, delim,
				    num) < 0)
				return -1;
		}
	}
	return 0;
}

static erg_status timeline_json(const erg_graph *g, const erg_timeline *t,
				const unsigned char *shown, row *scratch,
				size_t *rows, FILE *fp, erg_error *err)
{
	json_t *root = json_object(), *wins = json_array();
	bool integer = erg_metric_is_integer(t->by);
	erg_status st = ERG_OK;
	char window[64];

	if (t->spec.size == 1 && !t->spec.step)
		snprintf(window, sizeof(window), "%s",
			 erg_time_unit_name(t->spec.unit));
	else
		snprintf(window, sizeof(window), "%u %s%s, step %u",
			 t->spec.size, erg_time_unit_name(t->spec.unit),
			 t->spec.size > 1 ? "s" : "",
			 t->spec.step ? t->spec.step : t->spec.size);
	if (!root || !wins ||
	    erg__json_put(root, "metric",
			  json_string(erg_metric_name(t->by))) ||
	    erg__json_put(root, "window", json_string(window)) ||
	    erg__json_put(
		root, "partial",
		json_string(erg_partial_rule_name(t->spec.partial))) ||
	    erg__json_put(root, "cumulative",
			  json_boolean(t->spec.cumulative)) ||
	    erg__json_put(root, "dated",
			  json_integer((json_int_t)t->n_dated)) ||
	    erg__json_put(root, "undated",
			  json_integer((json_int_t)t->n_undated)) ||
	    erg__json_put(root, "unplaced",
			  json_integer((json_int_t)t->n_unplaced)))
		goto oom;
	if (json_object_set(root, "windows", wins))
		goto oom;
	for (size_t w = 0; w < t->n_windows; w++) {
		const erg_window *win = &t->windows[w];
		json_t *o = json_object(), *actors = NULL;
		size_t n = win->computed
			       ? window_rows(g, t, win, shown, scratch, rows)
			       : 0;

		if (!o || json_array_append_new(wins, o) ||
		    erg__json_put(o, "window", json_string(win->label)) ||
		    erg__json_put(o, "start", json_string(win->start)) ||
		    erg__json_put(o, "end", json_string(win->end)) ||
		    erg__json_put(o, "relations",
				  json_integer((json_int_t)win->n_relations)) ||
		    erg__json_put(o, "computed", json_boolean(win->computed)) ||
		    erg__json_put(o, "actors", actors = json_array()))
			goto oom;
		for (size_t i = 0; i < n; i++) {
			const erg_actor *a = erg_graph_actor_c(g, rows[i]);
			json_t *r = json_object();
			if (!r || json_array_append_new(actors, r) ||
			    erg__json_put(
				r, "rank",
				json_integer((json_int_t)win->rank[rows[i]])) ||
			    erg__json_put(r, "id", json_string(a->id)) ||
			    erg__json_put(r, "label", json_string(a->label)) ||
			    erg__json_put(
				r, "value",
				erg__json_real(win->value[rows[i]], integer)))
				goto oom;
		}
	}
	st = erg__json_dump(root, fp, err);
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
			   "out of memory (or invalid UTF-8) building JSON");
done:
	json_decref(wins);
	json_decref(root);
	return st;
}

erg_status erg_timeline_write_fp(const erg_graph *g, const erg_timeline *t,
				 size_t top, erg_table_format fmt, FILE *fp,
				 erg_error *err)
{
	size_t n = t->n_actors ? t->n_actors : 1;
	size_t *rows = malloc(n * sizeof(*rows));
	row *scratch = malloc(n * sizeof(*scratch));
	unsigned char *shown = malloc(n);
	erg_status st = ERG_OK;
	int rc = 0;

	if (!rows || !scratch || !shown) {
		free(rows);
		free(scratch);
		free(shown);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	mark_shown(t, top, shown);
	switch (fmt) {
	case ERG_TABLE_JSON:
		st = timeline_json(g, t, shown, scratch, rows, fp, err);
		break;
	case ERG_TABLE_MD:
		rc =
		    timeline_delimited(g, t, shown, scratch, 0, true, rows, fp);
		break;
	case ERG_TABLE_TSV:
		rc = timeline_delimited(g, t, shown, scratch, '\t', false, rows,
					fp);
		break;
	default:
		rc = timeline_delimited(g, t, shown, scratch, ',', false, rows,
					fp);
		break;
	}
	free(scratch);
	free(shown);
	free(rows);
	if (rc)
		st = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write the timeline table");
	return st;
}

erg_status erg_timeline_write_file(const erg_graph *g, const erg_timeline *t,
				   size_t top, erg_table_format fmt,
				   const char *path, erg_error *err)
{
	erg_atomic *a = NULL;
	FILE *fp;
	erg_status st;

	if ((st = erg_atomic_open(&a, path, &fp, err)))
		return st;
	if ((st = erg_timeline_write_fp(g, t, top, fmt, fp, err))) {
		erg_atomic_abort(a);
		return st;
	}
	return erg_atomic_commit(a, err);
}

/* ---- layers ---- */

static int layers_delimited(const erg_graph *g, const erg_layerset *ls,
			    char delim, bool md, FILE *fp)
{
	size_t nl = erg_layerset_count(ls), n = erg_graph_actor_count(g);
	const size_t *order = erg_layerset_order(ls);
	bool integer = erg_metric_is_integer(erg_layerset_metric(ls));
	const erg_layerset_layer *all = erg_layerset_get(ls, 0);
	char num[64];

	if (md) {
		if (fputs("| id | label | kind |", fp) == EOF)
			return -1;
		for (size_t l = 0; l < nl; l++)
			if (fputc(' ', fp) == EOF ||
			    erg__put_md(fp, erg_layerset_get(ls, l)->name) ||
			    fputs(" |", fp) == EOF)
				return -1;
		if (fputs("\n| --- | --- | --- |", fp) == EOF)
			return -1;
		for (size_t l = 0; l < nl; l++)
			if (fputs(" ---: |", fp) == EOF)
				return -1;
	} else {
		if (fprintf(fp, "id%clabel%ckind", delim, delim) < 0)
			return -1;
		for (size_t l = 0; l < nl; l++) {
			const char *name = erg_layerset_get(ls, l)->name;
			if (fputc(delim, fp) == EOF ||
			    erg__put_field(fp, name, delim) ||
			    fputs(".rank", fp) == EOF ||
			    fputc(delim, fp) == EOF ||
			    erg__put_field(fp, name, delim) ||
			    fputs(".value", fp) == EOF)
				return -1;
		}
	}
	if (fputc('\n', fp) == EOF)
		return -1;
	for (size_t i = 0; i < n; i++) {
		size_t a = order[i];
		const erg_actor *act = erg_graph_actor_c(g, a);
		bool any = false;
		for (size_t l = 0; l < nl; l++)
			any |= erg_layerset_get(ls, l)->rank[a] != 0;
		if (!any)
			continue;
		if (md) {
			if (fputs("| ", fp) == EOF ||
			    erg__put_md(fp, act->id) ||
			    fputs(" | ", fp) == EOF ||
			    erg__put_md(fp, act->label) ||
			    fprintf(fp, " | %s |", kind_of(act)) < 0)
				return -1;
		} else if (erg__put_field(fp, act->id, delim) ||
			   fputc(delim, fp) == EOF ||
			   erg__put_field(fp, act->label, delim) ||
			   fprintf(fp, "%c%s", delim, kind_of(act)) < 0) {
			return -1;
		}
		for (size_t l = 0; l < nl; l++) {
			const erg_layerset_layer *y = erg_layerset_get(ls, l);
			size_t r = y->rank[a];
			if (md) {
				long move = (long)all->rank[a] - (long)r;
				if (!r) {
					if (fputs(" - |", fp) == EOF)
						return -1;
				} else if (l == 0 || !all->rank[a] || !move) {
					if (fprintf(fp, " %zu |", r) < 0)
						return -1;
				} else if (fprintf(fp, " %zu (%+ld) |", r,
						   move) < 0) {
					return -1;
				}
				continue;
			}
			if (!r) {
				if (fprintf(fp, "%c%c", delim, delim) < 0)
					return -1;
				continue;
			}
			if (fprintf(fp, "%c%zu%c%s", delim, r, delim,
				    erg__format_real(y->value[a], integer,
						     false, num, sizeof(num))) <
			    0)
				return -1;
		}
		if (fputc('\n', fp) == EOF)
			return -1;
	}
	return 0;
}

static erg_status layers_json(const erg_graph *g, const erg_layerset *ls,
			      FILE *fp, erg_error *err)
{
	size_t nl = erg_layerset_count(ls), n = erg_graph_actor_count(g);
	const size_t *order = erg_layerset_order(ls);
	bool integer = erg_metric_is_integer(erg_layerset_metric(ls));
	json_t *root = json_object(), *layers = json_array(),
	       *actors = json_array();
	erg_status st = ERG_OK;

	if (!root || !layers || !actors ||
	    erg__json_put(
		root, "metric",
		json_string(erg_metric_name(erg_layerset_metric(ls)))) ||
	    json_object_set(root, "layers", layers) ||
	    json_object_set(root, "actors", actors))
		goto oom;
	for (size_t l = 0; l < nl; l++) {
		const erg_layerset_layer *y = erg_layerset_get(ls, l);
		json_t *o = json_object();
		if (!o || json_array_append_new(layers, o) ||
		    erg__json_put(o, "name", json_string(y->name)) ||
		    erg__json_put(o, "relations",
				  json_integer((json_int_t)y->n_relations)) ||
		    erg__json_put(o, "actors",
				  json_integer((json_int_t)y->n_active)) ||
		    erg__json_put(o, "computed", json_boolean(y->computed)))
			goto oom;
	}
	for (size_t i = 0; i < n; i++) {
		size_t a = order[i];
		const erg_actor *act = erg_graph_actor_c(g, a);
		json_t *o, *ranks = NULL, *values = NULL;
		bool any = false;

		for (size_t l = 0; l < nl; l++)
			any |= erg_layerset_get(ls, l)->rank[a] != 0;
		if (!any)
			continue;
		o = json_object();
		if (!o || json_array_append_new(actors, o) ||
		    erg__json_put(o, "id", json_string(act->id)) ||
		    erg__json_put(o, "label", json_string(act->label)) ||
		    erg__json_put(o, "kind", json_string(kind_of(act))) ||
		    erg__json_put(o, "ranks", ranks = json_object()) ||
		    erg__json_put(o, "values", values = json_object()))
			goto oom;
		for (size_t l = 0; l < nl; l++) {
			const erg_layerset_layer *y = erg_layerset_get(ls, l);
			size_t r = y->rank[a];
			if (erg__json_put(ranks, y->name,
					  r ? json_integer((json_int_t)r)
					    : json_null()) ||
			    erg__json_put(
				values, y->name,
				r ? erg__json_real(y->value[a], integer)
				  : json_null()))
				goto oom;
		}
	}
	st = erg__json_dump(root, fp, err);
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
			   "out of memory (or invalid UTF-8) building JSON");
done:
	json_decref(layers);
	json_decref(actors);
	json_decref(root);
	return st;
}

erg_status erg_layerset_write_fp(const erg_graph *g, const erg_layerset *ls,
				 erg_table_format fmt, FILE *fp, erg_error *err)
{
	int rc = 0;

	if (!erg_layerset_order(ls))
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "layers not computed");
	switch (fmt) {
	case ERG_TABLE_JSON:
		return layers_json(g, ls, fp, err);
	case ERG_TABLE_MD:
		rc = layers_delimited(g, ls, 0, true, fp);
		break;
	case ERG_TABLE_TSV:
		rc = layers_delimited(g, ls, '\t', false, fp);
		break;
	default:
		rc = layers_delimited(g, ls, ',', false, fp);
		break;
	}
	if (rc)
		return erg_error_set(err, ERG_EIO, NULL, 0, 0,
				     "cannot write the layers table");
	return ERG_OK;
}

erg_status erg_layerset_write_file(const erg_graph *g, const erg_layerset *ls,
				   erg_table_format fmt, const char *path,
				   erg_error *err)
{
	erg_atomic *a = NULL;
	FILE *fp;
	erg_status st;

	if ((st = erg_atomic_open(&a, path, &fp, err)))
		return st;
	if ((st = erg_layerset_write_fp(g, ls, fmt, fp, err))) {
		erg_atomic_abort(a);
		return st;
	}
	return erg_atomic_commit(a, err);
}
