/*
 * read.c - whole-file input, format sniffing and the generic read dispatch
 * (see ergraph/ingest.h).
 */
#include "ergraph/ingest.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "table_internal.h"
#include "util_internal.h"

#define DEFAULT_MAX_INPUT ((size_t)1 << 30)
#define READ_CHUNK ((size_t)1 << 20)

void erg_read_opts_init(erg_read_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->max_input_bytes = DEFAULT_MAX_INPUT;
}

static const char *display_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

erg_status erg_read_all(const char *path, const erg_read_opts *opts, char **out,
			size_t *out_len, erg_error *err)
{
	size_t max = opts && opts->max_input_bytes ? opts->max_input_bytes
						   : DEFAULT_MAX_INPUT;
	bool is_stdin = strcmp(path, "-") == 0;
	const char *name = display_name(path);
	FILE *fp = NULL;
	struct stat sb;
	char *data = NULL;
	size_t len = 0, cap = 0, total = 0;
	erg_status st = ERG_OK;

	*out = NULL;
	if (out_len)
		*out_len = 0;
	if (is_stdin) {
		fp = stdin;
	} else if (!(fp = fopen(path, "rb"))) {
		return erg_error_set(err, ERG_EIO, name, 0, 0,
				     "cannot open: %s", strerror(errno));
	}
	if (fstat(fileno(fp), &sb) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			st = erg_error_set(err, ERG_EIO, name, 0, 0,
					   "is a directory, not a file");
			goto done;
		}
		if (S_ISREG(sb.st_mode) && sb.st_size > 0) {
			if ((unsigned long long)sb.st_size > max) {
				st = erg_error_set(
				    err, ERG_ELIMIT, name, 0, 0,
				    "file is larger than the input limit "
				    "(%llu > %zu bytes)",
				    (unsigned long long)sb.st_size, max);
				goto done;
			}
			total = (size_t)sb.st_size;
		}
	}
	for (;;) {
		size_t want, got;
		if (len == max) {
			/* at the cap: any further byte is too much */
			int c = fgetc(fp);
			if (c == EOF)
				break;
			st = erg_error_set(err, ERG_ELIMIT, name, 0, 0,
					   "input is larger than the limit "
					   "(%zu bytes)",
					   max);
			goto done;
		}
		if (cap - len < 2) {
			size_t ncap =
			    cap ? cap * 2 : (total ? total + 2 : 64 * 1024);
			char *p;
			if (ncap > max + 1)
				ncap = max + 1;
			if (ncap < len + 2)
				ncap = len + 2;
			if (!(p = realloc(data, ncap))) {
				st = erg_error_set(err, ERG_ENOMEM, name, 0, 0,
						   "out of memory");
				goto done;
			}
			data = p;
			cap = ncap;
		}
		want = cap - 1 - len;
		if (want > max - len)
			want = max - len;
		if (want > READ_CHUNK)
			want = READ_CHUNK;
		got = fread(data + len, 1, want, fp);
		len += got;
		if (got && opts && opts->progress)
			opts->progress(opts->progress_userdata, "reading", len,
				       total);
		if (got < want) {
			if (ferror(fp)) {
				st = erg_error_set(err, ERG_EIO, name, 0, 0,
						   "read error: %s",
						   strerror(errno));
				goto done;
			}
			break;
		}
	}
	if (!data && !(data = malloc(1))) {
		st =
		    erg_error_set(err, ERG_ENOMEM, name, 0, 0, "out of memory");
		goto done;
	}
	data[len] = '\0';
	*out = data;
	data = NULL;
	if (out_len)
		*out_len = len;
done:
	free(data);
	if (fp && !is_stdin)
		fclose(fp);
	return st;
}

static bool starts_with(const char *p, const char *end, const char *lit)
{
	size_t n = strlen(lit);
	return (size_t)(end - p) >= n && memcmp(p, lit, n) == 0;
}

static bool has_within(const char *p, const char *end, size_t limit,
		       const char *lit)
{
	size_t n = strlen(lit);
	if ((size_t)(end - p) > limit)
		end = p + limit;
	for (; (size_t)(end - p) >= n; p++)
		if (memcmp(p, lit, n) == 0)
			return true;
	return false;
}

/* "digraph", "strict ..." or "graph <id> {" opening a DOT file. */
static bool looks_like_dot(const char *p, const char *end)
{
	char word[8];
	size_t n = 0;
	while (p < end && n < sizeof(word) - 1 && isalpha((unsigned char)*p))
		word[n++] = (char)tolower((unsigned char)*p++);
	word[n] = '\0';
	if (p < end && isalpha((unsigned char)*p))
		return false;
	if (strcmp(word, "digraph") != 0 && strcmp(word, "graph") != 0 &&
	    strcmp(word, "strict") != 0)
		return false;
	for (; p < end && *p != '\n'; p++) {
		if (*p == '{')
			return true;
		if (*p == ',' || *p == '\t' || *p == ';')
			return false;
	}
	return strcmp(word, "graph") != 0;
}

erg_format erg_format_sniff(const char *data, size_t len)
{
	const char *p = data, *end = data + len;

	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	if (starts_with(p, end, "%PDF-"))
		return ERG_FORMAT_PDF;
	if (starts_with(p, end, "\x89PNG"))
		return ERG_FORMAT_PNG;
	while (p < end && isspace((unsigned char)*p))
		p++;
	if (starts_with(p, end, "<graphml"))
		return ERG_FORMAT_GRAPHML;
	if (starts_with(p, end, "<svg"))
		return ERG_FORMAT_SVG;
	if (starts_with(p, end, "<?xml")) {
		if (!has_within(p, end, 4096, "<graphml") &&
		    has_within(p, end, 4096, "<svg"))
			return ERG_FORMAT_SVG;
		return ERG_FORMAT_GRAPHML;
	}
	if (looks_like_dot(p, end))
		return ERG_FORMAT_DOT;
	/* the first line, from the start (leading blank lines included) */
	p = data;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end && (*p == '\n' || *p == '\r'))
		p++;
	for (; p < end && *p != '\n' && *p != '\r'; p++)
		if (*p == '\t')
			return ERG_FORMAT_TSV;
	return ERG_FORMAT_CSV;
}

static bool input_format(erg_format f)
{
	return f == ERG_FORMAT_GRAPHML || f == ERG_FORMAT_CSV ||
	       f == ERG_FORMAT_TSV;
}

static erg_status cannot_read(erg_format f, const char *name, erg_error *err)
{
	char up[16];
	const char *n = erg_format_name(f);
	size_t i;
	for (i = 0; n[i] && i < sizeof(up) - 1; i++)
		up[i] = (char)toupper((unsigned char)n[i]);
	up[i] = '\0';
	return erg_error_set(err, ERG_EUNSUPPORTED, name, 0, 0,
			     "cannot read %s files (inputs are GraphML, CSV "
			     "or TSV)",
			     up);
}

erg_status erg_read_file(erg_graph *g, const char *path, erg_format fmt,
			 const erg_read_opts *opts, erg_error *err)
{
	const char *name;
	char *data = NULL;
	size_t len = 0;
	erg_status st;

	if (!path || !path[0])
		return erg_error_set(err, ERG_EINVAL, NULL, 0, 0,
				     "no input file name");
	name = display_name(path);
	if (fmt == ERG_FORMAT_UNKNOWN)
		fmt = erg_format_from_path(path);
	if (fmt != ERG_FORMAT_UNKNOWN && !input_format(fmt))
		return cannot_read(fmt, name, err);
	if ((st = erg_read_all(path, opts, &data, &len, err)))
		return st;
	if (fmt == ERG_FORMAT_UNKNOWN)
		fmt = erg_format_sniff(data, len);
	switch (fmt) {
	case ERG_FORMAT_GRAPHML:
		st = erg_graphml_read_memory(g, data, len, name, opts, err);
		break;
	case ERG_FORMAT_CSV:
		st = erg_table_read_memory(g, data, len, ',', name, opts, err);
		break;
	case ERG_FORMAT_TSV:
		st = erg_table_read_memory(g, data, len, '\t', name, opts, err);
		break;
	default:
		st = cannot_read(fmt, name, err);
		break;
	}
	free(data);
	return st;
}
