/* common.c - error records and format names (see ergraph/common.h). */
#include "ergraph/common.h"

#include <stdio.h>
#include <string.h>

#include "util_internal.h"

void erg_error_clear(erg_error *err)
{
	if (!err)
		return;
	err->code = ERG_OK;
	err->line = err->column = 0;
	err->file[0] = '\0';
	err->message[0] = '\0';
}

erg_status erg_error_vset(erg_error *err, erg_status code, const char *file,
			  long line, long column, const char *fmt, va_list ap)
{
	if (!err)
		return code;
	err->code = code;
	err->line = line;
	err->column = column;
	snprintf(err->file, sizeof(err->file), "%s", file ? file : "");
	if (vsnprintf(err->message, sizeof(err->message), fmt, ap) >=
	    (int)sizeof(err->message)) {
		/* cut: do not leave half a UTF-8 character at the end */
		size_t n = strlen(err->message);
		size_t k = n;
		while (k > 0 && ((unsigned char)err->message[k - 1] & 0xC0) ==
				    0x80)
			k--;
		if (k > 0 && ((unsigned char)err->message[k - 1] & 0x80)) {
			unsigned char lead = (unsigned char)err->message[k - 1];
			size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
			if (n - (k - 1) < want)
				err->message[k - 1] = '\0';
		}
	}
	return code;
}

erg_status erg_error_set(erg_error *err, erg_status code, const char *file,
			 long line, long column, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	erg_error_vset(err, code, file, line, column, fmt, ap);
	va_end(ap);
	return code;
}

int erg_error_format(const erg_error *err, char *buf, size_t size)
{
	const char *msg = err->message[0] ? err->message
					  : erg_status_str(err->code);
	if (err->file[0] && err->line > 0 && err->column > 0)
		return snprintf(buf, size, "%s:%ld:%ld: %s", err->file,
				err->line, err->column, msg);
	if (err->file[0] && err->line > 0)
		return snprintf(buf, size, "%s:%ld: %s", err->file, err->line,
				msg);
	if (err->file[0])
		return snprintf(buf, size, "%s: %s", err->file, msg);
	return snprintf(buf, size, "%s", msg);
}

const char *erg_status_str(erg_status code)
{
	switch (code) {
	case ERG_OK: return "ok";
	case ERG_ENOMEM: return "out of memory";
	case ERG_EIO: return "input/output error";
	case ERG_EPARSE: return "parse error";
	case ERG_EINVAL: return "invalid value";
	case ERG_ELIMIT: return "size limit exceeded";
	case ERG_EALGO: return "analysis failed";
	case ERG_ENOTFOUND: return "not found";
	case ERG_EUNSUPPORTED: return "not supported";
	}
	return "unknown error";
}

static const struct {
	const char *ext;
	erg_format fmt;
} format_exts[] = {
	{ ".graphml", ERG_FORMAT_GRAPHML }, { ".xml", ERG_FORMAT_GRAPHML },
	{ ".csv", ERG_FORMAT_CSV },         { ".tsv", ERG_FORMAT_TSV },
	{ ".tab", ERG_FORMAT_TSV },         { ".dot", ERG_FORMAT_DOT },
	{ ".gv", ERG_FORMAT_DOT },          { ".svg", ERG_FORMAT_SVG },
	{ ".png", ERG_FORMAT_PNG },         { ".pdf", ERG_FORMAT_PDF },
};

erg_format erg_format_from_path(const char *path)
{
	const char *dot;
	if (!path)
		return ERG_FORMAT_UNKNOWN;
	dot = strrchr(path, '.');
	if (!dot || strchr(dot, '/'))
		return ERG_FORMAT_UNKNOWN;
	for (size_t i = 0; i < sizeof(format_exts) / sizeof(*format_exts); i++)
		if (erg__strcasecmp(dot, format_exts[i].ext) == 0)
			return format_exts[i].fmt;
	return ERG_FORMAT_UNKNOWN;
}

const char *erg_format_name(erg_format f)
{
	switch (f) {
	case ERG_FORMAT_GRAPHML: return "graphml";
	case ERG_FORMAT_CSV: return "csv";
	case ERG_FORMAT_TSV: return "tsv";
	case ERG_FORMAT_DOT: return "dot";
	case ERG_FORMAT_SVG: return "svg";
	case ERG_FORMAT_PNG: return "png";
	case ERG_FORMAT_PDF: return "pdf";
	case ERG_FORMAT_UNKNOWN: break;
	}
	return "unknown";
}
