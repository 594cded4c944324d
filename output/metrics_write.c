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
 */
#include "ergraph/output.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util_internal.h"

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
	x = finite_or_zero(x);
	if (erg_metric_is_integer(m)) {
		snprintf(buf, size, "%lld", (long long)x);
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

static int put_csv_field(FILE *fp, const char *s, char delim)
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

static int put_md_cell(FILE *fp, const char *s)
{
	if (fputs(" ", fp) == EOF)
		return -1;
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
	return fputs(" |", fp) == EOF ? -1 : 0;
}

static const char *kind_of(const erg_actor *a)
{
	const char *k = erg_kind_name(a->kind);
	return k ? k : "other";
}

static int write_delimited(const erg_graph *g, const erg_metrics *m,
			   const size_t *order, char delim, FILE *fp)
{
	char num[64];

	if (fprintf(fp, "rank%cid%clabel%ckind", delim, delim, delim) < 0)
		return -1;
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		if (erg_metrics_has(m, k) &&
		    fprintf(fp, "%c%s", delim, erg_metric_name(k)) < 0)
			return -1;
	if (fputc('\n', fp) == EOF)
		return -1;
	for (size_t r = 0; r < m->n_actors; r++) {
		const erg_actor *a = erg_graph_actor_c(g, order[r]);
		if (fprintf(fp, "%zu%c", r + 1, delim) < 0 ||
		    put_csv_field(fp, a->id, delim) ||
		    fputc(delim, fp) == EOF ||
		    put_csv_field(fp, a->label, delim) ||
		    fprintf(fp, "%c%s", delim, kind_of(a)) < 0)
			return -1;
		for (int k = 0; k < ERG_METRIC__COUNT; k++)
			if (erg_metrics_has(m, k) &&
			    fprintf(fp, "%c%s", delim,
				    format_value(k, m->values[k][order[r]],
						 false, num, sizeof(num))) < 0)
				return -1;
		if (fputc('\n', fp) == EOF)
			return -1;
	}
	return 0;
}

static int write_markdown(const erg_graph *g, const erg_metrics *m,
			  const size_t *order, FILE *fp)
{
	char num[64];

	if (fputs("| rank | id | label | kind |", fp) == EOF)
		return -1;
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		if (erg_metrics_has(m, k) &&
		    fprintf(fp, " %s |", erg_metric_name(k)) < 0)
			return -1;
	if (fputs("\n| ---: | --- | --- | --- |", fp) == EOF)
		return -1;
	for (int k = 0; k < ERG_METRIC__COUNT; k++)
		if (erg_metrics_has(m, k) && fputs(" ---: |", fp) == EOF)
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
		if (fputc('\n', fp) == EOF)
			return -1;
	}
	return 0;
}

/* Adds `key` = json value `v` (stolen) to `obj`; -1 on failure. */
static int put(json_t *obj, const char *key, json_t *v)
{
	return v ? json_object_set_new(obj, key, v) : -1;
}

static erg_status write_json(const erg_graph *g, const erg_metrics *m,
			     const size_t *order, erg_metric rank_by, FILE *fp,
			     erg_error *err)
{
	json_t *root = json_object(), *actors = json_array();
	erg_status st = ERG_OK;

	if (!root || !actors) {
		json_decref(actors);
		goto oom;
	}
	if (put(root, "directed", json_boolean(m->directed)) ||
	    put(root, "relations", json_integer((json_int_t)m->n_relations)) ||
	    put(root, "communities",
		json_integer((json_int_t)m->n_communities)) ||
	    put(root, "rank_by", json_string(erg_metric_name(rank_by))) ||
	    put(root, "actors", actors))
		goto oom;
	for (size_t r = 0; r < m->n_actors; r++) {
		const erg_actor *a = erg_graph_actor_c(g, order[r]);
		json_t *row = json_object();

		if (!row || json_array_append_new(actors, row))
			goto oom;
		if (put(row, "rank", json_integer((json_int_t)(r + 1))) ||
		    put(row, "id", json_string(a->id)) ||
		    put(row, "label", json_string(a->label)))
			goto bad_text;
		if (put(row, "kind", json_string(kind_of(a))))
			goto oom;
		for (int k = 0; k < ERG_METRIC__COUNT; k++) {
			double x = finite_or_zero(m->values[k][order[r]]);
			json_t *v;
			if (!erg_metrics_has(m, k))
				continue;
			v = erg_metric_is_integer(k)
				? json_integer((json_int_t)x)
				: json_real(x);
			if (put(row, erg_metric_name(k), v))
				goto oom;
		}
		continue;
	bad_text:
		st = erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				   "actor %zu: id or label is not valid UTF-8 "
				   "and cannot be written as JSON",
				   order[r]);
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

erg_status erg_metrics_write_fp(const erg_graph *g, const erg_metrics *m,
				erg_metric rank_by, erg_table_format fmt,
				FILE *fp, erg_error *err)
{
	size_t *order = NULL;
	erg_status st;
	int rc = 0;

	st = erg_metrics_rank(g, m, rank_by, &order, err);
	if (st)
		return st;
	switch (fmt) {
	case ERG_TABLE_CSV:
		rc = write_delimited(g, m, order, ',', fp);
		break;
	case ERG_TABLE_TSV:
		rc = write_delimited(g, m, order, '\t', fp);
		break;
	case ERG_TABLE_MD:
		rc = write_markdown(g, m, order, fp);
		break;
	case ERG_TABLE_JSON:
		st = write_json(g, m, order, rank_by, fp, err);
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

erg_status erg_metrics_write_file(const erg_graph *g, const erg_metrics *m,
				  erg_metric rank_by, erg_table_format fmt,
				  const char *path, erg_error *err)
{
	erg_atomic *a = NULL;
	FILE *fp = NULL;
	erg_status st;

	st = erg_atomic_open(&a, path, &fp, err);
	if (st)
		return st;
	st = erg_metrics_write_fp(g, m, rank_by, fmt, fp, err);
	if (st) {
		erg_atomic_abort(a);
		return st;
	}
	return erg_atomic_commit(a, err);
}
