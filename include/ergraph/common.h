/*
 * ergraph/common.h - status codes, error records and warnings shared by
 * every module.
 *
 * Every fallible function returns an erg_status (ERG_OK == 0, failures are
 * negative) and fills a caller-owned erg_error with a message and, where the
 * failure comes from an input file, the file, line and column. Library code
 * never prints and never exits; non-fatal findings are passed to an optional
 * warning callback.
 */
#ifndef ERGRAPH_COMMON_H
#define ERGRAPH_COMMON_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ERG_VERSION_STRING "0.1.0"

typedef enum {
	ERG_OK = 0,
	ERG_ENOMEM = -1,       /* out of memory */
	ERG_EIO = -2,          /* a file cannot be opened, read or written */
	ERG_EPARSE = -3,       /* malformed input (syntax) */
	ERG_EINVAL = -4,       /* well-formed input with an invalid value */
	ERG_ELIMIT = -5,       /* a size cap was hit */
	ERG_EALGO = -6,        /* an analysis or layout step failed */
	ERG_ENOTFOUND = -7,    /* a named thing does not exist */
	ERG_EUNSUPPORTED = -8  /* a format or feature is not supported */
} erg_status;

#define ERG_ERROR_MSG_MAX 512
#define ERG_ERROR_FILE_MAX 512

/* Caller-owned error record. `line` and `column` are 1-based, 0 when
 * unknown; `file` is empty when the error is not tied to a file. */
typedef struct {
	erg_status code;
	long line;
	long column;
	char file[ERG_ERROR_FILE_MAX];
	char message[ERG_ERROR_MSG_MAX];
} erg_error;

/* Resets `err` to "no error". Accepts NULL. */
void erg_error_clear(erg_error *err);

/* Fills `err` (may be NULL) and returns `code`, so that callers can write
 * `return erg_error_set(err, ERG_EPARSE, path, line, col, "...", ...);`.
 * `file` may be NULL. */
erg_status erg_error_set(erg_error *err, erg_status code, const char *file,
			 long line, long column, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 6, 7)))
#endif
	;

erg_status erg_error_vset(erg_error *err, erg_status code, const char *file,
			  long line, long column, const char *fmt, va_list ap);

/* Formats the error as "file:line:column: message" (parts omitted when
 * unknown) into buf. Returns the length snprintf would have written. */
int erg_error_format(const erg_error *err, char *buf, size_t size);

/* Short name of a status code ("out of memory", "parse error", ...). */
const char *erg_status_str(erg_status code);

/* Warning callback: a non-fatal finding in `file` at `line` (0 if
 * unknown). `message` is only valid during the call. */
typedef void (*erg_warn_fn)(void *userdata, const char *file, long line,
			    const char *message);

/* File formats. */
typedef enum {
	ERG_FORMAT_UNKNOWN = 0,
	ERG_FORMAT_GRAPHML,
	ERG_FORMAT_CSV,
	ERG_FORMAT_TSV,
	ERG_FORMAT_DOT,   /* output only */
	ERG_FORMAT_SVG,   /* output only */
	ERG_FORMAT_PNG,   /* output only */
	ERG_FORMAT_PDF    /* output only */
} erg_format;

/* Format from a path's extension (case-insensitive: .graphml .xml .csv
 * .tsv .tab .dot .gv .svg .png .pdf); ERG_FORMAT_UNKNOWN otherwise. */
erg_format erg_format_from_path(const char *path);
const char *erg_format_name(erg_format f);

#ifdef __cplusplus
}
#endif
#endif
