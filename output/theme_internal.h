/*
 * theme_internal.h - the theme reader's row hook (draw_theme.c), for the
 * readers of other key<TAB>value files (the chart palette): they check
 * each row as it is read, so that a bad key or value is reported at its
 * file and line like a bad row. The rest of the theme API (erg_theme,
 * erg__theme_add/get/num) is in draw_internal.h. Not part of the public
 * API.
 */
#ifndef ERG_THEME_INTERNAL_H
#define ERG_THEME_INTERNAL_H

#include "draw_internal.h"

/* Checks one row of a theme text, `line` of file `name`: returns ERG_OK
 * to keep it, or sets `err` (at that line; the value starts at column
 * strlen(key) + 2) and returns its code. */
typedef erg_status (*erg_theme_check_fn)(void *userdata, const char *key,
					 const char *value, const char *name,
					 long line, erg_error *err);

/* erg__theme_add with a check of each row (NULL: none). On failure the
 * theme keeps its earlier rows. */
erg_status erg__theme_add_checked(erg_theme *t, const char *text, size_t len,
				  const char *name, erg_theme_check_fn check,
				  void *userdata, erg_error *err);

#endif
