/*
 * draw_theme.c - diagram themes: key<TAB>value rows, layered (see
 * lexicons/theme-light.tsv for the keys).
 */
#include "draw_internal.h"
#include "theme_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

extern const unsigned char erg_theme_light_tsv[];
extern const size_t erg_theme_light_tsv_len;
extern const unsigned char erg_theme_dark_tsv[];
extern const size_t erg_theme_dark_tsv_len;

#define THEME_FILE_MAX ((size_t)1 << 20)

void erg__theme_free(erg_theme *t)
{
	for (size_t i = 0; i < t->n_texts; i++)
		free(t->texts[i]);
	free(t->texts);
	free(t->rows);
	memset(t, 0, sizeof(*t));
}

/* Parses "key<TAB>value" rows; '#' starts a comment line, a header row
 * "key<TAB>value" is skipped. On failure t keeps its earlier rows. */
erg_status erg__theme_add(erg_theme *t, const char *text, size_t len,
			  const char *name, erg_error *err)
{
	return erg__theme_add_checked(t, text, len, name, NULL, NULL, err);
}

erg_status erg__theme_add_checked(erg_theme *t, const char *text, size_t len,
				  const char *name, erg_theme_check_fn check,
				  void *userdata, erg_error *err)
{
	char *data, *p, *end, **texts;
	size_t n0 = t->n;
	long line = 0;

	if (!(data = erg__strndup(text, len)))
		goto oom;
	texts = realloc(t->texts, (t->n_texts + 1) * sizeof(*texts));
	if (!texts) {
		free(data);
		goto oom;
	}
	t->texts = texts;
	t->texts[t->n_texts++] = data;
	p = data;
	end = data + len;
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *tab;
		char *eol = nl ? nl : end;
		size_t n = (size_t)(eol - p);
		line++;
		*eol = '\0';
		if (n && p[n - 1] == '\r') /* CRLF */
			p[--n] = '\0';
		if (strlen(p) != n || !erg__utf8_valid(p, n, NULL)) {
			t->n = n0;
			return erg_error_set(err, ERG_EPARSE, name, line, 1,
					     "theme row is not UTF-8 text");
		}
		if (p[0] && p[0] != '#') {
			tab = strchr(p, '\t');
			if (!tab || tab == p) {
				t->n = n0;
				return erg_error_set(
				    err, ERG_EPARSE, name, line,
				    tab ? 1 : (long)strlen(p) + 1,
				    "expected key<TAB>value");
			}
			*tab = '\0';
			if (strcmp(p, "key") != 0 ||
			    strcmp(tab + 1, "value") != 0) {
				erg_status st;
				if (check && (st = check(userdata, p, tab + 1,
							 name, line, err))) {
					t->n = n0;
					return st;
				}
				if (erg__grow((void **)&t->rows, &t->cap,
					      t->n + 1, sizeof(erg_theme_row)))
					goto oom;
				t->rows[t->n].key = p;
				t->rows[t->n].value = tab + 1;
				t->n++;
			}
		}
		p = eol + 1;
	}
	return ERG_OK;
oom:
	t->n = n0;
	return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0, "out of memory");
}

/* Reads a theme file (at most THEME_FILE_MAX bytes) into *out. */
static erg_status read_file(const char *path, char **out, size_t *len,
			    erg_error *err)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0;
	erg_status st = ERG_OK;

	*out = NULL;
	if (!fp)
		return erg_error_set(err, ERG_EIO, path, 0, 0,
				     "cannot open theme '%s': %s (themes: "
				     "light, dark, or a theme file)",
				     path, strerror(errno));
	if (!(buf = malloc(THEME_FILE_MAX + 1))) {
		fclose(fp);
		return erg_error_set(err, ERG_ENOMEM, NULL, 0, 0,
				     "out of memory");
	}
	n = fread(buf, 1, THEME_FILE_MAX + 1, fp);
	if (ferror(fp))
		st = erg_error_set(err, ERG_EIO, path, 0, 0,
				   "cannot read theme '%s': %s", path,
				   strerror(errno ? errno : EIO));
	else if (n > THEME_FILE_MAX)
		st = erg_error_set(err, ERG_ELIMIT, path, 0, 0,
				   "theme file larger than %zu bytes",
				   THEME_FILE_MAX);
	fclose(fp);
	if (st) {
		free(buf);
		return st;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return ERG_OK;
}

/* True if the text has a row "base<TAB>dark". */
static bool wants_dark(const char *text)
{
	const char *p = text;
	while (p && *p) {
		if (strncmp(p, "base\tdark", 9) == 0 &&
		    (p[9] == '\n' || p[9] == '\r' || p[9] == '\0'))
			return true;
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	return false;
}

erg_status erg__theme_load(erg_theme *t, const char *spec, erg_error *err)
{
	char *text = NULL;
	size_t len = 0;
	erg_status st;

	memset(t, 0, sizeof(*t));
	st = erg__theme_add(t, (const char *)erg_theme_light_tsv,
			    erg_theme_light_tsv_len, "<light theme>", err);
	if (st || !spec || !spec[0] || strcmp(spec, "light") == 0)
		return st;
	if (strcmp(spec, "dark") == 0)
		return erg__theme_add(t, (const char *)erg_theme_dark_tsv,
				      erg_theme_dark_tsv_len, "<dark theme>",
				      err);
	if ((st = read_file(spec, &text, &len, err)))
		return st;
	if (wants_dark(text))
		st = erg__theme_add(t, (const char *)erg_theme_dark_tsv,
				    erg_theme_dark_tsv_len, "<dark theme>",
				    err);
	if (!st)
		st = erg__theme_add(t, text, len, spec, err);
	free(text);
	return st;
}

const char *erg__theme_get(const erg_theme *t, const char *key,
			   const char *def)
{
	for (size_t i = t->n; i-- > 0;)
		if (strcmp(t->rows[i].key, key) == 0)
			return t->rows[i].value;
	return def;
}

double erg__theme_num(const erg_theme *t, const char *key, double def)
{
	const char *s = erg__theme_get(t, key, NULL);
	char *end;
	double v;
	if (!s || !s[0])
		return def;
	v = strtod(s, &end);
	if (*end || v != v)
		return def;
	return v;
}

/* A colour safe in HTML-like markup and attributes: a name or #hex. */
static bool safe_color(const char *s)
{
	return s && s[0] &&
	       strspn(s, "#0123456789abcdefABCDEFghijklmnopqrstuvwxyz"
			 "GHIJKLMNOPQRSTUVWXYZ") == strlen(s);
}

const char *erg__theme_color(const erg_theme *t, const char *key)
{
	for (size_t i = t->n; i-- > 0;)
		if (strcmp(t->rows[i].key, key) == 0 &&
		    safe_color(t->rows[i].value))
			return t->rows[i].value;
	return "";
}
