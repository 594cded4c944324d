/* types.c - the relation type table (see ergraph/types.h). */
#include "ergraph/types.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util_internal.h"

extern const unsigned char erg_default_types_tsv[];
extern const size_t erg_default_types_tsv_len;

struct erg_types {
	erg_type *items;
	size_t n;
	size_t cap;
	erg_strmap index;
};

static void type_clear(erg_type *t)
{
	free(t->name);
	free(t->color);
	free(t->cameo);
}

erg_status erg_types_new_empty(erg_types **out, erg_error *err)
{
	erg_types *t = calloc(1, sizeof(*t));
	if (!t)
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	erg__strmap_init(&t->index);
	*out = t;
	return ERG_OK;
}

erg_status erg_types_new_default(erg_types **out, erg_error *err)
{
	erg_types *t;
	erg_status st = erg_types_new_empty(&t, err);
	if (st)
		return st;
	st = erg_types_parse(t, (const char *)erg_default_types_tsv,
			     erg_default_types_tsv_len, "<default types>", err);
	if (st) {
		erg_types_free(t);
		return st;
	}
	*out = t;
	return ERG_OK;
}

void erg_types_free(erg_types *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		type_clear(&t->items[i]);
	free(t->items);
	erg__strmap_free(&t->index);
	free(t);
}

static erg_status types_add(erg_types *t, const erg_type *src)
{
	size_t idx;
	erg_type nt;

	nt.name = erg__strdup(src->name);
	nt.color = erg__strdup(src->color);
	nt.cameo = erg__strdup(src->cameo ? src->cameo : "");
	nt.polarity = src->polarity;
	nt.directed = src->directed;
	if (!nt.name || !nt.color || !nt.cameo)
		goto oom;

	if (erg__strmap_get(&t->index, src->name, &idx) == 0) {
		free(t->items[idx].color);
		free(t->items[idx].cameo);
		free(nt.name);
		t->items[idx].color = nt.color;
		t->items[idx].cameo = nt.cameo;
		t->items[idx].polarity = nt.polarity;
		t->items[idx].directed = nt.directed;
		return ERG_OK;
	}
	if (erg__grow((void **)&t->items, &t->cap, t->n + 1, sizeof(erg_type)))
		goto oom;
	/* the map's keys are the names' own heap strings, which stay put
	 * when items[] moves: no rebuild (that made adding n types
	 * O(n^2)) */
	if (erg__strmap_put(&t->index, nt.name, t->n) < 0)
		goto oom;
	t->items[t->n++] = nt;
	return ERG_OK;
oom:
	type_clear(&nt);
	return ERG_ENOMEM;
}

erg_status erg_types_copy(erg_types **out, const erg_types *src,
			  erg_error *err)
{
	erg_types *t;
	erg_status st = erg_types_new_empty(&t, err);
	if (st)
		return st;
	for (size_t i = 0; i < src->n; i++) {
		if (types_add(t, &src->items[i])) {
			erg_types_free(t);
			return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
					     "out of memory");
		}
	}
	*out = t;
	return ERG_OK;
}

size_t erg_types_count(const erg_types *t)
{
	return t->n;
}

const erg_type *erg_types_get(const erg_types *t, size_t i)
{
	return i < t->n ? &t->items[i] : NULL;
}

int erg_types_find(const erg_types *t, const char *name, size_t *out)
{
	return erg__strmap_get(&t->index, name, out);
}

/* ---- parsing ---- */

typedef struct {
	const char *start;
	size_t len;
	long column;
} field;

static bool field_is(const field *f, const char *s)
{
	size_t n = strlen(s);
	if (f->len != n)
		return false;
	/* compare as unsigned bytes: `s` may hold UTF-8 (U+2212) */
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)f->start[i]) != (unsigned char)s[i])
			return false;
	return true;
}

static void trim(field *f)
{
	while (f->len && isspace((unsigned char)f->start[0])) {
		f->start++;
		f->len--;
		f->column++;
	}
	while (f->len && isspace((unsigned char)f->start[f->len - 1]))
		f->len--;
}

static erg_status parse_row(erg_types *staged, const char *line, size_t len,
			    const char *filename, long lineno, erg_error *err)
{
	field f[5];
	size_t nf = 0, i = 0;
	long col = 1;
	char name[128], color[16], cameo[256];
	erg_type t;

	while (nf < 5) {
		size_t s = i;
		while (i < len && line[i] != '\t')
			i++;
		f[nf].start = line + s;
		f[nf].len = i - s;
		f[nf].column = col;
		trim(&f[nf]);
		nf++;
		col += (long)(i - s) + 1;
		if (i >= len)
			break;
		i++;
	}
	if (i < len)
		return erg_error_set(err, ERG_EPARSE, filename, lineno, col,
				     "too many fields (expected name, polarity, "
				     "directed, colour, cameo)");
	if (nf < 4)
		return erg_error_set(err, ERG_EPARSE, filename, lineno, col,
				     "too few fields: expected name<TAB>polarity"
				     "<TAB>directed<TAB>colour[<TAB>cameo]");
	if (field_is(&f[0], "name"))
		return ERG_OK; /* header row */

	if (f[0].len == 0 || f[0].len >= sizeof(name))
		return erg_error_set(err, ERG_EPARSE, filename, lineno,
				     f[0].column, "missing or too long type name");
	for (size_t k = 0; k < f[0].len; k++) {
		unsigned char c = (unsigned char)f[0].start[k];
		int n = 1;
		if (islower(c) || isdigit(c) || c == '_')
			continue;
		/* the data is valid UTF-8 and every earlier byte was ASCII,
		 * so `c` starts a character: quote all of it, never a lone
		 * lead byte */
		if (c < 0x20 || c == 0x7f)
			return erg_error_set(err, ERG_EPARSE, filename, lineno,
					     f[0].column + (long)k,
					     "invalid control character 0x%02X "
					     "in type name (use a-z, 0-9 and _)",
					     c);
		if (c >= 0xf0)
			n = 4;
		else if (c >= 0xe0)
			n = 3;
		else if (c >= 0xc0)
			n = 2;
		if ((size_t)n > f[0].len - k)
			n = (int)(f[0].len - k);
		return erg_error_set(err, ERG_EPARSE, filename, lineno,
				     f[0].column + (long)k,
				     "invalid character '%.*s' in type name "
				     "(use a-z, 0-9 and _)",
				     n, f[0].start + k);
	}
	memcpy(name, f[0].start, f[0].len);
	name[f[0].len] = '\0';

	if (field_is(&f[1], "+") || field_is(&f[1], "1") ||
	    field_is(&f[1], "+1") || field_is(&f[1], "positive"))
		t.polarity = 1;
	else if (field_is(&f[1], "-") || field_is(&f[1], "-1") ||
		 field_is(&f[1], "negative") ||
		 field_is(&f[1], "\xe2\x88\x92")) /* U+2212 minus */
		t.polarity = -1;
	else if (field_is(&f[1], "0") || field_is(&f[1], "neutral"))
		t.polarity = 0;
	else
		return erg_error_set(err, ERG_EPARSE, filename, lineno,
				     f[1].column,
				     "invalid polarity '%.*s' (expected +, - "
				     "or 0)", (int)f[1].len, f[1].start);

	if (field_is(&f[2], "yes") || field_is(&f[2], "true") ||
	    field_is(&f[2], "1") || field_is(&f[2], "directed"))
		t.directed = true;
	else if (field_is(&f[2], "no") || field_is(&f[2], "false") ||
		 field_is(&f[2], "0") || field_is(&f[2], "undirected"))
		t.directed = false;
	else
		return erg_error_set(err, ERG_EPARSE, filename, lineno,
				     f[2].column,
				     "invalid directed value '%.*s' (expected "
				     "yes or no)", (int)f[2].len, f[2].start);

	if (f[3].len != 7 || f[3].start[0] != '#')
		goto bad_color;
	for (size_t k = 1; k < 7; k++)
		if (!isxdigit((unsigned char)f[3].start[k]))
			goto bad_color;
	memcpy(color, f[3].start, 7);
	color[7] = '\0';

	cameo[0] = '\0';
	if (nf == 5) {
		if (f[4].len >= sizeof(cameo))
			return erg_error_set(err, ERG_EPARSE, filename, lineno,
					     f[4].column, "cameo list too long");
		for (size_t k = 0; k < f[4].len; k++) {
			char c = f[4].start[k];
			if (!isdigit((unsigned char)c) && c != ',' && c != ' ')
				return erg_error_set(
					err, ERG_EPARSE, filename, lineno,
					f[4].column + (long)k,
					"invalid CAMEO code list (digits "
					"separated by commas)");
		}
		memcpy(cameo, f[4].start, f[4].len);
		cameo[f[4].len] = '\0';
	}
	t.name = name;
	t.color = color;
	t.cameo = cameo;
	if (types_add(staged, &t))
		return erg_error_set(err, ERG_ENOMEM, filename, lineno, 0,
				     "out of memory");
	return ERG_OK;
bad_color:
	return erg_error_set(err, ERG_EPARSE, filename, lineno, f[3].column,
			     "invalid colour '%.*s' (expected #RRGGBB)",
			     (int)f[3].len, f[3].start);
}

erg_status erg_types_parse(erg_types *types, const char *data, size_t len,
			   const char *filename, erg_error *err)
{
	erg_types *staged = NULL;
	erg_status st;
	size_t pos = 0;
	long lineno = 0;
	size_t bad;

	if (!filename)
		filename = "<types>";
	if (memchr(data, '\0', len))
		return erg_error_set(err, ERG_EPARSE, filename, 0, 0,
				     "binary data in a type table");
	if (!erg__utf8_valid(data, len, &bad)) {
		long l = 1, col = 1;
		for (size_t k = 0; k < bad; k++) {
			/* CRLF counts once, a lone CR ends a line too */
			if (data[k] == '\n' ||
			    (data[k] == '\r' && data[k + 1] != '\n')) {
				l++;
				col = 1;
			} else if (((unsigned char)data[k] & 0xC0) != 0x80) {
				col++;
			}
		}
		return erg_error_set(err, ERG_EPARSE, filename, l, col,
				     "invalid UTF-8");
	}
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		pos = 3;
	st = erg_types_copy(&staged, types, err);
	if (st)
		return st;
	while (pos < len) {
		size_t e = pos, l;
		const char *line = data + pos;
		/* lines end with LF, CRLF or a lone CR (old Mac files) */
		while (e < len && data[e] != '\n' && data[e] != '\r')
			e++;
		l = e - pos;
		lineno++;
		pos = e + 1;
		if (e + 1 < len && data[e] == '\r' && data[e + 1] == '\n')
			pos++;
		{
			size_t k = 0;
			while (k < l && (line[k] == ' ' || line[k] == '\t'))
				k++;
			if (k == l || line[k] == '#')
				continue;
		}
		st = parse_row(staged, line, l, filename, lineno, err);
		if (st)
			goto done;
	}
	/* commit: swap contents */
	{
		erg_types tmp = *types;
		*types = *staged;
		*staged = tmp;
	}
done:
	erg_types_free(staged);
	return st;
}

erg_status erg_types_load(erg_types *types, const char *path, erg_error *err)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0;
	erg_status st;

	if (!fp)
		return erg_error_set(err, ERG_EIO, path, 0, 0,
				     "cannot open type table: %s",
				     strerror(errno));
	for (;;) {
		size_t n;
		if (erg__grow((void **)&buf, &cap, len + 4096, 1)) {
			fclose(fp);
			free(buf);
			return erg_error_set(err, ERG_ENOMEM, path, 0, 0,
					     "out of memory");
		}
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
		if (len > ((size_t)16 << 20)) {
			fclose(fp);
			free(buf);
			return erg_error_set(err, ERG_ELIMIT, path, 0, 0,
					     "type table larger than 16 MiB");
		}
	}
	if (ferror(fp)) {
		fclose(fp);
		free(buf);
		return erg_error_set(err, ERG_EIO, path, 0, 0,
				     "cannot read type table");
	}
	fclose(fp);
	st = erg_types_parse(types, buf ? buf : "", len, path, err);
	free(buf);
	return st;
}
