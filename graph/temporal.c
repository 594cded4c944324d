/*
 * temporal.c - windows over dated relations and one analysis per window
 * (see ergraph/temporal.h).
 *
 * Dates become day numbers (days since 1970-01-01, proleptic Gregorian,
 * Howard Hinnant's days_from_civil); a partial date is the period
 * [first day, last day] it names. Month, quarter and year windows are
 * counted in months and aligned on the calendar (quarters start in
 * January, April, July and October); day windows start on the earliest
 * day. Windows start at the one holding the earliest date's first day and
 * stop with the first window that reaches the latest date's last day.
 *
 * Each window is analysed as a network of its own: a graph holding every
 * actor of the input in the same order (so that indices match) and only
 * the window's relations, given to erg_analyze. Copying costs O(V + E) per
 * window, small beside the analysis.
 */
#include "ergraph/temporal.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "temporal_internal.h"
#include "util_internal.h"

/* ---- calendar ---- */

static long days_from_civil(long y, unsigned m, unsigned d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (long)(m > 2 ? m - 3 : m + 9) + 2) / 5 + (long)d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, unsigned *m, unsigned *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
	*m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* Month index y * 12 + (m - 1) <-> day number of its first day. */
static long month_first_day(long mi)
{
	long y = mi >= 0 ? mi / 12 : -((-mi + 11) / 12);
	return days_from_civil(y, (unsigned)(mi - y * 12) + 1, 1);
}

static long month_of_day(long day)
{
	long y;
	unsigned m, d;
	civil_from_days(day, &y, &m, &d);
	return y * 12 + (long)m - 1;
}

int erg_date_period(const char *date, long *first, long *last)
{
	long y;
	unsigned m, d;
	size_t n;

	if (!date || !erg_date_valid(date))
		return -1;
	n = strlen(date);
	y = strtol(date, NULL, 10);
	if (n == 4) {
		*first = days_from_civil(y, 1, 1);
		*last = days_from_civil(y, 12, 31);
		return 0;
	}
	m = (unsigned)strtoul(date + 5, NULL, 10);
	if (n == 7) {
		*first = days_from_civil(y, m, 1);
		*last = month_first_day(y * 12 + (long)m) - 1;
		return 0;
	}
	d = (unsigned)strtoul(date + 8, NULL, 10);
	*first = *last = days_from_civil(y, m, d);
	return 0;
}

void erg_date_format(long day, char *buf)
{
	long y;
	unsigned m, d;
	civil_from_days(day, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = y < 0 ? 0 : 9999;
	snprintf(buf, 11, "%04ld-%02u-%02u", y, m, d);
}

/* ---- window specs ---- */

static const char *unit_names[] = {"day", "month", "quarter", "year"};
static const char unit_letters[] = "dmqy";
static const unsigned unit_months[] = {0, 1, 3, 12};

void erg_window_spec_init(erg_window_spec *s)
{
	memset(s, 0, sizeof(*s));
	s->unit = ERG_UNIT_MONTH;
	s->size = 1;
	s->partial = ERG_PARTIAL_OVERLAP;
}

const char *erg_time_unit_name(erg_time_unit u)
{
	return (unsigned)u <= ERG_UNIT_YEAR ? unit_names[u] : NULL;
}

const char *erg_partial_rule_name(erg_partial_rule r)
{
	return r == ERG_PARTIAL_CONTAINED ? "contained" : "overlap";
}

int erg_partial_rule_parse(const char *s, erg_partial_rule *out)
{
	if (s && erg__strcasecmp(s, "overlap") == 0) {
		*out = ERG_PARTIAL_OVERLAP;
		return 0;
	}
	if (s && erg__strcasecmp(s, "contained") == 0) {
		*out = ERG_PARTIAL_CONTAINED;
		return 0;
	}
	return -1;
}

/* "month" or "6m": unit and count. 0 ok, -1 bad. */
static int parse_length(const char *s, erg_time_unit *unit, unsigned *n)
{
	unsigned long v;
	char *end;
	const char *p;

	for (int u = 0; u <= ERG_UNIT_YEAR; u++) {
		if (erg__strcasecmp(s, unit_names[u]) == 0) {
			*unit = (erg_time_unit)u;
			*n = 1;
			return 0;
		}
	}
	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || v < 1 || v > 10000 || !end[0] || end[1])
		return -1;
	p = strchr(unit_letters, end[0] | 0x20);
	if (!p || !*p)
		return -1;
	*unit = (erg_time_unit)(p - unit_letters);
	*n = (unsigned)v;
	return 0;
}

erg_status erg_window_spec_parse(erg_window_spec *s, const char *window,
				 const char *step, erg_error *err)
{
	erg_time_unit wu, su;
	unsigned wn, sn;

	if (!window || parse_length(window, &wu, &wn))
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "unknown window '%s' (day, month, "
				     "quarter, year, or a length such as 6m, "
				     "2q, 1y, 10d)",
				     window ? window : "(null)");
	if (!step || !step[0]) {
		s->unit = wu;
		s->size = wn;
		s->step = 0;
		return ERG_OK;
	}
	if (parse_length(step, &su, &sn))
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "unknown step '%s' (a length such as "
				     "1m, 1q, 1y, 7d)",
				     step);
	if (su != wu) {
		/* months, quarters and years convert to months */
		if (wu == ERG_UNIT_DAY || su == ERG_UNIT_DAY)
			return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
					     "window '%s' and step '%s' mix "
					     "days with months",
					     window, step);
		wn *= unit_months[wu];
		sn *= unit_months[su];
		wu = ERG_UNIT_MONTH;
	}
	s->unit = wu;
	s->size = wn;
	s->step = sn;
	return ERG_OK;
}

/* ---- labels ---- */

/* Label of the unit starting on `day` (buf: at least 11 bytes). */
static void unit_label(erg_time_unit u, long day, char *buf)
{
	char iso[11];
	erg_date_format(day, iso); /* YYYY-MM-DD */
	switch (u) {
	case ERG_UNIT_DAY:
		memcpy(buf, iso, 11);
		break;
	case ERG_UNIT_MONTH:
		memcpy(buf, iso, 7);
		buf[7] = '\0';
		break;
	case ERG_UNIT_QUARTER:
		memcpy(buf, iso, 5);
		buf[5] = 'Q';
		buf[6] = (char)('1' + ((iso[5] - '0') * 10 + iso[6] - '1') / 3);
		buf[7] = '\0';
		break;
	default:
		memcpy(buf, iso, 4);
		buf[4] = '\0';
		break;
	}
}

/* ---- shared ranking helpers (temporal_internal.h) ---- */

void erg__rank_opts(erg_analyze_opts *out, const erg_analyze_opts *opts,
		    erg_metric by)
{
	if (opts)
		*out = *opts;
	else
		erg_analyze_opts_init(out);
	if (!out->metrics)
		out->metrics = 1u << by;
	else
		out->metrics |= 1u << by;
}

bool erg__same_value(double a, double b)
{
	double scale = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
	return a == b || fabs(a - b) <= 1e-9 * scale;
}

erg_status erg__rank_active(const erg_graph *g, const erg_metrics *m,
			    erg_metric by, const size_t *active, double *value,
			    size_t *rank, size_t *order, size_t *n_active,
			    bool *computed, erg_error *err)
{
	size_t n = erg_graph_actor_count(g), k = 0, last = 0, *o = NULL;
	erg_status st;

	for (size_t i = 0; i < n; i++) {
		value[i] = 0;
		rank[i] = 0;
	}
	if (n_active)
		*n_active = 0;
	*computed = erg_metrics_has(m, by);
	if (!*computed) {
		for (size_t i = 0; order && i < n; i++)
			order[i] = i;
		return ERG_OK;
	}
	if ((st = erg_metrics_rank(g, m, by, &o, err)))
		return st;
	for (size_t i = 0; i < n; i++) {
		size_t a = o[i];
		if (!active[a])
			continue;
		value[a] = m->values[by][a];
		/* equal values share the rank of the first of them */
		rank[a] = k && erg__same_value(value[a], value[last])
			      ? rank[last]
			      : k + 1;
		last = a;
		if (order)
			order[k] = a;
		k++;
	}
	if (order) {
		size_t j = k;
		for (size_t i = 0; i < n; i++)
			if (!active[o[i]])
				order[j++] = o[i];
	}
	if (n_active)
		*n_active = k;
	free(o);
	return ERG_OK;
}

/* ---- timeline ---- */

typedef struct {
	size_t rel; /* relation index */
	long first; /* its period */
	long last;
} dated;

typedef struct {
	long first;
	long last;
} span;

/* The windows covering [lo, hi]. */
static erg_status make_windows(const erg_window_spec *s, long lo, long hi,
			       span **out, size_t *n_out, erg_error *err)
{
	span *w = NULL;
	size_t n = 0, cap = 0;
	unsigned step = s->step ? s->step : s->size;
	long m0 = 0;

	*out = NULL;
	*n_out = 0;
	if (s->unit != ERG_UNIT_DAY) {
		long u = unit_months[s->unit];
		m0 = month_of_day(lo);
		m0 = m0 >= 0 ? m0 / u * u : -((-m0 + u - 1) / u) * u;
	}
	for (size_t k = 0;; k++) {
		span x;
		if (s->unit == ERG_UNIT_DAY) {
			x.first = lo + (long)(k * step);
			x.last = x.first + (long)s->size - 1;
		} else {
			long u = unit_months[s->unit];
			long ms = m0 + (long)(k * step) * u;
			x.first = month_first_day(ms);
			x.last = month_first_day(ms + (long)s->size * u) - 1;
		}
		if (x.first > hi)
			break;
		if (n >= ERG_TIMELINE_MAX_WINDOWS) {
			free(w);
			return erg_error_set(
			    err, ERG_ELIMIT, NULL, 0, 0,
			    "more than %d windows: choose a longer window or "
			    "step",
			    ERG_TIMELINE_MAX_WINDOWS);
		}
		if (erg__grow((void **)&w, &cap, n + 1, sizeof(*w))) {
			free(w);
			return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
					     "out of memory");
		}
		w[n++] = x;
		if (x.last >= hi)
			break;
	}
	*out = w;
	*n_out = n;
	return ERG_OK;
}

static bool placed(const erg_window_spec *s, const dated *d, const span *w)
{
	if (s->partial == ERG_PARTIAL_CONTAINED)
		return (s->cumulative || d->first >= w->first) &&
		       d->last <= w->last;
	return d->first <= w->last && (s->cumulative || d->last >= w->first);
}

/* A graph holding the actors that take part in the relations idx[0..n)
 * of `g`, in g's order, with their ids and labels (for ties in ranking),
 * and those relations; of[k] receives the index in g of actor k of the
 * new graph, *n_sub their number. `mark` (erg_graph_actor_count(g)
 * entries, all 0) is scratch and is left all 0. */
static erg_status subgraph(erg_graph **out, const erg_graph *g,
			   const size_t *idx, size_t n, size_t *mark,
			   size_t *of, size_t *n_sub, erg_error *err)
{
	erg_graph *sub = NULL;
	size_t n_actors = erg_graph_actor_count(g), k = 0, ai, ri;
	erg_status st;

	*n_sub = 0;
	if ((st = erg_graph_new(&sub, erg_graph_types(g), err)))
		return st;
	for (size_t i = 0; i < n; i++) {
		const erg_relation *r = erg_graph_relation_c(g, idx[i]);
		mark[r->source] = mark[r->target] = 1;
	}
	for (size_t a = 0; a < n_actors; a++) {
		const erg_actor *x;
		if (!mark[a])
			continue;
		x = erg_graph_actor_c(g, a);
		if ((st = erg_graph_ensure_actor(sub, x->id, &ai, NULL, err)))
			goto fail;
		if ((st = erg_actor_set_label(erg_graph_actor(sub, ai),
					      x->label)))
			goto oom;
		of[k] = a;
		mark[a] = ++k; /* index + 1 */
	}
	for (size_t i = 0; i < n; i++) {
		const erg_relation *r = erg_graph_relation_c(g, idx[i]);
		erg_relation *c;
		if ((st = erg_graph_add_relation(sub, mark[r->source] - 1,
						 mark[r->target] - 1, r->type,
						 &ri, err)))
			goto fail;
		c = erg_graph_relation(sub, ri);
		c->directed = r->directed;
		c->modality = r->modality;
		c->weight = r->weight;
	}
	*n_sub = k;
	*out = sub;
	st = ERG_OK;
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
fail:
	erg_graph_free(sub);
done:
	for (size_t i = 0; i < k; i++)
		mark[of[i]] = 0;
	if (st)
		for (size_t i = 0; i < n; i++) {
			const erg_relation *r = erg_graph_relation_c(g, idx[i]);
			mark[r->source] = mark[r->target] = 0;
		}
	return st;
}

erg_status erg__rank_subset(const erg_graph *g, const size_t *idx, size_t n,
			    const erg_analyze_opts *aopts, erg_metric by,
			    double *value, size_t *rank, size_t *order,
			    size_t *n_active, bool *computed, erg_error *err)
{
	size_t n_actors = erg_graph_actor_count(g), n_sub = 0, k = 0;
	size_t *mark = calloc(n_actors ? n_actors : 1, sizeof(*mark));
	size_t *of = malloc((n_actors ? n_actors : 1) * sizeof(*of));
	size_t *o = NULL;
	erg_graph *sub = NULL;
	erg_metrics *m = NULL;
	erg_status st;

	for (size_t a = 0; a < n_actors; a++) {
		value[a] = 0;
		rank[a] = 0;
	}
	if (n_active)
		*n_active = 0;
	*computed = false;
	if (!mark || !of) {
		st =
		    erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
		goto done;
	}
	if ((st = subgraph(&sub, g, idx, n, mark, of, &n_sub, err)) ||
	    (st = erg_analyze(sub, NULL, aopts, &m, err)))
		goto done;
	*computed = erg_metrics_has(m, by);
	if (*computed) {
		if ((st = erg_metrics_rank(sub, m, by, &o, err)))
			goto done;
		for (k = 0; k < n_sub; k++) {
			size_t a = of[o[k]];
			value[a] = m->values[by][o[k]];
			/* equal values share the rank of the first of them */
			rank[a] =
			    k && erg__same_value(value[a], value[of[o[k - 1]]])
				? rank[of[o[k - 1]]]
				: k + 1;
			if (order)
				order[k] = a;
		}
		if (n_active)
			*n_active = n_sub;
	}
	/* then the others, in g's order */
	for (size_t a = 0; order && a < n_actors; a++)
		if (!rank[a])
			order[k++] = a;
done:
	free(o);
	erg_metrics_free(m);
	erg_graph_free(sub);
	free(mark);
	free(of);
	return st;
}

void erg_timeline_free(erg_timeline *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n_windows; i++) {
		free(t->windows[i].value);
		free(t->windows[i].rank);
	}
	free(t->windows);
	free(t->overall_value);
	free(t->overall_rank);
	free(t->order);
	free(t);
}

erg_status erg_timeline_build(erg_timeline **out, const erg_graph *g,
			      const erg_view *view, const erg_window_spec *spec,
			      const erg_analyze_opts *opts, erg_metric by,
			      erg_error *err)
{
	size_t n_rels = erg_graph_relation_count(g);
	size_t n_actors = erg_graph_actor_count(g), n_dated = 0, n_spans = 0;
	erg_window_spec defspec;
	erg_analyze_opts aopts;
	erg_timeline *t = NULL;
	dated *rels = NULL;
	unsigned char *any = NULL;
	size_t *idx = NULL, k;
	span *spans = NULL;
	long lo = LONG_MAX, hi = LONG_MIN;
	erg_status st = ERG_OK;

	*out = NULL;
	if (!spec) {
		erg_window_spec_init(&defspec);
		spec = &defspec;
	}
	if ((unsigned)by >= ERG_METRIC__COUNT || !spec->size ||
	    (unsigned)spec->unit > ERG_UNIT_YEAR)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "invalid timeline request (metric %d, "
				     "window size %u)",
				     (int)by, spec->size);
	erg__rank_opts(&aopts, opts, by);
	t = calloc(1, sizeof(*t));
	rels = malloc((n_rels ? n_rels : 1) * sizeof(*rels));
	idx = malloc((n_rels ? n_rels : 1) * sizeof(*idx));
	any = calloc(n_rels ? n_rels : 1, 1);
	if (!t || !rels || !idx || !any)
		goto oom;
	t->spec = *spec;
	t->by = by;
	t->n_actors = n_actors;
	for (size_t i = 0; i < n_rels; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		if (!erg_view_match(view, g, r))
			continue;
		if (erg_date_period(r->date, &rels[n_dated].first,
				    &rels[n_dated].last)) {
			t->n_undated++;
			continue;
		}
		rels[n_dated].rel = i;
		if (rels[n_dated].first < lo)
			lo = rels[n_dated].first;
		if (rels[n_dated].last > hi)
			hi = rels[n_dated].last;
		n_dated++;
	}
	t->n_dated = n_dated;
	t->overall_value = calloc(n_actors ? n_actors : 1, sizeof(double));
	t->overall_rank = calloc(n_actors ? n_actors : 1, sizeof(size_t));
	t->order = calloc(n_actors ? n_actors : 1, sizeof(size_t));
	if (!t->overall_value || !t->overall_rank || !t->order)
		goto oom;
	for (size_t i = 0; i < n_actors; i++)
		t->order[i] = i;
	if (!n_dated)
		goto finish;
	if ((st = make_windows(spec, lo, hi, &spans, &n_spans, err)))
		goto done;
	if (n_actors && n_spans > ERG_TIMELINE_MAX_CELLS / n_actors) {
		st = erg_error_set(err, ERG_ELIMIT, NULL, 0, 0,
				   "%zu windows of %zu actors: more than %d "
				   "values to keep; choose a longer window or "
				   "step, or a view with fewer actors",
				   n_spans, n_actors, ERG_TIMELINE_MAX_CELLS);
		goto done;
	}
	t->windows = calloc(n_spans, sizeof(*t->windows));
	if (!t->windows)
		goto oom;
	for (size_t w = 0; w < n_spans; w++) {
		erg_window *win = &t->windows[w];
		long first = spec->cumulative ? spans[0].first : spans[w].first;
		char a[11], b[11];

		t->n_windows = w + 1;
		win->value = malloc((n_actors ? n_actors : 1) * sizeof(double));
		win->rank = malloc((n_actors ? n_actors : 1) * sizeof(size_t));
		if (!win->value || !win->rank)
			goto oom;
		erg_date_format(first, win->start);
		erg_date_format(spans[w].last, win->end);
		unit_label(spec->unit, spans[w].first, a);
		if (spec->size == 1) {
			memcpy(win->label, a, strlen(a) + 1);
		} else {
			long last_unit =
			    spec->unit == ERG_UNIT_DAY
				? spans[w].last
				: month_first_day(
				      month_of_day(spans[w].last) -
				      (long)unit_months[spec->unit] + 1);
			unit_label(spec->unit, last_unit, b);
			memcpy(win->label, a, strlen(a));
			win->label[strlen(a)] = '/';
			memcpy(win->label + strlen(a) + 1, b, strlen(b) + 1);
		}
		k = 0;
		for (size_t i = 0; i < n_dated; i++) {
			if (!placed(spec, &rels[i], &spans[w]))
				continue;
			idx[k++] = rels[i].rel;
			any[i] = 1;
		}
		win->n_relations = k;
		if ((st = erg__rank_subset(g, idx, k, &aopts, by, win->value,
					   win->rank, NULL, &win->n_active,
					   &win->computed, err)))
			goto done;
	}
	k = 0;
	for (size_t i = 0; i < n_dated; i++) {
		if (any[i])
			idx[k++] = rels[i].rel;
		else
			t->n_unplaced++;
	}
	if ((st = erg__rank_subset(g, idx, k, &aopts, by, t->overall_value,
				   t->overall_rank, t->order,
				   &t->n_active_overall, &(bool){false}, err)))
		goto done;
finish:
	*out = t;
	t = NULL;
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	erg_timeline_free(t);
	free(spans);
	free(rels);
	free(idx);
	free(any);
	return st;
}
