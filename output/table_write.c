/*
 * table_write.c - relation and actor tables (see ergraph/output.h).
 *
 * Fields are quoted only when they must be (delimiter, quote, CR or LF
 * inside, or leading/trailing blanks that a reader would trim), with
 * libcsv's csv_fwrite, so that erg_table_read_memory reads back exactly
 * what was written. Numbers use the shortest text that reads back to the
 * same double ("1", "0.1").
 *
 * Extra columns beyond the documented ones: "id" when any relation has an
 * edge id, and "directed" (true/false) when any relation's direction
 * differs from its type's default, so that the round trip is lossless.
 * Free keys whose names clash with a fixed column (ASCII case-insensitive)
 * or with an earlier free key are not written.
 */
#include "ergraph/output.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "util_internal.h"

typedef struct {
	FILE *fp;
	char delim;
	bool first; /* no field written yet on this line */
} writer;

static void put_field(writer *w, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	bool quote = false;

	if (!w->first)
		fputc(w->delim, w->fp);
	w->first = false;
	if (!n)
		return;
	if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
		quote = true;
	for (size_t i = 0; i < n && !quote; i++)
		if (s[i] == w->delim || s[i] == '"' || s[i] == '\r' ||
		    s[i] == '\n')
			quote = true;
	if (quote)
		csv_fwrite(w->fp, s, n);
	else
		fwrite(s, 1, n, w->fp);
}

static void end_line(writer *w)
{
	fputc('\n', w->fp);
	w->first = true;
}

/* Shortest %g form that reads back as the same double. */
static const char *fmt_double(double d, char *buf, size_t size)
{
	if (!isfinite(d)) {
		erg_value v;
		v.d = d;
		return erg_value_format(ERG_ATTR_DOUBLE, &v, buf, size);
	}
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(buf, size, "%.*g", prec, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	return buf;
}

static const char *fmt_value(erg_attr_type t, const erg_value *v, char *buf,
			     size_t size)
{
	if (t == ERG_ATTR_DOUBLE || t == ERG_ATTR_FLOAT)
		return fmt_double(v->d, buf, size);
	return erg_value_format(t, v, buf, size);
}

/* Free keys of `domain` to write, in definition order; *n_out of them. */
static erg_status free_keys(const erg_graph *g, erg_domain domain,
			    const char *const *fixed, size_t n_fixed,
			    uint32_t **out, size_t *n_out, erg_error *err)
{
	size_t nk = erg_graph_key_count(g), n = 0;
	uint32_t *keys = malloc((nk ? nk : 1) * sizeof(*keys));

	if (!keys)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	for (uint32_t k = 0; k < nk; k++) {
		const erg_key *key = erg_graph_key(g, k);
		bool clash = !key->name[0];
		if (key->domain != domain)
			continue;
		for (size_t i = 0; i < n_fixed && !clash; i++)
			if (erg__strcasecmp(key->name, fixed[i]) == 0)
				clash = true;
		for (size_t i = 0; i < n && !clash; i++)
			if (erg__strcasecmp(key->name,
					    erg_graph_key(g, keys[i])->name) ==
			    0)
				clash = true;
		if (!clash)
			keys[n++] = k;
	}
	*out = keys;
	*n_out = n;
	return ERG_OK;
}

static void put_attrs(writer *w, const erg_graph *g, const erg_attrs *attrs,
		      const uint32_t *keys, size_t n)
{
	char buf[64];
	for (size_t i = 0; i < n; i++) {
		const erg_value *v = erg_attrs_get(attrs, keys[i]);
		put_field(w, v ? fmt_value(erg_graph_key(g, keys[i])->type, v,
					   buf, sizeof(buf))
			       : NULL);
	}
}

static erg_status check_delim(char delim, erg_error *err)
{
	if (delim == ',' || delim == '\t')
		return ERG_OK;
	return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
			     "table delimiter must be ',' or tab");
}

static erg_status finish(FILE *fp, erg_error *err)
{
	if (fflush(fp) != 0 || ferror(fp))
		return erg_error_set(err, ERG_EIO, NULL, 0, 0,
				     "cannot write the table");
	return ERG_OK;
}

/* Column names of the file format (not domain knowledge). */
static const char *const rel_columns[] = {
    "source",	"target", "type",   "date", "modality", "weight",
    "evidence", "doc",	  "offset", "id",   "directed"};
#define REL_BASE 9 /* always written: source .. offset */

erg_status erg_relations_write_fp(const erg_graph *g, char delim, FILE *fp,
				  erg_error *err)
{
	writer w = {fp, delim, true};
	size_t nr = erg_graph_relation_count(g), nk;
	uint32_t *keys = NULL;
	bool with_id = false, with_dir = false;
	char buf[64];
	erg_status st;

	if ((st = check_delim(delim, err)))
		return st;
	if ((st = free_keys(g, ERG_DOMAIN_EDGE, rel_columns,
			    sizeof(rel_columns) / sizeof(*rel_columns), &keys,
			    &nk, err)))
		return st;
	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		const erg_type *t = erg_types_get(erg_graph_types(g), r->type);
		if (r->id)
			with_id = true;
		if (t && t->directed != r->directed)
			with_dir = true;
	}
	for (size_t i = 0; i < REL_BASE; i++)
		put_field(&w, rel_columns[i]);
	if (with_id)
		put_field(&w, "id");
	if (with_dir)
		put_field(&w, "directed");
	for (size_t i = 0; i < nk; i++)
		put_field(&w, erg_graph_key(g, keys[i])->name);
	end_line(&w);

	for (size_t i = 0; i < nr; i++) {
		const erg_relation *r = erg_graph_relation_c(g, i);
		const erg_type *t = erg_types_get(erg_graph_types(g), r->type);
		put_field(&w, erg_graph_actor_c(g, r->source)->id);
		put_field(&w, erg_graph_actor_c(g, r->target)->id);
		put_field(&w, t ? t->name : ERG_TYPE_RELATED);
		put_field(&w, r->date);
		put_field(&w, erg_modality_name(r->modality));
		put_field(&w, fmt_double(r->weight, buf, sizeof(buf)));
		put_field(&w, r->evidence);
		put_field(&w, r->doc);
		if (r->offset >= 0) {
			snprintf(buf, sizeof(buf), "%lld", r->offset);
			put_field(&w, buf);
		} else {
			put_field(&w, NULL);
		}
		if (with_id)
			put_field(&w, r->id);
		if (with_dir)
			put_field(&w, r->directed ? "true" : "false");
		put_attrs(&w, g, &r->attrs, keys, nk);
		end_line(&w);
	}
	free(keys);
	return finish(fp, err);
}

static const char *const actor_columns[] = {"id", "label", "kind", "aliases",
					    "affiliation"};

erg_status erg_actors_write_fp(const erg_graph *g, char delim, FILE *fp,
			       erg_error *err)
{
	writer w = {fp, delim, true};
	size_t na = erg_graph_actor_count(g), nk;
	uint32_t *keys = NULL;
	erg_buf aliases;
	erg_status st;

	if ((st = check_delim(delim, err)))
		return st;
	if ((st = free_keys(g, ERG_DOMAIN_NODE, actor_columns,
			    sizeof(actor_columns) / sizeof(*actor_columns),
			    &keys, &nk, err)))
		return st;
	for (size_t i = 0; i < sizeof(actor_columns) / sizeof(*actor_columns);
	     i++)
		put_field(&w, actor_columns[i]);
	for (size_t i = 0; i < nk; i++)
		put_field(&w, erg_graph_key(g, keys[i])->name);
	end_line(&w);

	erg__buf_init(&aliases, 0);
	for (size_t i = 0; i < na; i++) {
		const erg_actor *a = erg_graph_actor_c(g, i);
		erg__buf_reset(&aliases);
		for (size_t k = 0; k < a->n_aliases; k++) {
			if ((k && (st = erg__buf_putc(&aliases, '|'))) ||
			    (st = erg__buf_append(&aliases, a->aliases[k],
						  strlen(a->aliases[k])))) {
				erg__buf_free(&aliases);
				free(keys);
				return erg_error_set(err, st, NULL, 0, 0,
						     "out of memory");
			}
		}
		put_field(&w, a->id);
		put_field(&w, a->label);
		put_field(&w, erg_kind_name(a->kind));
		put_field(&w, aliases.len ? aliases.data : NULL);
		put_field(&w, a->affiliation);
		put_attrs(&w, g, &a->attrs, keys, nk);
		end_line(&w);
	}
	erg__buf_free(&aliases);
	free(keys);
	return finish(fp, err);
}
