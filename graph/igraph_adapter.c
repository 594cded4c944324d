/*
 * igraph_adapter.c - igraph error handling (see igraph_internal.h).
 *
 * The handlers are process-wide (igraph keeps one handler per process in
 * non-thread-safe builds such as Debian's), so they are installed once
 * with pthread_once and never restored. They record the message in a
 * thread-local buffer and return, never printing: igraph functions then
 * return their error code. The error handler calls IGRAPH_FINALLY_FREE()
 * as igraph's documentation asks of every handler, which frees the
 * temporaries igraph registered before the failure.
 */
#include "igraph_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define MSG_MAX 256

static _Thread_local char last_error[MSG_MAX];
static _Thread_local char last_warning[MSG_MAX];
static _Thread_local char warning_out[MSG_MAX];
static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void record(char *buf, const char *reason)
{
	snprintf(buf, MSG_MAX, "%s", reason ? reason : "");
}

static void error_handler(const char *reason, const char *file, int line,
			  igraph_error_t igraph_errno)
{
	(void)file;
	(void)line;
	(void)igraph_errno;
	/* Copy first: IGRAPH_FINALLY_FREE may free `reason`. */
	record(last_error, reason);
	IGRAPH_FINALLY_FREE();
}

static void warning_handler(const char *reason, const char *file, int line)
{
	(void)file;
	(void)line;
	record(last_warning, reason);
}

static void install(void)
{
	igraph_set_error_handler(error_handler);
	igraph_set_warning_handler(warning_handler);
}

void erg__igraph_init(void)
{
	pthread_once(&init_once, install);
}

erg_status erg__igraph_status(igraph_error_t e, erg_error *err,
			      const char *what)
{
	erg_status code;

	if (e == IGRAPH_SUCCESS)
		return ERG_OK;
	switch (e) {
	case IGRAPH_ENOMEM:
		code = ERG_ENOMEM;
		break;
	case IGRAPH_EINVAL:
		code = ERG_EINVAL;
		break;
	default:
		code = ERG_EALGO;
		break;
	}
	code = erg_error_set(err, code, NULL, 0, 0, "igraph %s failed: %s%s%s",
			     what, igraph_strerror(e),
			     last_error[0] ? ": " : "", last_error);
	last_error[0] = '\0';
	return code;
}

const char *erg__igraph_last_warning(void)
{
	memcpy(warning_out, last_warning, MSG_MAX);
	last_warning[0] = '\0';
	return warning_out;
}
