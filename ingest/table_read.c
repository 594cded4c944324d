/*
 * table_read.c - relation and actor tables (CSV/TSV) into the model (see
 * ergraph/ingest.h).
 *
 * Tokenizing is libcsv's (strict RFC 4180 quoting). libcsv does not report
 * positions, so the input is fed one physical line at a time: a record
 * starts on the first non-blank line fed while no record is open, which
 * gives exact line numbers even when quoted fields span lines. Errors
 * about a cell carry that record's first line and, as `column`, the
 * 1-based field number (the spreadsheet column), and name the column.
 *
 * Cost: O(input bytes + rows * a^2) for `a` free-attribute columns (an
 * element's attributes are a list); the header O(named columns^2), with
 * the named columns capped (MAX_NAMED_COLUMNS); actors are found by hash.
 */
#include "ergraph/ingest.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "table_internal.h"
#include "util_internal.h"

#define PROGRESS_STEP ((size_t)4 << 20)

/* Cap on the named columns of a header. Each named column is looked up
 * among the earlier ones and the graph's keys (linear scans), so the
 * header costs O(columns^2); unnamed columns are free. */
#define MAX_NAMED_COLUMNS 4096

/* ---- tokenizer ---- */

typedef struct {
	const char *name;
	const erg_read_opts *opts;
	erg__table_row_fn fn;
	void *ud;
	erg_error *err;
	erg_status st; /* first failure; stops everything */
	erg_buf cells; /* the open record's fields, NUL-separated */
	size_t *offs;  /* start of each field in `cells` */
	size_t n_offs, cap_offs;
	char **ptrs;
	size_t cap_ptrs;
	long row_line; /* first line of the open record, 0 if none */
	bool seen_header;
} tok;

static erg_status tok_fail_mem(tok *t, erg_status st)
{
	if (st == ERG_ELIMIT)
		return t->st =
			   erg_error_set(t->err, ERG_ELIMIT, t->name,
					 t->row_line, 0, "record too large");
	return t->st = erg_error_set(t->err, ERG_ENOMEM, t->name, t->row_line,
				     0, "out of memory");
}

static void tok_field(void *s, size_t n, void *ud)
{
	tok *t = ud;
	erg_status st;

	if (t->st)
		return;
	if (erg__grow((void **)&t->offs, &t->cap_offs, t->n_offs + 1,
		      sizeof(*t->offs))) {
		tok_fail_mem(t, ERG_ENOMEM);
		return;
	}
	t->offs[t->n_offs++] = t->cells.len;
	if ((st = erg__buf_append(&t->cells, s ? s : "", s ? n : 0)) ||
	    (st = erg__buf_putc(&t->cells, '\0')))
		tok_fail_mem(t, st);
}

static void tok_row(int c, void *ud)
{
	tok *t = ud;
	erg__table_row row;
	bool empty = true;

	(void)c;
	if (t->st)
		return;
	if (erg__grow((void **)&t->ptrs, &t->cap_ptrs, t->n_offs + 1,
		      sizeof(*t->ptrs))) {
		tok_fail_mem(t, ERG_ENOMEM);
		return;
	}
	for (size_t i = 0; i < t->n_offs; i++) {
		t->ptrs[i] = t->cells.data + t->offs[i];
		if (t->ptrs[i][0])
			empty = false;
	}
	row.fields = t->ptrs;
	row.n = t->n_offs;
	row.line = t->row_line ? t->row_line : 1;
	if (!empty) {
		t->st = t->fn(t->ud, &row, !t->seen_header, t->err);
		t->seen_header = true;
	}
	erg__buf_reset(&t->cells);
	t->n_offs = 0;
	t->row_line = 0;
}

/* Line number (1-based) and column (1-based, bytes) of offset `off`. */
static void locate(const char *data, size_t off, long *line, long *col)
{
	long l = 1;
	size_t bol = 0;
	for (size_t i = 0; i < off; i++) {
		/* i + 1 <= off, and data[off] exists */
		if (data[i] == '\n' ||
		    (data[i] == '\r' && data[i + 1] != '\n')) {
			l++;
			bol = i + 1;
		}
	}
	*line = l;
	*col = (long)(off - bol) + 1;
}

/* True if the line holds nothing libcsv would start a record with. */
static bool line_blank(const char *s, size_t n, char delim)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\r' || c == '\n' || c == ' ')
			continue;
		if (c == '\t' && delim != '\t')
			continue;
		return false;
	}
	return true;
}

char erg__table_delim_for_path(const char *path)
{
	switch (erg_format_from_path(path)) {
	case ERG_FORMAT_CSV:
		return ',';
	case ERG_FORMAT_TSV:
		return '\t';
	default:
		return 0;
	}
}

static char sniff_delim(const char *data, size_t len)
{
	for (size_t i = 0; i < len && data[i] != '\n' && data[i] != '\r'; i++)
		if (data[i] == '\t')
			return '\t';
	return ',';
}

erg_status erg__table_parse(const char *data, size_t len, char delim,
			    const char *name, const erg_read_opts *opts,
			    erg__table_row_fn fn, void *ud, erg_error *err)
{
	struct csv_parser p;
	bool p_init = false;
	tok t;
	size_t pos = 0, next_progress = PROGRESS_STEP, bad;
	size_t max = opts && opts->max_input_bytes ? opts->max_input_bytes
						   : ((size_t)1 << 30);
	long line = 1, col;
	const char *nul;

	memset(&t, 0, sizeof(t));
	t.name = name;
	t.opts = opts;
	t.fn = fn;
	t.ud = ud;
	t.err = err;
	erg__buf_init(&t.cells, max);

	if (len > max) {
		t.st = erg_error_set(err, ERG_ELIMIT, name, 0, 0,
				     "input is larger than the %zu-byte limit",
				     max);
		goto done;
	}
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	if ((nul = memchr(data, '\0', len)) != NULL) {
		locate(data, (size_t)(nul - data), &line, &col);
		t.st = erg_error_set(err, ERG_EPARSE, name, line, col,
				     "binary data (NUL byte): not a text "
				     "table");
		goto done;
	}
	if (!erg__utf8_valid(data + pos, len - pos, &bad)) {
		locate(data, pos + bad, &line, &col);
		t.st = erg_error_set(err, ERG_EPARSE, name, line, col,
				     "invalid UTF-8 (byte 0x%02X); tables "
				     "must be UTF-8 encoded",
				     (unsigned char)data[pos + bad]);
		goto done;
	}
	if (!delim)
		delim = sniff_delim(data + pos, len - pos);

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)) {
		t.st =
		    erg_error_set(err, ERG_ENOMEM, name, 0, 0, "out of memory");
		goto done;
	}
	p_init = true;
	csv_set_delim(&p, (unsigned char)delim);

	while (pos < len) {
		size_t e = pos, n, used;
		while (
		    e < len && data[e] != '\n' &&
		    !(data[e] == '\r' && (e + 1 >= len || data[e + 1] != '\n')))
			e++;
		if (e < len)
			e++;
		n = e - pos;
		if (!t.row_line && !line_blank(data + pos, n, delim))
			t.row_line = line;
		used = csv_parse(&p, data + pos, n, tok_field, tok_row, &t);
		if (t.st)
			goto done;
		if (used < n) {
			t.st = erg_error_set(
			    err, ERG_EPARSE, name, line, (long)used + 1,
			    "malformed quoting: a '\"' inside an unquoted "
			    "field, or text after a closing quote (quote "
			    "the whole field and double inner quotes)");
			goto done;
		}
		pos = e;
		line++;
		if (opts && opts->progress && pos >= next_progress) {
			opts->progress(opts->progress_userdata, "parsing", pos,
				       len);
			next_progress = pos + PROGRESS_STEP;
		}
	}
	if (csv_fini(&p, tok_field, tok_row, &t) != 0 && !t.st) {
		t.st = erg_error_set(err, ERG_EPARSE, name, t.row_line, 0,
				     "unterminated quoted field (the record "
				     "starts on line %ld)",
				     t.row_line);
		goto done;
	}
	if (!t.st && !t.seen_header)
		t.st = erg_error_set(err, ERG_EPARSE, name, 0, 0,
				     "empty file: no header row");
done:
	if (p_init)
		csv_free(&p);
	erg__buf_free(&t.cells);
	free(t.offs);
	free(t.ptrs);
	return t.st;
}

/* ---- shared column handling ---- */

static char *trim(char *s)
{
	size_t n;
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
		     s[n - 1] == '\n'))
		s[--n] = '\0';
	return s;
}

enum { ROLE_IGNORE = -2, ROLE_ATTR = -1 };

typedef struct {
	int role;     /* index into the reserved names, or ROLE_* */
	uint32_t key; /* ROLE_ATTR: the attribute key */
	char *name;   /* header text, trimmed */
} column;

typedef struct {
	erg_graph *g;
	const char *name;
	const erg_read_opts *opts;
	const char *const *reserved;
	size_t n_reserved;
	size_t n_required; /* the first n_required reserved are required */
	erg_domain domain;
	column *cols;
	size_t n_cols;
	long header_line;
} table;

static void table_free(table *tb)
{
	for (size_t i = 0; i < tb->n_cols; i++)
		free(tb->cols[i].name);
	free(tb->cols);
}

static void warn(table *tb, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void warn(table *tb, long line, const char *fmt, ...)
{
	char msg[ERG_ERROR_MSG_MAX];
	va_list ap;
	if (!tb->opts || !tb->opts->warn)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	tb->opts->warn(tb->opts->warn_userdata, tb->name, line, msg);
}

static erg_status header(table *tb, const erg__table_row *row, erg_error *err)
{
	size_t n_named = 0;

	tb->header_line = row->line;
	tb->cols = calloc(row->n, sizeof(*tb->cols));
	if (!tb->cols)
		return erg_error_set(err, ERG_ENOMEM, tb->name, row->line, 0,
				     "out of memory");
	tb->n_cols = row->n;
	for (size_t i = 0; i < row->n; i++) {
		column *c = &tb->cols[i];
		char *h = trim(row->fields[i]);
		erg_status st;

		if (!(c->name = erg__strdup(h)))
			return erg_error_set(err, ERG_ENOMEM, tb->name,
					     row->line, 0, "out of memory");
		if (!h[0]) {
			c->role = ROLE_IGNORE;
			warn(tb, row->line,
			     "column %zu has no name in the header; ignored",
			     i + 1);
			continue;
		}
		if (++n_named > MAX_NAMED_COLUMNS)
			return erg_error_set(err, ERG_ELIMIT, tb->name,
					     row->line, (long)i + 1,
					     "more than %d named columns in "
					     "the header",
					     MAX_NAMED_COLUMNS);
		for (size_t j = 0; j < i; j++)
			if (erg__strcasecmp(tb->cols[j].name, h) == 0)
				return erg_error_set(
				    err, ERG_EPARSE, tb->name, row->line,
				    (long)i + 1,
				    "duplicate column '%s' in the header "
				    "(columns %zu and %zu)",
				    h, j + 1, i + 1);
		c->role = ROLE_ATTR;
		for (size_t r = 0; r < tb->n_reserved; r++)
			if (erg__strcasecmp(h, tb->reserved[r]) == 0)
				c->role = (int)r;
		if (c->role != ROLE_ATTR)
			continue;
		if (erg_graph_find_key(tb->g, tb->domain, h, &c->key) == 0)
			continue;
		st = erg_graph_define_key(tb->g, tb->domain, h, ERG_ATTR_STRING,
					  false, &c->key, err);
		if (st)
			return erg_error_set(err, st, tb->name, row->line,
					     (long)i + 1,
					     "cannot define attribute '%s'", h);
	}
	for (size_t r = 0; r < tb->n_required; r++) {
		bool found = false, has_id = false;
		char seen[240];
		size_t used = 0;

		for (size_t i = 0; i < tb->n_cols; i++)
			if (tb->cols[i].role == (int)r)
				found = true;
		if (found)
			continue;
		seen[0] = '\0';
		for (size_t i = 0; i < tb->n_cols; i++) {
			const char *h = tb->cols[i].name;
			size_t need = strlen(h) + (i ? 2 : 0);
			if (erg__strcasecmp(h, "id") == 0)
				has_id = true;
			if (used + need + 4 >= sizeof(seen)) {
				snprintf(seen + used, sizeof(seen) - used,
					 "%s...", i ? ", " : "");
				break;
			}
			used +=
			    (size_t)snprintf(seen + used, sizeof(seen) - used,
					     "%s%s", i ? ", " : "", h);
		}
		return erg_error_set(
		    err, ERG_EPARSE, tb->name, row->line, 0,
		    "missing required column '%s' (the header has: %s)%s",
		    tb->reserved[r], seen,
		    tb->domain == ERG_DOMAIN_EDGE && has_id
			? "; is this an actors table?"
			: "");
	}
	return ERG_OK;
}

static erg_status check_width(table *tb, const erg__table_row *row,
			      erg_error *err)
{
	if (row->n == tb->n_cols)
		return ERG_OK;
	return erg_error_set(err, ERG_EPARSE, tb->name, row->line, 0,
			     "row has %zu field%s, header has %zu", row->n,
			     row->n == 1 ? "" : "s", tb->n_cols);
}

static erg_status set_attr(table *tb, erg_attrs *attrs, size_t i,
			   const erg__table_row *row, erg_error *err)
{
	const column *c = &tb->cols[i];
	const erg_key *k = erg_graph_key(tb->g, c->key);
	const char *s = row->fields[i];
	erg_value v;
	erg_status st;

	if (!s[0])
		return ERG_OK;
	if (k->type != ERG_ATTR_STRING) {
		char *t = trim(row->fields[i]);
		if (!t[0])
			return ERG_OK;
		if (erg_value_parse(k->type, t, &v) != 0)
			return erg_error_set(
			    err, ERG_EINVAL, tb->name, row->line, (long)i + 1,
			    "invalid %s value '%s' in column '%s'",
			    erg_attr_type_name(k->type), t, c->name);
	} else {
		v.s = (char *)s;
	}
	if ((st = erg_attrs_set(tb->g, attrs, c->key, v)))
		return erg_error_set(err, st, tb->name, row->line, (long)i + 1,
				     "out of memory");
	return ERG_OK;
}

static erg_status oom(table *tb, long line, erg_error *err)
{
	return erg_error_set(err, ERG_ENOMEM, tb->name, line, 0,
			     "out of memory");
}

/* ---- relations ---- */

enum {
	R_SOURCE,
	R_TARGET,
	R_TYPE,
	R_DATE,
	R_MODALITY,
	R_WEIGHT,
	R_EVIDENCE,
	R_DOC,
	R_OFFSET,
	R_ID,
	R_DIRECTED,
	R__COUNT
};

/* Column names of the file format (not domain knowledge). */
static const char *const rel_columns[R__COUNT] = {
    "source",	"target", "type",   "date", "modality", "weight",
    "evidence", "doc",	  "offset", "id",   "directed"};

static erg_status unknown_type(table *tb, const char *s, long line, long col,
			       erg_error *err)
{
	const erg_types *types = erg_graph_types(tb->g);
	erg_buf known;
	erg_status st;

	erg__buf_init(&known, 300);
	for (size_t i = 0; i < erg_types_count(types); i++) {
		const char *n = erg_types_get(types, i)->name;
		if ((i && erg__buf_append(&known, ", ", 2)) ||
		    erg__buf_append(&known, n, strlen(n))) {
			erg__buf_append(&known, "...", 3);
			break;
		}
	}
	st = erg_error_set(err, ERG_EINVAL, tb->name, line, col,
			   "unknown relation type '%s' (known: %s; add types "
			   "with --types FILE)",
			   s, known.data ? known.data : "");
	erg__buf_free(&known);
	return st;
}

static erg_status find_type(table *tb, char *s, size_t *out, long line,
			    long col, erg_error *err)
{
	char low[128];
	size_t n = strlen(s);

	if (!s[0])
		s = ERG_TYPE_RELATED;
	if (erg_types_find(erg_graph_types(tb->g), s, out) == 0)
		return ERG_OK;
	if (n < sizeof(low)) {
		for (size_t i = 0; i <= n; i++)
			low[i] = (char)tolower((unsigned char)s[i]);
		if (erg_types_find(erg_graph_types(tb->g), low, out) == 0)
			return ERG_OK;
	}
	return unknown_type(tb, s, line, col, err);
}

static erg_status relation_row(void *ud, const erg__table_row *row,
			       bool is_header, erg_error *err)
{
	table *tb = ud;
	int idx[R__COUNT];
	size_t src, dst, type, ri;
	erg_relation *r;
	erg_status st;
	char *s;

	if (is_header)
		return header(tb, row, err);
	if ((st = check_width(tb, row, err)))
		return st;
	for (int k = 0; k < R__COUNT; k++)
		idx[k] = -1;
	for (size_t i = 0; i < tb->n_cols; i++)
		if (tb->cols[i].role >= 0)
			idx[tb->cols[i].role] = (int)i;

#define CELL(k) (idx[k] >= 0 ? trim(row->fields[idx[k]]) : NULL)
#define COL(k) ((long)idx[k] + 1)
	s = CELL(R_SOURCE);
	if (!s[0])
		return erg_error_set(err, ERG_EINVAL, tb->name, row->line,
				     COL(R_SOURCE), "empty source");
	if ((st = erg_graph_ensure_actor(tb->g, s, &src, NULL, err)))
		return oom(tb, row->line, err);
	s = CELL(R_TARGET);
	if (!s[0])
		return erg_error_set(err, ERG_EINVAL, tb->name, row->line,
				     COL(R_TARGET), "empty target");
	if ((st = erg_graph_ensure_actor(tb->g, s, &dst, NULL, err)))
		return oom(tb, row->line, err);
	if ((st = find_type(tb, CELL(R_TYPE), &type, row->line, COL(R_TYPE),
			    err)))
		return st;
	if (erg_graph_add_relation(tb->g, src, dst, type, &ri, err))
		return oom(tb, row->line, err);
	r = erg_graph_relation(tb->g, ri);

	if ((s = CELL(R_DATE)) && s[0]) {
		if (!erg_date_valid(s))
			return erg_error_set(
			    err, ERG_EINVAL, tb->name, row->line, COL(R_DATE),
			    "invalid date '%s' (expected YYYY, YYYY-MM or "
			    "YYYY-MM-DD)",
			    s);
		if (erg_set_str(&r->date, s))
			return oom(tb, row->line, err);
	}
	if ((s = CELL(R_MODALITY)) && s[0]) {
		if (erg_modality_parse(s, &r->modality) != 0) {
			char known[256] = "";
			for (int m = 0; m < ERG_MOD__COUNT; m++) {
				size_t l = strlen(known);
				snprintf(known + l, sizeof(known) - l, "%s%s",
					 m ? ", " : "",
					 erg_modality_name((erg_modality)m));
			}
			return erg_error_set(err, ERG_EINVAL, tb->name,
					     row->line, COL(R_MODALITY),
					     "unknown modality '%s' (valid: "
					     "%s)",
					     s, known);
		}
	}
	if ((s = CELL(R_WEIGHT)) && s[0]) {
		erg_value v;
		if (erg_value_parse(ERG_ATTR_DOUBLE, s, &v) != 0 ||
		    !isfinite(v.d) || v.d < 0)
			return erg_error_set(err, ERG_EINVAL, tb->name,
					     row->line, COL(R_WEIGHT),
					     "invalid weight '%s' (expected a "
					     "finite number >= 0)",
					     s);
		r->weight = v.d;
	}
	if (idx[R_EVIDENCE] >= 0 && row->fields[idx[R_EVIDENCE]][0] &&
	    erg_set_str(&r->evidence, row->fields[idx[R_EVIDENCE]]))
		return oom(tb, row->line, err);
	if ((s = CELL(R_DOC)) && s[0] && erg_set_str(&r->doc, s))
		return oom(tb, row->line, err);
	if ((s = CELL(R_OFFSET)) && s[0]) {
		erg_value v;
		if (erg_value_parse(ERG_ATTR_LONG, s, &v) != 0 || v.i < -1)
			return erg_error_set(err, ERG_EINVAL, tb->name,
					     row->line, COL(R_OFFSET),
					     "invalid offset '%s' (expected a "
					     "byte offset >= 0)",
					     s);
		r->offset = v.i;
	}
	if ((s = CELL(R_ID)) && s[0] && erg_set_str(&r->id, s))
		return oom(tb, row->line, err);
	if ((s = CELL(R_DIRECTED)) && s[0]) {
		erg_value v;
		if (erg__strcasecmp(s, "yes") == 0)
			v.b = 1;
		else if (erg__strcasecmp(s, "no") == 0)
			v.b = 0;
		else if (erg_value_parse(ERG_ATTR_BOOL, s, &v) != 0)
			return erg_error_set(err, ERG_EINVAL, tb->name,
					     row->line, COL(R_DIRECTED),
					     "invalid value '%s' in column "
					     "'directed' (expected true or "
					     "false)",
					     s);
		r->directed = v.b != 0;
	}
#undef CELL
#undef COL
	for (size_t i = 0; i < tb->n_cols; i++)
		if (tb->cols[i].role == ROLE_ATTR &&
		    (st = set_attr(tb, &r->attrs, i, row, err)))
			return st;
	return ERG_OK;
}

/* What tells a relation table from an actors table. */
typedef struct {
	const char *const *reserved;
	size_t n_reserved;
	size_t n_required;
	erg_domain domain;
	erg__table_row_fn row;
	const char *default_name;
} table_kind;

static erg_status read_table(erg_graph *g, const table_kind *kind,
			     const char *data, size_t len, char delim,
			     const char *name, const erg_read_opts *opts,
			     erg_error *err)
{
	table tb;
	erg_status st;

	memset(&tb, 0, sizeof(tb));
	tb.g = g;
	tb.name = name ? name : kind->default_name;
	tb.opts = opts;
	tb.reserved = kind->reserved;
	tb.n_reserved = kind->n_reserved;
	tb.n_required = kind->n_required;
	tb.domain = kind->domain;
	st = erg__table_parse(data, len, delim, tb.name, opts, kind->row, &tb,
			      err);
	table_free(&tb);
	return st;
}

static const table_kind relation_table = { rel_columns,	     R__COUNT,
					   3,		     ERG_DOMAIN_EDGE,
					   relation_row,     "<table>" };

erg_status erg_table_read_memory(erg_graph *g, const char *data, size_t len,
				 char delim, const char *name,
				 const erg_read_opts *opts, erg_error *err)
{
	return read_table(g, &relation_table, data, len, delim, name, opts,
			  err);
}

/* ---- actors ---- */

enum { A_ID, A_LABEL, A_KIND, A_ALIASES, A_AFFILIATION, A__COUNT };

static const char *const actor_columns[A__COUNT] = {"id", "label", "kind",
						    "aliases", "affiliation"};

static erg_status actor_row(void *ud, const erg__table_row *row, bool is_header,
			    erg_error *err)
{
	table *tb = ud;
	int idx[A__COUNT];
	size_t ai;
	erg_actor *a;
	erg_status st;
	char *s;

	if (is_header)
		return header(tb, row, err);
	if ((st = check_width(tb, row, err)))
		return st;
	for (int k = 0; k < A__COUNT; k++)
		idx[k] = -1;
	for (size_t i = 0; i < tb->n_cols; i++)
		if (tb->cols[i].role >= 0)
			idx[tb->cols[i].role] = (int)i;
#define CELL(k) (idx[k] >= 0 ? trim(row->fields[idx[k]]) : NULL)
#define COL(k) ((long)idx[k] + 1)
	s = CELL(A_ID);
	if (!s[0])
		return erg_error_set(err, ERG_EINVAL, tb->name, row->line,
				     COL(A_ID), "empty actor id");
	if (erg_graph_ensure_actor(tb->g, s, &ai, NULL, err))
		return oom(tb, row->line, err);
	a = erg_graph_actor(tb->g, ai);
	if ((s = CELL(A_LABEL)) && s[0] && erg_actor_set_label(a, s))
		return oom(tb, row->line, err);
	if ((s = CELL(A_KIND)) && s[0] && erg_kind_parse(s, &a->kind) != 0) {
		char known[128] = "";
		for (int k = 0; k < ERG_KIND__COUNT; k++) {
			size_t l = strlen(known);
			snprintf(known + l, sizeof(known) - l, "%s%s",
				 k ? ", " : "", erg_kind_name((erg_kind)k));
		}
		return erg_error_set(
		    err, ERG_EINVAL, tb->name, row->line, COL(A_KIND),
		    "unknown actor kind '%s' (valid: %s)", s, known);
	}
	if ((s = CELL(A_ALIASES)) && s[0] && erg_actor_set_aliases_joined(a, s))
		return oom(tb, row->line, err);
	if ((s = CELL(A_AFFILIATION)) && s[0] &&
	    erg_set_str(&a->affiliation, s))
		return oom(tb, row->line, err);
#undef CELL
#undef COL
	for (size_t i = 0; i < tb->n_cols; i++)
		if (tb->cols[i].role == ROLE_ATTR &&
		    (st = set_attr(tb, &a->attrs, i, row, err)))
			return st;
	return ERG_OK;
}

static const table_kind actor_table = { actor_columns,   A__COUNT,
					1,		 ERG_DOMAIN_NODE,
					actor_row,	 "<actors>" };

erg_status erg_actors_read_memory(erg_graph *g, const char *data, size_t len,
				  char delim, const char *name,
				  const erg_read_opts *opts, erg_error *err)
{
	return read_table(g, &actor_table, data, len, delim, name, opts, err);
}

/* ---- files ---- */

static const char *display_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

static erg_status read_table_file(erg_graph *g, const table_kind *kind,
				  const char *path, char delim,
				  const erg_read_opts *opts, erg_error *err)
{
	char *data = NULL;
	size_t len = 0;
	erg_status st;

	if ((st = erg_read_all(path, opts, &data, &len, err)))
		return st;
	if (!delim)
		delim = erg__table_delim_for_path(path);
	st = read_table(g, kind, data, len, delim, display_name(path), opts,
			err);
	free(data);
	return st;
}

erg_status erg_table_read_file(erg_graph *g, const char *path, char delim,
			       const erg_read_opts *opts, erg_error *err)
{
	return read_table_file(g, &relation_table, path, delim, opts, err);
}

erg_status erg_actors_read_file(erg_graph *g, const char *path,
				const erg_read_opts *opts, erg_error *err)
{
	return read_table_file(g, &actor_table, path, 0, opts, err);
}
