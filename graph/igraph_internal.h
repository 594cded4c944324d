/*
 * igraph_internal.h - the one adapter between igraph and ergraph's errors.
 *
 * igraph's default error handler aborts the program and its warning
 * handler prints. erg__igraph_init() replaces both, once per process, by
 * handlers that only record the last message (and free igraph's
 * temporaries, as igraph_error_handler_ignore does), so that igraph
 * functions return their error code to us. erg__igraph_status() turns
 * such a code into an erg_status with a message naming the step that
 * failed and igraph's own reason. Not part of the public API.
 */
#ifndef ERG_IGRAPH_INTERNAL_H
#define ERG_IGRAPH_INTERNAL_H

#include <igraph.h>

#include "ergraph/common.h"

/* Installs the recording error and warning handlers (idempotent). */
void erg__igraph_init(void);

/* ERG_OK for IGRAPH_SUCCESS; otherwise fills `err` ("<what>: <igraph's
 * reason>") and returns ERG_ENOMEM for IGRAPH_ENOMEM, ERG_EINVAL for
 * IGRAPH_EINVAL and ERG_EALGO for anything else (convergence failures,
 * ARPACK errors, ...). */
erg_status erg__igraph_status(igraph_error_t e, erg_error *err,
			      const char *what);

/* The last warning igraph reported since the previous call ("" if none);
 * reading it clears it. */
const char *erg__igraph_last_warning(void);

#endif
