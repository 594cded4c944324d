/*
 * metrics_write.c - the ranked metrics table (see ergraph/output.h).
 *
 * One row per actor, sorted by erg_metrics_rank (metric descending, ties
 * by label then id), columns rank (1-based), id, label, kind, then every
 * computed metric (erg_metrics_has) under erg_metric_name() in enum
 * order.
 *  - CSV: RFC 4180; a field holding a comma, a quote, CR or LF is quoted
 *    and its quotes doubled. Lines end with LF.
 *  - TSV: no quoting exists, so tabs, CR and LF inside a field become
 *    spaces.
 *  - JSON (jansson): {"directed", "relations", "communities", "rank_by",
 *    "actors": [{"rank", "id", "label", "kind", <metrics>...}]}; integer
 *    metrics are JSON integers, the others reals (never NaN: a non-finite
 *    value is written as 0).
 *  - Markdown: a GitHub table with a header row; `|` is escaped as `\|`,
 *    a backslash as `\\`, CR and LF become spaces; reals are printed with
 *    4 significant digits (%.4g).
 * Reals in CSV and TSV use the shortest of %.15g, %.16g, %.17g that reads
 * back as the same double, so that values round-trip. Integer metrics
 * are printed without decimals.
 *
 * Extra columns (erg_metrics_write_extra_fp, ergraph/signed.h) follow the
 * metrics, in this order (extra->rank_by ranks by one of them instead of
 * a metric, descending, ties by label then id):
 *  - signed: bloc, side, pos_degree, neg_degree, pos_strength,
 *    neg_strength, pn_index, and pn_out, pn_in when the signed network is
 *    directed. bloc and side are empty (JSON null) for actors outside the
 *    signed network; PN values are empty (null) when they were not
 *    computed.
 *  - structure: constraint, effective_size, articulation (0/1, JSON
 *    boolean), then, when groups were given, coordinator, itinerant,
 *    gatekeeper, representative, liaison and brokerage (their total).
 * Network-level results form a summary: in CSV and TSV, comment lines
 * after the table ("# balance: triangles=68 balanced=59 ..."), so that a
 * reader skipping '#' lines (pandas comment='#', R comment.char) gets
 * the plain table; in Markdown, sections after the table; in JSON,
 * top-level objects "signed", "balance", "frustration", "blocs" and
 * "structure". Without extras the output is byte for byte that of
 * erg_metrics_write_fp.
 */
#include "ergraph/output.h"
#include "ergraph/signed.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util_internal.h"
#include "write_internal.h"

int erg_table_format_parse(const char *s, erg_table_format *out)
{
	static const struct {
		const char *name;
		erg_table_format fmt;
	} names[] = {{"csv", ERG_TABLE_CSV},
		     {"tsv", ERG_TABLE_TSV},
		     {"json", ERG_TABLE_JSON},
		     {"md", ERG_TABLE_MD},
		     {"markdown", ERG_TABLE_MD}};

	for (size_t i = 0; s && i < sizeof(names) / sizeof(names[0]); i++) {
		if (erg__strcasecmp(s, names[i].name) == 0) {
			*out = names[i].fmt;
			return 0;
		}
	}
	return -1;
}

static double finite_or_zero(double x)
{
	return isfinite(x) ? x : 0.0;
}

/* Formats metric `m` of value x for CSV/TSV (round-trip) or Markdown. */
static const char *format_value(erg_metric m, double x, bool short_form,
				char *buf, size_t size)
{
	return erg__format_real(x, erg_metric_is_integer(m), short_form, buf,
				size);
}

static int put_md_cell(FILE *fp, const char *s)
{
	return fputs(" ", fp) == EOF || erg__put_md(fp, s) ||
		       fputs(" |", fp) == EOF
		   ? -1
		   : 0;
}

static const char *kind_of(const erg_actor *a)
{
	const char *k = erg_kind_name(a->kind);
	return k ? k : "other";
}

/* ---- extra columns ---- */

typedef enum { XC_REAL, XC_COUNT, XC_LONG, XC_BOOL } xc_kind;

typedef struct {
	const char *name;
	xc_kind kind;
	const double *d; /* XC_REAL, XC_COUNT */
	const long *l;	 /* XC_LONG: -1 = missing */
	const bool *b;	 /* XC_BOOL */
	bool missing;	 /* every value missing (PN not computed) */
} xcol;

#define XCOL_MAX 24

typedef struct {
	xcol c[XCOL_MAX];
	size_t n;
} xcols;

static void xc_add(xcols *x, const char *name, xc_kind kind, const double *d,
		   const long *l, const bool *b, bool missing)
{
	if (x->n < XCOL_MAX) {
		xcol *c = &x->c[x->n++];
		c->name = name;
		c->kind = kind;
		c->d = d;
		c->l = l;
		c->b = b;
		c->missing = missing;
	}
}

static void xc_build(xcols *x, const erg_metrics_extra *e)
{
	x->n = 0;
	if (!e)
		return;
	if (e->sign) {
		const erg_signed *s = e->sign;
		bool nopn = !s->pn_computed;
		xc_add(x, "bloc", XC_LONG, NULL, s->bloc, NULL, false);
		xc_add(x, "side", XC_LONG, NULL, s->side, NULL, false);
		xc_add(x, "pos_degree", XC_COUNT, s->pos_degree, NULL, NULL,
		       false);
		xc_add(x, "neg_degree", XC_COUNT, s->neg_degree, NULL, NULL,
		       false);
		xc_add(x, "pos_strength", XC_REAL, s->pos_strength, NULL, NULL,
		       false);
		xc_add(x, "neg_strength", XC_REAL, s->neg_strength, NULL, NULL,
		       false);
		xc_add(x, "pn_index", XC_REAL, s->pn_index, NULL, NULL, nopn);
		if (s->directed) {
			xc_add(x, "pn_out", XC_REAL, s->pn_out, NULL, NULL,
			       nopn);
			xc_add(x, "pn_in", XC_REAL, s->pn_in, NULL, NULL, nopn);
		}
	}
	if (e->structure) {
		const erg_structure *st = e->structure;
		xc_add(x, "constraint", XC_REAL, st->constraint, NULL, NULL,
		       false);
		xc_add(x, "effective_size", XC_REAL, st->effective_size, NULL,
		       NULL, false);
		xc_add(x, "articulation", XC_BOOL, NULL, NULL, st->articulation,
		       false);
		if (st->has_groups) {
			for (int r = 0; r < ERG_BROKER__COUNT; r++)
				xc_add(x, erg_broker_role_name(r), XC_COUNT,
				       st->broker[r], NULL, NULL, false);
			xc_add(x, "brokerage", XC_COUNT, st->broker_total, NULL,
			       NULL, false);
		}
	}
}

/* Text of extra column `c` for actor `a` ("" when missing). */
static const char *xc_format(const xcol *c, size_t a, bool short_form,
			     char *buf, size_t size)
{
	if (c->missing)
		return "";
	switch (c->kind) {
	case XC_LONG:
		if (c->l[a] < 0)
			return "";
		snprintf(buf, size, "%ld", c->l[a]);
		return buf;
	case XC_BOOL:
		return c->b[a] ? "1" : "0";
	case XC_COUNT:
		snprintf(buf, size, "%lld", (long long)finite_or_zero(c->d[a]));
		return buf;
	default:
		/* a real: the same text as a real metric */
		return format_value(ERG_METRIC_PAGERANK, c->d[a], short_form,
				    buf, size);
	}
}

static json_t *xc_json(const xcol *c, size_t a)
{
	if (c->missing)
		return json_null();
	switch (c->kind) {
	case XC_LONG:
		return c->l[a] < 0 ? json_null()
				   : json_integer((json_int_t)c->l[a]);
	case XC_BOOL:
		return json_boolean(c->b[a]);
	case XC_COUNT:
		return json_integer((json_int_t)finite_or_zero(c->d[a]));
	default:
		return json_real(finite_or_zero(c->d[a]));
	}
}

/* Actor order by extra column `c` descending, ties by label then id
 * (as erg_metrics_rank); a missing value ranks lowest. */
typedef struct {
	double v;
	const char *label;
	const char *id;
	size_t index;
} xrank;

static int xrank_cmp(const void *pa, const void *pb)
{
	const xrank *x = pa, *y = pb;
	int c;
	if (x->v != y->v)
		return x->v > y->v ? -1 : 1;
	if ((c = strcmp(x->label, y->label)) != 0)
		return c;
	if ((c = strcmp(x->id, y->id)) != 0)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

static erg_status xc_rank(const erg_graph *g, const xcols *xc, const char *name,
			  size_t n, size_t **out, erg_error *err)
{
	const xcol *c = NULL;
	xrank *items;
	size_t *order;

	*out = NULL;
	for (size_t i = 0; i < xc->n; i++)
		if (strcmp(xc->c[i].name, name) == 0)
			c = &xc->c[i];
	if (!c)
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "cannot rank by %s: no such column "
				     "(signed columns need the signed "
				     "analysis, brokerage ones the "
				     "structure; pn_out and pn_in a "
				     "directed network)",
				     name);
	items = malloc((n ? n : 1) * sizeof(*items));
	order = malloc((n ? n : 1) * sizeof(*order));
	if (!items || !order) {
		free(items);
		free(order);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		const erg_actor *a = erg_graph_actor_c(g, i);
		double v;
		if (c->missing)
			v = 0;
		else if (c->kind == XC_LONG)
			v = (double)c->l[i];
		else if (c->kind == XC_BOOL)
			v = c->b[i];
		else
			v = finite_or_zero(c->d[i]);
		items[i].v = v;
		items[i].label = a->label ? a->label : a->id;
		items[i].id = a->id;
		items[i].index = i;
	}
	qsort(items, n, sizeof(*items), xrank_cmp);
	for (size_t i = 0; i < n; i++)
		order[i] = items[i].index;
	free(items);
	*out = order;
	return ERG_OK;
}

/* ---- summaries ---- */

/* An actor in a summary: the id in CSV/TSV comments (CR and LF become
 * spaces), "label (id)" or the label alone in Markdown. */
static int put_actor(FILE *fp, const erg_graph *g, size_t i, bool md)
{
	const erg_actor *a = erg_graph_actor_c(g, i);
	if (!md) {
		for (const char *p = a->id; *p; p++)
			if (fputc(*p == '\n' || *p == '\r' ? ' ' : *p, fp) ==
			    EOF)
				return -1;
		return 0;
	}
	if (erg__put_md(fp, a->label))
		return -1;
	if (strcmp(a->label, a->id) == 0)
		return 0;
	if (fputs(" (", fp) == EOF || erg__put_md(fp, a->id) ||
	    fputc(')', fp) == EOF)
		return -1;
	return 0;
}

static int summary_signed(const erg_signed *s, bool md, FILE *fp)
{
	char r1[64], r2[64];
	size_t viol = s->bloc_neg_within + s->bloc_pos_between;
	const char *method = s->frustration_exact ? "exact" : "heuristic";

	format_value(ERG_METRIC_PAGERANK, s->ratio, md, r1, sizeof(r1));
	format_value(ERG_METRIC_PAGERANK, s->weighted_ratio, md, r2,
		     sizeof(r2));
	if (!md) {
		if (fprintf(fp,
			    "# signed: relations=%zu neutral_left_out=%zu "
			    "positive_ties=%zu negative_ties=%zu "
			    "ambivalent_pairs=%zu actors=%zu directed=%s\n"
			    "# balance: triangles=%zu balanced=%zu ratio=%s "
			    "weighted_ratio=%s\n"
			    "# frustration: value=%zu method=%s\n",
			    s->n_relations, s->n_neutral, s->n_positive,
			    s->n_negative, s->n_ambivalent, s->n_vertices,
			    s->directed ? "true" : "false", s->triangles,
			    s->balanced, r1, r2, s->frustration, method) < 0)
			return -1;
		if (s->has_blocs)
			return fprintf(fp,
				       "# blocs: count=%zu method=spinglass "
				       "negative_within=%zu "
				       "positive_between=%zu violations=%zu\n",
				       s->n_blocs, s->bloc_neg_within,
				       s->bloc_pos_between, viol) < 0
				   ? -1
				   : 0;
		return fputs(s->blocs_skipped
				 ? "# blocs: not computed (too many actors "
				   "for spinglass)\n"
				 : "# blocs: not computed\n",
			     fp) == EOF
			   ? -1
			   : 0;
	}
	if (fprintf(fp,
		    "\n## Signed network\n\n"
		    "- Signed relations: %zu (%zu of neutral types left "
		    "out)\n"
		    "- Ties between actors: %zu positive, %zu negative "
		    "(%zu ambivalent pairs left out), %zu actors\n"
		    "- Balance: %zu of %zu triangles balanced (ratio %s, "
		    "weighted %s)\n"
		    "- Frustration index: %zu (%s)\n",
		    s->n_relations, s->n_neutral, s->n_positive, s->n_negative,
		    s->n_ambivalent, s->n_vertices, s->balanced, s->triangles,
		    r1, r2, s->frustration,
		    s->frustration_exact ? "exact: every bipartition"
					 : "heuristic: an upper bound") < 0)
		return -1;
	if (s->has_blocs &&
	    fprintf(fp,
		    "- Blocs (spinglass): %zu; %zu %s them (%zu "
		    "negative inside a bloc, %zu positive between blocs)\n",
		    s->n_blocs, viol,
		    viol == 1 ? "tie violates" : "ties violate",
		    s->bloc_neg_within, s->bloc_pos_between) < 0)
		return -1;
	if (s->blocs_skipped &&
	    fputs("- Blocs: not computed (too many actors for spinglass)\n",
		  fp) == EOF)
		return -1;
	if (!s->pn_computed && s->n_vertices > 0 &&
	    fputs("- PN index: not computed (network too large or the "
		  "system is singular)\n",
		  fp) == EOF)
		return -1;
	return 0;
}

static int summary_structure(const erg_graph *g, const erg_structure *st,
			     const char *groups, bool md, FILE *fp)
{
	if (!md) {
		if (fprintf(fp,
			    "# structure: articulation_points=%zu bridges=%zu",
			    st->n_articulation, st->n_bridges) < 0)
			return -1;
		if (st->has_groups &&
		    fprintf(fp, " groups=%s", groups ? groups : "given") < 0)
			return -1;
		if (fputc('\n', fp) == EOF)
			return -1;
		for (size_t i = 0; i < st->n_actors; i++)
			if (st->articulation[i] &&
			    (fputs("# articulation_point: ", fp) == EOF ||
			     put_actor(fp, g, i, false) ||
			     fputc('\n', fp) == EOF))
				return -1;
		for (size_t i = 0; i < st->n_bridges; i++)
			if (fputs("# bridge: ", fp) == EOF ||
			    put_actor(fp, g, st->bridges[i].source, false) ||
			    fputs(" -- ", fp) == EOF ||
			    put_actor(fp, g, st->bridges[i].target, false) ||
			    fputc('\n', fp) == EOF)
				return -1;
		return 0;
	}
	if (fputs("\n## Structure\n\n- Articulation points", fp) == EOF ||
	    fprintf(fp, " (%zu):", st->n_articulation) < 0)
		return -1;
	for (size_t i = 0, k = 0; i < st->n_actors; i++)
		if (st->articulation[i] &&
		    (fputs(k++ ? ", " : " ", fp) == EOF ||
		     put_actor(fp, g, i, true)))
			return -1;
	if (!st->n_articulation && fputs(" none", fp) == EOF)
		return -1;
	if (fprintf(fp, "\n- Bridges (%zu):", st->n_bridges) < 0)
		return -1;
	if (!st->n_bridges && fputs(" none", fp) == EOF)
		return -1;
	for (size_t i = 0; i < st->n_bridges; i++)
		if (fputs(i ? "; " : " ", fp) == EOF ||
		    put_actor(fp, g, st->bridges[i].source, true) ||
		    fputs(" - ", fp) == EOF ||
		    put_actor(fp, g, st->bridges[i].target, true))
			return -1;
	if (fputc('\n', fp) == EOF)
		return -1;
	if (st->has_groups && fprintf(fp, "- Brokerage groups: %s\n",
				      groups ? groups : "given") < 0)
		return -1;
	return 0;
}

static int text_summary(const erg_graph *g, const erg_metrics_extra *e, bool md,
			FILE *fp)
{
	if (e->sign && summary_signed(e->sign, md, fp))
		return -1;
	if (e->structure &&
	    summary_structure(g, e->structure, e->groups, md, fp))
		return -1;
	return 0;
}

static json_t *actor_id(const erg_graph *g, size_t i)
{
	return json_string(erg_graph_actor_c(g, i)->id);
}

static erg_status json_summary(const erg_graph *g, const erg_metrics_extra *e,
			       json_t *root, erg_error *err)
{
	const erg_signed *s = e->sign;
	const erg_structure *st = e->structure;

	if (s) {
		json_t *sg = json_object(), *bal = json_object(),
		       *fr = json_object(), *bl = NULL;
		if (json_object_set_new(root, "signed", sg) ||
		    json_object_set_new(root, "balance", bal) ||
		    json_object_set_new(root, "frustration", fr))
			goto oom;
		if (erg__json_put(sg, "relations",
				  json_integer((json_int_t)s->n_relations)) ||
		    erg__json_put(sg, "neutral_left_out",
				  json_integer((json_int_t)s->n_neutral)) ||
		    erg__json_put(sg, "positive_ties",
				  json_integer((json_int_t)s->n_positive)) ||
		    erg__json_put(sg, "negative_ties",
				  json_integer((json_int_t)s->n_negative)) ||
		    erg__json_put(sg, "ambivalent_pairs",
				  json_integer((json_int_t)s->n_ambivalent)) ||
		    erg__json_put(sg, "actors",
				  json_integer((json_int_t)s->n_vertices)) ||
		    erg__json_put(sg, "directed", json_boolean(s->directed)) ||
		    erg__json_put(sg, "pn_computed",
				  json_boolean(s->pn_computed)) ||
		    erg__json_put(bal, "triangles",
				  json_integer((json_int_t)s->triangles)) ||
		    erg__json_put(bal, "balanced",
				  json_integer((json_int_t)s->balanced)) ||
		    erg__json_put(bal, "ratio",
				  json_real(finite_or_zero(s->ratio))) ||
		    erg__json_put(
			bal, "weighted_ratio",
			json_real(finite_or_zero(s->weighted_ratio))) ||
		    erg__json_put(fr, "value",
				  json_integer((json_int_t)s->frustration)) ||
		    erg__json_put(fr, "method",
				  json_string(s->frustration_exact
						  ? "exact"
						  : "heuristic")))
			goto oom;
		if (s->has_blocs) {
			bl = json_object();
			if (erg__json_put(root, "blocs", bl) ||
			    erg__json_put(
				bl, "count",
				json_integer((json_int_t)s->n_blocs)) ||
			    erg__json_put(bl, "method",
					  json_string("spinglass")) ||
			    erg__json_put(
				bl, "negative_within",
				json_integer((json_int_t)s->bloc_neg_within)) ||
			    erg__json_put(
				bl, "positive_between",
				json_integer(
				    (json_int_t)s->bloc_pos_between)) ||
			    erg__json_put(
				bl, "violations",
				json_integer(
				    (json_int_t)(s->bloc_neg_within +
						 s->bloc_pos_between))))
				goto oom;
		} else if (erg__json_put(root, "blocs", json_null())) {
			goto oom;
		}
	}
	if (st) {
		json_t *so = json_object(), *ap = json_array(),
		       *br = json_array();
		if (json_object_set_new(root, "structure", so)) {
			json_decref(ap);
			json_decref(br);
			goto oom;
		}
		if (erg__json_put(so, "articulation_points", ap) ||
		    erg__json_put(so, "bridges", br) ||
		    erg__json_put(
			so, "groups",
			st->has_groups
			    ? json_string(e->groups ? e->groups : "given")
			    : json_null()))
			goto oom;
		for (size_t i = 0; i < st->n_actors; i++)
			if (st->articulation[i] &&
			    json_array_append_new(ap, actor_id(g, i)))
				goto bad_text;
		for (size_t i = 0; i < st->n_bridges; i++) {
			json_t *pair = json_array();
			if (!pair || json_array_append_new(br, pair))
				goto oom;
			if (json_array_append_new(
				pair, actor_id(g, st->bridges[i].source)) ||
			    json_array_append_new(
				pair, actor_id(g, st->bridges[i].target)))
				goto bad_text;
		}
	}
	return ERG_OK;
bad_text:
	return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
			     "an actor id is not valid UTF-8 and cannot be "
			     "written as JSON");
oom:
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

static int write_delimited(const erg_graph *g, const erg_metrics *m,
			   const size_t *order, const xcols *xc, char delim,
			   FILE *fp)
{
	char num[64];

	if (fprintf(fp, "rank%cid%clabel%ckind", delim, delim, delim) < 0)
		return -1;
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		if (erg_metrics_has(m, k) &&
		    fprintf(fp, "%c%s", delim, erg_metric_name(k)) < 0)
			return -1;
	for (size_t i = 0; i < xc->n; i++)
		if (fprintf(fp, "%c%s", delim, xc->c[i].name) < 0)
			return -1;
	if (fputc('\n', fp) == EOF)
		return -1;
	for (size_t r = 0; r < m->n_actors; r++) {
		const erg_actor *a = erg_graph_actor_c(g, order[r]);
		if (fprintf(fp, "%zu%c", r + 1, delim) < 0 ||
		    erg__put_field(fp, a->id, delim) ||
		    fputc(delim, fp) == EOF ||
		    erg__put_field(fp, a->label, delim) ||
		    fprintf(fp, "%c%s", delim, kind_of(a)) < 0)
			return -1;
		for (int k = 0; k < ERG_METRIC__COUNT; k++)
			if (erg_metrics_has(m, k) &&
			    fprintf(fp, "%c%s", delim,
				    format_value(k, m->values[k][order[r]],
						 false, num, sizeof(num))) < 0)
				return -1;
		for (size_t i = 0; i < xc->n; i++)
			if (fprintf(fp, "%c%s", delim,
				    xc_format(&xc->c[i], order[r], false, num,
					      sizeof(num))) < 0)
				return -1;
		if (fputc('\n', fp) == EOF)
			return -1;
	}
	return 0;
}

static int write_markdown(const erg_graph *g, const erg_metrics *m,
			  const size_t *order, const xcols *xc, FILE *fp)
{
	char num[64];

	if (fputs("| rank | id | label | kind |", fp) == EOF)
		return -1;
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		if (erg_metrics_has(m, k) &&
		    fprintf(fp, " %s |", erg_metric_name(k)) < 0)
			return -1;
	for (size_t i = 0; i < xc->n; i++)
		if (fprintf(fp, " %s |", xc->c[i].name) < 0)
			return -1;
	if (fputs("\n| ---: | --- | --- | --- |", fp) == EOF)
		return -1;
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		if (erg_metrics_has(m, k) && fputs(" ---: |", fp) == EOF)
			return -1;
	for (size_t i = 0; i < xc->n; i++)
		if (fputs(" ---: |", fp) == EOF)
			return -1;
	if (fputc('\n', fp) == EOF)
		return -1;
	for (size_t r = 0; r < m->n_actors; r++) {
		const erg_actor *a = erg_graph_actor_c(g, order[r]);
		if (fprintf(fp, "| %zu |", r + 1) < 0 ||
		    put_md_cell(fp, a->id) || put_md_cell(fp, a->label) ||
		    put_md_cell(fp, kind_of(a)))
			return -1;
		for (int k = 0; k < ERG_METRIC__COUNT; k++)
			if (erg_metrics_has(m, k) &&
			    fprintf(fp, " %s |",
				    format_value(k, m->values[k][order[r]],
						 true, num, sizeof(num))) < 0)
				return -1;
		for (size_t i = 0; i < xc->n; i++)
			if (fprintf(fp, " %s |",
				    xc_format(&xc->c[i], order[r], true, num,
					      sizeof(num))) < 0)
				return -1;
		if (fputc('\n', fp) == EOF)
			return -1;
	}
	return 0;
}

static erg_status write_json(const erg_graph *g, const erg_metrics *m,
			     const size_t *order, erg_metric rank_by,
			     const xcols *xc, const erg_metrics_extra *extra,
			     FILE *fp, erg_error *err)
{
	json_t *root = json_object(), *actors = json_array();
	erg_status st = ERG_OK;

	if (!root || !actors) {
		json_decref(actors);
		goto oom;
	}
	if (erg__json_put(root, "directed", json_boolean(m->directed)) ||
	    erg__json_put(root, "relations",
			  json_integer((json_int_t)m->n_relations)) ||
	    erg__json_put(root, "communities",
			  json_integer((json_int_t)m->n_communities)) ||
	    erg__json_put(root, "rank_by",
			  json_string(extra && extra->rank_by
					  ? extra->rank_by
					  : erg_metric_name(rank_by))) ||
	    erg__json_put(root, "actors", actors))
		goto oom;
	for (size_t r = 0; r < m->n_actors; r++) {
		const erg_actor *a = erg_graph_actor_c(g, order[r]);
		json_t *row = json_object();

		if (!row || json_array_append_new(actors, row))
			goto oom;
		if (erg__json_put(row, "rank",
				  json_integer((json_int_t)(r + 1))) ||
		    erg__json_put(row, "id", json_string(a->id)) ||
		    erg__json_put(row, "label", json_string(a->label)))
			goto bad_text;
		if (erg__json_put(row, "kind", json_string(kind_of(a))))
			goto oom;
		for (int k = 0; k < ERG_METRIC__COUNT; k++) {
			double x = finite_or_zero(m->values[k][order[r]]);
			json_t *v;
			if (!erg_metrics_has(m, k))
				continue;
			v = erg_metric_is_integer(k)
				? json_integer((json_int_t)x)
				: json_real(x);
			if (erg__json_put(row, erg_metric_name(k), v))
				goto oom;
		}
		for (size_t i = 0; i < xc->n; i++)
			if (erg__json_put(row, xc->c[i].name,
					  xc_json(&xc->c[i], order[r])))
				goto oom;
		continue;
	bad_text:
		st = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				   "actor %zu: id or label is not valid UTF-8 "
				   "and cannot be written as JSON",
				   order[r]);
		goto done;
	}
	if (extra) {
		st = json_summary(g, extra, root, err);
		if (st)
			goto done;
	}
	if (json_dumpf(root, fp, JSON_INDENT(2)) || fputc('\n', fp) == EOF)
		st = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write the metrics table");
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
done:
	json_decref(root);
	return st;
}

erg_status erg_metrics_write_extra_fp(const erg_graph *g, const erg_metrics *m,
				      const erg_metrics_extra *extra,
				      erg_metric rank_by, erg_table_format fmt,
				      FILE *fp, erg_error *err)
{
	size_t *order = NULL;
	xcols xc;
	erg_status st;
	int rc = 0;

	if (extra && !extra->sign && !extra->structure && !extra->rank_by)
		extra = NULL;
	xc_build(&xc, extra);
	if (extra && extra->rank_by)
		st = xc_rank(g, &xc, extra->rank_by, m->n_actors, &order, err);
	else
		st = erg_metrics_rank(g, m, rank_by, &order, err);
	if (st)
		return st;
	switch (fmt) {
	case ERG_TABLE_CSV:
		rc = write_delimited(g, m, order, &xc, ',', fp);
		if (!rc && extra)
			rc = text_summary(g, extra, false, fp);
		break;
	case ERG_TABLE_TSV:
		rc = write_delimited(g, m, order, &xc, '\t', fp);
		if (!rc && extra)
			rc = text_summary(g, extra, false, fp);
		break;
	case ERG_TABLE_MD:
		rc = write_markdown(g, m, order, &xc, fp);
		if (!rc && extra)
			rc = text_summary(g, extra, true, fp);
		break;
	case ERG_TABLE_JSON:
		st = write_json(g, m, order, rank_by, &xc, extra, fp, err);
		break;
	default:
		st = erg_error_set(err, ERG_EUNSUPPORTED, NULL, 0, 0,
				   "unknown metrics table format %d", (int)fmt);
		break;
	}
	if (st == ERG_OK && (rc || ferror(fp)))
		st = erg_error_set(err, ERG_EIO, NULL, 0, 0,
				   "cannot write the metrics table");
	free(order);
	return st;
}

erg_status erg_metrics_write_fp(const erg_graph *g, const erg_metrics *m,
				erg_metric rank_by, erg_table_format fmt,
				FILE *fp, erg_error *err)
{
	return erg_metrics_write_extra_fp(g, m, NULL, rank_by, fmt, fp, err);
}

erg_status erg_metrics_write_file(const erg_graph *g, const erg_metrics *m,
				  erg_metric rank_by, erg_table_format fmt,
				  const char *path, erg_error *err)
{
	return erg_metrics_write_extra_file(g, m, NULL, rank_by, fmt, path,
					    err);
}

/* Output buffer of a metrics file, as graphml_write.c's stage: stdio's
 * default is one 4 KiB block per write(2). */
#define WRITE_BUF_SIZE ((size_t)1 << 20)

erg_status erg_metrics_write_extra_file(
    const erg_graph *g, const erg_metrics *m, const erg_metrics_extra *extra,
    erg_metric rank_by, erg_table_format fmt, const char *path, erg_error *err)
{
	erg_atomic *a = NULL;
	FILE *fp = NULL;
	char *buf = NULL;
	erg_status st;

	st = erg_atomic_open(&a, path, &fp, err);
	if (st)
		return st;
	/* not standard output, which outlives the buffer; without memory
	 * for it, stdio's own buffer does */
	if (strcmp(path, "-") != 0 && (buf = malloc(WRITE_BUF_SIZE)) &&
	    setvbuf(fp, buf, _IOFBF, WRITE_BUF_SIZE) != 0) {
		free(buf);
		buf = NULL;
	}
	st = erg_metrics_write_extra_fp(g, m, extra, rank_by, fmt, fp, err);
	if (st)
		erg_atomic_abort(a);
	else
		st = erg_atomic_commit(a, err);
	free(buf); /* after the stream is closed */
	return st;
}
