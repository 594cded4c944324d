/*
 * diff_write.c - the diff report as text, JSON or Markdown (see
 * ergraph/diff.h).
 *
 * Text and Markdown list the relations removed, changed and added (not the
 * unchanged ones), then the actors whose rank moved: largest moves first
 * (ties by rank in B), then actors new in B by their rank there, then
 * actors gone from B by their rank in A. JSON holds every relation of the
 * diff except unchanged ones and every ranked actor (move 0 included).
 * A move is rank_a - rank_b: +2 means two places higher in B.
 */
#include "ergraph/diff.h"
#include "ergraph/output.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "write_internal.h"
#include "util_internal.h"

int erg_diff_format_parse(const char *s, erg_diff_format *out)
{
	static const struct {
		const char *name;
		erg_diff_format fmt;
	} names[] = {{"text", ERG_DIFF_TEXT},
		     {"txt", ERG_DIFF_TEXT},
		     {"json", ERG_DIFF_JSON},
		     {"md", ERG_DIFF_MD},
		     {"markdown", ERG_DIFF_MD}};

	for (size_t i = 0; s && i < sizeof(names) / sizeof(names[0]); i++) {
		if (erg__strcasecmp(s, names[i].name) == 0) {
			*out = names[i].fmt;
			return 0;
		}
	}
	return -1;
}

/* "reported, alleged" into buf. */
static const char *modalities(unsigned mask, char *buf, size_t size)
{
	size_t n = 0;
	buf[0] = '\0';
	for (int m = 0; m < ERG_MOD__COUNT; m++) {
		if (!(mask & (1u << m)))
			continue;
		n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s%s",
				      n ? ", " : "",
				      erg_modality_name((erg_modality)m));
		if (n >= size)
			break;
	}
	return buf;
}

static const char *type_of(const erg_diff_relation *r)
{
	return r->type_b ? r->type_b : r->type_a;
}

/* What changed, in words, into b. */
static erg_status describe(const erg_diff_relation *r, erg_buf *b)
{
	char ma[128], mb[128], wa[64], wb[64];
	const char *sep = "";
	erg_status st = ERG_OK;

	erg__buf_reset(b);
	erg__format_real(r->weight_a, false, true, wa, sizeof(wa));
	erg__format_real(r->weight_b, false, true, wb, sizeof(wb));
	if (r->kind == ERG_DIFF_ADDED || r->kind == ERG_DIFF_REMOVED) {
		bool added = r->kind == ERG_DIFF_ADDED;
		return erg__buf_printf(
		    b, "weight %s, %s", added ? wb : wa,
		    modalities(added ? r->modalities_b : r->modalities_a, ma,
			       sizeof(ma)));
	}
	if (r->changes & ERG_DIFF_TYPE) {
		st = erg__buf_printf(b, "type %s -> %s", r->type_a, r->type_b);
		sep = "; ";
	}
	if (!st && (r->changes & ERG_DIFF_DIRECTION)) {
		st = erg__buf_printf(b, "%sdirection %s -> %s", sep,
				     r->directed ? "undirected" : "directed",
				     r->directed ? "directed" : "undirected");
		sep = "; ";
	}
	if (!st && (r->changes & ERG_DIFF_WEIGHT)) {
		st = erg__buf_printf(b, "%sweight %s -> %s", sep, wa, wb);
		sep = "; ";
	}
	if (!st && (r->changes & ERG_DIFF_MODALITY))
		st = erg__buf_printf(
		    b, "%smodality %s -> %s", sep,
		    modalities(r->modalities_a, ma, sizeof(ma)),
		    modalities(r->modalities_b, mb, sizeof(mb)));
	return st;
}

/* ---- rank changes ---- */

static long move_of(const erg_diff_actor *a)
{
	return (long)a->rank_a - (long)a->rank_b;
}

/* 0 movers, 1 new, 2 gone, 3 unchanged */
static int group_of(const erg_diff_actor *a)
{
	if (a->rank_a && a->rank_b)
		return move_of(a) ? 0 : 3;
	return a->rank_b ? 1 : 2;
}

static int cmp_moves(const void *x, const void *y)
{
	const erg_diff_actor *a = *(const erg_diff_actor *const *)x;
	const erg_diff_actor *b = *(const erg_diff_actor *const *)y;
	int ga = group_of(a), gb = group_of(b);
	long ma, mb;

	if (ga != gb)
		return ga < gb ? -1 : 1;
	if (ga == 0) {
		ma = labs(move_of(a));
		mb = labs(move_of(b));
		if (ma != mb)
			return ma > mb ? -1 : 1;
	}
	if (ga == 2)
		return a->rank_a < b->rank_a ? -1 : a->rank_a > b->rank_a;
	return a->rank_b < b->rank_b ? -1 : a->rank_b > b->rank_b;
}

/* Actors whose rank changed, sorted; *n receives how many. */
static const erg_diff_actor **moves(const erg_diff *d, size_t max, size_t *n)
{
	const erg_diff_actor **v =
	    malloc((d->n_actors ? d->n_actors : 1) * sizeof(*v));
	size_t k = 0;

	*n = 0;
	if (!v)
		return NULL;
	for (size_t i = 0; i < d->n_actors; i++)
		if (group_of(&d->actors[i]) != 3)
			v[k++] = &d->actors[i];
	qsort(v, k, sizeof(*v), cmp_moves);
	*n = max && k > max ? max : k;
	return v;
}

static const char *rank_text(size_t r, char *buf, size_t size)
{
	if (r)
		snprintf(buf, size, "%zu", r);
	else
		snprintf(buf, size, "-");
	return buf;
}

static const char *move_text(const erg_diff_actor *a, char *buf, size_t size)
{
	switch (group_of(a)) {
	case 1:
		return "new";
	case 2:
		return "gone";
	default:
		snprintf(buf, size, "%+ld", move_of(a));
		return buf;
	}
}

/* ---- text and Markdown ---- */

static const erg_diff_kind shown[] = {ERG_DIFF_REMOVED, ERG_DIFF_CHANGED,
				      ERG_DIFF_ADDED};

static int write_text(const erg_diff *d, const char *na, const char *nb,
		      size_t max_ranks, bool md, FILE *fp)
{
	static const char *heads[] = {"Removed", "Changed", "Added"};
	static const char marks[] = {'-', '~', '+'};
	size_t counts[] = {d->n_removed, d->n_changed, d->n_added};
	const erg_diff_actor **mv;
	size_t n_mv;
	erg_buf what;
	char r1[32], r2[32], m[32];
	int rc = -1;

	erg__buf_init(&what, (size_t)1 << 16);
	if (md) {
		if (fputs("# Network diff: ", fp) == EOF ||
		    erg__put_md(fp, na) || fputs(" → ", fp) == EOF ||
		    erg__put_md(fp, nb) ||
		    fprintf(fp,
			    "\n\n| | count |\n| --- | ---: |\n"
			    "| relations added | %zu |\n"
			    "| relations removed | %zu |\n"
			    "| relations changed | %zu |\n"
			    "| relations unchanged | %zu |\n"
			    "| actors added | %zu |\n"
			    "| actors removed | %zu |\n",
			    d->n_added, d->n_removed, d->n_changed, d->n_same,
			    d->actors_added, d->actors_removed) < 0)
			goto done;
	} else if (fprintf(fp,
			   "ergraph diff: %s -> %s\n"
			   "relations: %zu added, %zu removed, %zu changed, "
			   "%zu unchanged\n"
			   "actors: %zu added, %zu removed\n",
			   na, nb, d->n_added, d->n_removed, d->n_changed,
			   d->n_same, d->actors_added, d->actors_removed) < 0) {
		goto done;
	}
	if (md && d->n_added + d->n_removed + d->n_changed &&
	    fputs("\n## Relations\n\n| change | source | target | type | "
		  "details |\n| --- | --- | --- | --- | --- |\n",
		  fp) == EOF)
		goto done;
	for (int k = 0; k < 3; k++) {
		if (!counts[k])
			continue;
		if (!md && fprintf(fp, "\n%s (%zu)\n", heads[k], counts[k]) < 0)
			goto done;
		for (size_t i = 0; i < d->n_relations; i++) {
			const erg_diff_relation *r = &d->relations[i];
			if (r->kind != shown[k])
				continue;
			if (describe(r, &what))
				goto done;
			if (md) {
				if (fprintf(fp, "| %s | ",
					    erg_diff_kind_name(r->kind)) < 0 ||
				    erg__put_md(fp, r->source) ||
				    fputs(" | ", fp) == EOF ||
				    erg__put_md(fp, r->target) ||
				    fprintf(fp, " | %s | ", type_of(r)) < 0 ||
				    erg__put_md(fp,
						what.data ? what.data : "") ||
				    fputs(" |\n", fp) == EOF)
					goto done;
			} else if (fprintf(fp, "  %c %s %s %s  %s  (%s)\n",
					   marks[k], r->source,
					   r->directed ? "->" : "--", r->target,
					   type_of(r),
					   what.data ? what.data : "") < 0) {
				goto done;
			}
		}
	}
	mv = moves(d, max_ranks, &n_mv);
	if (!mv)
		goto done;
	if (n_mv) {
		if (md ? fprintf(fp,
				 "\n## Rank changes (%s)\n\n| actor | id | "
				 "rank A | rank B | move |\n| --- | --- | "
				 "---: | ---: | ---: |\n",
				 erg_metric_name(d->by)) < 0
		       : fprintf(fp,
				 "\nRank changes (%s)\n  rank A  rank B   "
				 "move  actor\n",
				 erg_metric_name(d->by)) < 0) {
			free(mv);
			goto done;
		}
	}
	for (size_t i = 0; i < n_mv; i++) {
		const erg_diff_actor *a = mv[i];
		int e;
		rank_text(a->rank_a, r1, sizeof(r1));
		rank_text(a->rank_b, r2, sizeof(r2));
		if (md)
			e = fputs("| ", fp) == EOF ||
			    erg__put_md(fp, a->label) ||
			    fputs(" | ", fp) == EOF || erg__put_md(fp, a->id) ||
			    fprintf(fp, " | %s | %s | %s |\n", r1, r2,
				    move_text(a, m, sizeof(m))) < 0;
		else
			e = fprintf(fp, "  %6s  %6s  %5s  %s (%s)\n", r1, r2,
				    move_text(a, m, sizeof(m)), a->label,
				    a->id) < 0;
		if (e) {
			free(mv);
			goto done;
		}
	}
	free(mv);
	rc = 0;
done:
	erg__buf_free(&what);
	return rc;
}

/* ---- JSON ---- */

static json_t *modality_array(unsigned mask)
{
	json_t *a = json_array();
	for (int m = 0; a && m < ERG_MOD__COUNT; m++)
		if ((mask & (1u << m)) &&
		    json_array_append_new(
			a, json_string(erg_modality_name((erg_modality)m)))) {
			json_decref(a);
			return NULL;
		}
	return a;
}

static json_t *opt_string(const char *s)
{
	return s ? json_string(s) : json_null();
}

static erg_status write_json(const erg_diff *d, const char *na, const char *nb,
			     FILE *fp, erg_error *err)
{
	static const struct {
		unsigned bit;
		const char *name;
	} bits[] = {{ERG_DIFF_TYPE, "type"},
		    {ERG_DIFF_DIRECTION, "direction"},
		    {ERG_DIFF_WEIGHT, "weight"},
		    {ERG_DIFF_MODALITY, "modality"}};
	json_t *root = json_object(), *sum = NULL, *rels = NULL, *ranks = NULL;
	const erg_diff_actor **mv = NULL;
	size_t n_mv = 0;
	erg_status st;

	if (!root ||
	    erg__json_put(root, "metric",
			  json_string(erg_metric_name(d->by))) ||
	    erg__json_put(root, "a", json_string(na)) ||
	    erg__json_put(root, "b", json_string(nb)) ||
	    erg__json_put(root, "summary", sum = json_object()) ||
	    erg__json_put(sum, "added", json_integer((json_int_t)d->n_added)) ||
	    erg__json_put(sum, "removed",
			  json_integer((json_int_t)d->n_removed)) ||
	    erg__json_put(sum, "changed",
			  json_integer((json_int_t)d->n_changed)) ||
	    erg__json_put(sum, "unchanged",
			  json_integer((json_int_t)d->n_same)) ||
	    erg__json_put(sum, "actors_added",
			  json_integer((json_int_t)d->actors_added)) ||
	    erg__json_put(sum, "actors_removed",
			  json_integer((json_int_t)d->actors_removed)) ||
	    erg__json_put(root, "relations", rels = json_array()) ||
	    erg__json_put(root, "ranks", ranks = json_array()))
		goto oom;
	for (int k = 0; k < 3; k++) {
		for (size_t i = 0; i < d->n_relations; i++) {
			const erg_diff_relation *r = &d->relations[i];
			bool has_a = r->kind != ERG_DIFF_ADDED;
			bool has_b = r->kind != ERG_DIFF_REMOVED;
			json_t *o, *ch = NULL;
			if (r->kind != shown[k])
				continue;
			o = json_object();
			if (!o || json_array_append_new(rels, o) ||
			    erg__json_put(
				o, "change",
				json_string(erg_diff_kind_name(r->kind))) ||
			    erg__json_put(o, "source",
					  json_string(r->source)) ||
			    erg__json_put(o, "target",
					  json_string(r->target)) ||
			    erg__json_put(o, "type", json_string(type_of(r))) ||
			    erg__json_put(o, "directed",
					  json_boolean(r->directed)) ||
			    erg__json_put(o, "type_a", opt_string(r->type_a)) ||
			    erg__json_put(o, "type_b", opt_string(r->type_b)) ||
			    erg__json_put(o, "changes", ch = json_array()) ||
			    erg__json_put(
				o, "weight_a",
				has_a ? erg__json_real(r->weight_a, false)
				      : json_null()) ||
			    erg__json_put(
				o, "weight_b",
				has_b ? erg__json_real(r->weight_b, false)
				      : json_null()) ||
			    erg__json_put(o, "modalities_a",
					  has_a
					      ? modality_array(r->modalities_a)
					      : json_null()) ||
			    erg__json_put(o, "modalities_b",
					  has_b
					      ? modality_array(r->modalities_b)
					      : json_null()))
				goto oom;
			for (size_t b = 0; b < 4; b++)
				if ((r->changes & bits[b].bit) &&
				    json_array_append_new(
					ch, json_string(bits[b].name)))
					goto oom;
		}
	}
	mv = malloc((d->n_actors ? d->n_actors : 1) * sizeof(*mv));
	if (!mv)
		goto oom;
	for (size_t i = 0; i < d->n_actors; i++)
		mv[n_mv++] = &d->actors[i];
	qsort(mv, n_mv, sizeof(*mv), cmp_moves);
	for (size_t i = 0; i < n_mv; i++) {
		const erg_diff_actor *a = mv[i];
		json_t *o = json_object();
		if (!o || json_array_append_new(ranks, o) ||
		    erg__json_put(o, "id", json_string(a->id)) ||
		    erg__json_put(o, "label", json_string(a->label)) ||
		    erg__json_put(o, "rank_a",
				  a->rank_a
				      ? json_integer((json_int_t)a->rank_a)
				      : json_null()) ||
		    erg__json_put(o, "rank_b",
				  a->rank_b
				      ? json_integer((json_int_t)a->rank_b)
				      : json_null()) ||
		    erg__json_put(o, "move",
				  a->rank_a && a->rank_b
				      ? json_integer((json_int_t)move_of(a))
				      : json_null()) ||
		    erg__json_put(o, "value_a",
				  a->rank_a ? erg__json_real(a->value_a, false)
					    : json_null()) ||
		    erg__json_put(o, "value_b",
				  a->rank_b ? erg__json_real(a->value_b, false)
					    : json_null()))
			goto oom;
	}
	st = erg__json_dump(root, fp, err);
	goto done;
oom:
	st = erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
			   "out of memory (or invalid UTF-8) building JSON");
done:
	free(mv);
	json_decref(root);
	return st;
}

erg_status erg_diff_write_fp(const erg_diff *d, const char *name_a,
			     const char *name_b, erg_diff_format fmt,
			     size_t max_ranks, FILE *fp, erg_error *err)
{
	if (!name_a)
		name_a = "A";
	if (!name_b)
		name_b = "B";
	if (fmt == ERG_DIFF_JSON)
		return write_json(d, name_a, name_b, fp, err);
	if (write_text(d, name_a, name_b, max_ranks, fmt == ERG_DIFF_MD, fp))
		return erg_error_set(err, ERG_EIO, NULL, 0, 0,
				     "cannot write the diff");
	return ERG_OK;
}

erg_status erg_diff_write_file(const erg_diff *d, const char *name_a,
			       const char *name_b, erg_diff_format fmt,
			       size_t max_ranks, const char *path,
			       erg_error *err)
{
	erg_atomic *a = NULL;
	FILE *fp;
	erg_status st;

	if ((st = erg_atomic_open(&a, path, &fp, err)))
		return st;
	if ((st = erg_diff_write_fp(d, name_a, name_b, fmt, max_ranks, fp,
				    err))) {
		erg_atomic_abort(a);
		return st;
	}
	return erg_atomic_commit(a, err);
}
